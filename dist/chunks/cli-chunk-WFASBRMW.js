import { createRequire as __phasegateCreateRequire } from 'node:module';
const require = __phasegateCreateRequire(import.meta.url);
import {
  isWorldFault,
  sleep
} from "./cli-chunk-HAJALABQ.js";

// src/aws/retry.ts
var MAX_RETRIES = 12;
var FIRST_PAUSE_MS = 200;
var MAX_PAUSE_MS = 8e3;
async function retryingFaults(attempt, o) {
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

export {
  retryingFaults
};
