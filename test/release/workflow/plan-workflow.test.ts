import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { builtinRegistry } from '../../../src/phases/registry.js';
import { loadPlan } from '../../../src/plan/load.js';
import { PINNED_ACTIONS } from '../../../src/release/workflow/pins.js';
import { planWorkflowYaml } from '../../../src/release/workflow/plan-workflow.js';
import { actionlint } from '../../helpers/workflow.js';

const caA2a = await loadPlan('phases/ca-a2a.yml', { registry: builtinRegistry() });
const options = {
  planPath: 'phases/ca-a2a.yml',
  action: { local: './' },
  roleVariable: 'PLAN_ROLE_ARN',
  tagEnvironment: 'production',
  command: 'phasegate workflow phases/ca-a2a.yml --kind plan',
  paths: ['phases/ca-a2a.yml', 'migrations/**', 'deploy/task-definitions/admin-api.json'],
};
const text = planWorkflowYaml(caA2a, options);
const workflow = parse(text);
type Step = { uses: string; with: Record<string, unknown> };
const steps = workflow.jobs.plan.steps as Step[];

describe('the generated plan workflow', () => {
  it('passes actionlint', async () => {
    expect(await actionlint(text, '.github/workflows/plan.yml')).toEqual([]);
  });

  it('runs on pull requests touching the plan and what it names, never pull_request_target', () => {
    expect(workflow.on).toEqual({ pull_request: { paths: options.paths } });
    expect(text).not.toContain('pull_request_target');
  });

  it('may read, take an OIDC token and comment on the pull request, nothing more', () => {
    expect(workflow.permissions).toEqual({
      contents: 'read',
      'id-token': 'write',
      'pull-requests': 'write',
    });
    expect(workflow.concurrency).toEqual({
      group: 'phasegate-plan-ca-a2a-${{ github.event.pull_request.number }}',
      'cancel-in-progress': true,
    });
  });

  it('one job: checkout, the read-only role, phasegate as a dry run', () => {
    expect(Object.keys(workflow.jobs)).toEqual(['plan']);
    expect(workflow.jobs.plan.environment).toBeUndefined();
    expect(steps.map((s) => s.uses)).toEqual([
      PINNED_ACTIONS.checkout.uses,
      PINNED_ACTIONS.configureAwsCredentials.uses,
      './',
    ]);
    expect(steps[1]?.with).toMatchObject({
      'role-to-assume': '${{ vars.PLAN_ROLE_ARN }}',
      'aws-region': 'eu-west-3',
    });
    expect(steps[2]?.with).toEqual({
      plan: 'phases/ca-a2a.yml',
      environment: 'production',
      'dry-run': true,
    });
    const declared = Object.keys(parse(readFileSync('action.yml', 'utf8')).inputs);
    for (const name of Object.keys(steps[2]?.with ?? {})) expect(declared).toContain(name);
  });

  it('says in its header how to regenerate and check it, and which policy the role has', () => {
    expect(text).toContain('phasegate iam-policy --read-only');
    expect(text).toContain('phasegate workflow phases/ca-a2a.yml --kind plan --check');
  });

  it('never turns an environment name into an expression', () => {
    const odd = planWorkflowYaml(caA2a, { ...options, tagEnvironment: 'prod-${{ github.actor }}' });
    expect(odd).not.toContain('${{ github.actor }}');
  });
});
