/**
 * `phasegate iam-policy`: the least-privilege policy a plan needs for one environment. The plan
 * is read as `validate` reads it and rendered with what is known before the run (vars, inputs,
 * env); each phase, gate and listed check asks its kind's `iam.ts` for the statements its
 * settings need; phasegate adds the `${{ ssm: }}` parameters and the release record. No AWS
 * call is made.
 */
import type { IamScope, IamStatement } from '../../aws/iam.js';
import type { CheckKind } from '../../checks/kind.js';
import { InvalidFileError } from '../../core/errors.js';
import type { ParseContext, Shape } from '../../core/shape.js';
import type { PhaseKind } from '../../phases/kind.js';
import type { Registry } from '../../phases/registry.js';
import { GITHUB_NAMES, type Reference, renderKnown } from '../../plan/interpolate.js';
import type { CheckSpec, PhaseSpec, Plan } from '../../plan/types.js';
import { type Account, accountOf } from './account.js';
import { type IamPolicy, mergeStatements } from './merge.js';
import { readOnly } from './read-only.js';
import { releaseRecord, templateParameters } from './run-permissions.js';

export interface PolicyOptions {
  environment: string;
  /** The account id; by default the one the plan's ARNs name. */
  account?: string;
  /** Only what a dry run (`phasegate plan`) needs: Describe, List and Get. */
  readOnly?: boolean;
  env: Record<string, string | undefined>;
}

export interface GeneratedPolicy {
  policy: IamPolicy;
  /** Why a resource is wider than the plan's names. */
  notes: string[];
  /** What the user should look at: no account, a policy over IAM's size limit. */
  warnings: string[];
}

type Render = <T>(value: T) => T;

export async function iamPolicy(
  plan: Plan,
  registry: Registry,
  options: PolicyOptions,
): Promise<GeneratedPolicy> {
  const notes: string[] = [];
  const ssm = new Set<string>();
  const render = knownRenderer(plan, options, (reference) => {
    if (reference.scope === 'ssm') ssm.add(reference.name);
  });
  const account = accountOf(
    render(plan.vars),
    plan.phases.map((p) => render(p.with)),
    options.account,
  );
  const scopeFor = scopes(plan, account, render, notes);
  const statements: IamStatement[] = [];
  for (const phase of plan.phases)
    statements.push(...(await phaseStatements(phase, registry, render, scopeFor(phase))));
  // After the phases: their settings and files name the `${{ ssm: }}` parameters a run reads.
  const run = scopeFor({ id: 'run', onFailure: 'stop' });
  statements.push(
    ...templateParameters([...ssm].sort(), run),
    ...(plan.record.store === 'none'
      ? []
      : releaseRecord(
          plan.app,
          options.environment,
          run,
          plan.environments[options.environment]?.promoteFrom,
        )),
  );
  const policy = mergeStatements(options.readOnly ? readOnly(statements, notes) : statements);
  return {
    policy,
    notes: [...new Set(notes)],
    warnings: [...account.warnings, ...sizeWarnings(policy)],
  };
}

function scopes(plan: Plan, account: Account, render: Render, notes: string[]) {
  return (phase: Pick<PhaseSpec, 'id' | 'onFailure'>): IamScope => ({
    partition: account.partition,
    region: plan.region,
    account: account.id,
    planFile: plan.file,
    phase: { id: phase.id, onFailure: phase.onFailure },
    render: async (value) => render(value),
    note: (text) => notes.push(text),
  });
}

async function phaseStatements(
  phase: PhaseSpec,
  registry: Registry,
  render: Render,
  scope: IamScope,
): Promise<IamStatement[]> {
  const gates = [...phase.gates.before, ...phase.gates.after].map((gate) =>
    kindStatements(registry.check(gate.uses), gate, `check "${gate.name}"`, render, scope),
  );
  const own = kindStatements(
    registry.phase(phase.uses),
    phase,
    `phase "${phase.id}"`,
    render,
    scope,
  );
  return (await Promise.all([own, ...gates])).flat();
}

type Declaring = Pick<PhaseKind<unknown> | CheckKind<unknown>, 'name' | 'settings' | 'iam'>;

/** What one phase or check asks for, by its kind's `iam.ts`, for its settings. */
async function kindStatements(
  kind: Declaring | undefined,
  spec: Pick<PhaseSpec | CheckSpec, 'uses' | 'with' | 'position'>,
  what: string,
  render: Render,
  scope: IamScope,
): Promise<IamStatement[]> {
  if (!kind?.iam) {
    scope.note(`phase ${scope.phase.id}: kind ${spec.uses} declares no IAM permissions`);
    return [];
  }
  const config = parseKnown(kind.settings, render(spec.with), spec.position, what);
  return (await kind.iam()).permissions(config, scope);
}

/**
 * The kind's settings with what is known filled in. A template left for run time passes a text
 * setting as written (its ARN part becomes `*`); a number or a flag only known at run time
 * cannot be judged, and is said so at its place in the plan.
 */
function parseKnown<T>(
  shape: Shape<T>,
  value: unknown,
  position: PhaseSpec['position'],
  what: string,
): T {
  const ctx: ParseContext = { mode: 'final', issues: [] };
  const parsed = shape.parse(value, ['with'], ctx);
  if (parsed !== undefined && ctx.issues.length === 0) return parsed;
  throw new InvalidFileError(
    ctx.issues.map((issue) => ({
      severity: 'error' as const,
      position,
      message: `${what}: ${issue.path.join('.')}: ${issue.message}: iam-policy needs this value before the run`,
      hint: 'write it in the plan or under vars: (or pass --var NAME=VALUE), not as a value known only at run time',
    })),
  );
}

/** Templates rendered as a run of this environment would, except what only the run knows. */
function knownRenderer(
  plan: Plan,
  options: PolicyOptions,
  unknown: (reference: Reference) => void,
): Render {
  const inputs = { environment: options.environment, 'dry-run': String(options.readOnly ?? false) };
  const github = Object.fromEntries(
    GITHUB_NAMES.flatMap((name) => {
      const value = options.env[`GITHUB_${name.toUpperCase()}`];
      return value === undefined ? [] : [[name, value]];
    }),
  );
  const base = { inputs, env: options.env, github };
  const vars = renderKnown(plan.vars, { ...base, vars: {} }, () => undefined);
  return (value) => renderKnown(value, { ...base, vars }, unknown);
}

// "Managed policy size: 6,144 characters", whitespace not counted (IAM User Guide, "IAM and
// AWS STS quotas"); an inline policy of a role may hold 10,240 in all.
const MANAGED_POLICY_MAX = 6144;

function sizeWarnings(policy: IamPolicy): string[] {
  const size = JSON.stringify(policy).replace(/\s/g, '').length;
  return size > MANAGED_POLICY_MAX
    ? [
        `the policy has ${size} characters (without whitespace), more than the ${MANAGED_POLICY_MAX} of a managed policy: split it, or attach it inline (10,240 per role)`,
      ]
    : [];
}
