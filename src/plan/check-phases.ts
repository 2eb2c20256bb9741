/**
 * Checks across phases that no single shape can see: unique ids, kinds this build has, each
 * kind's own settings, rollback support, and the needs graph. Works on the raw values, so these
 * mistakes are found even when other parts of the file are wrong too.
 */

import { type Issue, isPlainObject, isTemplate, type Path } from '../core/shape.js';
import { closest } from '../core/suggest.js';
import type { KindCatalog } from './catalog.js';
import { effectiveNeeds, findCycles } from './graph.js';
import type { Target } from './positions.js';

export interface PlanIssue extends Issue {
  /** Unknown keys are shown at the key; everything else at the value. */
  target?: Target;
}

/** A phase as written, read defensively: fields of the wrong type are undefined. */
export interface PhaseView {
  path: Path;
  raw: Record<string, unknown>;
  id: string | undefined;
  uses: string | undefined;
  /** Effective needs (written, or the phase before), strings only. */
  needs: string[];
  /** True when `needs` is not written and the phase waits for the one before it. */
  defaultNeeds: boolean;
}

/**
 * A scalar as the plan's text shapes read it (numbers and booleans become text); templates are
 * left out here because a template in these fields is already a mistake of its own.
 */
export function scalarText(value: unknown): string | undefined {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value === 'string' && !isTemplate(value) ? value : undefined;
}

export function phaseViews(phases: unknown): PhaseView[] {
  if (!Array.isArray(phases)) return [];
  const views: PhaseView[] = [];
  let previousId: string | undefined;
  phases.forEach((item, index) => {
    const raw = isPlainObject(item) ? item : {};
    const id = scalarText(raw.id);
    const written = writtenNeeds(raw.needs);
    views.push({
      path: ['phases', index],
      raw,
      id,
      uses: scalarText(raw.uses),
      needs: effectiveNeeds(written, previousId),
      defaultNeeds: written === undefined,
    });
    previousId = id;
  });
  return views;
}

function writtenNeeds(needs: unknown): string[] | undefined {
  if (needs === undefined) return undefined;
  const list = Array.isArray(needs) ? needs : [needs];
  return list.flatMap((n) => scalarText(n) ?? []);
}

export function checkPhases(
  views: PhaseView[],
  registry: KindCatalog,
  defaultOnFailure: unknown,
): PlanIssue[] {
  return [
    ...duplicateIds(views),
    ...views.flatMap((view) => checkPhaseKind(view, registry, defaultOnFailure)),
    ...views.flatMap((view) => checkGates(view, registry)),
    ...checkNeeds(views),
    ...checkCycles(views),
  ];
}

function duplicateIds(views: PhaseView[]): PlanIssue[] {
  const seen = new Map<string, number>();
  const issues: PlanIssue[] = [];
  views.forEach((view, index) => {
    if (view.id === undefined) return;
    const first = seen.get(view.id);
    if (first === undefined) {
      seen.set(view.id, index);
      return;
    }
    issues.push({
      path: [...view.path, 'id'],
      message: `phase id "${view.id}" is already used by phase ${first + 1}`,
      hint: 'give each phase its own id',
    });
  });
  return issues;
}

/** `with` left out is read as `with: {}`, so a kind's required settings are named. */
function settingsOf(raw: Record<string, unknown>): unknown {
  return raw.with ?? {};
}

function checkPhaseKind(view: PhaseView, registry: KindCatalog, defaultOnFailure: unknown) {
  if (view.uses === undefined) return [];
  const usesPath = [...view.path, 'uses'];
  const kind = registry.phase(view.uses);
  if (!kind) {
    return [
      kindIssue(
        'phase',
        view.uses,
        registry.phaseNames(),
        registry.notYetAvailable.phases,
        usesPath,
      ),
    ];
  }
  const issues: PlanIssue[] = [];
  kind.settings.parse(settingsOf(view.raw), [...view.path, 'with'], { mode: 'check', issues });
  if (!kind.rollback) issues.push(...rollbackUnsupported(view, defaultOnFailure));
  return issues;
}

/** `on-failure: rollback`, written on the phase or inherited from defaults, needs a kind that can undo. */
function rollbackUnsupported(view: PhaseView, defaultOnFailure: unknown): PlanIssue[] {
  const written = view.raw['on-failure'];
  if ((written ?? defaultOnFailure) !== 'rollback') return [];
  const inherited = written === undefined;
  return [
    {
      path: [...view.path, inherited ? 'uses' : 'on-failure'],
      message: `phase kind "${view.uses}" cannot roll back${inherited ? ' (defaults.on-failure is rollback)' : ''}`,
      hint: `write on-failure: stop or on-failure: continue${inherited ? ' on this phase' : ''}`,
    },
  ];
}

function checkGates(view: PhaseView, registry: KindCatalog): PlanIssue[] {
  const gates = view.raw.gates;
  if (!isPlainObject(gates)) return [];
  const issues: PlanIssue[] = [];
  for (const when of ['before', 'after'] as const) {
    const list = gates[when];
    if (!Array.isArray(list)) continue;
    list.forEach((check, index) => {
      const uses = isPlainObject(check) ? scalarText(check.uses) : undefined;
      if (!isPlainObject(check) || uses === undefined) return;
      const path = [...view.path, 'gates', when, index];
      const kind = registry.check(uses);
      if (kind) {
        kind.settings.parse(settingsOf(check), [...path, 'with'], { mode: 'check', issues });
        return;
      }
      const { checks } = registry.notYetAvailable;
      issues.push(kindIssue('check', uses, registry.checkNames(), checks, [...path, 'uses']));
    });
  }
  return issues;
}

function kindIssue(
  what: 'phase' | 'check',
  name: string,
  available: string[],
  notYet: readonly string[],
  path: Path,
): PlanIssue {
  const inBuild = `${what} kinds in this build: ${available.length ? available.join(', ') : 'none yet'}`;
  if (notYet.includes(name)) {
    return { path, message: `${what} kind "${name}" is not available yet`, hint: inBuild };
  }
  const near = closest(name, [...available, ...notYet]);
  const nearHint =
    near && notYet.includes(near)
      ? `did you mean "${near}"? (not available yet)`
      : `did you mean "${near}"?`;
  return { path, message: `unknown ${what} kind "${name}"`, hint: near ? nearHint : inBuild };
}

function checkNeeds(views: PhaseView[]): PlanIssue[] {
  const ids = views.flatMap((v) => (v.id === undefined ? [] : [v.id]));
  const issues: PlanIssue[] = [];
  for (const view of views) {
    const written = view.raw.needs;
    const entries = written === undefined ? [] : Array.isArray(written) ? written : [written];
    entries.forEach((entry, index) => {
      const need = scalarText(entry);
      if (need === undefined) return;
      const path = [...view.path, 'needs', ...(Array.isArray(written) ? [index] : [])];
      if (need === view.id) {
        issues.push({
          path,
          message: `phase "${need}" needs itself`,
          hint: `remove "${need}" from its needs`,
        });
      } else if (!ids.includes(need)) {
        const near = closest(need, ids);
        issues.push({
          path,
          message: `needs names an unknown phase "${need}"`,
          hint: near
            ? `did you mean "${near}"?`
            : `phases in this plan: ${ids.join(', ') || 'none'}`,
        });
      }
    });
  }
  return issues;
}

function checkCycles(views: PhaseView[]): PlanIssue[] {
  const nodes = views.flatMap((v) => (v.id === undefined ? [] : [{ id: v.id, needs: v.needs }]));
  return findCycles(nodes).map((cycle) => {
    const first = views.find((v) => v.id === cycle[0]);
    const implicit = views.filter((v) => v.defaultNeeds && v.id && cycle.includes(v.id));
    const because = implicit.map(
      (v) => `"${v.id}" needs "${v.needs[0]}" because it is written after it`,
    );
    return {
      path: [...(first?.path ?? ['phases']), 'needs'],
      message: `the phases form a cycle: ${cycle.join(' → ')}`,
      hint: ['remove one of these needs so that the phases can run in order', ...because].join(
        '; ',
      ),
    };
  });
}
