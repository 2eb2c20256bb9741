/**
 * Several runners at once (Flyway's concurrent-migration test) and files that run outside a
 * transaction under the lease, against the sandbox's Data API on PGlite.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useSandbox } from '../../helpers/sandbox.js';
import {
  countedFiles,
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

describe('migrate: several runners at once', () => {
  it('ten runners started together apply every file exactly once, and a further run applies none', async () => {
    const table = uniqueTable();
    const settings = dataApiSettings(migrationsDir(countedFiles('conc')), table);
    const runners = Array.from({ length: 10 }, () => m.run(settings));
    const results = (await Promise.all(runners)).map(phaseOf);
    expect(results.map((r) => r.status)).toEqual(Array(10).fill('succeeded'));
    const applied = results.reduce((sum, r) => sum + Number(r.outputs.applied), 0);
    expect(applied).toBe(7);
    expect(results.map((r) => r.outputs['current-version'])).toEqual(Array(10).fill('7'));

    const rows = await historyOf(m.clients, table);
    expect(rows.map((r) => r.version)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const log = await query(m.clients, 'SELECT version FROM conc_log ORDER BY version');
    expect(log.map((r) => r.version)).toEqual([2, 3, 4, 5, 6]);

    const again = phaseOf(await m.run(settings));
    expect(again.summary).toBe('up to date, version 7');
  });
});

describe('migrate: files outside a transaction', () => {
  it('runs CREATE INDEX CONCURRENTLY under the lease and records it after success', async () => {
    const table = uniqueTable();
    const dir = migrationsDir({
      '001_create_nt.sql': 'CREATE TABLE nt_a (id int);\n',
      '002_index_nt.sql': 'CREATE INDEX CONCURRENTLY IF NOT EXISTS nt_a_id ON nt_a (id);\n',
    });
    const result = phaseOf(await m.run(dataApiSettings(dir, table)));
    expect(result.status, result.summary).toBe('succeeded');
    expect(result.details).toMatch(/\| 2 \| `002_index_nt.sql` \| 1 \| .* \| no-transaction \|/);
    expect((await historyOf(m.clients, table)).map((r) => [r.version, r.success])).toEqual([
      [1, true],
      [2, true],
    ]);
    expect(
      await query(
        m.clients,
        "SELECT indisvalid FROM pg_index WHERE indexrelid = 'nt_a_id'::regclass",
      ),
    ).toEqual([{ indisvalid: true }]);
    expect(await query(m.clients, `SELECT * FROM ${table}_lease`)).toEqual([]);
  });

  it('waits for a lease another runner holds, and takes it over once it expired', async () => {
    const table = uniqueTable();
    const dir = migrationsDir({ '001_create_ls.sql': 'CREATE TABLE ls_a (id int);\n' });
    expect(phaseOf(await m.run(dataApiSettings(dir, table))).status).toBe('succeeded');
    // A runner killed while applying a no-transaction file: its lease runs out in 1 s.
    await query(
      m.clients,
      `INSERT INTO ${table}_lease VALUES ('migrate', 'killed-runner', now() + interval '1 second')`,
    );
    writeFile(
      dir,
      '002_index_ls.sql',
      'CREATE INDEX CONCURRENTLY IF NOT EXISTS ls_a_id ON ls_a (id);\n',
    );
    const result = phaseOf(await m.run(dataApiSettings(dir, table)));
    expect(result.status, result.summary).toBe('succeeded');
    expect(m.logs.get('migrate')?.text()).toContain(
      'waiting for the migration lease held by killed-runner',
    );
    expect((await historyOf(m.clients, table)).map((r) => r.version)).toEqual([1, 2]);
  });

  it('refuses a file that mixes such statements with ordinary ones, before any change', async () => {
    const dir = migrationsDir({
      '001_mixed.sql':
        'CREATE TABLE mix_a (id int);\nCREATE INDEX CONCURRENTLY mix_a_id ON mix_a (id);\n',
    });
    const result = phaseOf(await m.run(dataApiSettings(dir, uniqueTable())));
    expect(result.status).toBe('failed');
    expect(result.error?.message).toContain(
      'statement 2 (line 2: CREATE INDEX CONCURRENTLY) cannot run inside a transaction',
    );
    expect(result.details).toContain('Nothing was applied.');
    expect(await query(m.clients, "SELECT to_regclass('mix_a') IS NULL AS gone")).toEqual([
      { gone: true },
    ]);
  });

  it('leaves a failed attempt unrecorded as applied, and runs the file again from the start', async () => {
    const table = uniqueTable();
    const header = '-- phasegate:no-transaction\n';
    const dir = migrationsDir({
      '001_partial.sql': `${header}CREATE TABLE IF NOT EXISTS nf_a (id int);\nINSERT INTO nf_missing VALUES (1);\n`,
    });
    const failed = phaseOf(await m.run(dataApiSettings(dir, table)));
    expect(failed.status).toBe('failed');
    expect(failed.error?.message).toMatch(
      /^001_partial\.sql: statement 2 \(line 3\) failed: ERROR: relation "nf_missing"/,
    );
    expect(failed.details).toContain('Statements 1 to 1 of this file were committed');
    expect((await historyOf(m.clients, table)).map((r) => r.success)).toEqual([false]);

    writeFile(
      dir,
      '001_partial.sql',
      `${header}CREATE TABLE IF NOT EXISTS nf_a (id int);\nINSERT INTO nf_a VALUES (1);\n`,
    );
    const fixed = phaseOf(await m.run(dataApiSettings(dir, table)));
    expect(fixed.status, fixed.summary).toBe('succeeded');
    expect(fixed.details).toContain('failed part-way in an earlier run');
    expect((await historyOf(m.clients, table)).map((r) => r.success)).toEqual([true]);
    expect(await query(m.clients, 'SELECT count(*) AS n FROM nf_a')).toEqual([{ n: 1 }]);
  });
});
