/**
 * The committed bundle, run as GitHub runs it: `node dist/index.js` with INPUT_* variables
 * (hyphens kept in names) and the runner's summary and output files.
 */
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { runnerFiles } from '../helpers/github-files.js';
import { useSandbox } from '../helpers/sandbox.js';

const sandbox = useSandbox({
  scenario: {
    ecs: {
      clusters: ['ca-a2a-cluster'],
      services: [
        {
          name: 'orchestrator',
          image: '555043101106.dkr.ecr.eu-west-3.amazonaws.com/ca-a2a/orchestrator:v5.0',
        },
      ],
    },
  },
});

const exec = promisify(execFile);

async function runBundle(
  inputs: Record<string, string>,
  files: ReturnType<typeof runnerFiles>,
  extraEnv: Record<string, string> = {},
) {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', ...files.env, ...extraEnv };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  try {
    const { stdout } = await exec(process.execPath, ['dist/index.js'], { env });
    return { code: 0, stdout };
  } catch (error) {
    const e = error as { code: number; stdout: string };
    return { code: e.code, stdout: e.stdout };
  }
}

describe('dist/index.js', () => {
  it('refuses a plan with an unknown kind: annotation, summary, outputs', async () => {
    const files = runnerFiles();
    const plan = join(files.dir, 'plan.yml');
    writeFileSync(
      plan,
      'version: 1\napp: ca-a2a\nregion: eu-west-3\nphases:\n  - id: api\n    uses: ecs-deply\n',
    );
    const r = await runBundle(
      { plan, 'dry-run': 'false', 'github-token': 'ghs_secretsecret' },
      files,
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      `::error title=phasegate plan,file=${plan},line=6,endLine=6,col=11,endColumn=20::unknown phase kind "ecs-deply"`,
    );
    expect(r.stdout).toContain(
      '::error::phasegate: 1 mistake found in the plan; nothing was changed',
    );
    expect(r.stdout).toContain('::add-mask::ghs_secretsecret');
    expect(files.summary()).toContain('the plan has 1 mistake; nothing was changed');
    expect(files.outputs()).toEqual({ status: 'invalid' });
  });

  it('reads hyphenated inputs as GitHub passes them', async () => {
    const files = runnerFiles();
    const r = await runBundle({ plan: 'phases/ca-a2a.yml', 'dry-run': 'maybe' }, files);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('input dry-run must be true or false, got "maybe"');
    expect(r.stdout).not.toMatch(/\n\s+at /);
  });

  it('runs a release against the sandbox: summary, status, failed-phase and result', async () => {
    const files = runnerFiles();
    const plan = join(files.dir, 'release.yml');
    const stable = (services: string[]) => ({
      uses: 'ecs-service',
      with: { cluster: 'ca-a2a-cluster', services },
    });
    writeFileSync(
      plan,
      stringify({
        version: 1,
        app: 'ca-a2a',
        region: 'eu-west-3',
        phases: [
          { id: 'verify', uses: 'checks', with: { checks: [stable(['orchestrator'])] } },
          {
            id: 'ghosts',
            uses: 'checks',
            with: { retry: { attempts: 1 }, checks: [stable(['ghost'])] },
          },
          { id: 'after', uses: 'checks', with: { checks: [stable(['orchestrator'])] } },
        ],
      }),
    );
    const r = await runBundle(
      { plan, environment: 'staging', version: 'v5.1' },
      files,
      sandbox().env,
    );
    expect(r.code).toBe(1);
    const outputs = files.outputs();
    expect(outputs.status).toBe('failed');
    expect(outputs['failed-phase']).toBe('ghosts');
    const result = JSON.parse(outputs.result ?? '{}') as {
      phases: { id: string; status: string }[];
    };
    expect(result.phases.map((p) => `${p.id}:${p.status}`)).toEqual([
      'verify:succeeded',
      'ghosts:failed',
      'after:skipped',
    ]);
    expect(files.summary()).toContain('## ❌ ca-a2a v5.1 → staging: release failed');
    expect(r.stdout).toContain('::group::');
  });

  it('contains no sandbox or PGlite code', () => {
    const bundle = readFileSync('dist/index.js', 'utf8');
    expect(bundle).not.toMatch(/pglite|src\/sandbox\//i);
  });
});
