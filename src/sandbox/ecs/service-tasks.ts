/** Questions about the tasks that belong to a service or one of its deployments. */
import type { DeploymentRecord, EcsState, ServiceRecord, TaskRecord } from './model.js';

export function tasksOfService(state: EcsState, service: ServiceRecord): TaskRecord[] {
  return [...state.tasks.values()].filter(
    (t) => t.cluster === service.cluster && t.serviceName === service.name,
  );
}

export function tasksOfDeployment(state: EcsState, deployment: DeploymentRecord): TaskRecord[] {
  return [...state.tasks.values()].filter((t) => t.deploymentId === deployment.id);
}

export const isLive = (t: TaskRecord) => t.lastStatus !== 'STOPPED';
export const isRunning = (t: TaskRecord) => t.lastStatus === 'RUNNING';
export const isPending = (t: TaskRecord) =>
  t.lastStatus === 'PROVISIONING' || t.lastStatus === 'PENDING';

export interface Counts {
  running: number;
  pending: number;
  live: number;
}

export function countsOf(tasks: TaskRecord[]): Counts {
  return {
    running: tasks.filter(isRunning).length,
    pending: tasks.filter(isPending).length,
    live: tasks.filter(isLive).length,
  };
}
