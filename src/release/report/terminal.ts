/**
 * The compact phase table the CLI prints at the end of a run (plain text: emoji widths vary). It
 * is where a failure is stated in the terminal, with its hint under the table; the phase's ■ line
 * only says that it failed.
 */
import { type Paint, plain, type Tone } from '../../core/colour.js';
import { formatDuration } from '../../core/duration.js';
import {
  durationOf,
  type PhaseStatus,
  planHasChanges,
  type RunResult,
} from '../../engine/result.js';

const WORD: Record<PhaseStatus, string> = {
  succeeded: 'ok',
  planned: 'planned',
  failed: 'FAILED',
  skipped: 'skipped',
  cancelled: 'cancelled',
  'not-selected': '-',
  'done-earlier': 'done',
};

/** How a status reads on a terminal with colour: the table's words and the ▶/■ lines. */
export const STATUS_TONE: Record<PhaseStatus | 'started', Tone> = {
  started: 'info',
  succeeded: 'good',
  planned: 'info',
  failed: 'bad',
  skipped: 'warn',
  cancelled: 'warn',
  'not-selected': 'dim',
  'done-earlier': 'good',
};

const RUN_TONE: Record<RunResult['status'], Tone> = {
  succeeded: 'good',
  failed: 'bad',
  cancelled: 'warn',
};

export function terminalTable(result: RunResult, paint: Paint = plain): string {
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
  // Padded as plain text, then painted: colour codes take no room on the screen.
  const line = (cells: string[], status?: PhaseStatus) =>
    cells
      .map((c, i) => {
        const padded = i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0);
        return i === 0 && status ? paint(STATUS_TONE[status], c) + padded.slice(c.length) : padded;
      })
      .join('  ')
      .trimEnd();
  const what = result.mode === 'plan' ? 'dry run' : 'release';
  const total = `${what} ${paint(RUN_TONE[result.status], result.status)} in ${formatDuration(result.endedAt - result.startedAt)}${changesNote(result)}`;
  const body = rows.map((r, i) => line(r, result.phases[i]?.status));
  return [line(header), ...body, ...hints(result), '', total].join('\n');
}

/** A dry run that succeeded says whether anything would change (`--detailed-exitcode`: exit 3 when not). */
function changesNote(result: RunResult): string {
  if (result.mode !== 'plan' || result.status !== 'succeeded') return '';
  return planHasChanges(result) ? ': changes to make' : ': nothing would change';
}

/** What to do about each failure, under the table that states it. */
function hints(result: RunResult): string[] {
  const lines = result.phases.flatMap((p) => (p.error?.hint ? [`${p.id}: ${p.error.hint}`] : []));
  return lines.length > 0 ? ['', ...lines] : [];
}
