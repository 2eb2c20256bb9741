import type { Deployment, ECSClient, Service } from '@aws-sdk/client-ecs';
import { describe, expect, it } from 'vitest';
import { MemoryLogger } from '../../../src/core/log.js';
import { EventTracker } from '../../../src/phases/ecs-deploy/events.js';
import {
  awaitsEcsRollback,
  ECS_ROLLBACK_GRACE_MS,
  judge,
  type Rollout,
  Watcher,
} from '../../../src/phases/ecs-deploy/watch.js';

const TD = 'arn:aws:ecs:eu-west-3:1:task-definition/orchestrator';

function deployment(id: string, fields: Partial<Deployment> = {}): Deployment {
  return {
    id,
    status: 'PRIMARY',
    taskDefinition: `${TD}:8`,
    desiredCount: 2,
    runningCount: 2,
    rolloutState: 'IN_PROGRESS',
    ...fields,
  };
}

const service = (deployments: Deployment[], fields: Partial<Service> = {}): Service => ({
  serviceName: 'orchestrator',
  status: 'ACTIVE',
  deployments,
  ...fields,
});

describe('judge', () => {
  it('is done only when our PRIMARY is COMPLETED, runs its desired count and stands alone', () => {
    const old = deployment('old', {
      status: 'ACTIVE',
      rolloutState: 'COMPLETED',
      taskDefinition: `${TD}:7`,
    });
    expect(judge(service([deployment('new'), old]), 'new').state).toBe('in-progress');
    expect(
      judge(service([deployment('new', { rolloutState: 'COMPLETED' }), old]), 'new').state,
    ).toBe('in-progress');
    expect(
      judge(service([deployment('new', { rolloutState: 'COMPLETED', runningCount: 1 })]), 'new')
        .state,
    ).toBe('in-progress');
    expect(judge(service([deployment('new', { rolloutState: 'COMPLETED' })]), 'new').state).toBe(
      'completed',
    );
  });

  it('fails as soon as the deployment is FAILED, naming a circuit-breaker rollback', () => {
    const failed = deployment('new', {
      status: 'ACTIVE',
      rolloutState: 'FAILED',
      rolloutStateReason: 'ECS deployment circuit breaker: tasks failed to start.',
    });
    const back = deployment('back', {
      taskDefinition: `${TD}:7`,
      rolloutStateReason: 'ECS deployment circuit breaker: rolling back to deploymentId old.',
    });
    expect(judge(service([back, failed]), 'new')).toEqual({
      state: 'failed',
      reason:
        'ECS deployment circuit breaker: tasks failed to start.; the ECS circuit breaker rolled back to orchestrator:7',
      rolledBackByEcs: true,
    });
    expect(judge(service([deployment('new', { rolloutState: 'FAILED' })]), 'new')).toMatchObject({
      state: 'failed',
      rolledBackByEcs: false,
    });
  });

  it('fails when another deployment took over, or the service is draining', () => {
    const other = deployment('someone-else', { taskDefinition: `${TD}:9` });
    expect(judge(service([other]), 'new')).toMatchObject({
      state: 'failed',
      reason: 'another deployment (orchestrator:9) replaced it',
    });
    expect(judge(service([deployment('new')], { status: 'DRAINING' }), 'new')).toMatchObject({
      state: 'failed',
      reason: 'the service is DRAINING',
    });
  });
});

describe('EventTracker', () => {
  it('returns each new event once, oldest first, ignoring those there before', () => {
    const at = (s: number) => new Date(s * 1000);
    const tracker = new EventTracker([{ id: '1', message: 'old', createdAt: at(1) }]);
    expect(
      tracker.take([
        { id: '2', message: 'b', createdAt: at(3) },
        { id: '3', message: 'a', createdAt: at(2) },
        { id: '1', message: 'old' },
      ]),
    ).toEqual(['a', 'b']);
    expect(
      tracker.take([
        { id: '4', message: 'c' },
        { id: '2', message: 'b' },
      ]),
    ).toEqual(['c']);
    expect(tracker.recent(2)).toEqual(['b', 'c']);
  });
});

describe('Watcher', () => {
  function rollout(name: string, cluster = 'c'): Rollout {
    return {
      cluster,
      service: name,
      deploymentId: 'new',
      taskDefinitionArn: `${TD}:8`,
      events: new EventTracker(),
      startedAt: 0,
      outcome: 'in-progress',
    };
  }

  it('describes the services of a cluster in calls of at most 10, and backs off only when throttled', async () => {
    const calls: string[][] = [];
    let throttle = true;
    const ecs = {
      send: async (command: { input: { services: string[] } }) => {
        calls.push(command.input.services);
        if (throttle) {
          throttle = false;
          throw Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' });
        }
        return {
          services: command.input.services.map((n) =>
            service([deployment('new', { rolloutState: 'COMPLETED' })], { serviceName: n }),
          ),
        };
      },
    } as unknown as ECSClient;
    const log = new MemoryLogger();
    const watcher = new Watcher({ ecs, log, signal: new AbortController().signal, pollMs: 100 });
    const names = Array.from({ length: 12 }, (_, i) => `s${i}`);
    for (const n of names) watcher.add(rollout(n));
    expect(await watcher.poll()).toEqual([]);
    expect(log.text()).toContain('ECS throttled DescribeServices; next poll in 200 ms');
    const ended = await watcher.poll();
    expect(ended.map((r) => r.outcome)).toEqual(Array(12).fill('completed'));
    expect(calls.map((c) => c.length)).toEqual([10, 10, 2]);
    expect(watcher.size).toBe(0);
  });

  it('stops pausing as soon as the signal aborts', async () => {
    const controller = new AbortController();
    const watcher = new Watcher({
      ecs: {} as ECSClient,
      log: new MemoryLogger(),
      signal: controller.signal,
      pollMs: 60_000,
    });
    const pause = watcher.pause();
    controller.abort(new Error('cancelled'));
    await expect(pause).rejects.toThrow('cancelled');
  });

  it('other errors are not retried', async () => {
    const ecs = {
      send: async () =>
        Promise.reject(Object.assign(new Error('no'), { name: 'AccessDeniedException' })),
    } as unknown as ECSClient;
    const watcher = new Watcher({
      ecs,
      log: new MemoryLogger(),
      signal: new AbortController().signal,
      pollMs: 100,
    });
    watcher.add(rollout('a'));
    await expect(watcher.poll()).rejects.toThrow('no');
  });
});

describe('Watcher: a FAILED deployment whose ECS rollback comes in a later answer', () => {
  const breaker = { deploymentCircuitBreaker: { enable: true, rollback: true } };
  const failedPrimary = deployment('new', {
    rolloutState: 'FAILED',
    rolloutStateReason: 'ECS deployment circuit breaker: tasks failed to start.',
  });
  const rolledBack = [
    deployment('back', {
      taskDefinition: `${TD}:7`,
      rolloutStateReason: 'ECS deployment circuit breaker: rolling back to deploymentId old.',
    }),
    { ...failedPrimary, status: 'ACTIVE' },
  ];

  function watching(answers: Deployment[][], clock: { now: number }) {
    const ecs = {
      send: async () => ({
        services: [
          service(answers.shift() ?? [], { deploymentConfiguration: breaker, serviceName: 'x' }),
        ],
      }),
    } as unknown as ECSClient;
    const log = new MemoryLogger();
    const watcher = new Watcher({
      ecs,
      log,
      signal: new AbortController().signal,
      pollMs: 100,
      now: () => clock.now,
    });
    const r: Rollout = {
      cluster: 'c',
      service: 'x',
      deploymentId: 'new',
      taskDefinitionArn: `${TD}:8`,
      events: new EventTracker(),
      startedAt: 0,
      outcome: 'in-progress',
    };
    watcher.add(r);
    return { watcher, log, r };
  }

  it('waits for the rollback and reports it as done by ECS', async () => {
    const clock = { now: 0 };
    const { watcher, log, r } = watching([[failedPrimary], rolledBack], clock);
    expect(await watcher.poll()).toEqual([]);
    expect(log.text()).toContain('deployment FAILED; waiting for the ECS circuit breaker');
    clock.now = 2_000;
    expect(await watcher.poll()).toEqual([r]);
    expect(r).toMatchObject({ outcome: 'failed', rolledBackByEcs: true });
    expect(r.failure).toContain('the ECS circuit breaker rolled back to orchestrator:7');
  });

  it('fails without "rolled back by ECS" once the grace ends with no rollback', async () => {
    const clock = { now: 0 };
    const { watcher, r } = watching([[failedPrimary], [failedPrimary]], clock);
    expect(await watcher.poll()).toEqual([]);
    clock.now = ECS_ROLLBACK_GRACE_MS;
    expect(await watcher.poll()).toEqual([r]);
    expect(r).toMatchObject({ outcome: 'failed', rolledBackByEcs: false });
    expect(r.failure).toBe(
      'ECS deployment circuit breaker: tasks failed to start.; the ECS circuit breaker did not roll back within 30s',
    );
  });

  it('does not wait when the service has no rollback to come', () => {
    expect(awaitsEcsRollback(service([failedPrimary]), 'new')).toBe(false);
    expect(
      awaitsEcsRollback(service([failedPrimary], { deploymentConfiguration: breaker }), 'new'),
    ).toBe(true);
    expect(
      awaitsEcsRollback(service(rolledBack, { deploymentConfiguration: breaker }), 'new'),
    ).toBe(false);
  });
});
