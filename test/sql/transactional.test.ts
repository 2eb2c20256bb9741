import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitStatements } from '../../src/sql/split.js';
import {
  hasNoTransactionHeader,
  NO_TRANSACTION_HEADER,
  nonTransactionalCommand,
  transactionMode,
} from '../../src/sql/transactional.js';

const commandOf = (sql: string, serverMajorVersion?: number) => {
  const [statement] = splitStatements(sql).statements;
  if (!statement) throw new Error(`no statement in ${sql}`);
  return nonTransactionalCommand(
    statement.tokens,
    serverMajorVersion ? { serverMajorVersion } : {},
  );
};

const modeOf = (sql: string, serverMajorVersion?: number) =>
  transactionMode(
    'm/001_x.sql',
    sql,
    splitStatements(sql),
    serverMajorVersion ? { serverMajorVersion } : {},
  );

/** Each refused case was checked inside BEGIN … ROLLBACK on a PostgreSQL 15 server. */
describe('nonTransactionalCommand', () => {
  it.each([
    ['CREATE INDEX CONCURRENTLY i ON t (x)', 'CREATE INDEX CONCURRENTLY'],
    ['create unique index concurrently if not exists i on t (x)', 'CREATE INDEX CONCURRENTLY'],
    ['DROP INDEX CONCURRENTLY IF EXISTS i', 'DROP INDEX CONCURRENTLY'],
    ['REINDEX TABLE CONCURRENTLY t', 'REINDEX CONCURRENTLY'],
    ['REINDEX (CONCURRENTLY) TABLE t', 'REINDEX CONCURRENTLY'],
    ['REINDEX (VERBOSE) SCHEMA public', 'REINDEX SCHEMA'],
    ['REINDEX DATABASE app', 'REINDEX DATABASE'],
    ['REINDEX SYSTEM', 'REINDEX SYSTEM'],
    ['VACUUM (ANALYZE) t', 'VACUUM'],
    ['vacuum', 'VACUUM'],
    ['CLUSTER', 'CLUSTER without a table'],
    ['CLUSTER VERBOSE', 'CLUSTER without a table'],
    ["ALTER SYSTEM SET work_mem = '4MB'", 'ALTER SYSTEM'],
    ['CREATE DATABASE app2', 'CREATE DATABASE'],
    ['DROP DATABASE IF EXISTS app2', 'DROP DATABASE'],
    ['ALTER DATABASE app SET TABLESPACE fast', 'ALTER DATABASE … SET TABLESPACE'],
    ["CREATE TABLESPACE fast LOCATION '/x'", 'CREATE TABLESPACE'],
    ['DROP TABLESPACE fast', 'DROP TABLESPACE'],
    [
      'ALTER TABLE p DETACH PARTITION p1 CONCURRENTLY',
      'ALTER TABLE … DETACH PARTITION … CONCURRENTLY',
    ],
    ['DISCARD ALL', 'DISCARD ALL'],
    ["COMMIT PREPARED 'tx1'", 'COMMIT PREPARED'],
    [
      "CREATE SUBSCRIPTION s CONNECTION 'host=x' PUBLICATION p",
      'CREATE SUBSCRIPTION (creates a replication slot)',
    ],
    ['ALTER SUBSCRIPTION s REFRESH PUBLICATION', 'ALTER SUBSCRIPTION … REFRESH PUBLICATION'],
  ])('%s cannot run in a transaction', (sql, command) => {
    expect(commandOf(sql)).toBe(command);
  });

  it.each([
    'CREATE INDEX i ON t (x)',
    'REFRESH MATERIALIZED VIEW CONCURRENTLY mv',
    'REINDEX TABLE t',
    'REINDEX (CONCURRENTLY false) TABLE t',
    'CLUSTER t USING t_x',
    'ANALYZE t',
    'DISCARD PLANS',
    "CREATE SUBSCRIPTION s CONNECTION 'host=x' PUBLICATION p WITH (connect = false)",
    'ALTER SUBSCRIPTION s SET PUBLICATION p WITH (refresh = false)',
    "ALTER DATABASE app SET work_mem = '8MB'",
    "SELECT 'CREATE INDEX CONCURRENTLY'",
    "ALTER TYPE mood ADD VALUE 'sad'",
  ])('%s runs in a transaction', (sql) => {
    expect(commandOf(sql)).toBeUndefined();
  });

  it('treats ALTER TYPE … ADD VALUE as non-transactional only before PostgreSQL 12', () => {
    const sql = "ALTER TYPE mood ADD VALUE IF NOT EXISTS 'sad' AFTER 'ok'";
    expect(commandOf(sql, 11)).toBe('ALTER TYPE … ADD VALUE (before PostgreSQL 12)');
    expect(commandOf(sql, 12)).toBeUndefined();
    expect(commandOf('ALTER TYPE addr ADD ATTRIBUTE value text', 11)).toBeUndefined();
  });
});

describe('the no-transaction header', () => {
  it('is found in the leading comment lines only', () => {
    expect(
      hasNoTransactionHeader(`${NO_TRANSACTION_HEADER}\nCREATE INDEX CONCURRENTLY i ON t (x);`),
    ).toBe(true);
    expect(hasNoTransactionHeader('/* why */\n-- phasegate: no-transaction\nVACUUM;')).toBe(true);
    expect(hasNoTransactionHeader(`SELECT 1;\n${NO_TRANSACTION_HEADER}\nSELECT 2;`)).toBe(false);
    expect(hasNoTransactionHeader(`SELECT '${NO_TRANSACTION_HEADER}';`)).toBe(false);
  });

  it('warns about a misplaced or misspelt directive instead of ignoring it silently', () => {
    const late = modeOf(`SELECT 1;\n${NO_TRANSACTION_HEADER}\nSELECT 2;`);
    expect(late.mode).toBe('transaction');
    expect(late.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'warning',
        position: { file: 'm/001_x.sql', line: 2, column: 1 },
      }),
    ]);
    const typo = modeOf('-- phasegate:no-transactions\nSELECT 1;');
    expect(typo.diagnostics[0]?.message).toContain('unknown phasegate directive');
  });
});

describe('transactionMode', () => {
  it('runs an ordinary file in one transaction', () => {
    expect(modeOf('CREATE TABLE t (x int);\nCREATE INDEX i ON t (x);')).toEqual({
      mode: 'transaction',
      declared: false,
      nonTransactional: [],
      diagnostics: [],
    });
  });

  it('runs a file made only of non-transactional statements outside a transaction', () => {
    const result = modeOf('CREATE INDEX CONCURRENTLY a ON t (x);\nVACUUM t;');
    expect(result.mode).toBe('no-transaction');
    expect(result.declared).toBe(false);
    expect(result.nonTransactional.map((s) => [s.index, s.line, s.command])).toEqual([
      [1, 1, 'CREATE INDEX CONCURRENTLY'],
      [2, 2, 'VACUUM'],
    ]);
    expect(result.diagnostics).toEqual([]);
  });

  it('refuses mixing, naming the statements and lines, and says to move them', () => {
    const result = modeOf(
      'CREATE TABLE t (x int);\n\nCREATE INDEX CONCURRENTLY a ON t (x);\nINSERT INTO t VALUES (1);',
    );
    expect(result.diagnostics).toHaveLength(1);
    const [error] = result.diagnostics;
    expect(error?.severity).toBe('error');
    expect(error?.message).toContain('statement 2 (line 3: CREATE INDEX CONCURRENTLY)');
    expect(error?.message).toContain('2 ordinary statements');
    expect(error?.hint).toContain('move it to a migration file of its own');
    expect(error?.position).toEqual({ file: 'm/001_x.sql', line: 3, column: 1 });
  });

  it('accepts mixing when the header declares the whole file non-transactional', () => {
    const sql = `${NO_TRANSACTION_HEADER}\nCREATE INDEX CONCURRENTLY IF NOT EXISTS a ON t (x);\nANALYZE t;`;
    const result = modeOf(sql);
    expect(result).toMatchObject({ mode: 'no-transaction', declared: true, diagnostics: [] });
  });

  it('runs a corpus file with the header outside a transaction', () => {
    const file = join(
      import.meta.dirname,
      '../fixtures/migrations/corpus/007_concurrent_index.sql',
    );
    const sql = readFileSync(file, 'utf8');
    expect(transactionMode(file, sql, splitStatements(sql))).toMatchObject({
      mode: 'no-transaction',
      declared: true,
      diagnostics: [],
    });
  });

  it('says nothing about BEGIN/COMMIT around the whole file', () => {
    expect(modeOf('BEGIN;\nCREATE TABLE t (x int);\nCOMMIT;\n').diagnostics).toEqual([]);
  });

  it('warns about a COMMIT in the middle of the file, and refuses ROLLBACK', () => {
    const middle = modeOf(
      "ALTER TYPE mood ADD VALUE 'sad';\nCOMMIT;\nUPDATE t SET m = 'sad' WHERE id = 1;",
    );
    expect(middle.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'warning',
        hint: expect.stringContaining('split the file at line 2'),
      }),
    ]);
    const rollback = modeOf('BEGIN;\nDELETE FROM t WHERE id = 1;\nROLLBACK;');
    expect(rollback.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'error',
        position: { file: 'm/001_x.sql', line: 3, column: 1 },
      }),
    ]);
  });

  it('warns that BEGIN/COMMIT are ignored in a non-transactional file', () => {
    const result = modeOf('BEGIN;\nVACUUM t;\nCOMMIT;');
    expect(result.diagnostics.map((d) => d.severity)).toEqual(['warning', 'warning']);
  });
});
