/**
 * The simulated ECS through the real @aws-sdk/client-ecs over HTTP, on a ManualClock so every
 * step of a rollout is observed exactly.
 */
import { GetLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import {
  ClientException,
  ClusterNotFoundException,
  CreateServiceCommand,
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  DescribeTasksCommand,
  type ECSClient,
  InvalidParameterException,
  ListServicesCommand,
  ListTasksCommand,
  RegisterTaskDefinitionCommand,
  RunTaskCommand,
  ServiceNotFoundException,
  StopTaskCommand,
  UpdateServiceCommand,
} from '@aws-sdk/client-ecs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/sandbox/clock.js';
import { clientsFor, type SandboxClients, useSandbox } from '../helpers/sandbox.js';
import { fargateDefinition, SUBNETS } from './ecs-harness.js';

const REPO = '555043101106.dkr.ecr.eu-west-3.amazonaws.com/ca-a2a';
const CLUSTER = 'ca-a2a-cluster';
const clock = new ManualClock(Date.UTC(2026, 2, 1, 12));

const sandbox = useSandbox({
  clock,
  scenario: {
    'account-id': '555043101106',
    ecs: {
      clusters: [CLUSTER],
      services: ['orchestrator', 'extractor', 'validator', 'archivist'].map((name, i) => ({
        name,
        'task-definition': `ca-a2a-${name}:11`,
        image: `${REPO}/${name}:5.0.3`,
        port: 8001 + i,
        'desired-count': 2,
        rollout: '20s',
        'load-balancer': true,
        'circuit-breaker': { enable: true, rollback: true },
      })),
      'bad-images': [{ image: `${REPO}/*:5.1.0-broken`, 'fail-after': '5s' }],
      'run-task': [
        {
          family: 'ca-a2a-migrate',
          'exit-code': 3,
          reason: 'migration failed',
          logs: ['applying 001', 'ERROR: relation exists'],
        },
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

async function describeService(name: string) {
  const { services } = await ecs.send(
    new DescribeServicesCommand({ cluster: CLUSTER, services: [name] }),
  );
  const service = services?.[0];
  if (!service) throw new Error(`${name} not described`);
  return service;
}

async function register(family: string, image: string) {
  const { taskDefinition } = await ecs.send(
    new RegisterTaskDefinitionCommand(
      fargateDefinition(family, image, family.replace('ca-a2a-', '')) as never,
    ),
  );
  return taskDefinition?.taskDefinitionArn ?? '';
}

describe('errors arrive as the SDK exception classes', () => {
  it('ClusterNotFoundException, ServiceNotFoundException, InvalidParameterException, ClientException', async () => {
    await expect(
      ecs.send(new DescribeServicesCommand({ cluster: 'nope', services: ['x'] })),
    ).rejects.toBeInstanceOf(ClusterNotFoundException);
    await expect(
      ecs.send(new UpdateServiceCommand({ cluster: CLUSTER, service: 'ghost', desiredCount: 1 })),
    ).rejects.toBeInstanceOf(ServiceNotFoundException);
    const eleven = Array.from({ length: 11 }, (_, i) => `s${i}`);
    const tooMany = ecs.send(new DescribeServicesCommand({ cluster: CLUSTER, services: eleven }));
    await expect(tooMany).rejects.toBeInstanceOf(InvalidParameterException);
    await expect(tooMany).rejects.toThrow('service names can have at most 10 items');
    await expect(
      ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: 'ghost' })),
    ).rejects.toBeInstanceOf(ClientException);
  });
});

describe('DescribeServices and ListServices', () => {
  it('describes up to 10 services in one call, unknown names as MISSING failures', async () => {
    const { services, failures } = await ecs.send(
      new DescribeServicesCommand({
        cluster: CLUSTER,
        services: ['orchestrator', 'extractor', 'ghost'],
      }),
    );
    expect(services?.map((s) => s.serviceName)).toEqual(['orchestrator', 'extractor']);
    expect(services?.[0]?.createdAt).toBeInstanceOf(Date);
    expect(services?.[0]?.events?.[0]?.createdAt).toBeInstanceOf(Date);
    expect(failures).toEqual([
      { arn: `arn:aws:ecs:eu-west-3:555043101106:service/${CLUSTER}/ghost`, reason: 'MISSING' },
    ]);
  });

  it('lists service ARNs in pages', async () => {
    const first = await ecs.send(new ListServicesCommand({ cluster: CLUSTER, maxResults: 3 }));
    expect(first.serviceArns).toHaveLength(3);
    const rest = await ecs.send(
      new ListServicesCommand({ cluster: CLUSTER, nextToken: first.nextToken }),
    );
    expect(rest.serviceArns).toEqual([
      `arn:aws:ecs:eu-west-3:555043101106:service/${CLUSTER}/archivist`,
    ]);
  });
});

describe('the circuit breaker, as DescribeServices shows it', () => {
  it('IN_PROGRESS, failed tasks, FAILED, a rollback deployment, COMPLETED on the old revision', async () => {
    const broken = await register('ca-a2a-validator', `${REPO}/validator:5.1.0-broken`);
    await ecs.send(
      new UpdateServiceCommand({ cluster: CLUSTER, service: 'validator', taskDefinition: broken }),
    );
    const story: string[] = [];
    for (let second = 0; second <= 30; second++) {
      const s = await describeService('validator');
      const [primary, ...others] = s.deployments ?? [];
      const line = [
        `${primary?.taskDefinition?.split(':').at(-1)} ${primary?.rolloutState}`,
        `failed=${primary?.failedTasks}`,
        ...others.map(
          (d) => `${d.status}:${d.taskDefinition?.split(':').at(-1)} ${d.rolloutState}`,
        ),
      ].join(' ');
      if (story.at(-1) !== line) story.push(line);
      clock.advance(1000);
    }
    expect(story).toEqual([
      '12 IN_PROGRESS failed=0 ACTIVE:11 COMPLETED',
      '12 IN_PROGRESS failed=2 ACTIVE:11 COMPLETED',
      '11 IN_PROGRESS failed=0 ACTIVE:12 FAILED ACTIVE:11 COMPLETED',
      '11 COMPLETED failed=0',
    ]);
    const s = await describeService('validator');
    expect(s.taskDefinition).toMatch(/ca-a2a-validator:11$/);
    expect(s.runningCount).toBe(2);
    const messages = s.events?.map((e) => e.message ?? '') ?? [];
    expect(messages.some((m) => m.endsWith('deployment failed: tasks failed to start.'))).toBe(
      true,
    );
    expect(messages.some((m) => m.includes('rolling back to deployment ecs-svc/'))).toBe(true);
  });

  it('keeps the failed tasks with their stoppedReason for DescribeTasks', async () => {
    const { taskArns } = await ecs.send(
      new ListTasksCommand({
        cluster: CLUSTER,
        serviceName: 'validator',
        desiredStatus: 'STOPPED',
      }),
    );
    const { tasks } = await ecs.send(
      new DescribeTasksCommand({ cluster: CLUSTER, tasks: taskArns }),
    );
    const failed = tasks?.filter((t) => t.stopCode === 'TaskFailedToStart') ?? [];
    expect(failed.length).toBeGreaterThanOrEqual(3);
    expect(failed[0]?.stoppedReason).toMatch(/^CannotPullContainerError: /);
    expect(failed[0]?.stoppedAt).toBeInstanceOf(Date);
  });
});

describe('health endpoints', () => {
  it('answer with the running image tag, and follow a deployment', async () => {
    const url = `${sandbox().url}/orchestrator/health`;
    expect(await (await fetch(url)).json()).toEqual({
      status: 'healthy',
      agent: 'Orchestrator',
      version: '5.0.3',
    });
    const next = await register('ca-a2a-orchestrator', `${REPO}/orchestrator:5.1.0`);
    await ecs.send(
      new UpdateServiceCommand({ cluster: CLUSTER, service: 'orchestrator', taskDefinition: next }),
    );
    clock.advance(20_000);
    const reply = await fetch(url);
    expect(reply.status).toBe(200);
    expect(await reply.json()).toMatchObject({ version: '5.1.0' });
  });

  it('answer 503 while no task runs', async () => {
    await ecs.send(
      new UpdateServiceCommand({ cluster: CLUSTER, service: 'archivist', desiredCount: 0 }),
    );
    const reply = await fetch(`${sandbox().url}/archivist/health`);
    expect(reply.status).toBe(503);
    expect(await reply.json()).toEqual({ status: 'unhealthy' });
  });
});

describe('CreateService, RunTask and StopTask', () => {
  it('creates a service with the circuit breaker it is given', async () => {
    const arn = await register('ca-a2a-admin-api', `${REPO}/admin-api:5.1.0`);
    const { service } = await ecs.send(
      new CreateServiceCommand({
        cluster: CLUSTER,
        serviceName: 'admin-api',
        taskDefinition: arn,
        desiredCount: 1,
        launchType: 'FARGATE',
        networkConfiguration: SUBNETS as never,
        deploymentConfiguration: { deploymentCircuitBreaker: { enable: true, rollback: true } },
      }),
    );
    expect(service?.deployments?.[0]?.rolloutState).toBe('IN_PROGRESS');
    clock.advance(20_000);
    expect((await describeService('admin-api')).deployments?.[0]?.rolloutState).toBe('COMPLETED');
  });

  it('runs a task whose log lines GetLogEvents returns', async () => {
    const arn = await register('ca-a2a-migrate', `${REPO}/admin-api:5.1.0`);
    const { tasks } = await ecs.send(
      new RunTaskCommand({
        cluster: CLUSTER,
        taskDefinition: arn,
        launchType: 'FARGATE',
        networkConfiguration: SUBNETS as never,
      }),
    );
    const task = tasks?.[0];
    expect(task?.lastStatus).toBe('PROVISIONING');
    clock.advance(10_000);
    const { tasks: done } = await ecs.send(
      new DescribeTasksCommand({ cluster: CLUSTER, tasks: [task?.taskArn ?? ''] }),
    );
    expect(done?.[0]?.containers?.[0]).toMatchObject({ exitCode: 3, reason: 'migration failed' });
    const id = task?.taskArn?.split('/').at(-1);
    const { events } = await clients.logs.send(
      new GetLogEventsCommand({
        logGroupName: '/ecs/ca-a2a-migrate',
        logStreamName: `ecs/migrate/${id}`,
        startFromHead: true,
      }),
    );
    expect(events?.map((e) => e.message)).toEqual(['applying 001', 'ERROR: relation exists']);
  });

  it('stops a task on request', async () => {
    const { taskArns } = await ecs.send(
      new ListTasksCommand({ cluster: CLUSTER, serviceName: 'extractor' }),
    );
    const { task } = await ecs.send(
      new StopTaskCommand({ cluster: CLUSTER, task: taskArns?.[0], reason: 'test' }),
    );
    expect(task?.desiredStatus).toBe('STOPPED');
    clock.advance(2000);
    const { tasks } = await ecs.send(
      new DescribeTasksCommand({ cluster: CLUSTER, tasks: [taskArns?.[0] ?? ''] }),
    );
    expect(tasks?.[0]).toMatchObject({
      lastStatus: 'STOPPED',
      stopCode: 'UserInitiated',
      stoppedReason: 'test',
    });
    expect((await describeService('extractor')).pendingCount).toBe(1);
  });
});
