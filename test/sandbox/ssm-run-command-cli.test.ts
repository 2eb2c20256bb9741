/**
 * The AWS CLI v2 (botocore, an independent client) against the sandbox's Run Command: tag
 * targets, the agent's joined output, CancelCommand and DescribeInstanceInformation.
 */
import { describe, expect, it } from 'vitest';
import { AWS_CLI, awsCli, hasAwsCli } from '../helpers/aws-cli.js';
import { useSandbox } from '../helpers/sandbox.js';

const A = 'i-0aaaaaaaaaaaaaaa1';

// 100 simulated ms per real ms: a CLI call (about a second) lets a 6 s script finish.
const sandbox = useSandbox({
  scenario: {
    'time-scale': 100,
    ssm: {
      instances: [{ id: A, tags: { Role: 'cache-warmer' } }, 'i-0bbbbbbbbbbbbbbb2'],
      commands: [
        { match: 'warm', stdout: 'warmed\n', stderr: 'slow key\n' },
        { match: 'sleep', duration: '10h' },
        { match: 'break', instance: A, status: 'Failed' },
      ],
    },
  },
});

const aws = (...args: string[]) => awsCli(sandbox(), args, 20_000);
/** The members of the CLI's JSON answers these tests read. */
interface CliAnswer {
  Command: { CommandId: string };
  Commands: { Status: string; TargetCount: number }[];
  CommandInvocations: {
    InstanceId: string;
    Status: string;
    StatusDetails: string;
    CommandPlugins: { Output: string }[];
  }[];
  InstanceInformationList: { InstanceId: string; PingStatus: string }[];
}
const json = (stdout: string) => JSON.parse(stdout) as CliAnswer;

async function send(commands: string, ...target: string[]): Promise<string> {
  const sent = await aws(
    'ssm',
    'send-command',
    '--document-name',
    'AWS-RunShellScript',
    '--parameters',
    JSON.stringify({ commands: [commands] }),
    ...target,
  );
  expect(sent.code, sent.stderr).toBe(0);
  return json(sent.stdout).Command.CommandId;
}

async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean): Promise<T> {
  for (let i = 0; i < 20; i++) {
    const value = await read();
    if (ok(value)) return value;
  }
  throw new Error('the condition never held');
}

describe.skipIf(!hasAwsCli)(
  `AWS CLI v2 ssm run command (${AWS_CLI}; skipped when absent)`,
  { concurrent: true },
  () => {
    it('send-command to a tag target, list-command-invocations --details shows joined output', async () => {
      const id = await send('warm', '--targets', 'Key=tag:Role,Values=cache-warmer');
      const listed = await until(
        async () =>
          json(
            (await aws('ssm', 'list-command-invocations', '--command-id', id, '--details')).stdout,
          ),
        (out) => out.CommandInvocations?.[0]?.Status === 'Success',
      );
      expect(listed.CommandInvocations).toHaveLength(1);
      expect(listed.CommandInvocations[0]).toMatchObject({ InstanceId: A });
      expect(listed.CommandInvocations[0]?.CommandPlugins[0]?.Output).toBe(
        'warmed\n\n----------ERROR-------\nslow key\n',
      );
    });

    it('cancel-command ends a running command Cancelled', async () => {
      const id = await send('sleep 3600', '--instance-ids', A);
      const cancelled = await aws('ssm', 'cancel-command', '--command-id', id);
      expect(cancelled.code, cancelled.stderr).toBe(0);
      const listed = await until(
        async () => json((await aws('ssm', 'list-commands', '--command-id', id)).stdout),
        (out) => out.Commands?.[0]?.Status === 'Cancelled',
      );
      expect(listed.Commands[0]).toMatchObject({ Status: 'Cancelled', TargetCount: 1 });
    });

    it('--max-concurrency 1: after the first failure (max-errors 0) the other node is Terminated', async () => {
      const id = await send(
        'break',
        '--instance-ids',
        A,
        'i-0bbbbbbbbbbbbbbb2',
        '--max-concurrency',
        '1',
      );
      const listed = await until(
        async () => json((await aws('ssm', 'list-command-invocations', '--command-id', id)).stdout),
        (out) =>
          out.CommandInvocations?.length === 2 &&
          out.CommandInvocations.every((i) => i.Status !== 'Pending' && i.Status !== 'InProgress'),
      );
      const byId = new Map(listed.CommandInvocations.map((i) => [i.InstanceId, i]));
      expect(byId.get(A)).toMatchObject({ Status: 'Failed' });
      expect(byId.get('i-0bbbbbbbbbbbbbbb2')).toMatchObject({
        Status: 'Cancelled',
        StatusDetails: 'Terminated',
      });
    });

    it('describe-instance-information lists the managed instances', async () => {
      const result = await aws('ssm', 'describe-instance-information');
      expect(result.code, result.stderr).toBe(0);
      const ids = json(result.stdout).InstanceInformationList.map((i) => [
        i.InstanceId,
        i.PingStatus,
      ]);
      expect(ids).toEqual([
        [A, 'Online'],
        ['i-0bbbbbbbbbbbbbbb2', 'Online'],
      ]);
    });
  },
);
