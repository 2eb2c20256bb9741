/**
 * ECS's launch throttle and the shape of a circuit-breaker rollback, step by step on a
 * ManualClock. With `timing.relaunch-delay`, tasks that never started are relaunched after a
 * wait that doubles each round (at most 27 minutes, service-throttle-logic.html), so FAILED comes
 * after those waits, as in the field; the rollback is a new PRIMARY and the failed deployment
 * stays listed as ACTIVE/FAILED until it completes.
 */
import { describe, expect, it } from 'vitest';
import { relaunchDelay } from '../../src/sandbox/ecs/throttle.js';
import { ecsHarness, fargateDefinition, type Wire } from './ecs-harness.js';

const IMAGE = '555043101106.dkr.ecr.eu-west-3.amazonaws.com/ca-a2a/extractor';

function harness(
  desired: number,
  bad: Record<string, unknown> = {},
  delay = '30s',
  timing: Record<string, string> = {},
) {
  return ecsHarness({
    clusters: ['ca-a2a-cluster'],
    timing: { 'relaunch-delay': delay, ...timing },
    services: [
      {
        name: 'extractor',
        'task-definition': 'ca-a2a-extractor:7',
        image: `${IMAGE}:5.0.3`,
        'desired-count': desired,
        rollout: '20s',
        'circuit-breaker': { enable: true, rollback: true },
      },
    ],
    'bad-images': [{ image: '*:5.1.0-broken', 'fail-after': '5s', ...bad }],
  });
}

async function deployBroken(h: ReturnType<typeof ecsHarness>): Promise<void> {
  await h.call(
    'RegisterTaskDefinition',
    fargateDefinition('ca-a2a-extractor', `${IMAGE}:5.1.0-broken`, 'extractor'),
  );
  await h.call('UpdateService', {
    cluster: 'ca-a2a-cluster',
    service: 'extractor',
    taskDefinition: 'ca-a2a-extractor:8',
  });
}

/** `PRIMARY(8) IN_PROGRESS failed=2 | ACTIVE(7) COMPLETED failed=0` at `seconds` after the update. */
async function at(h: ReturnType<typeof ecsHarness>, seconds: number): Promise<string> {
  h.clock.advance(seconds * 1000 - h.elapsed() * 1000);
  const s = await h.service('ca-a2a-cluster', 'extractor');
  return s.deployments
    .map(
      (d: Wire) =>
        `${d.status}(${d.taskDefinition.split(':').at(-1)}) ${d.rolloutState} failed=${d.failedTasks}`,
    )
    .join(' | ');
}

describe('relaunch spacing (timing.relaunch-delay)', () => {
  it('2 tasks, 5 s to fail, 30 s wait: FAILED at 40 s, not 10 s', async () => {
    const h = harness(2);
    await deployBroken(h);
    expect(await at(h, 5)).toBe('PRIMARY(8) IN_PROGRESS failed=2 | ACTIVE(7) COMPLETED failed=0');
    expect(await at(h, 39)).toBe('PRIMARY(8) IN_PROGRESS failed=2 | ACTIVE(7) COMPLETED failed=0');
    expect(await at(h, 40)).toBe(
      'PRIMARY(7) IN_PROGRESS failed=0 | ACTIVE(8) FAILED failed=3 | ACTIVE(7) COMPLETED failed=0',
    );
    expect(await at(h, 60)).toBe('PRIMARY(7) COMPLETED failed=0');
  });

  it('1 task: the waits double (30 s, then 60 s), FAILED at 105 s', async () => {
    const h = harness(1);
    await deployBroken(h);
    expect(await at(h, 40)).toBe('PRIMARY(8) IN_PROGRESS failed=2 | ACTIVE(7) COMPLETED failed=0');
    expect(await at(h, 104)).toBe('PRIMARY(8) IN_PROGRESS failed=2 | ACTIVE(7) COMPLETED failed=0');
    expect(await at(h, 105)).toMatch(
      /^PRIMARY\(7\) IN_PROGRESS failed=0 \| ACTIVE\(8\) FAILED failed=3/,
    );
  });

  it('does not space tasks that ran: failed health checks are replaced at once (stage 2)', async () => {
    const h = harness(2, { unhealthy: true });
    await deployBroken(h);
    expect(await at(h, 10)).toMatch(
      /^PRIMARY\(7\) IN_PROGRESS failed=0 \| ACTIVE\(8\) FAILED failed=3/,
    );
  });

  it('with timing.rollback-delay, FAILED is seen before the rollback deployment', async () => {
    const h = harness(2, {}, '30s', { 'rollback-delay': '20s' });
    await deployBroken(h);
    expect(await at(h, 40)).toBe('PRIMARY(8) FAILED failed=3 | ACTIVE(7) COMPLETED failed=0');
    expect(await at(h, 59)).toBe('PRIMARY(8) FAILED failed=3 | ACTIVE(7) COMPLETED failed=0');
    expect(await at(h, 60)).toBe(
      'PRIMARY(7) IN_PROGRESS failed=0 | ACTIVE(8) FAILED failed=3 | ACTIVE(7) COMPLETED failed=0',
    );
    expect(await at(h, 80)).toBe('PRIMARY(7) COMPLETED failed=0');
  });

  it('never waits longer than the documented 27 minutes', () => {
    const task = { failing: 'launch' } as never;
    const deployment = { failedTasks: 40, desiredCount: 1 } as never;
    expect(relaunchDelay(task, deployment, { relaunchDelay: 30_000, failAfter: 5000 })).toBe(
      27 * 60_000,
    );
    expect(relaunchDelay(task, deployment, { relaunchDelay: 0, failAfter: 5000 })).toBe(
      27 * 60_000,
    );
  });
});
