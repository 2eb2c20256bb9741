/**
 * The circuit breaker's counting through the real @aws-sdk/client-ecs over HTTP, on a
 * ManualClock: tasks that never start and tasks that fail health checks are counted; tasks that
 * start and then exit (a crash loop) are not, as on AWS (containers-roadmap#1206), and they are
 * found again through ListTasks + DescribeTasks by the deployment id in `startedBy`.
 */
import {
  DescribeServicesCommand,
  DescribeTasksCommand,
  type ECSClient,
  ListTasksCommand,
  RegisterTaskDefinitionCommand,
  type Task,
  UpdateServiceCommand,
} from '@aws-sdk/client-ecs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/sandbox/clock.js';
import { clientsFor, type SandboxClients, useSandbox } from '../helpers/sandbox.js';
import { fargateDefinition } from './ecs-harness.js';

const REPO = '555043101106.dkr.ecr.eu-west-3.amazonaws.com/ca-a2a';
const CLUSTER = 'ca-a2a-cluster';
const OOM = 'OutOfMemoryError: Container killed due to memory usage';
const clock = new ManualClock(Date.UTC(2026, 2, 1, 12));

const sandbox = useSandbox({
  clock,
  scenario: {
    'account-id': '555043101106',
    ecs: {
      clusters: [CLUSTER],
      services: ['validator', 'archivist'].map((name) => ({
        name,
        'task-definition': `ca-a2a-${name}:11`,
        image: `${REPO}/${name}:5.0.3`,
        'desired-count': 1,
        rollout: '20s',
        'circuit-breaker': { enable: true, rollback: true },
      })),
      'bad-images': [
        { image: `${REPO}/*:5.1.0-crash`, 'exit-code': 137, reason: OOM, 'fail-after': '5s' },
        { image: `${REPO}/*:5.1.0-unhealthy`, unhealthy: true, 'fail-after': '5s' },
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

async function deploy(service: string, tag: string): Promise<string> {
  const family = `ca-a2a-${service}`;
  const { taskDefinition } = await ecs.send(
    new RegisterTaskDefinitionCommand(
      fargateDefinition(family, `${REPO}/${service}:${tag}`, service) as never,
    ),
  );
  const { service: updated } = await ecs.send(
    new UpdateServiceCommand({
      cluster: CLUSTER,
      service,
      taskDefinition: taskDefinition?.taskDefinitionArn,
    }),
  );
  return updated?.deployments?.[0]?.id ?? '';
}

async function primaryOf(service: string) {
  const { services } = await ecs.send(
    new DescribeServicesCommand({ cluster: CLUSTER, services: [service] }),
  );
  return services?.[0]?.deployments?.[0];
}

/** The way phasegate looks: the service's stopped tasks, kept when the deployment started them. */
async function stoppedOf(service: string, deploymentId: string): Promise<Task[]> {
  const { taskArns } = await ecs.send(
    new ListTasksCommand({ cluster: CLUSTER, serviceName: service, desiredStatus: 'STOPPED' }),
  );
  if (!taskArns?.length) return [];
  const { tasks } = await ecs.send(new DescribeTasksCommand({ cluster: CLUSTER, tasks: taskArns }));
  return (tasks ?? []).filter((t) => t.startedBy === deploymentId);
}

describe('a crash-looping image (tasks start, then exit)', () => {
  it('is not counted by the circuit breaker: IN_PROGRESS with failedTasks 0 after 2 minutes', async () => {
    const id = await deploy('validator', '5.1.0-crash');
    expect(id).toMatch(/^ecs-svc\/\d{19}$/);
    for (let s = 0; s < 120; s++) {
      clock.advance(1000);
      const primary = await primaryOf('validator');
      expect(primary).toMatchObject({ id, rolloutState: 'IN_PROGRESS', failedTasks: 0 });
    }
  });

  it('leaves stopped tasks with startedBy, stopCode, stoppedReason, exit code and reason', async () => {
    const id = (await primaryOf('validator'))?.id ?? '';
    const stopped = await stoppedOf('validator', id);
    expect(stopped.length).toBeGreaterThanOrEqual(20);
    for (const task of stopped) {
      expect(task).toMatchObject({
        startedBy: id,
        lastStatus: 'STOPPED',
        stopCode: 'EssentialContainerExited',
        stoppedReason: 'Essential container in task exited',
      });
      expect(task.startedAt).toBeInstanceOf(Date);
      expect(task.containers?.[0]).toMatchObject({ exitCode: 137, reason: OOM });
    }
  });

  it('ListTasks filters by startedBy', async () => {
    const id = (await primaryOf('validator'))?.id ?? '';
    const { taskArns } = await ecs.send(
      new ListTasksCommand({ cluster: CLUSTER, startedBy: id, desiredStatus: 'STOPPED' }),
    );
    const all = await stoppedOf('validator', id);
    expect([...(taskArns ?? [])].sort()).toEqual(all.map((t) => t.taskArn).sort());
  });
});

describe('an image whose tasks fail their health checks', () => {
  it('is counted: FAILED after 3 tasks, then rolled back', async () => {
    const id = await deploy('archivist', '5.1.0-unhealthy');
    clock.advance(15_000);
    const { services } = await ecs.send(
      new DescribeServicesCommand({ cluster: CLUSTER, services: ['archivist'] }),
    );
    const failed = services?.[0]?.deployments?.find((d) => d.id === id);
    expect(failed).toMatchObject({ rolloutState: 'FAILED', failedTasks: 3 });
    expect(services?.[0]?.deployments?.[0]?.rolloutStateReason).toMatch(
      /^ECS deployment circuit breaker: rolling back to deploymentId ecs-svc\//,
    );
    const stopped = await stoppedOf('archivist', id);
    expect(stopped[0]).toMatchObject({
      stopCode: 'ServiceSchedulerInitiated',
      stoppedReason: 'Task failed container health checks',
    });
  });
});
