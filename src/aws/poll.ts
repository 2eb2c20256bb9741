/**
 * The one wait loop for AWS work phasegate starts and then watches (one-off tasks, Run Command
 * invocations): look, and again after an interval, until the work is done or the phase is
 * aborted. A throttled look doubles the interval (up to 30 s) instead of failing, and a look the
 * world's faults failed (after the SDK's own attempts) is looked past a few times in a row
 * (FailedLooks); any other error ends the wait.
 */
import { sleep } from '../core/sleep.js';
import { isThrottling } from './ecs/errors.js';
import { slowerInterval } from './ecs/polling.js';
import { isWorldFault } from './errors.js';

/**
 * Looks in a row that may fail on a 5xx or a lost connection before a wait gives up. A look is
 * a read, safe to make again; each failed one already had the SDK's 8 attempts, so a burst of
 * faults is waited out and an outage is still reported, explained.
 */
export const MAX_FAILED_LOOKS = 5;

export class FailedLooks {
  private inARow = 0;

  /** True when the wait may go on past `error`: throttling, or a world fault not too often. */
  tolerate(error: unknown): boolean {
    if (isThrottling(error)) return true;
    if (!isWorldFault(error)) return false;
    this.inARow += 1;
    return this.inARow < MAX_FAILED_LOOKS;
  }

  /** A look answered: the count starts again. */
  answered(): void {
    this.inARow = 0;
  }
}

/** `look`'s answer once it is defined; undefined when `signal` aborted first. */
export async function pollUntil<T>(
  look: () => Promise<T | undefined>,
  o: { intervalMs: number; signal: AbortSignal },
): Promise<T | undefined> {
  let interval = o.intervalMs;
  const failed = new FailedLooks();
  for (;;) {
    try {
      const done = await look();
      failed.answered();
      if (done !== undefined) return done;
      interval = o.intervalMs;
    } catch (error) {
      if (!o.signal.aborted && !failed.tolerate(error)) throw error;
      interval = slowerInterval(interval);
    }
    if (o.signal.aborted) return undefined;
    // An abort while asleep ends the wait; the caller then stops what it started.
    await sleep(interval, o.signal).catch(() => undefined);
    if (o.signal.aborted) return undefined;
  }
}
