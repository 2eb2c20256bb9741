/**
 * The phase's run: prepare every service (read-only), register the revisions that are new, then
 * roll services out, at most `max-parallel` at a time, watching all of them with one poll loop.
 * The first rollout that fails ends the phase at once, explained by ECS's events and reasons.
 */
import { ECSClient } from '@aws-sdk/client-ecs';
import { registerTaskDefinition } from '../../aws/ecs/revisions.js';
import { type StoppedReason, stoppedReasons } from '../../aws/ecs/tasks.js';
import { PhaseFailure } from '../../core/errors.js';
import { middleExcerpt, plural } from '../../core/text.js';
import type { PhaseContext, PhaseReport } from '../kind.js';
import { asPlanMistake, shortName } from './aws.js';
import { CrashLoopCheck } from './crash-loop.js';
import { type EcsChange, startRollout, watchExisting } from './deploy.js';
import { explanation } from './explain.js';
import { type Prepared, prepareServices } from './prepare.js';
import { countLine, outputsOf, type ServiceOutcome, serviceTable } from './report.js';
import type { EcsDeployConfig } from './settings.js';
import { type Rollout, Watcher } from './watch.js';

type Ctx = PhaseContext<EcsDeployConfig, EcsChange>;

/** How many of a failing service's latest events the report quotes. */
const QUOTED_EVENTS = 15;
/** The phase's one-line result quotes the first stopped reason up to this length; details have it all. */
const REASON_IN_MESSAGE = 160;

const CRASH_LOOP_HINT =
  'ECS keeps replacing these tasks until the service is rolled back (on-failure: rollback) or ' +
  'fixed; raise crash-loop-threshold (0: off) if some exits are expected';

export async function runDeploy(ctx: Ctx): Promise<PhaseReport> {
  const prepared = await prepareServices(ctx);
  const outcomes = await registerNew(ctx, prepared);
  for (const o of outcomes)
    if (o.prepared.action === 'unchanged')
      ctx.log.info(`${o.prepared.name}: unchanged (${shortName(o.arn)})`);
  await rollOut(ctx, outcomes);
  return {
    summary: countLine(outcomes),
    outputs: outputsOf(outcomes),
    details: serviceTable(ctx.plan.region, outcomes),
  };
}

async function registerNew(ctx: Ctx, prepared: Prepared[]): Promise<ServiceOutcome[]> {
  const outcomes: ServiceOutcome[] = [];
  for (const p of prepared) {
    let arn = p.arn;
    if (arn === undefined) {
      const registered = await asPlanMistake(`${p.name}: registering its task definition`, () =>
        registerTaskDefinition(ctx.aws.client(ECSClient), p.desired, ctx.signal),
      );
      arn = registered.taskDefinitionArn;
      ctx.log.info(`${p.name}: registered ${shortName(arn)}`);
    }
    outcomes.push({ prepared: p, arn });
  }
  return outcomes;
}

async function rollOut(ctx: Ctx, outcomes: ServiceOutcome[]): Promise<void> {
  const queue = outcomes.filter((o) => o.prepared.action !== 'unchanged');
  const limit = ctx.config['max-parallel'] ?? Math.max(1, queue.length);
  const watcher = new Watcher({
    ecs: ctx.aws.client(ECSClient),
    log: ctx.log,
    signal: ctx.signal,
    pollMs: ctx.config['poll-interval'],
  });
  const changes = new Map<Rollout, EcsChange>();
  try {
    while (queue.length > 0 || watcher.size > 0) {
      await startSome(ctx, queue.splice(0, limit - watcher.size), watcher, changes);
      await watcher.pause();
      for (const rollout of await watcher.poll()) await settle(ctx, rollout, changes, outcomes);
      if (watcher.size > 0) ctx.log.progress(watcher.progressLine());
    }
  } catch (error) {
    if (!ctx.signal.aborted || error instanceof PhaseFailure) throw error;
    const names = watcher.services;
    throw new PhaseFailure(`stopped waiting for ${plural(names.length, 'service')}`, {
      details: serviceTable(ctx.plan.region, outcomes),
      outputs: outputsOf(outcomes),
      // ECS does not stop a deployment because nobody watches it (nor roll it back unless its
      // circuit breaker trips): the rollouts started here go on.
      ...(names.length > 0
        ? {
            goesOn: `ECS goes on rolling out ${names.length === 1 ? 'service' : 'services'} ${names.join(', ')}`,
          }
        : {}),
    });
  }
}

/** Starts rollouts side by side; every change that took effect is recorded, even if another failed. */
async function startSome(
  ctx: Ctx,
  batch: ServiceOutcome[],
  watcher: Watcher,
  changes: Map<Rollout, EcsChange>,
): Promise<void> {
  for (const o of batch.filter((b) => b.prepared.action === 'in-flight')) {
    const rollout = watchExisting(o.prepared, o.arn as string, Date.now());
    o.rollout = rollout;
    watcher.add(rollout);
    ctx.log.info(
      `${rollout.service}: already on ${shortName(rollout.taskDefinitionArn)}, but its rollout has not finished; waiting for it`,
    );
  }
  const changing = batch.filter((b) => b.prepared.action !== 'in-flight');
  const started = await Promise.allSettled(
    changing.map((o) =>
      asPlanMistake(
        `${o.prepared.name}: ${o.prepared.live ? 'updating' : 'creating'} the service`,
        () =>
          startRollout(
            ctx.aws.client(ECSClient),
            o.prepared,
            o.arn as string,
            ctx.signal,
            Date.now(),
          ),
      ),
    ),
  );
  started.forEach((result, i) => {
    const outcome = changing[i] as ServiceOutcome;
    if (result.status === 'rejected') return;
    const { rollout, change } = result.value;
    const threshold = ctx.config['crash-loop-threshold'];
    if (threshold > 0) rollout.crashLoop = new CrashLoopCheck(threshold, rollout);
    ctx.recordChange(change);
    changes.set(rollout, change);
    outcome.rollout = rollout;
    watcher.add(rollout);
    ctx.log.info(
      `${rollout.service}: ${change.action === 'created' ? 'creating' : 'deploying'} ${shortName(rollout.taskDefinitionArn)}`,
    );
  });
  const failed = started.find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
}

async function settle(
  ctx: Ctx,
  rollout: Rollout,
  changes: Map<Rollout, EcsChange>,
  outcomes: ServiceOutcome[],
): Promise<void> {
  if (rollout.outcome === 'completed') {
    ctx.log.info(`${rollout.service}: rollout COMPLETED (${shortName(rollout.taskDefinitionArn)})`);
    return;
  }
  const change = changes.get(rollout);
  const failure = await rolloutFailure(ctx, rollout, change, outcomes);
  // Rollback reads this: the circuit breaker already put the previous revision back.
  if (change?.action === 'updated' && rollout.rolledBackByEcs) change.rolledBackByEcs = true;
  throw failure;
}

/**
 * The failure, headed by its cause: why the deployment's own tasks stopped (ECS's reason, such
 * as CannotPullContainerError or a failing health check), then what ECS did about it. The
 * service events that led there are in the details.
 */
async function rolloutFailure(
  ctx: Ctx,
  rollout: Rollout,
  change: EcsChange | undefined,
  outcomes: ServiceOutcome[],
): Promise<PhaseFailure> {
  // The failure matters more than its explanation (ListTasks may not be allowed by IAM).
  const stopped = await stoppedReasons(
    ctx.aws.client(ECSClient),
    rollout.cluster,
    rollout.service,
    rollout.deploymentId
      ? { startedBy: rollout.deploymentId }
      : { taskDefinitionArn: rollout.taskDefinitionArn },
    ctx.signal,
  ).catch(() => []);
  noteBreakerRollback(rollout, change, stopped.length > 0);
  const events = rollout.events.recent(QUOTED_EVENTS);
  return new PhaseFailure(`${rollout.service}: rollout failed: ${headline(rollout, stopped)}`, {
    ...(rollout.crashLooped ? { hint: CRASH_LOOP_HINT } : {}),
    details: [
      serviceTable(ctx.plan.region, outcomes),
      '',
      explanation(rollout.service, events, stopped),
    ].join('\n'),
    outputs: outputsOf(outcomes),
  });
}

/** "CannotPullContainerError: … (3 tasks); the ECS circuit breaker rolled back to web:9". */
function headline(rollout: Rollout, stopped: StoppedReason[]): string {
  const [first] = stopped;
  // A crash loop's failure already quotes the tasks' own reasons.
  if (!first || rollout.crashLooped) return rollout.failure ?? 'the deployment failed';
  const count = first.count > 1 ? ` (${plural(first.count, 'task')})` : '';
  const cause = `${middleExcerpt(first.reason, REASON_IN_MESSAGE)}${count}`;
  const after = rollout.rolledBackByEcs
    ? `the ECS circuit breaker rolled back to ${shortName(rollout.last?.taskDefinition)}`
    : rollout.failure;
  return after ? `${cause}; ${after}` : cause;
}

/**
 * A deployment that is gone, replaced by the revision the service ran before, with its own tasks
 * stopped and the breaker's rollback on, was rolled back by ECS: "If rollback is on, when a
 * service deployment fails, the service is rolled back to the last deployment that completed
 * successfully" (API_DeploymentCircuitBreaker). A poll may come after the rollback finished,
 * when the failed deployment is no longer listed.
 */
function noteBreakerRollback(
  rollout: Rollout,
  change: EcsChange | undefined,
  ownTasksStopped: boolean,
): void {
  if (rollout.rolledBackByEcs || change?.action !== 'updated' || !ownTasksStopped) return;
  const service = rollout.last;
  const breaker = service?.deploymentConfiguration?.deploymentCircuitBreaker;
  const gone = !service?.deployments?.some((d) => d.id === rollout.deploymentId);
  const previous = change.previousTaskDefinitionArn;
  if (breaker?.rollback && gone && previous && service?.taskDefinition === previous)
    rollout.rolledBackByEcs = true;
}
