/**
 * The phase's section of the step summary: the document and targets, one table row per
 * instance (status, response code, duration, how it ended), and each output tail in a code
 * block. The dry-run report says what would run where, and whether each instance is online.
 */
import { formatAwsDuration } from '../../core/duration.js';
import { cell, fenced, table } from '../../core/markdown.js';
import { type PhasePlan, type PlanBlock, planItem } from '../../core/plan-view.js';
import { plural } from '../../core/text.js';
import { durationOf, type Ending, type InvocationView } from './invocations.js';
import type { OutputTail } from './output.js';
import { describeTargets, documentParameters } from './send.js';
import type { SsmCommandConfig } from './settings.js';

export interface Judged {
  invocation: InvocationView;
  ending: Ending;
}

export interface RunSummary {
  region: string;
  config: SsmCommandConfig;
  commandId: string;
  judged: readonly Judged[];
  tails: readonly OutputTail[];
  /** Invocation times are the sandbox's simulated ones (RunInfo.simulatedTime). */
  simulatedTime?: boolean;
}

function consoleLink(region: string, commandId: string): string {
  return `https://${region}.console.aws.amazon.com/systems-manager/run-command/${commandId}?region=${region}`;
}

function header(config: SsmCommandConfig): string[] {
  const version = config['document-version'] ? ` (version ${config['document-version']})` : '';
  const on = config['instance-ids'] ? 'instances' : 'targets';
  return [`**${cell(config.document)}**${version} on ${on} \`${describeTargets(config)}\``];
}

function instanceTable(judged: readonly Judged[], simulated: boolean | undefined): string {
  const rows = judged.map(({ invocation: i, ending }) => {
    const took = durationOf(i);
    return [
      i.instanceId,
      ending.ok ? '✅' : '❌',
      i.details && i.details !== i.status ? `${i.status} (${i.details})` : i.status,
      i.responseCode !== undefined && i.responseCode >= 0 ? String(i.responseCode) : '',
      took !== undefined ? formatAwsDuration(took, simulated) : '',
      ending.words,
    ];
  });
  return table(['instance', '', 'status', 'response code', 'duration', 'how it ended'], rows);
}

function tailSection(tail: OutputTail, limit: number): string[] {
  const title = `**Output of ${tail.instanceId}**`;
  const count = (n: number) => (n === limit ? `last ${limit} lines` : plural(n, 'line'));
  const parts: string[] = [];
  if (tail.stdout.length > 0)
    parts.push(
      `${title}, ${count(tail.stdout.length)} (${tail.source}):`,
      '',
      fenced(tail.stdout.join('\n')),
    );
  if (tail.stderr.length > 0)
    parts.push(
      '',
      `${title}, stderr, ${count(tail.stderr.length)}:`,
      '',
      fenced(tail.stderr.join('\n')),
    );
  if (parts.length === 0) parts.push(`${title}: ${tail.note ?? 'nothing printed'}`);
  else if (tail.note) parts.push('', `_${tail.note}_`);
  return parts;
}

export function runDetails(s: RunSummary): string {
  const link = `command [${s.commandId}](${consoleLink(s.region, s.commandId)})`;
  const parts = [
    [...header(s.config), '', `- ${link}`],
    [instanceTable(s.judged, s.simulatedTime)],
  ];
  for (const tail of s.tails) parts.push(tailSection(tail, s.config['output-lines']));
  return parts.map((p) => p.join('\n')).join('\n\n');
}

/** Instance id → PingStatus, or undefined when SSM does not know it as a managed instance. */
export type Presence = Map<string, string | undefined>;

/** The dry run: the document, its parameters and script, and where it would run. */
export function ssmPlan(config: SsmCommandConfig, presence: Presence | undefined): PhasePlan {
  const version = config['document-version'] ? ` (version ${config['document-version']})` : '';
  const on = config['instance-ids'] ? 'instances' : 'targets';
  const { commands, ...others } = documentParameters(config);
  const facts = Object.entries(others).map(([name, values]) => `${name}: ${values.join(', ')}`);
  if (presence)
    for (const [id, ping] of presence)
      facts.push(`instance ${id}: ${ping ?? 'not a managed instance (no SSM agent registered)'}`);
  else facts.push('the instances are those the targets match when the command is sent');
  const blocks: PlanBlock[] = commands
    ? [{ label: 'commands', language: 'sh', text: commands.join('\n') }]
    : [];
  const line = `${config.document}${version} on ${on} ${describeTargets(config)}`;
  return { changes: true, items: [planItem(line, facts, blocks)] };
}
