/** Whether an ECS service is stable, and why not, from DescribeServices' answer. */
import type { Service } from '@aws-sdk/client-ecs';

/** Why a service is not stable; empty when it is. */
export function instabilities(service: Service | undefined): string[] {
  if (!service) return ['missing'];
  if (service.status !== 'ACTIVE') return [`status ${service.status ?? 'unknown'}`];
  const problems: string[] = [];
  const deployments = service.deployments ?? [];
  if (deployments.length !== 1)
    problems.push(`${deployments.length} deployments (a rollout is under way)`);
  const primary = primaryOf(service);
  // rolloutState is absent for services behind a Classic Load Balancer: the counts decide then.
  const state = primary?.rolloutState;
  if (state !== undefined && state !== 'COMPLETED')
    problems.push(
      `rollout ${state}${primary?.rolloutStateReason && state === 'FAILED' ? `: ${primary.rolloutStateReason}` : ''}`,
    );
  const running = service.runningCount ?? 0;
  const desired = service.desiredCount ?? 0;
  if (running !== desired) problems.push(`running ${running}/${desired}`);
  return problems;
}

export function primaryOf(service: Service | undefined) {
  return service?.deployments?.find((d) => d.status === 'PRIMARY');
}

/** The tag of an image reference (`repo/name:tag`, `name:tag@sha256:…`); undefined without one. */
export function imageTag(image: string): string | undefined {
  const name = image.split('@')[0] ?? image;
  const colon = name.lastIndexOf(':');
  return colon > name.lastIndexOf('/') ? name.slice(colon + 1) : undefined;
}

/** `orchestrator:12` from a task definition ARN. */
export function revisionName(arn: string | undefined): string {
  if (!arn) return '(none)';
  const at = arn.indexOf('task-definition/');
  return at >= 0 ? arn.slice(at + 'task-definition/'.length) : arn;
}
