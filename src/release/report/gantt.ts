/**
 * The phase timeline as a mermaid gantt chart, which GitHub renders in step summaries. Times are
 * made relative to the run's start so the axis reads as elapsed minutes:seconds.
 */
import type { PhaseResult, RunResult } from '../../engine/result.js';

const TAG: Partial<Record<PhaseResult['status'], string>> = {
  failed: 'crit, ',
  cancelled: 'crit, ',
  succeeded: 'done, ',
};

export function ganttChart(result: RunResult): string {
  const started = result.phases.filter((p) => p.startedAt !== undefined && p.endedAt !== undefined);
  if (started.length === 0) return '';
  const rows = started.map((p, i) => {
    const from = (p.startedAt ?? 0) - result.startedAt;
    // A phase that took under a second would be invisible; give it one second of width.
    const to = Math.max((p.endedAt ?? 0) - result.startedAt, from + 1000);
    return `    ${label(p.name)} :${TAG[p.status] ?? ''}p${i}, ${from}, ${to}`;
  });
  const axis = result.endedAt - result.startedAt >= 3_600_000 ? '%H:%M' : '%M:%S';
  return ['```mermaid', 'gantt', '    dateFormat x', `    axisFormat ${axis}`, ...rows, '```'].join(
    '\n',
  );
}

/** Mermaid reads `:`, `#` and `;` in a task name as syntax. */
function label(name: string): string {
  return name.replace(/[:#;]/g, ' ').replace(/\s+/g, ' ').trim() || 'phase';
}
