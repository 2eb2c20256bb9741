/**
 * RunTask: the resolved definition and placement, with this run's overrides (command and
 * environment per container, task cpu/memory) and count.
 */

import { randomUUID } from 'node:crypto';
import {
  type ContainerOverride,
  ECSClient,
  type Failure,
  RunTaskCommand,
  type RunTaskCommandInput,
  type Task,
  type TaskOverride,
} from '@aws-sdk/client-ecs';
import { retryingFaults } from '../../aws/retry.js';
import { PhaseFailure } from '../../core/errors.js';
import type { PhaseContext } from '../kind.js';
import type { Placement } from './network.js';
import type { EcsRunTaskConfig, OverrideSettings } from './settings.js';
import { mainContainer, type ResolvedDefinition } from './task-definition.js';

/** ECS: "A total of 8192 characters are allowed for overrides", JSON formatting included. */
const OVERRIDES_LIMIT = 8192;

type ContainerSettings = { command?: string[]; environment?: Record<string, string> };

/** Container name → its overrides; the top-level command/environment go to the main container. */
export function containerOverrides(
  config: EcsRunTaskConfig,
  definition: ResolvedDefinition,
): ContainerOverride[] {
  const o: OverrideSettings = config.overrides ?? {};
  const byName = new Map<string, ContainerSettings>();
  if (o.command || o.environment) {
    const target = mainContainer(definition, config.container);
    if (!target) throw new PhaseFailure(`task definition ${definition.label} has no container`);
    byName.set(target.name, { ...pick(o) });
  }
  for (const [name, own] of Object.entries(o.containers ?? {}))
    byName.set(name, { ...byName.get(name), ...pick(own) });
  return [...byName].map(([name, s]) => ({
    name,
    ...(s.command ? { command: s.command } : {}),
    ...(s.environment
      ? { environment: Object.entries(s.environment).map(([k, value]) => ({ name: k, value })) }
      : {}),
  }));
}

function pick(s: ContainerSettings): ContainerSettings {
  return {
    ...(s.command ? { command: s.command } : {}),
    ...(s.environment ? { environment: s.environment } : {}),
  };
}

export function taskOverrides(
  config: EcsRunTaskConfig,
  definition: ResolvedDefinition,
): TaskOverride {
  const overrides: TaskOverride = {
    containerOverrides: containerOverrides(config, definition),
    ...(config.overrides?.cpu ? { cpu: config.overrides.cpu } : {}),
    ...(config.overrides?.memory ? { memory: config.overrides.memory } : {}),
  };
  const size = JSON.stringify(overrides).length;
  if (size > OVERRIDES_LIMIT)
    throw new PhaseFailure(
      `the overrides take ${size} characters; ECS allows at most ${OVERRIDES_LIMIT}`,
      { hint: 'move long values into the task definition or an SSM parameter the task reads' },
    );
  return overrides;
}

/** `phasegate-<phase id>`, cut to the 36 characters ECS allows in startedBy. */
export function startedBy(config: EcsRunTaskConfig, phaseId: string): string {
  return (
    config['started-by'] ?? `phasegate-${phaseId}`.replace(/[^A-Za-z0-9_-]/g, '-').slice(0, 36)
  );
}

export function runTaskInput(
  config: EcsRunTaskConfig,
  definition: ResolvedDefinition & { arn: string },
  placement: Placement,
  phaseId: string,
): RunTaskCommandInput {
  const { source: _source, ...where } = placement;
  return {
    cluster: config.cluster,
    taskDefinition: definition.arn,
    count: config.count,
    startedBy: startedBy(config, phaseId),
    overrides: taskOverrides(config, definition),
    ...where,
  };
}

export interface Started {
  tasks: Task[];
  /** Tasks ECS could not place (RESOURCE:MEMORY, …): reported, never silently dropped. */
  failures: Failure[];
}

/**
 * One RunTask, tried again through the one retry loop when the world interrupts it. Every try
 * carries the same clientToken, so a try whose answer was lost does not start a second set of
 * tasks: "If you retry a request that completed successfully using the same client token and the
 * same parameters, the retry succeeds without performing any further actions" (ECS API
 * Reference, Ensuring idempotency; up to 64 characters, living 24 hours).
 */
export async function startTasks(
  ctx: Pick<PhaseContext<EcsRunTaskConfig>, 'aws' | 'signal' | 'log'>,
  input: RunTaskCommandInput,
): Promise<Started> {
  const command = new RunTaskCommand({ ...input, clientToken: input.clientToken ?? randomUUID() });
  // No abort signal on the call: a RunTask aborted after ECS received it would start tasks
  // whose ARNs we never learn, and so could not stop. Cancellation is honoured between tries.
  const answer = await retryingFaults(() => ctx.aws.client(ECSClient).send(command), {
    signal: ctx.signal,
    onRetry: (why) => ctx.log.info(`RunTask interrupted (${why}); trying again with its token`),
  });
  return { tasks: answer.tasks ?? [], failures: answer.failures ?? [] };
}
