/**
 * The run, start to end: send the command, wait for every invocation, judge each one, read its
 * output tail, and report. Success passes; any other ending fails the phase, naming the
 * instance, its status, response code and the last line it printed.
 */
import { type Command, SSMClient } from '@aws-sdk/client-ssm';
import { errorName } from '../../aws/ecs/errors.js';
import { PhaseFailure } from '../../core/errors.js';
import { excerpt, plural } from '../../core/text.js';
import type { PhaseContext, PhaseReport } from '../kind.js';
import { endingOf, type InvocationView } from './invocations.js';
import { type OutputTail, readTail } from './output.js';
import type { SsmCommandOutput } from './outputs.js';
import { type Judged, runDetails } from './report.js';
import { describeTargets, registerSecretParameters, sendCommand } from './send.js';
import type { SsmCommandConfig } from './settings.js';
import { waitForCommand } from './wait.js';

type Ctx = PhaseContext<SsmCommandConfig>;

const AGENT_HINT = 'is the SSM agent running and the instance profile set?';

export async function runSsmCommand(ctx: Ctx): Promise<PhaseReport> {
  registerSecretParameters(ctx.config, ctx.secrets);
  const commandId = await send(ctx);
  ctx.log.info(
    `sent command ${commandId}: ${ctx.config.document} on ${describeTargets(ctx.config)}`,
  );
  const { command, invocations } = await waitForCommand({
    ssm: ctx.aws.client(SSMClient),
    commandId,
    intervalMs: ctx.config['poll-interval'],
    signal: ctx.signal,
    log: ctx.log,
  });
  if (invocations.length === 0) throw noInstance(ctx.config, command);
  const tails =
    ctx.config['output-lines'] === 0
      ? []
      : await Promise.all(invocations.map((i) => readTail(ctx, commandId, i)));
  return finish(ctx, commandId, invocations, tails);
}

async function send(ctx: Ctx): Promise<string> {
  try {
    return await sendCommand(ctx);
  } catch (error) {
    if (errorName(error) !== 'InvalidInstanceId') throw error;
    throw new PhaseFailure(
      `SSM cannot reach instances ${describeTargets(ctx.config)}: ${(error as Error).message}`,
      { hint: `${AGENT_HINT} (aws ssm describe-instance-information lists the managed instances)` },
    );
  }
}

function noInstance(config: SsmCommandConfig, command: Command): PhaseFailure {
  return new PhaseFailure(`no managed instance matches ${describeTargets(config)}; ${AGENT_HINT}`, {
    hint: 'check the tags of the instances and that they appear in aws ssm describe-instance-information',
    outputs: { 'command-id': command.CommandId ?? '', succeeded: '0', failed: '0' },
  });
}

function finish(
  ctx: Ctx,
  commandId: string,
  invocations: readonly InvocationView[],
  tails: readonly OutputTail[],
): PhaseReport {
  const judged: Judged[] = invocations.map((invocation) => ({
    invocation,
    ending: endingOf(invocation),
  }));
  for (const { invocation, ending } of judged)
    (ending.ok ? ctx.log.info : ctx.log.error).call(
      ctx.log,
      `instance ${invocation.instanceId} ${ending.words}`,
    );
  for (const tail of tails) for (const line of tailLog(tail)) ctx.log.info(line);
  const failed = judged.filter((j) => !j.ending.ok);
  const outputs: Record<SsmCommandOutput, string> = {
    'command-id': commandId,
    succeeded: String(judged.length - failed.length),
    failed: String(failed.length),
  };
  const details = runDetails({
    region: ctx.aws.region,
    config: ctx.config,
    commandId,
    judged,
    tails,
    ...(ctx.run.simulatedTime ? { simulatedTime: true } : {}),
  });
  if (failed.length > 0)
    throw new PhaseFailure(failureMessage(judged, failed, tails, ctx.config), {
      details,
      outputs,
      ...(failed.some(isTerminated) ? { hint: MAX_ERRORS_HINT } : {}),
    });
  const what = `${ctx.config.document} succeeded on ${plural(judged.length, 'instance')}`;
  return { summary: `${what} (command ${commandId})`, details, outputs };
}

const MAX_ERRORS_HINT =
  'SSM sends the command to no more instances once more than max-errors invocations failed (SSM default 0); fix the failure and run again, or raise max-errors (such as 10%) to let the others run';

/** "Terminated": SSM never sent it, the command having exceeded MaxErrors (GetCommandInvocation). */
const isTerminated = (j: Judged) => j.invocation.details.replace(/\s+/g, '') === 'Terminated';

function failureMessage(
  all: readonly Judged[],
  failed: readonly Judged[],
  tails: readonly OutputTail[],
  config: SsmCommandConfig,
) {
  const terminated = failed.filter(isTerminated);
  const each = failed
    .filter((j) => !isTerminated(j))
    .map(({ invocation: i, ending }) => {
      const tail = tails.find((t) => t.instanceId === i.instanceId);
      const last = tail ? (tail.stderr.at(-1) ?? tail.stdout.at(-1)) : undefined;
      const code =
        i.responseCode !== undefined && i.responseCode >= 0
          ? `, response code ${i.responseCode}`
          : '';
      return `${i.instanceId} ${i.status}${code}: ${ending.words}${last ? ` ("${excerpt(last, 80)}")` : ''}`;
    });
  if (terminated.length > 0)
    each.push(
      `${plural(terminated.length, 'instance')} not run (${terminated.map((j) => j.invocation.instanceId).join(', ')}): SSM stopped sending the command once more than max-errors ${config['max-errors'] ?? '0 (SSM default)'} failed`,
    );
  return `${failed.length} of ${plural(all.length, 'instance')} did not succeed: ${each.join('; ')}`;
}

function tailLog(tail: OutputTail): string[] {
  const lines = [...tail.stdout, ...(tail.stderr.length ? ['--- stderr ---', ...tail.stderr] : [])];
  const title = `output of ${tail.instanceId} (${tail.source})`;
  if (lines.length === 0) return [`${title}: ${tail.note ?? 'nothing printed'}`];
  return [`${title}:`, ...lines.map((l) => `  | ${l}`), ...(tail.note ? [`  (${tail.note})`] : [])];
}
