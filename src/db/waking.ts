/**
 * A cluster can pause or fail over at any moment of a run, not only before its first call. This
 * wraps an executor so that every call that is safe to repeat waits the cluster out (the same
 * back-off and `resume-timeout` as the wake-up): statements, BeginTransaction, rollbacks.
 *
 * A statement is repeated only after DatabaseAsleep, i.e. DatabaseResumingException ("a request
 * was cancelled because the DB instance was paused", AWS) or DatabaseUnavailableException ("the
 * writer instance isn't available"): both are answers that the call was refused, so the statement
 * did not run. Every other failure is passed on untouched, and commits are never repeated here:
 * whether a refused commit happened is checked against the history (see apply.ts).
 */
import {
  DatabaseAsleep,
  type QueryResult,
  type SqlExecutor,
  type SqlTransaction,
  type StatementOptions,
  TransactionGone,
} from './executor.js';
import { type WakeOptions, whileWaking } from './resume.js';

/**
 * The transaction ended while the cluster was unavailable (a failover drops open transactions):
 * nothing of it was committed, so the work can start again in a new transaction.
 */
export class TransactionLostWhileAsleep extends TransactionGone {}

export function wakingExecutor(executor: SqlExecutor, wake: WakeOptions): SqlExecutor {
  return {
    via: executor.via,
    get target() {
      return executor.target;
    },
    execute: (sql, options) => waking(sql, () => executor.execute(sql, options), wake, options),
    begin: async () =>
      wakingTransaction(await whileWaking('BeginTransaction', () => executor.begin(), wake), wake),
    close: () => executor.close(),
  };
}

function wakingTransaction(tx: SqlTransaction, wake: WakeOptions): SqlTransaction {
  let slept = false;
  const noting =
    <T>(work: () => Promise<T>) =>
    async () => {
      try {
        return await work();
      } catch (error) {
        if (error instanceof DatabaseAsleep) slept = true;
        else if (
          slept &&
          error instanceof TransactionGone &&
          !(error instanceof TransactionLostWhileAsleep)
        )
          throw new TransactionLostWhileAsleep(error.message);
        throw error;
      }
    };
  return {
    execute: (sql, options) =>
      waking(
        sql,
        noting(() => tx.execute(sql, options)),
        wake,
        options,
      ),
    commit: noting(() => tx.commit()),
    rollback: () => whileWaking('RollbackTransaction', () => tx.rollback(), wake),
  };
}

function waking(
  sql: string,
  work: () => Promise<QueryResult>,
  wake: WakeOptions,
  options: StatementOptions = {},
): Promise<QueryResult> {
  // Clean-up runs after a cancel, when waiting is no longer wanted.
  if (options.cleanup) return work();
  return whileWaking(firstWords(sql), work, wake);
}

function firstWords(sql: string): string {
  const text = sql
    .replace(/\/\*.*?\*\//gs, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
