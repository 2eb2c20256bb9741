/**
 * The jobs' conditions under GitHub's rules (test/helpers/workflow.ts evaluates them with
 * GitHub's expression evaluator): a failed phase skips what comes after it, "Re-run failed
 * jobs" runs exactly the failed phase and the phases after it, and a cancelled run starts
 * nothing new.
 */
import { describe, expect, it } from 'vitest';
import { builtinRegistry } from '../../../src/phases/registry.js';
import { loadPlan } from '../../../src/plan/load.js';
import { workflowYaml } from '../../../src/release/workflow/generate.js';
import { planOf } from '../../helpers/plans.js';
import { attempt, failedAndDependents } from '../../helpers/workflow.js';

const options = {
  planPath: 'phases/ca-a2a.yml',
  action: { local: './' },
  roleVariable: 'RELEASE_ROLE_ARN',
  tagEnvironment: 'production',
  command: 'phasegate workflow phases/ca-a2a.yml',
};
const text = workflowYaml(
  await loadPlan('phases/ca-a2a.yml', { registry: builtinRegistry() }),
  options,
);

describe('re-running the generated workflow', () => {
  it('a failed phase skips the phases after it, not the ones beside it', () => {
    expect(attempt(text, { agents: 'failure' })).toEqual({
      migrate: 'success',
      'admin-api': 'success',
      agents: 'failure',
      verify: 'skipped',
      'functional-tests': 'skipped',
    });
  });

  it('"Re-run failed jobs" runs the failed phase and those after it, and they run', () => {
    const first = attempt(text, { agents: 'failure' });
    const rerun = failedAndDependents(text, first);
    expect([...rerun].sort()).toEqual(['agents', 'functional-tests', 'verify']);
    expect(attempt(text, {}, { previous: first, rerun })).toEqual({
      migrate: 'success',
      'admin-api': 'success',
      agents: 'success',
      verify: 'success',
      'functional-tests': 'success',
    });
  });

  it('a failure early skips everything after it, through skipped jobs too', () => {
    const first = attempt(text, { migrate: 'failure' });
    expect(Object.values(first).filter((r) => r === 'skipped')).toHaveLength(4);
    expect(failedAndDependents(text, first).size).toBe(5);
  });

  it('a cancelled run starts no further phase', () => {
    const results = attempt(text, { migrate: 'cancelled' }, { cancelled: true });
    expect(results.agents).toBe('skipped');
    expect(results['functional-tests']).toBe('skipped');
  });

  it('a phase with on-failure: continue lets the phases after it run', () => {
    const plan = planOf([
      { id: 'deploy' },
      { id: 'smoke', onFailure: 'continue' },
      { id: 'notify', needs: ['smoke'] },
      { id: 'cleanup', needs: ['notify'] },
    ]);
    const continuing = workflowYaml(plan, options);
    expect(attempt(continuing, { smoke: 'failure' })).toMatchObject({
      notify: 'success',
      cleanup: 'success',
    });
    expect(attempt(continuing, { deploy: 'failure' })).toMatchObject({
      smoke: 'skipped',
      notify: 'skipped',
    });
  });
});
