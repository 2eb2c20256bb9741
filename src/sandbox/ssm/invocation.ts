/**
 * One invocation (a command on one instance), its state derived from the clock: Pending, then
 * Delayed (when scripted), InProgress, and its ending; after CancelCommand, Cancelling and then
 * Cancelled. Also the output as the SSM agent reports it.
 */
import type { FinalStatus, ScriptedCommand } from './scenario.js';

export type InvocationStatus =
  | 'Pending'
  | 'Delayed'
  | 'InProgress'
  | 'Cancelling'
  | 'Success'
  | 'Failed'
  | 'TimedOut'
  | 'Cancelled';

export interface Invocation {
  instanceId: string;
  script: ScriptedCommand;
  requestedAt: number;
  /** When SSM sends it to the node: later than requestedAt while MaxConcurrency holds it back. */
  sentAt: number;
  /** When SSM gave up on it unsent because the command exceeded MaxErrors ("Terminated"). */
  terminatedAt?: number;
  /** The document's `executionTimeout` parameter, in ms, when given. */
  executionTimeoutMs: number | undefined;
  /** When CancelCommand reached it (simulated ms), if it did before the invocation ended. */
  cancelledAt?: number;
  /** Its output was written to CloudWatch Logs (once, when it ended). */
  logged?: boolean;
}

export interface State {
  status: InvocationStatus;
  /** StatusDetails: the Status, or the spaced text AWS documents ("Execution Timed Out"). */
  details: string;
  done: boolean;
  /** Execution started (the script may have run, in part or whole). */
  started: boolean;
  startAt: number;
  endAt?: number;
}

// StatusDetails as GetCommandInvocation documents them: "Delivery Timed Out", "Execution Timed
// Out", "Undeliverable" are detail texts only; Status stays one of CommandInvocationStatus.
const ENDINGS: Record<FinalStatus, { status: InvocationStatus; details: string }> = {
  Success: { status: 'Success', details: 'Success' },
  Failed: { status: 'Failed', details: 'Failed' },
  TimedOut: { status: 'TimedOut', details: 'Execution Timed Out' },
  Cancelled: { status: 'Cancelled', details: 'Cancelled' },
  DeliveryTimedOut: { status: 'TimedOut', details: 'Delivery Timed Out' },
  Undeliverable: { status: 'Failed', details: 'Undeliverable' },
};

const NEVER_RUNS: readonly FinalStatus[] = ['DeliveryTimedOut', 'Undeliverable'];

/** When the invocation would end without a cancel, and how, if sent at `sentAt`. */
function natural(
  inv: Invocation,
  sentAt = inv.sentAt,
): { endAt: number; ending: FinalStatus; startAt: number } {
  const { pending, delayed, duration, status } = inv.script;
  const startAt = sentAt + pending + delayed;
  if (NEVER_RUNS.includes(status)) return { endAt: startAt, ending: status, startAt };
  const limit = inv.executionTimeoutMs;
  if (limit !== undefined && duration > limit)
    return { endAt: startAt + limit, ending: 'TimedOut', startAt };
  return { endAt: startAt + duration, ending: status, startAt };
}

/**
 * Failed and Execution Timed Out count against MaxErrors; Delivery Timed Out and Undeliverable do
 * not (GetCommandInvocation StatusDetails).
 */
export function naturalOutcome(inv: Invocation, sentAt: number) {
  const { endAt, ending } = natural(inv, sentAt);
  return { endAt, error: ending === 'Failed' || ending === 'TimedOut' };
}

export function stateAt(inv: Invocation, now: number): State {
  const { endAt, ending, startAt } = natural(inv);
  const cancelAt = inv.cancelledAt;
  const terminated = inv.terminatedAt;
  // Never sent; the Status for "Terminated" is not documented: Cancelled, "canceled by the system".
  if (
    terminated !== undefined &&
    now >= terminated &&
    !(cancelAt !== undefined && cancelAt < terminated)
  )
    return {
      status: 'Cancelled',
      details: 'Terminated',
      done: true,
      started: false,
      startAt,
      endAt: terminated,
    };
  if (cancelAt !== undefined && now >= cancelAt) {
    const over = cancelAt + inv.script.cancelling;
    const started = cancelAt > startAt;
    if (now < over)
      return { status: 'Cancelling', details: 'Cancelling', done: false, started, startAt };
    return { status: 'Cancelled', details: 'Cancelled', done: true, started, startAt, endAt: over };
  }
  if (now >= endAt) {
    const { status, details } = ENDINGS[ending];
    return { status, details, done: true, started: !NEVER_RUNS.includes(ending), startAt, endAt };
  }
  const base = { done: false, started: false, startAt };
  if (now < inv.sentAt + inv.script.pending)
    return { ...base, status: 'Pending', details: 'Pending' };
  if (now < startAt) return { ...base, status: 'Delayed', details: 'Delayed' };
  return { ...base, status: 'InProgress', details: 'In Progress', started: true };
}

/** Whether CancelCommand can still change it. */
export function cancellable(inv: Invocation, now: number): boolean {
  return inv.cancelledAt === undefined && !stateAt(inv, now).done;
}

export function responseCode(inv: Invocation, state: State): number {
  if (!state.done || !state.started) return -1;
  const scripted = inv.script['response-code'];
  if (state.status === 'Success') return scripted ?? 0;
  if (state.status === 'Failed') return scripted ?? 1;
  return -1;
}

// GetCommandInvocation: "The first 24,000 characters written by the plugin to stdout", "the
// first 8,000 characters ... to stderr"; ListCommandInvocations' CommandPluginOutput has max
// 2500 (botocore ssm service-2.json).
export const STDOUT_LIMIT = 24_000;
export const STDERR_LIMIT = 8_000;
export const PLUGIN_OUTPUT_LIMIT = 2_500;

const ERROR_HEADER = '\n----------ERROR-------\n';
const TRUNCATED = '\n---Output truncated---';

/** Output exists only for an invocation that ran to Success or Failed: "If ExecutionStatus is neither Succeeded nor Failed, then this string is empty." */
export function hasOutput(state: State): boolean {
  return state.status === 'Success' || (state.status === 'Failed' && state.started);
}

/** The first `limit` characters, the truncation note included, as the agent cuts them. */
export function truncate(text: string, limit: number): string {
  if (text.length <= limit) return text;
  return `${text.slice(0, limit - TRUNCATED.length)}${TRUNCATED}`;
}

/** The plugin's Output: stdout, then the agent's error header and stderr, cut to the limit. */
export function pluginOutput(stdout: string, stderr: string): string {
  return truncate(stderr ? `${stdout}${ERROR_HEADER}${stderr}` : stdout, PLUGIN_OUTPUT_LIMIT);
}
