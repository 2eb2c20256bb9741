/**
 * The SDK's own waiters against the simulated ECS on a scaled clock (1 real ms = 200 simulated
 * ms): a 20 s rollout takes 0.1 s, so the waiters finish fast with a small minDelay.
 */
import {
  DescribeServicesCommand,
  RegisterTaskDefinitionCommand,
  RunTaskCommand,
  UpdateServiceCommand,
  waitUntilServicesStable,
  waitUntilTasksStopped,
} from '@aws-sdk/client-ecs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientsFor, type SandboxClients, useSandbox } from '../helpers/sandbox.js';
import { fargateDefinition, SUBNETS } from './ecs-harness.js';

const CLUSTER = 'ca-a2a-cluster';
const sandbox = useSandbox({
  scenario: {
    'time-scale': 200,
    ecs: {
      clusters: [CLUSTER],
      services: [
        {
          name: 'orchestrator',
          'task-definition': 'ca-a2a-orchestrator:1',
          image: 'orchestrator:5.0.3',
          'desired-count': 2,
        },
      ],
    },
  },
});

let clients: SandboxClients;
beforeAll(() => {
  clients = clientsFor(sandbox());
});
afterAll(() => clients.destroy());

const fast = () => ({ client: clients.ecs, maxWaitTime: 20, minDelay: 0.05, maxDelay: 0.2 });

describe('SDK waiters', () => {
  it('waitUntilServicesStable returns once the new deployment alone runs the desired count', async () => {
    const { taskDefinition } = await clients.ecs.send(
      new RegisterTaskDefinitionCommand(
        fargateDefinition('ca-a2a-orchestrator', 'orchestrator:5.1.0') as never,
      ),
    );
    await clients.ecs.send(
      new UpdateServiceCommand({
        cluster: CLUSTER,
        service: 'orchestrator',
        taskDefinition: taskDefinition?.taskDefinitionArn,
      }),
    );
    const result = await waitUntilServicesStable(fast(), {
      cluster: CLUSTER,
      services: ['orchestrator'],
    });
    expect(result.state).toBe('SUCCESS');
    const { services } = await clients.ecs.send(
      new DescribeServicesCommand({ cluster: CLUSTER, services: ['orchestrator'] }),
    );
    expect(services?.[0]?.deployments).toHaveLength(1);
    expect(services?.[0]?.deployments?.[0]).toMatchObject({
      rolloutState: 'COMPLETED',
      runningCount: 2,
    });
    expect(services?.[0]?.taskDefinition).toBe(taskDefinition?.taskDefinitionArn);
  });

  it('waitUntilServicesStable fails at once for a service that does not exist', async () => {
    const waiting = waitUntilServicesStable(fast(), { cluster: CLUSTER, services: ['ghost'] });
    await expect(waiting).rejects.toThrow(/FAILURE/);
  });

  it('waitUntilTasksStopped returns once a one-off task has stopped', async () => {
    const { tasks } = await clients.ecs.send(
      new RunTaskCommand({
        cluster: CLUSTER,
        taskDefinition: 'ca-a2a-orchestrator',
        launchType: 'FARGATE',
        networkConfiguration: SUBNETS as never,
      }),
    );
    const arn = tasks?.[0]?.taskArn ?? '';
    const result = await waitUntilTasksStopped(fast(), { cluster: CLUSTER, tasks: [arn] });
    expect(result.state).toBe('SUCCESS');
    const stopped = (
      result.reason as { tasks: { lastStatus: string; containers: { exitCode: number }[] }[] }
    ).tasks[0];
    expect(stopped?.lastStatus).toBe('STOPPED');
    expect(stopped?.containers[0]?.exitCode).toBe(0);
  });
});
