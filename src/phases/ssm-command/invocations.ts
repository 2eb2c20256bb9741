/**
 * An invocation (the command on one instance) as the phase sees it, and how it ended. AWS's
 * CommandInvocationStatus has Pending, InProgress, Delayed, Cancelling (not final) and Success,
 * Failed, TimedOut, Cancelled (final); "Delivery Timed Out", "Execution Timed Out",
 * "Undeliverable" and "Terminated" are StatusDetails texts only (GetCommandInvocation), so the
 * ending is read from both fields, spaces ignored.
 */
import type { CommandInvocation } from '@aws-sdk/client-ssm';

export interface InvocationView {
  instanceId: string;
  status: string;
  details: string;
  responseCode?: number;
  startedAt?: Date;
  endedAt?: Date;
  /** The plugin of the document's first step, e.g. aws:runShellScript. */
  plugin?: string;
}

const FINAL = new Set(['Success', 'Failed', 'TimedOut', 'Cancelled']);

export function isFinal(status: string | undefined): boolean {
  return status !== undefined && FINAL.has(status);
}

/** Past Pending and Delayed: the script may have started. */
export function mayHaveStarted(status: string): boolean {
  return status === 'InProgress' || status === 'Cancelling';
}

export function viewOf(i: CommandInvocation): InvocationView {
  const plugin = i.CommandPlugins?.[0];
  return {
    instanceId: i.InstanceId ?? '',
    status: i.Status ?? 'Pending',
    details: i.StatusDetails ?? i.Status ?? '',
    ...(plugin?.ResponseCode !== undefined ? { responseCode: plugin.ResponseCode } : {}),
    ...(plugin?.ResponseStartDateTime ? { startedAt: plugin.ResponseStartDateTime } : {}),
    ...(plugin?.ResponseFinishDateTime ? { endedAt: plugin.ResponseFinishDateTime } : {}),
    ...(plugin?.Name ? { plugin: plugin.Name } : {}),
  };
}

export interface Ending {
  ok: boolean;
  /** After "instance i-…": "succeeded", "failed with response code 2", … */
  words: string;
}

export function endingOf(v: InvocationView): Ending {
  const details = v.details.replace(/\s+/g, '');
  if (v.status === 'Success') return { ok: true, words: 'succeeded' };
  if (details === 'Undeliverable')
    return {
      ok: false,
      words:
        'undeliverable: SSM could not reach the instance (stopped, or its agent is not running)',
    };
  if (details === 'DeliveryTimedOut')
    return { ok: false, words: 'delivery timed out: the agent never picked the command up' };
  if (details === 'Terminated')
    return { ok: false, words: 'not run: SSM stopped the command once max-errors was reached' };
  if (v.status === 'TimedOut')
    return { ok: false, words: 'execution timed out (execution-timeout)' };
  if (v.status === 'Cancelled') return { ok: false, words: 'cancelled' };
  const code =
    v.responseCode !== undefined && v.responseCode >= 0
      ? ` with response code ${v.responseCode}`
      : '';
  return { ok: false, words: `failed${code}` };
}

export function durationOf(v: InvocationView): number | undefined {
  return v.startedAt && v.endedAt ? v.endedAt.getTime() - v.startedAt.getTime() : undefined;
}
