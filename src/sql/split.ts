/**
 * Splits a migration file into the statements the RDS Data API will receive, one per call
 * (ExecuteStatement runs a single statement; BatchExecuteStatement repeats one statement with
 * different parameters, it does not run a script).
 *
 * A semicolon ends a statement only at the top level: not inside quoted text or identifiers,
 * dollar-quoted bodies, comments, parentheses (multi-action `CREATE RULE … DO (…; …)`), or the
 * `BEGIN ATOMIC … END` body of a SQL-standard function or procedure. These are the rules psql
 * follows, so a file that works with `psql -f` splits the same way here.
 */
import { isComment, keyword, type Token, tokenize } from './lexer.js';

export interface Statement {
  /** 1-based position among the file's statements, as in "statement 3 failed". */
  index: number;
  /** Where the statement's first token is (1-based); leading comments are not part of it. */
  line: number;
  column: number;
  /** Offset of the first token in the split text. */
  offset: number;
  /** The statement as written, without the trailing semicolon; inner comments are kept. */
  sql: string;
  /** Its tokens without comments, positioned in the whole file; for lint and classification. */
  tokens: readonly Token[];
}

/** A file's own `BEGIN;`, `COMMIT;` or `ROLLBACK;`: recognised, never sent. */
export interface TransactionControl {
  kind: 'begin' | 'commit' | 'rollback';
  line: number;
  column: number;
  text: string;
  /** How many statements of the file come before it. */
  after: number;
}

/** Something in the text that will almost certainly fail on the server (unterminated quote…). */
export interface SplitProblem {
  line: number;
  column: number;
  message: string;
}

export interface SplitResult {
  statements: Statement[];
  transactionControl: TransactionControl[];
  problems: SplitProblem[];
}

/** Nesting that hides a semicolon; both must be zero for `;` to end a statement. */
interface Depth {
  parens: number;
  /** `BEGIN ATOMIC` and the `CASE` expressions inside it, each closed by `END`. */
  blocks: number;
}

const ROUTINE_STARTS = [
  ['CREATE', 'FUNCTION'],
  ['CREATE', 'PROCEDURE'],
  ['CREATE', 'OR', 'REPLACE', 'FUNCTION'],
  ['CREATE', 'OR', 'REPLACE', 'PROCEDURE'],
];

function startsWithWords(tokens: readonly Token[], words: readonly string[]): boolean {
  return words.every((word, i) => keyword(tokens[i]) === word);
}

/** Only a function or procedure definition can hold a `BEGIN ATOMIC` body (PostgreSQL 14+). */
function isRoutineDefinition(tokens: readonly Token[]): boolean {
  return ROUTINE_STARTS.some((words) => startsWithWords(tokens, words));
}

function track(depth: Depth, token: Token, current: readonly Token[]): void {
  if (token.kind === 'symbol') {
    if (token.text === '(') depth.parens++;
    else if (token.text === ')') depth.parens = Math.max(0, depth.parens - 1);
    return;
  }
  const word = keyword(token);
  if (word === undefined) return;
  if (word === 'ATOMIC' && keyword(current.at(-2)) === 'BEGIN' && isRoutineDefinition(current)) {
    depth.blocks++;
  } else if (depth.blocks > 0 && word === 'CASE') depth.blocks++;
  else if (depth.blocks > 0 && word === 'END') depth.blocks--;
}

/** Groups the comment-free tokens into top-level statements (empty ones dropped). */
function groupStatements(tokens: readonly Token[]): { groups: Token[][]; open: Depth } {
  const groups: Token[][] = [];
  const depth: Depth = { parens: 0, blocks: 0 };
  let current: Token[] = [];
  for (const token of tokens) {
    if (isComment(token)) continue;
    if (token.kind === 'semicolon' && depth.parens === 0 && depth.blocks === 0) {
      if (current.length > 0) groups.push(current);
      current = [];
      continue;
    }
    current.push(token);
    track(depth, token, current);
  }
  if (current.length > 0) groups.push(current);
  return { groups, open: depth };
}

const TRANSACTION_WORDS: Record<string, TransactionControl['kind']> = {
  BEGIN: 'begin',
  START: 'begin',
  COMMIT: 'commit',
  END: 'commit',
  ROLLBACK: 'rollback',
  ABORT: 'rollback',
};

/** `COMMIT PREPARED 'x'` and `ROLLBACK TO SAVEPOINT s` are ordinary statements, not control. */
function transactionControlKind(tokens: readonly Token[]): TransactionControl['kind'] | undefined {
  const first = keyword(tokens[0]);
  const kind = first === undefined ? undefined : TRANSACTION_WORDS[first];
  if (kind === undefined) return undefined;
  const second = keyword(tokens[1]);
  if (first === 'START' && second !== 'TRANSACTION') return undefined;
  if (second === 'PREPARED' || second === 'TO') return undefined;
  if (kind === 'rollback' && tokens.some((t) => keyword(t) === 'TO')) return undefined;
  return kind;
}

function describeUnterminated(token: Token): string {
  switch (token.kind) {
    case 'block-comment':
      return 'this /* comment is never closed with */';
    case 'dollar-string':
      return `this dollar-quoted body is never closed with ${/^\$[^$]*\$/.exec(token.text)?.[0]}`;
    case 'quoted-identifier':
      return 'this quoted identifier is never closed with "';
    default:
      return "this quoted text is never closed with '";
  }
}

function findProblems(tokens: readonly Token[], open: Depth, last?: Token): SplitProblem[] {
  const problems: SplitProblem[] = tokens
    .filter((t) => t.unterminated)
    .map((t) => ({ line: t.line, column: t.column, message: describeUnterminated(t) }));
  // An unterminated quote swallows the rest of the file, closing parenthesis included: say it once.
  if (problems.length === 0 && last && (open.parens > 0 || open.blocks > 0)) {
    const what = open.blocks > 0 ? 'a BEGIN ATOMIC body is' : 'a parenthesis is';
    problems.push({
      line: last.line,
      column: last.column,
      message: `the file ends while ${what} still open, so the last statement runs to the end of the file`,
    });
  }
  return problems;
}

/** Splits `sql` (one migration file) into statements; never throws, whatever the text. */
export function splitStatements(sql: string): SplitResult {
  const tokens = tokenize(sql);
  const { groups, open } = groupStatements(tokens);
  const statements: Statement[] = [];
  const transactionControl: TransactionControl[] = [];
  for (const group of groups) {
    const first = group[0] as Token;
    const last = group.at(-1) as Token;
    const text = sql.slice(first.start, last.end);
    const control = transactionControlKind(group);
    const at = { line: first.line, column: first.column };
    if (control) {
      transactionControl.push({ kind: control, ...at, text, after: statements.length });
      continue;
    }
    const index = statements.length + 1;
    statements.push({ index, ...at, offset: first.start, sql: text, tokens: group });
  }
  return {
    statements,
    transactionControl,
    problems: findProblems(tokens, open, groups.at(-1)?.[0]),
  };
}
