/**
 * Progress lines while a phase waits: kinds report on every poll (every 2 s for ECS), which
 * would flood a log; the engine adds the elapsed time and lets a line through when its text
 * changed or when `everyMs` has passed since the last one.
 */

import { formatDuration } from '../core/duration.js';
import type { Logger } from '../core/log.js';

export function withProgress(
  log: Logger,
  startedAt: number,
  now: () => number,
  everyMs = 10_000,
): Logger {
  let lastText: string | undefined;
  let lastAt = Number.NEGATIVE_INFINITY;
  return {
    info: (m) => log.info(m),
    warning: (m, p) => log.warning(m, p),
    error: (m, p) => log.error(m, p),
    debug: (m) => log.debug(m),
    progress(message) {
      const at = now();
      if (message === lastText && at - lastAt < everyMs) return;
      lastText = message;
      lastAt = at;
      log.progress(`${message} (${formatDuration(at - startedAt)} elapsed)`);
    },
  };
}
