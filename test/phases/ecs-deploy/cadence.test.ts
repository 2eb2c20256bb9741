import type { Deployment, ECSClient, Service } from '@aws-sdk/client-ecs';
import { describe, expect, it } from 'vitest';
import { MemoryLogger } from '../../../src/core/log.js';
import { nearEnd, pollIntervalMs } from '../../../src/phases/ecs-deploy/cadence.js';
import { EventTracker } from '../../../src/phases/ecs-deploy/events.js';
import { type Rollout, Watcher } from '../../../src/phases/ecs-deploy/watch.js';

const primary = (fields: Partial<Deployment> = {}): Deployment => ({
  id: 'new',
  status: 'PRIMARY',
  desiredCount: 2,
  runningCount: 1,
  failedTasks: 0,
  rolloutState: 'IN_PROGRESS',
  ...fields,
});
const old: Deployment = { id: 'old', status: 'ACTIVE', desiredCount: 2, runningCount: 2 };
const service = (...deployments: Deployment[]): Service => ({
  serviceName: 'web',
  status: 'ACTIVE',
  deployments,
});

describe('nearEnd', () => {
  it('is near once all its new tasks run (ECS drains the old ones, then says COMPLETED)', () => {
    expect(nearEnd(service(primary(), old), 'new')).toBe(false);
    expect(nearEnd(service(primary({ runningCount: 2 }), old), 'new')).toBe(true);
  });

  it('is near once the circuit breaker counts a failed task (FAILED comes at its threshold)', () => {
    const failing = service(primary({ runningCount: 0, failedTasks: 1 }), old);
    expect(nearEnd(failing, 'new')).toBe(false);
    const breaker = { deploymentCircuitBreaker: { enable: true, rollback: true } };
    expect(nearEnd({ ...failing, deploymentConfiguration: breaker }, 'new')).toBe(true);
  });

  it('is not near for a deployment that is not ours, not PRIMARY, already ended, or scaled to 0', () => {
    const running = primary({ runningCount: 2 });
    expect(nearEnd(service(running, old), 'other')).toBe(false);
    expect(nearEnd(service({ ...running, status: 'ACTIVE' }), 'new')).toBe(false);
    expect(nearEnd(service({ ...running, rolloutState: 'COMPLETED' }), 'new')).toBe(false);
    expect(nearEnd(service(primary({ desiredCount: 0, runningCount: 0 })), 'new')).toBe(false);
    expect(nearEnd(undefined, 'new')).toBe(false);
  });
});

describe('pollIntervalMs', () => {
  it('keeps poll-interval while nothing is near its end', () => {
    expect(pollIntervalMs(2000, 1, false)).toBe(2000);
  });

  it('polls four times as often near the end, within two DescribeServices calls a second', () => {
    expect(pollIntervalMs(2000, 1, true)).toBe(500);
    expect(pollIntervalMs(2000, 3, true)).toBe(1500);
    // Never slower than poll-interval, and a longer poll-interval stretches the sooner polls too.
    expect(pollIntervalMs(2000, 5, true)).toBe(2000);
    expect(pollIntervalMs(10_000, 1, true)).toBe(2500);
  });
});

describe('Watcher.intervalMs', () => {
  const rollout = (name: string): Rollout => ({
    cluster: 'c',
    service: name,
    deploymentId: 'new',
    taskDefinitionArn: 'arn:aws:ecs:eu-west-3:1:task-definition/web:8',
    events: new EventTracker(),
    startedAt: 0,
    outcome: 'in-progress',
  });

  it('shortens once a poll saw a rollout near its end, counting one call per 10 services', async () => {
    let running = 1;
    const ecs = {
      send: async (command: { input: { services: string[] } }) => ({
        services: command.input.services.map((n) => ({
          ...service(primary({ runningCount: n === 's0' ? running : 1 }), old),
          serviceName: n,
        })),
      }),
    } as unknown as ECSClient;
    const watcher = new Watcher({
      ecs,
      log: new MemoryLogger(),
      signal: new AbortController().signal,
      pollMs: 2000,
    });
    watcher.add(rollout('s0'));
    expect(watcher.intervalMs()).toBe(2000);
    await watcher.poll();
    expect(watcher.intervalMs()).toBe(2000);
    running = 2;
    await watcher.poll();
    expect(watcher.intervalMs()).toBe(500);
    for (let i = 1; i < 12; i++) watcher.add(rollout(`s${i}`));
    await watcher.poll();
    // 12 services: two calls a poll, so one poll a second.
    expect(watcher.intervalMs()).toBe(1000);
  });
});
