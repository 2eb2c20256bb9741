/** What a run produced: the record the summary, the outputs and the exit code are made from. */
import type { PhasePlan } from '../core/plan-view.js';
import type { PhaseSpec } from '../plan/types.js';

export type PhaseStatus =
  | 'succeeded'
  | 'planned'
  | 'failed'
  | 'skipped'
  | 'cancelled'
  | 'not-selected'
  /** Not run now: the release record shows it succeeded for this version and plan digest. */
  | 'done-earlier';

export type FailureKind = 'failure' | 'gate' | 'timeout' | 'cancelled' | 'bug';

export interface PhaseError {
  kind: FailureKind;
  message: string;
  hint?: string;
  /** Cancelled: what AWS goes on doing, which nobody is watching now. */
  goesOn?: string;
  /** Only for bugs: the stack, so the report can ask for an issue with it. */
  stack?: string;
}

export interface GateResult {
  when: 'before' | 'after';
  name: string;
  uses: string;
  ok: boolean;
  summary: string;
  details?: string;
  durationMs: number;
}

export interface RollbackResult {
  status: 'succeeded' | 'failed';
  summary: string;
  details?: string;
}

export interface PhaseResult {
  id: string;
  name: string;
  uses: string;
  status: PhaseStatus;
  /** One line for the phase table. */
  summary: string;
  outputs: Record<string, string>;
  details?: string;
  startedAt?: number;
  endedAt?: number;
  gates: GateResult[];
  error?: PhaseError;
  rollback?: RollbackResult;
  /** A dry run's reviewable content (see PhaseReport.plan). */
  plan?: PhasePlan;
}

export type RunStatus = 'succeeded' | 'failed' | 'cancelled';

export interface RunResult {
  mode: 'run' | 'plan';
  status: RunStatus;
  startedAt: number;
  endedAt: number;
  phases: PhaseResult[];
  /** The first phase that failed, for the `failed-phase` output. */
  failedPhase?: string;
  /** True when a failure came from a bug in phasegate rather than from the release. */
  bug: boolean;
  /**
   * True when every phase of the plan has succeeded for this version, in this run or an
   * earlier one (the release record), so the version is fully released.
   */
  releaseComplete: boolean;
}

/**
 * Whether a dry run found anything to change: a planned phase that would change something, or
 * whose plan could not look. Phases done earlier, not selected or skipped change nothing.
 */
export function planHasChanges(result: Pick<RunResult, 'phases'>): boolean {
  return result.phases.some((p) => p.status === 'planned' && p.plan?.changes !== false);
}

export function pendingResult(phase: PhaseSpec, status: PhaseStatus, summary: string): PhaseResult {
  return {
    id: phase.id,
    name: phase.name,
    uses: phase.uses,
    status,
    summary,
    outputs: {},
    gates: [],
  };
}

export function durationOf(result: Pick<PhaseResult, 'startedAt' | 'endedAt'>): number | undefined {
  return result.startedAt !== undefined && result.endedAt !== undefined
    ? result.endedAt - result.startedAt
    : undefined;
}
