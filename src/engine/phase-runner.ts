/**
 * One phase, start to end: render its settings, pass the gates before, run (or plan) the kind,
 * pass the gates after, and on failure ask the kind to roll back when the plan says so.
 */
import type { AwsClients } from '../aws/clients.js';
import { couldNotLook, explainFailure } from '../aws/errors.js';
import { PhaseFailure, UserError } from '../core/errors.js';
import type { Logger } from '../core/log.js';
import type { Secrets } from '../core/secrets.js';
import { plural } from '../core/text.js';
import type { PhaseContext, PhaseKind, PhaseReport } from '../phases/kind.js';
import type { Registry } from '../phases/registry.js';
import type { TemplateScope } from '../plan/interpolate.js';
import type { CheckSpec, PhaseSpec, Plan, RunInfo } from '../plan/types.js';
import { PhaseTimeout, phaseSignal, RunCancelled, settleWithin } from './abort.js';
import { runGate } from './gates.js';
import type { PhaseError, PhaseResult, RollbackResult } from './result.js';
import { parseFinal, renderWith } from './settings.js';

export interface PhaseRunnerDeps {
  plan: Plan;
  registry: Registry;
  run: RunInfo;
  mode: 'run' | 'plan';
  aws: AwsClients;
  secrets: Secrets;
  /** Reads `${{ ssm:… }}` values (and registers SecureStrings as secrets). */
  resolveSsm(names: string[], signal: AbortSignal): Promise<Record<string, string>>;
  /** How long a kind may take to stop after its signal aborts. */
  graceMs: number;
  now(): number;
}

/** Runs one phase and never throws: every outcome, bugs included, becomes a PhaseResult. */
export async function runPhase(
  phase: PhaseSpec,
  scope: TemplateScope,
  log: Logger,
  parent: AbortSignal,
  deps: PhaseRunnerDeps,
): Promise<PhaseResult> {
  const result: PhaseResult = {
    ...identity(phase),
    status: 'failed',
    summary: '',
    outputs: {},
    gates: [],
  };
  result.startedAt = deps.now();
  const { signal, dispose } = phaseSignal(parent, phase.timeoutMs);
  const changes: unknown[] = [];
  try {
    const kind = deps.registry.phase(phase.uses);
    if (!kind)
      throw new Error(`phase kind "${phase.uses}" passed validation but is not registered`);
    const ctx = await phaseContext(kind, phase, scope, log, signal, changes, deps);
    const report = await settleWithin(
      execute(kind, ctx, phase, scope, result, deps),
      signal,
      deps.graceMs,
    );
    Object.assign(result, reportFields(report), {
      status: deps.mode === 'run' ? 'succeeded' : 'planned',
    });
  } catch (error) {
    const blind = deps.mode === 'plan' ? couldNotLook(error) : undefined;
    if (blind !== undefined) {
      planBlind(result, blind);
      return result;
    }
    recordFailure(result, error, signal);
    if (shouldRollBack(phase, result, deps)) {
      const { outputs, ...rollback } = await rollBack(phase, scope, log, changes, parent, deps);
      result.rollback = rollback;
      // A rollback's outputs say what is live now (the revision a service is back on), which is
      // what a later phase or a script reading the outputs must see, not what was tried.
      if (outputs) result.outputs = { ...result.outputs, ...outputs };
    }
  } finally {
    dispose();
    result.endedAt = deps.now();
  }
  return result;
}

async function execute(
  kind: PhaseKind<unknown>,
  ctx: PhaseContext<unknown>,
  phase: PhaseSpec,
  scope: TemplateScope,
  result: PhaseResult,
  deps: PhaseRunnerDeps,
): Promise<PhaseReport> {
  if (deps.mode === 'plan') {
    const report = await kind.plan(ctx);
    // A kind without a reviewable plan changes something unless it is read-only.
    return { ...report, plan: report.plan ?? { changes: !kind.readOnly, items: [] } };
  }
  await passGates(phase.gates.before, 'before', scope, ctx, result, deps);
  const report = await kind.run(ctx);
  // Outputs are kept even when an after-gate fails: they say what was deployed.
  result.outputs = { ...report.outputs };
  await passGates(phase.gates.after, 'after', scope, ctx, result, deps);
  return report;
}

async function passGates(
  checks: CheckSpec[],
  when: 'before' | 'after',
  scope: TemplateScope,
  ctx: PhaseContext<unknown>,
  result: PhaseResult,
  deps: PhaseRunnerDeps,
): Promise<void> {
  if (checks.length === 0) return;
  const rendered = await renderWith(checks, scope, deps.resolveSsm, ctx.signal);
  const outcomes = await Promise.all(
    checks.map((check, i) =>
      runGate(check, rendered[i], when, { ...ctx, registry: deps.registry, now: deps.now }),
    ),
  );
  result.gates.push(...outcomes);
  const failed = outcomes.filter((g) => !g.ok);
  if (failed.length > 0)
    throw new GateFailed(when, failed.map((g) => `${g.name}: ${g.summary}`).join('; '));
}

class GateFailed extends UserError {
  constructor(
    readonly when: 'before' | 'after',
    what: string,
  ) {
    super(`gate ${when} the phase failed: ${what}`);
  }
}

async function phaseContext(
  kind: PhaseKind<unknown>,
  phase: PhaseSpec,
  scope: TemplateScope,
  log: Logger,
  signal: AbortSignal,
  changes: unknown[],
  deps: PhaseRunnerDeps,
): Promise<PhaseContext<unknown>> {
  const [settings] = await renderWith([phase], scope, deps.resolveSsm, signal);
  return {
    config: parseFinal(kind.settings, settings, `phase "${phase.id}"`),
    phase: { id: phase.id, name: phase.name, uses: phase.uses, position: phase.position },
    plan: { app: deps.plan.app, region: deps.plan.region, file: deps.plan.file },
    run: deps.run,
    signal,
    log,
    aws: deps.aws,
    secrets: deps.secrets,
    recordChange: (change) => changes.push(change),
    render: async <T>(value: T) =>
      (await renderWith([{ with: value }], scope, deps.resolveSsm, signal))[0] as T,
  };
}

/**
 * A dry run that could not look (access denied, a missing cluster) says so for the phase and goes
 * on: the rest of the plan is still worth reading. It counts as a change: nobody knows.
 */
function planBlind(result: PhaseResult, reason: string): void {
  result.status = 'planned';
  result.summary = `could not look: ${reason}`;
  result.plan = { changes: true, items: [], couldNotLook: reason };
}

function recordFailure(result: PhaseResult, error: unknown, signal: AbortSignal): void {
  result.error = classify(error, signal);
  result.status = result.error.kind === 'cancelled' ? 'cancelled' : 'failed';
  result.summary = result.error.message;
  if (error instanceof UserError && 'details' in error && typeof error.details === 'string') {
    result.details = error.details;
  }
  if (error instanceof UserError && 'outputs' in error && typeof error.outputs === 'object') {
    result.outputs = { ...result.outputs, ...(error.outputs as Record<string, string>) };
  }
}

function classify(error: unknown, signal: AbortSignal): PhaseError {
  const reason: unknown = signal.aborted ? signal.reason : undefined;
  if (reason instanceof PhaseTimeout) return { kind: 'timeout', message: reason.message };
  if (reason instanceof RunCancelled) return cancelled(reason, error);
  if (error instanceof GateFailed) return { kind: 'gate', message: error.message };
  const explained = explainFailure(error);
  if (explained) return { kind: 'failure', message: explained.message, ...hintOf(explained) };
  const bug = error instanceof Error ? error : new Error(String(error));
  return {
    kind: 'bug',
    message: `unexpected error: ${bug.message}`,
    ...(bug.stack ? { stack: bug.stack } : {}),
  };
}

/** Cancelled, and what the phase left going on in AWS (a rollout nobody now watches). */
function cancelled(reason: RunCancelled, error: unknown): PhaseError {
  const goesOn = error instanceof PhaseFailure ? error.goesOn : undefined;
  if (!goesOn) return { kind: 'cancelled', message: reason.message };
  return {
    kind: 'cancelled',
    message: `${reason.message}; ${goesOn}`,
    hint: 'check them, or re-run the release: a re-run waits for rollouts in flight and judges them before calling anything unchanged',
    goesOn,
  };
}

function hintOf(error: UserError): { hint?: string } {
  return error.hint ? { hint: error.hint } : {};
}

function shouldRollBack(phase: PhaseSpec, result: PhaseResult, deps: PhaseRunnerDeps): boolean {
  return deps.mode === 'run' && phase.onFailure === 'rollback' && result.status === 'failed';
}

/** Rollback gets a fresh time budget: the phase's own may be what ran out. */
async function rollBack(
  phase: PhaseSpec,
  scope: TemplateScope,
  log: Logger,
  changes: unknown[],
  parent: AbortSignal,
  deps: PhaseRunnerDeps,
): Promise<RollbackResult & { outputs?: Record<string, string> }> {
  const kind = deps.registry.phase(phase.uses);
  if (!kind?.rollback) return { status: 'failed', summary: `${phase.uses} cannot roll back` };
  if (changes.length === 0)
    return { status: 'succeeded', summary: 'nothing was changed, nothing to roll back' };
  const { signal, dispose } = phaseSignal(parent, phase.timeoutMs);
  try {
    log.info(`rolling back ${plural(changes.length, 'change')}`);
    const ctx = await phaseContext(kind, phase, scope, log, signal, [], deps);
    const report = await settleWithin(kind.rollback(ctx, changes), signal, deps.graceMs);
    return {
      status: 'succeeded',
      summary: report.summary,
      ...(report.details ? { details: report.details } : {}),
      ...(report.outputs ? { outputs: report.outputs } : {}),
    };
  } catch (error) {
    const problem = classify(error, signal);
    return {
      status: 'failed',
      summary: `rollback failed: ${problem.message}`,
      ...(problem.stack ? { details: problem.stack } : {}),
    };
  } finally {
    dispose();
  }
}

function reportFields(
  report: PhaseReport,
): Pick<PhaseResult, 'summary' | 'outputs'> & Pick<PhaseResult, 'details' | 'plan'> {
  return {
    summary: report.summary,
    outputs: { ...report.outputs },
    ...(report.details ? { details: report.details } : {}),
    ...(report.plan ? { plan: report.plan } : {}),
  };
}

function identity(phase: PhaseSpec): Pick<PhaseResult, 'id' | 'name' | 'uses'> {
  return { id: phase.id, name: phase.name, uses: phase.uses };
}

export { RunCancelled };
