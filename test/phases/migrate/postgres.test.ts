/**
 * The migrate phase against a real PostgreSQL server, where transactions really run side by side
 * and the advisory lock really makes runners wait: through `via: pg`, and through the sandbox's
 * Data API backed by the server. Runs when PHASEGATE_TEST_DATABASE_URL names a server the tests
 * may create a scratch database on.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AwsClients } from '../../../src/aws/clients.js';
import type { MemoryLogger } from '../../../src/core/log.js';
import { migrateKind } from '../../../src/phases/migrate/index.js';
import { Registry } from '../../../src/phases/registry.js';
import { type Sandbox, startSandbox } from '../../../src/sandbox/index.js';
import {
  countedFiles,
  dataApiSettings,
  type Migrator,
  migrateScenario,
  migrationsDir,
  migrator,
  phaseOf,
  runMigratePlan,
  uniqueTable,
} from './harness.js';

const serverUrl = process.env.PHASEGATE_TEST_DATABASE_URL;
const scratch = `phasegate_migrate_${process.pid}_${Date.now()}`;

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

describe.skipIf(!serverUrl)(
  'migrate on a PostgreSQL server (skipped: set PHASEGATE_TEST_DATABASE_URL to run)',
  () => {
    let url: string;
    let db: pg.Pool;
    let sandbox: Sandbox;
    let viaDataApi: Migrator;
    const registry = new Registry({ phases: [migrateKind] });
    const logs = new Map<string, MemoryLogger>();
    const noAws = {} as AwsClients;
    const runPg = (settings: Record<string, unknown>) =>
      runMigratePlan(settings, {}, noAws, registry, logs);
    const pgSettings = (directory: string, table: string, extra: Record<string, unknown> = {}) => ({
      via: 'pg',
      url,
      ssl: 'disable',
      directory,
      table,
      'poll-interval': '50ms',
      ...extra,
    });

    beforeAll(async () => {
      await admin(`CREATE DATABASE ${scratch}`);
      const scratchUrl = new URL(serverUrl as string);
      scratchUrl.pathname = `/${scratch}`;
      url = scratchUrl.href;
      db = new pg.Pool({ connectionString: url, max: 2 });
      sandbox = await startSandbox({ scenario: migrateScenario(), databaseUrl: url });
      viaDataApi = migrator(sandbox);
    });

    afterAll(async () => {
      viaDataApi?.close();
      await sandbox?.close();
      await db?.end();
      await admin(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`);
    });

    const versions = async (table: string) =>
      (await db.query(`SELECT version FROM ${table} ORDER BY version`)).rows.map((r) =>
        Number(r.version),
      );
    const logged = async (prefix: string) =>
      (await db.query(`SELECT version FROM ${prefix}_log ORDER BY version`)).rows.map(
        (r) => r.version,
      );

    it('applies files through a direct connection and records them; a re-run applies none', async () => {
      const table = uniqueTable();
      const dir = migrationsDir({
        '001_create_pa.sql': 'CREATE TABLE pa (id int);\n',
        '002_fill_pa.sql': 'INSERT INTO pa VALUES (1), (2);\n',
      });
      const first = phaseOf(await runPg(pgSettings(dir, table)));
      expect(first.status, first.summary).toBe('succeeded');
      expect(first.outputs).toEqual({ applied: '2', pending: '0', 'current-version': '2' });
      expect(await versions(table)).toEqual([1, 2]);
      expect(phaseOf(await runPg(pgSettings(dir, table))).summary).toBe('up to date, version 2');
    });

    it('reports a failing statement with its number and line, and rolls the file back', async () => {
      const table = uniqueTable();
      const dir = migrationsDir({
        '001_broken.sql': 'CREATE TABLE pb (id int);\nINSERT INTO pb VALUES (1);\nSELECT 1/0;\n',
      });
      const result = phaseOf(await runPg(pgSettings(dir, table)));
      expect(result.error?.message).toBe(
        '001_broken.sql: statement 3 (line 3) failed: ERROR: division by zero',
      );
      expect((await db.query("SELECT to_regclass('pb') AS t")).rows).toEqual([{ t: null }]);
      expect(await versions(table)).toEqual([]);
    });

    it('asks for the password variable when password-env names an unset one', async () => {
      const dir = migrationsDir({});
      const settings = { ...pgSettings(dir, uniqueTable()), 'password-env': 'PHASEGATE_NO_SUCH' };
      const result = phaseOf(await runPg(settings));
      expect(result.error?.message).toBe(
        'the environment variable PHASEGATE_NO_SUCH (password-env) is not set',
      );
    });

    const tenRunners = Array.from({ length: 10 }, (_, i) => i);

    it('ten runners on direct connections apply every file exactly once', async () => {
      const table = uniqueTable();
      const settings = pgSettings(migrationsDir(countedFiles('pgc')), table);
      const results = (await Promise.all(tenRunners.map(() => runPg(settings)))).map(phaseOf);
      expect(results.map((r) => r.status)).toEqual(Array(10).fill('succeeded'));
      expect(results.reduce((n, r) => n + Number(r.outputs.applied), 0)).toBe(7);
      expect(await versions(table)).toEqual([1, 2, 3, 4, 5, 6, 7]);
      expect(await logged('pgc')).toEqual([2, 3, 4, 5, 6]);
      expect(phaseOf(await runPg(settings)).outputs.applied).toBe('0');
    });

    it('ten runners through the Data API on the server apply every file exactly once', async () => {
      const table = uniqueTable();
      const settings = dataApiSettings(migrationsDir(countedFiles('dac')), table);
      const results = (await Promise.all(tenRunners.map(() => viaDataApi.run(settings)))).map(
        phaseOf,
      );
      expect(results.map((r) => r.status)).toEqual(Array(10).fill('succeeded'));
      expect(results.reduce((n, r) => n + Number(r.outputs.applied), 0)).toBe(7);
      expect(await versions(table)).toEqual([1, 2, 3, 4, 5, 6, 7]);
      expect(await logged('dac')).toEqual([2, 3, 4, 5, 6]);
      // Transactions ran side by side: runners found files applied by others while they waited.
      expect(results.some((r) => r.details?.includes('applied by another runner meanwhile'))).toBe(
        true,
      );
      expect(phaseOf(await viaDataApi.run(settings)).outputs.applied).toBe('0');
    });

    it('sends a refused commit again once the history shows it did not happen', async () => {
      const table = uniqueTable();
      const dir = migrationsDir({ '001_refused.sql': 'CREATE TABLE prc (id int);\n' });
      expect(phaseOf(await viaDataApi.run(dataApiSettings(migrationsDir({}), table))).status).toBe(
        'succeeded',
      );
      sandbox.requests.clear();
      // Five refusals: more than the SDK's own 3 attempts, so phasegate checks and sends again.
      const remove = sandbox.faults.add({
        service: 'rds-data',
        operation: 'CommitTransaction',
        nth: [1, 2, 3, 4, 5],
        fault: 'error',
        code: 'DatabaseUnavailableException',
      });
      const result = phaseOf(await viaDataApi.run(dataApiSettings(dir, table)));
      remove();
      expect(result.status, result.error?.message).toBe('succeeded');
      const commits = sandbox.requests.filter({ operation: 'CommitTransaction' });
      expect(commits.map((r) => r.code)).toEqual([
        ...Array(5).fill('DatabaseUnavailableException'),
        undefined,
      ]);
      expect(sandbox.requests.count({ operation: 'BeginTransaction' })).toBe(1);
      expect(await versions(table)).toEqual([1]);
    });
  },
);
