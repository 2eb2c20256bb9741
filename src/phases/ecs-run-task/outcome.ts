/**
 * Did a stopped task succeed? It did when it started, ran until its containers exited on their
 * own, and the named container (or every essential one) exited 0. Every other ending is a
 * failure with ECS's own reason: the image that could not be pulled, the secret that could not
 * be read, the exit code and the container's reason. The message is never empty.
 */
import type { Container, Task } from '@aws-sdk/client-ecs';
import { containerReason, taskId } from '../../aws/ecs/tasks.js';
import { shortTaskId } from '../../core/text.js';
import { mainContainer, type ResolvedDefinition } from './task-definition.js';

export interface TaskOutcome {
  task: Task;
  id: string;
  ok: boolean;
  /** How the task ended, after "task <id>": "never started: …", "failed: …", "succeeded: …". */
  reason: string;
  /** The container whose exit decided the outcome; its log is the one shown. */
  container?: string;
  exitCode?: number;
  durationMs?: number;
}

/** Stop codes of tasks that did not end on their own. */
const INTERRUPTED = [
  'UserInitiated',
  'ServiceSchedulerInitiated',
  'SpotInterruption',
  'TerminationNotice',
];

export function judgeTask(
  task: Task,
  definition: ResolvedDefinition,
  named: string | undefined,
): TaskOutcome {
  const id = taskId(task.taskArn ?? '');
  const durationMs = durationOf(task);
  const base = { task, id, ...(durationMs !== undefined ? { durationMs } : {}) };
  const main = mainContainer(definition, named)?.name ?? task.containers?.[0]?.name;
  if (task.stopCode === 'TaskFailedToStart' || !task.startedAt)
    return {
      ...base,
      ...of(task, main),
      ok: false,
      reason: `never started: ${notStartedReason(task)}`,
    };
  const failed = decisive(task, definition, named).filter((c) => c.exitCode !== 0);
  const first = failed[0];
  if (first) {
    const reason = `failed: ${failed.map((c) => exitLine(c, task)).join('; ')}`;
    return { ...base, ...of(task, first.name), ok: false, reason };
  }
  if (task.stopCode && INTERRUPTED.includes(task.stopCode))
    return {
      ...base,
      ...of(task, main),
      ok: false,
      reason: `stopped before it finished: ${task.stoppedReason || 'no reason given'} (${task.stopCode})`,
    };
  const decided = named ?? (main as string);
  return {
    ...base,
    ...of(task, decided),
    ok: true,
    reason: `succeeded: container ${decided} exited with code 0`,
  };
}

/**
 * The named container, or every essential one (DescribeTasks does not say which are essential:
 * the definition does). A decisive container the task does not report counts as one without an
 * exit code, never as a success.
 */
function decisive(
  task: Task,
  definition: ResolvedDefinition,
  named: string | undefined,
): Container[] {
  const names =
    named !== undefined
      ? [named]
      : definition.containers.filter((c) => c.essential).map((c) => c.name);
  const reported = task.containers ?? [];
  if (names.length === 0) return reported;
  return names.map((name) => reported.find((c) => c.name === name) ?? { name });
}

function of(task: Task, name: string | undefined): { container?: string; exitCode?: number } {
  if (name === undefined) return {};
  const exitCode = task.containers?.find((c) => c.name === name)?.exitCode;
  return { container: name, ...(exitCode !== undefined ? { exitCode } : {}) };
}

function exitLine(c: Container, task: Task): string {
  const name = c.name ?? 'unnamed';
  if (c.exitCode === undefined || c.exitCode === null)
    return `container ${name} has no exit code: ${c.reason || task.stoppedReason || `stop code ${task.stopCode ?? 'unknown'}`}`;
  return `container ${name} exited with code ${c.exitCode}${c.reason ? `: ${c.reason}` : ''}`;
}

function notStartedReason(task: Task): string {
  const containerReasons = (task.containers ?? []).map((c) => containerReason(c, task));
  const reasons = [task.stoppedReason, ...new Set(containerReasons)].filter(Boolean);
  if (reasons.length > 0) return reasons.join('; ');
  return `ECS gave no reason (stop code ${task.stopCode ?? 'unknown'})`;
}

function durationOf(task: Task): number | undefined {
  const from = task.createdAt;
  const to = task.stoppedAt;
  return from && to ? to.getTime() - from.getTime() : undefined;
}

/** The phase's message: how many tasks failed and how the first one ended. */
export function failureMessage(outcomes: readonly TaskOutcome[], label: string): string {
  const failed = outcomes.filter((o) => !o.ok);
  const first = failed[0];
  if (!first) return `${label}: all tasks succeeded`;
  const task = `task ${shortTaskId(first.id)} (${label}) ${first.reason}`;
  return outcomes.length === 1
    ? task
    : `${failed.length} of ${outcomes.length} tasks failed; ${task}`;
}
