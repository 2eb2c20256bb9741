import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { builtinRegistry } from '../../../src/phases/registry.js';
import { loadPlan } from '../../../src/plan/load.js';
import { parseActionRef } from '../../../src/release/workflow/action-ref.js';
import { HEADER, workflowYaml } from '../../../src/release/workflow/generate.js';
import type { WorkflowOptions } from '../../../src/release/workflow/options.js';
import { PINNED_ACTIONS } from '../../../src/release/workflow/pins.js';
import { planOf } from '../../helpers/plans.js';
import { actionlint } from '../../helpers/workflow.js';

const options: WorkflowOptions = {
  planPath: 'phases/ca-a2a.yml',
  action: { local: './' },
  roleVariable: 'RELEASE_ROLE_ARN',
  tagEnvironment: 'production',
  command: 'phasegate workflow phases/ca-a2a.yml',
};

const caA2a = await loadPlan('phases/ca-a2a.yml', { registry: builtinRegistry() });
const text = workflowYaml(caA2a, options);
const workflow = parse(text);
type Step = { uses: string; with: Record<string, unknown>; run?: string };
type Job = { needs?: string[]; if?: string; environment: string; steps: Step[] };
const jobs = workflow.jobs as Record<string, Job>;

describe('the generated release workflow', () => {
  it('passes actionlint', async () => {
    expect(await actionlint(text)).toEqual([]);
  });

  it('starts with the header and the commands that write and check it', () => {
    expect(text.split('\n')[0]).toBe(`# ${HEADER}.`);
    expect(text).toContain('regenerate:  phasegate workflow phases/ca-a2a.yml\n');
    expect(text).toContain('phasegate workflow phases/ca-a2a.yml --check\n');
  });

  it('is deterministic', () => {
    expect(workflowYaml(caA2a, options)).toBe(text);
  });

  it('runs by hand with environment, version, dry-run and force, and on v* tags', () => {
    const inputs = workflow.on.workflow_dispatch.inputs;
    expect(Object.keys(inputs)).toEqual(['environment', 'version', 'dry-run', 'force']);
    expect(inputs.environment.type).toBe('environment');
    expect(workflow.on.push).toEqual({ tags: ['v*'] });
  });

  it('asks for the least permissions and never cancels a running release', () => {
    expect(workflow.permissions).toEqual({
      contents: 'read',
      deployments: 'write',
      'id-token': 'write',
    });
    expect(workflow.concurrency).toEqual({
      group: "phasegate-ca-a2a-${{ inputs.environment || 'production' }}",
      'cancel-in-progress': false,
    });
  });

  it('has one job per phase with the plan needs, each in the environment', () => {
    expect(Object.keys(jobs)).toEqual(caA2a.phases.map((p) => p.id));
    for (const phase of caA2a.phases) {
      const job = jobs[phase.id] as Job;
      expect(job.needs ?? []).toEqual(phase.needs);
      expect(job.environment).toBe("${{ inputs.environment || 'production' }}");
      const phasegate = job.steps.at(-1) as Step;
      expect(phasegate.uses).toBe('./');
      expect(phasegate.with.phases).toBe(phase.id);
      expect(phasegate.with.plan).toBe('phases/ca-a2a.yml');
    }
    expect(jobs.verify?.if).toBe(
      "${{ !cancelled() && needs.admin-api.result == 'success' && needs.agents.result == 'success' }}",
    );
    expect(jobs.migrate?.if).toBeUndefined();
  });

  it('takes credentials from the role variable, in the plan region', () => {
    const credentials = jobs.migrate?.steps[1] as Step;
    expect(credentials.uses).toBe(PINNED_ACTIONS.configureAwsCredentials.uses);
    expect(credentials.with).toMatchObject({
      'role-to-assume': '${{ vars.RELEASE_ROLE_ARN }}',
      'aws-region': 'eu-west-3',
    });
  });

  it('pins every other action to a commit SHA with its version beside it', () => {
    const uses = text.split('\n').filter((line) => line.includes('uses:') && !line.includes('./'));
    expect(uses.length).toBe(2 * caA2a.phases.length);
    for (const line of uses)
      expect(line).toMatch(/uses: [\w-]+\/[\w-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
  });

  it('has no run: line, and workflow inputs appear only in with:, run-name and the environment', () => {
    expect(text).not.toMatch(/^\s*(- )?run:/m);
    const lines = text.split('\n').filter((line) => line.includes('inputs.'));
    for (const line of lines)
      expect(line).toMatch(/^\s*(run-name|environment|group|version|dry-run|force):/);
  });

  it('passes phasegate only inputs its action.yml declares', () => {
    const declared = Object.keys(parse(readFileSync('action.yml', 'utf8')).inputs);
    for (const job of Object.values(jobs))
      for (const name of Object.keys((job.steps.at(-1) as Step).with))
        expect(declared).toContain(name);
  });

  it('lets a phase run after a need that failed with on-failure: continue', () => {
    const plan = planOf([
      { id: 'smoke', onFailure: 'continue' },
      { id: 'notify', needs: ['smoke'] },
    ]);
    const notify = parse(workflowYaml(plan, options)).jobs.notify;
    expect(notify.if).toBe(
      "${{ !cancelled() && (needs.smoke.result == 'success' || needs.smoke.result == 'failure') }}",
    );
  });

  it('never turns plan text into an expression GitHub would evaluate', () => {
    const plan = { ...planOf([{ id: 'deploy' }]), app: 'shop ${{ github.token }}' };
    const [phase] = plan.phases;
    if (phase) phase.name = 'Deploy ${{ vars.tag }}';
    const other = parse(workflowYaml(plan, options));
    expect(other.jobs.deploy.name).toBe('Deploy $ {{ vars.tag }}');
    expect(other.concurrency.group).toMatch(
      /^phasegate-shop \$ \{\{ github\.token \}\}-\$\{\{ inputs/,
    );
  });

  it('uses a pinned release of phasegate outside its own repository', async () => {
    const action = parseActionRef(`acme/phasegate@${'a1'.repeat(20)} # v1.2.0`);
    const other = workflowYaml(caA2a, { ...options, action, tagEnvironment: "o'prod" });
    expect(other).toContain(`uses: acme/phasegate@${'a1'.repeat(20)} # v1.2.0`);
    expect(other).toContain("${{ inputs.environment || 'o''prod' }}");
    expect(await actionlint(other)).toEqual([]);
  });
});

describe('--action', () => {
  it('refuses a tag, a branch or a missing version comment', () => {
    expect(() => parseActionRef('acme/phasegate@v1')).toThrow(/not pinned to a commit/);
    expect(() => parseActionRef(`acme/phasegate@${'a'.repeat(40)}`)).toThrow(
      /has no version comment/,
    );
    expect(parseActionRef('.')).toEqual({ local: './' });
  });
});
