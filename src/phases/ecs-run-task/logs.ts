/**
 * The last lines a task's container wrote to CloudWatch Logs. The awslogs driver names the
 * stream `<awslogs-stream-prefix>/<container name>/<task id>`; the group and prefix come from
 * the container's logConfiguration. A log that cannot be read is explained, never fatal: the
 * task's outcome is what the phase reports on.
 */
import type { Container } from '@aws-sdk/client-ecs';
import { lastLogLines } from '../../aws/log-tail.js';
import { plural, shortTaskId } from '../../core/text.js';
import type { PhaseContext } from '../kind.js';
import type { TaskOutcome } from './outcome.js';
import type { EcsRunTaskConfig } from './settings.js';
import type { ResolvedDefinition } from './task-definition.js';

export interface LogTail {
  taskId: string;
  container: string;
  group?: string;
  stream?: string;
  lines: string[];
  /** Why there are no lines, when there are none for a reason worth saying. */
  note?: string;
}

type Ctx = Pick<PhaseContext<EcsRunTaskConfig>, 'aws' | 'signal' | 'log'>;

interface Destination {
  group: string;
  stream: string;
  region?: string;
}

export async function readLogTail(
  ctx: Ctx,
  definition: ResolvedDefinition,
  outcome: TaskOutcome,
  limit: number,
): Promise<LogTail> {
  const name = outcome.container ?? '';
  const base = { taskId: outcome.id, container: name, lines: [] };
  const where = destination(definition, outcome, name);
  if (typeof where === 'string') return { ...base, note: where };
  const tail = { ...base, group: where.group, stream: where.stream };
  if (where.region && where.region !== ctx.aws.region)
    return {
      ...tail,
      note: `the log is in region ${where.region}; phasegate reads ${ctx.aws.region}`,
    };
  try {
    return { ...tail, lines: await lastLogLines(ctx, where, limit) };
  } catch (error) {
    if (ctx.signal.aborted) throw error;
    return { ...tail, note: unreadable(error, outcome) };
  }
}

/** Where the container's log is, or why there is none to read. */
function destination(
  definition: ResolvedDefinition,
  outcome: TaskOutcome,
  name: string,
): Destination | string {
  const container = definition.containers.find((c) => c.name === name);
  if (!container) return `no container to read a log from`;
  if (!container.logDriver) return `container ${name} has no log configuration`;
  if (container.logDriver !== 'awslogs')
    return `container ${name} logs with ${container.logDriver}, not awslogs: no log tail`;
  const group = container.logOptions['awslogs-group'];
  if (!group) return `container ${name} has no awslogs-group`;
  const region = container.logOptions['awslogs-region'];
  const prefix = container.logOptions['awslogs-stream-prefix'];
  // Without a prefix (allowed on EC2 only) awslogs names the stream after the Docker container
  // id, which DescribeTasks reports as the container's runtimeId.
  const stream = prefix ? `${prefix}/${name}/${outcome.id}` : runtimeId(outcome, name);
  if (!stream) return `container ${name} has no awslogs-stream-prefix and no runtime id`;
  return { group, stream, ...(region ? { region } : {}) };
}

function runtimeId(outcome: TaskOutcome, name: string): string | undefined {
  const container: Container | undefined = outcome.task.containers?.find((c) => c.name === name);
  return container?.runtimeId;
}

function unreadable(error: unknown, outcome: TaskOutcome): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'ResourceNotFoundException')
    return outcome.task.startedAt
      ? 'no log stream: the container wrote nothing, or the log group does not exist'
      : 'no log: the container never started';
  return `the log could not be read: ${error instanceof Error ? error.message : String(error)}`;
}

/** Log lines for the phase log: a heading, then each line indented. */
export function logTailLines(tail: LogTail, limit: number): string[] {
  const where = tail.stream ? ` (${tail.group} ${tail.stream})` : '';
  const title = `log of container ${tail.container} in task ${shortTaskId(tail.taskId)}${where}`;
  if (tail.lines.length === 0) return [`${title}: ${tail.note ?? 'no lines'}`];
  const count =
    tail.lines.length === limit ? `last ${limit} lines` : plural(tail.lines.length, 'line');
  return [`${title}, ${count}:`, ...tail.lines.map((line) => `  | ${line}`)];
}
