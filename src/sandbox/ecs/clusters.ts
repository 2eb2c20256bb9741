/** Finding the cluster, service or task a request names (by name or ARN). */
import { AwsError } from '../service.js';
import { clusterFromArn, nameFromArn } from './ids.js';
import type { ClusterRecord, EcsState, Input, ServiceRecord } from './model.js';
import { optionalString } from './wire.js';

/** The `cluster` parameter, defaulting to `default` as ECS does. */
export function resolveCluster(state: EcsState, input: Input): ClusterRecord {
  const name = nameFromArn(optionalString(input, 'cluster') ?? 'default');
  const cluster = state.clusters.get(name);
  if (!cluster) throw new AwsError('ClusterNotFoundException', 'Cluster not found.');
  return cluster;
}

export function addCluster(state: EcsState, name: string): void {
  if (!state.clusters.has(name)) state.clusters.set(name, { name, arn: state.arns.cluster(name) });
}

export function findService(
  state: EcsState,
  cluster: ClusterRecord,
  nameOrArn: string,
): ServiceRecord | undefined {
  const inArn = clusterFromArn(nameOrArn);
  if (inArn !== undefined && inArn !== cluster.name) return undefined;
  return state.services.get(`${cluster.name}/${nameFromArn(nameOrArn)}`);
}

/** UpdateService and DeleteService: ServiceNotFoundException / ServiceNotActiveException. */
export function activeService(state: EcsState, cluster: ClusterRecord, nameOrArn: string) {
  const service = findService(state, cluster, nameOrArn);
  if (!service) throw new AwsError('ServiceNotFoundException', 'Service not found.');
  if (service.status !== 'ACTIVE') {
    throw new AwsError('ServiceNotActiveException', 'Service was not ACTIVE.');
  }
  return service;
}
