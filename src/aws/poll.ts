/**
 * The one wait loop for AWS work phasegate starts and then watches (one-off tasks, Run Command
 * invocations): look, and again after an interval, until the work is done or the phase is
 * aborted. A throttled look doubles the interval (up to 30 s) instead of failing; any other error
 * ends the wait.
 */
import { sleep } from '../core/sleep.js';
import { isThrottling } from './ecs/errors.js';
import { slowerInterval } from './ecs/polling.js';

/** `look`'s answer once it is defined; undefined when `signal` aborted first. */
export async function pollUntil<T>(
  look: () => Promise<T | undefined>,
  o: { intervalMs: number; signal: AbortSignal },
): Promise<T | undefined> {
  let interval = o.intervalMs;
  for (;;) {
    try {
      const done = await look();
      if (done !== undefined) return done;
      interval = o.intervalMs;
    } catch (error) {
      if (!o.signal.aborted && !isThrottling(error)) throw error;
      if (isThrottling(error)) interval = slowerInterval(interval);
    }
    if (o.signal.aborted) return undefined;
    // An abort while asleep ends the wait; the caller then stops what it started.
    await sleep(interval, o.signal).catch(() => undefined);
    if (o.signal.aborted) return undefined;
  }
}
