/**
 * A re-run after a run was cancelled mid-rollout: the service is already on the release revision
 * but ECS is still rolling it out. "Unchanged" must mean on that revision and steady, so the
 * re-run waits for that rollout and judges it, without changing anything.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RunCancelled } from '../../../src/engine/abort.js';
import type { Sandbox } from '../../../src/sandbox/index.js';
import { useSandbox } from '../../helpers/sandbox.js';
import { agent, caA2aScenario, type Deployer, deployer } from './harness.js';

const sandbox = useSandbox(() => ({
  scenario: {
    ...caA2aScenario(),
    ecs: {
      ...(caA2aScenario().ecs as Record<string, unknown>),
      // 300 s rollouts: 3 s at time-scale 100, long enough to cancel the first run inside one and
      // start the second before it ends, even on a loaded machine.
      timing: { rollout: '300s' },
    },
  },
}));
let deploy: Deployer;
let box: Sandbox;
beforeAll(() => {
  box = sandbox();
  deploy = deployer(box);
});
afterAll(() => deploy.close());

async function untilUpdateSent(): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (box.requests.count({ service: 'ecs', operation: 'UpdateService' }) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error('UpdateService was never sent');
}

describe('ecs-deploy: a rollout left running by a cancelled run', () => {
  it('is waited for and judged on the re-run, not called unchanged', async () => {
    box.requests.clear();
    const controller = new AbortController();
    const first = deploy.run([agent('extractor', 'v5.1')], { signal: controller.signal });
    await untilUpdateSent();
    controller.abort(new RunCancelled());
    expect((await first).phases[0]?.status).toBe('cancelled');

    box.requests.clear();
    const again = await deploy.run([agent('extractor', 'v5.1')]);
    const phase = again.phases[0];
    expect(phase?.status, phase?.summary).toBe('succeeded');
    expect(phase?.summary).toBe('1 finished rolling out');
    expect(deploy.logs.get('deploy')?.text()).toContain(
      'extractor: already on extractor:2, but its rollout has not finished; waiting for it',
    );
    expect(box.requests.count({ service: 'ecs', operation: 'UpdateService' })).toBe(0);
    const service = (await deploy.services(['extractor'])).get('extractor');
    expect(service?.deployments).toHaveLength(1);
    expect(service?.deployments?.[0]?.rolloutState).toBe('COMPLETED');
  });
});
