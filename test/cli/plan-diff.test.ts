/**
 * `phasegate plan` as a reviewer reads it, on a fixture app (test/fixtures/plan-diff): three
 * services whose task definitions change image, environment, secrets, execution role, port
 * mappings and health check, and two pending migrations, one with a lint finding, on a history
 * at version 1. The terminal
 * text and the step summary are golden files (.md.txt, so the formatter leaves the markdown as
 * phasegate wrote it); the --json form is checked against schema/plan-output.schema.json. A plan
 * with nothing to change exits 3 with --detailed-exitcode and says `changes: false`; one that could not look says so.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/main.js';
import { runCli } from '../helpers/cli.js';
import { steady } from '../helpers/golden.js';
import { schemaErrors } from '../helpers/json-schema.js';
import { useSandbox, withSandboxEnv } from '../helpers/sandbox.js';

const DIR = 'test/fixtures/plan-diff';
const schema = JSON.parse(readFileSync('schema/plan-output.schema.json', 'utf8'));

function plan(file: string, ...extra: string[]) {
  const args = ['plan', join(DIR, file), '--env', 'production', '--version', 'v5.1', ...extra];
  return runCli(args, process.env as Record<string, string>);
}

const mutating = /^(Register|Create|Update|Delete|Deregister|Put|Send|Run|Stop|Execute|Batch)/;

describe('phasegate plan as a reviewable diff', () => {
  const sandbox = useSandbox({ scenario: join(DIR, 'scenario.yml') });
  let restore: () => void;
  beforeAll(async () => {
    restore = withSandboxEnv(sandbox());
    // v5.0 applied the first migration: the plan shows the history at version 1.
    const args = ['run', join(DIR, 'baseline.yml'), '--env', 'production', '--version', 'v5.0'];
    const baseline = await runCli(args, process.env as Record<string, string>);
    expect(baseline.code, baseline.stderr).toBe(EXIT.ok);
  });
  afterAll(() => restore());

  it('shows the same full diff in the terminal and the summary, with read-only calls only', async () => {
    const summary = join(mkdtempSync(join(tmpdir(), 'phasegate-plan-diff-')), 'summary.md');
    sandbox().requests.clear();
    const r = await plan('plan.yml', '--summary', summary);
    expect(r.code, r.stderr).toBe(EXIT.ok);
    // Column widths follow the durations: runs of spaces in the table count as one gap.
    const [diff, table] = splitAtTable(steady(r.stdout));
    await expect(`${diff}${table.replace(/ {2,}/g, '  ')}`).toMatchFileSnapshot(
      'golden/plan-diff.terminal.txt',
    );
    await expect(steady(readFileSync(summary, 'utf8'))).toMatchFileSnapshot(
      'golden/plan-diff.summary.md.txt',
    );
    const calls = sandbox()
      .requests.all()
      .map((q) => q.operation);
    expect(calls).toContain('DescribeServices');
    expect(calls.filter((op) => mutating.test(op) && op !== 'ExecuteStatement')).toEqual([]);
  });

  it('prints the same plan as JSON that fits schema/plan-output.schema.json', async () => {
    const r = await plan('plan.yml', '--json');
    expect(r.code, r.stderr).toBe(EXIT.ok);
    const json = JSON.parse(r.stdout);
    expect(schemaErrors(json, schema)).toEqual([]);
    expect(json.changes).toBe(true);
    expect(json.stages).toEqual([['migrate'], ['deploy'], ['verify']]);
    const deploy = json.phases.find((p: { id: string }) => p.id === 'deploy');
    expect(deploy.plan.items.map((i: { line: string }) => i.line)).toEqual([
      'web: image v5.0 → v5.1, +ENV FEATURE_X, healthCheck',
      'worker: executionRoleArn role/shop-exec → role/shop-worker-exec, image v5.0 → v5.1, +SECRET DB_PASSWORD',
      'api: image v5.0 → v5.1, portMappings',
    ]);
    // The same content as the terminal: every line and fact of the JSON is in the text.
    const text = (await plan('plan.yml')).stdout;
    for (const phase of json.phases)
      for (const item of phase.plan?.items ?? [])
        for (const line of [item.line, ...item.facts]) expect(text).toContain(line);
  });

  it('the checker the JSON is held to finds what does not fit', () => {
    expect(schemaErrors({ status: 'fine', phases: [{}] }, schema)).toEqual(
      expect.arrayContaining([
        '$.status: "fine" is not one of ["succeeded","failed","cancelled"]',
        '$: missing changes',
        '$.phases[0]: missing id',
      ]),
    );
  });

  it('"no changes" is its own outcome: exit 3 (--detailed-exitcode), changes: false, and said so', async () => {
    expect((await plan('nothing-to-do.yml')).code).toBe(EXIT.ok);
    const r = await plan('nothing-to-do.yml', '--detailed-exitcode');
    expect(r.code, r.stderr).toBe(EXIT.noChanges);
    expect(EXIT.noChanges).toBe(3);
    const [diff, table] = splitAtTable(steady(r.stdout));
    await expect(`${diff}${table.replace(/ {2,}/g, '  ')}`).toMatchFileSnapshot(
      'golden/plan-diff.no-changes.terminal.txt',
    );
    const json = JSON.parse((await plan('nothing-to-do.yml', '--json')).stdout);
    expect(schemaErrors(json, schema)).toEqual([]);
    expect(json.changes).toBe(false);
  });

  it('says where it could not look instead of failing', async () => {
    const remove = sandbox().faults.add({
      service: 'ecs',
      operation: 'DescribeServices',
      fault: 'error',
      code: 'AccessDeniedException',
      message: 'not authorized to perform: ecs:DescribeServices',
    });
    try {
      const r = await plan('plan.yml', '--json');
      expect(r.code, r.stderr).toBe(EXIT.ok);
      const deploy = JSON.parse(r.stdout).phases.find((p: { id: string }) => p.id === 'deploy');
      expect(deploy.status).toBe('planned');
      expect(deploy.summary).toBe(
        'could not look: AccessDeniedException: not authorized to perform: ecs:DescribeServices',
      );
      expect(deploy.plan).toMatchObject({ changes: true, items: [] });
    } finally {
      remove();
    }
  });

  it('a cluster that is not there is a place it could not look, too', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'phasegate-plan-blind-')), 'plan.yml');
    writeFileSync(
      file,
      readFileSync(join(DIR, 'nothing-to-do.yml'), 'utf8').replace(
        /cluster: shop\b/,
        'cluster: gone',
      ),
    );
    const r = await runCli(
      ['plan', file, '--version', 'v5.1'],
      process.env as Record<string, string>,
    );
    expect(r.code, r.stderr).toBe(EXIT.ok);
    expect(r.stdout).toMatch(/^deploy \(ecs-deploy\): could not look: ClusterNotFoundException: /m);
    expect(r.stdout).toContain('dry run succeeded in');
  });
});

/** The plan, and the phase table from its header line on. */
function splitAtTable(text: string): [string, string] {
  const at = text.indexOf('status   phase');
  return [text.slice(0, at), text.slice(at)];
}
