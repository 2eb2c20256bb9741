import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitStatements } from '../../src/sql/split.js';

const sqlOf = (text: string) => splitStatements(text).statements.map((s) => s.sql);

describe('splitStatements: where a semicolon ends a statement', () => {
  it('splits at top-level semicolons, drops empty statements and the trailing semicolon', () => {
    expect(sqlOf('SELECT 1;;  ;\nSELECT 2;\n')).toEqual(['SELECT 1', 'SELECT 2']);
    expect(sqlOf('SELECT 1')).toEqual(['SELECT 1']);
  });

  it('keeps semicolons inside single-quoted text with doubled quotes', () => {
    expect(sqlOf("INSERT INTO t VALUES ('a;b', 'it''s; fine'); SELECT 2")).toEqual([
      "INSERT INTO t VALUES ('a;b', 'it''s; fine')",
      'SELECT 2',
    ]);
  });

  it("reads backslash escapes only in E'' strings", () => {
    expect(sqlOf("SELECT E'it\\'s; \\\\'; SELECT 2")).toEqual([
      "SELECT E'it\\'s; \\\\'",
      'SELECT 2',
    ]);
    // In a plain string a backslash is an ordinary character, so 'a\' ends at the second quote.
    expect(sqlOf("SELECT 'a\\'; SELECT 2")).toEqual(["SELECT 'a\\'", 'SELECT 2']);
    // An identifier that merely ends in e is not an E'' prefix.
    expect(sqlOf("SELECT some'a\\'; SELECT 2")).toEqual(["SELECT some'a\\'", 'SELECT 2']);
  });

  it('keeps semicolons inside double-quoted identifiers', () => {
    expect(sqlOf('CREATE TABLE "a;""b" (x int); SELECT 2')).toEqual([
      'CREATE TABLE "a;""b" (x int)',
      'SELECT 2',
    ]);
  });

  it('keeps dollar-quoted bodies whole, and does not take $1 for a tag', () => {
    const fn = 'CREATE FUNCTION f() RETURNS int AS $$ BEGIN RETURN 1; END; $$ LANGUAGE plpgsql';
    expect(sqlOf(`${fn}; SELECT 2`)).toEqual([fn, 'SELECT 2']);
    const tagged = 'DO $body$ BEGIN PERFORM $$;$$; END $body$';
    expect(sqlOf(`${tagged};SELECT 3`)).toEqual([tagged, 'SELECT 3']);
    expect(sqlOf('SELECT $1; SELECT $2')).toEqual(['SELECT $1', 'SELECT $2']);
    // A $ inside an identifier (legal in PostgreSQL) opens no tag.
    expect(sqlOf('SELECT a$b$; SELECT 2')).toEqual(['SELECT a$b$', 'SELECT 2']);
  });

  it('ignores semicolons in line comments and nested block comments', () => {
    const text = '-- one; two\nSELECT 1 /* a; /* b; */ still; */ + 1; -- end;\nSELECT 2';
    expect(sqlOf(text)).toEqual(['SELECT 1 /* a; /* b; */ still; */ + 1', 'SELECT 2']);
  });

  it('drops fragments made only of comments', () => {
    expect(sqlOf('-- a\n;/* b */;\n-- c')).toEqual([]);
  });

  it('keeps BEGIN ATOMIC bodies whole, CASE … END inside them included', () => {
    const fn = [
      'CREATE FUNCTION g(x int) RETURNS text LANGUAGE sql BEGIN ATOMIC',
      "  SELECT CASE WHEN x > 0 THEN CASE WHEN x > 9 THEN 'big' ELSE 'small' END ELSE 'neg' END;",
      '  SELECT 1;',
      'END',
    ].join('\n');
    expect(sqlOf(`${fn};\nSELECT 2;`)).toEqual([fn, 'SELECT 2']);
  });

  it('keeps the semicolons of a multi-action rule inside its parentheses', () => {
    const rule =
      'CREATE RULE r AS ON INSERT TO v DO INSTEAD (INSERT INTO a VALUES (1); DELETE FROM b)';
    expect(sqlOf(`${rule}; SELECT 2`)).toEqual([rule, 'SELECT 2']);
  });

  it('numbers statements from 1 and gives the line and column of the first token', () => {
    const { statements } = splitStatements('-- header\n\n  SELECT 1;\nSELECT\n  2; SELECT 3;');
    expect(statements.map(({ index, line, column }) => ({ index, line, column }))).toEqual([
      { index: 1, line: 3, column: 3 },
      { index: 2, line: 4, column: 1 },
      { index: 3, line: 5, column: 6 },
    ]);
  });

  it('counts lines the same for LF, CRLF and lone CR endings', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const { statements } = splitStatements(['SELECT 1;', '', 'SELECT 2;'].join(eol));
      expect(statements.map((s) => s.line)).toEqual([1, 3]);
    }
  });
});

describe('splitStatements: the file’s own transaction control', () => {
  it('reports BEGIN/START TRANSACTION/COMMIT/END instead of returning them', () => {
    const text =
      'BEGIN;\nCREATE TABLE t (x int);\nCOMMIT;\nSTART TRANSACTION ISOLATION LEVEL SERIALIZABLE;\nSELECT 1;\nEND;';
    const result = splitStatements(text);
    expect(result.statements.map((s) => [s.index, s.sql])).toEqual([
      [1, 'CREATE TABLE t (x int)'],
      [2, 'SELECT 1'],
    ]);
    expect(
      result.transactionControl.map(({ kind, line, after }) => ({ kind, line, after })),
    ).toEqual([
      { kind: 'begin', line: 1, after: 0 },
      { kind: 'commit', line: 3, after: 1 },
      { kind: 'begin', line: 4, after: 1 },
      { kind: 'commit', line: 6, after: 2 },
    ]);
  });

  it('reports ROLLBACK but leaves savepoints and prepared transactions as statements', () => {
    const text = "SAVEPOINT s; ROLLBACK TO SAVEPOINT s; COMMIT PREPARED 'x'; ROLLBACK;";
    const result = splitStatements(text);
    expect(result.statements.map((s) => s.sql)).toEqual([
      'SAVEPOINT s',
      'ROLLBACK TO SAVEPOINT s',
      "COMMIT PREPARED 'x'",
    ]);
    expect(result.transactionControl.map((c) => c.kind)).toEqual(['rollback']);
  });
});

describe('splitStatements: broken text', () => {
  it('reports an unterminated quote, dollar body and comment where it starts', () => {
    expect(splitStatements("SELECT 1;\nSELECT 'oops;").problems).toEqual([
      { line: 2, column: 8, message: "this quoted text is never closed with '" },
    ]);
    expect(splitStatements('DO $x$ BEGIN').problems[0]?.message).toContain('$x$');
    expect(splitStatements('SELECT 1 /* /* */').problems[0]?.message).toContain('comment');
  });

  it('reports a parenthesis left open at the end of the file', () => {
    const result = splitStatements('SELECT 1;\nSELECT (2;\nSELECT 3;');
    expect(result.statements).toHaveLength(2);
    expect(result.problems).toEqual([
      expect.objectContaining({ line: 2, message: expect.stringContaining('parenthesis') }),
    ]);
  });
});

/**
 * Real-world-style files. Each was run through psql on PostgreSQL 15, and each statement the
 * splitter returned was then run on its own against a fresh database, with the same end state.
 */
describe('splitStatements: corpus', () => {
  const dir = join(import.meta.dirname, '../fixtures/migrations/corpus');
  const expected: [file: string, statements: number, control: string[]][] = [
    ['001_accounts_and_roles.sql', 5, []],
    ['002_plpgsql_functions.sql', 6, []],
    ['003_begin_atomic.sql', 4, []],
    ['004_quoting.sql', 4, []],
    ['005_explicit_transaction.sql', 2, ['begin', 'commit']],
    ['006_rules_and_views.sql', 5, []],
    ['007_concurrent_index.sql', 1, []],
    ['008_seed_json.sql', 3, []],
  ];

  it.each(expected)('%s has %i statements', (file, count, control) => {
    const result = splitStatements(readFileSync(join(dir, file), 'utf8'));
    expect(result.statements).toHaveLength(count);
    expect(result.transactionControl.map((c) => c.kind)).toEqual(control);
    expect(result.problems).toEqual([]);
  });

  it('003: each BEGIN ATOMIC routine is one statement starting at its CREATE', () => {
    const { statements } = splitStatements(readFileSync(join(dir, '003_begin_atomic.sql'), 'utf8'));
    expect(statements.map((s) => [s.line, s.sql.split('\n')[0]])).toEqual([
      [2, 'CREATE FUNCTION account_grade(score integer) RETURNS text'],
      [12, 'CREATE OR REPLACE PROCEDURE close_account(a_id bigint)'],
      [19, 'CREATE FUNCTION one() RETURNS int LANGUAGE sql RETURN 1'],
      [21, 'SELECT account_grade(80), one()'],
    ]);
    expect(statements[0]?.sql.endsWith('END')).toBe(true);
  });
});
