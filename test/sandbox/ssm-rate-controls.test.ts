/**
 * Run Command's rate controls through the real SDK client, as the user guide documents them
 * (send-commands-multiple.html): at most MaxConcurrency invocations at once (default 50); once
 * more than MaxErrors invocations failed (default 0) SSM sends the command to no more nodes, and
 * those left end Terminated; the ones already running complete.
 */
import {
  GetCommandInvocationCommand,
  ListCommandsCommand,
  SendCommandCommand,
  type SSMClient,
} from '@aws-sdk/client-ssm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/sandbox/clock.js';
import { clientsFor, type SandboxClients, useSandbox } from '../helpers/sandbox.js';

const clock = new ManualClock(Date.UTC(2026, 2, 1, 12));
const NODES = [
  'i-0aaaaaaaaaaaaaaa1',
  'i-0bbbbbbbbbbbbbbb2',
  'i-0ccccccccccccccc3',
  'i-0ddddddddddddddd4',
];
const [, B, C, D] = NODES as [string, string, string, string];

// Each invocation takes 10 s (1 s Pending, 9 s running); B's fails.
const sandbox = useSandbox({
  clock,
  scenario: {
    ssm: {
      instances: NODES,
      commands: [
        { match: 'roll', instance: B, status: 'Failed', duration: '9s', 'response-code': 3 },
        { match: 'roll', duration: '9s' },
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

async function send(rate: { MaxConcurrency?: string; MaxErrors?: string }): Promise<string> {
  const { Command } = await ssm.send(
    new SendCommandCommand({
      DocumentName: 'AWS-RunShellScript',
      InstanceIds: NODES,
      Parameters: { commands: ['roll the config'] },
      ...rate,
    }),
  );
  return Command?.CommandId ?? '';
}

/** `i-…a1 Success/Success` per node, in order. */
async function statuses(id: string): Promise<string[]> {
  const all = await Promise.all(
    NODES.map((InstanceId) =>
      ssm.send(new GetCommandInvocationCommand({ CommandId: id, InstanceId })),
    ),
  );
  return all.map((i) => `${i.Status}/${i.StatusDetails}`);
}

const commandOf = async (CommandId: string) =>
  (await ssm.send(new ListCommandsCommand({ CommandId }))).Commands?.[0];

describe('Run Command rate controls', () => {
  it('MaxConcurrency 1, default MaxErrors 0: one at a time, the rest Terminated after the first failure', async () => {
    const id = await send({ MaxConcurrency: '1' });
    clock.advance(5_000);
    expect(await statuses(id)).toEqual([
      'InProgress/In Progress',
      'Pending/Pending',
      'Pending/Pending',
      'Pending/Pending',
    ]);
    clock.advance(10_000); // 15 s: A done, B running
    expect((await statuses(id)).slice(0, 2)).toEqual(['Success/Success', 'InProgress/In Progress']);
    clock.advance(10_000); // 25 s: B failed at 20 s, C and D never sent
    expect(await statuses(id)).toEqual([
      'Success/Success',
      'Failed/Failed',
      'Cancelled/Terminated',
      'Cancelled/Terminated',
    ]);
    const c = await ssm.send(new GetCommandInvocationCommand({ CommandId: id, InstanceId: C }));
    expect(c).toMatchObject({
      ResponseCode: -1,
      StandardOutputContent: '',
      ExecutionStartDateTime: '',
    });
    expect(await commandOf(id)).toMatchObject({
      Status: 'Failed',
      MaxConcurrency: '1',
      MaxErrors: '0',
      TargetCount: 4,
      CompletedCount: 4,
      ErrorCount: 1,
    });
  });

  it('50% of 4 nodes at once, MaxErrors 1: the failure is allowed, every node runs', async () => {
    const id = await send({ MaxConcurrency: '50%', MaxErrors: '1' });
    clock.advance(5_000);
    expect(await statuses(id)).toEqual([
      'InProgress/In Progress',
      'InProgress/In Progress',
      'Pending/Pending',
      'Pending/Pending',
    ]);
    clock.advance(20_000);
    expect(await statuses(id)).toEqual([
      'Success/Success',
      'Failed/Failed',
      'Success/Success',
      'Success/Success',
    ]);
  });

  it('by default (50 at once) every node has the command before the failure: all complete', async () => {
    const id = await send({});
    clock.advance(11_000);
    expect(await statuses(id)).toEqual([
      'Success/Success',
      'Failed/Failed',
      'Success/Success',
      'Success/Success',
    ]);
    expect(await commandOf(id)).toMatchObject({
      Status: 'Failed',
      MaxConcurrency: '50',
      MaxErrors: '0',
    });
  });

  it('refuses values outside the model pattern', async () => {
    await expect(send({ MaxConcurrency: '0' })).rejects.toMatchObject({
      name: 'ValidationException',
    });
    await expect(send({ MaxErrors: '101%' })).rejects.toMatchObject({
      name: 'ValidationException',
    });
    expect(D).toBeDefined();
  });
});
