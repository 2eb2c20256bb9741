/**
 * Watching rollouts. One DescribeServices call per poll covers up to 10 services of a cluster
 * (the API's limit), so five services cost one call every 2 s rather than five. ECS reports
 * COMPLETED or FAILED on the deployment itself (`rolloutState`); polling every 2 s with jitter,
 * and every 0.5 s once a rollout is near its end (cadence.ts), notices it within about 0.6 s.
 * Only throttling slows the polls down. A crash loop, which ECS never
 * marks FAILED, is seen from the deployment's stopped tasks (crash-loop.ts), looked at only on
 * polls that brought new service events or at a slower cadence.
 */
import type { Deployment, ECSClient, Service } from '@aws-sdk/client-ecs';
import { isThrottling } from '../../aws/ecs/errors.js';
import { slowerInterval } from '../../aws/ecs/polling.js';
import { describeCalls, describeServiceRefs, serviceKey } from '../../aws/ecs/services.js';
import { explainFailure, isWorldFault } from '../../aws/errors.js';
import { FailedLooks } from '../../aws/poll.js';
import { formatDuration } from '../../core/duration.js';
import type { Logger } from '../../core/log.js';
import { sleep } from '../../core/sleep.js';
import { plural, shortTaskIds } from '../../core/text.js';
import { shortName } from './aws.js';
import { nearEnd, pollIntervalMs } from './cadence.js';
import type { CrashLoopCheck } from './crash-loop.js';
import type { EventTracker } from './events.js';

export interface Rollout {
  cluster: string;
  service: string;
  /** The deployment this phase started (or, in a rollback, the one being waited for). */
  deploymentId: string | undefined;
  taskDefinitionArn: string;
  events: EventTracker;
  startedAt: number;
  endedAt?: number;
  /** The service as last described. */
  last?: Service;
  outcome: 'in-progress' | 'completed' | 'failed';
  failure?: string;
  /** The ECS circuit breaker put the previous deployment back. */
  rolledBackByEcs?: boolean;
  /** Watches the deployment's stopped tasks for a crash loop (the deploy's own rollouts only). */
  crashLoop?: CrashLoopCheck;
  /** phasegate failed it: its tasks kept exiting while ECS reported IN_PROGRESS. */
  crashLooped?: boolean;
  /** When the deployment was first seen FAILED with ECS's rollback still to come. */
  failedSeenAt?: number;
}

/**
 * How long a FAILED deployment is watched for the circuit breaker's rollback to appear. AWS says
 * the breaker "looks for the most recent deployment that is in a COMPLETED state" to roll back to
 * (developerguide/deployment-circuit-breaker.html) but not when that deployment shows up; it may
 * come in the same DescribeServices answer as FAILED or a later one, and users report FAILED with
 * no rollback at all (aws/containers-roadmap#1488). Long enough for several polls, short enough
 * that a rollback that never comes costs little.
 */
export const ECS_ROLLBACK_GRACE_MS = 30_000;

/** Our deployment is FAILED and still PRIMARY while the service's circuit breaker rolls back. */
export function awaitsEcsRollback(service: Service, deploymentId: string | undefined): boolean {
  const primary = service.deployments?.find((d) => d.status === 'PRIMARY');
  const breaker = service.deploymentConfiguration?.deploymentCircuitBreaker;
  return (
    primary !== undefined &&
    primary.id === deploymentId &&
    primary.rolloutState === 'FAILED' &&
    breaker?.enable === true &&
    breaker.rollback === true
  );
}

export type Verdict =
  | { state: 'in-progress' }
  | { state: 'completed' }
  | { state: 'failed'; reason: string; rolledBackByEcs: boolean };

/**
 * Done: our deployment is PRIMARY, COMPLETED, runs its desired count, and no other deployment
 * is left. Failed: it is FAILED, or it is no longer PRIMARY (ECS rolled back or someone else
 * deployed).
 */
export function judge(service: Service, deploymentId: string | undefined): Verdict {
  if (service.status !== 'ACTIVE')
    return {
      state: 'failed',
      reason: `the service is ${service.status ?? 'gone'}`,
      rolledBackByEcs: false,
    };
  const deployments = service.deployments ?? [];
  const primary = deployments.find((d) => d.status === 'PRIMARY');
  const ours = deployments.find((d) => d.id === deploymentId);
  if (ours?.rolloutState === 'FAILED' || !primary || primary.id !== deploymentId)
    return failed(ours, primary);
  const settled =
    (primary.rolloutState ?? 'COMPLETED') === 'COMPLETED' &&
    primary.runningCount === primary.desiredCount &&
    deployments.length === 1;
  return settled ? { state: 'completed' } : { state: 'in-progress' };
}

function failed(ours: Deployment | undefined, primary: Deployment | undefined): Verdict {
  const replaced = primary !== undefined && primary.id !== ours?.id;
  const rolledBackByEcs =
    replaced && /circuit breaker|rolling back/i.test(primary.rolloutStateReason ?? '');
  const why =
    ours?.rolloutState === 'FAILED'
      ? (ours.rolloutStateReason ?? 'the deployment failed')
      : undefined;
  const after = rolledBackByEcs
    ? `the ECS circuit breaker rolled back to ${shortName(primary?.taskDefinition)}`
    : replaced
      ? `another deployment (${shortName(primary?.taskDefinition)}) replaced it`
      : undefined;
  return {
    state: 'failed',
    reason: [why, after].filter((p) => p !== undefined).join('; ') || 'the deployment is gone',
    rolledBackByEcs,
  };
}

export interface WatcherOptions {
  ecs: ECSClient;
  log: Logger;
  signal: AbortSignal;
  pollMs: number;
  now?: () => number;
  random?: () => number;
  /** ECS_ROLLBACK_GRACE_MS unless a test says otherwise. */
  rollbackGraceMs?: number;
}

export class Watcher {
  private readonly active: Rollout[] = [];
  private backoffMs = 0;
  private readonly failedLooks = new FailedLooks();
  private readonly now: () => number;
  private readonly random: () => number;

  constructor(private readonly options: WatcherOptions) {
    this.now = options.now ?? Date.now;
    this.random = options.random ?? Math.random;
  }

  add(rollout: Rollout): void {
    this.active.push(rollout);
  }

  get size(): number {
    return this.active.length;
  }

  /** The services still being watched. */
  get services(): string[] {
    return this.active.map((r) => r.service);
  }

  /** The poll interval ±20 % (so parallel phases do not poll in step), or the throttling backoff. */
  async pause(): Promise<void> {
    const base = this.backoffMs || this.intervalMs();
    const { signal } = this.options;
    await sleep(base * (0.8 + 0.4 * this.random()), signal);
  }

  /** The interval before jitter: shorter while a rollout is near its end (cadence.ts). */
  intervalMs(): number {
    const near = this.active.some((r) => nearEnd(r.last, r.deploymentId));
    return pollIntervalMs(this.options.pollMs, describeCalls(this.active), near);
  }

  /** Describes every active service, prints new events; returns the rollouts that ended. */
  async poll(): Promise<Rollout[]> {
    let described: Map<string, Service>;
    try {
      described = await describeServiceRefs(this.options.ecs, this.active, this.options.signal);
    } catch (error) {
      if (!this.failedLooks.tolerate(error) || this.options.signal.aborted) throw error;
      this.backoffMs = slowerInterval(Math.max(this.options.pollMs, this.backoffMs));
      const why = isThrottling(error) ? 'ECS throttled DescribeServices' : lookFailed(error);
      this.options.log.warning(`${why}; next poll in ${this.backoffMs} ms`);
      return [];
    }
    this.failedLooks.answered();
    this.backoffMs = 0;
    const ended: Rollout[] = [];
    for (const r of [...this.active])
      if (await this.update(r, described.get(serviceKey(r)))) ended.push(r);
    for (const r of ended) this.active.splice(this.active.indexOf(r), 1);
    return ended;
  }

  /** "waiting for 2 services: orchestrator 1/2 IN_PROGRESS, extractor 2/2 COMPLETED". */
  progressLine(): string {
    const parts = this.active.map((r) => {
      const primary = r.last?.deployments?.find((d) => d.status === 'PRIMARY');
      return `${r.service} ${primary?.runningCount ?? 0}/${primary?.desiredCount ?? 0} ${primary?.rolloutState ?? 'PENDING'}`;
    });
    const n = this.active.length;
    return `waiting for ${plural(n, 'service')}: ${parts.join(', ')}`;
  }

  /** Records what a poll saw; true when the rollout ended. */
  private async update(rollout: Rollout, service: Service | undefined): Promise<boolean> {
    if (!service)
      return this.end(rollout, {
        state: 'failed',
        reason: 'the service is gone',
        rolledBackByEcs: false,
      });
    rollout.last = service;
    const fresh = rollout.events.take(service.events);
    for (const message of fresh)
      this.options.log.info(`${rollout.service}: ${shortTaskIds(message)}`);
    const verdict = judge(service, rollout.deploymentId);
    if (verdict.state === 'failed' && this.awaitingRollback(rollout, service)) return false;
    if (
      verdict.state === 'failed' &&
      rollout.failedSeenAt !== undefined &&
      !verdict.rolledBackByEcs
    )
      verdict.reason += `; the ECS circuit breaker did not roll back within ${formatDuration(this.grace)}`;
    if (verdict.state !== 'in-progress') return this.end(rollout, verdict);
    return rollout.crashLoop?.due(fresh.length)
      ? this.checkCrashes(rollout, rollout.crashLoop)
      : false;
  }

  /**
   * True while a FAILED deployment is given time to show ECS's rollback, so that a rollback by ECS
   * is reported as such and phasegate's own rollback does not race it.
   */
  private awaitingRollback(rollout: Rollout, service: Service): boolean {
    if (!awaitsEcsRollback(service, rollout.deploymentId)) return false;
    const now = this.now();
    if (rollout.failedSeenAt === undefined) {
      rollout.failedSeenAt = now;
      this.options.log.info(
        `${rollout.service}: deployment FAILED; waiting for the ECS circuit breaker to roll back`,
      );
    }
    return now - rollout.failedSeenAt < this.grace;
  }

  private get grace(): number {
    return this.options.rollbackGraceMs ?? ECS_ROLLBACK_GRACE_MS;
  }

  /** Fails the rollout once its own tasks have crashed `threshold` times; true when it did. */
  private async checkCrashes(rollout: Rollout, check: CrashLoopCheck): Promise<boolean> {
    const { ecs, log, signal } = this.options;
    try {
      for (const task of await check.look(ecs, signal))
        log.warning(`${rollout.service}: ${check.line(task)}`);
    } catch (error) {
      // Looked at again next time: a read the world interrupted.
      if ((isThrottling(error) || isWorldFault(error)) && !signal.aborted) return false;
      const explained = explainFailure(error);
      if (signal.aborted || !explained) throw error;
      // Looking for crashes helps (ListTasks may not be allowed by IAM); it must not fail a
      // rollout ECS itself is fine with.
      delete rollout.crashLoop;
      log.warning(`${rollout.service}: not watching for a crash loop: ${explained.message}`);
      return false;
    }
    if (!check.tripped) return false;
    rollout.crashLooped = true;
    return this.end(rollout, { state: 'failed', reason: check.reason(), rolledBackByEcs: false });
  }

  private end(rollout: Rollout, verdict: Exclude<Verdict, { state: 'in-progress' }>): true {
    rollout.endedAt = this.now();
    rollout.outcome = verdict.state;
    if (verdict.state === 'failed') {
      rollout.failure = verdict.reason;
      rollout.rolledBackByEcs = verdict.rolledBackByEcs;
    }
    return true;
  }
}

function lookFailed(error: unknown): string {
  const e = error as { name?: string; message?: string };
  return `DescribeServices failed (${e?.name ?? 'error'}: ${e?.message ?? String(error)})`;
}
