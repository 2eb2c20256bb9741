/**
 * The files against the history, before any change: which are applied, which are pending, and
 * what must stop the run (an applied file that changed, a pending file older than the newest
 * applied one). Nothing here touches the database.
 */

import { PhaseFailure } from '../../core/errors.js';
import type { PreparedMigration } from '../../sql/prepare.js';
import type { HistoryRow } from './history.js';
import type { MigrateConfig } from './settings.js';

export interface ChangedFile {
  file: PreparedMigration;
  row: HistoryRow;
}

export interface OutOfOrderFile {
  file: PreparedMigration;
  /** The highest applied version when the check ran. */
  highest: HistoryRow;
}

export interface Comparison {
  applied: HistoryRow[];
  pending: PreparedMigration[];
  changed: ChangedFile[];
  outOfOrder: OutOfOrderFile[];
  /** Applied versions with no file in the directory any more. */
  missing: HistoryRow[];
  /** No-transaction files that failed part-way in an earlier run: they run again. */
  retried: HistoryRow[];
}

export function compareWithHistory(
  files: readonly PreparedMigration[],
  rows: readonly HistoryRow[],
): Comparison {
  const applied = rows.filter((r) => r.success);
  const byVersion = new Map(applied.map((r) => [r.version, r]));
  const fileVersions = new Set(files.map((f) => f.version));
  const highest = applied.reduce<HistoryRow | undefined>(
    (max, r) => (max === undefined || r.version > max.version ? r : max),
    undefined,
  );
  const comparison: Comparison = {
    applied,
    pending: [],
    changed: [],
    outOfOrder: [],
    missing: applied.filter((r) => !fileVersions.has(r.version)),
    retried: rows.filter((r) => !r.success && fileVersions.has(r.version)),
  };
  for (const file of files) {
    const row = byVersion.get(file.version);
    if (row) {
      if (row.checksum !== file.checksum) comparison.changed.push({ file, row });
      continue;
    }
    comparison.pending.push(file);
    if (highest && highest.version > file.version) comparison.outOfOrder.push({ file, highest });
  }
  return comparison;
}

export function changedMessage(change: ChangedFile): string {
  return (
    `${change.file.fileName} changed after it was applied: the history records checksum ` +
    `${change.row.checksum} (applied ${change.row.appliedAt} by ${change.row.appliedBy}), ` +
    `the file now has ${change.file.checksum}`
  );
}

export function outOfOrderMessage(file: PreparedMigration, highestVersion: number): string {
  return (
    `${file.fileName} (version ${file.version}) is pending, but version ${highestVersion} is ` +
    'already applied: applying it now would run it after newer migrations it may conflict with'
  );
}

/** Where a refused run comes from: what the `migrate repair` command for it must name. */
export interface RepairTarget {
  planFile: string;
  phaseId?: string | undefined;
  environment?: string | undefined;
}

/**
 * The exact command that accepts the new checksums for this phase, in the syntax of
 * src/cli/args.ts: `phasegate migrate repair PLAN [--phase ID] [--env ENV]`.
 */
export function repairCommand(target: RepairTarget): string {
  const words = ['phasegate', 'migrate', 'repair', target.planFile];
  if (target.phaseId) words.push('--phase', target.phaseId);
  if (target.environment) words.push('--env', target.environment);
  return words.map(shellWord).join(' ');
}

/** A word as a POSIX shell reads it back unchanged: quoted when it holds anything unusual. */
function shellWord(word: string): string {
  return /^[\w./:@%+=,-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** The repair target of a phase run from a plan. */
export function repairTarget(ctx: {
  plan: { file: string };
  phase?: { id: string } | undefined;
  run: { environment: string };
}): RepairTarget {
  return { planFile: ctx.plan.file, phaseId: ctx.phase?.id, environment: ctx.run.environment };
}

function changedHint(command: string): string {
  return (
    'write a new migration instead of editing an applied one; if the edit was deliberate ' +
    `(a comment, say), accept the new checksum with ${command}, or set repair: true for one run`
  );
}
const OUT_OF_ORDER_HINT =
  'give the file a version above the highest applied one, or set out-of-order: true if it is ' +
  'independent of the newer ones';

/**
 * Every reason to refuse the run, as one-line messages; empty when it may go on. A changed file's
 * message ends with the repair command: the terminal shows a failure's message, not its hint.
 */
export function refusals(
  comparison: Comparison,
  config: Pick<MigrateConfig, 'out-of-order' | 'repair'>,
  target: RepairTarget,
): { messages: string[]; hints: string[] } {
  const messages: string[] = [];
  const hints = new Set<string>();
  if (!config.repair) {
    const command = repairCommand(target);
    for (const change of comparison.changed)
      messages.push(`${changedMessage(change)}; if the edit was deliberate, run ${command}`);
    if (comparison.changed.length > 0) hints.add(changedHint(command));
  }
  if (!config['out-of-order']) {
    for (const o of comparison.outOfOrder)
      messages.push(outOfOrderMessage(o.file, o.highest.version));
    if (comparison.outOfOrder.length > 0) hints.add(OUT_OF_ORDER_HINT);
  }
  return { messages, hints: [...hints] };
}

/** Throws the refusal, listing every reason at once. */
export function refuseIfNeeded(
  comparison: Comparison,
  config: Pick<MigrateConfig, 'out-of-order' | 'repair'>,
  target: RepairTarget,
): void {
  const { messages, hints } = refusals(comparison, config, target);
  if (messages.length === 0) return;
  const first = messages[0] as string;
  throw new PhaseFailure(
    messages.length === 1 ? first : `${messages.length} problems, nothing was applied: ${first}; …`,
    {
      details: `Nothing was applied.\n\n${messages.map((m) => `- ${m}`).join('\n')}`,
      hint: hints.join('; '),
    },
  );
}

/** Inside the lock: what another runner may have done since the first read. */
export type LockedDecision = 'apply' | 'skip';

export function decideInsideLock(
  file: PreparedMigration,
  state: { appliedChecksum: string | undefined; highest: number | undefined },
  config: Pick<MigrateConfig, 'out-of-order'>,
): LockedDecision {
  if (state.appliedChecksum !== undefined) {
    if (state.appliedChecksum === file.checksum) return 'skip';
    throw new PhaseFailure(
      `${file.fileName} was just applied by another runner with a different content: ` +
        `checksum ${state.appliedChecksum} there, ${file.checksum} here`,
      { hint: 'make every runner use the same commit' },
    );
  }
  if (state.highest !== undefined && state.highest > file.version && !config['out-of-order'])
    throw new PhaseFailure(outOfOrderMessage(file, state.highest), { hint: OUT_OF_ORDER_HINT });
  return 'apply';
}

/** What the report mentions without refusing: vanished files, earlier failed attempts. */
export function warningsOf(comparison: Comparison): string[] {
  return [
    ...comparison.missing.map(
      (r) => `version ${r.version} (${r.fileName}) is in the history but its file is gone`,
    ),
    ...comparison.retried.map(
      (r) =>
        `${r.fileName} failed part-way in an earlier run (no transaction): it runs again from its first statement`,
    ),
  ];
}
