/**
 * Re-running a release, as the releases issue specifies it, through the CLI against one sandbox
 * that keeps its state between runs (the release record lives in its Parameter Store).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetParameterCommand } from '@aws-sdk/client-ssm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { CliIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { clientsFor, useSandbox, withSandboxEnv } from '../helpers/sandbox.js';

const PLAN = 'phases/ca-a2a.yml';
const scenario = (): Record<string, unknown> => ({
  ...(parse(readFileSync('sandbox/ca-a2a.yml', 'utf8')) as Record<string, unknown>),
  'time-scale': 300,
});

interface Phase {
  id: string;
  status: string;
  summary: string;
  outputs: Record<string, string>;
}

async function phasegate(command: 'run' | 'plan', ...extra: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    env: process.env,
  };
  const args = extra.includes('--version') ? extra : ['--version', 'v5.1', ...extra];
  const code = await main([command, PLAN, '--env', 'production', '--json', ...args], io);
  const phases = code === 0 || stdout ? (JSON.parse(stdout) as { phases: Phase[] }).phases : [];
  return { code, stderr, phase: (id: string) => phases.find((p) => p.id === id) as Phase };
}

const CHANGES = ['RegisterTaskDefinition', 'CreateService', 'UpdateService'];

describe('re-running the CA-A2A release', () => {
  const sandbox = useSandbox(() => ({ scenario: scenario() }));
  let restore: () => void;
  beforeAll(() => {
    restore = withSandboxEnv(sandbox());
  });
  afterAll(() => restore());

  it('the first run releases v5.1 and records it as current', async () => {
    const r = await phasegate('run');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('ca-a2a production: v5.1 (first release recorded here)');
    const ssm = clientsFor(sandbox()).ssm;
    const state = await ssm.send(
      new GetParameterCommand({ Name: '/phasegate/ca-a2a/production/state' }),
    );
    expect(JSON.parse(state.Parameter?.Value ?? '{}')).toMatchObject({
      current: { version: 'v5.1' },
      released: ['v5.1'],
    });
  });

  it('running it again changes nothing: done phases are skipped, always-run phases run', async () => {
    const box = sandbox();
    box.requests.clear();
    const r = await phasegate('run');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('ca-a2a production: v5.1 → v5.1');
    for (const id of ['migrate', 'admin-api', 'agents']) {
      expect(r.phase(id).status).toBe('done-earlier');
      expect(r.phase(id).summary).toMatch(/^done in cli:.+, \d{4}-\d\d-\d\d \d\d:\d\d UTC$/);
    }
    expect(r.phase('verify').status).toBe('succeeded');
    expect(r.phase('functional-tests').status).toBe('succeeded');
    for (const operation of CHANGES)
      expect(box.requests.count({ service: 'ecs', operation })).toBe(0);
    // verify's sql check reads in a transaction it rolls back; nothing is committed.
    expect(box.requests.count({ service: 'rds-data', operation: 'CommitTransaction' })).toBe(0);
  });

  it('--from functional-tests reads the agents outputs from the record', async () => {
    const r = await phasegate('run', '--from', 'functional-tests');
    expect(r.code, r.stderr).toBe(0);
    expect(r.phase('agents').status).toBe('done-earlier');
    expect(r.phase('agents').summary).toMatch(/^done in /);
    expect(r.phase('agents').outputs['orchestrator-task-definition-arn']).toMatch(
      /:task-definition\/ca-a2a-orchestrator:\d+$/,
    );
    expect(r.phase('functional-tests').status).toBe('succeeded');
  });

  it('--phases verify for a version never deployed refuses to start, saying what to run', async () => {
    const box = sandbox();
    box.requests.clear();
    const r = await phasegate('run', '--phases', 'verify', '--version', 'v5.2');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'phase "verify" needs "admin-api", "agents", which have not succeeded for v5.2 in production',
    );
    expect(r.stderr).toContain('--phases admin-api,agents,verify');
    expect(box.requests.count({ service: 'ecs' })).toBe(0);
  });

  it('a version older than the current one is a rollback: refused unless --force', async () => {
    const refused = await phasegate('plan', '--version', 'v5.0');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('v5.0 is older than v5.1, the version production runs now');
    const forced = await phasegate('plan', '--version', 'v5.0', '--force');
    expect(forced.code, forced.stderr).toBe(0);
  });

  it('--force runs done phases again, and they are idempotent', async () => {
    const box = sandbox();
    box.requests.clear();
    const r = await phasegate('run', '--phases', 'migrate,admin-api,agents,verify', '--force');
    expect(r.code, r.stderr).toBe(0);
    expect(r.phase('migrate').outputs.applied).toBe('0');
    for (const operation of CHANGES)
      expect(box.requests.count({ service: 'ecs', operation })).toBe(0);
  });

  it('phasegate status shows the current version and each phase with its run', async () => {
    let out = '';
    const io: CliIo = { stdout: (t) => (out += t), stderr: () => {}, env: process.env };
    expect(await main(['status', PLAN, '--env', 'production'], io)).toBe(0);
    expect(out).toContain('ca-a2a production (SSM Parameter Store /phasegate/ca-a2a/production');
    expect(out).toMatch(/current: v5\.1, released \d{4}-\d\d-\d\d \d\d:\d\d UTC/);
    expect(out).toMatch(/\n {2}agents +succeeded /);
    out = '';
    expect(await main(['status', PLAN, '--env', 'production', '--json'], io)).toBe(0);
    const json = JSON.parse(out);
    expect(json.current.version).toBe('v5.1');
    expect(json.versions[0].phases.map((p: { phase: string }) => p.phase)).toEqual([
      'migrate',
      'admin-api',
      'agents',
      'verify',
      'functional-tests',
    ]);
  });

  it('promote-from: production takes only a version fully released to staging', async () => {
    const promoted = join(mkdtempSync(join(tmpdir(), 'phasegate-promote-')), 'ca-a2a.yml');
    writeFileSync(
      promoted,
      `${readFileSync(PLAN, 'utf8')}\nenvironments:\n  production:\n    promote-from: staging\n`,
    );
    const run = async (...args: string[]) => {
      let stderr = '';
      const io: CliIo = { stdout: () => {}, stderr: (t) => (stderr += t), env: process.env };
      return { code: await main([...args, promoted], io), stderr };
    };
    const refused = await run('plan', '--env', 'production', '--version', 'v6.0');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(
      'production takes only versions fully released to staging (promote-from in the plan), and v6.0 is not (nothing is released to staging yet)',
    );
    expect(refused.stderr).toContain('--env staging --version v6.0');
    const staging = await run('run', '--env', 'staging', '--version', 'v6.0');
    expect(staging.code, staging.stderr).toBe(0);
    const allowed = await run('plan', '--env', 'production', '--version', 'v6.0');
    expect(allowed.code, allowed.stderr).toBe(0);
  });
});
