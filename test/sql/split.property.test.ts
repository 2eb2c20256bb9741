import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Statement, splitStatements } from '../../src/sql/split.js';

/** Text that may hold every character that matters to the splitter. */
const tricky = fc.string({
  unit: fc.constantFrom(
    ';',
    "'",
    '"',
    '$',
    '-',
    '/',
    '*',
    '\\',
    '\n',
    '(',
    ')',
    'a',
    'E',
    ' ',
    'é',
  ),
  maxLength: 12,
});

const noLineBreak = tricky.map((t) => t.replace(/[\n\r]/g, ' '));

const word = fc.constantFrom(
  'x',
  'foo',
  'tbl_1',
  'a$b',
  'E',
  'begin',
  'atomic',
  'case',
  'end',
  'où',
);
const symbol = fc.constantFrom('+', ',', '.', '=', '::', '*', '<>', '-', '/');
const parameter = fc.nat(99).map((n) => `$${n + 1}`);
const quoted = tricky.map((t) => `'${t.replace(/'/g, "''")}'`);
const escaped = tricky.map((t) => `E'${t.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`);
const identifier = tricky.map((t) => `"${t.replace(/"/g, '""')}"`);
const dollar = fc
  .tuple(fc.constantFrom('', 'x', 'body', 'fn_1'), tricky)
  .filter(([tag, body]) => !`${body}$`.includes(`$${tag}$`))
  .map(([tag, body]) => `$${tag}$${body}$${tag}$`);
const lineComment = noLineBreak.map((t) => `--${t}\n`);
const blockComment = fc
  .array(
    tricky.map((t) => t.replace(/[/*]/g, '')),
    { minLength: 1, maxLength: 3 },
  )
  .map((parts) => `/*${parts.join('/* inner; */')}*/`);

/** Anything a statement can hold between its first and last token; `;` only in parentheses. */
const { fragment } = fc.letrec((tie) => ({
  fragment: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    word,
    symbol,
    parameter,
    quoted,
    escaped,
    identifier,
    dollar,
    lineComment,
    blockComment,
    tie('group'),
  ),
  group: fc
    .array(fc.oneof(tie('fragment'), fc.constant(';')), { maxLength: 4 })
    .map((parts) => `(${parts.join(' ')})`),
}));

const space = fc.constantFrom(' ', '\n', '\t', '\r\n', '  \n ');

const statement = fc
  .tuple(fc.array(fc.tuple(space, fragment), { maxLength: 6 }), space)
  .map(([parts, end]) => `SELECT${parts.map(([s, f]) => s + (f as string)).join('')}${end}x`);

const between = fc
  .array(fc.oneof(space, lineComment, blockComment, fc.constant(';')), { maxLength: 3 })
  .map((parts) => `;${parts.join('')}`);

/** Joins statements and remembers where each one starts. */
function join(statements: readonly string[], separators: readonly string[]) {
  let text = '';
  const offsets: number[] = [];
  statements.forEach((sql, i) => {
    offsets.push(text.length);
    text += sql + (separators[i] ?? ';');
  });
  return { text, offsets };
}

/** Independent line/column: CRLF, LF and lone CR each end a line. */
function positionOf(text: string, offset: number) {
  const lines = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: lines.length, column: (lines.at(-1) ?? '').length + 1 };
}

const runs = { numRuns: 300 };

// PostgreSQL's whitespace (scan.l: space, tab, newline, carriage return, form feed, vertical tab),
// not JavaScript's: a no-break space or an ideographic space is part of a word to PostgreSQL.
const SQL_SPACE_START = /^[ \t\n\r\f\v]/;
const SQL_SPACE_END = /[ \t\n\r\f\v]$/;

// One seed for every property here, so a run fails or passes the same way on every machine;
// change it to explore (a failure prints the seed and the shrunk input to replay).
fc.configureGlobal({ seed: 20261201 });

describe('splitStatements properties', () => {
  it('joining generated statements with ; and splitting gives them back', () => {
    fc.assert(
      fc.property(
        fc.array(statement, { minLength: 1, maxLength: 6 }),
        fc.array(between, { maxLength: 6 }),
        (statements, separators) => {
          const { text } = join(statements, separators);
          const result = splitStatements(text);
          expect(result.statements.map((s) => s.sql)).toEqual(statements);
          expect(result.statements.map((s) => s.index)).toEqual(statements.map((_, i) => i + 1));
          expect(result.transactionControl).toEqual([]);
          expect(result.problems).toEqual([]);
        },
      ),
      runs,
    );
  });

  it('gives each statement the line and column of its first token', () => {
    fc.assert(
      fc.property(
        fc.array(statement, { minLength: 1, maxLength: 6 }),
        fc.array(between, { maxLength: 6 }),
        (statements, separators) => {
          const { text, offsets } = join(statements, separators);
          const found = splitStatements(text).statements;
          expect(found.map((s) => s.offset)).toEqual(offsets);
          expect(found.map(({ line, column }) => ({ line, column }))).toEqual(
            offsets.map((offset) => positionOf(text, offset)),
          );
        },
      ),
      runs,
    );
  });

  it('never throws on arbitrary text, and every statement is a slice of it at its position', () => {
    const anyText = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.string({ unit: 'binary', maxLength: 100 }),
      fc.string({
        unit: fc.constantFrom(
          ';',
          "'",
          '"',
          '$',
          '$$',
          '$a$',
          '--',
          '/*',
          '*/',
          '\n',
          '\r',
          '(',
          ')',
          'E',
          "E'",
          '\\',
          ' ',
          'BEGIN',
          ' ATOMIC ',
          'CASE',
          'END',
          'CREATE FUNCTION ',
          'COMMIT',
          '1',
        ),
        maxLength: 60,
      }),
    );
    // Plain checks rather than expect(): this runs many thousand times and must stay fast.
    const sliceAtItsPosition = (text: string, s: Statement, i: number) => {
      const { line, column } = positionOf(text, s.offset);
      const endsAtText = s.offset + s.sql.length === text.length;
      return (
        s.index === i + 1 &&
        s.sql.length > 0 &&
        !SQL_SPACE_START.test(s.sql) &&
        // Only a quote or comment left open at the end of the text ends in whitespace.
        (!SQL_SPACE_END.test(s.sql) || endsAtText) &&
        text.slice(s.offset, s.offset + s.sql.length) === s.sql &&
        s.line === line &&
        s.column === column
      );
    };
    fc.assert(
      fc.property(anyText, (text) => {
        const { statements } = splitStatements(text);
        const ascending = statements.every(
          (s, i) => i === 0 || (statements[i - 1]?.offset ?? 0) < s.offset,
        );
        return ascending && statements.every((s, i) => sliceAtItsPosition(text, s, i));
      }),
      { numRuns: 500 },
    );
  });

  it('splitting one returned statement again gives that statement alone', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(';', "'", '$$', '--', '/*', '*/', '\n', '(', ')', 'x', ' '),
          maxLength: 40,
        }),
        (text) => {
          for (const s of splitStatements(text).statements) {
            expect(splitStatements(s.sql).statements.map((again) => again.sql)).toEqual([s.sql]);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
