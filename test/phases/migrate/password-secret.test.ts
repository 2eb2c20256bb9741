/**
 * `via: pg` with `password-secret`: the password (and, from RDS-style JSON, user, host, port and
 * database) read from the sandbox's Secrets Manager, and never shown anywhere. The successful
 * runs need a PostgreSQL server (PHASEGATE_TEST_DATABASE_URL); the failures need none.
 */
import pg from 'pg';
import ConnectionParameters from 'pg/lib/connection-parameters';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PhaseFailure } from '../../../src/core/errors.js';
import type { MemoryLogger } from '../../../src/core/log.js';
import { Secrets } from '../../../src/core/secrets.js';
import { parseDatabaseSecret } from '../../../src/db/password-secret.js';
import { poolConfig } from '../../../src/db/pg.js';
import type { RunResult } from '../../../src/engine/result.js';
import { secretArn } from '../../../src/sandbox/index.js';
import { useSandbox } from '../../helpers/sandbox.js';
import { migrationsDir, migrator, phaseOf, uniqueTable } from './harness.js';

const serverUrl = process.env.PHASEGATE_TEST_DATABASE_URL;
const server = serverUrl ? new URL(serverUrl) : undefined;
const scratch = `phasegate_secret_${process.pid}_${Date.now()}`;
const PASSWORD = 'pw-from-secrets-manager-7f3a';
const OTHER_VALUE = 'not-a-password-but-secret-9c1e';

/** The JSON RDS keeps in a managed secret, pointing at the test server's scratch database. */
const rdsSecret = (port: number) => ({
  username: server ? decodeURIComponent(server.username) || 'postgres' : 'postgres',
  password: PASSWORD,
  engine: 'postgres',
  host: server?.hostname ?? '127.0.0.1',
  port,
  dbname: scratch,
});

const sandbox = useSandbox({
  scenario: {
    'secrets-manager': {
      secrets: [
        { name: 'ca-a2a/rds', json: rdsSecret(Number(server?.port || 5432)) },
        // Port 1: nothing listens there, so the connection fails after the secret was read.
        { name: 'ca-a2a/wrong-port', json: rdsSecret(1) },
        { name: 'ca-a2a/plain', value: PASSWORD },
        { name: 'ca-a2a/no-password', json: { username: 'app', pass: OTHER_VALUE } },
      ],
    },
  },
});

function settingsFor(secret: string, extra: Record<string, unknown> = {}) {
  const table = uniqueTable('secret_history');
  return {
    via: 'pg',
    'password-secret': secret,
    ssl: 'disable',
    directory: migrationsDir({ '001_create_items.sql': `CREATE TABLE ${table}_items (id int);\n` }),
    table,
    'poll-interval': '50ms',
    ...extra,
  };
}

/** Runs the phase and returns everything a user could see of it, with the secrets it registered. */
async function runVisible(settings: Record<string, unknown>) {
  const m = migrator(sandbox());
  const secrets = new Secrets();
  try {
    const result = await m.run(settings, { secrets });
    return { result, phase: phaseOf(result), seen: visibleText(result, m.logs), secrets };
  } finally {
    m.close();
  }
}

function visibleText(result: RunResult, logs: Map<string, MemoryLogger>): string {
  const log = [...logs.values()].map((l) => l.text()).join('\n');
  return `${JSON.stringify(result)}\n${log}`;
}

const secretReads = () =>
  sandbox().requests.count({ service: 'secrets-manager', operation: 'GetSecretValue' });

describe('password-secret without a database', () => {
  it('never shows the password, even when the connection fails', async () => {
    const before = secretReads();
    const { phase, seen, secrets } = await runVisible(settingsFor('ca-a2a/wrong-port'));
    expect(secretReads()).toBe(before + 1);
    const { host } = rdsSecret(1);
    expect(phase.error).toMatchObject({
      kind: 'failure',
      message: `cannot connect to ${scratch} on ${host}:1: connect ECONNREFUSED ${host}:1`,
    });
    expect(seen).not.toContain(PASSWORD);
    expect(secrets.mask(`password=${PASSWORD}`)).toBe('password=***');
  });

  it('names a secret that does not exist', async () => {
    const { phase } = await runVisible(settingsFor('ca-a2a/missing'));
    expect(phase.error?.message).toBe(
      'Secrets Manager has no secret ca-a2a/missing (password-secret)',
    );
  });

  it('refuses JSON without a password, naming its keys but no value', async () => {
    const { phase, seen, secrets } = await runVisible(settingsFor('ca-a2a/no-password'));
    expect(phase.error?.message).toBe(
      'the secret ca-a2a/no-password (password-secret) is JSON without a "password" text (its keys: username, pass)',
    );
    expect(seen).not.toContain(OTHER_VALUE);
    expect(secrets.mask(JSON.stringify({ username: 'app', pass: OTHER_VALUE }))).toBe('***');
  });

  it('asks for host and user when neither the settings nor a plain secret give them', async () => {
    const { phase, seen } = await runVisible(settingsFor('ca-a2a/plain'));
    expect(phase.error?.message).toBe(
      'via: pg needs host and user: neither the settings nor the secret ca-a2a/plain give it',
    );
    expect(seen).not.toContain(PASSWORD);
  });
});

describe('reading the secret value', () => {
  const id = 'arn:aws:secretsmanager:eu-west-3:1:secret:db-AbCdEf';

  it('takes an RDS JSON secret apart, and any other value as the password', () => {
    expect(parseDatabaseSecret(JSON.stringify(rdsSecret(5432)), id)).toEqual({
      password: PASSWORD,
      user: rdsSecret(5432).username,
      host: rdsSecret(5432).host,
      port: 5432,
      database: scratch,
    });
    expect(parseDatabaseSecret('{"password":"p","port":"6543"}', id)).toEqual({
      password: 'p',
      port: 6543,
    });
    for (const plain of ['hunter2-x', '{not-json', '12345678', '"quoted"', '[1,2]'])
      expect(parseDatabaseSecret(plain, id)).toEqual({ password: plain });
  });

  it('refuses a port that is not one, without quoting the secret', () => {
    const text = '{"password":"p-9d8e7f","port":"five"}';
    const error = (() => {
      try {
        parseDatabaseSecret(text, id);
      } catch (e) {
        return e as Error;
      }
      throw new Error('accepted');
    })();
    expect(error).toBeInstanceOf(PhaseFailure);
    expect(error.message).not.toContain('p-9d8e7f');
  });

  it('puts a password given apart from a URL into it, since pg lets the URL override it', () => {
    const password = 'p%41@:/ {x}';
    const config = poolConfig({ url: 'postgres://app@db:5432/documents', port: 5432, password });
    const parameters = new ConnectionParameters(config) as { password: string; user: string };
    expect(parameters.password).toBe(password);
    expect(parameters.user).toBe('app');
    const inUrl = poolConfig({ url: 'postgres://app:own@db/d', port: 5432, password });
    expect(new ConnectionParameters(inUrl).password).toBe('own');
  });
});

describe.skipIf(!serverUrl)(
  'password-secret on a PostgreSQL server (skipped: set PHASEGATE_TEST_DATABASE_URL to run)',
  () => {
    let db: pg.Pool;
    const admin = async (sql: string) => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      try {
        await client.query(sql);
      } finally {
        await client.end();
      }
    };

    beforeAll(async () => {
      await admin(`CREATE DATABASE ${scratch}`);
      const url = new URL(serverUrl as string);
      url.pathname = `/${scratch}`;
      db = new pg.Pool({ connectionString: url.href, max: 1 });
    });

    afterAll(async () => {
      await db?.end();
      await admin(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`);
    });

    it('connects with user, host, port and database from an RDS secret given by ARN', async () => {
      const before = secretReads();
      const settings = settingsFor(
        secretArn({ region: 'eu-west-3', accountId: '000000000000' }, 'ca-a2a/rds'),
      );
      const { phase, seen, secrets } = await runVisible(settings);
      expect(phase.status, phase.summary).toBe('succeeded');
      expect(phase.outputs).toMatchObject({ applied: '1', 'current-version': '1' });
      // The server trusts every local connection, so the read itself is what shows the secret was used.
      expect(secretReads()).toBe(before + 1);
      const rows = await db.query(`SELECT version FROM ${settings.table}`);
      expect(rows.rows.map((r) => Number(r.version))).toEqual([1]);
      expect(phase.details).toContain(`${scratch} on ${server?.hostname}:${server?.port}`);
      expect(seen).not.toContain(PASSWORD);
      expect(secrets.mask(PASSWORD)).toBe('***');
    });

    it('takes only the password from a plain secret, the rest from url', async () => {
      const url = new URL(serverUrl as string);
      url.pathname = `/${scratch}`;
      const settings = settingsFor('ca-a2a/plain', { url: url.href });
      const { phase, seen } = await runVisible(settings);
      expect(phase.status, phase.summary).toBe('succeeded');
      expect(seen).not.toContain(PASSWORD);
    });
  },
);
