/**
 * Tasks and why they stopped, in ECS's own words: the task's `stoppedReason` and what its
 * containers add (their reason, a non-zero exit code). ECS keeps stopped tasks visible for about
 * an hour, long enough to explain a failure that was just seen.
 */
import {
  type Container,
  DescribeTasksCommand,
  type ECSClient,
  ListTasksCommand,
  type Task,
} from '@aws-sdk/client-ecs';

/** ECS: DescribeTasks takes at most 100 tasks per call. */
export const DESCRIBE_TASKS_LIMIT = 100;

/** The last part of a task ARN, as the console shows it. */
export function taskId(arn: string): string {
  return arn.slice(arn.lastIndexOf('/') + 1);
}

/** The tasks ECS still knows, in calls of at most 100; a task it forgot (or not yet sees) is absent. */
export async function describeTasks(
  ecs: ECSClient,
  cluster: string,
  arns: readonly string[],
  signal: AbortSignal,
): Promise<Task[]> {
  const tasks: Task[] = [];
  for (let i = 0; i < arns.length; i += DESCRIBE_TASKS_LIMIT) {
    const chunk = arns.slice(i, i + DESCRIBE_TASKS_LIMIT);
    const answer = await ecs.send(new DescribeTasksCommand({ cluster, tasks: chunk }), {
      abortSignal: signal,
    });
    tasks.push(...(answer.tasks ?? []));
  }
  return tasks;
}

/** The container's reason, unless it only repeats the task's (ECS often copies it there). */
export function containerReason(container: Container, task: Task): string | undefined {
  return container.reason && container.reason !== task.stoppedReason ? container.reason : undefined;
}

/** The task's stoppedReason, with the reason or exit code of each container that gave one. */
export function stoppedReasonOf(task: Task): string {
  const parts = task.stoppedReason ? [task.stoppedReason] : [];
  for (const c of task.containers ?? []) {
    const details = [
      containerReason(c, task),
      c.exitCode !== undefined && c.exitCode !== 0 ? `exit code ${c.exitCode}` : undefined,
    ].filter((d) => d !== undefined);
    if (details.length > 0) parts.push(`container ${c.name}: ${details.join(', ')}`);
  }
  return [...new Set(parts)].join('; ');
}

/**
 * The service's most recent stopped tasks (one ListTasks page, at most 100). Filtered by service,
 * not by `startedBy`: ECS says "When you specify startedBy as the filter, it must be the only
 * filter that you use" (API_ListTasks), and without desiredStatus it lists running tasks only.
 */
export async function listStoppedTasks(
  ecs: ECSClient,
  cluster: string,
  service: string,
  signal: AbortSignal,
): Promise<string[]> {
  const listed = await ecs.send(
    new ListTasksCommand({ cluster, serviceName: service, desiredStatus: 'STOPPED' }),
    { abortSignal: signal },
  );
  return (listed.taskArns ?? []).slice(0, DESCRIBE_TASKS_LIMIT);
}

export interface StoppedReason {
  reason: string;
  /** How many stopped tasks gave this reason. */
  count: number;
}

/** Which of a service's stopped tasks to explain: a deployment's own (`startedBy`), or a revision's. */
export interface StoppedTasksOf {
  /** The deployment id (`ecs-svc/…`) ECS puts in the `startedBy` of the tasks it starts for it. */
  startedBy?: string;
  taskDefinitionArn?: string;
}

/**
 * Why the service's stopped tasks stopped, each reason once with how many tasks gave it. With a
 * deployment id only that deployment's tasks count, not an earlier run's of the same revision:
 * "If the task is started by an Amazon ECS service, then the startedBy parameter contains the
 * deployment ID of the service that starts it" (API_Task, startedBy). The most recent 100 stopped
 * tasks are plenty to explain a rollout.
 */
export async function stoppedReasons(
  ecs: ECSClient,
  cluster: string,
  service: string,
  of: StoppedTasksOf,
  signal: AbortSignal,
): Promise<StoppedReason[]> {
  const arns = await listStoppedTasks(ecs, cluster, service, signal);
  if (arns.length === 0) return [];
  const ours = (await describeTasks(ecs, cluster, arns, signal)).filter(
    (t) =>
      (of.startedBy === undefined || t.startedBy === of.startedBy) &&
      (of.taskDefinitionArn === undefined || t.taskDefinitionArn === of.taskDefinitionArn),
  );
  return countReasons(ours.map(stoppedReasonOf).filter((r) => r !== ''));
}

function countReasons(reasons: string[]): StoppedReason[] {
  const counts = new Map<string, number>();
  for (const r of reasons) counts.set(r, (counts.get(r) ?? 0) + 1);
  return [...counts].map(([reason, count]) => ({ reason, count }));
}
