/**
 * The simulated Data API on a real PostgreSQL server (`--database URL`): each transaction has
 * its own connection, so two run side by side, and a timed-out statement is cancelled with
 * pg_cancel_backend. Runs when PHASEGATE_TEST_DATABASE_URL names a server the tests may create
 * a scratch database on; .ci/run provides one when it can start PostgreSQL.
 */
import {
  type ExecuteStatementCommandOutput,
  StatementTimeoutException,
} from '@aws-sdk/client-rds-data';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock, type Sandbox, startSandbox } from '../../src/sandbox/index.js';
import { clientsFor, type SandboxClients } from '../helpers/sandbox.js';
import {
  CLUSTER_ARN,
  dataApi,
  failure,
  ordersScenario,
  passStatementTimeout,
  whenIdle,
} from './rds-data-fixture.js';

const serverUrl = process.env.PHASEGATE_TEST_DATABASE_URL;
const scratch = `phasegate_rds_${process.pid}_${Date.now()}`;

describe.skipIf(!serverUrl)(
  'Data API on a PostgreSQL server (skipped: set PHASEGATE_TEST_DATABASE_URL to run)',
  () => {
    const clock = new ManualClock();
    let sandbox: Sandbox;
    let clients: SandboxClients;
    let api: ReturnType<typeof dataApi>;

    beforeAll(async () => {
      await admin(`CREATE DATABASE ${scratch}`);
      const url = new URL(serverUrl as string);
      url.pathname = `/${scratch}`;
      // A second cluster accepts continueAfterTimeout in a transaction, which AWS does not
      // document and the sandbox refuses by default.
      const lenient = {
        name: 'orders-lenient',
        secrets: ['orders/app'],
        databases: ['orders'],
        'transactional-continue-after-timeout': 'allowed',
      };
      sandbox = await startSandbox({
        clock,
        scenario: ordersScenario([lenient]),
        databaseUrl: url.href,
      });
      clients = clientsFor(sandbox, { maxAttempts: 1 });
      api = dataApi(clients.rdsData);
    });

    afterAll(async () => {
      clients?.destroy();
      await sandbox?.close();
      await admin(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`);
    });

    const sql = (text: string, transactionId: string) => api.execute(text, { transactionId });
    const scalar = async (out: Promise<ExecuteStatementCommandOutput>) =>
      Object.values((await out).records?.[0]?.[0] ?? {})[0];

    it('runs two transactions side by side, each on its own connection', async () => {
      const [a, b] = await Promise.all([api.begin(), api.begin()]);
      expect(await scalar(sql('SELECT pg_try_advisory_xact_lock(7)', a))).toBe(true);
      // A different session: the lock A holds is not B's.
      expect(await scalar(sql('SELECT pg_try_advisory_xact_lock(7)', b))).toBe(false);
      await sql("INSERT INTO items (name) VALUES ('side-a')", a);
      await sql("INSERT INTO items (name) VALUES ('side-b')", b);
      expect(await scalar(sql("SELECT count(*) FROM items WHERE name LIKE 'side-%'", b))).toBe(1);
      await Promise.all([api.commit(a), api.commit(b)]);
      expect(await scalar(api.execute("SELECT count(*) FROM items WHERE name LIKE 'side-%'"))).toBe(
        2,
      );
    });

    it('cancels a timed-out statement with pg_cancel_backend', async () => {
      const call = api.execute("INSERT INTO items (name) SELECT 'cancelled' FROM pg_sleep(30)");
      const error = await failure(passStatementTimeout(clock, call));
      expect(error).toBeInstanceOf(StatementTimeoutException);
      await until(async () => (await activeSleeps()) === 0);
      expect(await scalar(api.execute("SELECT count(*) FROM items WHERE name = 'cancelled'"))).toBe(
        0,
      );
    });

    it('refuses continueAfterTimeout in a transaction by default, as reported of AWS', async () => {
      const tx = await api.begin();
      const refused = await failure(
        api.execute('SELECT 1', { transactionId: tx, continueAfterTimeout: true }),
      );
      expect(refused.name).toBe('BadRequestException');
    });

    it('lets a statement run on with continueAfterTimeout, in a usable transaction, where allowed', async () => {
      const lenient = dataApi(clients.rdsData, CLUSTER_ARN.replace(/orders$/, 'orders-lenient'));
      const tx = await lenient.begin();
      const call = lenient.execute("INSERT INTO items (name) SELECT 'continued' FROM pg_sleep(1)", {
        transactionId: tx,
        continueAfterTimeout: true,
      });
      expect(await failure(passStatementTimeout(clock, call))).toBeInstanceOf(
        StatementTimeoutException,
      );
      await whenIdle(() => lenient.commit(tx));
      expect(await scalar(api.execute("SELECT count(*) FROM items WHERE name = 'continued'"))).toBe(
        1,
      );
    });
  },
);

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

async function activeSleeps(): Promise<number> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const r = await client.query(
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE state = 'active' AND query LIKE '%pg_sleep(30)%' AND pid <> pg_backend_pid()",
    );
    return r.rows[0].n as number;
  } finally {
    await client.end();
  }
}

async function until(check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('condition not reached within 5 s');
}
