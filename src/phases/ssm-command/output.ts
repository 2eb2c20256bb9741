/**
 * The end of each instance's output. Without cloudwatch-output it comes from
 * GetCommandInvocation, which keeps "the first 24,000 characters written by the plugin to
 * stdout" (8,000 of stderr) and nothing for an invocation that neither succeeded nor failed;
 * a cut output is said to be cut. With cloudwatch-output the SSM agent streams the whole
 * output to CloudWatch Logs, and the tail is read from there.
 */
import { GetCommandInvocationCommand, SSMClient } from '@aws-sdk/client-ssm';
import { errorName } from '../../aws/ecs/errors.js';
import { lastLogLines } from '../../aws/log-tail.js';
import { sleep } from '../../core/sleep.js';
import type { PhaseContext } from '../kind.js';
import type { InvocationView } from './invocations.js';
import type { SsmCommandConfig } from './settings.js';

export interface OutputTail {
  instanceId: string;
  stdout: string[];
  stderr: string[];
  /** Where the lines come from, for the report: "SSM" or the log group. */
  source: string;
  /** Why the lines are fewer or partial: cut by SSM, no output kept, unreadable. */
  note?: string;
}

type Ctx = Pick<PhaseContext<SsmCommandConfig>, 'config' | 'aws' | 'signal'>;

const STDOUT_LIMIT = 24_000;
const TRUNCATED = '---Output truncated---';
/** GetCommandInvocation right after the list showed an invocation: the documented race. */
const NOT_YET_TRIES = 5;

export function readTail(ctx: Ctx, commandId: string, inv: InvocationView): Promise<OutputTail> {
  const group = ctx.config['cloudwatch-output'];
  return group ? fromCloudWatch(ctx, group, commandId, inv) : fromSsm(ctx, commandId, inv);
}

async function fromSsm(ctx: Ctx, commandId: string, inv: InvocationView): Promise<OutputTail> {
  const limit = ctx.config['output-lines'];
  const answer = await getInvocation(ctx, commandId, inv.instanceId);
  const stdout = answer.StandardOutputContent ?? '';
  const stderr = answer.StandardErrorContent ?? '';
  const base = { instanceId: inv.instanceId, source: 'SSM' };
  const tail = { ...base, stdout: lastLines(stdout, limit), stderr: lastLines(stderr, limit) };
  if (stdout.length >= STDOUT_LIMIT || stdout.endsWith(TRUNCATED))
    return {
      ...tail,
      note: 'SSM keeps only the first 24,000 characters of the output: these are the last lines of that part (set cloudwatch-output for the whole output)',
    };
  if (!stdout && !stderr && inv.status !== 'Success' && inv.status !== 'Failed')
    return { ...tail, note: `SSM keeps no output of a ${inv.status} invocation` };
  return tail;
}

async function getInvocation(ctx: Ctx, commandId: string, instanceId: string) {
  const ssm = ctx.aws.client(SSMClient);
  for (let attempt = 1; ; attempt++) {
    try {
      return await ssm.send(
        new GetCommandInvocationCommand({ CommandId: commandId, InstanceId: instanceId }),
        {
          abortSignal: ctx.signal,
        },
      );
    } catch (error) {
      // "The Run Command API follows an eventual consistency model" (GetCommandInvocation).
      if (errorName(error) !== 'InvocationDoesNotExist' || attempt >= NOT_YET_TRIES) throw error;
      await sleep(ctx.config['poll-interval'], ctx.signal);
    }
  }
}

async function fromCloudWatch(
  ctx: Ctx,
  group: string,
  commandId: string,
  inv: InvocationView,
): Promise<OutputTail> {
  const limit = ctx.config['output-lines'];
  // The agent names its streams <command id>/<instance id>/<plugin id>/stdout and /stderr,
  // the plugin id being the plugin name with ':' written '-' (aws-runShellScript).
  const prefix = `${commandId}/${inv.instanceId}/${(inv.plugin ?? 'aws:runShellScript').replace(/:/g, '-')}`;
  const read = (stream: string) =>
    lastLogLines(ctx, { group, stream: `${prefix}/${stream}` }, limit).catch((error: unknown) => {
      if (ctx.signal.aborted || errorName(error) !== 'ResourceNotFoundException') throw error;
      return undefined;
    });
  const [stdout, stderr] = await Promise.all([read('stdout'), read('stderr')]);
  const tail = {
    instanceId: inv.instanceId,
    stdout: stdout ?? [],
    stderr: stderr ?? [],
    source: group,
  };
  if (stdout === undefined && stderr === undefined)
    return {
      ...tail,
      note: `no output stream in ${group} (the script printed nothing, or SSM could not write there)`,
    };
  return tail;
}

function lastLines(text: string, limit: number): string[] {
  const lines = text.replace(/\r/g, '').split('\n');
  if (lines.at(-1) === '') lines.pop();
  if (lines.at(-1) === TRUNCATED) lines.pop();
  return limit === 0 ? [] : lines.slice(-limit);
}
