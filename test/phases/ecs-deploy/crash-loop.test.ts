/**
 * A crash-looping image (its tasks start, then exit) never trips ECS's circuit breaker; the phase
 * fails it itself from the deployment's stopped tasks, quotes their exit codes and reasons, and
 * rolls back. The sandbox's clock is manual and moves 5 s per DescribeServices: every poll is
 * 5 s of ECS time, whatever the machine's speed.
 */
import type { ECSClient } from '@aws-sdk/client-ecs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/sandbox/clock.js';
import type { Sandbox } from '../../../src/sandbox/index.js';
import { useSandbox } from '../../helpers/sandbox.js';
import { AGENTS, agent, caA2aScenario, type Deployer, deployer, REGISTRY } from './harness.js';

const OOM = 'OutOfMemoryError: Container killed due to memory usage';
const POLL_MS = 5000;
const clock = new ManualClock(Date.UTC(2026, 2, 1, 12));

const sandbox = useSandbox(() => ({
  clock,
  scenario: caA2aScenario({
    'bad-images': [
      { image: `${REGISTRY}/validator:v5.1`, 'exit-code': 137, reason: OOM, 'fail-after': '5s' },
    ],
    services: [
      ...AGENTS.map((name, i) => ({
        name,
        image: `${REGISTRY}/${name}:v5.0`,
        port: 8001 + i,
        'desired-count': name === 'orchestrator' ? 2 : 1,
        'circuit-breaker': { enable: true, rollback: true },
      })),
      { name: 'slowpoke', image: `${REGISTRY}/slowpoke:v1`, rollout: '3m', 'desired-count': 3 },
    ],
  }),
}));
let deploy: Deployer;
let box: Sandbox;
beforeAll(() => {
  box = sandbox();
  deploy = deployer(box);
  advanceOnEveryPoll(deploy.clients.ecs);
});
afterAll(() => deploy.close());

/** Moves the manual clock before each DescribeServices, so a poll is exactly 5 s of ECS time. */
function advanceOnEveryPoll(ecs: ECSClient): void {
  ecs.middlewareStack.add(
    (next, context) => (args) => {
      if (context.commandName === 'DescribeServicesCommand') clock.advance(POLL_MS);
      return next(args);
    },
    { step: 'initialize', name: 'advanceSandboxClock' },
  );
}

describe('ecs-deploy: a crash-looping image', () => {
  it('fails within 30 s of the deployment, quoting exit code and reason, and rolls back', async () => {
    const before = (await deploy.services(['validator'])).get('validator');
    box.requests.clear();
    const result = await deploy.run([agent('validator', 'v5.1')], { onFailure: 'rollback' });
    const phase = result.phases[0];
    expect(phase?.status).toBe('failed');
    expect(phase?.error?.kind).toBe('failure');
    expect(phase?.summary).toMatch(
      /^validator: rollout failed: crash loop: 3 tasks of deployment ecs-svc\/\d{19} exited after starting \(EssentialContainerExited: Essential container in task exited; container validator: OutOfMemoryError: Container killed due to memory usage, exit code 137\); the ECS circuit breaker does not count tasks that ran$/,
    );
    expect(phase?.error?.hint).toContain('crash-loop-threshold');
    expect(phase?.details).toContain('FAILED (crash loop)');
    expect(phase?.details).toMatch(
      /- \d+ tasks: Essential container in task exited; container validator: OutOfMemoryError: Container killed due to memory usage, exit code 137/,
    );
    const log = deploy.logs.get('deploy')?.lines ?? [];
    const crashes = log.filter((l) => l.level === 'warning' && l.message.includes('exit code 137'));
    expect(crashes.map((l) => l.message.replace(/task \w+ /, 'task … '))).toEqual(
      [1, 2, 3].map(
        (n) =>
          `validator: task … of the new deployment stopped (${n} of 3): EssentialContainerExited: Essential container in task exited; container validator: ${OOM}, exit code 137`,
      ),
    );

    // Failed within 30 simulated seconds of UpdateService, before the rollback's UpdateService.
    const updates = box.requests.filter({ operation: 'UpdateService' });
    expect(updates).toHaveLength(2);
    const [deployed, rolledBack] = updates.map((r) => r.simulatedTime);
    expect(((rolledBack ?? 0) - (deployed ?? 0)) / 1000).toBeLessThanOrEqual(30);

    expect(phase?.rollback?.status).toBe('succeeded');
    expect(phase?.rollback?.summary).toBe('test is back on validator:1 (image …/validator:v5.0)');
    const after = (await deploy.services(['validator'])).get('validator');
    expect(after?.taskDefinition).toBe(before?.taskDefinition);
    expect(after?.deployments).toHaveLength(1);
    expect(after?.deployments?.[0]?.rolloutState).toBe('COMPLETED');
  });

  it('costs one DescribeServices per poll, and ListTasks only on polls with new events', async () => {
    const ecs = box.requests.filter({ service: 'ecs' });
    const rollback = ecs.filter((r) => r.operation === 'UpdateService')[1];
    const watching = ecs.slice(0, rollback ? ecs.indexOf(rollback) : 0);
    const polls = watching.filter((r) => r.operation === 'DescribeServices').length;
    const lists = watching.filter((r) => r.operation === 'ListTasks').length;
    expect(lists).toBeLessThanOrEqual(polls);
    expect(lists).toBeGreaterThanOrEqual(3);
  });

  it('with crash-loop-threshold: 0 leaves the crash loop to ECS (and so to the timeout)', async () => {
    const result = await deploy.run([agent('validator', 'v5.1')], {
      with: { 'crash-loop-threshold': 0 },
      timeoutMs: 1500,
      onFailure: 'rollback',
    });
    const phase = result.phases[0];
    expect(phase?.error?.kind).toBe('timeout');
    expect(phase?.rollback?.status).toBe('succeeded');
  });
});

describe('ecs-deploy: a healthy slow rollout', () => {
  it('is not failed by the crash-loop check, though old tasks stop on the way', async () => {
    box.requests.clear();
    const result = await deploy.run([{ service: 'slowpoke', 'force-new-deployment': true }]);
    const phase = result.phases[0];
    expect(phase?.status).toBe('succeeded');
    const polls = box.requests.count({ operation: 'DescribeServices' });
    // 3 minutes of rollout at 5 s per poll.
    expect(polls).toBeGreaterThanOrEqual(36);
    // New events (3 started, 3 stopped, completed) or every 8th poll, no more.
    expect(box.requests.count({ operation: 'ListTasks' })).toBeLessThanOrEqual(polls / 8 + 8);
    const stopped = box.requests.count({ operation: 'DescribeTasks' });
    expect(stopped).toBeGreaterThan(0);
  });
});
