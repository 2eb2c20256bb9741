/**
 * The phase's section of the step summary: the task definition and where it ran, one table row
 * per task (exit code, reason, duration, console link), and each task's log tail in a code
 * block. The dry-run report says the same about what would run.
 */

import { taskLink } from '../../aws/ecs/links.js';
import { formatAwsDuration } from '../../core/duration.js';
import { cell } from '../../core/markdown.js';
import { type PhasePlan, planItem } from '../../core/plan-view.js';
import { plural, shortTaskId } from '../../core/text.js';
import type { LogTail } from './logs.js';
import { describePlacement, type Placement } from './network.js';
import type { TaskOutcome } from './outcome.js';
import type { EcsRunTaskConfig } from './settings.js';
import type { ResolvedDefinition } from './task-definition.js';

export interface RunSummary {
  region: string;
  config: EcsRunTaskConfig;
  definition: ResolvedDefinition;
  placement: Placement;
  outcomes: readonly TaskOutcome[];
  tails: readonly LogTail[];
  /** Task times are the sandbox's simulated ones (RunInfo.simulatedTime). */
  simulatedTime?: boolean;
  /** Tasks ECS refused to start (RunTask failures), as one line. */
  launchFailures?: string;
}

const SOURCE: Record<ResolvedDefinition['source'], string> = {
  registered: '',
  unchanged: ' (the file matches this revision: nothing registered)',
  'new-revision': ' (registered from the file by this run)',
  'would-register': ' (would be registered: the file differs from the latest revision)',
  'not-known-yet': ' (known once the earlier phase has run)',
};

function header(s: Pick<RunSummary, 'config' | 'definition' | 'placement'>): string[] {
  const { config, definition } = s;
  const tasks = plural(config.count, 'task');
  return [
    `**${definition.label}**${SOURCE[definition.source]}, ${tasks} on cluster \`${config.cluster}\``,
    '',
    `- network: ${describePlacement(s.placement)}`,
    ...overrideLines(config),
  ];
}

function overrideLines(config: EcsRunTaskConfig): string[] {
  const o = config.overrides;
  if (!o) return [];
  const lines: string[] = [];
  const on = config.container ? ` (container ${config.container})` : '';
  if (o.command) lines.push(`- command${on}: \`${o.command.join(' ')}\``);
  if (o.environment) lines.push(`- environment${on}: ${Object.keys(o.environment).join(', ')}`);
  for (const [name, c] of Object.entries(o.containers ?? {})) {
    if (c.command) lines.push(`- command (container ${name}): \`${c.command.join(' ')}\``);
    if (c.environment)
      lines.push(`- environment (container ${name}): ${Object.keys(c.environment).join(', ')}`);
  }
  if (o.cpu || o.memory)
    lines.push(
      `- task size: ${[o.cpu && `cpu ${o.cpu}`, o.memory && `memory ${o.memory}`].filter(Boolean).join(', ')}`,
    );
  return lines;
}

function table(s: RunSummary): string[] {
  const rows = s.outcomes.map((o) =>
    [
      `[${shortTaskId(o.id)}](${taskLink(s.region, s.config.cluster, o.id)})`,
      o.ok ? '✅' : '❌',
      cell(o.container),
      cell(o.exitCode),
      cell(o.reason),
      o.durationMs !== undefined ? formatAwsDuration(o.durationMs, s.simulatedTime) : '',
    ].join(' | '),
  );
  return [
    '| task | | container | exit code | how it ended | duration |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r} |`),
  ];
}

/** A fence longer than any run of backticks in the text, so log lines cannot close it. */
function fenced(lines: readonly string[]): string[] {
  const longest = Math.max(
    0,
    ...lines.map((l) => Math.max(0, ...(l.match(/`+/g) ?? []).map((m) => m.length))),
  );
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return [`${fence}text`, ...lines, fence];
}

function tailSection(tail: LogTail, limit: number): string[] {
  const where = tail.stream ? ` (\`${tail.group}\` › \`${tail.stream}\`)` : '';
  const title = `**Log of \`${tail.container}\` in task ${shortTaskId(tail.taskId)}**${where}`;
  if (tail.lines.length === 0) return [`${title}: ${tail.note ?? 'no lines'}`];
  const count =
    tail.lines.length === limit ? `last ${limit} lines` : plural(tail.lines.length, 'line');
  return [`${title}, ${count}:`, '', ...fenced(tail.lines)];
}

export function runDetails(s: RunSummary): string {
  const parts = [header(s), table(s)];
  if (s.launchFailures) parts.push([`ECS could not start every task: ${s.launchFailures}`]);
  for (const tail of s.tails) parts.push(tailSection(tail, s.config['log-lines']));
  return parts.map((p) => p.join('\n')).join('\n\n');
}

export function planDetails(s: Pick<RunSummary, 'config' | 'definition' | 'placement'>): string {
  return header(s).join('\n');
}

/**
 * The dry run as a reviewer reads it: the task definition it would run, where, and what the
 * overrides change. Running a task is always a change (it runs whatever the task does).
 */
export function runTaskPlan(s: Pick<RunSummary, 'config' | 'definition' | 'placement'>): PhasePlan {
  const { config, definition } = s;
  const line = `${plural(config.count, 'task')} of ${definition.label} on cluster ${config.cluster}${SOURCE[definition.source]}`;
  const facts = [
    `network: ${describePlacement(s.placement)}`,
    ...overrideLines(config).map((l) => l.replace(/^- /, '').replaceAll('`', '')),
  ];
  return { changes: true, items: [planItem(line, facts)] };
}
