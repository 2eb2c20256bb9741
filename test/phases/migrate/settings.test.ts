/** The migrate phase's settings, and the pieces that need no database. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { Issue, ParseContext } from '../../../src/core/shape.js';
import { translate } from '../../../src/db/data-api.js';
import { SqlStatementError, TransactionBusy, TransactionGone } from '../../../src/db/executor.js';
import { positional } from '../../../src/db/pg.js';
import { compareWithHistory, decideInsideLock } from '../../../src/phases/migrate/compare.js';
import type { HistoryRow } from '../../../src/phases/migrate/history.js';
import { migrateKind } from '../../../src/phases/migrate/index.js';
import { lockKey, lockStatement } from '../../../src/phases/migrate/lock.js';
import { concurrentIndexName } from '../../../src/phases/migrate/long-statements.js';
import { migrateSettings, tableNames } from '../../../src/phases/migrate/settings.js';
import { Registry } from '../../../src/phases/registry.js';
import { parsePlan } from '../../../src/plan/load.js';
import { splitStatements } from '../../../src/sql/split.js';

function parse(value: unknown, mode: ParseContext['mode'] = 'final') {
  const ctx: ParseContext = { mode, issues: [] };
  const config = migrateSettings.parse(value, ['with'], ctx);
  return { config, issues: ctx.issues };
}

const messages = (issues: Issue[]) => issues.map((i) => `${i.path.join('.')}: ${i.message}`);
const dataApi = { 'resource-arn': 'arn:aws:rds:r:1:cluster:c', 'secret-arn': 'arn:s' };

describe('migrate settings', () => {
  it('fills in the defaults', () => {
    const { config, issues } = parse(dataApi);
    expect(issues).toEqual([]);
    expect(config).toEqual({
      ...dataApi,
      via: 'data-api',
      directory: 'migrations',
      schema: 'public',
      table: 'phasegate_schema_history',
      'fail-on': [],
      'out-of-order': false,
      repair: false,
      'resume-timeout': 120_000,
      'lease-duration': 60_000,
      'poll-interval': 2000,
    });
  });

  it("accepts the CA-A2A plan's migrate phase as written", () => {
    const plan = parseYaml(readFileSync('phases/ca-a2a.yml', 'utf8'));
    const migrate = plan.phases.find((p: { uses: string }) => p.uses === 'migrate');
    expect(parse(migrate.with, 'check').issues).toEqual([]);
  });

  it('names what each way of connecting is missing or does not take', () => {
    expect(messages(parse({}).issues)).toEqual([
      'with: "resource-arn" is missing',
      'with: "secret-arn" is missing',
    ]);
    expect(messages(parse({ ...dataApi, host: 'db' }).issues)).toEqual([
      'with.host: "host" is a setting of via: pg',
    ]);
    expect(messages(parse({ via: 'pg', host: 'db' }).issues)).toEqual([
      'with: via: pg needs url, or host and user, or password-secret',
    ]);
    expect(parse({ via: 'pg', 'password-secret': 'ca-a2a/db' }).issues).toEqual([]);
    expect(messages(parse({ ...dataApi, 'password-secret': 'ca-a2a/db' }).issues)).toEqual([
      'with.password-secret: "password-secret" is a setting of via: pg',
    ]);
    expect(
      parse({ via: 'pg', host: 'db', user: 'app', password: '${{ ssm:/p }}' }, 'check').issues,
    ).toEqual([]);
    expect(
      messages(
        parse({ via: 'pg', url: 'postgres://x', password: 'a', 'password-env': 'P' }).issues,
      ),
    ).toEqual(['with.password-env: give password or password-env']);
  });

  it('takes the password from one source only, at run time and in plan files', () => {
    const pgWith = (extra: Record<string, unknown>) => ({
      via: 'pg',
      host: 'db',
      user: 'app',
      'password-secret': 'arn:aws:secretsmanager:eu-west-3:1:secret:db-AbCdEf',
      ...extra,
    });
    expect(messages(parse(pgWith({ password: 'x' })).issues)).toEqual([
      'with.password-secret: give password-secret or password, not both',
    ]);
    expect(messages(parse(pgWith({ 'password-env': 'P' })).issues)).toEqual([
      'with.password-secret: give password-secret or password-env, not both',
    ]);
    // At plan time a templated password is not parsed yet; the conflict is still seen.
    expect(messages(parse(pgWith({ password: '${{ ssm:/p }}' }), 'check').issues)).toEqual([
      'with.password-secret: give password-secret or password, not both',
    ]);
    const source = `version: 1
app: a
region: eu-west-3
phases:
  - id: db
    uses: migrate
    with:
      via: pg
      host: db.internal
      user: app
      password: \${{ ssm:/ca-a2a/db/password }}
      password-secret: ca-a2a/db
`;
    const { plan, diagnostics } = parsePlan(source, 'p.yml', {
      registry: new Registry({ phases: [migrateKind] }),
    });
    expect(plan).toBeUndefined();
    expect(diagnostics).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('give password-secret or password, not both'),
        position: expect.objectContaining({ file: 'p.yml', line: 12 }),
      }),
    ]);
  });

  it('leaves the port unset, so a secret can give it', () => {
    const { config } = parse({ via: 'pg', 'password-secret': 'ca-a2a/db' });
    expect(config?.port).toBeUndefined();
    expect(parse({ via: 'pg', url: 'postgres://x', port: 6543 }).config?.port).toBe(6543);
  });

  it('refuses unknown lint rules and table names that would need quoting', () => {
    const { issues } = parse({ ...dataApi, 'fail-on': ['drop-tables'], table: 'History' });
    expect(messages(issues)).toEqual([
      'with.table: expected a text, found the text "History"',
      'with.fail-on.0: "drop-tables" is not one of drop-table, drop-column, drop-schema, drop-database, truncate, delete-without-where, update-without-where, alter-column-type, set-not-null, add-column-not-null-without-default, create-index-without-concurrently',
    ]);
  });

  it('is refused with on-failure: rollback, since migrations are not rolled back', () => {
    const source = `version: 1
app: a
region: eu-west-3
phases:
  - id: db
    uses: migrate
    on-failure: rollback
    with: { resource-arn: arn:c, secret-arn: arn:s }
`;
    const { plan, diagnostics } = parsePlan(source, 'p.yml', {
      registry: new Registry({ phases: [migrateKind] }),
    });
    expect(plan).toBeUndefined();
    expect(diagnostics.map((d) => d.message)).toContain('phase kind "migrate" cannot roll back');
  });
});

describe('migrate building blocks', () => {
  const file = (version: number, sql = 'SELECT 1') => ({
    version,
    versionText: String(version),
    description: `v${version}`,
    fileName: `${version}_v.sql`,
    path: `m/${version}_v.sql`,
    checksum: `sum${version}`,
    content: sql,
    ...splitStatements(sql),
    transaction: {
      mode: 'transaction' as const,
      declared: false,
      nonTransactional: [],
      diagnostics: [],
    },
  });
  const row = (version: number, checksum: string, success = true): HistoryRow => ({
    version,
    description: '',
    fileName: `${version}_v.sql`,
    checksum,
    appliedAt: '',
    appliedBy: '',
    executionMs: 0,
    statements: 1,
    success,
  });

  it('compares files with the history: pending, changed, out of order, missing, retried', () => {
    const c = compareWithHistory(
      [file(1), file(2), file(3), file(5)],
      [row(1, 'sum1'), row(2, 'other'), row(4, 'sum4'), row(5, 'x', false)],
    );
    expect(c.pending.map((f) => f.version)).toEqual([3, 5]);
    expect(c.changed.map((x) => x.file.version)).toEqual([2]);
    expect(c.outOfOrder.map((x) => [x.file.version, x.highest.version])).toEqual([[3, 4]]);
    expect(c.missing.map((r) => r.version)).toEqual([4]);
    expect(c.retried.map((r) => r.version)).toEqual([5]);
  });

  it('decides inside the lock from a fresh read', () => {
    const config = { 'out-of-order': false };
    expect(decideInsideLock(file(2), { appliedChecksum: undefined, highest: 1 }, config)).toBe(
      'apply',
    );
    expect(decideInsideLock(file(2), { appliedChecksum: 'sum2', highest: 2 }, config)).toBe('skip');
    expect(() => decideInsideLock(file(2), { appliedChecksum: 'zzz', highest: 2 }, config)).toThrow(
      /just applied by another runner with a different content/,
    );
    expect(() =>
      decideInsideLock(file(2), { appliedChecksum: undefined, highest: 3 }, config),
    ).toThrow(/version 3 is already applied/);
    expect(
      decideInsideLock(
        file(2),
        { appliedChecksum: undefined, highest: 3 },
        { 'out-of-order': true },
      ),
    ).toBe('apply');
  });

  it('derives a stable 64-bit lock key per history table', () => {
    const a = lockKey(tableNames({ schema: 'public', table: 'phasegate_schema_history' }));
    const b = lockKey(tableNames({ schema: 'ops', table: 'phasegate_schema_history' }));
    expect(a).not.toBe(b);
    expect(lockKey(tableNames({ schema: 'public', table: 'phasegate_schema_history' }))).toBe(a);
    expect(BigInt(a) >= -(2n ** 63n) && BigInt(a) < 2n ** 63n).toBe(true);
    expect(lockStatement(a)).toBe(`SELECT pg_advisory_xact_lock(${a})`);
  });

  it('turns named parameters into positional ones, leaving casts alone', () => {
    expect(positional('SELECT :a::text, :b, :a, x::int', { a: 1, b: 'x' })).toEqual({
      text: 'SELECT $1::text, $2, $1, x::int',
      values: [1, 'x'],
    });
  });

  it('reads the index name of CREATE INDEX CONCURRENTLY', () => {
    const name = (sql: string) =>
      concurrentIndexName(splitStatements(sql).statements[0]?.tokens ?? []);
    expect(name('CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS i_a ON t (a)')).toBe('i_a');
    expect(name('create index concurrently "Odd" on t (a)')).toBe('"Odd"');
    expect(name('CREATE INDEX CONCURRENTLY ON t (a)')).toBeUndefined();
    expect(name('CREATE INDEX i ON t (a)')).toBeUndefined();
  });

  it("reads the Data API's errors", () => {
    const error = (name: string, message: string) => Object.assign(new Error(message), { name });
    const sql = translate(
      error('DatabaseErrorException', 'ERROR: division by zero; SQLState: 22012'),
    ) as SqlStatementError;
    expect(sql).toBeInstanceOf(SqlStatementError);
    expect([sql.message, sql.sqlState]).toEqual(['ERROR: division by zero', '22012']);
    expect(
      translate(error('DatabaseErrorException', 'Transaction is still running a query')),
    ).toBeInstanceOf(TransactionBusy);
    expect(
      translate(error('TransactionNotFoundException', 'Transaction x is not found.')),
    ).toBeInstanceOf(TransactionGone);
    expect(translate(error('BadRequestException', 'Invalid transaction ID'))).toBeInstanceOf(
      TransactionGone,
    );
  });
});
