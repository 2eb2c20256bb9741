/** What a checks phase tells the summary: a table of the checks, and the details of each. */

import type { CheckResult } from '../../checks/kind.js';
import { describeCheck } from '../../checks/kind.js';
import { formatDuration } from '../../core/duration.js';
import { table } from '../../core/markdown.js';
import { type PhasePlan, planItem } from '../../core/plan-view.js';
import { plural } from '../../core/text.js';
import type { ChecksConfig, ListedCheck } from './settings.js';

/** One check's end: its last result, after how many tries and how long. */
export interface CheckOutcome {
  check: ListedCheck;
  result: CheckResult;
  attempts: number;
  durationMs: number;
}

export function outcomeTable(outcomes: readonly CheckOutcome[]): string {
  const rows = outcomes.map(({ check, result, attempts, durationMs }) => [
    result.ok ? '✅' : '❌',
    check.name,
    check.uses,
    String(attempts),
    formatDuration(durationMs),
    result.summary,
  ]);
  return table(['', 'check', 'kind', 'tries', 'duration', 'result'], rows);
}

export function outcomeDetails(outcomes: readonly CheckOutcome[]): string {
  const sections = outcomes
    .filter(({ result }) => result.details)
    .map(
      ({ check, result }) => `#### ${result.ok ? '✅' : '❌'} ${check.name}\n\n${result.details}`,
    );
  return [outcomeTable(outcomes), ...sections].join('\n\n');
}

export function passedSummary(outcomes: readonly CheckOutcome[]): string {
  const retried = outcomes.filter((o) => o.attempts > 1).length;
  const after = retried > 0 ? ` (${plural(retried, 'check')} after retries)` : '';
  return `${outcomes.length}/${outcomes.length} checks passed${after}`;
}

export function failedSummary(outcomes: readonly CheckOutcome[]): string {
  const failed = outcomes.filter((o) => !o.result.ok);
  const names = failed.map((o) => `${o.check.name}: ${o.result.summary}`);
  return `${failed.length} of ${plural(outcomes.length, 'check')} failed: ${names.join('; ')}`;
}

/** The dry run: what each check would look at, and how often it is tried. Checks change nothing. */
export function checksPlan(config: ChecksConfig): PhasePlan {
  const { attempts, interval } = config.retry;
  const retry =
    attempts > 1
      ? `tried up to ${attempts} times, ${formatDuration(interval)} apart`
      : 'tried once';
  const items = config.checks.map((c) =>
    planItem(`${c.name} (${c.uses}): ${describeCheck(c.kind, c.config)}`, [retry]),
  );
  return { changes: false, items };
}
