/**
 * A task's life: PROVISIONING → PENDING → RUNNING → STOPPED, each step an agenda action so the
 * state at any simulated time follows from the plan the task was launched with. Log lines are
 * written to the container's awslogs stream as the task runs.
 */
import type {
  ContainerRecord,
  EcsState,
  Input,
  TaskDefinitionRecord,
  TaskFailure,
  TaskRecord,
} from './model.js';

export type TaskPlan =
  /** Never reaches RUNNING (CannotPullContainerError, ResourceInitializationError, …). */
  | { kind: 'no-start'; failAfter: number; reason: string }
  /** Starts after `startAfter`, runs `runFor` (forever when undefined), then its containers exit. */
  | {
      kind: 'run';
      startAfter: number;
      runFor?: number;
      exits: Record<string, { exitCode: number; reason?: string }>;
      logs: Record<string, string[]>;
      /** How the task is stopped when its containers exit (default: an essential one exited). */
      stop?: StopCause;
    };

export interface StopCause {
  stopCode: string;
  stoppedReason: string;
}

const ESSENTIAL_EXITED: StopCause = {
  stopCode: 'EssentialContainerExited',
  stoppedReason: 'Essential container in task exited',
};

export interface TaskHooks {
  onRunning?(task: TaskRecord, at: number): void;
  onStopped?(task: TaskRecord, at: number): void;
}

export interface TaskSpec {
  cluster: string;
  taskDefinition: TaskDefinitionRecord;
  group: string;
  launchType: string;
  overrides?: Input;
  startedBy?: string;
  serviceName?: string;
  deploymentId?: string;
  failing?: TaskFailure;
}

const hooksOf = new WeakMap<TaskRecord, TaskHooks>();

export function launchTask(
  state: EcsState,
  spec: TaskSpec,
  plan: TaskPlan,
  at: number,
  hooks: TaskHooks = {},
): TaskRecord {
  const id = state.ids.taskId();
  const task: TaskRecord = {
    id,
    arn: state.arns.task(spec.cluster, id),
    cluster: spec.cluster,
    taskDefinition: spec.taskDefinition,
    group: spec.group,
    launchType: spec.launchType,
    overrides: spec.overrides ?? { containerOverrides: [], inferenceAcceleratorOverrides: [] },
    containers: containersOf(state, spec, id),
    lastStatus: 'PROVISIONING',
    desiredStatus: 'RUNNING',
    createdAt: at,
    version: 1,
    ...(spec.startedBy !== undefined ? { startedBy: spec.startedBy } : {}),
    ...(spec.serviceName !== undefined ? { serviceName: spec.serviceName } : {}),
    ...(spec.deploymentId !== undefined ? { deploymentId: spec.deploymentId } : {}),
    ...(spec.failing ? { failing: spec.failing } : {}),
  };
  state.tasks.set(id, task);
  hooksOf.set(task, hooks);
  schedulePlan(state, task, plan, at);
  return task;
}

function containersOf(state: EcsState, spec: TaskSpec, taskId: string): ContainerRecord[] {
  const definitions = spec.taskDefinition.body.containerDefinitions as Input[];
  return definitions.map((c) => {
    const name = String(c.name);
    const log = awslogsDestination(c, name, taskId);
    return {
      name,
      image: String(c.image),
      essential: c.essential !== false,
      arn: state.arns.container(spec.cluster, taskId, state.ids.uuid()),
      runtimeId: `${taskId}-${state.ids.hex(10)}`,
      lastStatus: 'PENDING',
      ...(log ? { log } : {}),
    };
  });
}

/** awslogs names a container's stream `<prefix>/<container name>/<task id>`. */
function awslogsDestination(c: Input, name: string, taskId: string) {
  const config = c.logConfiguration as Input | undefined;
  const options = (config?.options ?? {}) as Record<string, string>;
  const group = options['awslogs-group'];
  const prefix = options['awslogs-stream-prefix'];
  if (config?.logDriver !== 'awslogs' || !group || !prefix) return undefined;
  return { group, stream: `${prefix}/${name}/${taskId}` };
}

function schedulePlan(state: EcsState, task: TaskRecord, plan: TaskPlan, at: number): void {
  const untilPending = (plan.kind === 'run' ? plan.startAfter : plan.failAfter) / 2;
  state.agenda.schedule(at + untilPending, (t) => {
    if (task.desiredStatus !== 'RUNNING') return;
    change(task, { lastStatus: 'PENDING', pullStartedAt: t });
  });
  if (plan.kind === 'no-start') {
    state.agenda.schedule(at + plan.failAfter, (t) => failToStart(task, plan.reason, t));
    return;
  }
  state.agenda.schedule(at + plan.startAfter, (t) => {
    if (task.desiredStatus !== 'RUNNING') return;
    change(task, { lastStatus: 'RUNNING', pullStoppedAt: t, startedAt: t });
    for (const c of task.containers) c.lastStatus = 'RUNNING';
    scheduleLogs(state, task, plan, t);
    hooksOf.get(task)?.onRunning?.(task, t);
    if (plan.runFor !== undefined) {
      const runFor = plan.runFor;
      state.agenda.schedule(t + runFor, (end) => exit(task, plan, end));
    }
  });
}

function failToStart(task: TaskRecord, reason: string, at: number): void {
  if (task.lastStatus === 'STOPPED' || task.desiredStatus !== 'RUNNING') return;
  for (const c of task.containers) {
    c.lastStatus = 'STOPPED';
    c.reason = reason;
  }
  finish(task, at, { stopCode: 'TaskFailedToStart', stoppedReason: reason });
}

function exit(task: TaskRecord, plan: Extract<TaskPlan, { kind: 'run' }>, at: number): void {
  if (task.lastStatus === 'STOPPED' || task.desiredStatus !== 'RUNNING') return;
  for (const c of task.containers) {
    const outcome = plan.exits[c.name] ?? { exitCode: 0 };
    c.lastStatus = 'STOPPED';
    c.exitCode = outcome.exitCode;
    if (outcome.reason !== undefined) c.reason = outcome.reason;
  }
  finish(task, at, plan.stop ?? ESSENTIAL_EXITED);
}

/** StopTask, or the service scheduler replacing a task: STOPPED after `delay`. */
export function requestStop(
  state: EcsState,
  task: TaskRecord,
  stop: { at: number; delay: number; stopCode: string; reason: string },
): void {
  if (task.lastStatus === 'STOPPED' || task.desiredStatus === 'STOPPED') return;
  change(task, { desiredStatus: 'STOPPED', stoppingAt: stop.at });
  const complete = (t: number) => {
    if (task.lastStatus === 'STOPPED') return;
    for (const c of task.containers) {
      // SIGTERM to a running container; one that never started has no exit code.
      if (c.lastStatus === 'RUNNING') c.exitCode = 0;
      c.lastStatus = 'STOPPED';
    }
    finish(task, t, { stopCode: stop.stopCode, stoppedReason: stop.reason });
  };
  // The scheduler's own stops take effect at once, so the answer to the call that caused them
  // already shows them.
  if (stop.delay === 0) complete(stop.at);
  else state.agenda.schedule(stop.at + stop.delay, complete);
}

function finish(task: TaskRecord, at: number, why: StopCause): void {
  change(task, {
    lastStatus: 'STOPPED',
    desiredStatus: 'STOPPED',
    stoppingAt: task.stoppingAt ?? at,
    executionStoppedAt: at,
    stoppedAt: at,
    ...why,
  });
  hooksOf.get(task)?.onStopped?.(task, at);
}

function change(task: TaskRecord, fields: Partial<TaskRecord>): void {
  Object.assign(task, fields);
  task.version += 1;
}

/** Spreads each container's lines over the run, each written when its time comes. */
function scheduleLogs(
  state: EcsState,
  task: TaskRecord,
  plan: Extract<TaskPlan, { kind: 'run' }>,
  startedAt: number,
): void {
  for (const c of task.containers) {
    const lines = plan.logs[c.name] ?? [];
    const destination = c.log;
    if (!destination || lines.length === 0) continue;
    const step = plan.runFor !== undefined ? plan.runFor / lines.length : 100;
    lines.forEach((message, i) => {
      const timestamp = Math.round(startedAt + step * i);
      state.agenda.schedule(timestamp, () =>
        state.logs.append(destination.group, destination.stream, [{ timestamp, message }]),
      );
    });
  }
}

/** ECS shows stopped tasks for about an hour; older ones are forgotten. */
export function forgetOldTasks(state: EcsState, now: number): void {
  const HOUR = 3_600_000;
  for (const [id, task] of state.tasks) {
    if (task.stoppedAt !== undefined && now - task.stoppedAt > HOUR) state.tasks.delete(id);
  }
}
