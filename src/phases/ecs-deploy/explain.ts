/**
 * Why a rollout failed, in ECS's own words: the service events since the deploy began and the
 * `stoppedReason` (and container reasons, exit codes) of the tasks of the new revision that
 * stopped. ECS keeps stopped tasks visible for about an hour, long enough for this.
 */
import {
  DescribeTasksCommand,
  type ECSClient,
  ListTasksCommand,
  type Task,
} from '@aws-sdk/client-ecs';

/** DescribeTasks takes at most 100 tasks; the most recent 100 stopped ones are plenty. */
const DESCRIBE_TASKS_LIMIT = 100;

export interface StoppedReason {
  reason: string;
  /** How many stopped tasks gave this reason. */
  count: number;
}

export async function stoppedReasons(
  ecs: ECSClient,
  cluster: string,
  service: string,
  taskDefinitionArn: string | undefined,
  signal: AbortSignal,
): Promise<StoppedReason[]> {
  const listed = await ecs.send(
    new ListTasksCommand({ cluster, serviceName: service, desiredStatus: 'STOPPED' }),
    { abortSignal: signal },
  );
  const arns = (listed.taskArns ?? []).slice(0, DESCRIBE_TASKS_LIMIT);
  if (arns.length === 0) return [];
  const described = await ecs.send(new DescribeTasksCommand({ cluster, tasks: arns }), {
    abortSignal: signal,
  });
  const ours = (described.tasks ?? []).filter(
    (t) => taskDefinitionArn === undefined || t.taskDefinitionArn === taskDefinitionArn,
  );
  return countReasons(ours.map(reasonOf).filter((r) => r !== ''));
}

/** The task's stoppedReason, with the reason or exit code of each container that gave one. */
export function reasonOf(task: Task): string {
  const parts = task.stoppedReason ? [task.stoppedReason] : [];
  for (const c of task.containers ?? []) {
    // ECS often repeats the task's stoppedReason as the container's reason.
    const details = [
      c.reason === task.stoppedReason ? undefined : c.reason,
      c.exitCode !== undefined && c.exitCode !== 0 ? `exit code ${c.exitCode}` : undefined,
    ].filter((d) => d !== undefined);
    if (details.length > 0) parts.push(`container ${c.name}: ${details.join(', ')}`);
  }
  return [...new Set(parts)].join('; ');
}

function countReasons(reasons: string[]): StoppedReason[] {
  const counts = new Map<string, number>();
  for (const r of reasons) counts.set(r, (counts.get(r) ?? 0) + 1);
  return [...counts].map(([reason, count]) => ({ reason, count }));
}

/** Markdown for the failing service's part of the report. */
export function explanation(service: string, events: string[], stopped: StoppedReason[]): string {
  const lines = [`**${service}**`, ''];
  if (events.length > 0) lines.push('Service events:', '', ...events.map((e) => `> ${e}  `), '');
  if (stopped.length > 0)
    lines.push(
      'Stopped tasks:',
      '',
      ...stopped.map((s) => `- ${s.count > 1 ? `${s.count} tasks: ` : ''}${s.reason}`),
      '',
    );
  if (events.length === 0 && stopped.length === 0)
    lines.push('ECS gave no service event and no stopped task reason.', '');
  return lines.join('\n');
}
