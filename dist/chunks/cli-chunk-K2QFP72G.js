import { createRequire as __phasegateCreateRequire } from 'node:module';
const require = __phasegateCreateRequire(import.meta.url);
import {
  isThrottling
} from "./cli-chunk-HDFOPGFY.js";
import {
  isWorldFault,
  sleep
} from "./cli-chunk-HAJALABQ.js";

// src/aws/ecs/polling.ts
var MAX_THROTTLED_INTERVAL_MS = 3e4;
function slowerInterval(ms) {
  return Math.min(MAX_THROTTLED_INTERVAL_MS, ms * 2);
}

// src/aws/poll.ts
var MAX_FAILED_LOOKS = 5;
var FailedLooks = class {
  inARow = 0;
  /** True when the wait may go on past `error`: throttling, or a world fault not too often. */
  tolerate(error) {
    if (isThrottling(error)) return true;
    if (!isWorldFault(error)) return false;
    this.inARow += 1;
    return this.inARow < MAX_FAILED_LOOKS;
  }
  /** A look answered: the count starts again. */
  answered() {
    this.inARow = 0;
  }
};
async function pollUntil(look, o) {
  let interval = o.intervalMs;
  const failed = new FailedLooks();
  for (; ; ) {
    try {
      const done = await look();
      failed.answered();
      if (done !== void 0) return done;
      interval = o.intervalMs;
    } catch (error) {
      if (!o.signal.aborted && !failed.tolerate(error)) throw error;
      interval = slowerInterval(interval);
    }
    if (o.signal.aborted) return void 0;
    await sleep(interval, o.signal).catch(() => void 0);
    if (o.signal.aborted) return void 0;
  }
}

export {
  slowerInterval,
  FailedLooks,
  pollUntil
};
