/**
 * ecs-deploy against a sandbox whose ECS spaces its relaunches as the field does
 * (`timing.relaunch-delay`): FAILED comes only after the waits, the rollback is a new PRIMARY and
 * the failed deployment stays ACTIVE/FAILED while it runs. phasegate still names the failure,
 * reports "rolled back by ECS", and with on-failure: rollback only waits for ECS's rollback.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../../src/sandbox/index.js';
import { useSandbox } from '../../helpers/sandbox.js';
import { agent, caA2aScenario, type Deployer, deployer, REGISTRY } from './harness.js';

// extractor runs 1 task: 5 s to fail, then waits of 30 s and 60 s: FAILED at 105 s (1 s real).
const sandbox = useSandbox(() => ({
  scenario: caA2aScenario({
    timing: { 'relaunch-delay': '30s' },
    'bad-images': [{ image: `${REGISTRY}/extractor:v5.1`, 'fail-after': '5s' }],
  }),
}));
let deploy: Deployer;
let box: Sandbox;
beforeAll(() => {
  box = sandbox();
  deploy = deployer(box);
});
afterAll(() => deploy.close());

describe('ecs-deploy: a bad image with relaunches spaced as in the field', () => {
  it('fails after ECS fails it, reports the ECS rollback, and only waits for it', async () => {
    const before = (await deploy.services(['extractor'])).get('extractor');
    const [phase] = (await deploy.run([agent('extractor', 'v5.1')], { onFailure: 'rollback' }))
      .phases;
    expect(phase?.status).toBe('failed');
    expect(phase?.summary).toMatch(
      /^extractor: rollout failed: CannotPullContainerError: .* \(3 tasks\); the ECS circuit breaker rolled back to extractor:1$/,
    );
    expect(phase?.details).toContain('FAILED (rolled back by ECS)');
    expect(phase?.rollback?.summary).toBe('test is back on extractor:1 (image …/extractor:v5.0)');
    expect(phase?.rollback?.details).toContain(
      '| extractor | extractor:1 | extractor: 555043101106.dkr.ecr.eu-west-3.amazonaws.com/ca-a2a/extractor:v5.0 | rolled back by the ECS circuit breaker |',
    );
    expect(box.requests.count({ service: 'ecs', operation: 'UpdateService' })).toBe(1);
    const after = (await deploy.services(['extractor'])).get('extractor');
    expect(after?.taskDefinition).toBe(before?.taskDefinition);
    expect(after?.deployments?.map((d) => [d.status, d.rolloutState])).toEqual([
      ['PRIMARY', 'COMPLETED'],
    ]);
    // Three launches, with the throttle's 30 s and 60 s between them, before ECS gave up.
    const updatedAt = box.requests.filter({ service: 'ecs', operation: 'UpdateService' })[0]
      ?.simulatedTime;
    const failedAt = after?.events
      ?.find((e) => e.message?.includes('deployment failed'))
      ?.createdAt?.getTime();
    expect((failedAt ?? 0) - (updatedAt ?? 0)).toBeGreaterThanOrEqual(104_000);
    expect((failedAt ?? 0) - (updatedAt ?? 0)).toBeLessThan(110_000);
  });
});
