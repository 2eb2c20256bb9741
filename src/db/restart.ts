/**
 * Starting transactional work again after a fault on the way: a migration file, the history
 * tables' creation, a sql check's read-only query. Inside a file's transaction nothing is committed until the commit, and the history row is written in
 * the same transaction, so a transaction that a fault interrupted (a call lost in transit, a 5xx,
 * the transaction gone) can be rolled back, or left to expire, and the file started again from
 * its first statement. A commit whose outcome is unknown is settled by the history first
 * (apply.ts). The number of restarts is bounded: a world that keeps failing is reported.
 */
import { isWorldFault } from '../aws/errors.js';
import { retryingFaults } from '../aws/retry.js';
import { PhaseFailure } from '../core/errors.js';
import type { Logger } from '../core/log.js';
import { OutcomeUnknown, StatementTimedOut, TransactionGone } from './executor.js';

/** A transaction that ended without committing for a reason that is not the file's. */
export class FileInterrupted extends Error {
  override readonly name = 'FileInterrupted';
}

/**
 * phasegate's own short statements in a transaction (history, lock state, the tables' DDL): one
 * past the Data API's 45 s call limit was held up by the cluster or a lock. Rolled back, nothing
 * of it is committed, so the work starts again (FileInterrupted), bounded by restartingOnFaults.
 */
export function interruptedIfTimedOut(error: unknown): unknown {
  return error instanceof StatementTimedOut
    ? new FileInterrupted(
        "phasegate's own statement ran past the Data API's 45 s call limit and was rolled back",
      )
    : error;
}

/** Faults after which nothing of the transaction is committed and the work may start again. */
export function interruptsTransaction(error: unknown): boolean {
  return (
    error instanceof FileInterrupted ||
    error instanceof OutcomeUnknown ||
    error instanceof TransactionGone ||
    isWorldFault(error)
  );
}

/** Runs `attempt` again while it is interrupted by a fault, at most MAX_RETRIES times. */
export function restartingOnFaults<T>(
  what: string,
  attempt: () => Promise<T>,
  options: { log: Logger; signal: AbortSignal; firstPauseMs?: number },
): Promise<T> {
  return retryingFaults(attempt, {
    signal: options.signal,
    retryable: interruptsTransaction,
    onRetry: (why) =>
      options.log.info(`${what}: interrupted (${why}); nothing was committed, starting again`),
    giveUp: (restarts, why) => gaveUp(what, restarts, why),
    ...(options.firstPauseMs !== undefined ? { firstPauseMs: options.firstPauseMs } : {}),
  });
}

function gaveUp(what: string, restarts: number, why: string): PhaseFailure {
  return new PhaseFailure(
    `${what}: interrupted ${restarts + 1} times by faults on the way to the database (last: ${why}); nothing of it was committed`,
    {
      hint: 'run the phase again; if it keeps failing, check the AWS Health Dashboard and the cluster',
    },
  );
}
