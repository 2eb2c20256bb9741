/** RunTask, DescribeTasks, ListTasks and StopTask. */
import { AwsError } from '../service.js';
import { findService, resolveCluster } from './clusters.js';
import { nameFromArn } from './ids.js';
import type { ClusterRecord, EcsState, Input, RunTaskToken, TaskRecord } from './model.js';
import { runTaskEntry, runTaskPlan } from './outcomes.js';
import { placementFailures } from './placement.js';
import { checkNetwork, usableTaskDefinition } from './services.js';
import { taskToWire } from './task-wire.js';
import { launchTask, requestStop } from './tasks.js';
import {
  describeEach,
  invalidParameter,
  optionalInteger,
  optionalList,
  optionalObject,
  optionalString,
  optionalStringList,
  paginate,
  requiredString,
} from './wire.js';

/** RunTask starts at most 10 tasks per call. */
const MAX_RUN_COUNT = 10;
/** DescribeTasks takes at most 100 tasks per call. */
const MAX_DESCRIBE = 100;

/**
 * RunTask's clientToken, as "Ensuring idempotency" (ECS API Reference) documents it: "If you
 * retry a request that completed successfully using the same client token and the same
 * parameters, the retry succeeds without performing any further actions" and returns the first
 * call's tasks; the same token with other parameters fails with ConflictException, whose
 * `resourceIds` are the tasks already started. Tokens are per cluster and live 24 hours.
 */
const TOKEN_TTL_MS = 24 * 60 * 60 * 1000;

export function runTask(state: EcsState, input: Input, at: number): Input {
  const cluster = resolveCluster(state, input);
  const token = optionalString(input, 'clientToken');
  if (token === undefined) return startTasks(state, input, at, cluster).answer;
  if (!/^[\x21-\x7e]{1,64}$/.test(token))
    throw invalidParameter('clientToken must be 1 to 64 ASCII characters in the range 33-126.');
  const key = `${cluster.name}/${token}`;
  const { clientToken: _token, ...rest } = input;
  const params = JSON.stringify(rest);
  const earlier = state.runTaskTokens.get(key);
  if (earlier && at - earlier.at < TOKEN_TTL_MS) return repeated(state, earlier, params);
  const { answer, taskIds } = startTasks(state, input, at, cluster);
  const failures = (answer.failures as Input[]) ?? [];
  state.runTaskTokens.set(key, { params, taskIds, failures, at });
  return answer;
}

function repeated(state: EcsState, earlier: RunTaskToken, params: string): Input {
  const tasks = earlier.taskIds.flatMap((id) => state.tasks.get(id) ?? []);
  if (earlier.params !== params) {
    throw new AwsError(
      'ConflictException',
      'The specified client token has already been used in a different request.',
      400,
      { resourceIds: tasks.map((t) => t.arn) },
    );
  }
  return { tasks: tasks.map((t) => taskToWire(state, t)), failures: earlier.failures };
}

function startTasks(
  state: EcsState,
  input: Input,
  at: number,
  cluster: ClusterRecord,
): { answer: Input; taskIds: string[] } {
  const launchType =
    optionalString(input, 'launchType') ??
    (optionalList(input, 'capacityProviderStrategy') ? 'FARGATE' : 'EC2');
  const td = usableTaskDefinition(
    state,
    requiredString(input, 'taskDefinition', 'TaskDefinition'),
    launchType,
  );
  checkNetwork(td, optionalObject(input, 'networkConfiguration'));
  const count = optionalInteger(input, 'count') ?? 1;
  if (count < 1 || count > MAX_RUN_COUNT) {
    throw invalidParameter(`count must be between 1 and ${MAX_RUN_COUNT}.`);
  }
  const overrides = optionalObject(input, 'overrides') ?? {};
  const startedBy = optionalString(input, 'startedBy');
  const spec = {
    cluster: cluster.name,
    taskDefinition: td,
    group: optionalString(input, 'group') ?? `family:${td.family}`,
    launchType,
    overrides: { containerOverrides: [], inferenceAcceleratorOverrides: [], ...overrides },
    ...(startedBy !== undefined ? { startedBy } : {}),
  };
  // A scenario may say ECS cannot place this call's tasks: fewer start, failures[] says why.
  const unplaced = runTaskEntry(state.scenario, td, overrides)?.['placement-failure'];
  const placed = unplaced ? Math.min(count, unplaced.placed) : count;
  const tasks: TaskRecord[] = [];
  for (let i = 0; i < placed; i++) {
    tasks.push(launchTask(state, spec, runTaskPlan(state.scenario, td, overrides), at));
  }
  const failures =
    unplaced && placed < count
      ? placementFailures(unplaced, { cluster: cluster.name, arns: state.arns, ids: state.ids })
      : [];
  return {
    answer: { tasks: tasks.map((t) => taskToWire(state, t)), failures },
    taskIds: tasks.map((t) => t.id),
  };
}

function findTask(state: EcsState, cluster: ClusterRecord, ref: string): TaskRecord | undefined {
  const task = state.tasks.get(nameFromArn(ref));
  return task && task.cluster === cluster.name ? task : undefined;
}

export function describeTasks(state: EcsState, input: Input): Input {
  const cluster = resolveCluster(state, input);
  const includeTags = (optionalStringList(input, 'include') ?? []).includes('TAGS');
  const { found, failures } = describeEach(
    optionalStringList(input, 'tasks') ?? [],
    { what: 'tasks', empty: 'Tasks cannot be empty.', limit: MAX_DESCRIBE },
    (ref) => findTask(state, cluster, ref),
    (task) => taskToWire(state, task, includeTags),
    (ref) => state.arns.task(cluster.name, ref),
  );
  return { tasks: found, failures };
}

export function listTasks(state: EcsState, input: Input): Input {
  const cluster = resolveCluster(state, input);
  const serviceName = optionalString(input, 'serviceName');
  if (serviceName !== undefined && !findService(state, cluster, serviceName)) {
    throw new AwsError('ServiceNotFoundException', 'Service not found.');
  }
  const family = optionalString(input, 'family');
  const startedBy = optionalString(input, 'startedBy');
  const launchType = optionalString(input, 'launchType');
  // ListTasks shows tasks whose desired status is RUNNING unless asked for STOPPED.
  const desiredStatus = optionalString(input, 'desiredStatus') ?? 'RUNNING';
  const arns = [...state.tasks.values()]
    .filter((t) => t.cluster === cluster.name && t.desiredStatus === desiredStatus)
    .filter((t) => serviceName === undefined || t.serviceName === nameFromArn(serviceName))
    .filter((t) => family === undefined || t.taskDefinition.family === family)
    .filter((t) => startedBy === undefined || t.startedBy === startedBy)
    .filter((t) => launchType === undefined || t.launchType === launchType)
    .reverse()
    .map((t) => t.arn);
  const { page, nextToken } = paginate(arns, input, { default: 100, max: 100 });
  return { taskArns: page, ...(nextToken ? { nextToken } : {}) };
}

export function stopTask(state: EcsState, input: Input, at: number): Input {
  const cluster = resolveCluster(state, input);
  const task = findTask(state, cluster, requiredString(input, 'task', 'Task'));
  if (!task) throw invalidParameter('The referenced task was not found.');
  const reason = optionalString(input, 'reason');
  requestStop(state, task, {
    at,
    delay: state.scenario.timing['task-stop'],
    stopCode: 'UserInitiated',
    reason: reason ?? 'Task stopped by user',
  });
  return { task: taskToWire(state, task) };
}
