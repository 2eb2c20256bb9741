/** Waiting between two polls of ECS, and slowing the polls down while ECS throttles them. */

/** Throttled polls back off up to this; ECS's Describe* budgets refill within seconds. */
export const MAX_THROTTLED_INTERVAL_MS = 30_000;

/** The interval after one more throttled poll: twice as long, up to the limit. */
export function slowerInterval(ms: number): number {
  return Math.min(MAX_THROTTLED_INTERVAL_MS, ms * 2);
}

/** Resolves true after `ms`, or false as soon as `signal` aborts (at once if it already has). */
export function sleep(ms: number, signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve(false);
    const done = (slept: boolean) => {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      resolve(slept);
    };
    const onAbort = () => done(false);
    const timer = setTimeout(() => done(true), ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
