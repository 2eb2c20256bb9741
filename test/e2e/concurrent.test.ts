/**
 * Two release runs on one environment at once, as two CLI processes (two laptops, or a laptop
 * and a workflow): the release lease lets one change production while the other waits, naming
 * the holder; the second then finds every phase done for the version and changes nothing. Before
 * the lease, two runs registered 14 task definition revisions instead of 9, rolled each other
 * back and left a mixed release.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { useSandbox } from '../helpers/sandbox.js';

const sandbox = useSandbox(() => ({
  scenario: {
    ...(parse(readFileSync('sandbox/ca-a2a.yml', 'utf8')) as Record<string, unknown>),
    'time-scale': 300,
  },
}));

function release(): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const args = ['--import', 'tsx', 'src/cli.ts', 'run', 'phases/ca-a2a.yml'];
  const child = spawn(
    process.execPath,
    [...args, '--env', 'production', '--version', 'v5.1', '--json'],
    { env: { ...process.env, ...sandbox().env }, stdio: 'pipe' },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
}

describe('two runs on one environment at once', () => {
  it('one releases, the other waits for the lease naming it, then changes nothing', async () => {
    const [a, b] = await Promise.all([release(), release()]);
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    const waited = [a, b].filter((r) =>
      r.stderr.includes('waiting for the release lease: held by cli:'),
    );
    expect(waited).toHaveLength(1);
    const second = JSON.parse((waited[0] ?? a).stdout) as {
      phases: { id: string; status: string }[];
    };
    for (const id of ['migrate', 'admin-api', 'agents'])
      expect(second.phases.find((p) => p.id === id)?.status).toBe('done-earlier');
    // One release's worth of revisions: admin-api and the four agents, once each.
    const families = sandbox()
      .requests.filter({ service: 'ecs', operation: 'RegisterTaskDefinition' })
      .map((r) => r.params.family);
    expect(families.sort()).toEqual([...new Set(families)].sort());
    expect(
      sandbox().requests.count({ service: 'rds-data', operation: 'CommitTransaction' }),
    ).toBeGreaterThan(0);
  }, 90_000);
});
