/**
 * What a migrate phase tells the summary: the files applied (version, name, statements, duration,
 * short checksum), the files still pending or skipped, repaired checksums, lint findings and
 * warnings; and the outputs `applied`, `pending` and `current-version`.
 */

import { type PhasePlan, planItem } from '../../core/plan-view.js';
import { plural } from '../../core/text.js';
import { shortChecksum as short } from '../../sql/files.js';
import type { LintFinding } from '../../sql/lint.js';
import type { PreparedMigration } from '../../sql/prepare.js';
import type { PhaseReport } from '../kind.js';
import type { ChangedFile } from './compare.js';
import type { MigrateOutput } from './outputs.js';

export interface AppliedFile {
  file: PreparedMigration;
  durationMs: number;
  /** Statements whose outcome could not be confirmed after a timeout (no-transaction files). */
  unconfirmed?: number[];
}

export interface MigrateSummary {
  /** "documents on arn:…" and "public.phasegate_schema_history". */
  target: string;
  history: string;
  applied: AppliedFile[];
  skipped: { file: PreparedMigration; reason: string }[];
  pending: PreparedMigration[];
  repaired: ChangedFile[];
  findings: LintFinding[];
  warnings: string[];
  currentVersion: number | undefined;
}

export function emptySummary(target: string, history: string): MigrateSummary {
  return {
    target,
    history,
    applied: [],
    skipped: [],
    pending: [],
    repaired: [],
    findings: [],
    warnings: [],
    currentVersion: undefined,
  };
}

export function outputsOf(summary: MigrateSummary): Record<MigrateOutput, string> {
  return {
    applied: String(summary.applied.length),
    pending: String(summary.pending.length),
    'current-version': summary.currentVersion === undefined ? '' : String(summary.currentVersion),
  };
}

export function runReport(summary: MigrateSummary): PhaseReport {
  const n = summary.applied.length;
  const headline =
    n === 0
      ? 'up to date'
      : `${plural(n, 'file')} applied (${plural(totalStatements(summary), 'statement')})`;
  return {
    summary: `${headline}, version ${summary.currentVersion ?? 'none'}`,
    outputs: outputsOf(summary),
    details: details(summary, `**${headline}** on ${summary.target}.`),
  };
}

export function planReport(summary: MigrateSummary): PhaseReport {
  const n = summary.pending.length;
  const statements = summary.pending.reduce((sum, f) => sum + f.statements.length, 0);
  const headline =
    n === 0
      ? 'up to date, nothing to apply'
      : `would apply ${plural(n, 'file')} (${plural(statements, 'statement')})`;
  return {
    summary: headline,
    outputs: outputsOf(summary),
    plan: migratePlan(summary),
  };
}

/**
 * The history's current version, then each pending file: its SQL, its mode and its lint
 * findings. Repaired checksums and warnings are facts of the history line.
 */
function migratePlan(summary: MigrateSummary): PhasePlan {
  const history = planItem(
    `history ${summary.history} on ${summary.target}: current version ${summary.currentVersion ?? 'none'}`,
    [
      ...summary.repaired.map(
        (r) =>
          `would repair the checksum of ${r.file.fileName}: ${short(r.row.checksum)} → ${short(r.file.checksum)}`,
      ),
      ...summary.warnings.map((w) => `warning: ${w}`),
    ],
  );
  const files = summary.pending.map((f) => {
    const findings = summary.findings.filter((x) => x.file === f.path);
    return planItem(
      `${f.fileName}: version ${f.version}, ${plural(f.statements.length, 'statement')}, ${modeText(f)}`,
      findings.map(
        (x) =>
          `lint ${x.severity} ${x.rule} line ${x.line} (statement ${x.statement}): ${x.message}`,
      ),
      [{ label: 'SQL', language: 'sql', text: f.content.trimEnd() }],
    );
  });
  return {
    changes: summary.pending.length > 0 || summary.repaired.length > 0,
    items: [history, ...files],
  };
}

function modeText(f: PreparedMigration): string {
  if (f.transaction.mode === 'transaction') return 'in one transaction';
  return f.transaction.declared
    ? 'outside a transaction (phasegate:no-transaction)'
    : 'outside a transaction (a statement that cannot run in one)';
}

function totalStatements(summary: MigrateSummary): number {
  return summary.applied.reduce((sum, a) => sum + a.file.statements.length, 0);
}

export function details(summary: MigrateSummary, headline: string): string {
  const sections = [
    `${headline} History: \`${summary.history}\`, current version: ${summary.currentVersion ?? 'none'}.`,
    appliedTable(summary.applied),
    fileList('Pending', summary.pending),
    skippedList(summary.skipped),
    repairedList(summary.repaired),
    findingList(summary.findings),
    summary.warnings.length > 0
      ? `**Warnings**\n\n${summary.warnings.map((w) => `- ${w}`).join('\n')}`
      : '',
  ];
  return sections.filter((s) => s !== '').join('\n\n');
}

function appliedTable(applied: readonly AppliedFile[]): string {
  if (applied.length === 0) return '';
  const rows = applied.map(
    (a) =>
      `| ${a.file.version} | \`${a.file.fileName}\` | ${a.file.statements.length} | ` +
      `${seconds(a.durationMs)} | \`${short(a.file.checksum)}\` | ${a.file.transaction.mode}` +
      `${a.unconfirmed ? ` (outcome of statement ${a.unconfirmed.join(', ')} unconfirmed)` : ''} |`,
  );
  return [
    '| version | file | statements | duration | checksum | mode |',
    '| ---: | --- | ---: | ---: | --- | --- |',
    ...rows,
  ].join('\n');
}

function fileList(title: string, files: readonly PreparedMigration[]): string {
  if (files.length === 0) return '';
  const lines = files.map(
    (f) =>
      `- \`${f.fileName}\`: ${plural(f.statements.length, 'statement')}` +
      `${f.transaction.mode === 'no-transaction' ? ', outside a transaction' : ''}, checksum \`${short(f.checksum)}\``,
  );
  return `**${title}**\n\n${lines.join('\n')}`;
}

function skippedList(skipped: MigrateSummary['skipped']): string {
  if (skipped.length === 0) return '';
  return `**Skipped**\n\n${skipped.map((s) => `- \`${s.file.fileName}\`: ${s.reason}`).join('\n')}`;
}

function repairedList(repaired: readonly ChangedFile[]): string {
  if (repaired.length === 0) return '';
  const lines = repaired.map(
    (r) =>
      `- \`${r.file.fileName}\`: checksum \`${short(r.row.checksum)}\` → \`${short(r.file.checksum)}\``,
  );
  return `**Checksums repaired**\n\n${lines.join('\n')}`;
}

function findingList(findings: readonly LintFinding[]): string {
  if (findings.length === 0) return '';
  const lines = findings.map(
    (f) =>
      `- ${f.severity === 'error' ? '**error**' : 'warning'} \`${f.rule}\` ${fileOf(f.file)}:${f.line} ` +
      `(statement ${f.statement}): ${f.message}. \`${f.excerpt.replace(/`/g, "'")}\``,
  );
  return `**Lint**\n\n${lines.join('\n')}`;
}

function fileOf(path: string): string {
  return path.split(/[\\/]/).at(-1) ?? path;
}

function seconds(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}
