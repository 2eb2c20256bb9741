/**
 * The engine: runs the selected phases of a plan as a DAG, as many at once as `needs` and
 * `max-parallel` allow. A failed phase skips the phases that need it; with `on-failure: stop`
 * or `rollback` nothing new starts after it, with `continue` its dependents run anyway.
 */

import type { Logger } from '../core/log.js';
import { findReferences, type TemplateScope } from '../plan/interpolate.js';
import type { PhaseSpec } from '../plan/types.js';
import { RunCancelled } from './abort.js';
import { type PhaseRunnerDeps, runPhase } from './phase-runner.js';
import { withProgress } from './progress.js';
import { type PhaseResult, pendingResult, type RunResult } from './result.js';
import { type Selection, selectPhases } from './selection.js';

export interface RunPlanOptions extends Omit<PhaseRunnerDeps, 'now' | 'graceMs'> {
  selection?: Selection;
  /**
   * Results decided before the run from the release record: selected phases already done for
   * this version (`done-earlier`) and unselected phases whose recorded outputs later phases read.
   * Their outputs are in scope; they are not run.
   */
  settled?: PhaseResult[];
  scope: Pick<TemplateScope, 'inputs' | 'vars' | 'env' | 'github'>;
  /** Aborts the run (SIGINT/SIGTERM); abort it with a RunCancelled reason. */
  signal: AbortSignal;
  logFor(phase: PhaseSpec): Logger;
  onPhaseStart?(phase: PhaseSpec): void;
  onPhaseEnd?(result: PhaseResult, phase: PhaseSpec): void;
  graceMs?: number;
  now?: () => number;
}

export async function runPlan(options: RunPlanOptions): Promise<RunResult> {
  const now = options.now ?? Date.now;
  const deps: PhaseRunnerDeps = { ...options, now, graceMs: options.graceMs ?? 5000 };
  const selected = selectPhases(options.plan, options.selection ?? {});
  const state = new Schedule(options.plan.phases, selected, scopeFor(options), options.settled);
  const startedAt = now();
  const running = new Map<string, Promise<void>>();
  const cancelled = aborted(options.signal);

  const start = (phase: PhaseSpec) => {
    options.onPhaseStart?.(phase);
    const log = withProgress(options.logFor(phase), now(), now);
    const work = runPhase(phase, state.scope, log, options.signal, deps).then((result) => {
      running.delete(phase.id);
      state.finish(phase, result, options.mode);
      options.onPhaseEnd?.(result, phase);
    });
    running.set(phase.id, work);
  };

  for (;;) {
    if (options.signal.aborted) state.abandon('cancelled', cancelledWhy(options.signal));
    state.skipBlocked();
    if (!options.signal.aborted && !state.stopped) {
      for (const phase of state.ready(options.plan.maxParallel - running.size)) start(phase);
    }
    if (running.size === 0) break;
    // Once cancelled, phases settle within their grace; waiting on them alone avoids a busy loop.
    await Promise.race([...running.values(), ...(options.signal.aborted ? [] : [cancelled])]);
  }
  const why = options.signal.aborted
    ? cancelledWhy(options.signal)
    : (state.stopped ?? 'not started');
  state.abandon(options.signal.aborted ? 'cancelled' : 'skipped', why);
  return state.result(options.mode, startedAt, now(), options.signal.aborted);
}

/** The phases' states as the run goes; every decision about what may start lives here. */
class Schedule {
  readonly results = new Map<string, PhaseResult>();
  private readonly pending: PhaseSpec[];
  stopped: string | undefined;

  private readonly waitsFor: Map<string, string[]>;

  constructor(
    private readonly phases: PhaseSpec[],
    selected: Set<string>,
    readonly scope: TemplateScope,
    settled: PhaseResult[] = [],
  ) {
    for (const r of settled) {
      this.results.set(r.id, r);
      this.scope.phases[r.id] = r.outputs;
    }
    this.pending = phases.filter((p) => selected.has(p.id) && !this.results.has(p.id));
    for (const p of phases)
      if (!selected.has(p.id) && !this.results.has(p.id))
        this.results.set(p.id, pendingResult(p, 'not-selected', 'not selected'));
    this.waitsFor = waitsThroughUnselected(phases, (id) => this.results.get(id)?.status);
  }

  /** Takes up to `limit` phases whose needs are met off the pending list, in plan order. */
  ready(limit: number): PhaseSpec[] {
    const ready = this.pending
      .filter((p) => this.needsOf(p).every((need) => this.isMet(need)))
      .slice(0, Math.max(0, limit));
    for (const p of ready) this.pending.splice(this.pending.indexOf(p), 1);
    return ready;
  }

  finish(phase: PhaseSpec, result: PhaseResult, mode: 'run' | 'plan'): void {
    this.results.set(phase.id, result);
    if (
      result.status === 'succeeded' ||
      result.status === 'planned' ||
      phase.onFailure === 'continue'
    ) {
      this.scope.phases[phase.id] =
        mode === 'plan' ? { ...this.scope.phases[phase.id], ...result.outputs } : result.outputs;
    }
    if (result.status === 'failed' && phase.onFailure !== 'continue' && mode === 'run') {
      this.stopped ??= `not started: ${phase.id} failed`;
    }
  }

  /** Marks phases whose needs failed, were skipped or were cancelled, until nothing changes. */
  skipBlocked(): void {
    for (let changed = true; changed; ) {
      changed = false;
      for (const phase of [...this.pending]) {
        const blocker = this.needsOf(phase).find((need) => this.blocks(need));
        if (!blocker) continue;
        this.settle(phase, 'skipped', `skipped (needs ${blocker})`);
        changed = true;
      }
    }
  }

  abandon(status: 'skipped' | 'cancelled', why: string): void {
    this.skipBlocked();
    for (const phase of [...this.pending]) this.settle(phase, status, why);
  }

  result(mode: 'run' | 'plan', startedAt: number, endedAt: number, cancelled: boolean): RunResult {
    const phases = this.phases.map(
      (p) => this.results.get(p.id) ?? pendingResult(p, 'skipped', 'not started'),
    );
    const failed = phases.find((p) => p.status === 'failed');
    return {
      mode,
      status: cancelled ? 'cancelled' : failed ? 'failed' : 'succeeded',
      startedAt,
      endedAt,
      phases,
      ...(failed ? { failedPhase: failed.id } : {}),
      bug: phases.some((p) => p.error?.kind === 'bug'),
      releaseComplete:
        mode === 'run' &&
        !cancelled &&
        phases.every((p) => p.status === 'succeeded' || p.status === 'done-earlier'),
    };
  }

  private settle(phase: PhaseSpec, status: 'skipped' | 'cancelled', why: string): void {
    this.pending.splice(this.pending.indexOf(phase), 1);
    this.results.set(phase.id, pendingResult(phase, status, why));
  }

  private needsOf(phase: PhaseSpec): string[] {
    return this.waitsFor.get(phase.id) ?? phase.needs;
  }

  private isMet(need: string): boolean {
    const r = this.results.get(need);
    if (!r) return false;
    if (r.status === 'failed') return this.onFailureOf(need) === 'continue';
    return (
      r.status === 'succeeded' ||
      r.status === 'planned' ||
      r.status === 'not-selected' ||
      r.status === 'done-earlier'
    );
  }

  private blocks(need: string): boolean {
    const r = this.results.get(need);
    if (!r) return false;
    if (r.status === 'failed') return this.onFailureOf(need) !== 'continue';
    return r.status === 'skipped' || r.status === 'cancelled';
  }

  private onFailureOf(id: string) {
    return this.phases.find((p) => p.id === id)?.onFailure;
  }
}

/**
 * What each phase waits for when phases between it and its needs are not selected: the
 * selected phases it reaches through them, so `--phases deploy,smoke-test` keeps smoke-test
 * after deploy even though the verify phase between them does not run.
 */
function waitsThroughUnselected(
  phases: PhaseSpec[],
  statusOf: (id: string) => string | undefined,
): Map<string, string[]> {
  const byId = new Map(phases.map((p) => [p.id, p]));
  const reach = (id: string, seen: Set<string>): string[] => {
    if (seen.has(id)) return [];
    seen.add(id);
    if (statusOf(id) !== 'not-selected') return [id];
    return (byId.get(id)?.needs ?? []).flatMap((n) => reach(n, seen));
  };
  return new Map(
    phases.map((p) => [p.id, [...new Set(p.needs.flatMap((n) => reach(n, new Set())))]]),
  );
}

function scopeFor(options: RunPlanOptions): TemplateScope {
  const phases = options.mode === 'plan' ? placeholders(options.plan.phases) : {};
  return { ...options.scope, phases, ssm: {} };
}

/**
 * In a dry run no phase produces real outputs: every output a template reads shows as
 * `<phases.ID.outputs.NAME>` unless the phase's plan reports a value for it.
 */
function placeholders(phases: PhaseSpec[]): TemplateScope['phases'] {
  const known: TemplateScope['phases'] = {};
  const settings = phases.flatMap((p) => [
    p.with,
    ...p.gates.before.map((g) => g.with),
    ...p.gates.after.map((g) => g.with),
  ]);
  for (const { reference } of settings.flatMap((value) => findReferences(value))) {
    if (reference.scope !== 'phases') continue;
    known[reference.phase] ??= {};
    (known[reference.phase] as Record<string, string>)[reference.output] =
      `<phases.${reference.phase}.outputs.${reference.output}>`;
  }
  return known;
}

function cancelledWhy(signal: AbortSignal): string {
  return signal.reason instanceof RunCancelled
    ? `not started: ${signal.reason.message}`
    : 'not started: the run was cancelled';
}

function aborted(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
}
