/**
 * Changing services: register a revision only when the content is new, create a missing service,
 * update an existing one, always with the deployment circuit breaker and its rollback on unless
 * the plan opts out (ECS leaves it off by default, and then a bad image retries for ever).
 */
import { randomUUID } from 'node:crypto';
import {
  CreateServiceCommand,
  type CreateServiceCommandInput,
  type DeploymentConfiguration,
  type ECSClient,
  type Service,
  UpdateServiceCommand,
  type UpdateServiceCommandInput,
} from '@aws-sdk/client-ecs';
import { EventTracker } from './events.js';
import type { Prepared } from './prepare.js';
import { containerImages } from './report.js';
import type { CreateSettings, ServiceSettings } from './settings.js';
import type { Rollout } from './watch.js';

/** What `run` recorded, so `rollback` can put it back. */
export type EcsChange =
  | { action: 'created'; cluster: string; service: string; taskDefinitionArn: string }
  | {
      action: 'updated';
      cluster: string;
      service: string;
      taskDefinitionArn: string;
      previousTaskDefinitionArn: string | undefined;
      previousDesiredCount: number | undefined;
      /** The previous revision's images ("container: image"), to say what runs after a rollback. */
      previousImages?: string[];
      /** Set when the ECS circuit breaker already rolled this service back. */
      rolledBackByEcs?: boolean;
    };

const BREAKER_ON = { enable: true, rollback: true };

/** Creates or updates the service with `arn`; returns the rollout to watch and the change made. */
export async function startRollout(
  ecs: ECSClient,
  prepared: Prepared,
  arn: string,
  signal: AbortSignal,
  now: number,
): Promise<{ rollout: Rollout; change: EcsChange }> {
  const { cluster, name } = prepared;
  const events = new EventTracker(prepared.live?.events);
  const options = { abortSignal: signal };
  const service = prepared.live
    ? (await ecs.send(new UpdateServiceCommand(updateInput(prepared, prepared.live, arn)), options))
        .service
    : // A client token makes the SDK's resend of a CreateService whose answer was lost answer
      // the service it created, instead of "Creation of service was not idempotent" (ECS API
      // Reference, Ensuring idempotency: up to 36 characters).
      (
        await ecs.send(
          new CreateServiceCommand({ ...createInput(prepared, arn), clientToken: randomUUID() }),
          options,
        )
      ).service;
  const deploymentId = service?.deployments?.find((d) => d.status === 'PRIMARY')?.id;
  const change: EcsChange = prepared.live
    ? {
        action: 'updated',
        cluster,
        service: name,
        taskDefinitionArn: arn,
        previousTaskDefinitionArn: prepared.live.taskDefinition,
        previousDesiredCount: prepared.live.desiredCount,
        ...(prepared.current ? { previousImages: containerImages(prepared.current.input) } : {}),
      }
    : { action: 'created', cluster, service: name, taskDefinitionArn: arn };
  const rollout: Rollout = {
    cluster,
    service: name,
    deploymentId,
    taskDefinitionArn: arn,
    events,
    startedAt: now,
    outcome: 'in-progress',
    ...(service ? { last: service } : {}),
  };
  return { rollout, change };
}

/**
 * A rollout already under way on the desired revision (a killed run's, or another actor's):
 * watched from its PRIMARY deployment, without any call that changes the service, and nothing
 * recorded for rollback (phasegate changed nothing).
 */
export function watchExisting(prepared: Prepared, arn: string, now: number): Rollout {
  const live = prepared.live;
  const primary = live?.deployments?.find((d) => d.status === 'PRIMARY');
  return {
    cluster: prepared.cluster,
    service: prepared.name,
    deploymentId: primary?.id,
    taskDefinitionArn: arn,
    events: new EventTracker(live?.events),
    startedAt: now,
    outcome: 'in-progress',
    ...(live ? { last: live } : {}),
  };
}

export function updateInput(
  prepared: Prepared,
  live: Service,
  arn: string,
): UpdateServiceCommandInput {
  const s = prepared.settings;
  return {
    cluster: prepared.cluster,
    service: prepared.name,
    taskDefinition: arn,
    ...(s['desired-count'] !== undefined ? { desiredCount: s['desired-count'] } : {}),
    ...(s['force-new-deployment'] ? { forceNewDeployment: true } : {}),
    ...(needsBreaker(s, live)
      ? { deploymentConfiguration: withBreaker(live.deploymentConfiguration) }
      : {}),
  };
}

/** Opting out leaves the service's breaker as it is: phasegate never turns one off. */
function needsBreaker(settings: ServiceSettings, live: Service): boolean {
  const breaker = live.deploymentConfiguration?.deploymentCircuitBreaker;
  return settings['circuit-breaker'] && !(breaker?.enable && breaker.rollback);
}

/** UpdateService replaces the whole deploymentConfiguration, so the rest of it is sent back. */
function withBreaker(current: DeploymentConfiguration | undefined): DeploymentConfiguration {
  return { ...current, deploymentCircuitBreaker: BREAKER_ON };
}

export function createInput(prepared: Prepared, arn: string): CreateServiceCommandInput {
  const s = prepared.settings;
  const c = s.create as CreateSettings;
  return {
    cluster: prepared.cluster,
    serviceName: prepared.name,
    taskDefinition: arn,
    desiredCount: s['desired-count'] ?? c['desired-count'],
    ...placement(c),
    ...network(c),
    ...(c['load-balancer']
      ? {
          loadBalancers: [
            {
              targetGroupArn: c['load-balancer']['target-group-arn'],
              containerName: c['load-balancer'].container,
              containerPort: c['load-balancer'].port,
            },
          ],
        }
      : {}),
    ...(c['service-registry-arn']
      ? { serviceRegistries: [{ registryArn: c['service-registry-arn'] }] }
      : {}),
    ...(c['health-check-grace-period'] !== undefined
      ? { healthCheckGracePeriodSeconds: Math.round(c['health-check-grace-period'] / 1000) }
      : {}),
    deploymentConfiguration: {
      maximumPercent: 200,
      minimumHealthyPercent: 100,
      ...(s['circuit-breaker'] ? { deploymentCircuitBreaker: BREAKER_ON } : {}),
    },
  };
}

function placement(c: CreateSettings): Partial<CreateServiceCommandInput> {
  const providers = c['capacity-providers'];
  if (!providers) return { launchType: c['launch-type'] ?? 'FARGATE' };
  return {
    capacityProviderStrategy: providers.map((p) => ({
      capacityProvider: p['capacity-provider'],
      ...(p.weight !== undefined ? { weight: p.weight } : {}),
      ...(p.base !== undefined ? { base: p.base } : {}),
    })),
  };
}

function network(c: CreateSettings): Partial<CreateServiceCommandInput> {
  if (!c.subnets) return {};
  return {
    networkConfiguration: {
      awsvpcConfiguration: {
        subnets: c.subnets,
        ...(c['security-groups'] ? { securityGroups: c['security-groups'] } : {}),
        assignPublicIp: c['assign-public-ip'] ? 'ENABLED' : 'DISABLED',
      },
    },
  };
}
