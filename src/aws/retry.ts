/**
 * The one retry loop for work the world interrupted (throttling after the SDK's own attempts,
 * 5xx, lost connections): try again with a growing pause, a bounded number of times, so a
 * burst of faults is waited out and an outage is reported. Callers say what may be retried
 * (it must be safe to do again) and how to word the retry and the final failure.
 */
import { sleep } from '../core/sleep.js';
import { isWorldFault } from './errors.js';

/** About a minute in all: 200 ms doubling up to 8 s, 12 times. */
export const MAX_RETRIES = 12;
const FIRST_PAUSE_MS = 200;
const MAX_PAUSE_MS = 8000;

export interface RetryOptions {
  signal: AbortSignal;
  /** Which errors mean "try again"; the world's faults by default. */
  retryable?: (error: unknown) => boolean;
  onRetry?: (why: string, retries: number) => void;
  /** The error to throw once the retries are spent; the last error by default. */
  giveUp?: (retries: number, why: string, error: unknown) => unknown;
  firstPauseMs?: number;
}

export async function retryingFaults<T>(attempt: () => Promise<T>, o: RetryOptions): Promise<T> {
  const retryable = o.retryable ?? isWorldFault;
  let pause = o.firstPauseMs ?? FIRST_PAUSE_MS;
  for (let retries = 0; ; retries++) {
    try {
      return await attempt();
    } catch (error) {
      if (o.signal.aborted || !retryable(error)) throw error;
      const why = error instanceof Error ? error.message || error.name : String(error);
      if (retries >= MAX_RETRIES) throw o.giveUp ? o.giveUp(retries, why, error) : error;
      o.onRetry?.(why, retries);
      await sleep(pause, o.signal);
      pause = Math.min(pause * 2, MAX_PAUSE_MS);
    }
  }
}
