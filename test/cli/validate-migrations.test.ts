/**
 * `phasegate validate` reads the migrations folder of every migrate phase: every mistake at once
 * at file:line:column with what to write instead (rename advice that does not clash), lint
 * findings with the phase's fail-on, exit 2, and no request to AWS.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { type CountingAws, countingAws } from '../helpers/no-aws.js';

let aws: CountingAws;
beforeAll(async () => {
  aws = await countingAws();
});
afterAll(() => aws.close());

function folder(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'phasegate-validate-migrations-'));
  mkdirSync(join(dir, 'migrations'));
  for (const [name, text] of Object.entries(files))
    writeFileSync(join(dir, 'migrations', name), text);
  return dir;
}

function plan(dir: string, extra = ''): string {
  const file = join(dir, 'release.yml');
  writeFileSync(
    file,
    `version: 1
app: ca-a2a
region: eu-west-3
phases:
  - id: migrate
    uses: migrate
    with:
      resource-arn: arn:aws:rds:eu-west-3:555043101106:cluster:documents
      secret-arn: arn:aws:secretsmanager:eu-west-3:555043101106:secret:db
      database: documents
${extra}`,
  );
  return file;
}

async function validate(file: string) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), env: process.env };
  const code = await main(['validate', file], io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('phasegate validate: the migrations folder', () => {
  it('reports every mistake at once, with names to rename to that do not clash', async () => {
    const dir = folder({
      '001_create_invoices.sql': 'CREATE TABLE invoices (id int);\n',
      '002_add_customers.sql': 'CREATE TABLE customers (id int);\n',
      '002_add_totals.sql': 'ALTER TABLE invoices ADD COLUMN total int;\n',
      '3-index-invoices.sql': 'CREATE INDEX CONCURRENTLY i ON invoices (id);\n',
      'V4__add_users.sql': 'CREATE TABLE users (id int);\n',
      '005_latin1.sql': Buffer.from([0x53, 0x45, 0x4c, 0x45, 0x43, 0x54, 0x20, 0xe9, 0x3b]),
      '006_empty.sql': '-- nothing yet\n',
      '007_quote.sql': "SELECT 1;\nINSERT INTO t VALUES ('it);\n",
      '008_dollar.sql': 'DO $body$ BEGIN PERFORM 1;\n',
      '009_comment.sql': 'SELECT 1; /* not closed\n',
    });
    const r = await validate(plan(dir));
    expect(r.code).toBe(2);
    const m = (name: string) => join(dir, 'migrations', name);
    const lines = r.stderr.split('\n');
    const expected = [
      `${m('3-index-invoices.sql')}:1:1: error: "3-index-invoices.sql" does not follow the NNN_description.sql naming`,
      '    rename it to 003_index_invoices.sql',
      `${m('V4__add_users.sql')}:1:1: error: "V4__add_users.sql" does not follow the NNN_description.sql naming`,
      '    rename it to 004_add_users.sql',
      `${m('005_latin1.sql')}:1:1: error: 005_latin1.sql is not valid UTF-8 text`,
      `${m('002_add_totals.sql')}:1:1: error: version 2 is used by more than one file: 002_add_customers.sql, 002_add_totals.sql`,
      '    give each file its own version, e.g. rename 002_add_totals.sql to 010_add_totals.sql',
      `${m('006_empty.sql')}:1:1: error: 006_empty.sql has no statements`,
      `${m('007_quote.sql')}:2:23: error: this quoted text is never closed with '`,
      `${m('008_dollar.sql')}:1:4: error: this dollar-quoted body is never closed with $body$`,
      `${m('009_comment.sql')}:1:11: error: this /* comment is never closed with */`,
    ];
    for (const line of expected) expect(lines).toContain(line);
    expect(r.stderr).toContain('8 mistakes found; nothing was changed.');
    expect(r.stdout).toBe('');
  });

  it('lint findings are warnings; those of fail-on rules say the run refuses them', async () => {
    const dir = folder({
      '001_create_invoices.sql': 'CREATE TABLE invoices (id int);\n',
      '002_cleanup.sql': 'SELECT 1;\nDROP TABLE invoices;\nDELETE FROM audit;\n',
    });
    const r = await validate(plan(dir, '      fail-on: [drop-table]\n'));
    const file = join(dir, 'migrations', '002_cleanup.sql');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      `${file}:2:1: warning: [drop-table] statement 2: DROP TABLE deletes invoices and every row in it, on every run that reaches it.`,
    );
    expect(r.stderr).toMatch(
      /DROP TABLE invoices; the run refuses it while this file is pending \(drop-table is in fail-on\)/,
    );
    expect(r.stderr).toContain(`${file}:3:1: warning: [delete-without-where] statement 3:`);
    expect(r.stdout).toContain('valid, 1 phase: migrate');
  });

  it('a directory that is not there is named at the plan line that names it', async () => {
    const dir = folder({});
    const file = plan(dir, '      directory: db/migrations\n');
    const r = await validate(file);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      `${file}:11:18: error: the migrations directory db/migrations not found`,
    );
  });

  it("a mistake elsewhere in the plan does not hide the folder's", async () => {
    const dir = folder({ '1-first.sql': 'SELECT 1;\n' });
    const file = plan(
      dir,
      '  - id: deploy\n    uses: ecs-deploy\n    needs: migrat\n    with: { cluster: c, services: [{ service: s }] }\n',
    );
    const r = await validate(file);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file}:13:12: error: needs names an unknown phase "migrat"`);
    expect(r.stderr).toContain(
      `1-first.sql:1:1: error: "1-first.sql" does not follow the NNN_description.sql naming\n    rename it to 001_first.sql`,
    );
    expect(r.stderr).toContain('2 mistakes found; nothing was changed.');
  });

  it('a phase with a mistake of its own: its folder is read once that is fixed', async () => {
    const dir = folder({ '1-first.sql': 'SELECT 1;\n' });
    const r = await validate(plan(dir, '      fail-on: [drop-tables]\n'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('1 mistake found');
    expect(r.stderr).not.toContain('1-first.sql');
  });

  it('made no AWS request', () => {
    expect(aws.requests()).toBe(0);
  });
});
