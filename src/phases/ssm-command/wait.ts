/**
 * Waiting for the command: each poll reads the command's own status (ListCommands) and its
 * invocations (ListCommandInvocations, which with tag targets is how the instances become
 * known), until the command is final and every invocation it counts has appeared. On timeout or
 * cancellation the command is cancelled (CancelCommand), briefly waited on, and the instances
 * that may have run part of the script are named.
 */
import {
  CancelCommandCommand,
  type Command,
  ListCommandInvocationsCommand,
  ListCommandsCommand,
  type SSMClient,
} from '@aws-sdk/client-ssm';
import { pollUntil } from '../../aws/poll.js';
import { PhaseFailure } from '../../core/errors.js';
import type { Logger } from '../../core/log.js';
import { sleep } from '../../core/sleep.js';
import { wordFor } from '../../core/text.js';
import { type InvocationView, isFinal, mayHaveStarted, viewOf } from './invocations.js';

export interface WaitOptions {
  ssm: SSMClient;
  commandId: string;
  intervalMs: number;
  signal: AbortSignal;
  log: Logger;
}

export interface Waited {
  command: Command;
  invocations: InvocationView[];
}

/** CancelCommand and the wait for Cancelled must settle within the engine's grace (5 s). */
const CANCEL_CALL_MS = 1500;
const CANCEL_WAIT_MS = 2000;
const CANCEL_POLL_MS = 200;

export async function waitForCommand(o: WaitOptions): Promise<Waited> {
  const seen: Seen = { status: new Map(), started: new Set() };
  const waited = await pollUntil(async () => {
    const command = await readCommand(o, o.signal);
    const invocations = await listInvocations(o, o.signal);
    logTransitions(invocations, seen, o.log);
    if (isFinal(command.Status) && invocations.length >= (command.TargetCount ?? 0))
      return { command, invocations };
    o.log.progress(waitingLine(command, invocations));
    return undefined;
  }, o);
  // Aborted: the command is cancelled, not left running.
  if (waited) return waited;
  throw await cancelAfterAbort(o, seen);
}

async function readCommand(o: WaitOptions, signal: AbortSignal): Promise<Command> {
  const answer = await o.ssm.send(new ListCommandsCommand({ CommandId: o.commandId }), {
    abortSignal: signal,
  });
  return answer.Commands?.[0] ?? { CommandId: o.commandId, Status: 'Pending' };
}

async function listInvocations(o: WaitOptions, signal: AbortSignal): Promise<InvocationView[]> {
  const all: InvocationView[] = [];
  let token: string | undefined;
  do {
    const page = await o.ssm.send(
      new ListCommandInvocationsCommand({
        CommandId: o.commandId,
        Details: true,
        MaxResults: 50,
        ...(token ? { NextToken: token } : {}),
      }),
      { abortSignal: signal },
    );
    all.push(...(page.CommandInvocations ?? []).map(viewOf));
    token = page.NextToken;
  } while (token);
  return all.sort((a, b) => a.instanceId.localeCompare(b.instanceId));
}

/** What the polls saw: each instance's last status, and which ones were seen running. */
interface Seen {
  status: Map<string, string>;
  started: Set<string>;
}

function logTransitions(list: readonly InvocationView[], seen: Seen, log: Logger): void {
  for (const i of list) {
    if (mayHaveStarted(i.status)) seen.started.add(i.instanceId);
    if (seen.status.get(i.instanceId) === i.status) continue;
    seen.status.set(i.instanceId, i.status);
    const details = i.details.replace(/\s+/g, '') !== i.status ? ` (${i.details})` : '';
    log.info(`instance ${i.instanceId}: ${i.status}${details}`);
  }
}

function waitingLine(command: Command, list: readonly InvocationView[]): string {
  const counts = new Map<string, number>();
  for (const i of list) counts.set(i.status, (counts.get(i.status) ?? 0) + 1);
  const parts = [...counts].map(([s, n]) => `${n} ${s}`).join(', ');
  const expected = command.TargetCount ? ` of ${command.TargetCount}` : '';
  return `waiting for command ${command.CommandId} (${command.Status ?? 'Pending'}; ${list.length}${expected} ${wordFor(command.TargetCount ?? list.length, 'invocation')}${parts ? `: ${parts}` : ''})`;
}

async function cancelAfterAbort(o: WaitOptions, seen: Seen): Promise<PhaseFailure> {
  const why = o.signal.reason instanceof Error ? o.signal.reason.message : 'the phase was stopped';
  const lines: string[] = [];
  try {
    await o.ssm.send(new CancelCommandCommand({ CommandId: o.commandId }), {
      abortSignal: AbortSignal.timeout(CANCEL_CALL_MS),
    });
    o.log.warning(`cancelled command ${o.commandId} (CancelCommand): ${why}`);
    lines.push(`cancelled command ${o.commandId} (CancelCommand)`);
  } catch (error) {
    const message = `could not cancel command ${o.commandId}: ${(error as Error).message}; cancel it in the console`;
    o.log.error(message);
    lines.push(message);
  }
  const after = await briefly(o);
  lines.push(...partlyRun(after, seen));
  return new PhaseFailure(why, {
    details: lines.map((l) => `- ${l}`).join('\n'),
    outputs: { 'command-id': o.commandId },
  });
}

/** The invocations after a short wait for Cancelled; what was last seen if SSM is slow. */
async function briefly(o: WaitOptions): Promise<InvocationView[]> {
  const deadline = AbortSignal.timeout(CANCEL_WAIT_MS);
  let last: InvocationView[] = [];
  while (!deadline.aborted) {
    try {
      last = await listInvocations(o, deadline);
      if (last.every((i) => isFinal(i.status))) break;
      await sleep(CANCEL_POLL_MS, deadline);
    } catch {
      break;
    }
  }
  return last;
}

function partlyRun(after: readonly InvocationView[], seen: Seen): string[] {
  return after.map((i) => {
    const started =
      seen.started.has(i.instanceId) || mayHaveStarted(i.status) || i.startedAt !== undefined;
    const state = isFinal(i.status) ? i.status : `still ${i.status}`;
    if (i.status === 'Success')
      return `instance ${i.instanceId}: Success (the script ran to the end)`;
    if (started) return `instance ${i.instanceId}: ${state}; it may have run part of the script`;
    return `instance ${i.instanceId}: ${state}; the script had not started`;
  });
}
