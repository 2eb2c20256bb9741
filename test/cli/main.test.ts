import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { newJournal, testRegistry } from '../helpers/kinds.js';

const dir = mkdtempSync(join(tmpdir(), 'phasegate-cli-'));

function plan(name: string, phases: string): string {
  const file = join(dir, name);
  writeFileSync(
    file,
    `version: 1\napp: demo\nregion: eu-west-3\nvars:\n  tag: v1\nphases:\n${phases}record: { store: none }\n`,
  );
  return file;
}

// Runs without a version or a git checkout are refused (version.ts); these give the commit.
async function cli(argv: string[], env: Record<string, string> = { GITHUB_SHA: 'abc1234def' }) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), env };
  const code = await main(argv, io, testRegistry(newJournal()));
  return { code, stdout: out.join(''), stderr: err.join('') };
}

const good = plan(
  'good.yml',
  `  - id: db
    uses: step
    with: { outputs: { applied: "3" } }
  - id: api
    uses: step
    with: { outputs: { image: "app:\${{ vars.tag }}" } }
`,
);

describe('phasegate CLI', () => {
  it('--help shows the commands and examples', async () => {
    const r = await cli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('phasegate run PLAN');
    expect(r.stdout).toContain('Examples:');
  });

  it('validate: a valid plan', async () => {
    const r = await cli(['validate', good]);
    expect(r).toMatchObject({
      code: 0,
      stdout: `${good}: valid, 2 phases: db, api\n  1. db\n  2. api, after db\n`,
    });
  });

  it('validate: every mistake with file:line:column, exit 2, no stack', async () => {
    const bad = plan(
      'bad.yml',
      '  - id: db\n    uses: stepp\n  - id: api\n    uses: step\n    needs: [dbb]\n',
    );
    const r = await cli(['validate', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${bad}:8:11: error: unknown phase kind "stepp"`);
    expect(r.stderr).toContain(`${bad}:11:13: error:`);
    expect(r.stderr).toContain('2 mistakes found; nothing was changed.');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a missing plan file is a user error', async () => {
    const r = await cli(['validate', join(dir, 'nope.yml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nope.yml');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('unknown commands and options point at --help', async () => {
    expect((await cli(['deploy', good])).stderr).toContain('unknown command "deploy"');
    const r = await cli(['run', good, '--fast']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Unknown option '--fast'");
  });

  it('run: prints the table, writes the summary, renders vars', async () => {
    const summary = join(dir, 'summary.md');
    const r = await cli([
      'run',
      good,
      '--env',
      'staging',
      '--version',
      'v5.1',
      '--summary',
      summary,
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/ok\s+db\s+step/);
    expect(r.stdout).toContain('release succeeded in');
    expect(r.stderr).toContain('[api] ■ succeeded: ran api');
    const md = readFileSync(summary, 'utf8');
    expect(md).toContain('## ✅ demo v5.1 → staging: release succeeded');
    expect(md).toContain('| `image` | app:v1 |');
  });

  it('run --json --phases: only the selected phases, as JSON', async () => {
    const r = await cli(['run', good, '--phases', 'api', '--json']);
    const json = JSON.parse(r.stdout);
    expect(json.phases.map((p: { status: string }) => p.status)).toEqual([
      'not-selected',
      'succeeded',
    ]);
  });

  it('run without --version outside a checkout: refused, naming the option', async () => {
    const r = await cli(['run', good], {});
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no version to release');
    expect(r.stderr).toContain('--version v1.2.3');
  });

  it('plan: a dry run', async () => {
    const r = await cli(['plan', good, '--var', 'tag=v2']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/planned\s+db/);
    expect(r.stdout).toContain('dry run succeeded');
  });

  it('a failed phase: exit 2 with its explanation; a bug: exit 1 with a stack', async () => {
    const failing = plan(
      'failing.yml',
      '  - id: db\n    uses: step\n    with: { fail: "checksum mismatch" }\n',
    );
    const f = await cli(['run', failing]);
    expect(f.code).toBe(2);
    expect(f.stdout).toMatch(/FAILED\s+db\s+step\s+\S*\s+checksum mismatch/);
    const buggy = plan('buggy.yml', '  - id: db\n    uses: step\n    with: { bug: true }\n');
    const b = await cli(['run', buggy]);
    expect(b.code).toBe(1);
    expect(b.stderr).toContain('this is a bug in phasegate');
    expect(b.stderr).toMatch(/TypeError: cannot read properties of undefined\n\s+at /);
  });

  it('refuses a --summary it could not write before any phase runs', async () => {
    const journal = newJournal();
    const io: CliIo = {
      stdout: () => {},
      stderr: (t) => err.push(t),
      env: { GITHUB_SHA: 'abc1234' },
    };
    const err: string[] = [];
    const code = await main(['run', good, '--summary', dir], io, testRegistry(journal));
    expect(code).toBe(2);
    expect(err.join('')).toContain(`phasegate: --summary ${dir} is a directory`);
    expect(err.join('')).not.toMatch(/\n\s+at /);
    expect(journal.events).toEqual([]);
  });

  it('refuses --max-parallel 0 rather than ignoring it', async () => {
    const r = await cli(['run', good, '--max-parallel', '0']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--max-parallel must be a whole number of at least 1, got "0"');
  });

  it('an undeclared --var is refused', async () => {
    const r = await cli(['run', good, '--var', 'colour=blue']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('colour');
  });
});

describe('phasegate run --sandbox', () => {
  it('a scenario of another region is refused before the run, naming both', async () => {
    const other = plan('other-region.yml', '  - id: db\n    uses: step\n');
    const scenario = join(dir, 'scenario.yml');
    writeFileSync(scenario, 'region: us-east-1\n');
    const r = await cli(['run', other, '--sandbox', '--scenario', scenario]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      `the sandbox scenario ${scenario} plays us-east-1, but the plan works in eu-west-3`,
    );
    expect(r.stderr).toContain('write region: eu-west-3 in the scenario');
  });
});
