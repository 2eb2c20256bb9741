/**
 * The sql check against the sandbox's Data API (PGlite): expectations, SQL errors, refusals of
 * writes at validation and at run time, and an auto-paused cluster waking up (on a ManualClock).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sqlCheck } from '../../../src/checks/sql/index.js';
import { ManualClock, type Sandbox } from '../../../src/sandbox/index.js';
import { useSandbox } from '../../helpers/sandbox.js';
import { parse, runCheck, sandboxAws } from '../context.js';

const CLUSTER_ARN = 'arn:aws:rds:eu-west-3:555043101106:cluster:documents-db';
const SECRET_ARN = 'arn:aws:secretsmanager:eu-west-3:555043101106:secret:ca-a2a/db-password-AbC123';
const PAUSED_MS = 60_000;

const clock = new ManualClock();
const sandbox = useSandbox({
  clock,
  scenario: {
    'account-id': '555043101106',
    'rds-data': {
      clusters: [
        {
          name: 'documents-db',
          secrets: ['ca-a2a/db-password'],
          databases: ['documents'],
          'paused-for': `${PAUSED_MS / 1000}s`,
          'init-sql': `
            CREATE TABLE revoked_tokens (jti varchar(255) PRIMARY KEY, reason text);
            INSERT INTO revoked_tokens VALUES ('a', 'leaked'), ('b', 'rotated');
            CREATE FUNCTION revoke_all() RETURNS int LANGUAGE sql
              AS $$ DELETE FROM revoked_tokens RETURNING 1 $$;`,
        },
      ],
    },
  },
});

let box: Sandbox;
let aws: ReturnType<typeof sandboxAws>;
beforeAll(() => {
  box = sandbox();
  aws = sandboxAws(box);
});
afterAll(() => aws?.destroy());

const target = { 'resource-arn': CLUSTER_ARN, 'secret-arn': SECRET_ARN, database: 'documents' };
const check = (settings: Record<string, unknown>) =>
  runCheck(sqlCheck, { ...target, ...settings }, { aws });

describe('sql check settings', () => {
  const problems = (query: string) => parse(sqlCheck, { ...target, query }).messages;

  it('takes one reading statement, comments and quoted semicolons included', () => {
    const { config, issues } = parse(sqlCheck, {
      ...target,
      query: "-- DROP nothing\nSELECT ';' AS s, 1;",
      expect: true,
      'expect-rows': 1,
    });
    expect(issues).toEqual([]);
    expect(config).toMatchObject({ expect: 'true', 'expect-rows': 1, 'resume-timeout': 60_000 });
    for (const query of [
      'WITH t AS (SELECT 1) SELECT * FROM t',
      'SHOW server_version',
      'EXPLAIN SELECT 1',
    ])
      expect(problems(query)).toEqual([]);
  });

  it('refuses writes, several statements, and empty queries', () => {
    expect(problems('DELETE FROM revoked_tokens')).toEqual([
      'with.query: a check only reads; its query cannot start with DELETE',
    ]);
    expect(problems('WITH d AS (DELETE FROM t RETURNING *) SELECT * FROM d')).toEqual([
      'with.query: a check only reads; its query cannot use DELETE',
    ]);
    expect(problems('SELECT * INTO copy FROM revoked_tokens')).toEqual([
      'with.query: a check only reads; its query cannot use INTO',
    ]);
    expect(problems('SELECT 1; DROP TABLE revoked_tokens')).toEqual([
      'with.query: the query holds 2 statements; a check runs one',
    ]);
    expect(problems('BEGIN')).toEqual([
      'with.query: a check only reads; its query cannot start with BEGIN',
    ]);
    expect(problems('  -- nothing\n')).toEqual(['with.query: the query is empty']);
  });

  it('wants ARNs where ARNs go, and allows templates while the plan is checked', () => {
    const { messages } = parse(sqlCheck, {
      'resource-arn': 'documents-db',
      'secret-arn': 'ca-a2a/db-password',
      query: 'SELECT 1',
    });
    expect(messages).toEqual([
      'with.resource-arn: expected an Aurora cluster ARN, found the text "documents-db"',
      'with.secret-arn: expected a Secrets Manager secret ARN, found the text "ca-a2a/db-password"',
    ]);
    const templated = {
      'resource-arn': '${{ vars.db }}',
      'secret-arn': '${{ vars.s }}',
      query: '${{ vars.q }}',
    };
    expect(parse(sqlCheck, templated, 'check').issues).toEqual([]);
  });
});

describe('sql check: an auto-paused cluster', () => {
  const resuming = () =>
    box.requests
      .filter({ service: 'rds-data' })
      .filter((r) => r.code === 'DatabaseResumingException');

  it('fails once resume-timeout has passed while the cluster still resumes', async () => {
    const before = resuming().length;
    const { result } = await check({ query: 'SELECT 1', 'resume-timeout': '600ms' });
    expect(result).toEqual({
      ok: false,
      summary: 'SELECT 1: the cluster was still resuming after 600ms (raise resume-timeout)',
    });
    expect(resuming().length - before).toBeGreaterThanOrEqual(2);
  });

  it('tries again until the cluster has resumed', async () => {
    const before = resuming().length;
    const running = check({ query: 'SELECT 1', expect: 1 });
    await vi.waitFor(() => expect(resuming().length).toBeGreaterThan(before));
    clock.advance(PAUSED_MS);
    const { result, log } = await running;
    expect(result).toEqual({ ok: true, summary: 'SELECT 1 → "1"' });
    expect(log.lines.some((l) => l.level === 'progress' && l.message.includes('resuming'))).toBe(
      true,
    );
  });
});

describe('sql check', () => {
  it('passes when the first value is as expected (the CA-A2A gate)', async () => {
    const query = "SELECT to_regclass('public.revoked_tokens') IS NOT NULL";
    const { result } = await check({ query, expect: 'true' });
    expect(result).toEqual({ ok: true, summary: `${query} → "true"` });
  });

  it('passes when the query succeeds, with nothing expected', async () => {
    const { result } = await check({ query: 'SELECT COUNT(*) FROM revoked_tokens' });
    expect(result).toEqual({ ok: true, summary: 'SELECT COUNT(*) FROM revoked_tokens → "2"' });
  });

  it('fails on another value or row count, with the rows in the details', async () => {
    const value = await check({
      query: "SELECT to_regclass('public.nope') IS NOT NULL",
      expect: 'true',
    });
    expect(value.result.ok).toBe(false);
    expect(value.result.summary).toMatch(/: returned "false", expected "true"$/);
    const rows = await check({
      query: 'SELECT jti FROM revoked_tokens ORDER BY jti',
      'expect-rows': 1,
    });
    expect(rows.result.summary).toBe(
      'SELECT jti FROM revoked_tokens ORDER BY jti: returned 2 rows, expected 1',
    );
    expect(rows.result.details).toContain('"jti": "b"');
    const none = await check({
      query: "SELECT jti FROM revoked_tokens WHERE jti = 'z'",
      expect: 'z',
    });
    expect(none.result.summary).toMatch(/returned no rows, expected "z"$/);
  });

  it('reads the first column of the select list, whatever JSON does to key order', async () => {
    const { result } = await check({
      query: `SELECT 'first' AS "2", 'second' AS "1"`,
      expect: 'first',
    });
    expect(result.ok).toBe(true);
  });

  it('quotes PostgreSQL when the query fails', async () => {
    const { result } = await check({ query: 'SELECT COUNT(*) FROM revoked_tokenz' });
    expect(result).toEqual({
      ok: false,
      summary:
        'SELECT COUNT(*) FROM revoked_tokenz: the query failed: ERROR: relation "revoked_tokenz" does not exist Position: 22; SQLState: 42P01',
    });
  });

  it('runs read-only: a function that writes is refused by PostgreSQL, and nothing changes', async () => {
    const { result } = await check({ query: 'SELECT revoke_all()' });
    expect(result.ok).toBe(false);
    expect(result.summary).toContain('cannot execute DELETE in a read-only transaction');
    const count = await check({ query: 'SELECT COUNT(*) FROM revoked_tokens', expect: 2 });
    expect(count.result.ok).toBe(true);
  });

  it('fails plainly on a wrong secret or cluster', async () => {
    const secret = await runCheck(
      sqlCheck,
      { ...target, 'secret-arn': `${SECRET_ARN}x`, query: 'SELECT 1' },
      { aws },
    );
    expect(secret.result.summary).toMatch(/^SELECT 1: the secret .* could not be used: /);
    const cluster = await runCheck(
      sqlCheck,
      { ...target, 'resource-arn': `${CLUSTER_ARN}-old`, query: 'SELECT 1' },
      { aws },
    );
    expect(cluster.result.summary).toMatch(
      /^SELECT 1: the Data API is not enabled on that cluster, .*documents-db-old/,
    );
  });
});
