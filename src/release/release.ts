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
import { parseFinal, renderWith } from '../engine/settings.js';
import type { Registry } from '../phases/registry.js';
import { GITHUB_NAMES, render, type TemplateScope } from '../plan/interpolate.js';
import { loadPlan } from '../plan/load.js';
import type { PhaseSpec, Plan, RunInfo } from '../plan/types.js';
import { runIdentity } from './identity.js';
import { ReleaseSession, type ReleaseStart } from './session.js';
import type { ReleaseSettings } from './settings.js';

/** How a front end (action or CLI) shows the run as it goes. */
export interface Frontend {
  secrets: Secrets;
  /** Lines about the release as a whole (the lease, the record), printed as they come. */
  releaseLog: Logger;
  /** Called once the record is read and the rules passed, before any phase starts. */
  onStart?(run: RunInfo, start: ReleaseStart): void;
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
  const aws = deps.aws ?? createAwsClients(plan.region);
  const scope = templateScope(plan, settings, deps.env);
  const url = runUrl(deps.env);
  const session = await ReleaseSession.open(plan, settings, {
    aws,
    secrets: frontend.secrets,
    scope,
    identity: runIdentity(deps.env, settings.commit, url),
    signal: deps.signal,
    log: frontend.releaseLog,
  });
  const run = runInfo(plan, settings, deps.env, session.start.current);
  frontend.onStart?.(run, session.start);
  // Aborted by the run's own signal, or when the lease is lost to another run.
  const stop = new AbortController();
  const follow = () => stop.abort(deps.signal.reason);
  if (deps.signal.aborted) follow();
  deps.signal.addEventListener('abort', follow, { once: true });
  try {
    await session.takeLease(stop);
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
      settled: session.settled,
      scope,
      signal: stop.signal,
      logFor: (phase) => frontend.logFor(phase),
      onPhaseStart: (phase) => {
        session.started(phase);
        frontend.onPhaseStart?.(phase);
      },
      onPhaseEnd: (result, phase) => {
        session.ended(frontend.secrets.maskValues(result));
        frontend.onPhaseEnd?.(result, phase);
      },
      ...(deps.graceMs !== undefined ? { graceMs: deps.graceMs } : {}),
    });
    await session.finish(result);
    return { result, run };
  } finally {
    deps.signal.removeEventListener('abort', follow);
    await session.close();
  }
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
  current?: string,
): RunInfo {
  const url = runUrl(env);
  return {
    app: plan.app,
    region: plan.region,
    environment: settings.environment,
    version: settings.version,
    dryRun: settings.dryRun,
    ...(current ? { currentVersion: current } : {}),
    ...(settings.commit ? { commit: settings.commit } : {}),
    ...(settings.simulatedTime ? { simulatedTime: true } : {}),
    ...(url ? { runUrl: url } : {}),
    ...(env.GITHUB_ACTOR ? { actor: env.GITHUB_ACTOR } : {}),
  };
}

export function runUrl(env: Record<string, string | undefined>): string | undefined {
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
