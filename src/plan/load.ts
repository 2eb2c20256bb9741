/**
 * The plan reader: the one place that looks at the user's YAML. It finds every mistake at once
 * (each with file:line:column and what to write instead) before anything touches AWS, and hands
 * the engine a typed Plan that nothing downstream re-checks.
 */
import { readFile } from 'node:fs/promises';
import { type Diagnostic, InvalidFileError, UserError } from '../core/errors.js';
import { isPlainObject, type Path } from '../core/shape.js';
import { closest } from '../core/suggest.js';
import type { KindCatalog } from './catalog.js';
import { checkPhaseFiles, type FilePhase, phasesToCheck } from './check-files.js';
import { checkPhases, type PhaseView, type PlanIssue, phaseViews } from './check-phases.js';
import { checkOverrideTemplates, checkTemplates } from './check-templates.js';
import { effectiveNeeds } from './graph.js';
import { type CheckFile, EXAMPLES, examplePath, type PlanFile, planShape } from './plan-shape.js';
import { readYaml, type SourcePositions } from './positions.js';
import type { CheckSpec, PhaseSpec, Plan } from './types.js';

export interface LoadPlanOptions {
  /** Kinds available in this build (tests pass their own). */
  registry: KindCatalog;
  /** Overrides from --var / the `vars` input; an undeclared name is a mistake. */
  vars?: Record<string, string>;
  /** Told each warning of a valid plan (lint findings in its files…); dropped when absent. */
  onWarning?: (warning: Diagnostic) => void;
}

export interface ParsedPlan {
  plan: Plan | undefined;
  diagnostics: Diagnostic[];
  positions: SourcePositions;
  /** The phases whose files can be checked: those with no mistake of their own. */
  filePhases: FilePhase[];
}

export function parsePlan(source: string, file: string, options: LoadPlanOptions): ParsedPlan {
  const yaml = readYaml(source, file);
  const diagnostics = [...yaml.diagnostics];
  const fail = (filePhases: FilePhase[] = []) => ({
    plan: undefined,
    diagnostics: sorted(diagnostics),
    positions: yaml.positions,
    filePhases,
  });
  if (diagnostics.some(isError)) return fail();
  const root = yaml.value;
  if (!isPlainObject(root)) {
    diagnostics.push(topLevelProblem(root, yaml.positions));
    return fail();
  }
  const { parsed, issues } = checkPlan(root, options);
  diagnostics.push(...issues.map((issue) => toDiagnostic(issue, yaml.positions)));
  const filePhases = phasesToCheck(root.phases, issues, options.registry);
  if (!parsed || diagnostics.some(isError)) return fail(filePhases);
  const vars = { ...varsAsWritten(root.vars), ...options.vars };
  const plan = buildPlan(parsed, file, vars, yaml.positions, options.registry);
  return { plan, diagnostics, positions: yaml.positions, filePhases };
}

export async function loadPlan(file: string, options: LoadPlanOptions): Promise<Plan> {
  let source: string;
  try {
    source = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(
      `cannot read the plan file ${file}${code ? ` (${code})` : ''}`,
      code === 'ENOENT' ? 'check the path; it is relative to the working directory' : undefined,
    );
  }
  const { plan, diagnostics, positions, filePhases } = parsePlan(source, file, options);
  const context = { planFile: file, registry: options.registry, positions };
  const inFiles = await checkPhaseFiles(filePhases, context);
  if (!plan || inFiles.some(isError)) throw new InvalidFileError([...diagnostics, ...inFiles]);
  for (const warning of [...diagnostics, ...inFiles]) options.onWarning?.(warning);
  return plan;
}

function isError(d: Diagnostic): boolean {
  return d.severity === 'error';
}

function sorted(diagnostics: Diagnostic[]): Diagnostic[] {
  const key = (d: Diagnostic) => (d.position ? d.position.line * 100_000 + d.position.column : 0);
  return [...diagnostics].sort((a, b) => key(a) - key(b));
}

function topLevelProblem(root: unknown, positions: SourcePositions): Diagnostic {
  const empty = root === null || root === undefined;
  return {
    message: empty ? 'the plan file is empty' : 'the top level of a plan must be a map',
    hint: 'start with version: 1, app, region and a list of phases (see docs/plan-format.md)',
    position: positions.at([]),
    severity: 'error',
  };
}

function checkPlan(root: Record<string, unknown>, options: LoadPlanOptions) {
  const issues: PlanIssue[] = [];
  const parsed = planShape.parse(root, [], { mode: 'check', issues });
  const views = phaseViews(root.phases);
  const defaults = isPlainObject(root.defaults) ? root.defaults : {};
  issues.push(...checkPhases(views, options.registry, defaults['on-failure']));
  const declaredVars = isPlainObject(root.vars) ? Object.keys(root.vars) : [];
  const outputsOf = (view: PhaseView) =>
    view.uses === undefined
      ? undefined
      : options.registry.phase(view.uses)?.outputs?.(view.raw.with);
  issues.push(...checkTemplates(root, { views, declaredVars, outputsOf }));
  issues.push(...checkOverrides(options.vars ?? {}, declaredVars, 'vars' in root));
  return { parsed, issues };
}

function checkOverrides(
  overrides: Record<string, string>,
  declared: string[],
  hasVars: boolean,
): PlanIssue[] {
  const at: Path = hasVars ? ['vars'] : [];
  return Object.entries(overrides).flatMap(([name, value]): PlanIssue[] => {
    if (declared.includes(name)) return checkOverrideTemplates(name, value, at);
    const near = closest(name, declared);
    return [
      {
        path: at,
        target: 'key',
        message: `variable "${name}" (from --var or the vars input) is not declared under vars: in the plan`,
        hint: near
          ? `did you mean --var ${near}=…?`
          : `declare it with a default value, for example vars: { ${name}: "" }`,
      },
    ];
  });
}

function toDiagnostic(issue: PlanIssue, positions: SourcePositions): Diagnostic {
  // shape.ts reports unknown keys with this wording; they are shown at the key itself.
  const target = issue.target ?? (issue.message.startsWith('unknown key') ? 'key' : 'value');
  const hint = issue.hint ?? defaultHint(issue);
  return {
    message: issue.message,
    ...(hint ? { hint } : {}),
    position: positions.at(issue.path, target),
    severity: 'error',
  };
}

/** A hint for shape mistakes that came without one: an example of the key, or the expected value. */
function defaultHint(issue: PlanIssue): string | undefined {
  const example = EXAMPLES[examplePath(issue.path)];
  if (example) return `for example: ${example}`;
  const expected = /^expected (.+), found /.exec(issue.message)?.[1];
  return expected ? `write ${expected}` : undefined;
}

/**
 * Variables keep their text as written: in check mode a shape sets templates aside (their value
 * is not known yet), but the engine needs the template text to render it.
 */
function varsAsWritten(vars: unknown): Record<string, string> {
  if (!isPlainObject(vars)) return {};
  return Object.fromEntries(Object.entries(vars).map(([name, value]) => [name, String(value)]));
}

// A run renews every 20 s; a killed one holds the environment up for a minute at most.
const DEFAULT_LEASE_MS = 60_000;
const DEFAULT_LEASE_WAIT_MS = 600_000;

function buildPlan(
  parsed: PlanFile,
  file: string,
  vars: Record<string, string>,
  positions: SourcePositions,
  catalog: KindCatalog,
): Plan {
  const { defaults } = parsed;
  const phases = parsed.phases.map((phase, index): PhaseSpec => {
    const path = ['phases', index];
    const checks = (list: CheckFile[] | undefined, when: string) =>
      (list ?? []).map((check, i) => toCheck(check, positions.at([...path, 'gates', when, i])));
    return {
      id: phase.id,
      name: phase.name ?? phase.id,
      uses: phase.uses,
      with: phase.with ?? {},
      needs: effectiveNeeds(phase.needs, parsed.phases[index - 1]?.id),
      timeoutMs: phase.timeout ?? defaults.timeout,
      gates: {
        before: checks(phase.gates?.before, 'before'),
        after: checks(phase.gates?.after, 'after'),
      },
      onFailure: phase['on-failure'] ?? defaults['on-failure'],
      alwaysRun: phase['always-run'] ?? catalog.phase(phase.uses)?.readOnly === true,
      position: positions.at(path),
    };
  });
  return {
    file,
    version: 1,
    app: parsed.app,
    region: parsed.region,
    vars,
    secrets: parsed.secrets ?? [],
    defaults: { timeoutMs: defaults.timeout, onFailure: defaults['on-failure'] },
    maxParallel: parsed['max-parallel'],
    record: {
      store: parsed.record?.store ?? 'ssm',
      leaseTtlMs: parsed.record?.lease ?? DEFAULT_LEASE_MS,
      leaseWaitMs: parsed.record?.wait ?? DEFAULT_LEASE_WAIT_MS,
    },
    environments: Object.fromEntries(
      Object.entries(parsed.environments ?? {}).map(([name, e]) => [
        name,
        e['promote-from'] ? { promoteFrom: e['promote-from'] } : {},
      ]),
    ),
    phases,
  };
}

function toCheck(check: CheckFile, position: CheckSpec['position']): CheckSpec {
  return { name: check.name ?? check.uses, uses: check.uses, with: check.with ?? {}, position };
}
