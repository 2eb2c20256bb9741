/** Services and deployments in the shape DescribeServices returns them. */
import type { DeploymentRecord, EcsState, Input, ServiceRecord } from './model.js';
import { countsOf, tasksOfDeployment, tasksOfService } from './service-tasks.js';
import { epochSeconds } from './wire.js';

function platform(launchType: string): Input {
  return launchType === 'FARGATE' ? { platformVersion: '1.4.0', platformFamily: 'Linux' } : {};
}

function deploymentToWire(state: EcsState, d: DeploymentRecord): Input {
  const counts = countsOf(tasksOfDeployment(state, d));
  return {
    id: d.id,
    status: d.status,
    taskDefinition: d.taskDefinition.arn,
    // An ACTIVE deployment is scaled down as its tasks are replaced.
    desiredCount: d.status === 'PRIMARY' ? d.desiredCount : counts.live,
    pendingCount: counts.pending,
    runningCount: counts.running,
    failedTasks: d.failedTasks,
    createdAt: epochSeconds(d.createdAt),
    updatedAt: epochSeconds(d.updatedAt),
    launchType: d.launchType,
    ...platform(d.launchType),
    ...(d.networkConfiguration ? { networkConfiguration: d.networkConfiguration } : {}),
    rolloutState: d.rolloutState,
    rolloutStateReason: d.rolloutStateReason,
  };
}

export function serviceToWire(state: EcsState, s: ServiceRecord, includeTags = false): Input {
  const counts = countsOf(tasksOfService(state, s));
  const primary = s.deployments[0];
  return {
    serviceArn: s.arn,
    serviceName: s.name,
    clusterArn: state.arns.cluster(s.cluster),
    loadBalancers: s.loadBalancers,
    serviceRegistries: s.serviceRegistries,
    status: s.status,
    desiredCount: s.desiredCount,
    runningCount: counts.running,
    pendingCount: counts.pending,
    launchType: s.launchType,
    ...(s.launchType === 'FARGATE' ? { platformVersion: 'LATEST' } : {}),
    ...(primary ? { taskDefinition: primary.taskDefinition.arn } : {}),
    deploymentConfiguration: {
      ...s.deploymentConfiguration,
      deploymentCircuitBreaker: s.circuitBreaker,
    },
    deployments: s.deployments.map((d) => deploymentToWire(state, d)),
    events: s.events.map((e) => ({
      id: e.id,
      createdAt: epochSeconds(e.createdAt),
      message: e.message,
    })),
    createdAt: epochSeconds(s.createdAt),
    placementConstraints: [],
    placementStrategy: [],
    ...(s.networkConfiguration ? { networkConfiguration: s.networkConfiguration } : {}),
    healthCheckGracePeriodSeconds: 0,
    schedulingStrategy: 'REPLICA',
    deploymentController: { type: 'ECS' },
    createdBy: s.createdBy,
    enableECSManagedTags: false,
    propagateTags: 'NONE',
    enableExecuteCommand: false,
    ...s.extras,
    ...(includeTags ? { tags: s.tags } : {}),
  };
}
