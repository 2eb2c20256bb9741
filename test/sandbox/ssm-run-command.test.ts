/**
 * Run Command as the SSM agent reports it, through the real SDK client: statuses (Delayed,
 * Cancelling, Cancelled, timed out), output joined and cut as the agent does, tag targets,
 * CancelCommand, ListCommands, DescribeInstanceInformation and CloudWatch output.
 */
import { GetLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import {
  CancelCommandCommand,
  DescribeInstanceInformationCommand,
  GetCommandInvocationCommand,
  InvocationDoesNotExist,
  ListCommandInvocationsCommand,
  ListCommandsCommand,
  SendCommandCommand,
  type SendCommandCommandInput,
  type SSMClient,
} from '@aws-sdk/client-ssm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/sandbox/clock.js';
import { clientsFor, type SandboxClients, useSandbox } from '../helpers/sandbox.js';

const clock = new ManualClock(Date.UTC(2026, 2, 1, 12));
const A = 'i-0aaaaaaaaaaaaaaa1';
const B = 'i-0bbbbbbbbbbbbbbb2';
const OFF = 'i-0ccccccccccccccc3';
const LONG = 'x'.repeat(30_000);

const sandbox = useSandbox({
  clock,
  scenario: {
    ssm: {
      instances: [
        { id: A, tags: { Role: 'cache-warmer', Env: 'prod' } },
        { id: B, tags: { Role: 'cache-warmer', Env: 'staging' } },
        { id: OFF, tags: { Role: 'legacy' }, ping: 'ConnectionLost' },
      ],
      commands: [
        {
          match: 'warm',
          instance: B,
          status: 'Failed',
          stdout: 'half\n',
          stderr: 'redis down\n',
          'response-code': 2,
        },
        { match: 'warm', stdout: 'warmed\n', stderr: 'note\n' },
        { match: 'flaky-network', pending: '1s', delayed: '10s', duration: '5s' },
        { match: 'sleep 600', duration: '10m', stdout: 'started\n' },
        { match: 'big-output', stdout: LONG, stderr: 'e'.repeat(9_000) },
        { match: 'slow-to-appear', 'appears-after': '3s' },
        { match: 'unreachable', status: 'Undeliverable' },
      ],
    },
  },
});

let clients: SandboxClients;
let ssm: SSMClient;
beforeAll(() => {
  clients = clientsFor(sandbox());
  ssm = clients.ssm;
});
afterAll(() => clients.destroy());

async function send(input: Partial<SendCommandCommandInput> & { commands: string[] }) {
  const { commands, Parameters, ...rest } = input;
  const { Command } = await ssm.send(
    new SendCommandCommand({
      DocumentName: 'AWS-RunShellScript',
      InstanceIds: rest.Targets ? undefined : [A],
      Parameters: { commands, ...Parameters },
      ...rest,
    }),
  );
  return Command?.CommandId ?? '';
}

const invocation = (CommandId: string, InstanceId = A) =>
  ssm.send(new GetCommandInvocationCommand({ CommandId, InstanceId }));
const command = async (CommandId: string) =>
  (await ssm.send(new ListCommandsCommand({ CommandId }))).Commands?.[0];

describe('Run Command statuses', () => {
  it('tag targets reach the scripted instances that carry the tag, each with its own outcome', async () => {
    const id = await send({
      commands: ['warm the cache'],
      Targets: [{ Key: 'tag:Role', Values: ['cache-warmer'] }],
    });
    clock.advance(10_000);
    const list = await ssm.send(
      new ListCommandInvocationsCommand({ CommandId: id, Details: true }),
    );
    const byId = new Map(list.CommandInvocations?.map((i) => [i.InstanceId, i]));
    expect([...byId.keys()].sort()).toEqual([A, B]);
    expect(byId.get(A)).toMatchObject({ Status: 'Success' });
    expect(byId.get(B)?.CommandPlugins?.[0]).toMatchObject({
      Status: 'Failed',
      ResponseCode: 2,
      Output: 'half\n\n----------ERROR-------\nredis down\n',
    });
    expect(await command(id)).toMatchObject({ Status: 'Failed', TargetCount: 2, ErrorCount: 1 });
  });

  it('several targets narrow each other, and more than 5 are refused', async () => {
    const id = await send({
      commands: ['warm'],
      Targets: [
        { Key: 'tag:Role', Values: ['cache-warmer'] },
        { Key: 'tag:Env', Values: ['prod'] },
      ],
    });
    expect(await command(id)).toMatchObject({ TargetCount: 1 });
    const six = Array.from({ length: 6 }, () => ({ Key: 'tag:Role', Values: ['x'] }));
    await expect(send({ commands: ['x'], Targets: six })).rejects.toMatchObject({
      name: 'ValidationException',
    });
  });

  it('a tag no instance carries makes a command with no target that ends Success', async () => {
    const id = await send({ commands: ['x'], Targets: [{ Key: 'tag:Role', Values: ['nobody'] }] });
    clock.advance(1_000);
    expect(await command(id)).toMatchObject({ Status: 'Success', TargetCount: 0 });
    const list = await ssm.send(new ListCommandInvocationsCommand({ CommandId: id }));
    expect(list.CommandInvocations).toEqual([]);
  });

  it('an invocation is Delayed while its node cannot be reached, then runs', async () => {
    const id = await send({ commands: ['flaky-network'] });
    clock.advance(2_000);
    expect(await invocation(id)).toMatchObject({ Status: 'Delayed', StatusDetails: 'Delayed' });
    clock.advance(10_000);
    expect(await invocation(id)).toMatchObject({ Status: 'InProgress' });
    clock.advance(5_000);
    expect(await invocation(id)).toMatchObject({ Status: 'Success', ResponseCode: 0 });
  });

  it('InvocationDoesNotExist until the invocation appears', async () => {
    const id = await send({ commands: ['slow-to-appear'] });
    clock.advance(2_000);
    await expect(invocation(id)).rejects.toBeInstanceOf(InvocationDoesNotExist);
    clock.advance(1_000);
    expect(await invocation(id)).toMatchObject({ CommandId: id });
  });

  it('executionTimeout ends a long script TimedOut with Execution Timed Out and no output', async () => {
    const id = await send({ commands: ['sleep 600'], Parameters: { executionTimeout: ['60'] } });
    clock.advance(62_000);
    expect(await invocation(id)).toMatchObject({
      Status: 'TimedOut',
      StatusDetails: 'Execution Timed Out',
      ResponseCode: -1,
      StandardOutputContent: '',
    });
    expect(await command(id)).toMatchObject({ Status: 'TimedOut' });
  });

  it('CancelCommand: Cancelling, then Cancelled with no output', async () => {
    const id = await send({ commands: ['sleep 600'] });
    clock.advance(5_000);
    await ssm.send(new CancelCommandCommand({ CommandId: id }));
    expect(await invocation(id)).toMatchObject({ Status: 'Cancelling' });
    expect(await command(id)).toMatchObject({ Status: 'Cancelling' });
    clock.advance(1_000);
    expect(await invocation(id)).toMatchObject({
      Status: 'Cancelled',
      StandardOutputContent: '',
    });
    expect(await command(id)).toMatchObject({ Status: 'Cancelled' });
    await expect(
      ssm.send(new CancelCommandCommand({ CommandId: '00000000-0000-0000-0000-000000000000' })),
    ).rejects.toMatchObject({ name: 'InvalidCommandId' });
  });

  it('an undeliverable node ends Failed with Undeliverable details', async () => {
    const id = await send({ commands: ['unreachable'], InstanceIds: [OFF] });
    clock.advance(2_000);
    expect(await invocation(id, OFF)).toMatchObject({
      Status: 'Failed',
      StatusDetails: 'Undeliverable',
      ResponseCode: -1,
    });
  });
});

describe('Run Command output', () => {
  it('cuts StandardOutputContent at 24,000, StandardErrorContent at 8,000, Output at 2,500', async () => {
    const id = await send({ commands: ['big-output'] });
    clock.advance(10_000);
    const got = await invocation(id);
    expect(got.StandardOutputContent).toHaveLength(24_000);
    expect(got.StandardOutputContent?.endsWith('\n---Output truncated---')).toBe(true);
    expect(got.StandardErrorContent).toHaveLength(8_000);
    const list = await ssm.send(
      new ListCommandInvocationsCommand({ CommandId: id, Details: true }),
    );
    expect(list.CommandInvocations?.[0]?.CommandPlugins?.[0]?.Output).toHaveLength(2_500);
  });

  it('streams the full output to CloudWatch Logs when asked', async () => {
    const id = await send({
      commands: ['big-output'],
      CloudWatchOutputConfig: {
        CloudWatchOutputEnabled: true,
        CloudWatchLogGroupName: '/ssm/warm',
      },
    });
    clock.advance(10_000);
    const got = await invocation(id);
    expect(got.CloudWatchOutputConfig).toEqual({
      CloudWatchLogGroupName: '/ssm/warm',
      CloudWatchOutputEnabled: true,
    });
    const events = await clients.logs.send(
      new GetLogEventsCommand({
        logGroupName: '/ssm/warm',
        logStreamName: `${id}/${A}/aws-runShellScript/stdout`,
      }),
    );
    expect(events.events?.[0]?.message).toHaveLength(30_000);
  });
});

describe('DescribeInstanceInformation', () => {
  it('answers the ping status of the instances asked for', async () => {
    const got = await ssm.send(
      new DescribeInstanceInformationCommand({
        InstanceInformationFilterList: [
          { key: 'InstanceIds', valueSet: [A, OFF, 'i-0ddddddddddddddd4'] },
        ],
      }),
    );
    expect(got.InstanceInformationList?.map((i) => [i.InstanceId, i.PingStatus])).toEqual([
      [A, 'Online'],
      [OFF, 'ConnectionLost'],
    ]);
  });
});
