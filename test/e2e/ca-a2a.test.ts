/**
 * The CA-A2A v5.1 release as a release manager runs it, through the CLI against the rehearsal
 * scenario: it succeeds, a re-run changes nothing, and a bad image stops it with the reason.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { CliIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { useSandbox, withSandboxEnv } from '../helpers/sandbox.js';

const PLAN = 'phases/ca-a2a.yml';
/** The rehearsal scenario, played faster: phasegate's 2 s polls, not AWS's minutes, set the pace. */
const scenario = (): Record<string, unknown> => ({
  ...(parse(readFileSync('sandbox/ca-a2a.yml', 'utf8')) as Record<string, unknown>),
  'time-scale': 300,
});

interface Phase {
  id: string;
  status: string;
  summary: string;
  outputs: Record<string, string>;
  rollback?: { status: string; summary: string };
}

async function release(...extra: string[]) {
  return phasegate('run', ...extra);
}

async function phasegate(command: 'run' | 'plan', ...extra: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    env: process.env,
  };
  const code = await main(
    [command, PLAN, '--env', 'production', '--version', 'v5.1', '--json', ...extra],
    io,
  );
  const phases = (JSON.parse(stdout) as { phases: Phase[] }).phases;
  return { code, stderr, phase: (id: string) => phases.find((p) => p.id === id) as Phase };
}

describe('the CA-A2A v5.1 release', () => {
  const sandbox = useSandbox(() => ({ scenario: scenario() }));
  let restore: () => void;
  beforeAll(() => {
    restore = withSandboxEnv(sandbox());
  });
  afterAll(() => restore());

  it('plans every phase first without changing anything', async () => {
    const box = sandbox();
    const r = await phasegate('plan');
    expect(r.code, r.stderr).toBe(0);
    expect(r.phase('migrate').summary).toBe('would apply 1 file (4 statements)');
    expect(r.phase('agents').summary).toBe('4 services: 4 to update');
    expect(r.phase('functional-tests').summary).toContain(
      '<phases.agents.outputs.orchestrator-task-definition-arn>',
    );
    for (const operation of [
      'RegisterTaskDefinition',
      'CreateService',
      'UpdateService',
      'RunTask',
    ]) {
      expect(box.requests.count({ service: 'ecs', operation })).toBe(0);
    }
    expect(box.requests.count({ service: 'rds-data', operation: 'BeginTransaction' })).toBe(0);
  });

  it('runs every phase: migrate, admin-api and agents side by side, verify, functional tests', async () => {
    const r = await release();
    expect(r.code, r.stderr).toBe(0);
    expect(r.phase('migrate').outputs.applied).toBe('1');
    expect(r.phase('admin-api').summary).toBe('1 created');
    expect(r.phase('agents').summary).toBe('4 updated');
    // Under load a check may need one of its retries; the phase allows for that.
    expect(r.phase('verify').summary).toMatch(/^3\/3 checks passed/);
    expect(r.phase('functional-tests').status).toBe('succeeded');
    expect(r.stderr).toContain('test_orchestrator_refuses_revoked_token PASSED');
  });

  it('is safe to run again: no migration, no new revision, no deployment', async () => {
    const box = sandbox();
    box.requests.clear();
    // --force: the phases themselves run again (without it the record skips them, rerun.test.ts).
    const r = await release('--phases', 'migrate,admin-api,agents,verify', '--force');
    expect(r.code, r.stderr).toBe(0);
    expect(r.phase('migrate').outputs.applied).toBe('0');
    for (const operation of ['RegisterTaskDefinition', 'CreateService', 'UpdateService']) {
      expect(box.requests.count({ service: 'ecs', operation })).toBe(0);
    }
    // Not selected, but done earlier for v5.1: shown with the run that did it.
    expect(r.phase('functional-tests').status).toBe('done-earlier');
  });
});

describe('the release with a broken validator image', () => {
  const broken = () => {
    const s = scenario();
    const ecs = s.ecs as Record<string, unknown>;
    ecs['bad-images'] = [{ image: '*/validator:v5.1' }];
    return s;
  };
  const sandbox = useSandbox(() => ({ scenario: broken() }));
  let restore: () => void;
  beforeAll(() => {
    restore = withSandboxEnv(sandbox());
  });
  afterAll(() => restore());

  it('stops at agents with the reason, rolls the agents back, and runs nothing that needs them', async () => {
    const r = await release();
    expect(r.code).toBe(2);
    expect(r.phase('migrate').status).toBe('succeeded');
    expect(r.phase('admin-api').status).toBe('succeeded');
    const agents = r.phase('agents');
    expect(agents.status).toBe('failed');
    expect(agents.summary).toMatch(/^validator: rollout failed: .*CannotPullContainerError/);
    expect(agents.rollback?.status).toBe('succeeded');
    expect(r.phase('verify')).toMatchObject({
      status: 'skipped',
      summary: 'skipped (needs agents)',
    });
    expect(r.phase('functional-tests')).toMatchObject({
      status: 'skipped',
      summary: 'skipped (needs verify)',
    });
  });
});
