/**
 * The phase timeline as a mermaid gantt chart, which GitHub renders in step summaries. Times are
 * made relative to the run's start so the axis reads as elapsed time. Mermaid's gantt syntax
 * (docs/gantt.md) takes `dateFormat x` as a "Unix ms timestamp" and `%L` in `axisFormat` as
 * "milliseconds as a decimal number [000, 999]", so bars keep their real length to the
 * millisecond: a 47 ms phase is a sliver that ends before the next phase starts, never a padded
 * second that overlaps it.
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
    // A bar needs an end after its start; 1 ms is the finest the format has.
    const to = Math.max((p.endedAt ?? 0) - result.startedAt, from + 1);
    return `    ${label(p.name)} :${TAG[p.status] ?? ''}p${i}, ${from}, ${to}`;
  });
  const axis = axisFormat(result.endedAt - result.startedAt);
  return ['```mermaid', 'gantt', '    dateFormat x', `    axisFormat ${axis}`, ...rows, '```'].join(
    '\n',
  );
}

/** Ticks a reader can tell apart: milliseconds for a run of seconds, hours for a long one. */
function axisFormat(spanMs: number): string {
  if (spanMs >= 3_600_000) return '%H:%M';
  if (spanMs < 10_000) return '%S.%L';
  return '%M:%S';
}

/** Mermaid reads `:`, `#` and `;` in a task name as syntax. */
function label(name: string): string {
  return name.replace(/[:#;]/g, ' ').replace(/\s+/g, ' ').trim() || 'phase';
}
