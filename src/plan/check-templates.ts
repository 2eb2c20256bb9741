/**
 * Checks every `${{ … }}` in a plan before anything runs: that it sits where templates are
 * rendered (`with:` values and `vars:` values), that it reads well, and that what it reads will
 * exist (a declared variable, an output of a phase that runs before).
 */

import type { Path } from '../core/shape.js';
import { closest } from '../core/suggest.js';
import type { PhaseView, PlanIssue } from './check-phases.js';
import { ancestors } from './graph.js';
import {
  describeReference,
  type Reference,
  scanTemplates,
  type TemplateUse,
} from './interpolate.js';

/** Who reads a template: a plan variable, or a phase (in its `with`, or in a gate around it). */
type Reader = { kind: 'vars' } | { kind: 'phase'; view: PhaseView; gate?: 'before' | 'after' };

export interface TemplateContext {
  views: PhaseView[];
  declaredVars: string[];
  /** The outputs a phase's kind says it writes; undefined when they are not known before it runs. */
  outputsOf?: (view: PhaseView) => readonly string[] | undefined;
}

export function checkTemplates(
  root: Record<string, unknown>,
  context: TemplateContext,
): PlanIssue[] {
  return scanTemplates(root).flatMap((use) => {
    const reader = readerAt(use.path, context.views);
    if (!reader) return [misplaced(use)];
    if (use.problem) return [{ path: use.path, ...use.problem }];
    const problem = checkReference(use.reference, reader, context);
    return problem ? [{ path: use.path, ...problem }] : [];
  });
}

/** Templates in a value given from outside (`--var`), which follow the rules of vars. */
export function checkOverrideTemplates(name: string, value: string, at: Path): PlanIssue[] {
  return scanTemplates(value).flatMap((use) => {
    const problem =
      use.problem ??
      checkReference(use.reference, { kind: 'vars' }, { views: [], declaredVars: [] });
    return problem
      ? [{ path: at, message: `--var ${name}: ${problem.message}`, hint: problem.hint }]
      : [];
  });
}

function readerAt(path: Path, views: PhaseView[]): Reader | undefined {
  const [top, index, key, when, , gateKey] = path;
  if (top === 'vars' && path.length === 2) return { kind: 'vars' };
  if (top !== 'phases' || typeof index !== 'number') return undefined;
  const view = views[index];
  if (!view) return undefined;
  if (key === 'with') return { kind: 'phase', view };
  const inGate = key === 'gates' && (when === 'before' || when === 'after') && gateKey === 'with';
  return inGate ? { kind: 'phase', view, gate: when } : undefined;
}

function misplaced(use: TemplateUse): PlanIssue {
  return {
    path: use.path,
    message: `a template (${use.text}) cannot be used here`,
    hint: 'templates are rendered only in with: values and vars: values; write the value itself here',
  };
}

function checkReference(
  reference: Reference,
  reader: Reader,
  context: TemplateContext,
): { message: string; hint: string } | undefined {
  if (reader.kind === 'vars') return checkVarsReference(reference);
  if (reference.scope === 'vars') return checkDeclared(reference.name, context.declaredVars);
  if (reference.scope === 'phases') return checkPhaseOutput(reference, reader, context);
  return undefined;
}

/** Vars are rendered before any phase runs, from the run's inputs, environment and GitHub facts. */
function checkVarsReference(reference: Reference) {
  if (['inputs', 'env', 'github'].includes(reference.scope)) return undefined;
  return {
    message: `a variable cannot read ${describeReference(reference)}`,
    hint: "vars may read only inputs, env and github; read other values in a phase's with: instead",
  };
}

function checkDeclared(name: string, declared: string[]) {
  if (declared.includes(name)) return undefined;
  const near = closest(name, declared);
  return {
    message: `vars.${name} is not declared`,
    hint: near
      ? `did you mean vars.${near}?`
      : `declare it under vars:, for example vars: { ${name}: VALUE }`,
  };
}

function checkPhaseOutput(
  reference: { phase: string; output: string },
  reader: { view: PhaseView; gate?: 'before' | 'after' },
  context: TemplateContext,
) {
  const { view, gate } = reader;
  const { views } = context;
  const ids = views.flatMap((v) => (v.id === undefined ? [] : [v.id]));
  const text = `phases.${reference.phase}.outputs.${reference.output}`;
  if (!ids.includes(reference.phase)) {
    const near = closest(reference.phase, ids);
    return {
      message: `${text} names an unknown phase "${reference.phase}"`,
      hint: near
        ? `did you mean phases.${near}.outputs.${reference.output}?`
        : `phases in this plan: ${ids.join(', ')}`,
    };
  }
  // An after-gate runs once its phase ended, so it may read that phase's outputs.
  if (reference.phase === view.id && gate !== 'after') {
    return {
      message: `phase "${view.id}" cannot read its own outputs`,
      hint: 'outputs exist once the phase ends: read them in a later phase or in an after gate',
    };
  }
  const producer = views.find((v) => v.id === reference.phase);
  const unknown = producer && unknownOutput(reference, producer, context);
  if (unknown) return unknown;
  if (reference.phase === view.id) return undefined;
  const nodes = views.flatMap((v) => (v.id === undefined ? [] : [{ id: v.id, needs: v.needs }]));
  if (view.id === undefined || ancestors(nodes, view.id).has(reference.phase)) return undefined;
  return {
    message: `phase "${view.id}" reads ${text} but does not need "${reference.phase}"`,
    hint: `add it to needs so it runs first: needs: [${[...view.needs, reference.phase].join(', ')}]`,
  };
}

/** An output the producing phase's kind does not write, with the ones it does. */
function unknownOutput(
  reference: { phase: string; output: string },
  producer: PhaseView,
  context: TemplateContext,
) {
  const outputs = context.outputsOf?.(producer);
  if (!outputs || outputs.includes(reference.output)) return undefined;
  const near = closest(reference.output, [...outputs]);
  const writes =
    outputs.length > 0
      ? `${producer.uses} writes ${outputs.join(', ')}`
      : `this ${producer.uses} phase writes no outputs`;
  return {
    message: `phases.${reference.phase}.outputs.${reference.output}: phase "${reference.phase}" has no output "${reference.output}" (${writes})`,
    hint: near
      ? `did you mean phases.${reference.phase}.outputs.${near}?`
      : `read one of its outputs: ${outputs.map((o) => `phases.${reference.phase}.outputs.${o}`).join(', ')}`,
  };
}
