/** Durations as people read them in logs and table cells. */
/**
 * A duration measured by AWS's clock (a task's startedAt to stoppedAt), not phasegate's: against
 * the sandbox it is simulated time, said so ("50s simulated") so it is not read next to real ones.
 */
export function formatAwsDuration(ms: number, simulated: boolean | undefined): string {
  return simulated ? `${formatDuration(ms)} simulated` : formatDuration(ms);
}

/** `1h2m`, `3m05s`, `12s`, `850ms`: short enough for a table cell. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  const totalSeconds = Math.round(ms / 1000);
  const h = Math.floor(totalSeconds / 3600);
  const m = Math.floor((totalSeconds % 3600) / 60);
  const s = totalSeconds % 60;
  if (h > 0) return `${h}h${String(m).padStart(2, '0')}m`;
  if (m > 0) return `${m}m${String(s).padStart(2, '0')}s`;
  return `${s}s`;
}
