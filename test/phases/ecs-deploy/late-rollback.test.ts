/**
 * ecs-deploy against a sandbox whose circuit breaker rolls back a moment after FAILED
 * (`timing.rollback-delay`): one DescribeServices answer shows the deployment FAILED and still
 * PRIMARY, a later one the rollback. phasegate reports the failed rollout, waits for ECS's
 * rollback, reports it as done by ECS, and with on-failure: rollback starts no rollback of its own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../../src/sandbox/index.js';
import { useSandbox } from '../../helpers/sandbox.js';
import { agent, caA2aScenario, type Deployer, deployer, REGISTRY } from './harness.js';

// 1 task, 5 s to fail: FAILED at 15 s, the rollback 20 s later (0.2 s real at time-scale 100).
const sandbox = useSandbox(() => ({
  scenario: caA2aScenario({
    timing: { 'rollback-delay': '20s' },
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

describe('ecs-deploy: the ECS rollback appears after FAILED', () => {
  it('reports the failure and the rollback by ECS, and does not roll back itself', async () => {
    const result = await deploy.run([agent('extractor', 'v5.1')], { onFailure: 'rollback' });
    const [phase] = result.phases;
    expect(phase?.status).toBe('failed');
    expect(phase?.summary).toMatch(
      // The cause first (the stopped tasks' reason), then what ECS did about it.
      /^extractor: rollout failed: CannotPullContainerError: .*; the ECS circuit breaker rolled back to extractor:1/,
    );
    expect(phase?.details).toContain('FAILED (rolled back by ECS)');
    expect(phase?.rollback?.summary).toBe('test is back on extractor:1 (image …/extractor:v5.0)');
    expect(box.requests.count({ service: 'ecs', operation: 'UpdateService' })).toBe(1);
    expect(deploy.logs.get('deploy')?.text()).toContain(
      'extractor: deployment FAILED; waiting for the ECS circuit breaker to roll back',
    );
  });
});
