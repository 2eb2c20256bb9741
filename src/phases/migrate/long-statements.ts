/**
 * Statements that outlast the Data API's call limit. "By default, the Data API cancels an
 * operation and returns a timeout error if the operation doesn't finish processing within 45
 * seconds" (Aurora User Guide, "Data API timeouts"); with `continueAfterTimeout` the statement
 * runs on and the call still answers StatementTimeoutException.
 *
 * phasegate relies only on what AWS documents. `continueAfterTimeout` is documented for a
 * statement on its own; whether it is accepted with a `transactionId` is not (the one public
 * report, jeremydaly/data-api-client#38, says it is an error, and an error aborts the
 * transaction). So:
 * - in a file's transaction, a statement is sent without it: it finishes within 45 s, or the Data
 *   API cancels it, the transaction is rolled back and the file fails, nothing of it committed,
 *   with what to do instead (TooLongForTransaction);
 * - outside a transaction (no-transaction files), it is sent with `continueAfterTimeout`, and
 *   phasegate waits for the statement to end. It never sends it again: it may still be running,
 *   and running it twice is exactly the harm to avoid.
 */
import { randomBytes } from 'node:crypto';
import type { Logger } from '../../core/log.js';
import { sleep } from '../../core/sleep.js';
import {
  type SqlExecutor,
  type SqlTransaction,
  StatementTimedOut,
  scalar,
} from '../../db/executor.js';
import { keyword, type Token } from '../../sql/lexer.js';
import type { Statement } from '../../sql/split.js';
import { skipWords, wordsAt } from '../../sql/syntax.js';

export interface WaitOptions {
  pollIntervalMs: number;
  signal: AbortSignal;
  log: Logger;
  /** Called on every look while waiting (the no-transaction lease is renewed here). */
  onPoll?: () => Promise<void>;
}

/** Outside a transaction: the statement may run on after the call's 45 s. */
const SEND_ALONE = { continueAfterTimeout: true, noResend: true } as const;
/** Inside a transaction: no continueAfterTimeout (undocumented there); never re-sent. */
const SEND_IN_TRANSACTION = { noResend: true } as const;

/** Raised when the statement failed after its call had already timed out. */
export class FailedInBackground extends Error {
  override readonly name = 'FailedInBackground';
}

/** A statement of a file's transaction ran past the Data API's 45 s and was cancelled. */
export class TooLongForTransaction extends Error {
  override readonly name = 'TooLongForTransaction';
  readonly hint =
    'mark the file -- phasegate:no-transaction (its statements then run on their own and may ' +
    'take longer; they must be safe to run twice), move the long statement into a file of its ' +
    'own marked so, or run this phase with via: pg from a runner inside the VPC';

  constructor() {
    super(
      "it ran longer than the Data API's 45 s call limit, so the Data API cancelled it; inside a " +
        'transaction phasegate cannot let a statement run on (continueAfterTimeout is documented ' +
        'only for statements on their own)',
    );
  }
}

/** Runs one statement of a file's transaction; one past the 45 s limit fails the file. */
export async function executeInTransaction(
  tx: SqlTransaction,
  statement: Statement,
): Promise<void> {
  try {
    await tx.execute(statement.sql, SEND_IN_TRANSACTION);
  } catch (error) {
    if (error instanceof StatementTimedOut) throw new TooLongForTransaction();
    throw error;
  }
}

export type AloneOutcome = 'done' | 'unconfirmed';

/**
 * Runs one statement on its own (no transaction). A leading comment marks it, so that after a
 * timeout it can be found in pg_stat_activity and waited for.
 */
export async function executeAlone(
  executor: SqlExecutor,
  statement: Statement,
  options: WaitOptions,
): Promise<AloneOutcome> {
  const marker = `/* phasegate ${randomBytes(8).toString('hex')} */`;
  try {
    await executor.execute(`${marker} ${statement.sql}`, SEND_ALONE);
    return 'done';
  } catch (error) {
    if (!(error instanceof StatementTimedOut)) throw error;
    announce(statement, options.log);
    await waitForActivity(executor, marker, statement, options);
    return confirmOutcome(executor, statement);
  }
}

function announce(statement: Statement, log: Logger): void {
  log.info(
    `statement ${statement.index} (line ${statement.line}) is still running after the Data API's ` +
      '45 s call limit; waiting for it to finish (it is not sent again)',
  );
}

/** On PGlite this call only returns once the statement has ended: the engine is busy until then. */
async function waitForActivity(
  executor: SqlExecutor,
  marker: string,
  statement: Statement,
  options: WaitOptions,
): Promise<void> {
  for (;;) {
    const running = await executor.execute(
      `SELECT count(*) AS running FROM pg_stat_activity
WHERE pid <> pg_backend_pid() AND state <> 'idle' AND position(:marker in query) = 1`,
      { params: { marker } },
    );
    if (Number(scalar(running) ?? 0) === 0) return;
    options.log.progress(`statement ${statement.index} (line ${statement.line}) still running`);
    await options.onPoll?.();
    await sleep(options.pollIntervalMs, options.signal);
  }
}

/**
 * pg_stat_activity says the statement ended, not how. For CREATE INDEX CONCURRENTLY (the usual
 * long one) the catalog tells: a failed build leaves no index or an INVALID one.
 */
async function confirmOutcome(executor: SqlExecutor, statement: Statement): Promise<AloneOutcome> {
  const index = concurrentIndexName(statement.tokens);
  if (index === undefined) return 'unconfirmed';
  const valid = await executor.execute(
    'SELECT indisvalid AS valid FROM pg_index WHERE indexrelid = to_regclass(:name)',
    { params: { name: index } },
  );
  const state = scalar(valid);
  if (state === true || state === 't') return 'done';
  throw new FailedInBackground(
    state === undefined
      ? `it ended after its call timed out, but index ${index} does not exist: the build failed`
      : `it ended after its call timed out, but index ${index} is INVALID: the build failed ` +
          `(drop it with DROP INDEX CONCURRENTLY ${index} before running the file again)`,
  );
}

/** `CREATE [UNIQUE] INDEX CONCURRENTLY [IF NOT EXISTS] name ON …` → name. */
export function concurrentIndexName(tokens: readonly Token[]): string | undefined {
  if (!wordsAt(tokens, 0, 'CREATE')) return undefined;
  let at = skipWords(tokens, 1, 'UNIQUE');
  if (!wordsAt(tokens, at, 'INDEX', 'CONCURRENTLY')) return undefined;
  at += 2;
  if (wordsAt(tokens, at, 'IF', 'NOT', 'EXISTS')) at += 3;
  const name = tokens[at];
  if (!name || keyword(name) === 'ON') return undefined;
  return name.text;
}
