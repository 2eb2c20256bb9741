/**
 * Rolling deployments as the ECS scheduler runs them (minimum healthy 100 %, maximum 200 %):
 * a new PRIMARY launches its tasks at once; they reach RUNNING one by one over the first half of
 * the service's rollout time, the old deployments' tasks are stopped one by one over the second
 * half, and the PRIMARY turns COMPLETED when it alone runs the desired count. Tasks of a bad image
 * fail instead; the circuit breaker counts those that never ran or failed health checks, and may
 * roll back to the last completed deployment. Tasks that ran and then exited are only replaced.
 */
import { failureThreshold } from './circuit-breaker.js';
import { addEvent, reasons, say } from './events.js';
import type {
  DeploymentRecord,
  EcsState,
  ServiceRecord,
  TaskDefinitionRecord,
  TaskRecord,
} from './model.js';
import { serviceTaskPlan } from './outcomes.js';
import {
  countsOf,
  isLive,
  isPending,
  isRunning,
  tasksOfDeployment,
  tasksOfService,
} from './service-tasks.js';
import { launchTask, requestStop } from './tasks.js';
import { relaunchDelay } from './throttle.js';

/**
 * What the circuit breaker counts: "tasks that do not transition to the RUNNING state" (stage 1)
 * and "tasks that are replaced because of health check failures" (stage 2). Such a task is never
 * healthy, so it also holds back the draining of the old tasks.
 */
const countsAsFailure = (t: TaskRecord) => t.failing === 'launch' || t.failing === 'health-check';

export function startDeployment(
  state: EcsState,
  service: ServiceRecord,
  taskDefinition: TaskDefinitionRecord,
  at: number,
  options: { rollbackTo?: string; completed?: boolean } = {},
): DeploymentRecord {
  const id = state.ids.deploymentId();
  const deployment: DeploymentRecord = {
    id,
    status: 'PRIMARY',
    taskDefinition,
    desiredCount: service.desiredCount,
    failedTasks: 0,
    createdAt: at,
    updatedAt: at,
    rolloutState: options.completed ? 'COMPLETED' : 'IN_PROGRESS',
    rolloutStateReason: options.completed
      ? reasons.completed(id)
      : options.rollbackTo
        ? reasons.rollingBack(options.rollbackTo)
        : reasons.inProgress(id),
    launchType: service.launchType,
    failedBatches: 0,
    isRollback: options.rollbackTo !== undefined,
    ...(service.networkConfiguration ? { networkConfiguration: service.networkConfiguration } : {}),
  };
  for (const old of service.deployments) {
    old.status = 'ACTIVE';
    stopTasks(state, service, tasksOfDeployment(state, old).filter(isPending), deployment, at);
  }
  const hasOldTasks = tasksOfService(state, service).some(isRunning);
  service.deployments.unshift(deployment);
  service.awaitingSteadyState = true;
  if (options.completed) service.lastCompleted = { deploymentId: id, taskDefinition };
  const startWindow = options.completed
    ? 0
    : hasOldTasks
      ? service.rolloutTime / 2
      : service.rolloutTime;
  const launched = launch(state, service, deployment, service.desiredCount, at, startWindow);
  // A task that reaches RUNNING is healthy to a scheduler without health checks, so old tasks
  // are drained even when the new ones then exit (a crash loop can leave no task running).
  if (!launched.some(countsAsFailure)) drainOthers(state, service, deployment, at);
  evaluate(state, service, at);
  return deployment;
}

/** Launches `count` tasks for the deployment, reaching RUNNING evenly over `window`. */
function launch(
  state: EcsState,
  service: ServiceRecord,
  deployment: DeploymentRecord,
  count: number,
  at: number,
  window: number,
): TaskRecord[] {
  const tasks: TaskRecord[] = [];
  for (let i = 0; i < count; i++) {
    const startAfter = (window * (i + 1)) / count;
    const { plan, failing } = serviceTaskPlan(
      state.scenario,
      deployment.taskDefinition,
      startAfter,
    );
    const task = launchTask(
      state,
      {
        cluster: service.cluster,
        taskDefinition: deployment.taskDefinition,
        group: `service:${service.name}`,
        launchType: service.launchType,
        startedBy: deployment.id,
        serviceName: service.name,
        deploymentId: deployment.id,
        ...(failing ? { failing } : {}),
      },
      plan,
      at,
      {
        onRunning: (running, t) => onTaskRunning(state, service, deployment, running, t),
        onStopped: (stopped, t) => onTaskStopped(state, service, deployment, stopped, t),
      },
    );
    tasks.push(task);
  }
  if (tasks.length > 0) addEvent(state, service, at, say.started(service, tasks));
  return tasks;
}

/** Stops the other deployments' running tasks one by one over the second half of the rollout. */
function drainOthers(
  state: EcsState,
  service: ServiceRecord,
  primary: DeploymentRecord,
  at: number,
) {
  const old = tasksOfService(state, service).filter(
    (t) => t.deploymentId !== primary.id && isRunning(t) && !t.drainScheduled,
  );
  const half = service.rolloutTime / 2;
  old.forEach((task, j) => {
    task.drainScheduled = true;
    state.agenda.schedule(at + half + (half * (j + 1)) / old.length, (t) =>
      stopTasks(state, service, [task], primary, t),
    );
  });
}

function stopTasks(
  state: EcsState,
  service: ServiceRecord,
  tasks: TaskRecord[],
  cause: DeploymentRecord,
  at: number,
): void {
  const live = tasks.filter((t) => isLive(t) && t.desiredStatus === 'RUNNING');
  const running = live.filter(isRunning);
  if (running.length > 0) addEvent(state, service, at, say.stopped(service, running));
  for (const task of live) {
    requestStop(state, task, {
      at,
      delay: 0,
      stopCode: 'ServiceSchedulerInitiated',
      reason: reasons.scaling(cause.id),
    });
  }
}

/** UpdateService with only a new desired count: the PRIMARY launches or stops the difference. */
export function scaleService(state: EcsState, service: ServiceRecord, desired: number, at: number) {
  service.desiredCount = desired;
  const primary = service.deployments[0];
  if (!primary) return;
  primary.desiredCount = desired;
  primary.updatedAt = at;
  service.awaitingSteadyState = true;
  if (primary.rolloutState !== 'FAILED') {
    const live = tasksOfDeployment(state, primary).filter(
      (t) => isLive(t) && t.desiredStatus === 'RUNNING',
    );
    if (live.length < desired) {
      launch(state, service, primary, desired - live.length, at, service.rolloutTime / 2);
    } else if (live.length > desired) {
      const byPreference = [...live.filter(isPending), ...live.filter(isRunning)].reverse();
      stopTasks(state, service, byPreference.slice(0, live.length - desired), primary, at);
    }
  }
  evaluate(state, service, at);
}

/**
 * Stage 1 of the circuit breaker ends when a task reaches RUNNING; with the default
 * `resetOnHealthyTask: true`, "The failure count resets to 0 each time a task reaches a healthy
 * state" (deployment-circuit-breaker.html). Without health checks RUNNING is healthy, so a task
 * that runs and then exits resets the count rather than adding to it (containers-roadmap#1206).
 */
function onTaskRunning(
  state: EcsState,
  service: ServiceRecord,
  deployment: DeploymentRecord,
  task: TaskRecord,
  at: number,
): void {
  if (task.failing !== 'health-check' && deployment.failedTasks > 0) {
    deployment.failedTasks = 0;
    deployment.updatedAt = at;
  }
  evaluate(state, service, at);
}

function onTaskStopped(
  state: EcsState,
  service: ServiceRecord,
  deployment: DeploymentRecord,
  task: TaskRecord,
  at: number,
): void {
  const current = deployment.status === 'PRIMARY' && deployment.rolloutState !== 'FAILED';
  // The scheduler also stops unhealthy tasks, but those are failures, not replacements.
  const replaced = task.stopCode === 'ServiceSchedulerInitiated' && task.failing !== 'health-check';
  if (current && !replaced && service.status === 'ACTIVE') {
    if (countsAsFailure(task)) countFailure(state, service, deployment, at);
    if (deployment.rolloutState !== 'FAILED') {
      const delay = relaunchDelay(task, deployment, relaunchTiming(state));
      state.agenda.schedule(at + delay, (t) => replaceMissing(state, service, deployment, t));
    }
  }
  evaluate(state, service, at);
}

function relaunchTiming(state: EcsState) {
  const { timing } = state.scenario;
  return { relaunchDelay: timing['relaunch-delay'], failAfter: timing['task-fail-after'] };
}

function replaceMissing(
  state: EcsState,
  service: ServiceRecord,
  deployment: DeploymentRecord,
  at: number,
) {
  if (deployment.status !== 'PRIMARY' || deployment.rolloutState === 'FAILED') return;
  if (service.status !== 'ACTIVE') return;
  const live = tasksOfDeployment(state, deployment).filter(
    (t) => isLive(t) && t.desiredStatus === 'RUNNING',
  );
  const missing = deployment.desiredCount - live.length;
  if (missing > 0) launch(state, service, deployment, missing, at, service.rolloutTime / 2);
}

function countFailure(
  state: EcsState,
  service: ServiceRecord,
  deployment: DeploymentRecord,
  at: number,
) {
  deployment.failedTasks += 1;
  deployment.updatedAt = at;
  const breaker = service.circuitBreaker;
  if (
    breaker.enable &&
    deployment.failedTasks >= failureThreshold(breaker, deployment.desiredCount)
  ) {
    failDeployment(state, service, deployment, at);
  } else if (!deployment.warnedUnstable && deployment.failedTasks >= 2) {
    deployment.warnedUnstable = true;
    addEvent(state, service, at, say.unstable(service));
  }
}

function failDeployment(
  state: EcsState,
  service: ServiceRecord,
  deployment: DeploymentRecord,
  at: number,
) {
  deployment.rolloutState = 'FAILED';
  deployment.rolloutStateReason = reasons.failed;
  addEvent(state, service, at, say.failed(service, deployment.id));
  service.awaitingSteadyState = false;
  const target = service.lastCompleted;
  if (!service.circuitBreaker.rollback || !target || deployment.isRollback) {
    stopTasks(state, service, tasksOfDeployment(state, deployment), deployment, at);
    return;
  }
  // AWS documents no delay between FAILED and the rollback: by default both are in one answer;
  // `timing.rollback-delay` leaves the failed deployment PRIMARY and FAILED for a while first.
  const delay = state.scenario.timing['rollback-delay'];
  state.agenda.schedule(at + delay, (t) => rollBack(state, service, deployment, target, t));
}

/**
 * The rollback is a new PRIMARY; the failed deployment turns ACTIVE and drains with the other
 * old ones: its pending tasks stop now, its running ones over the rollback's second half. Not
 * when something else replaced the failed deployment in the meantime.
 */
function rollBack(
  state: EcsState,
  service: ServiceRecord,
  failed: DeploymentRecord,
  target: { deploymentId: string; taskDefinition: TaskDefinitionRecord },
  at: number,
) {
  if (service.status !== 'ACTIVE' || service.deployments[0] !== failed) return;
  addEvent(state, service, at, say.rollingBack(service, failed.id, target.deploymentId));
  startDeployment(state, service, target.taskDefinition, at, { rollbackTo: target.deploymentId });
}

/** Completes the PRIMARY once it alone runs the desired count; notes a steady state. */
export function evaluate(state: EcsState, service: ServiceRecord, at: number): void {
  const primary = service.deployments[0];
  if (service.status === 'DRAINING' && !tasksOfService(state, service).some(isLive)) {
    service.status = 'INACTIVE';
  }
  if (!primary || service.status !== 'ACTIVE') return;
  // A task of a bad image may be RUNNING for a moment; it does not make the deployment healthy.
  const own = countsOf(tasksOfDeployment(state, primary).filter((t) => !t.failing));
  const othersLive = tasksOfService(state, service).some(
    (t) => t.deploymentId !== primary.id && isLive(t),
  );
  const settled = own.running === primary.desiredCount && own.pending === 0 && !othersLive;
  if (primary.rolloutState === 'IN_PROGRESS' && settled) {
    primary.rolloutState = 'COMPLETED';
    primary.rolloutStateReason = reasons.completed(primary.id);
    primary.updatedAt = at;
    service.deployments = [primary];
    service.lastCompleted = { deploymentId: primary.id, taskDefinition: primary.taskDefinition };
    addEvent(state, service, at, say.completed(service, primary.id));
  }
  if (service.awaitingSteadyState && primary.rolloutState === 'COMPLETED' && settled) {
    service.awaitingSteadyState = false;
    addEvent(state, service, at, say.steady(service));
  }
}
