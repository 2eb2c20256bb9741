/**
 * The run, start to end: resolve the task definition and the network, start the tasks, wait
 * for them to stop, judge each one, read its log tail, and report.
 */
import { ECSClient } from '@aws-sdk/client-ecs';
import { taskId } from '../../aws/ecs/tasks.js';
import { formatAwsDuration } from '../../core/duration.js';
import { PhaseFailure } from '../../core/errors.js';
import { shortTaskId } from '../../core/text.js';
import type { PhaseContext, PhaseReport } from '../kind.js';
import { type LogTail, logTailLines, readLogTail } from './logs.js';
import { describePlacement, type Placement, resolvePlacement } from './network.js';
import { failureMessage, judgeTask, type TaskOutcome } from './outcome.js';
import type { EcsRunTaskOutput } from './outputs.js';
import { type Unplaced, unplacedTasks } from './placement.js';
import { runDetails } from './report.js';
import type { EcsRunTaskConfig } from './settings.js';
import { runTaskInput, type Started, startTasks } from './start.js';
import {
  checkContainerNames,
  type ResolvedDefinition,
  resolveTaskDefinition,
} from './task-definition.js';
import { waitForTasks } from './wait.js';

type Ctx = PhaseContext<EcsRunTaskConfig>;

export async function runRunTask(ctx: Ctx): Promise<PhaseReport> {
  const definition = await resolveTaskDefinition(ctx, 'run');
  checkContainerNames(definition, ctx.config);
  const arn = known(definition);
  ctx.log.info(`task definition ${definition.label} (${definition.source})`);
  const placement = await resolvePlacement(ctx, definition);
  ctx.log.info(`network: ${describePlacement(placement)}`);
  const started = await startTasks(
    ctx,
    runTaskInput(ctx.config, { ...definition, arn }, placement, ctx.phase.id),
  );
  const unplaced = unplacedTasks(started, ctx.config.count, definition.label, ctx.log);
  const arns = taskArns(started);
  ctx.log.info(
    `started ${arns.map((a) => shortTaskId(taskId(a))).join(', ')} on ${ctx.config.cluster}`,
  );
  const tasks = await waitForTasks(arns, {
    ecs: ctx.aws.client(ECSClient),
    cluster: ctx.config.cluster,
    intervalMs: ctx.config['poll-interval'],
    signal: ctx.signal,
    log: ctx.log,
  });
  const outcomes = arns.map((a) => judgeTask(byArn(tasks, a), definition, ctx.config.container));
  return finish(ctx, definition, placement, outcomes, unplaced);
}

async function finish(
  ctx: Ctx,
  definition: ResolvedDefinition,
  placement: Placement,
  outcomes: TaskOutcome[],
  unplaced: Unplaced | undefined,
): Promise<PhaseReport> {
  const limit = ctx.config['log-lines'];
  const tails =
    limit === 0
      ? []
      : await Promise.all(outcomes.map((o) => readLogTail(ctx, definition, o, limit)));
  logOutcomes(ctx, outcomes, tails);
  const details = runDetails({
    region: ctx.aws.region,
    config: ctx.config,
    definition,
    placement,
    outcomes,
    tails,
    ...(ctx.run.simulatedTime ? { simulatedTime: true } : {}),
    ...(unplaced ? { launchFailures: unplaced.reasons } : {}),
  });
  const outputs = outputsOf(definition, outcomes);
  if (unplaced) {
    const started = `ECS started only ${outcomes.length} of ${ctx.config.count} tasks of ${definition.label} (${unplaced.reasons})`;
    const judged = outcomes.some((o) => !o.ok)
      ? failureMessage(outcomes, definition.label)
      : `the ${outcomes.length} that started succeeded`;
    throw new PhaseFailure(`${started}; ${judged}`, { details, outputs, hint: unplaced.advice });
  }
  if (outcomes.some((o) => !o.ok))
    throw new PhaseFailure(failureMessage(outcomes, definition.label), { details, outputs });
  return {
    summary: successLine(outcomes, definition.label, ctx.run.simulatedTime),
    details,
    outputs,
  };
}

function logOutcomes(ctx: Ctx, outcomes: readonly TaskOutcome[], tails: readonly LogTail[]): void {
  for (const o of outcomes) {
    if (o.ok) ctx.log.info(`task ${shortTaskId(o.id)} ${o.reason}`);
    else ctx.log.error(`task ${shortTaskId(o.id)} ${o.reason}`);
  }
  for (const tail of tails)
    for (const line of logTailLines(tail, ctx.config['log-lines'])) ctx.log.info(line);
}

function successLine(
  outcomes: readonly TaskOutcome[],
  label: string,
  simulated: boolean | undefined,
): string {
  const [first] = outcomes;
  if (outcomes.length === 1 && first) {
    const took =
      first.durationMs !== undefined ? ` in ${formatAwsDuration(first.durationMs, simulated)}` : '';
    return `task ${shortTaskId(first.id)} (${label}) ${first.reason}${took}`;
  }
  return `${outcomes.length} tasks of ${label} succeeded (exit code 0)`;
}

function outputsOf(
  definition: { arn?: string },
  outcomes: readonly TaskOutcome[],
): Partial<Record<EcsRunTaskOutput, string>> {
  const arns = outcomes.map((o) => o.task.taskArn ?? '');
  const exitCode = outcomes[0]?.exitCode;
  return {
    'task-arn': arns[0] ?? '',
    'task-arns': arns.join(','),
    ...(exitCode !== undefined ? { 'exit-code': String(exitCode) } : {}),
    ...(definition.arn ? { 'task-definition-arn': definition.arn } : {}),
  };
}

function known(definition: ResolvedDefinition): string {
  if (!definition.arn)
    throw new Error(`task definition ${definition.label} was not resolved to an ARN`);
  return definition.arn;
}

function taskArns(started: Started): string[] {
  return started.tasks.map((t) => t.taskArn).filter((a): a is string => Boolean(a));
}

function byArn<T extends { taskArn?: string | undefined }>(tasks: readonly T[], arn: string): T {
  const task = tasks.find((t) => t.taskArn === arn);
  if (!task) throw new Error(`DescribeTasks did not return task ${arn}`);
  return task;
}
