/**
 * Timeouts and cancellation. Each phase gets its own AbortSignal that fires on its timeout or
 * when the whole run is cancelled (SIGINT/SIGTERM from a cancelled workflow). Kinds are asked to
 * stop through the signal; the engine waits a short grace for them to release locks, then stops
 * waiting regardless, so a cancelled run always ends promptly.
 */
import { formatDuration } from '../core/duration.js';

export class PhaseTimeout extends Error {
  override readonly name = 'PhaseTimeout';
  constructor(readonly ms: number) {
    super(`timed out after ${formatDuration(ms)}`);
  }
}

export class RunCancelled extends Error {
  override readonly name = 'RunCancelled';
  constructor(readonly why = 'the run was cancelled') {
    super(why);
  }
}

/** A signal that aborts when `parent` does or after `timeoutMs`; call `dispose` when done. */
export function phaseSignal(
  parent: AbortSignal,
  timeoutMs: number,
): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  const onParent = () => controller.abort(parent.reason);
  if (parent.aborted) onParent();
  parent.addEventListener('abort', onParent, { once: true });
  const timer = setTimeout(() => controller.abort(new PhaseTimeout(timeoutMs)), timeoutMs);
  return {
    signal: controller.signal,
    dispose() {
      clearTimeout(timer);
      parent.removeEventListener('abort', onParent);
    },
  };
}

/**
 * Settles like `work`, except that once `signal` aborts, `work` has `graceMs` to settle before
 * this rejects with the abort reason: a kind that ignores its signal cannot hold the run up.
 */
export function settleWithin<T>(
  work: Promise<T>,
  signal: AbortSignal,
  graceMs: number,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let timer: NodeJS.Timeout | undefined;
    const onAbort = () => {
      timer = setTimeout(() => reject(signal.reason), graceMs);
    };
    const finish = () => {
      if (timer) clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
    };
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => {
        finish();
        resolve(value);
      },
      (error: unknown) => {
        finish();
        reject(error);
      },
    );
  });
}
