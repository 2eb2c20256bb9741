/**
 * The read-only first half shared by plan, run and repair: read the files, wake the cluster (and
 * learn its version), read the history once, compare, and lint the pending files.
 */

import { PhaseFailure } from '../../core/errors.js';
import type { Logger } from '../../core/log.js';
import type { SqlExecutor } from '../../db/executor.js';
import { interruptedIfTimedOut, restartingOnFaults } from '../../db/restart.js';
import { wakeUp, whileWaking } from '../../db/resume.js';
import { findingToDiagnostic, type LintFinding, lintMigrations } from '../../sql/lint.js';
import type { PreparedDirectory } from '../../sql/prepare.js';
import { type Comparison, compareWithHistory } from './compare.js';
import { classifyForServer, loadMigrations } from './directory.js';
import { type HistoryRow, readHistory } from './history.js';
import type { MigrateConfig, TableNames } from './settings.js';

export interface Inspection {
  prepared: PreparedDirectory;
  /** Undefined when the history table does not exist yet. */
  rows: HistoryRow[] | undefined;
  comparison: Comparison;
  findings: LintFinding[];
}

export interface InspectDeps {
  config: MigrateConfig;
  planFile: string;
  executor: SqlExecutor;
  names: TableNames;
  log: Logger;
  signal: AbortSignal;
}

export async function inspect(deps: InspectDeps): Promise<Inspection> {
  const loaded = await loadMigrations(deps.config.directory, deps.planFile, deps.log);
  const wake = {
    timeoutMs: deps.config['resume-timeout'],
    firstBackoffMs: deps.config['poll-interval'],
    signal: deps.signal,
    log: deps.log,
  };
  // Both reads are safe to repeat: one that a fault (or a timeout under load) interrupted is.
  const again = <T>(what: string, read: () => Promise<T>) =>
    restartingOnFaults(what, () => read().catch((e) => Promise.reject(interruptedIfTimedOut(e))), {
      log: deps.log,
      signal: deps.signal,
    });
  const serverMajorVersion = await again('waking the cluster', () => wakeUp(deps.executor, wake));
  deps.log.debug(`${deps.executor.target}: PostgreSQL ${serverMajorVersion ?? 'version unknown'}`);
  const prepared = classifyForServer(loaded, serverMajorVersion, deps.log);
  const rows = await again('reading the history', () =>
    whileWaking('reading the history', () => readHistory(deps.executor, deps.names), wake),
  );
  const comparison = compareWithHistory(prepared.migrations, rows ?? []);
  const findings = lintMigrations(
    comparison.pending.map((f) => ({ path: f.path, statements: f.statements })),
    { failOn: deps.config['fail-on'] },
  );
  for (const finding of findings.filter((f) => f.severity === 'warning')) {
    const d = findingToDiagnostic(finding);
    deps.log.warning(d.message, d.position);
  }
  return { prepared, rows, comparison, findings };
}

/** Findings of rules listed in `fail-on` stop the run (and fail the plan) before any change. */
export function refuseFindings(findings: readonly LintFinding[], details: string): void {
  const errors = findings.filter((f) => f.severity === 'error');
  if (errors.length === 0) return;
  const first = errors[0] as LintFinding;
  const where = `${first.file.split(/[\\/]/).at(-1)}: statement ${first.statement} (line ${first.line})`;
  throw new PhaseFailure(
    `refused by fail-on [${first.rule}]: ${where}: ${first.message}` +
      (errors.length > 1 ? ` (and ${errors.length - 1} more)` : ''),
    {
      details: `Nothing was applied.\n\n${details}`,
      hint: `rewrite the statement, or remove ${first.rule} from fail-on if it is intended`,
    },
  );
}

export function highestVersion(rows: readonly HistoryRow[]): number | undefined {
  const versions = rows.filter((r) => r.success).map((r) => r.version);
  return versions.length === 0 ? undefined : Math.max(...versions);
}
