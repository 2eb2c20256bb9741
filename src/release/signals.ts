/**
 * A cancelled workflow sends SIGINT, then SIGTERM, then kills the process a few seconds later
 * (7.5 s between the first signal and the kill, per GitHub's docs). On the first signal the run
 * is aborted: phases stop waiting and release their locks, the record says cancelled. A hard
 * exit 9 s later guarantees the process never outlives the runner's patience.
 */
import { RunCancelled } from '../engine/abort.js';

export function cancelOnSignals(hardExitMs = 9000): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  const onSignal = (name: NodeJS.Signals) => {
    if (controller.signal.aborted) return;
    controller.abort(new RunCancelled(`the run was cancelled (${name})`));
    setTimeout(() => process.exit(130), hardExitMs).unref();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    signal: controller.signal,
    dispose() {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}
