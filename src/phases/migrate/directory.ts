/**
 * Reads the phase's migrations directory: every file split and classified, every mistake in the
 * files (naming, duplicates, unterminated quotes, mixed transaction modes) reported at once
 * before the database is touched.
 */
import { type Diagnostic, formatDiagnostic, PhaseFailure } from '../../core/errors.js';
import type { Logger } from '../../core/log.js';
import { locate, shownPath } from '../../core/paths.js';
import { type PreparedDirectory, prepareMigration, prepareMigrations } from '../../sql/prepare.js';

export async function loadMigrations(
  directory: string,
  planFile: string,
  log: Logger,
): Promise<PreparedDirectory> {
  const found = await locate(directory, planFile, {
    kind: 'directory',
    name: 'the migrations directory',
  });
  const prepared = await prepareMigrations(found);
  const errors = prepared.diagnostics.filter((d) => d.severity === 'error');
  for (const warning of prepared.diagnostics.filter((d) => d.severity === 'warning'))
    log.warning(warning.message, warning.position);
  // Each mistake in the log with its file:line, not only in the summary.
  for (const error of errors) log.error(formatDiagnostic(error), error.position);
  if (errors.length > 0) throw filesRefused(errors);
  return prepared;
}

/**
 * Files are first classified for PostgreSQL 12 and later (every supported Aurora version), so
 * their mistakes show before the database is reached. On an older server `ALTER TYPE … ADD VALUE`
 * cannot run in a transaction block: the files are classified again for it, and only what that
 * changes is reported.
 */
export function classifyForServer(
  prepared: PreparedDirectory,
  serverMajorVersion: number | undefined,
  log: Logger,
): PreparedDirectory {
  if (serverMajorVersion === undefined || serverMajorVersion >= 12) return prepared;
  const seen = new Set(prepared.diagnostics.map(diagnosticKey));
  const again = prepared.migrations.map((m) => prepareMigration(m, { serverMajorVersion }));
  const fresh = again.flatMap((p) => p.diagnostics).filter((d) => !seen.has(diagnosticKey(d)));
  for (const warning of fresh.filter((d) => d.severity === 'warning'))
    log.warning(warning.message, warning.position);
  const errors = fresh.filter((d) => d.severity === 'error');
  // Each mistake in the log with its file:line, not only in the summary.
  for (const error of errors) log.error(formatDiagnostic(error), error.position);
  if (errors.length > 0) throw filesRefused(errors);
  return {
    ...prepared,
    migrations: again.map((p) => p.migration),
    diagnostics: [...prepared.diagnostics, ...fresh],
  };
}

function diagnosticKey(d: Diagnostic): string {
  return JSON.stringify([d.severity, d.message, d.position]);
}

function filesRefused(errors: Diagnostic[]): PhaseFailure {
  const first = errors[0] as Diagnostic;
  const where = first.position ? `${shownPath(first.position.file)}:${first.position.line}: ` : '';
  const summary =
    errors.length === 1
      ? `a migration file is refused: ${where}${first.message}`
      : `${errors.length} problems in the migration files, first: ${where}${first.message}`;
  return new PhaseFailure(summary, {
    details: ['Nothing was applied.', '', '```', ...errors.map(formatDiagnostic), '```'].join('\n'),
    ...(first.hint ? { hint: first.hint } : {}),
  });
}
