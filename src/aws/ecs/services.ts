/** Describing services, batched as ECS allows. */
import { DescribeServicesCommand, type ECSClient, type Service } from '@aws-sdk/client-ecs';

/** ECS: DescribeServices takes "up to 10 services" per call. */
export const DESCRIBE_SERVICES_LIMIT = 10;

export interface ServiceRef {
  cluster: string;
  service: string;
}

/** `cluster/service`: a service name is unique within its cluster only. */
export function serviceKey(ref: ServiceRef): string {
  return `${ref.cluster}/${ref.service}`;
}

/** The named services of one cluster, by name; one call per 10 services. Missing ones are absent. */
export async function describeServices(
  ecs: ECSClient,
  cluster: string,
  names: readonly string[],
  signal: AbortSignal,
): Promise<Map<string, Service>> {
  const found = new Map<string, Service>();
  for (let i = 0; i < names.length; i += DESCRIBE_SERVICES_LIMIT) {
    const chunk = names.slice(i, i + DESCRIBE_SERVICES_LIMIT);
    const answer = await ecs.send(new DescribeServicesCommand({ cluster, services: chunk }), {
      abortSignal: signal,
    });
    for (const service of answer.services ?? [])
      if (service.serviceName) found.set(service.serviceName, service);
  }
  return found;
}

/** The names of the services, cluster by cluster, in the order first named. */
export function namesByCluster(refs: readonly ServiceRef[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const { cluster, service } of refs)
    groups.set(cluster, [...(groups.get(cluster) ?? []), service]);
  return groups;
}

/** Services of any clusters, by serviceKey; one call per cluster and 10 services. */
export async function describeServiceRefs(
  ecs: ECSClient,
  refs: readonly ServiceRef[],
  signal: AbortSignal,
): Promise<Map<string, Service>> {
  const all = new Map<string, Service>();
  for (const [cluster, names] of namesByCluster(refs))
    for (const [service, found] of await describeServices(ecs, cluster, names, signal))
      all.set(serviceKey({ cluster, service }), found);
  return all;
}

/** How many DescribeServices calls describeServiceRefs makes for these services. */
export function describeCalls(refs: readonly ServiceRef[]): number {
  let calls = 0;
  for (const names of namesByCluster(refs).values())
    calls += Math.ceil(names.length / DESCRIBE_SERVICES_LIMIT);
  return calls;
}

/** A service that runs tasks: DRAINING and INACTIVE ones are as good as missing. */
export function isActive(service: Service | undefined): service is Service {
  return service?.status === 'ACTIVE';
}
