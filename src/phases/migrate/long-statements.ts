/**
 * Statements that outlast the Data API's call limit: "the Data API cancels a call after 45 s"
 * unless it is sent with `continueAfterTimeout`, in which case the statement runs on and the call
 * answers StatementTimeoutException. Migration statements (DDL, backfills) are always sent that
 * way, and after such an answer phasegate waits for the statement to end. It never sends the
 * statement again: it may still be running, and running it twice is exactly the harm to avoid.
 */
import { randomBytes } from 'node:crypto';
import type { Logger } from '../../core/log.js';
import { sleep } from '../../core/sleep.js';
import {
  type SqlExecutor,
  type SqlTransaction,
  StatementTimedOut,
  scalar,
  TransactionBusy,
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

const SEND = { continueAfterTimeout: true, noResend: true } as const;

/** Raised when the statement failed after its call had already timed out. */
export class FailedInBackground extends Error {
  override readonly name = 'FailedInBackground';
}

/** Runs one statement of a file's transaction, waiting out a timed-out call. */
export async function executeInTransaction(
  tx: SqlTransaction,
  statement: Statement,
  options: WaitOptions,
): Promise<void> {
  try {
    await tx.execute(statement.sql, SEND);
  } catch (error) {
    if (!(error instanceof StatementTimedOut)) throw error;
    announce(statement, options.log);
    await waitInTransaction(tx, statement, options);
  }
}

/**
 * The transaction itself says when its statement is done: a call on it answers "Transaction is
 * still running a query" until then; afterwards it succeeds, or fails when the statement failed
 * (an error ends a Data API transaction).
 */
async function waitInTransaction(
  tx: SqlTransaction,
  statement: Statement,
  options: WaitOptions,
): Promise<void> {
  for (;;) {
    await sleep(options.pollIntervalMs, options.signal);
    await options.onPoll?.();
    try {
      await tx.execute('SELECT 1');
      options.log.info(`statement ${statement.index} finished`);
      return;
    } catch (error) {
      if (error instanceof TransactionBusy) {
        options.log.progress(`statement ${statement.index} (line ${statement.line}) still running`);
        continue;
      }
      const why = error instanceof Error ? error.message : String(error);
      throw new FailedInBackground(`it failed after its call timed out (${why})`);
    }
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
    await executor.execute(`${marker} ${statement.sql}`, SEND);
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
