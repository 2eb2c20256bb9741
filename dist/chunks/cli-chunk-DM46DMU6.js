import { createRequire as __phasegateCreateRequire } from 'node:module';
const require = __phasegateCreateRequire(import.meta.url);
import {
  RunCancelled
} from "./cli-chunk-5S4WVAEV.js";

// src/release/signals.ts
function cancelOnSignals(hardExitMs = 9e3) {
  const controller = new AbortController();
  const onSignal = (name) => {
    if (controller.signal.aborted) return;
    controller.abort(new RunCancelled(`the run was cancelled (${name})`));
    setTimeout(() => process.exit(130), hardExitMs).unref();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  return {
    signal: controller.signal,
    dispose() {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
    }
  };
}

export {
  cancelOnSignals
};
