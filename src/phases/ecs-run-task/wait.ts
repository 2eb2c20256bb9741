/**
 * Waiting for the tasks to stop: one DescribeTasks call per poll for all of them, transitions
 * logged once, a progress line per poll, slower polls only while AWS throttles. On timeout or
 * cancellation the tasks this phase started are stopped (StopTask), so nothing keeps running
 * unattended after the run ended.
 */
import { type ECSClient, StopTaskCommand, type Task } from '@aws-sdk/client-ecs';
import { describeTasks, taskId } from '../../aws/ecs/tasks.js';
import { pollUntil } from '../../aws/poll.js';
import { PhaseFailure } from '../../core/errors.js';
import type { Logger } from '../../core/log.js';
import { shortTaskId } from '../../core/text.js';

export interface WaitOptions {
  ecs: ECSClient;
  cluster: string;
  intervalMs: number;
  signal: AbortSignal;
  log: Logger;
}

/** StopTask must settle within the engine's grace period (5 s by default) after an abort. */
const STOP_TIMEOUT_MS = 3000;

/** The tasks once all are STOPPED; on abort, stops them and throws with what it did. */
export async function waitForTasks(arns: readonly string[], o: WaitOptions): Promise<Task[]> {
  const seen = new Map<string, string>();
  const stopped = await pollUntil(async () => {
    // Right after RunTask a task can be missing for a moment (eventual consistency): keep waiting.
    const tasks = await describeTasks(o.ecs, o.cluster, arns, o.signal);
    logTransitions(tasks, seen, o.log);
    if (tasks.length === arns.length && tasks.every((t) => t.lastStatus === 'STOPPED'))
      return tasks;
    o.log.progress(waitingLine(arns, tasks));
    return undefined;
  }, o);
  // Aborted: the tasks are stopped, not left running.
  if (stopped) return stopped;
  throw await stopAfterAbort(arns, seen, o);
}

function logTransitions(tasks: readonly Task[], seen: Map<string, string>, log: Logger): void {
  for (const t of tasks) {
    const arn = t.taskArn ?? '';
    const status = t.lastStatus ?? 'UNKNOWN';
    if (seen.get(arn) === status) continue;
    seen.set(arn, status);
    log.info(`task ${shortTaskId(taskId(arn))}: ${status}`);
  }
}

function waitingLine(arns: readonly string[], tasks: readonly Task[]): string {
  if (arns.length === 1) {
    const status = tasks[0]?.lastStatus ?? 'not visible yet';
    return `waiting for task ${shortTaskId(taskId(arns[0] ?? ''))} to stop (${status})`;
  }
  const counts = new Map<string, number>();
  for (const t of tasks)
    counts.set(t.lastStatus ?? '?', (counts.get(t.lastStatus ?? '?') ?? 0) + 1);
  const parts = [...counts].map(([s, n]) => `${n} ${s}`).join(', ');
  return `waiting for ${arns.length} tasks to stop (${parts || 'not visible yet'})`;
}

async function stopAfterAbort(
  arns: readonly string[],
  seen: Map<string, string>,
  o: WaitOptions,
): Promise<PhaseFailure> {
  const why = o.signal.reason instanceof Error ? o.signal.reason.message : 'the phase was stopped';
  const running = arns.filter((arn) => seen.get(arn) !== 'STOPPED');
  const lines = await stopTasks(running, `phasegate: ${why}`.slice(0, 255), o);
  return new PhaseFailure(why, { details: lines.map((l) => `- ${l}`).join('\n') });
}

/** StopTask for each task; never throws, returns one line per task saying what happened. */
export async function stopTasks(
  arns: readonly string[],
  reason: string,
  o: Pick<WaitOptions, 'ecs' | 'cluster' | 'log'>,
): Promise<string[]> {
  return Promise.all(
    arns.map(async (arn) => {
      const id = shortTaskId(taskId(arn));
      try {
        // The phase's own signal has aborted; StopTask gets a short budget of its own.
        await o.ecs.send(new StopTaskCommand({ cluster: o.cluster, task: arn, reason }), {
          abortSignal: AbortSignal.timeout(STOP_TIMEOUT_MS),
        });
        o.log.warning(`stopped task ${id} (StopTask): ${reason}`);
        return `stopped task ${id} (StopTask): ${reason}`;
      } catch (error) {
        const message = `could not stop task ${id}: ${(error as Error).message}; stop it in the console`;
        o.log.error(message);
        return message;
      }
    }),
  );
}
