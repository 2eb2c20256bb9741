import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  findingToDiagnostic,
  LINT_RULE_DESCRIPTIONS,
  LINT_RULE_IDS,
  type LintOptions,
  lintFile,
  lintMigrations,
} from '../../src/sql/lint.js';
import { splitStatements } from '../../src/sql/split.js';

const root = join(import.meta.dirname, '../..');
const fileOf = (path: string, sql: string) => ({
  path,
  statements: splitStatements(sql).statements,
});
const rulesOf = (sql: string, options: LintOptions = {}) =>
  lintFile(fileOf('m.sql', sql), options).findings.map((f) => f.rule);

describe('the CA-A2A revoked_tokens migration', () => {
  const original = 'test/fixtures/migrations/ca-a2a-original/001_create_revoked_tokens_table.sql';
  const fixed = 'migrations/001_create_revoked_tokens_table.sql';
  const read = (path: string) => fileOf(path, readFileSync(join(root, path), 'utf8'));

  it('flags exactly the DROP TABLE of the original file, on its line 1 statement', () => {
    const { findings } = lintFile(read(original));
    expect(findings).toEqual([
      {
        rule: 'drop-table',
        severity: 'warning',
        file: original,
        statement: 1,
        line: 1,
        column: 1,
        excerpt: 'DROP TABLE IF EXISTS revoked_tokens CASCADE',
        message: expect.stringContaining('revoked_tokens and every row in it'),
      },
    ]);
    expect(findings[0]?.message).toContain('CASCADE');
  });

  it('turns it into an error with fail-on: [drop-table]', () => {
    const { findings } = lintFile(read(original), { failOn: ['drop-table'] });
    expect(findings.map((f) => f.severity)).toEqual(['error']);
    expect(findingToDiagnostic(findings[0] as (typeof findings)[number])).toEqual({
      severity: 'error',
      message: expect.stringMatching(
        /^\[drop-table\] statement 1: DROP TABLE deletes revoked_tokens/,
      ),
      hint: 'DROP TABLE IF EXISTS revoked_tokens CASCADE (refused: drop-table is in fail-on)',
      position: { file: original, line: 1, column: 1 },
    });
  });

  it('finds nothing in the re-runnable release file', () => {
    const file = read(fixed);
    expect(file.statements.map((s) => s.sql.split(/\s+/).slice(0, 3).join(' '))).toEqual([
      'CREATE TABLE IF',
      'CREATE INDEX IF',
      'CREATE INDEX IF',
      'COMMENT ON TABLE',
    ]);
    expect(file.statements.some((s) => /drop/i.test(s.sql))).toBe(false);
    expect(lintFile(file, { failOn: [...LINT_RULE_IDS] }).findings).toEqual([]);
  });
});

describe('lint rules', () => {
  it.each([
    ['DROP TABLE a, b', 'drop-table'],
    ['drop table if exists "Weird"', 'drop-table'],
    ['ALTER TABLE t DROP COLUMN c', 'drop-column'],
    ['ALTER TABLE IF EXISTS ONLY t DROP c CASCADE', 'drop-column'],
    ['DROP SCHEMA app CASCADE', 'drop-schema'],
    ['DROP DATABASE app', 'drop-database'],
    ['TRUNCATE t', 'truncate'],
    ['DELETE FROM t', 'delete-without-where'],
    ['WITH old AS (SELECT id FROM t WHERE x < 1) DELETE FROM t USING old', 'delete-without-where'],
    ['UPDATE t SET x = (SELECT max(y) FROM u WHERE u.id = 1)', 'update-without-where'],
    ['ALTER TABLE t ALTER COLUMN c TYPE bigint', 'alter-column-type'],
    ['ALTER TABLE t ALTER c SET DATA TYPE text', 'alter-column-type'],
    ['ALTER TABLE t ALTER COLUMN c SET NOT NULL', 'set-not-null'],
    ['ALTER TABLE t ADD COLUMN c int NOT NULL', 'add-column-not-null-without-default'],
    [
      'ALTER TABLE t ADD IF NOT EXISTS c int CONSTRAINT nn NOT NULL',
      'add-column-not-null-without-default',
    ],
    ['CREATE INDEX i ON t (x)', 'create-index-without-concurrently'],
    [
      'CREATE UNIQUE INDEX IF NOT EXISTS i ON ONLY app.t USING btree (x)',
      'create-index-without-concurrently',
    ],
  ])('%s → %s', (sql, rule) => {
    expect(rulesOf(sql)).toEqual([rule]);
  });

  it.each([
    'DELETE FROM t WHERE id = 1',
    'UPDATE t SET x = 1 WHERE id = 1',
    'ALTER TABLE t DROP CONSTRAINT t_pk',
    'ALTER TABLE t ALTER COLUMN c DROP NOT NULL',
    'ALTER TABLE t ALTER COLUMN c DROP DEFAULT',
    'ALTER TABLE t ADD COLUMN c int NOT NULL DEFAULT 0',
    'ALTER TABLE t ADD COLUMN c bigserial NOT NULL',
    'ALTER TABLE t ADD COLUMN c int GENERATED ALWAYS AS IDENTITY NOT NULL',
    'ALTER TABLE t ADD COLUMN c int',
    'ALTER TABLE t ADD CONSTRAINT c CHECK (x IS NOT NULL) NOT VALID',
    'ALTER TABLE t ALTER COLUMN c SET DEFAULT 1',
    'CREATE INDEX CONCURRENTLY i ON t (x)',
    "SELECT 'DROP TABLE t; DELETE FROM t'",
    '/* DROP TABLE t */ SELECT 1',
    'CREATE FUNCTION f() RETURNS void LANGUAGE sql BEGIN ATOMIC DELETE FROM t; END',
    "DO $$ BEGIN EXECUTE 'TRUNCATE t'; DELETE FROM t; END $$",
    'DROP INDEX i',
    'DROP VIEW v',
    'INSERT INTO t SELECT * FROM u',
  ])('%s → nothing', (sql) => {
    expect(rulesOf(sql)).toEqual([]);
  });

  it('reports each ALTER TABLE action at its own line', () => {
    const sql = 'ALTER TABLE t\n  DROP COLUMN a,\n  ALTER COLUMN b TYPE text,\n  ADD COLUMN c int;';
    const { findings } = lintFile(fileOf('m.sql', sql));
    expect(findings.map((f) => [f.rule, f.line, f.column, f.statement])).toEqual([
      ['drop-column', 2, 3, 1],
      ['alter-column-type', 3, 3, 1],
    ]);
    expect(findings[0]?.excerpt).toBe(
      'ALTER TABLE t DROP COLUMN a, ALTER COLUMN b TYPE text, ADD COLUMN c int',
    );
  });

  it('shortens long excerpts', () => {
    const { findings } = lintFile(fileOf('m.sql', `DELETE FROM t_${'x'.repeat(200)}`));
    expect(findings[0]?.excerpt).toHaveLength(100);
    expect(findings[0]?.excerpt.endsWith('…')).toBe(true);
  });
});

describe('tables created by the pending files', () => {
  it('needs no CONCURRENTLY or care for a table created earlier in the same file', () => {
    const sql = [
      'CREATE TABLE t (x int);',
      'CREATE INDEX i ON t (x);',
      'ALTER TABLE t ALTER COLUMN x SET NOT NULL;',
      'ALTER TABLE t ADD COLUMN y int NOT NULL;',
      'CREATE INDEX j ON other (x);',
    ].join('\n');
    const { findings, createdTables } = lintFile(fileOf('m.sql', sql));
    expect(findings.map((f) => [f.rule, f.line])).toEqual([
      ['create-index-without-concurrently', 5],
    ]);
    expect(createdTables).toEqual(['t']);
  });

  it('still flags an index created before the table it is on', () => {
    expect(rulesOf('CREATE INDEX i ON t (x);\nCREATE TABLE t (x int);')).toEqual([
      'create-index-without-concurrently',
    ]);
  });

  it('still flags data loss on a table created earlier: DROP TABLE is never exempt', () => {
    expect(rulesOf('CREATE TABLE t (x int);\nDROP TABLE t;\nTRUNCATE t;')).toEqual([
      'drop-table',
      'truncate',
    ]);
  });

  it('accepts tables created by earlier pending files, matching schema-qualified names', () => {
    expect(rulesOf('CREATE INDEX i ON app.t (x)', { createdBefore: ['t'] })).toEqual([]);
    expect(rulesOf('CREATE INDEX i ON t (x)', { createdBefore: ['app.t'] })).toEqual([]);
    expect(rulesOf('CREATE INDEX i ON app.t (x)', { createdBefore: ['other.t'] })).toEqual([
      'create-index-without-concurrently',
    ]);
  });

  it('threads created tables through the files in order', () => {
    const findings = lintMigrations([
      fileOf('001.sql', 'CREATE TABLE IF NOT EXISTS "Users" (id int);'),
      fileOf('002.sql', 'CREATE INDEX ON "Users" (id);\nCREATE INDEX ON users (id);'),
      fileOf('003.sql', 'CREATE MATERIALIZED VIEW mv AS SELECT 1 AS x;\nCREATE INDEX ON mv (x);'),
    ]);
    expect(findings.map((f) => [f.file, f.statement])).toEqual([['002.sql', 2]]);
  });
});

describe('rule ids', () => {
  it('are listed once each, with a description for every one', () => {
    expect(new Set(LINT_RULE_IDS).size).toBe(LINT_RULE_IDS.length);
    expect(Object.keys(LINT_RULE_DESCRIPTIONS).sort()).toEqual([...LINT_RULE_IDS].sort());
  });
});
