import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../src/action/main.js';
import { runnerFiles } from '../helpers/github-files.js';
import { newJournal, testRegistry } from '../helpers/kinds.js';

// core.summary remembers its file after the first write: one set of runner files per test file.
const files = runnerFiles();
const saved = { ...process.env };

beforeEach(() => {
  files.clear();
  Object.assign(process.env, files.env, { GITHUB_REF_TYPE: 'tag', GITHUB_REF_NAME: 'v5.1' });
});

afterEach(() => {
  process.env = { ...saved };
  process.exitCode = undefined;
});

function plan(body: string): string {
  const file = join(files.dir, 'plan.yml');
  writeFileSync(
    file,
    `version: 1\napp: ca-a2a\nregion: eu-west-3\nrecord: { store: none }\nphases:\n${body}`,
  );
  return file;
}

function inputs(values: Record<string, string>): void {
  for (const [name, value] of Object.entries(values))
    process.env[`INPUT_${name.toUpperCase()}`] = value;
}

describe('the action', () => {
  it('runs the plan and writes the summary and outputs; the version defaults to the tag', async () => {
    inputs({
      plan: plan('  - id: db\n    uses: step\n    with: { outputs: { applied: "2" } }\n'),
      environment: 'production',
    });
    await run(testRegistry(newJournal()));
    expect(process.exitCode).toBeUndefined();
    expect(files.summary()).toContain('## ✅ ca-a2a v5.1 → production: release succeeded');
    const out = files.outputs();
    expect(out.status).toBe('succeeded');
    expect(out['failed-phase']).toBe('');
    expect(JSON.parse(out.result ?? '{}').phases[0]).toMatchObject({
      id: 'db',
      outputs: { applied: '2' },
    });
  });

  it('a dry run says in the changes output whether anything would change', async () => {
    inputs({ plan: plan('  - id: db\n    uses: step\n'), 'dry-run': 'true' });
    await run(testRegistry(newJournal()));
    expect(files.outputs()).toMatchObject({ status: 'succeeded', changes: 'true' });
    expect(JSON.parse(files.outputs().result ?? '{}').changes).toBe(true);
    expect(files.summary()).toContain('**Changes** yes');
    files.clear();
    Object.assign(process.env, files.env);
    const twoStages = '  - id: db\n    uses: step\n  - id: api\n    uses: step\n    needs: [db]\n';
    inputs({ plan: plan(twoStages), 'dry-run': 'true' });
    await run(testRegistry(newJournal()));
    // The order is in the result output too, as in `--json` (schema/plan-output.schema.json).
    expect(JSON.parse(files.outputs().result ?? '{}').stages).toEqual([['db'], ['api']]);
    files.clear();
    Object.assign(process.env, files.env);
    inputs({ plan: plan('  - id: db\n    uses: step\n'), 'dry-run': 'false' });
    await run(testRegistry(newJournal()));
    expect(files.outputs().changes).toBe('');
    expect(JSON.parse(files.outputs().result ?? '{}').stages).toBeUndefined();
  });

  it('a failed phase fails the step and names the phase', async () => {
    inputs({
      plan: plan(
        '  - id: db\n    uses: step\n    with: { fail: "lock held by run 41" }\n  - id: api\n    uses: step\n',
      ),
    });
    await run(testRegistry(newJournal()));
    expect(process.exitCode).toBe(1);
    expect(files.outputs()).toMatchObject({ status: 'failed', 'failed-phase': 'db' });
    expect(files.summary()).toContain('> **db** failed: lock held by run 41');
  });

  it('an invalid plan: status invalid, a summary of the mistakes, nothing run', async () => {
    const journal = newJournal();
    inputs({ plan: plan('  - id: db\n    uses: stepp\n') });
    await run(testRegistry(journal));
    expect(process.exitCode).toBe(1);
    expect(journal.events).toEqual([]);
    expect(files.outputs().status).toBe('invalid');
    expect(files.summary()).toContain('unknown phase kind "stepp"');
  });

  it('an unwritable GITHUB_OUTPUT fails the step before any phase runs, without a crash', async () => {
    const journal = newJournal();
    inputs({ plan: plan('  - id: db\n    uses: step\n') });
    process.env.GITHUB_OUTPUT = files.dir;
    await run(testRegistry(journal));
    expect(process.exitCode).toBe(1);
    expect(journal.events).toEqual([]);
  });

  it('dry-run: true plans instead of running', async () => {
    const journal = newJournal();
    inputs({ plan: plan('  - id: db\n    uses: step\n'), 'dry-run': 'true' });
    await run(testRegistry(journal));
    expect(journal.events).toEqual(['plan:db']);
    expect(files.summary()).toContain('dry run succeeded');
  });

  it('vars: a YAML map overrides plan vars', async () => {
    const file = join(files.dir, 'vars.yml');
    writeFileSync(
      file,
      'version: 1\napp: a\nregion: eu-west-3\nrecord: { store: none }\nvars:\n  tag: v1\nphases:\n  - id: x\n    uses: step\n    with: { outputs: { tag: "${{ vars.tag }}" } }\n',
    );
    inputs({ plan: file, vars: 'tag: v9\n' });
    await run(testRegistry(newJournal()));
    expect(JSON.parse(files.outputs().result ?? '{}').phases[0].outputs).toEqual({ tag: 'v9' });
  });
});
