/**
 * The release as the generated workflow runs it: one job per phase, each a separate run of the
 * action with `phases: <id>`, all against one sandbox that keeps its state between jobs (as AWS
 * does). The agents job fails on an image that is not in the registry; once the image is pushed,
 * "Re-run failed jobs" (attempt 2) runs agents and the jobs after it only, and functional-tests
 * reads the agents' outputs from the release record. "Re-run all jobs" (attempt 3) changes
 * nothing and runs only the always-run phases.
 */
import { readFileSync } from 'node:fs';
import { GetParameterCommand } from '@aws-sdk/client-ssm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { run } from '../../src/action/main.js';
import { runnerFiles } from '../helpers/github-files.js';
import { clientsFor, useSandbox, withSandboxEnv } from '../helpers/sandbox.js';

const files = runnerFiles();
const saved = { ...process.env };
const BAD = '555043101106.dkr.ecr.eu-west-3.amazonaws.com/ca-a2a/validator:v5.1';

const sandbox = useSandbox(() => {
  const s = parse(readFileSync('sandbox/ca-a2a.yml', 'utf8')) as Record<string, unknown>;
  (s.ecs as Record<string, unknown>)['bad-images'] = [{ image: BAD }];
  return { scenario: { ...s, 'time-scale': 300 } };
});
let restore: () => void;
beforeAll(() => {
  restore = withSandboxEnv(sandbox());
});
afterAll(() => {
  restore();
  process.env = { ...saved };
  process.exitCode = undefined;
});

interface JobResult {
  status: string;
  phases: { id: string; status: string; summary: string; outputs: Record<string, string> }[];
}

/** One job of the workflow: the action with `phases: <id>`, in run 7001, this attempt. */
async function job(phase: string, attempt: number): Promise<JobResult> {
  files.clear();
  process.exitCode = undefined;
  Object.assign(process.env, files.env, {
    GITHUB_REPOSITORY: 'acme/ca-a2a',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '7001',
    GITHUB_RUN_ATTEMPT: String(attempt),
    GITHUB_ACTOR: 'release-manager',
    INPUT_PLAN: 'phases/ca-a2a.yml',
    INPUT_ENVIRONMENT: 'production',
    INPUT_VERSION: 'v5.1',
    INPUT_PHASES: phase,
    'INPUT_GITHUB-TOKEN': '',
  });
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  try {
    await run();
  } finally {
    stdout.mockRestore();
  }
  const outputs = files.outputs();
  return {
    status: outputs.status ?? '',
    phases: JSON.parse(outputs.result ?? '{"phases":[]}').phases,
  };
}

const statusOf = (r: JobResult, id: string) => r.phases.find((p) => p.id === id)?.status;
const CHANGES = ['RegisterTaskDefinition', 'CreateService', 'UpdateService'];

describe('one job per phase, re-run failed jobs, re-run all jobs', () => {
  it('attempt 1: migrate and admin-api succeed, the agents job fails on the missing image', async () => {
    expect((await job('migrate', 1)).status).toBe('succeeded');
    expect((await job('admin-api', 1)).status).toBe('succeeded');
    const agents = await job('agents', 1);
    expect(agents.status).toBe('failed');
    expect(agents.phases.find((p) => p.id === 'agents')?.summary).toContain(
      'CannotPullContainerError',
    );
    // GitHub skips the jobs that need the failed one: verify and functional-tests do not run.
  });

  it('attempt 2 (re-run failed jobs): agents and the jobs after it run; functional-tests reads agents from the record', async () => {
    expect(sandbox().pushImage(BAD)).toBe(1);
    const box = sandbox();
    box.requests.clear();
    const agents = await job('agents', 2);
    expect(agents.status).toBe('succeeded');
    expect(statusOf(agents, 'migrate')).toBe('done-earlier');
    expect(statusOf(agents, 'admin-api')).toBe('done-earlier');
    expect(box.requests.count({ service: 'rds-data', operation: 'CommitTransaction' })).toBe(0);
    expect(
      box.requests
        .filter({ service: 'ecs', operation: 'UpdateService' })
        .map((r) => r.params.service),
    ).not.toContain('admin-api');
    expect((await job('verify', 2)).status).toBe('succeeded');
    const tests = await job('functional-tests', 2);
    expect(tests.status).toBe('succeeded');
    const arn = agents.phases.find((p) => p.id === 'agents')?.outputs[
      'orchestrator-task-definition-arn'
    ];
    expect(arn).toMatch(/task-definition\/ca-a2a-orchestrator:\d+$/);
    expect(
      tests.phases.find((p) => p.id === 'agents')?.outputs['orchestrator-task-definition-arn'],
    ).toBe(arn);
    const state = await clientsFor(box).ssm.send(
      new GetParameterCommand({ Name: '/phasegate/ca-a2a/production/state' }),
    );
    expect(JSON.parse(state.Parameter?.Value ?? '{}').current.version).toBe('v5.1');
  });

  it('attempt 3 (re-run all jobs): nothing changes; only the always-run phases run', async () => {
    const box = sandbox();
    box.requests.clear();
    const results: Record<string, JobResult> = {};
    for (const phase of ['migrate', 'admin-api', 'agents', 'verify', 'functional-tests'])
      results[phase] = await job(phase, 3);
    for (const phase of ['migrate', 'admin-api', 'agents']) {
      expect(results[phase]?.status).toBe('succeeded');
      expect(statusOf(results[phase] as JobResult, phase)).toBe('done-earlier');
    }
    expect(statusOf(results.verify as JobResult, 'verify')).toBe('succeeded');
    expect(statusOf(results['functional-tests'] as JobResult, 'functional-tests')).toBe(
      'succeeded',
    );
    for (const operation of CHANGES)
      expect(box.requests.count({ service: 'ecs', operation })).toBe(0);
    expect(box.requests.count({ service: 'rds-data', operation: 'CommitTransaction' })).toBe(0);
  });
});
