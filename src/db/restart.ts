/**
 * Starting transactional work again after a fault on the way: a migration file, the history
 * tables' creation, a sql check's read-only query. Inside a file's transaction nothing is committed until the commit, and the history row is written in
 * the same transaction, so a transaction that a fault interrupted (a call lost in transit, a 5xx,
 * the transaction gone) can be rolled back, or left to expire, and the file started again from
 * its first statement. A commit whose outcome is unknown is settled by the history first
 * (apply.ts). The number of restarts is bounded: a world that keeps failing is reported.
 */
import { isWorldFault } from '../aws/errors.js';
import { PhaseFailure } from '../core/errors.js';
import type { Logger } from '../core/log.js';
import { sleep } from '../core/sleep.js';
import { OutcomeUnknown, TransactionGone } from './executor.js';

/**
 * How many times one piece of work is started again before the run gives up, with a growing
 * pause between tries (FIRST_PAUSE_MS doubling up to MAX_PAUSE_MS, about a minute in all): a
 * burst of faults is waited out, an outage is reported.
 */
export const MAX_RESTARTS = 12;
const FIRST_PAUSE_MS = 200;
const MAX_PAUSE_MS = 8000;

/** A transaction that ended without committing for a reason that is not the file's. */
export class FileInterrupted extends Error {
  override readonly name = 'FileInterrupted';
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

/** Runs `attempt` again while it is interrupted by a fault, at most MAX_RESTARTS times. */
export async function restartingOnFaults<T>(
  what: string,
  attempt: () => Promise<T>,
  options: { log: Logger; signal: AbortSignal; firstPauseMs?: number },
): Promise<T> {
  let pause = options.firstPauseMs ?? FIRST_PAUSE_MS;
  for (let restarts = 0; ; restarts++) {
    try {
      return await attempt();
    } catch (error) {
      if (options.signal.aborted || !interruptsTransaction(error)) throw error;
      const why = error instanceof Error ? error.message : String(error);
      if (restarts >= MAX_RESTARTS) throw gaveUp(what, restarts, why);
      options.log.info(`${what}: interrupted (${why}); nothing was committed, starting again`);
      await sleep(pause, options.signal);
      pause = Math.min(pause * 2, MAX_PAUSE_MS);
    }
  }
}

function gaveUp(what: string, restarts: number, why: string): PhaseFailure {
  return new PhaseFailure(
    `${what}: interrupted ${restarts + 1} times by faults on the way to the database (last: ${why}); nothing of it was committed`,
    {
      hint: 'run the phase again; if it keeps failing, check the AWS Health Dashboard and the cluster',
    },
  );
}
