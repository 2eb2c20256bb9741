/**
 * Works out, with read-only calls, what each service of the phase needs: nothing, a deployment
 * of an existing or a new revision, or creating. Plan (dry run) reports this; run acts on it.
 */
import type { Service } from '@aws-sdk/client-ecs';
import { ECSClient } from '@aws-sdk/client-ecs';
import { readDefinitionFile } from '../../aws/ecs/definition-files.js';
import { assertRegistrable } from '../../aws/ecs/refusals.js';
import { latestRevisionMatching } from '../../aws/ecs/revisions.js';
import { describeServices, isActive, namesByCluster } from '../../aws/ecs/services.js';
import { sameDefinition, type TaskDefinitionInput } from '../../aws/ecs/task-definitions.js';
import { PhaseFailure } from '../../core/errors.js';
import type { PhaseContext } from '../kind.js';
import { asPlanMistake, describeRegistered, type RegisteredDefinition } from './aws.js';
import { applyOverrides } from './overrides.js';
import type { EcsDeployConfig, ServiceSettings } from './settings.js';

export interface Prepared {
  settings: ServiceSettings;
  cluster: string;
  name: string;
  /** The ACTIVE service as found, or undefined when it must be created. */
  live: Service | undefined;
  /** The live service's task definition. */
  current: RegisteredDefinition | undefined;
  /** What the service should run (rendered; equal to a registered one when `arn` is set). */
  desired: TaskDefinitionInput;
  /** The revision to deploy; absent when `desired` must be registered first. */
  arn: string | undefined;
  /**
   * `in-flight`: the service already runs (or is rolling out to) the desired revision, but that
   * rollout has not finished: started by a killed run or another actor, it is watched and judged
   * like one of the phase's own before anything is called unchanged.
   */
  action: 'create' | 'update' | 'unchanged' | 'in-flight';
  /** Why an update is needed: "new revision", "force-new-deployment", "desired count 1 → 2". */
  reasons: string[];
}

export async function prepareServices(ctx: PhaseContext<EcsDeployConfig>): Promise<Prepared[]> {
  const ecs = ctx.aws.client(ECSClient);
  const found = new Map<string, Service>();
  const refs = ctx.config.services.map((s) => ({
    cluster: clusterOf(ctx.config, s),
    service: s.service,
  }));
  for (const [cluster, names] of namesByCluster(refs)) {
    const services = await asPlanMistake(`describing services of ${cluster}`, () =>
      describeServices(ecs, cluster, names, ctx.signal),
    );
    for (const [name, service] of services) found.set(`${cluster}/${name}`, service);
  }
  const prepared: Prepared[] = [];
  for (const settings of ctx.config.services) {
    const cluster = clusterOf(ctx.config, settings);
    const live = found.get(`${cluster}/${settings.service}`);
    refuseDeleted(live, settings, cluster);
    prepared.push(await prepareOne(ctx, ecs, settings, cluster, isActive(live) ? live : undefined));
  }
  return prepared;
}

/**
 * A DRAINING service is being deleted: UpdateService answers ServiceNotActiveException, and
 * CreateService refuses "a new service with the same name as an existing service in either
 * ACTIVE or DRAINING status" (API_DeleteService). It turns INACTIVE once its tasks have stopped;
 * an INACTIVE one may be created again, which `create:` does.
 */
function refuseDeleted(
  service: Service | undefined,
  settings: ServiceSettings,
  cluster: string,
): void {
  const name = settings.service;
  if (service?.status === 'DRAINING') {
    const then = settings.create
      ? 'then the phase creates it again'
      : 'then add create: to create it again';
    throw new PhaseFailure(
      `service ${name} in cluster ${cluster} is DRAINING (being deleted); ECS can neither update it nor create a service of that name until it is INACTIVE`,
      {
        hint: `wait until it is INACTIVE (aws ecs wait services-inactive --cluster ${cluster} --services ${name}), ${then}`,
      },
    );
  }
  if (service?.status === 'INACTIVE' && !settings.create)
    throw new PhaseFailure(`service ${name} in cluster ${cluster} is INACTIVE (it was deleted)`, {
      hint: 'add create: to create it again',
    });
}

export function clusterOf(config: EcsDeployConfig, settings: ServiceSettings): string {
  const cluster = settings.cluster ?? config.cluster;
  if (cluster === undefined) throw new Error(`no cluster for ${settings.service}`);
  return cluster;
}

async function prepareOne(
  ctx: PhaseContext<EcsDeployConfig>,
  ecs: ECSClient,
  settings: ServiceSettings,
  cluster: string,
  live: Service | undefined,
): Promise<Prepared> {
  const name = settings.service;
  if (!live && !settings.create)
    throw new PhaseFailure(`service ${name} does not exist in cluster ${cluster}`, {
      hint: 'check the service and cluster names, or add create: to create the service',
    });
  const current = live?.taskDefinition
    ? await describeRegistered(ecs, live.taskDefinition, ctx.signal)
    : undefined;
  const { desired, arn } = await resolveTarget(ctx, ecs, settings, current, live);
  const reasons = live ? updateReasons(settings, live, arn, current) : [];
  return {
    settings,
    cluster,
    name,
    live,
    current,
    desired,
    arn,
    action: actionOf(live, reasons),
    reasons,
  };
}

async function resolveTarget(
  ctx: PhaseContext<EcsDeployConfig>,
  ecs: ECSClient,
  settings: ServiceSettings,
  current: RegisteredDefinition | undefined,
  live: Service | undefined,
): Promise<{ desired: TaskDefinitionInput; arn: string | undefined }> {
  const fixed = settings['task-definition-arn'];
  if (fixed !== undefined) {
    const described = await asPlanMistake(`${settings.service}: task-definition-arn ${fixed}`, () =>
      describeRegistered(ecs, fixed, ctx.signal),
    );
    return { desired: described.input, arn: described.arn };
  }
  const base = await baseDefinition(ctx, settings, current);
  const desired = applyOverrides(base, settings, settings.service);
  const arn = await registeredTwin(ecs, desired, current, ctx.signal);
  if (arn === undefined) assertRegistrable(desired, settings.service, launchTypeOf(settings, live));
  return { desired, arn };
}

/** The live service's launch type, or the one it will be created with. */
function launchTypeOf(settings: ServiceSettings, live: Service | undefined): string | undefined {
  if (live) return live.launchType;
  if (settings.create?.['capacity-providers'] !== undefined) return undefined;
  return settings.create?.['launch-type'] ?? 'FARGATE';
}

async function baseDefinition(
  ctx: PhaseContext<EcsDeployConfig>,
  settings: ServiceSettings,
  current: RegisteredDefinition | undefined,
): Promise<TaskDefinitionInput> {
  const file = settings['task-definition'];
  if (file !== undefined) return readDefinitionFile(file, ctx.plan.file, ctx.render);
  if (current) return current.input;
  throw new PhaseFailure(
    `service ${settings.service} does not exist yet: it needs a task definition`,
    {
      hint: 'give task-definition (a JSON file) or task-definition-arn to create it',
    },
  );
}

/**
 * A registered revision with exactly this content: the live one, or the family's latest (left by
 * an earlier run that failed and was rolled back), so a re-run registers nothing new.
 */
async function registeredTwin(
  ecs: ECSClient,
  desired: TaskDefinitionInput,
  current: RegisteredDefinition | undefined,
  signal: AbortSignal,
): Promise<string | undefined> {
  if (current && sameDefinition(current.input, desired)) return current.arn;
  return (await latestRevisionMatching(ecs, desired, signal))?.taskDefinitionArn;
}

function updateReasons(
  settings: ServiceSettings,
  live: Service,
  arn: string | undefined,
  current: RegisteredDefinition | undefined,
): string[] {
  const reasons: string[] = [];
  if (arn === undefined) reasons.push('new revision');
  else if (arn !== current?.arn) reasons.push('other revision');
  if (settings['force-new-deployment']) reasons.push('force-new-deployment');
  const wanted = settings['desired-count'];
  if (wanted !== undefined && wanted !== live.desiredCount)
    reasons.push(`desired count ${live.desiredCount ?? 0} → ${wanted}`);
  return reasons;
}

function actionOf(live: Service | undefined, reasons: readonly string[]): Prepared['action'] {
  if (!live) return 'create';
  if (reasons.length > 0) return 'update';
  return isSteady(live) ? 'unchanged' : 'in-flight';
}

/**
 * "Unchanged" means on that revision and steady: one deployment, its rollout COMPLETED. The
 * ServicesStable waiter (botocore ecs waiters-2.json) asks the same: one deployment and
 * runningCount == desiredCount.
 */
function isSteady(live: Service): boolean {
  const deployments = live.deployments ?? [];
  const primary = deployments.find((d) => d.status === 'PRIMARY');
  return (
    deployments.length <= 1 &&
    (primary?.rolloutState === undefined || primary.rolloutState === 'COMPLETED')
  );
}
