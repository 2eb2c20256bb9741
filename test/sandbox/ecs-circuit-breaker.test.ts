import { describe, expect, it } from 'vitest';
import { failureThreshold } from '../../src/sandbox/ecs/circuit-breaker.js';
import { ecsHarness, fargateDefinition, type Wire } from './ecs-harness.js';

const IMAGE = '555043101106.dkr.ecr.eu-west-3.amazonaws.com/ca-a2a/extractor';
const PULL_ERROR =
  'CannotPullContainerError: pull image manifest has been retried 7 time(s): failed to resolve ref';

function scenario(
  breaker: { enable: boolean; rollback: boolean } | undefined,
  bad: Record<string, unknown> = {},
) {
  return {
    clusters: ['ca-a2a-cluster'],
    services: [
      {
        name: 'extractor',
        'task-definition': 'ca-a2a-extractor:7',
        image: `${IMAGE}:5.0.3`,
        'desired-count': 2,
        rollout: '20s',
        ...(breaker ? { 'circuit-breaker': breaker } : {}),
      },
    ],
    'bad-images': [{ image: '*:5.1.0-broken', 'fail-after': '5s', ...bad }],
  };
}

async function deployBroken(h: ReturnType<typeof ecsHarness>) {
  await h.call(
    'RegisterTaskDefinition',
    fargateDefinition('ca-a2a-extractor', `${IMAGE}:5.1.0-broken`, 'extractor'),
  );
  const { service } = await h.call('UpdateService', {
    cluster: 'ca-a2a-cluster',
    service: 'extractor',
    taskDefinition: 'ca-a2a-extractor:8',
  });
  return service.deployments[0].id as string;
}

/** One line per second of what DescribeServices shows about each deployment. */
async function watch(h: ReturnType<typeof ecsHarness>, seconds: number): Promise<string[]> {
  const lines: string[] = [];
  for (let i = 0; i < seconds; i++) {
    h.clock.advance(1000);
    const s = await h.service('ca-a2a-cluster', 'extractor');
    const deployments = s.deployments.map(
      (d: Wire) =>
        `${d.status}(${d.taskDefinition.split(':').at(-1)}) ${d.rolloutState} run=${d.runningCount} failed=${d.failedTasks}`,
    );
    lines.push(`${h.elapsed()}s ${deployments.join(' | ')}`);
  }
  return lines;
}

describe('the circuit breaker with rollback', () => {
  it('tells the whole story through DescribeServices alone', async () => {
    const h = ecsHarness(scenario({ enable: true, rollback: true }));
    const originalId = (await h.service('ca-a2a-cluster', 'extractor')).deployments[0].id;
    const failedId = await deployBroken(h);
    const lines = await watch(h, 31);
    expect(lines[4]).toBe(
      '5s PRIMARY(8) IN_PROGRESS run=0 failed=2 | ACTIVE(7) COMPLETED run=2 failed=0',
    );
    expect(lines[9]).toBe(
      '10s PRIMARY(7) IN_PROGRESS run=0 failed=0 | ACTIVE(8) FAILED run=0 failed=3 | ACTIVE(7) COMPLETED run=2 failed=0',
    );
    expect(lines[29]).toBe('30s PRIMARY(7) COMPLETED run=2 failed=0');
    const s = await h.service('ca-a2a-cluster', 'extractor');
    const messages: string[] = s.events.map((e: Wire) => e.message).reverse();
    expect(messages).toContain(
      `(service extractor) (deployment ${failedId}) deployment failed: tasks failed to start.`,
    );
    expect(messages).toContain(
      `(service extractor) (deployment ${failedId}) rolling back to deployment ${originalId}.`,
    );
    expect(messages.slice(-2)).toEqual([
      `(service extractor) (deployment ${s.deployments[0].id}) deployment completed.`,
      '(service extractor) has reached a steady state.',
    ]);
    expect(s.deployments[0].id).not.toBe(originalId);
    expect(s.taskDefinition).toMatch(/ca-a2a-extractor:7$/);
  });

  it('marks the failed deployment and points the rollback at the last completed one', async () => {
    const h = ecsHarness(scenario({ enable: true, rollback: true }));
    const before = await h.service('ca-a2a-cluster', 'extractor');
    const failedId = await deployBroken(h);
    h.clock.advance(10_000);
    const s = await h.service('ca-a2a-cluster', 'extractor');
    const [rollback, failed] = s.deployments;
    expect(rollback).toMatchObject({
      status: 'PRIMARY',
      rolloutState: 'IN_PROGRESS',
      rolloutStateReason: `ECS deployment circuit breaker: rolling back to deploymentId ${before.deployments[0].id}.`,
    });
    expect(failed).toMatchObject({
      id: failedId,
      status: 'ACTIVE',
      rolloutState: 'FAILED',
      rolloutStateReason: 'ECS deployment circuit breaker: tasks failed to start.',
      desiredCount: 0,
    });
  });

  it('leaves stopped tasks that say why they failed', async () => {
    const h = ecsHarness(scenario({ enable: true, rollback: true }));
    await deployBroken(h);
    h.clock.advance(10_000);
    const { taskArns } = await h.call('ListTasks', {
      cluster: 'ca-a2a-cluster',
      serviceName: 'extractor',
      desiredStatus: 'STOPPED',
    });
    expect(taskArns).toHaveLength(4);
    const { tasks } = await h.call('DescribeTasks', { cluster: 'ca-a2a-cluster', tasks: taskArns });
    const failedToStart = tasks.filter((t: Wire) => t.stopCode === 'TaskFailedToStart');
    expect(failedToStart.length).toBeGreaterThanOrEqual(3);
    for (const task of failedToStart) {
      expect(task.stoppedReason).toContain(PULL_ERROR);
      expect(task.containers[0].reason).toBe(task.stoppedReason);
      expect(task.containers[0].exitCode).toBeUndefined();
      expect(task.startedAt).toBeUndefined();
    }
  });
});

describe('the circuit breaker without rollback', () => {
  it('leaves the FAILED deployment PRIMARY and the old tasks running', async () => {
    const h = ecsHarness(scenario({ enable: true, rollback: false }));
    await deployBroken(h);
    const lines = await watch(h, 60);
    expect(lines[9]).toBe(
      '10s PRIMARY(8) FAILED run=0 failed=3 | ACTIVE(7) COMPLETED run=2 failed=0',
    );
    expect(lines[59]).toBe(
      '60s PRIMARY(8) FAILED run=0 failed=3 | ACTIVE(7) COMPLETED run=2 failed=0',
    );
  });
});

describe('no circuit breaker (the CreateService default)', () => {
  it('keeps relaunching failing tasks and never leaves IN_PROGRESS', async () => {
    const h = ecsHarness(scenario(undefined));
    await deployBroken(h);
    h.clock.advance(10 * 60_000);
    const s = await h.service('ca-a2a-cluster', 'extractor');
    expect(s.deployments[0]).toMatchObject({ rolloutState: 'IN_PROGRESS', runningCount: 0 });
    expect(s.deployments[0].failedTasks).toBeGreaterThan(6);
    expect(s.runningCount).toBe(2);
    expect(s.events.map((e: Wire) => e.message)).toContain(
      '(service extractor) is unable to consistently start tasks successfully. For more information, see the Troubleshooting section of the Amazon ECS Developer Guide.',
    );
  });

  it('is turned on by UpdateService for the deployment it starts', async () => {
    const h = ecsHarness(scenario(undefined));
    await h.call(
      'RegisterTaskDefinition',
      fargateDefinition('ca-a2a-extractor', `${IMAGE}:5.1.0-broken`, 'extractor'),
    );
    await h.call('UpdateService', {
      cluster: 'ca-a2a-cluster',
      service: 'extractor',
      taskDefinition: 'ca-a2a-extractor:8',
      deploymentConfiguration: { deploymentCircuitBreaker: { enable: true, rollback: true } },
    });
    h.clock.advance(30_000);
    const s = await h.service('ca-a2a-cluster', 'extractor');
    expect(s.deploymentConfiguration.deploymentCircuitBreaker).toEqual({
      enable: true,
      rollback: true,
    });
    expect(s.deployments).toHaveLength(1);
    expect(s.taskDefinition).toMatch(/:7$/);
  });
});

const OOM = 'OutOfMemoryError: Container killed due to memory usage';

async function stoppedTasks(h: ReturnType<typeof ecsHarness>, startedBy: string): Promise<Wire[]> {
  const { taskArns } = await h.call('ListTasks', {
    cluster: 'ca-a2a-cluster',
    startedBy,
    desiredStatus: 'STOPPED',
  });
  if (taskArns.length === 0) return [];
  return (await h.call('DescribeTasks', { cluster: 'ca-a2a-cluster', tasks: taskArns })).tasks;
}

describe('a bad image whose tasks start, then exit (a crash loop)', () => {
  it('is never counted: the rollout stays IN_PROGRESS while ECS keeps replacing the tasks', async () => {
    const h = ecsHarness(
      scenario({ enable: true, rollback: true }, { 'exit-code': 3, reason: OOM }),
    );
    const id = await deployBroken(h);
    const lines = await watch(h, 120);
    // RUNNING at 2.5 s, exited at 5 s, replaced at once; the ran task reset the count.
    expect(lines[2]).toBe(
      '3s PRIMARY(8) IN_PROGRESS run=2 failed=0 | ACTIVE(7) COMPLETED run=2 failed=0',
    );
    // A scheduler without health checks took the RUNNING tasks as healthy and drained the old ones.
    expect(lines[29]).toBe(
      '30s PRIMARY(8) IN_PROGRESS run=0 failed=0 | ACTIVE(7) COMPLETED run=0 failed=0',
    );
    expect(lines[119]).toBe(
      '120s PRIMARY(8) IN_PROGRESS run=0 failed=0 | ACTIVE(7) COMPLETED run=0 failed=0',
    );
    const stopped = await stoppedTasks(h, id);
    expect(stopped.length).toBeGreaterThanOrEqual(40);
    for (const task of stopped) {
      expect(task).toMatchObject({
        startedBy: id,
        stopCode: 'EssentialContainerExited',
        stoppedReason: 'Essential container in task exited',
      });
      expect(task.startedAt).toBeDefined();
      expect(task.containers[0]).toMatchObject({ exitCode: 3, reason: OOM });
    }
    const messages = (await h.service('ca-a2a-cluster', 'extractor')).events.map(
      (e: Wire) => e.message,
    );
    expect(messages.some((m: string) => m.includes('deployment failed'))).toBe(false);
  });
});

describe('a bad image whose tasks fail their health checks', () => {
  it('is counted (stage 2): FAILED at the threshold, the old tasks still running', async () => {
    const h = ecsHarness(scenario({ enable: true, rollback: false }, { unhealthy: true }));
    const id = await deployBroken(h);
    h.clock.advance(3000);
    expect((await h.service('ca-a2a-cluster', 'extractor')).deployments[0].runningCount).toBe(2);
    h.clock.advance(7000);
    const s = await h.service('ca-a2a-cluster', 'extractor');
    expect(s.deployments[0]).toMatchObject({ rolloutState: 'FAILED', failedTasks: 3 });
    expect(s.deployments[1]).toMatchObject({ status: 'ACTIVE', runningCount: 2 });
    const unhealthy = (await stoppedTasks(h, id)).filter(
      (t: Wire) => t.stoppedReason === 'Task failed container health checks',
    );
    expect(unhealthy.length).toBeGreaterThanOrEqual(3);
    expect(unhealthy[0]).toMatchObject({ stopCode: 'ServiceSchedulerInitiated' });
  });
});

describe('failureThreshold', () => {
  it('follows the documented bounds: 0.5 × desired, at least 3, at most 200', () => {
    const on = { enable: true, rollback: true };
    expect([1, 2, 6, 7, 25, 400, 1000].map((n) => failureThreshold(on, n))).toEqual([
      3, 3, 3, 4, 13, 200, 200,
    ]);
    expect(
      failureThreshold({ ...on, thresholdConfiguration: { type: 'COUNT', value: 5 } }, 800),
    ).toBe(5);
    expect(
      failureThreshold(
        { ...on, thresholdConfiguration: { type: 'UNBOUNDED_PERCENT', value: 50 } },
        800,
      ),
    ).toBe(400);
  });
});
