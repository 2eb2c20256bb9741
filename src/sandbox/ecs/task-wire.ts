/** Tasks in the shape RunTask, DescribeTasks and StopTask return them. */
import type { ContainerRecord, EcsState, Input, TaskRecord } from './model.js';
import { epochSeconds } from './wire.js';

function containerToWire(task: TaskRecord, c: ContainerRecord): Input {
  return {
    containerArn: c.arn,
    taskArn: task.arn,
    name: c.name,
    image: c.image,
    runtimeId: c.runtimeId,
    lastStatus: c.lastStatus,
    ...(c.exitCode !== undefined ? { exitCode: c.exitCode } : {}),
    ...(c.reason !== undefined ? { reason: c.reason } : {}),
    networkBindings: [],
    networkInterfaces: [],
    healthStatus: 'UNKNOWN',
    cpu: '0',
  };
}

const TIMES = [
  'createdAt',
  'pullStartedAt',
  'pullStoppedAt',
  'startedAt',
  'stoppingAt',
  'executionStoppedAt',
  'stoppedAt',
] as const;

export function taskToWire(state: EcsState, task: TaskRecord, includeTags = false): Input {
  const body = task.taskDefinition.body;
  const times: Input = {};
  for (const key of TIMES) {
    const value = task[key];
    if (value !== undefined) times[key] = epochSeconds(value);
  }
  return {
    attachments: [],
    attributes: [{ name: 'ecs.cpu-architecture', value: 'x86_64' }],
    availabilityZone: `${state.region}a`,
    clusterArn: state.arns.cluster(task.cluster),
    connectivity: 'CONNECTED',
    connectivityAt: epochSeconds(task.createdAt),
    containers: task.containers.map((c) => containerToWire(task, c)),
    ...(body.cpu !== undefined ? { cpu: body.cpu } : {}),
    ...(body.memory !== undefined ? { memory: body.memory } : {}),
    desiredStatus: task.desiredStatus,
    enableExecuteCommand: false,
    group: task.group,
    healthStatus: 'UNKNOWN',
    lastStatus: task.lastStatus,
    launchType: task.launchType,
    overrides: task.overrides,
    ...(task.launchType === 'FARGATE' ? { platformVersion: '1.4.0', platformFamily: 'Linux' } : {}),
    ...(task.startedBy !== undefined ? { startedBy: task.startedBy } : {}),
    ...(task.stopCode !== undefined ? { stopCode: task.stopCode } : {}),
    ...(task.stoppedReason !== undefined ? { stoppedReason: task.stoppedReason } : {}),
    taskArn: task.arn,
    taskDefinitionArn: task.taskDefinition.arn,
    version: task.version,
    ...times,
    ...(includeTags ? { tags: [] } : {}),
  };
}
