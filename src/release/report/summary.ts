/**
 * The step summary: what a release manager and a stakeholder read after the run. The same
 * markdown goes to `core.summary` in the action and to `--summary FILE` in the CLI.
 */

import { formatDuration } from '../../core/duration.js';
import { BUG_NOTE } from '../../core/errors.js';
import { cell, escapeHtml, fenced } from '../../core/markdown.js';
import { shownPath } from '../../core/paths.js';
import type { PhasePlan } from '../../core/plan-view.js';
import { oneLine, plural } from '../../core/text.js';
import {
  durationOf,
  type PhaseError,
  type PhaseResult,
  type PhaseStatus,
  planHasChanges,
  type RunResult,
} from '../../engine/result.js';
import type { RunInfo } from '../../plan/types.js';
import { ganttChart } from './gantt.js';
import { planMarkdown } from './plan-view.js';

/** GitHub refuses a step summary over 1 MiB; stay clearly below it. */
export const SUMMARY_LIMIT_BYTES = 1_000_000;

export const STATUS_ICON: Record<PhaseStatus, string> = {
  succeeded: '✅',
  planned: '📝',
  failed: '❌',
  skipped: '⏭️',
  cancelled: '🚫',
  'not-selected': '➖',
  'done-earlier': '☑️',
};

const RUN_ICON = { succeeded: '✅', failed: '❌', cancelled: '🚫' } as const;

export interface SummaryInput {
  result: RunResult;
  run: RunInfo;
  planFile: string;
  /** The phase graph (plan/graph.ts graphText), shown in a dry run's summary. */
  graph?: string;
}

export function renderSummary(input: SummaryInput, limitBytes = SUMMARY_LIMIT_BYTES): string {
  const order =
    input.graph && input.result.mode === 'plan'
      ? [`**Order** (phases on one line may run side by side)\n\n${fenced(input.graph, 'text')}`]
      : [];
  const head = [
    header(input),
    phaseTable(input.result.phases),
    ...order,
    ganttChart(input.result),
  ].join('\n\n');
  const sections = input.result.phases.filter(hasSection).map(phaseSection);
  return fitWithin(head, sections, limitBytes);
}

function header({ result, run, planFile }: SummaryInput): string {
  const verb = result.mode === 'plan' ? 'dry run' : 'release';
  const title = `## ${RUN_ICON[result.status]} ${run.app} ${run.version} → ${run.environment}: ${verb} ${result.status}`;
  const facts = [
    `**Version** ${run.currentVersion ? `${run.currentVersion} → ${run.version}` : `${run.version} (first recorded)`}`,
    ...(run.commit ? [`**Commit** \`${run.commit.slice(0, 7)}\``] : []),
    ...(result.mode === 'plan' && result.status === 'succeeded'
      ? [`**Changes** ${planHasChanges(result) ? 'yes' : 'none'}`]
      : []),
    `**Duration** ${formatDuration(result.endedAt - result.startedAt)}`,
    `**Plan** \`${shownPath(planFile)}\``,
    ...(run.runUrl ? [`**Run** [${runLabel(run.runUrl)}](${run.runUrl})`] : []),
    ...(run.actor ? [`**By** ${run.actor}`] : []),
  ];
  const failed = result.failedPhase
    ? result.phases.find((p) => p.id === result.failedPhase)
    : undefined;
  const why = failed ? [`> **${failed.name}** failed: ${oneLine(failed.summary)}`] : [];
  // What the environment runs now comes first after a failure: "production is back on web:9".
  const now = result.phases.flatMap((p) =>
    p.rollback?.status === 'succeeded' ? [`> ↩️ ${oneLine(p.rollback.summary)}`] : [],
  );
  // A cancelled run: which phases were stopped while they ran, and what AWS goes on doing.
  const stopped = result.phases
    .filter((p) => p.error?.kind === 'cancelled')
    .map(
      (p) =>
        `> 🚫 **${p.name}** cancelled: ${oneLine(p.summary)}${p.error?.goesOn ? '; check them or re-run' : ''}`,
    );
  const bug = result.bug
    ? [`> ⚠️ phasegate hit an unexpected error: ${BUG_NOTE}, with the log.`]
    : [];
  return [title, ...now, ...why, ...stopped, facts.join(' · '), ...bug].join('\n\n');
}

/** `#42`, or `#42 attempt 2` for a re-run. */
function runLabel(url: string): string {
  const m = /\/runs\/(\d+)(?:\/attempts\/(\d+))?/.exec(url);
  return m ? `#${m[1]}${m[2] ? ` attempt ${m[2]}` : ''}` : url;
}

function phaseTable(phases: PhaseResult[]): string {
  const rows = phases.map((p) => {
    const duration = durationOf(p);
    return `| ${STATUS_ICON[p.status]} | ${cell(p.name)} | \`${p.uses}\` | ${duration === undefined ? '' : formatDuration(duration)} | ${cell(p.summary)} |`;
  });
  return ['| | Phase | Kind | Duration | Result |', '|---|---|---|---|---|', ...rows].join('\n');
}

function hasSection(p: PhaseResult): boolean {
  return Boolean(
    shownPlan(p) ||
      p.details ||
      p.gates.length ||
      p.error ||
      p.rollback ||
      Object.keys(p.outputs).length,
  );
}

/** A dry run's reviewable plan, when the kind gave one (else its details are shown). */
function shownPlan(p: PhaseResult): PhasePlan | undefined {
  return p.plan && (p.plan.items.length > 0 || p.plan.couldNotLook) ? p.plan : undefined;
}

function phaseSection(p: PhaseResult): string {
  const duration = durationOf(p);
  const parts = [
    p.error ? errorBlock(p) : '',
    shownPlan(p) ? planMarkdown(shownPlan(p) as PhasePlan) : (p.details ?? ''),
    p.gates.length ? gateList(p) : '',
    p.rollback
      ? `**Rollback** ${p.rollback.status === 'succeeded' ? '↩️' : '❌'} ${p.rollback.summary}${p.rollback.details ? `\n\n${p.rollback.details}` : ''}`
      : '',
    Object.keys(p.outputs).length ? outputList(p.outputs) : '',
  ].filter(Boolean);
  const title = `${STATUS_ICON[p.status]} ${escapeHtml(p.name)}${duration === undefined ? '' : ` (${formatDuration(duration)})`}`;
  return `<details${p.status === 'failed' ? ' open' : ''}>\n<summary>${title}</summary>\n\n${parts.join('\n\n')}\n\n</details>`;
}

const ERROR_LABEL: Record<PhaseError['kind'], string> = {
  failure: 'Failed',
  gate: 'Failed',
  timeout: 'Failed',
  cancelled: 'Cancelled',
  bug: 'Bug',
};

function errorBlock(p: PhaseResult): string {
  const e = p.error;
  if (!e) return '';
  const hint = e.hint ? `\n\n${e.hint}` : '';
  const stack = e.stack ? `\n\n\`\`\`\n${e.stack}\n\`\`\`` : '';
  return `**${ERROR_LABEL[e.kind]}**: ${e.message}${hint}${stack}`;
}

function gateList(p: PhaseResult): string {
  return p.gates
    .map(
      (g) =>
        `- ${g.ok ? '✅' : '❌'} gate ${g.when}: **${escapeHtml(g.name)}** (\`${g.uses}\`): ${oneLine(g.summary)}`,
    )
    .join('\n');
}

function outputList(outputs: Record<string, string>): string {
  const rows = Object.entries(outputs).map(([k, v]) => `| \`${k}\` | ${cell(v)} |`);
  return ['| Output | Value |', '|---|---|', ...rows].join('\n');
}

/** Keeps the header, table and chart; adds phase sections while they fit, then says what was cut. */
function fitWithin(head: string, sections: string[], limitBytes: number): string {
  const note = (n: number) =>
    `\n\n> ✂️ ${plural(n, 'phase section was', 'phase sections were')} left out to stay under GitHub's 1 MiB summary limit; the job log has them in full.`;
  let out = head;
  for (const [i, section] of sections.entries()) {
    const next = `${out}\n\n${section}`;
    if (bytes(next) + bytes(note(sections.length - i)) > limitBytes)
      return out + note(sections.length - i);
    out = next;
  }
  if (bytes(out) > limitBytes)
    return `${truncateBytes(out, limitBytes - 200)}\n\n> ✂️ truncated at GitHub's 1 MiB summary limit.`;
  return out;
}

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

function truncateBytes(text: string, max: number): string {
  return Buffer.from(text, 'utf8')
    .subarray(0, Math.max(0, max))
    .toString('utf8')
    .replace(/\uFFFD$/, '');
}
