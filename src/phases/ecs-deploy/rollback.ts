/**
 * `on-failure: rollback`: every service the phase changed goes back to the revision (and desired
 * count) it had, and the rollback is watched like a deploy. A service the ECS circuit breaker
 * already rolled back is only waited for, and reported as such; a service the phase created is
 * deleted, since it had no previous revision.
 */
import {
  DeleteServiceCommand,
  ECSClient,
  type Service,
  UpdateServiceCommand,
} from '@aws-sdk/client-ecs';
import { describeServiceRefs, isActive, serviceKey } from '../../aws/ecs/services.js';
import { PhaseFailure } from '../../core/errors.js';
import { table } from '../../core/markdown.js';
import { wordFor } from '../../core/text.js';
import type { PhaseContext, PhaseReport } from '../kind.js';
import { shortName } from './aws.js';
import type { EcsChange } from './deploy.js';
import { EventTracker } from './events.js';
import type { EcsDeployConfig } from './settings.js';
import { type Rollout, Watcher } from './watch.js';

type Ctx = PhaseContext<EcsDeployConfig, EcsChange>;
type Updated = Extract<EcsChange, { action: 'updated' }>;

interface Undo {
  service: string;
  how: 'deleted' | 'restored' | 'by-ecs' | 'left';
  line: string;
  rollout?: Rollout;
  /** Where the service ended: the revision it runs now and that revision's images. */
  now?: { arn: string; images: string[] };
}

export async function rollBack(ctx: Ctx, changes: readonly EcsChange[]): Promise<PhaseReport> {
  const live = await describeServiceRefs(ctx.aws.client(ECSClient), changes, ctx.signal);
  const undone: Undo[] = [];
  for (const change of changes) undone.push(await undo(ctx, change, live.get(serviceKey(change))));
  await waitFor(
    ctx,
    undone.flatMap((u) => (u.rollout ? [u.rollout] : [])),
  );
  const lines = undone.map((u) => `- ${u.line}`).join('\n');
  const failed = undone.filter((u) => u.rollout?.outcome === 'failed');
  if (failed.length > 0)
    throw new PhaseFailure(failed.map((u) => `${u.service}: ${u.rollout?.failure}`).join('; '), {
      details: lines,
    });
  return {
    summary: summaryOf(undone, ctx.run.environment),
    details: `${endedTable(undone)}\n\n${lines}`,
    outputs: liveOutputs(undone),
  };
}

function undo(ctx: Ctx, change: EcsChange, service: Service | undefined): Promise<Undo> | Undo {
  if (change.action === 'created') return deleteCreated(ctx, change, service);
  if (!isActive(service))
    return {
      service: change.service,
      how: 'left',
      line: `${change.service}: not active, left as it is`,
    };
  return restore(ctx, change, service);
}

async function waitFor(ctx: Ctx, rollouts: Rollout[]): Promise<void> {
  const watcher = new Watcher({
    ecs: ctx.aws.client(ECSClient),
    log: ctx.log,
    signal: ctx.signal,
    pollMs: ctx.config['poll-interval'],
  });
  for (const r of rollouts) watcher.add(r);
  while (watcher.size > 0) {
    await watcher.pause();
    await watcher.poll();
    if (watcher.size > 0) ctx.log.progress(`rolling back, ${watcher.progressLine()}`);
  }
}

async function deleteCreated(
  ctx: Ctx,
  change: EcsChange,
  service: Service | undefined,
): Promise<Undo> {
  const name = change.service;
  if (!isActive(service)) return { service: name, how: 'left', line: `${name}: already gone` };
  // force: ECS refuses to delete a service scaled above 0 otherwise.
  await ctx.aws
    .client(ECSClient)
    .send(new DeleteServiceCommand({ cluster: change.cluster, service: name, force: true }), {
      abortSignal: ctx.signal,
    });
  ctx.log.info(`${name}: deleted (this phase created it)`);
  return { service: name, how: 'deleted', line: `${name}: deleted (created by this phase)` };
}

async function restore(ctx: Ctx, change: Updated, service: Service): Promise<Undo> {
  const name = change.service;
  const previous = change.previousTaskDefinitionArn ?? service.taskDefinition ?? '';
  const previousCount = change.previousDesiredCount ?? service.desiredCount;
  const primary = service.deployments?.find((d) => d.status === 'PRIMARY');
  const rollout: Rollout = {
    cluster: change.cluster,
    service: name,
    deploymentId: primary?.id,
    taskDefinitionArn: previous,
    events: new EventTracker(service.events),
    startedAt: Date.now(),
    outcome: 'in-progress',
  };
  const back = `${shortName(change.taskDefinitionArn)} → ${shortName(previous)}`;
  if (primary?.taskDefinition === previous && service.desiredCount === previousCount) {
    const byEcs =
      change.rolledBackByEcs || /circuit breaker/i.test(primary.rolloutStateReason ?? '');
    const line = byEcs
      ? `${name}: rolled back by the ECS circuit breaker (${back})`
      : `${name}: already on ${shortName(previous)}`;
    ctx.log.info(line);
    return {
      service: name,
      how: byEcs ? 'by-ecs' : 'restored',
      line,
      rollout,
      now: nowOn(change, previous),
    };
  }
  const answer = await ctx.aws.client(ECSClient).send(
    new UpdateServiceCommand({
      cluster: change.cluster,
      service: name,
      taskDefinition: previous,
      ...(previousCount !== undefined ? { desiredCount: previousCount } : {}),
    }),
    { abortSignal: ctx.signal },
  );
  rollout.deploymentId = answer.service?.deployments?.find((d) => d.status === 'PRIMARY')?.id;
  ctx.log.info(`${name}: rolling back ${back}`);
  const line = `${name}: rolled back ${back}`;
  return { service: name, how: 'restored', line, rollout, now: nowOn(change, previous) };
}

function nowOn(change: Updated, arn: string): NonNullable<Undo['now']> {
  return { arn, images: change.previousImages ?? [] };
}

/**
 * "production is back on web:9 (web:v5.0), api:4 (api:v5.0); admin deleted": what the
 * environment runs now, the first thing a reader of a failed release wants to know.
 */
function summaryOf(undone: Undo[], environment: string): string {
  const back = undone.flatMap((u) =>
    u.now ? [`${shortName(u.now.arn)}${imageNote(u.now.images)}`] : [],
  );
  const deleted = undone.filter((u) => u.how === 'deleted').map((u) => u.service);
  const parts: string[] = [];
  if (back.length > 0) parts.push(`${environment} is back on ${back.join(', ')}`);
  if (deleted.length > 0) parts.push(`${deleted.join(', ')} deleted (this phase created it)`);
  return parts.join('; ') || 'nothing to roll back';
}

/** " (image …/web:v5.0)", the repository and tag of each container; the registry is left out. */
function imageNote(images: string[]): string {
  if (images.length === 0) return '';
  const short = images.map((i) => {
    const image = i.slice(i.indexOf(': ') + 2);
    return image.includes('/') ? `…/${image.slice(image.lastIndexOf('/') + 1)}` : image;
  });
  return ` (${wordFor(short.length, 'image')} ${short.join(', ')})`;
}

/** Where each service ended, for the rollback's part of the report. */
function endedTable(undone: Undo[]): string {
  const how: Record<Undo['how'], string> = {
    restored: 'rolled back by phasegate',
    'by-ecs': 'rolled back by the ECS circuit breaker',
    deleted: 'deleted (created by this phase)',
    left: 'left as it is (not active)',
  };
  const rows = undone.map((u) => [
    u.service,
    u.now ? shortName(u.now.arn) : '',
    u.now ? u.now.images.join(', ') : '',
    how[u.how],
  ]);
  return table(['service', 'now runs', 'images', 'how'], rows);
}

/** `<service>-task-definition-arn` names what is live after the rollback; '' for a deleted one. */
function liveOutputs(undone: Undo[]): Record<string, string> {
  const outputs: Record<string, string> = {};
  for (const u of undone) {
    if (u.now) outputs[`${u.service}-task-definition-arn`] = u.now.arn;
    if (u.how === 'deleted') outputs[`${u.service}-task-definition-arn`] = '';
  }
  return outputs;
}
