import { describe, expect, it } from 'vitest';
import { ecsHarness, fargateDefinition, SUBNETS, type Wire } from './ecs-harness.js';

const IMAGE = '555043101106.dkr.ecr.eu-west-3.amazonaws.com/ca-a2a/orchestrator';

function scenario() {
  return {
    clusters: ['ca-a2a-cluster'],
    services: [
      {
        name: 'orchestrator',
        'task-definition': 'ca-a2a-orchestrator:11',
        image: `${IMAGE}:5.0.3`,
        port: 8001,
        'desired-count': 2,
        rollout: '20s',
        'load-balancer': true,
      },
    ],
  };
}

const primaryOf = (s: Wire) => s.deployments.find((d: Wire) => d.status === 'PRIMARY');

describe('a scenario service', () => {
  it('starts steady: one COMPLETED deployment running the desired count', async () => {
    const h = ecsHarness(scenario());
    const s = await h.service('ca-a2a-cluster', 'orchestrator');
    expect(s).toMatchObject({
      serviceName: 'orchestrator',
      serviceArn: 'arn:aws:ecs:eu-west-3:555043101106:service/ca-a2a-cluster/orchestrator',
      status: 'ACTIVE',
      desiredCount: 2,
      runningCount: 2,
      pendingCount: 0,
      taskDefinition: 'arn:aws:ecs:eu-west-3:555043101106:task-definition/ca-a2a-orchestrator:11',
      deploymentConfiguration: { deploymentCircuitBreaker: { enable: false, rollback: false } },
    });
    expect(s.deployments).toHaveLength(1);
    expect(s.deployments[0]).toMatchObject({ status: 'PRIMARY', rolloutState: 'COMPLETED' });
    expect(s.deployments[0].id).toMatch(/^ecs-svc\/\d{19}$/);
    expect(s.events[0].message).toBe('(service orchestrator) has reached a steady state.');
  });
});

describe('UpdateService with a new task definition', () => {
  async function update() {
    const h = ecsHarness(scenario());
    const td = fargateDefinition('ca-a2a-orchestrator', `${IMAGE}:5.1.0`, 'orchestrator');
    const registered = await h.call('RegisterTaskDefinition', td);
    expect(registered.taskDefinition.revision).toBe(12);
    h.clock.advance(1000);
    const before = await h.service('ca-a2a-cluster', 'orchestrator');
    const updated = await h.call('UpdateService', {
      cluster: 'ca-a2a-cluster',
      service: 'orchestrator',
      taskDefinition: 'ca-a2a-orchestrator:12',
    });
    return { h, before, updated: updated.service as Wire };
  }

  it('creates an IN_PROGRESS PRIMARY and leaves the old deployment ACTIVE', async () => {
    const { before, updated } = await update();
    expect(updated.deployments).toHaveLength(2);
    const [primary, active] = updated.deployments;
    expect(primary).toMatchObject({
      status: 'PRIMARY',
      rolloutState: 'IN_PROGRESS',
      taskDefinition: expect.stringMatching(/ca-a2a-orchestrator:12$/),
      desiredCount: 2,
      runningCount: 0,
      pendingCount: 2,
    });
    expect(primary.rolloutStateReason).toBe(`ECS deployment ${primary.id} in progress.`);
    expect(active).toMatchObject({
      id: before.deployments[0].id,
      status: 'ACTIVE',
      runningCount: 2,
    });
    expect(updated.taskDefinition).toMatch(/:12$/);
    expect(updated.events[0].message).toMatch(
      /^\(service orchestrator\) has started 2 tasks: \(task [0-9a-f]{32}\) \(task [0-9a-f]{32}\)\.$/,
    );
  });

  it('moves running counts gradually and completes after the rollout time', async () => {
    const { h } = await update();
    const seen: string[] = [];
    for (let second = 1; second <= 21; second++) {
      h.clock.advance(1000);
      const s = await h.service('ca-a2a-cluster', 'orchestrator');
      const counts = s.deployments.map(
        (d: Wire) => `${d.status}:${d.runningCount}/${d.pendingCount}`,
      );
      seen.push(
        `${second}s ${primaryOf(s).rolloutState} ${counts.join(' ')} svc:${s.runningCount}`,
      );
      const total = s.deployments.reduce((n: number, d: Wire) => n + d.runningCount, 0);
      expect(s.runningCount).toBe(total);
    }
    expect(seen[4]).toBe('5s IN_PROGRESS PRIMARY:1/1 ACTIVE:2/0 svc:3');
    expect(seen[9]).toBe('10s IN_PROGRESS PRIMARY:2/0 ACTIVE:2/0 svc:4');
    expect(seen[14]).toBe('15s IN_PROGRESS PRIMARY:2/0 ACTIVE:1/0 svc:3');
    expect(seen[18]).toBe('19s IN_PROGRESS PRIMARY:2/0 ACTIVE:1/0 svc:3');
    expect(seen[19]).toBe('20s COMPLETED PRIMARY:2/0 svc:2');
  });

  it('writes the events ECS writes, newest first, with ids and times', async () => {
    const { h, updated } = await update();
    h.clock.advance(20_000);
    const s = await h.service('ca-a2a-cluster', 'orchestrator');
    const id = updated.deployments[0].id;
    const messages = s.events.map((e: Wire) => e.message);
    expect(messages.slice(0, 5)).toEqual([
      '(service orchestrator) has reached a steady state.',
      `(service orchestrator) (deployment ${id}) deployment completed.`,
      expect.stringMatching(
        /^\(service orchestrator\) has stopped 1 running tasks: \(task \w{32}\)\.$/,
      ),
      expect.stringMatching(
        /^\(service orchestrator\) has stopped 1 running tasks: \(task \w{32}\)\.$/,
      ),
      expect.stringMatching(/^\(service orchestrator\) has started 2 tasks:/),
    ]);
    const times = s.events.map((e: Wire) => e.createdAt);
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(new Set(s.events.map((e: Wire) => e.id)).size).toBe(s.events.length);
    expect(primaryOf(s).rolloutStateReason).toBe(`ECS deployment ${id} completed.`);
  });

  it('stops replaced tasks with the scheduler stop code', async () => {
    const { h, before } = await update();
    h.clock.advance(20_000);
    const newId = (await h.service('ca-a2a-cluster', 'orchestrator')).deployments[0].id;
    const listed = await h.call('ListTasks', {
      cluster: 'ca-a2a-cluster',
      desiredStatus: 'STOPPED',
    });
    const { tasks } = await h.call('DescribeTasks', {
      cluster: 'ca-a2a-cluster',
      tasks: listed.taskArns,
    });
    expect(tasks).toHaveLength(2);
    for (const task of tasks) {
      expect(task).toMatchObject({
        lastStatus: 'STOPPED',
        stopCode: 'ServiceSchedulerInitiated',
        stoppedReason: `Scaling activity initiated by (deployment ${newId})`,
        startedBy: before.deployments[0].id,
        group: 'service:orchestrator',
      });
    }
  });

  it('is deterministic: the same calls at the same times give the same answers', async () => {
    const run = async () => {
      const { h } = await update();
      h.clock.advance(12_000);
      return h.service('ca-a2a-cluster', 'orchestrator');
    };
    expect(await run()).toEqual(await run());
  });
});

describe('UpdateService without a new task definition', () => {
  it('starts no deployment when nothing changes', async () => {
    const h = ecsHarness(scenario());
    const { service } = await h.call('UpdateService', {
      cluster: 'ca-a2a-cluster',
      service: 'orchestrator',
      taskDefinition: 'ca-a2a-orchestrator:11',
    });
    expect(service.deployments).toHaveLength(1);
  });

  it('forceNewDeployment starts one on the same revision', async () => {
    const h = ecsHarness(scenario());
    const { service } = await h.call('UpdateService', {
      cluster: 'ca-a2a-cluster',
      service: 'orchestrator',
      forceNewDeployment: true,
    });
    expect(service.deployments).toHaveLength(2);
    expect(service.deployments[0].taskDefinition).toBe(service.deployments[1].taskDefinition);
  });

  it('scales the PRIMARY up and reaches a steady state again', async () => {
    const h = ecsHarness(scenario());
    const { service } = await h.call('UpdateService', {
      cluster: 'ca-a2a-cluster',
      service: 'orchestrator',
      desiredCount: 4,
    });
    expect(service).toMatchObject({ desiredCount: 4, runningCount: 2, pendingCount: 2 });
    expect(service.deployments).toHaveLength(1);
    h.clock.advance(10_000);
    const s = await h.service('ca-a2a-cluster', 'orchestrator');
    expect(s).toMatchObject({ desiredCount: 4, runningCount: 4, pendingCount: 0 });
    expect(s.events[0].message).toBe('(service orchestrator) has reached a steady state.');
  });

  it('scales down at once', async () => {
    const h = ecsHarness(scenario());
    const { service } = await h.call('UpdateService', {
      cluster: 'ca-a2a-cluster',
      service: 'orchestrator',
      desiredCount: 1,
    });
    expect(service).toMatchObject({ desiredCount: 1, runningCount: 1 });
    expect(service.events[0].message).toBe('(service orchestrator) has reached a steady state.');
    expect(service.events[1].message).toMatch(/has stopped 1 running tasks/);
  });
});

describe('a deployment superseded mid-rollout', () => {
  it('drains the superseded deployment and completes the newest one', async () => {
    const h = ecsHarness(scenario());
    for (const tag of ['5.1.0', '5.1.1']) {
      await h.call(
        'RegisterTaskDefinition',
        fargateDefinition('ca-a2a-orchestrator', `${IMAGE}:${tag}`, 'orchestrator'),
      );
    }
    const target = { cluster: 'ca-a2a-cluster', service: 'orchestrator' };
    await h.call('UpdateService', { ...target, taskDefinition: 'ca-a2a-orchestrator:12' });
    h.clock.advance(6000);
    const { service } = await h.call('UpdateService', {
      ...target,
      taskDefinition: 'ca-a2a-orchestrator:13',
    });
    expect(service.deployments.map((d: Wire) => d.status)).toEqual(['PRIMARY', 'ACTIVE', 'ACTIVE']);
    h.clock.advance(20_000);
    const s = await h.service('ca-a2a-cluster', 'orchestrator');
    expect(s.deployments).toHaveLength(1);
    expect(s.deployments[0]).toMatchObject({ rolloutState: 'COMPLETED', runningCount: 2 });
    expect(s.taskDefinition).toMatch(/:13$/);
    expect(s.runningCount).toBe(2);
  });
});

describe('CreateService', () => {
  it('creates a service whose first deployment completes after the rollout time', async () => {
    const h = ecsHarness({ clusters: ['ca-a2a-cluster'] });
    await h.call('RegisterTaskDefinition', fargateDefinition('ca-a2a-admin-api', 'admin:5.1.0'));
    const { service } = await h.call('CreateService', {
      cluster: 'ca-a2a-cluster',
      serviceName: 'admin-api',
      taskDefinition: 'ca-a2a-admin-api',
      desiredCount: 1,
      launchType: 'FARGATE',
      networkConfiguration: SUBNETS,
    });
    expect(service).toMatchObject({
      status: 'ACTIVE',
      desiredCount: 1,
      runningCount: 0,
      pendingCount: 1,
      launchType: 'FARGATE',
      deploymentConfiguration: {
        maximumPercent: 200,
        minimumHealthyPercent: 100,
        deploymentCircuitBreaker: { enable: false, rollback: false },
      },
    });
    h.clock.advance(19_999);
    expect((await h.service('ca-a2a-cluster', 'admin-api')).deployments[0].rolloutState).toBe(
      'IN_PROGRESS',
    );
    h.clock.advance(1);
    const s = await h.service('ca-a2a-cluster', 'admin-api');
    expect(s.deployments[0].rolloutState).toBe('COMPLETED');
    expect(s.runningCount).toBe(1);
  });
});
