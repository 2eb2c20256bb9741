/** Service events, worded as the ECS service scheduler writes them. */
import type { EcsState, ServiceRecord, TaskRecord } from './model.js';

/** DescribeServices returns at most the 100 most recent events. */
const KEPT_EVENTS = 100;

export function addEvent(
  state: EcsState,
  service: ServiceRecord,
  at: number,
  message: string,
): void {
  service.events.unshift({ id: state.ids.uuid(), createdAt: at, message });
  if (service.events.length > KEPT_EVENTS) service.events.length = KEPT_EVENTS;
}

const taskList = (tasks: TaskRecord[]) => tasks.map((t) => `(task ${t.id})`).join(' ');

export const say = {
  started: (s: ServiceRecord, tasks: TaskRecord[]) =>
    `(service ${s.name}) has started ${tasks.length} tasks: ${taskList(tasks)}.`,
  stopped: (s: ServiceRecord, tasks: TaskRecord[]) =>
    `(service ${s.name}) has stopped ${tasks.length} running tasks: ${taskList(tasks)}.`,
  completed: (s: ServiceRecord, deploymentId: string) =>
    `(service ${s.name}) (deployment ${deploymentId}) deployment completed.`,
  steady: (s: ServiceRecord) => `(service ${s.name}) has reached a steady state.`,
  failed: (s: ServiceRecord, deploymentId: string) =>
    `(service ${s.name}) (deployment ${deploymentId}) deployment failed: tasks failed to start.`,
  rollingBack: (s: ServiceRecord, failedId: string, targetId: string) =>
    `(service ${s.name}) (deployment ${failedId}) rolling back to deployment ${targetId}.`,
  unstable: (s: ServiceRecord) =>
    `(service ${s.name}) is unable to consistently start tasks successfully. ` +
    'For more information, see the Troubleshooting section of the Amazon ECS Developer Guide.',
};

export const reasons = {
  inProgress: (id: string) => `ECS deployment ${id} in progress.`,
  completed: (id: string) => `ECS deployment ${id} completed.`,
  failed: 'ECS deployment circuit breaker: tasks failed to start.',
  rollingBack: (targetId: string) =>
    `ECS deployment circuit breaker: rolling back to deploymentId ${targetId}.`,
  /** stoppedReason of tasks the scheduler stops while replacing or scaling. */
  scaling: (deploymentId: string) => `Scaling activity initiated by (deployment ${deploymentId})`,
};
