/**
 * Time-related behaviour against the sandbox (time-scale 100: the Data API's 45 s call limit is
 * 0.45 s, a 4-minute pause 2.4 s): a paused cluster waited out, statements longer than the call
 * limit (a file's transaction fails clearly; outside a transaction they are waited for without
 * being sent again), and a commit whose answer was lost.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WAKE_UP_SQL } from '../../../src/db/resume.js';
import { RunCancelled } from '../../../src/engine/abort.js';
import { useSandbox } from '../../helpers/sandbox.js';
import {
  dataApiSettings,
  historyOf,
  type Migrator,
  migrateScenario,
  migrationsDir,
  migrator,
  PAUSED_ARN,
  phaseOf,
  query,
  uniqueTable,
} from './harness.js';

const sandbox = useSandbox(() => ({ scenario: migrateScenario({ pausedFor: '4m' }) }));
let m: Migrator;
beforeAll(() => {
  m = migrator(sandbox());
});
afterAll(() => m?.close());

const statementsLike = (text: string) =>
  sandbox()
    .requests.filter({ service: 'rds-data', operation: 'ExecuteStatement' })
    .filter((r) => String(r.params.sql).includes(text));

// First in the file: the cluster is paused for the first 4 simulated minutes (2.4 s) after start.
describe('migrate: a paused cluster', () => {
  it('waits for a paused cluster to resume, and gives up after resume-timeout', async () => {
    const dir = migrationsDir({ '001_create_cold.sql': 'CREATE TABLE cold_a (id int);\n' });
    const settings = (extra: Record<string, unknown>) => ({
      ...dataApiSettings(dir, uniqueTable(), extra),
      'resource-arn': PAUSED_ARN,
    });
    const [patient, impatient] = (
      await Promise.all([
        m.run(settings({ 'poll-interval': '80ms' })),
        m.run(settings({ 'poll-interval': '100ms', 'resume-timeout': '300ms' })),
      ])
    ).map(phaseOf);
    expect(impatient?.status).toBe('failed');
    expect(impatient?.error?.message).toMatch(
      /^the database did not resume within 0\.3 s \(waited 0\.\d s\): DatabaseResumingException: The Aurora DB instance paused-db-instance-1 is resuming/,
    );
    expect(impatient?.error?.hint).toContain('resume-timeout');

    expect(patient?.status, patient?.summary).toBe('succeeded');
    expect(
      sandbox()
        .requests.filter({ outcome: 'error' })
        .map((r) => r.code),
    ).toContain('DatabaseResumingException');
    // Woken with SELECT 1 before anything else: no transaction began while it was paused.
    const resuming = sandbox()
      .requests.filter({ service: 'rds-data', outcome: 'error' })
      .filter((r) => r.code === 'DatabaseResumingException');
    expect(new Set(resuming.map((r) => r.operation))).toEqual(new Set(['ExecuteStatement']));
    expect(new Set(resuming.map((r) => r.params.sql))).toEqual(new Set([WAKE_UP_SQL]));
  });
});

describe('migrate: statements longer than the Data API call limit', () => {
  it('fails a file whose statement outlives 45 s in its transaction: nothing committed, advice given', async () => {
    const table = uniqueTable();
    const dir = migrationsDir({
      '001_slow.sql': [
        'CREATE TABLE slow_a (id int);',
        // 0.6 s real is 60 s simulated: past the 45 s call limit.
        'DO $$ BEGIN PERFORM pg_sleep(0.6); END $$;',
        'INSERT INTO slow_a VALUES (1);',
      ].join('\n'),
    });
    sandbox().requests.clear();
    const result = phaseOf(await m.run(dataApiSettings(dir, table)));
    expect(result.status).toBe('failed');
    expect(result.error?.kind).toBe('failure');
    expect(result.summary).toContain(
      "001_slow.sql: statement 2 (line 2) failed: it ran longer than the Data API's 45 s call limit",
    );
    expect(result.error?.hint).toContain('phasegate:no-transaction');
    expect(result.error?.hint).toContain('via: pg');
    expect(result.details).toContain('Nothing of this file was committed');
    // Sent once, without continueAfterTimeout (the sandbox refuses that in a transaction).
    const sent = statementsLike('pg_sleep');
    expect(sent).toHaveLength(1);
    expect(sent[0]?.code).toBe('StatementTimeoutException');
    expect(await query(m.clients, "SELECT to_regclass('slow_a') AS t")).toEqual([{ t: null }]);
    expect(await historyOf(m.clients, table)).toEqual([]);
  });

  it('lets the same long statement run on when its file runs outside a transaction', async () => {
    const table = uniqueTable();
    const dir = migrationsDir({
      '001_slow_alone.sql': [
        '-- phasegate:no-transaction',
        'CREATE TABLE IF NOT EXISTS slow_alone (id int);',
        'DO $$ BEGIN PERFORM pg_sleep(0.6); END $$;',
      ].join('\n'),
    });
    const result = phaseOf(await m.run(dataApiSettings(dir, table)));
    expect(result.status, result.summary).toBe('succeeded');
    expect(m.logs.get('migrate')?.text()).toContain(
      "statement 2 (line 3) is still running after the Data API's 45 s call limit",
    );
    expect((await historyOf(m.clients, table)).map((r) => r.version)).toEqual([1]);
  });

  it('waits for a long CREATE INDEX CONCURRENTLY and checks the index is valid', async () => {
    const table = uniqueTable();
    const dir = migrationsDir({
      '001_slow_table.sql': [
        'CREATE TABLE slow_b (id int);',
        'INSERT INTO slow_b VALUES (1), (2), (3);',
        // An index expression that takes 0.25 s a row: the build outlasts the call limit.
        'CREATE FUNCTION slow_id(int) RETURNS int IMMUTABLE LANGUAGE plpgsql',
        '  AS $$ BEGIN PERFORM pg_sleep(0.25); RETURN $1; END $$;',
      ].join('\n'),
      '002_slow_index.sql': 'CREATE INDEX CONCURRENTLY slow_b_id ON slow_b (slow_id(id));\n',
    });
    sandbox().requests.clear();
    const result = phaseOf(await m.run(dataApiSettings(dir, table)));
    expect(result.status, result.summary).toBe('succeeded');
    const sent = statementsLike('CREATE INDEX CONCURRENTLY');
    expect(sent).toHaveLength(1);
    expect(sent[0]?.code).toBe('StatementTimeoutException');
    expect(result.details).not.toContain('unconfirmed');
    expect((await historyOf(m.clients, table)).map((r) => r.version)).toEqual([1, 2]);
  });

  it('says so when the outcome of a long statement outside a transaction cannot be confirmed', async () => {
    const dir = migrationsDir({
      '001_slow_alone.sql':
        '-- phasegate:no-transaction\nDO $$ BEGIN PERFORM pg_sleep(0.6); END $$;\n',
    });
    sandbox().requests.clear();
    const result = phaseOf(await m.run(dataApiSettings(dir, uniqueTable())));
    expect(result.status, result.summary).toBe('succeeded');
    expect(statementsLike('pg_sleep')).toHaveLength(1);
    expect(result.details).toContain('(outcome of statement 1 unconfirmed)');
  });
});

describe('migrate: a run stopped part-way', () => {
  it('leaves nothing of the file it was cancelled in, and the next run applies it once', async () => {
    const table = uniqueTable();
    const dir = migrationsDir({
      '001_interrupted.sql': [
        'CREATE TABLE cut_a (id int);',
        'INSERT INTO cut_a VALUES (1);',
        'DO $$ BEGIN PERFORM pg_sleep(0.3); END $$;',
        'INSERT INTO cut_a VALUES (2);',
      ].join('\n'),
    });
    const stop = new AbortController();
    setTimeout(() => stop.abort(new RunCancelled('cancelled by the test')), 150);
    const cancelled = phaseOf(await m.run(dataApiSettings(dir, table), { signal: stop.signal }));
    expect(cancelled.status).toBe('cancelled');

    const again = phaseOf(await m.run(dataApiSettings(dir, table)));
    expect(again.status, again.summary).toBe('succeeded');
    expect(again.outputs.applied).toBe('1');
    expect(await query(m.clients, 'SELECT id FROM cut_a ORDER BY id')).toEqual([
      { id: 1 },
      { id: 2 },
    ]);
    expect((await historyOf(m.clients, table)).map((r) => r.version)).toEqual([1]);
  });
});

describe('migrate: a lost answer', () => {
  it('does not send a lost commit again: the history says it did not happen, and the file starts again', async () => {
    const table = uniqueTable();
    const dir = migrationsDir({ '001_lost.sql': 'CREATE TABLE lost_a (id int);\n' });
    // Create the history table first, so the dropped commit is the file's own.
    expect(phaseOf(await m.run(dataApiSettings(migrationsDir({}), table))).status).toBe(
      'succeeded',
    );
    sandbox().requests.clear();
    const remove = sandbox().faults.add({
      service: 'rds-data',
      operation: 'CommitTransaction',
      nth: 1,
      fault: 'drop',
    });
    const result = phaseOf(await m.run(dataApiSettings(dir, table)));
    remove();
    expect(result.status, result.summary).toBe('succeeded');
    expect(m.logs.get('migrate')?.text()).toMatch(
      /001_lost\.sql: interrupted \(the commit did not go through \(the call failed on its way .* and was not sent again\)\); nothing was committed, starting again/,
    );
    // The lost commit was not sent again by the SDK: the restarted file sent its own.
    const commits = sandbox().requests.filter({
      service: 'rds-data',
      operation: 'CommitTransaction',
    });
    expect(commits.map((r) => r.outcome)).toEqual(['dropped', 'ok']);
    expect((await historyOf(m.clients, table)).map((r) => r.version)).toEqual([1]);
  });
});

describe("migrate: one of phasegate's own statements past the 45 s limit", () => {
  it('starts the file again instead of failing (or ending as a bug)', async () => {
    const table = uniqueTable();
    const dir = migrationsDir({ '001_held.sql': 'CREATE TABLE held_a (id int);\n' });
    expect(phaseOf(await m.run(dataApiSettings(migrationsDir({}), table))).status).toBe(
      'succeeded',
    );
    sandbox().requests.clear();
    // The run's ExecuteStatements: wake-up, history, then in the file's transaction the lock,
    // the state under it, the file's statement, and the history row: the 6th.
    const remove = sandbox().faults.add({
      service: 'rds-data',
      operation: 'ExecuteStatement',
      nth: 6,
      fault: 'error',
      code: 'StatementTimeoutException',
    });
    const result = phaseOf(await m.run(dataApiSettings(dir, table)));
    remove();
    expect(result.status, result.summary).toBe('succeeded');
    expect(m.logs.get('migrate')?.text()).toContain(
      "001_held.sql: interrupted (phasegate's own statement ran past the Data API's 45 s call limit and was rolled back); nothing was committed, starting again",
    );
    const sixth = sandbox().requests.filter({
      service: 'rds-data',
      operation: 'ExecuteStatement',
    })[5];
    expect(String(sixth?.params.sql)).toMatch(/^INSERT INTO "public"\."history_/);
    expect((await historyOf(m.clients, table)).map((r) => r.version)).toEqual([1]);
  });
});

describe('migrate: a cluster unavailable between files', () => {
  const unavailable = { fault: 'error', code: 'DatabaseUnavailableException' } as const;
  // More failures in a row than the SDK's own 3 attempts, so phasegate's waiting is what helps.
  const inARow = (first: number, count: number) =>
    Array.from({ length: count }, (_, i) => first + i);
  const loggedFiles = (prefix: string) => ({
    '001_create_log.sql': `CREATE TABLE ${prefix}_log (version int NOT NULL);\n`,
    '002_two.sql': `CREATE TABLE ${prefix}_t2 (id int);\nINSERT INTO ${prefix}_log VALUES (2);\n`,
    '003_three.sql': `CREATE TABLE ${prefix}_t3 (id int);\nINSERT INTO ${prefix}_log VALUES (3);\n`,
  });

  /** The position of a statement among a run's ExecuteStatement calls, from a run without faults. */
  async function callNumberOf(text: (prefix: string) => string): Promise<number> {
    sandbox().requests.clear();
    const dry = phaseOf(
      await m.run(dataApiSettings(migrationsDir(loggedFiles('ua_dry')), uniqueTable())),
    );
    expect(dry.status, dry.summary).toBe('succeeded');
    const calls = sandbox().requests.filter({ service: 'rds-data', operation: 'ExecuteStatement' });
    return calls.findIndex((r) => String(r.params.sql).includes(text('ua_dry'))) + 1;
  }

  it('waits out DatabaseUnavailableException on BeginTransaction and on a statement; each file once', async () => {
    const insertThree = (prefix: string) => `INSERT INTO ${prefix}_log VALUES (3)`;
    const statementCall = await callNumberOf(insertThree);
    expect(statementCall).toBeGreaterThan(0);
    const table = uniqueTable();
    sandbox().requests.clear();
    // BeginTransaction 1 creates the history table, 2 runs 001, 3 runs 002.
    const removeBegin = sandbox().faults.add({
      service: 'rds-data',
      operation: 'BeginTransaction',
      nth: inARow(3, 6),
      ...unavailable,
    });
    const removeStatement = sandbox().faults.add({
      service: 'rds-data',
      operation: 'ExecuteStatement',
      nth: inARow(statementCall, 4),
      ...unavailable,
    });
    const result = phaseOf(await m.run(dataApiSettings(migrationsDir(loggedFiles('ua')), table)));
    removeBegin();
    removeStatement();
    expect(result.status, result.error?.message).toBe('succeeded');
    const refused = sandbox()
      .requests.filter({ service: 'rds-data', outcome: 'error' })
      .filter((r) => r.code === 'DatabaseUnavailableException')
      .map((r) => [r.operation, r.code]);
    expect(refused).toEqual([
      ...Array(6).fill(['BeginTransaction', 'DatabaseUnavailableException']),
      ...Array(4).fill(['ExecuteStatement', 'DatabaseUnavailableException']),
    ]);
    expect(statementsLike(insertThree('ua')).map((r) => r.outcome)).toEqual([
      ...Array(4).fill('error'),
      'ok',
    ]);
    expect(m.logs.get('migrate')?.text()).toContain('waiting for the database to resume');
    expect(await query(m.clients, 'SELECT version FROM ua_log ORDER BY version')).toEqual([
      { version: 2 },
      { version: 3 },
    ]);
    expect((await historyOf(m.clients, table)).map((r) => r.version)).toEqual([1, 2, 3]);
  });

  it('checks the history after a refused commit, and starts the file again once its transaction is gone', async () => {
    const table = uniqueTable();
    const dir = migrationsDir({
      '001_commit.sql': 'CREATE TABLE uc_log (version int);\nINSERT INTO uc_log VALUES (100);\n',
    });
    expect(phaseOf(await m.run(dataApiSettings(migrationsDir({}), table))).status).toBe(
      'succeeded',
    );
    sandbox().requests.clear();
    const remove = sandbox().faults.add({
      service: 'rds-data',
      operation: 'CommitTransaction',
      nth: inARow(1, 5),
      ...unavailable,
    });
    const result = phaseOf(await m.run(dataApiSettings(dir, table)));
    remove();
    expect(result.status, result.error?.message).toBe('succeeded');
    const commits = sandbox().requests.filter({
      service: 'rds-data',
      operation: 'CommitTransaction',
    });
    // PGlite has one session: the history read waits for the open transaction, which expires
    // (3 simulated minutes) before the commit is sent again. On a server the commit goes through
    // (postgres.test.ts). Either way the file is applied once.
    expect(commits.map((r) => r.code)).toEqual([
      ...Array(5).fill('DatabaseUnavailableException'),
      'TransactionNotFoundException',
      undefined,
    ]);
    expect(m.logs.get('migrate')?.text()).toMatch(
      /001_commit\.sql: interrupted \(.*\); nothing was committed, starting again/,
    );
    // The SDK's own 3 attempts are refused; the history is read before the commit is sent again.
    const [third, fourth] = [commits[2]?.seq ?? 0, commits[3]?.seq ?? 0];
    const historyReads = statementsLike('SELECT version, description, file_name, checksum');
    expect(historyReads.filter((r) => r.seq > third && r.seq < fourth)).toHaveLength(1);
    expect(await query(m.clients, 'SELECT count(*)::int AS n FROM uc_log')).toEqual([{ n: 1 }]);
    expect((await historyOf(m.clients, table)).map((r) => r.version)).toEqual([1]);
  });
});
