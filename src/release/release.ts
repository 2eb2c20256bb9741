/**
 * What the action and the CLI share: turn settings into a checked plan, the run's facts and
 * template scope, then hand them to the engine. The front ends only differ in how they log
 * and report.
 */
import { type AwsClients, createAwsClients } from '../aws/clients.js';
import type { Logger } from '../core/log.js';
import type { Secrets } from '../core/secrets.js';
import type { Shape } from '../core/shape.js';
import type { PhaseResult, RunResult } from '../engine/result.js';
import { runPlan } from '../engine/run-plan.js';
import type { Selection } from '../engine/selection.js';
import { parseFinal, renderWith } from '../engine/settings.js';
import type { Registry } from '../phases/registry.js';
import { GITHUB_NAMES, render, type TemplateScope } from '../plan/interpolate.js';
import { loadPlan } from '../plan/load.js';
import type { PhaseSpec, Plan, RunInfo } from '../plan/types.js';

/** Everything a release run needs from its inputs, read and checked in one place. */
export interface ReleaseSettings {
  planFile: string;
  environment: string;
  /** The release version; defaults to the tag that triggered the workflow. */
  version: string;
  dryRun: boolean;
  selection: Selection;
  /** Overrides of the plan's `vars`. */
  vars: Record<string, string>;
  maxParallel?: number;
  /** The run talks to phasegate's sandbox, whose clock is simulated (RunInfo.simulatedTime). */
  simulatedTime?: boolean;
}

/** How a front end (action or CLI) shows the run as it goes. */
export interface Frontend {
  secrets: Secrets;
  logFor(phase: PhaseSpec): Logger;
  onPhaseStart?(phase: PhaseSpec): void;
  onPhaseEnd?(result: PhaseResult, phase: PhaseSpec): void;
}

export interface ReleaseDeps {
  registry: Registry;
  env: Record<string, string | undefined>;
  signal: AbortSignal;
  aws?: AwsClients;
  graceMs?: number;
}

export function loadReleasePlan(settings: ReleaseSettings, registry: Registry): Promise<Plan> {
  return loadPlan(settings.planFile, { registry, vars: settings.vars });
}

export async function runRelease(
  plan: Plan,
  settings: ReleaseSettings,
  frontend: Frontend,
  deps: ReleaseDeps,
): Promise<{ result: RunResult; run: RunInfo }> {
  registerPlanSecrets(plan, deps.env, frontend.secrets);
  const run = runInfo(plan, settings, deps.env);
  const aws = deps.aws ?? createAwsClients(plan.region);
  const result = await runPlan({
    plan:
      settings.maxParallel !== undefined ? { ...plan, maxParallel: settings.maxParallel } : plan,
    registry: deps.registry,
    run,
    mode: settings.dryRun ? 'plan' : 'run',
    aws,
    secrets: frontend.secrets,
    resolveSsm: lazySsmResolver(aws, frontend.secrets),
    selection: settings.selection,
    scope: templateScope(plan, settings, deps.env),
    signal: deps.signal,
    logFor: (phase) => frontend.logFor(phase),
    ...(frontend.onPhaseStart ? { onPhaseStart: frontend.onPhaseStart } : {}),
    ...(frontend.onPhaseEnd ? { onPhaseEnd: frontend.onPhaseEnd } : {}),
    ...(deps.graceMs !== undefined ? { graceMs: deps.graceMs } : {}),
  });
  return { result, run };
}

/**
 * One phase's settings rendered and checked outside a run, for commands that act on a single
 * phase (`phasegate migrate repair`). Earlier phases' outputs are not known here.
 */
export async function standaloneSettings<T>(
  plan: Plan,
  phase: PhaseSpec,
  shape: Shape<T>,
  settings: ReleaseSettings,
  deps: {
    env: Record<string, string | undefined>;
    aws: AwsClients;
    secrets: Secrets;
    signal: AbortSignal;
  },
): Promise<T> {
  registerPlanSecrets(plan, deps.env, deps.secrets);
  const scope = { ...templateScope(plan, settings, deps.env), phases: {}, ssm: {} };
  const [rendered] = await renderWith(
    [phase],
    scope,
    lazySsmResolver(deps.aws, deps.secrets),
    deps.signal,
  );
  return parseFinal(shape, rendered, `phase "${phase.id}"`);
}

/**
 * The values of the env vars a plan names in `secrets:`, masked from before the first phase
 * runs. A name that is unset has nothing to mask (a workflow may pass a secret only on some runs).
 */
export function registerPlanSecrets(
  plan: Plan,
  env: Record<string, string | undefined>,
  secrets: Secrets,
): void {
  for (const name of plan.secrets) {
    const value = env[name];
    if (value) secrets.add(value);
  }
}

export function runInfo(
  plan: Plan,
  settings: ReleaseSettings,
  env: Record<string, string | undefined>,
): RunInfo {
  const url = runUrl(env);
  return {
    app: plan.app,
    region: plan.region,
    environment: settings.environment,
    version: settings.version,
    dryRun: settings.dryRun,
    ...(settings.simulatedTime ? { simulatedTime: true } : {}),
    ...(url ? { runUrl: url } : {}),
    ...(env.GITHUB_ACTOR ? { actor: env.GITHUB_ACTOR } : {}),
  };
}

/** The version when none is given: the tag that triggered the run, else the commit. */
export function defaultVersion(env: Record<string, string | undefined>): string {
  if (env.GITHUB_REF_TYPE === 'tag' && env.GITHUB_REF_NAME) return env.GITHUB_REF_NAME;
  if (env.GITHUB_SHA) return env.GITHUB_SHA.slice(0, 7);
  return 'unversioned';
}

function runUrl(env: Record<string, string | undefined>): string | undefined {
  const {
    GITHUB_SERVER_URL: server,
    GITHUB_REPOSITORY: repo,
    GITHUB_RUN_ID: id,
    GITHUB_RUN_ATTEMPT: attempt,
  } = env;
  if (!server || !repo || !id) return undefined;
  return `${server}/${repo}/actions/runs/${id}${attempt && attempt !== '1' ? `/attempts/${attempt}` : ''}`;
}

function templateScope(
  plan: Plan,
  settings: ReleaseSettings,
  env: Record<string, string | undefined>,
): Pick<TemplateScope, 'inputs' | 'vars' | 'env' | 'github'> {
  const inputs = {
    environment: settings.environment,
    version: settings.version,
    'dry-run': String(settings.dryRun),
  };
  const github = Object.fromEntries(
    GITHUB_NAMES.map((name) => [name, env[`GITHUB_${name.toUpperCase()}`] ?? '']),
  );
  // Plan vars may themselves use inputs, env and github (e.g. `image: app:${{ inputs.version }}`).
  const vars = render(plan.vars, { inputs, vars: {}, env, github, phases: {}, ssm: {} });
  return { inputs, vars, env, github };
}

/**
 * `${{ ssm: }}` values, read through a module (and the SSM SDK package) loaded only when a plan
 * uses such a template, so other plans do not pay for it at start-up.
 */
function lazySsmResolver(aws: AwsClients, secrets: Secrets) {
  return async (names: string[], signal: AbortSignal) => {
    const { ssmResolver } = await import('../aws/ssm-parameters.js');
    return ssmResolver(aws, secrets)(names, signal);
  };
}
