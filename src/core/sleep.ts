/** The one abortable wait. Every poll, back-off and retry interval in phasegate sleeps here. */

/**
 * Resolves after `ms`; rejects with the signal's reason as soon as it aborts (at once if it
 * already has), so a cancelled or timed-out phase stops waiting without a further poll.
 */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
