/**
 * Where the task runs: the awsvpc network given in the plan, or the network (and launch type or
 * capacity providers) of a named service, which is how a one-off task lands in the same subnets
 * and security groups as the service it tests or migrates.
 */
import type {
  CapacityProviderStrategyItem,
  LaunchType,
  NetworkConfiguration,
  Service,
} from '@aws-sdk/client-ecs';
import { ECSClient } from '@aws-sdk/client-ecs';
import { describeServices } from '../../aws/ecs/services.js';
import { PhaseFailure } from '../../core/errors.js';
import type { PhaseContext } from '../kind.js';
import type { EcsRunTaskConfig, NetworkSettings } from './settings.js';
import type { ResolvedDefinition } from './task-definition.js';

export interface Placement {
  networkConfiguration?: NetworkConfiguration;
  launchType?: LaunchType;
  capacityProviderStrategy?: CapacityProviderStrategyItem[];
  platformVersion?: string;
  /** Words for the log and the report: "given in the plan", "copied from service x". */
  source: string;
}

type Ctx = Pick<PhaseContext<EcsRunTaskConfig>, 'config' | 'aws' | 'signal'>;

export async function resolvePlacement(
  ctx: Ctx,
  definition: ResolvedDefinition,
): Promise<Placement> {
  const { config } = ctx;
  const serviceName = config['network-from'];
  if (serviceName !== undefined)
    return fromService(ctx, await findService(ctx, serviceName), definition);
  const launchType = config['launch-type'] ?? defaultLaunchType(definition);
  const launch = launchType ? { launchType } : {};
  if (config.network) {
    checkAwsvpc(definition, 'network is given');
    return { networkConfiguration: awsvpc(config.network), ...launch, source: 'given in the plan' };
  }
  if (definition.networkMode === 'awsvpc')
    throw new PhaseFailure(
      `task definition ${definition.label} uses awsvpc networking, which needs a network`,
      {
        hint: 'add network: { subnets: [...], security-groups: [...] } or network-from: <service>',
      },
    );
  return { ...launch, source: `none (${definition.networkMode ?? 'default'} network mode)` };
}

function awsvpc(network: NetworkSettings): NetworkConfiguration {
  return {
    awsvpcConfiguration: {
      subnets: network.subnets,
      securityGroups: network['security-groups'] ?? [],
      assignPublicIp: network['assign-public-ip'] ? 'ENABLED' : 'DISABLED',
    },
  };
}

/** A Fargate-only definition needs launch type FARGATE; otherwise the cluster's default applies. */
function defaultLaunchType(definition: ResolvedDefinition): LaunchType | undefined {
  const c = definition.compatibilities;
  return c.includes('FARGATE') && !c.includes('EC2') ? 'FARGATE' : undefined;
}

function checkAwsvpc(definition: ResolvedDefinition, why: string): void {
  const mode = definition.networkMode;
  if (definition.source === 'not-known-yet' || mode === undefined || mode === 'awsvpc') return;
  throw new PhaseFailure(
    `${why}, but task definition ${definition.label} uses network mode ${mode}, not awsvpc`,
    { hint: 'drop the network setting, or run an awsvpc task definition' },
  );
}

async function findService(ctx: Ctx, name: string): Promise<Service> {
  const cluster = ctx.config.cluster;
  const found = await describeServices(ctx.aws.client(ECSClient), cluster, [name], ctx.signal);
  // One name asked, at most one answer; taken as is, since `name` may also be the service's ARN.
  const [service] = found.values();
  if (service?.status !== 'ACTIVE')
    throw new PhaseFailure(
      `network-from: service ${name} ${service ? `is ${service.status}` : 'does not exist'} in cluster ${cluster}`,
      { hint: 'name an ACTIVE service of the same cluster, or give network: instead' },
    );
  return service;
}

function fromService(ctx: Ctx, service: Service, definition: ResolvedDefinition): Placement {
  const name = service.serviceName ?? ctx.config['network-from'];
  const source = `copied from service ${name}`;
  const launch = launchOf(ctx.config['launch-type'], service);
  const network = service.networkConfiguration;
  if (definition.networkMode === 'awsvpc' && !network?.awsvpcConfiguration)
    throw new PhaseFailure(`network-from: service ${name} has no awsvpc network to copy`, {
      hint: 'give network: { subnets: [...], security-groups: [...] } instead',
    });
  // A bridge or host task runs without a network configuration even when its service has one.
  const copy = definition.networkMode === 'awsvpc' || definition.source === 'not-known-yet';
  return { ...(copy && network ? { networkConfiguration: network } : {}), ...launch, source };
}

function launchOf(
  given: LaunchType | undefined,
  service: Service,
): Pick<Placement, 'launchType' | 'capacityProviderStrategy' | 'platformVersion'> {
  if (given) return { launchType: given };
  const strategy = service.capacityProviderStrategy ?? [];
  if (strategy.length > 0) return { capacityProviderStrategy: strategy };
  if (!service.launchType) return {};
  const platform =
    service.launchType === 'FARGATE' && service.platformVersion
      ? { platformVersion: service.platformVersion }
      : {};
  return { launchType: service.launchType, ...platform };
}

/** One line for the log and the report. */
export function describePlacement(p: Placement): string {
  const vpc = p.networkConfiguration?.awsvpcConfiguration;
  const launch = p.launchType
    ? `launch type ${p.launchType}`
    : p.capacityProviderStrategy
      ? `capacity providers ${p.capacityProviderStrategy.map((s) => s.capacityProvider).join(', ')}`
      : "the cluster's default capacity provider";
  if (!vpc) return `${launch}; network ${p.source}`;
  const groups = vpc.securityGroups?.length
    ? `, security groups ${vpc.securityGroups.join(', ')}`
    : '';
  return `${launch}; subnets ${(vpc.subnets ?? []).join(', ')}${groups}, public IP ${vpc.assignPublicIp ?? 'DISABLED'} (${p.source})`;
}
