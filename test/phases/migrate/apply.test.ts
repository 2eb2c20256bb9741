/**
 * The migrate phase through the engine against the sandbox's Data API on PGlite: order, history,
 * re-runs, checksums and repair, out-of-order files, a failing statement, and the CA-A2A files.
 * One sandbox for the file; every test has its own history table and its own SQL objects.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryLogger } from '../../../src/core/log.js';
import { Secrets } from '../../../src/core/secrets.js';
import { WAKE_UP_SQL } from '../../../src/db/resume.js';
import { parseFinal } from '../../../src/engine/settings.js';
import { repairChecksums } from '../../../src/phases/migrate/repair.js';
import { migrateSettings } from '../../../src/phases/migrate/settings.js';
import { migrationChecksum } from '../../../src/sql/files.js';
import { useSandbox } from '../../helpers/sandbox.js';
import {
  dataApiSettings,
  historyOf,
  type Migrator,
  migrateScenario,
  migrationsDir,
  migrator,
  phaseOf,
  query,
  uniqueTable,
  writeFile,
} from './harness.js';

const sandbox = useSandbox(() => ({ scenario: migrateScenario() }));
let m: Migrator;
beforeAll(() => {
  m = migrator(sandbox());
});
afterAll(() => m?.close());

const exists = async (name: string) =>
  (await query(m.clients, `SELECT to_regclass('${name}') IS NOT NULL AS found`))[0]?.found;

const dataApiCalls = (operation: string) =>
  sandbox().requests.count({ service: 'rds-data', operation });

describe('migrate: applying files', () => {
  it('applies pending files in version order, records them, and a re-run applies nothing', async () => {
    const files = {
      '001_create_accounts.sql': 'CREATE TABLE acc_a (id int PRIMARY KEY);\n',
      '002_add_email.sql':
        '-- emails\nALTER TABLE acc_a ADD COLUMN email text;\n\nCREATE INDEX IF NOT EXISTS acc_a_email ON acc_a (email);\n',
      '010_seed.sql': "INSERT INTO acc_a (id, email) VALUES (1, 'a@example.com');\n",
    };
    const table = uniqueTable();
    const settings = dataApiSettings(migrationsDir(files), table);
    const runUrl = 'https://github.com/octo/ca-a2a/actions/runs/42/attempts/1';
    const first = phaseOf(await m.run(settings, { run: { actor: 'octocat', runUrl } }));
    expect(first.status, first.summary).toBe('succeeded');
    expect(first.outputs).toEqual({ applied: '3', pending: '0', 'current-version': '10' });
    expect(first.summary).toBe('3 files applied (4 statements), version 10');
    expect(first.details).toContain('| 2 | `002_add_email.sql` | 2 |');

    const rows = await historyOf(m.clients, table);
    expect(rows.map((r) => r.version)).toEqual([1, 2, 10]);
    expect(rows.map((r) => r.description)).toEqual(['create accounts', 'add email', 'seed']);
    expect(rows.map((r) => r.checksum)).toEqual(Object.values(files).map(migrationChecksum));
    expect(rows.map((r) => r.statements)).toEqual([1, 2, 1]);
    for (const row of rows) {
      expect(row.applied_by).toBe(`octocat ${runUrl}`);
      expect(row.success).toBe(true);
      expect(row.execution_ms).toBeGreaterThanOrEqual(0);
    }
    expect(await query(m.clients, 'SELECT email FROM acc_a')).toEqual([{ email: 'a@example.com' }]);

    sandbox().requests.clear();
    const again = phaseOf(await m.run(settings));
    expect(again.status).toBe('succeeded');
    expect(again.summary).toBe('up to date, version 10');
    expect(again.outputs.applied).toBe('0');
    // SELECT 1 to wake the cluster, then one history query; no transaction at all.
    expect(dataApiCalls('ExecuteStatement')).toBe(2);
    expect(dataApiCalls('BeginTransaction')).toBe(0);
    // The wake-up also reads the server's version, which decides how ALTER TYPE … ADD VALUE runs.
    const [wake] = sandbox().requests.filter({ operation: 'ExecuteStatement' });
    expect(wake?.params.sql).toBe(WAKE_UP_SQL);
    const version = /: PostgreSQL (\d+)$/m.exec(m.logs.get('migrate')?.text() ?? '')?.[1];
    expect(Number(version)).toBeGreaterThanOrEqual(17);
  });

  it('stops before any change when an applied file changed, naming it and both checksums', async () => {
    const table = uniqueTable();
    const dir = migrationsDir({
      '001_create_docs.sql': 'CREATE TABLE docs_c (id int);\n',
      '002_create_tags.sql': 'CREATE TABLE tags_c (id int);\n',
    });
    const settings = dataApiSettings(dir, table);
    expect(phaseOf(await m.run(settings)).status).toBe('succeeded');
    const before = migrationChecksum('CREATE TABLE docs_c (id int);\n');
    const edited = '-- the docs table\nCREATE TABLE docs_c (id int);\n';
    writeFile(dir, '001_create_docs.sql', edited);
    writeFile(dir, '003_create_notes.sql', 'CREATE TABLE notes_c (id int);\n');

    sandbox().requests.clear();
    const refused = phaseOf(await m.run(settings));
    expect(refused.status).toBe('failed');
    expect(refused.error?.message).toContain('001_create_docs.sql changed after it was applied');
    expect(refused.error?.message).toContain(before);
    expect(refused.error?.message).toContain(migrationChecksum(edited));
    // The exact command is in the message, which the terminal shows (it shows no hint).
    expect(refused.error?.message).toContain(
      'if the edit was deliberate, run phasegate migrate repair test.yml --phase migrate --env test',
    );
    expect(refused.error?.hint).toContain(
      'accept the new checksum with phasegate migrate repair test.yml --phase migrate --env test',
    );
    expect(dataApiCalls('BeginTransaction')).toBe(0);
    expect(await exists('notes_c')).toBe(false);

    const log = new MemoryLogger();
    const repaired = await repairChecksums({
      config: parseFinal(migrateSettings, settings, 'phase "migrate"'),
      aws: m.aws,
      secrets: new Secrets(),
      signal: new AbortController().signal,
      log,
      run: {
        app: 'ca-a2a',
        region: 'eu-west-3',
        environment: 'test',
        version: 'v1',
        dryRun: false,
      },
      plan: { app: 'ca-a2a', region: 'eu-west-3', file: 'test.yml' },
    });
    expect(repaired.repaired.map((r) => r.file.fileName)).toEqual(['001_create_docs.sql']);
    expect(repaired.report.summary).toBe('1 checksum repaired');
    expect((await historyOf(m.clients, table))[0]?.checksum).toBe(migrationChecksum(edited));

    const after = phaseOf(await m.run(settings));
    expect(after.status, after.summary).toBe('succeeded');
    expect(after.outputs.applied).toBe('1');
    expect(await exists('notes_c')).toBe(true);
  });

  it('accepts changed checksums with repair: true and says so in the report', async () => {
    const table = uniqueTable();
    const dir = migrationsDir({ '001_create_r.sql': 'CREATE TABLE rep_r (id int);\n' });
    expect(phaseOf(await m.run(dataApiSettings(dir, table))).status).toBe('succeeded');
    writeFile(dir, '001_create_r.sql', 'CREATE TABLE rep_r (id int); -- fixed comment\n');
    const result = phaseOf(await m.run(dataApiSettings(dir, table, { repair: true })));
    expect(result.status, result.summary).toBe('succeeded');
    expect(result.details).toContain('Checksums repaired');
    expect(phaseOf(await m.run(dataApiSettings(dir, table))).status).toBe('succeeded');
  });

  it('refuses an out-of-order file with an explanation, and applies it with out-of-order: true', async () => {
    const table = uniqueTable();
    const dir = migrationsDir({
      '001_create_o.sql': 'CREATE TABLE ord_o (id int);\n',
      '003_create_p.sql': 'CREATE TABLE ord_p (id int);\n',
    });
    expect(phaseOf(await m.run(dataApiSettings(dir, table))).status).toBe('succeeded');
    writeFile(dir, '002_create_q.sql', 'CREATE TABLE ord_q (id int);\n');

    const refused = phaseOf(await m.run(dataApiSettings(dir, table)));
    expect(refused.status).toBe('failed');
    expect(refused.error?.message).toBe(
      '002_create_q.sql (version 2) is pending, but version 3 is already applied: applying it ' +
        'now would run it after newer migrations it may conflict with',
    );
    expect(refused.error?.hint).toContain('out-of-order: true');
    expect(await exists('ord_q')).toBe(false);

    const accepted = phaseOf(await m.run(dataApiSettings(dir, table, { 'out-of-order': true })));
    expect(accepted.status, accepted.summary).toBe('succeeded');
    expect(accepted.outputs).toMatchObject({ applied: '1', 'current-version': '3' });
    expect(await exists('ord_q')).toBe(true);
  });

  it('reports a failing statement with file, number, line and message, and leaves nothing of it', async () => {
    const table = uniqueTable();
    const failing = [
      'CREATE TABLE fail_a (id int);',
      'INSERT INTO fail_a VALUES (1);',
      '',
      '-- the mistake',
      'INSERT INTO fail_missing VALUES (1);',
      'CREATE TABLE fail_b (id int);',
      '',
    ].join('\n');
    const dir = migrationsDir({
      '001_ok.sql': 'CREATE TABLE fail_ok (id int);\n',
      '002_broken.sql': failing,
    });
    const result = phaseOf(await m.run(dataApiSettings(dir, table)));
    expect(result.status).toBe('failed');
    expect(result.error?.message).toMatch(
      /^002_broken\.sql: statement 3 \(line 5\) failed: ERROR: relation "fail_missing" does not exist/,
    );
    expect(result.details).toContain('INSERT INTO fail_missing VALUES (1)');
    expect(result.details).toContain('Nothing of this file was committed');
    expect(result.outputs).toMatchObject({ applied: '1', pending: '1', 'current-version': '1' });
    expect(await exists('fail_ok')).toBe(true);
    expect(await exists('fail_a')).toBe(false);
    expect((await historyOf(m.clients, table)).map((r) => r.version)).toEqual([1]);
  });
});

describe('migrate: the CA-A2A migration', () => {
  it('refuses the original DROP TABLE file with fail-on: [drop-table], in plan and in run', async () => {
    const settings = dataApiSettings('test/fixtures/migrations/ca-a2a-original', uniqueTable(), {
      'fail-on': ['drop-table', 'truncate'],
    });
    for (const mode of ['plan', 'run'] as const) {
      const result = phaseOf(await m.run(settings, { mode }));
      expect(result.status).toBe('failed');
      expect(result.error?.message).toMatch(
        /^refused by fail-on \[drop-table\]: 001_create_revoked_tokens_table\.sql: statement 1 \(line 1\): DROP TABLE deletes revoked_tokens/,
      );
      expect(result.details).toContain('Nothing was applied.');
    }
    expect(await exists('revoked_tokens')).toBe(false);
  });

  it('applies the committed migrations, then finds them up to date', async () => {
    const settings = dataApiSettings('migrations', uniqueTable(), {
      'fail-on': ['drop-table', 'truncate'],
    });
    const planned = phaseOf(await m.run(settings, { mode: 'plan' }));
    expect(planned.status).toBe('planned');
    expect(planned.summary).toBe('would apply 1 file (4 statements)');
    const [history, file] = planned.plan?.items ?? [];
    expect(history?.line).toMatch(
      /^history public\.history_\S+ on documents on arn:\S+: current version none$/,
    );
    expect(file?.line).toBe(
      '001_create_revoked_tokens_table.sql: version 1, 4 statements, in one transaction',
    );
    expect(file?.blocks[0]?.text).toContain('CREATE TABLE');
    expect(planned.plan?.changes).toBe(true);

    const first = phaseOf(await m.run(settings));
    expect(first.status, first.summary).toBe('succeeded');
    expect(first.outputs).toEqual({ applied: '1', pending: '0', 'current-version': '1' });
    expect(await exists('revoked_tokens')).toBe(true);
    const second = phaseOf(await m.run(settings));
    expect(second.summary).toBe('up to date, version 1');
    const again = phaseOf(await m.run(settings, { mode: 'plan' }));
    expect(again.plan?.items.map((i) => i.line.replace(/^.*: /, ''))).toEqual([
      'current version 1',
    ]);
    expect(again.plan?.changes).toBe(false);
    const checksum = migrationChecksum(
      readFileSync('migrations/001_create_revoked_tokens_table.sql', 'utf8'),
    );
    expect(first.details).toContain(checksum.slice(0, 8));
  });
});
