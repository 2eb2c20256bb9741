/**
 * Decides how a file runs. Normally phasegate runs a whole file in one transaction, with its
 * history row, so a failure leaves nothing behind. A file runs statement by statement, outside a
 * transaction, when it declares `-- phasegate:no-transaction` in its leading comment lines or
 * holds a statement PostgreSQL refuses inside a transaction block (CREATE INDEX CONCURRENTLY…).
 * Such statements mixed with ordinary ones, without the header, are refused: half of the file
 * could be committed when the other half fails.
 */
import type { Diagnostic } from '../core/errors.js';
import { plural } from '../core/text.js';
import { isComment, type Token, tokenize } from './lexer.js';
import { type ClassifyOptions, nonTransactionalCommand } from './no-transaction.js';
import type { SplitResult, Statement, TransactionControl } from './split.js';

export { type ClassifyOptions, nonTransactionalCommand } from './no-transaction.js';

export const NO_TRANSACTION_HEADER = '-- phasegate:no-transaction';

const HEADER = /^--\s*phasegate:\s*no-transaction\s*$/i;
const DIRECTIVE = /phasegate\s*:/i;

export interface NonTransactionalStatement {
  /** The statement's 1-based number in the file. */
  index: number;
  line: number;
  column: number;
  /** What PostgreSQL refuses in a transaction block, e.g. "CREATE INDEX CONCURRENTLY". */
  command: string;
}

export interface TransactionMode {
  mode: 'transaction' | 'no-transaction';
  /** True when the file has the `-- phasegate:no-transaction` header. */
  declared: boolean;
  nonTransactional: NonTransactionalStatement[];
  /** Mixing (error), ROLLBACK in the file (error), misplaced or misspelt header (warning)… */
  diagnostics: Diagnostic[];
}

/** The comments before the file's first statement token. */
function leadingComments(tokens: readonly Token[]): Token[] {
  const firstCode = tokens.findIndex((t) => !isComment(t));
  return tokens.slice(0, firstCode < 0 ? tokens.length : firstCode).filter(isComment);
}

export function hasNoTransactionHeader(sql: string): boolean {
  return leadingComments(tokenize(sql)).some((t) => HEADER.test(t.text.trim()));
}

function at(file: string, line: number, column: number) {
  return { file, line, column };
}

/** A `phasegate:` comment that is not the header in the leading lines would be silently ignored. */
function directiveWarnings(file: string, sql: string): Diagnostic[] {
  const tokens = tokenize(sql);
  const leading = new Set(leadingComments(tokens));
  return tokens
    .filter((t) => isComment(t) && DIRECTIVE.test(t.text))
    .filter((t) => !(leading.has(t) && HEADER.test(t.text.trim())))
    .map((t) => ({
      severity: 'warning' as const,
      message: leading.has(t)
        ? `unknown phasegate directive: ${t.text.trim()}`
        : 'a phasegate directive after the first statement is ignored',
      hint: `write exactly "${NO_TRANSACTION_HEADER}" in the comment lines at the top of the file`,
      position: at(file, t.line, t.column),
    }));
}

function describe(s: NonTransactionalStatement): string {
  return `statement ${s.index} (line ${s.line}: ${s.command})`;
}

function mixingError(
  file: string,
  found: readonly NonTransactionalStatement[],
  ordinary: number,
): Diagnostic {
  const first = found[0] as NonTransactionalStatement;
  const list = found.map(describe).join(', ');
  return {
    severity: 'error',
    message:
      `${list} cannot run inside a transaction, but the file also has ${plural(ordinary, 'ordinary statement')} ` +
      `that phasegate runs in one transaction`,
    hint:
      `move ${found.length === 1 ? 'it to a migration file of its' : 'them to a migration file of their'} own ` +
      `(such a file runs outside a transaction, statement by statement), or add "${NO_TRANSACTION_HEADER}" ` +
      'at the top if every statement of this file is safe to run again after a partial failure',
    position: at(file, first.line, first.column),
  };
}

function controlDiagnostics(
  file: string,
  controls: readonly TransactionControl[],
  mode: TransactionMode['mode'],
  total: number,
): Diagnostic[] {
  return controls.flatMap((c): Diagnostic[] => {
    const position = at(file, c.line, c.column);
    if (c.kind === 'rollback') {
      const message = `${c.text} would be ignored: phasegate commits the file when every statement succeeds`;
      return [{ severity: 'error', message, hint: 'remove it', position }];
    }
    if (mode === 'no-transaction') {
      const message = `${c.text} is ignored: this file runs outside a transaction, statement by statement`;
      return [{ severity: 'warning', message, position }];
    }
    if (c.after === 0 || c.after === total) return [];
    const message = `${c.text} in the middle of the file is ignored: phasegate runs the whole file in one transaction`;
    const hint = `split the file at line ${c.line} if the statements after it need the earlier ones committed first`;
    return [{ severity: 'warning', message, hint, position }];
  });
}

function findNonTransactional(
  statements: readonly Statement[],
  options: ClassifyOptions,
): NonTransactionalStatement[] {
  return statements.flatMap((s) => {
    const command = nonTransactionalCommand(s.tokens, options);
    return command ? [{ index: s.index, line: s.line, column: s.column, command }] : [];
  });
}

/** How `file` (its text and split) must run, and what is wrong with it in that respect. */
export function transactionMode(
  file: string,
  sql: string,
  split: SplitResult,
  options: ClassifyOptions = {},
): TransactionMode {
  const declared = hasNoTransactionHeader(sql);
  const nonTransactional = findNonTransactional(split.statements, options);
  const mode = declared || nonTransactional.length > 0 ? 'no-transaction' : 'transaction';
  const ordinary = split.statements.length - nonTransactional.length;
  const diagnostics = [
    ...(nonTransactional.length > 0 && ordinary > 0 && !declared
      ? [mixingError(file, nonTransactional, ordinary)]
      : []),
    ...controlDiagnostics(file, split.transactionControl, mode, split.statements.length),
    ...directiveWarnings(file, sql),
  ];
  return { mode, declared, nonTransactional, diagnostics };
}
