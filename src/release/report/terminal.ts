/** The compact phase table the CLI prints at the end of a run (plain text: emoji widths vary). */
import { formatDuration } from '../../core/duration.js';
import { durationOf, type PhaseStatus, type RunResult } from '../../engine/result.js';

const WORD: Record<PhaseStatus, string> = {
  succeeded: 'ok',
  planned: 'planned',
  failed: 'FAILED',
  skipped: 'skipped',
  cancelled: 'cancelled',
  'not-selected': '-',
  'done-earlier': 'done',
};

export function terminalTable(result: RunResult): string {
  const rows = result.phases.map((p) => {
    const d = durationOf(p);
    return [
      WORD[p.status],
      p.id,
      p.uses,
      d === undefined ? '' : formatDuration(d),
      p.summary.split('\n')[0] ?? '',
    ];
  });
  const header = ['status', 'phase', 'kind', 'time', 'result'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const what = result.mode === 'plan' ? 'dry run' : 'release';
  const total = `${what} ${result.status} in ${formatDuration(result.endedAt - result.startedAt)}`;
  return [line(header), ...rows.map(line), '', total].join('\n');
}
