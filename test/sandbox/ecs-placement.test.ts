/**
 * RunTask's failures[] through the real @aws-sdk/client-ecs and the AWS CLI: tasks ECS cannot
 * place, as a scenario's run-task entry says (placement-failure). AWS documents the reasons
 * RunTask gives (RESOURCE:*, AGENT, LOCATION, ATTRIBUTE) on "API failure reasons".
 */
import { DescribeTasksCommand, type ECSClient, RunTaskCommand } from '@aws-sdk/client-ecs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/sandbox/clock.js';
import { startSandbox } from '../../src/sandbox/index.js';
import { awsCli, hasAwsCli } from '../helpers/aws-cli.js';
import { clientsFor, type SandboxClients, useSandbox } from '../helpers/sandbox.js';
import { SUBNETS } from './ecs-harness.js';

const CLUSTER = 'ca-a2a-cluster';
const INSTANCE =
  /^arn:aws:ecs:eu-west-3:555043101106:container-instance\/ca-a2a-cluster\/[0-9a-f]{32}$/;

const sandbox = useSandbox({
  clock: new ManualClock(Date.UTC(2026, 2, 1, 12)),
  scenario: {
    'account-id': '555043101106',
    ecs: {
      clusters: [CLUSTER],
      'task-definitions': [
        { family: 'big-job', image: 'registry.example/job:1' },
        { family: 'shards', image: 'registry.example/shard:1' },
        { family: 'agentless', image: 'registry.example/job:1' },
        { family: 'fargate-job', image: 'registry.example/job:1' },
      ],
      'run-task': [
        { family: 'big-job', 'placement-failure': { reason: 'RESOURCE:MEMORY' } },
        { family: 'shards', 'placement-failure': { reason: 'RESOURCE:CPU', placed: 2 } },
        {
          family: 'agentless',
          'placement-failure': { reason: 'AGENT', detail: 'agent disconnected' },
        },
        { family: 'fargate-job', 'placement-failure': { reason: 'capacity-unavailable' } },
      ],
    },
  },
});

let clients: SandboxClients;
let ecs: ECSClient;
beforeAll(() => {
  clients = clientsFor(sandbox(), { maxAttempts: 1 });
  ecs = clients.ecs;
});
afterAll(() => clients.destroy());

function run(taskDefinition: string, count = 1) {
  return ecs.send(
    new RunTaskCommand({
      cluster: CLUSTER,
      taskDefinition,
      count,
      launchType: 'FARGATE',
      networkConfiguration: SUBNETS as never,
    }),
  );
}

describe('RunTask failures[]', () => {
  it('starts no task and names the container instance and the reason (RESOURCE:MEMORY)', async () => {
    const answer = await run('big-job', 3);
    expect(answer.tasks).toEqual([]);
    expect(answer.failures).toEqual([
      { arn: expect.stringMatching(INSTANCE), reason: 'RESOURCE:MEMORY' },
    ]);
  });

  it('starts only the tasks it could place, and the ones it started exist', async () => {
    const answer = await run('shards', 3);
    expect(answer.tasks).toHaveLength(2);
    expect(answer.failures).toEqual([
      { arn: expect.stringMatching(INSTANCE), reason: 'RESOURCE:CPU' },
    ]);
    const arns = (answer.tasks ?? []).map((t) => t.taskArn ?? '');
    const described = await ecs.send(new DescribeTasksCommand({ cluster: CLUSTER, tasks: arns }));
    expect(described.tasks?.map((t) => t.lastStatus)).toEqual(['PROVISIONING', 'PROVISIONING']);
  });

  it('gives the detail when the scenario has one (AGENT)', async () => {
    const answer = await run('agentless');
    expect(answer.failures).toEqual([
      { arn: expect.stringMatching(INSTANCE), reason: 'AGENT', detail: 'agent disconnected' },
    ]);
  });

  it("answers Fargate's capacity message without an ARN", async () => {
    const answer = await run('fargate-job', 2);
    expect(answer.tasks).toEqual([]);
    expect(answer.failures).toEqual([
      {
        reason:
          'Capacity is unavailable at this time. Please try again later or in a different availability zone',
      },
    ]);
  });

  it('refuses MISSING in a scenario: it is not a RunTask reason', async () => {
    await expect(
      startSandbox({
        scenario: { ecs: { 'run-task': [{ 'placement-failure': { reason: 'MISSING' } }] } },
      }),
    ).rejects.toThrow(/ecs\.run-task\[0\]\.placement-failure\.reason: "MISSING" is not one of/);
  });
});

describe.skipIf(!hasAwsCli)(
  'RunTask failures[] through the AWS CLI (skipped without /usr/bin/aws)',
  () => {
    it('prints the failures and no task', { timeout: 30_000 }, async () => {
      const network = JSON.stringify(SUBNETS);
      const result = await awsCli(sandbox(), [
        'ecs',
        'run-task',
        '--cluster',
        CLUSTER,
        '--task-definition',
        'big-job',
        '--count',
        '2',
        '--launch-type',
        'FARGATE',
        '--network-configuration',
        network,
      ]);
      expect(result.code).toBe(0);
      const answer = JSON.parse(result.stdout);
      expect(answer.tasks).toEqual([]);
      expect(answer.failures).toEqual([
        { arn: expect.stringMatching(INSTANCE), reason: 'RESOURCE:MEMORY' },
      ]);
    });
  },
);
