/**
 * Reads the phase's migrations directory: every file split and classified, every mistake in the
 * files (naming, duplicates, unterminated quotes, mixed transaction modes) reported at once
 * before the database is touched.
 */
import { stat } from 'node:fs/promises';
import { dirname, isAbsolute, resolve } from 'node:path';
import { type Diagnostic, formatDiagnostic } from '../../errors.js';
import { type PreparedDirectory, prepareMigrations } from '../../migrate/prepare.js';
import type { Logger } from '../../report/log.js';
import { PhaseFailure } from '../kind.js';

/**
 * A relative directory is looked up in the working directory first (the repository root in
 * GitHub Actions), then next to the plan file.
 */
export async function locateDirectory(directory: string, planFile: string): Promise<string> {
  if (isAbsolute(directory)) return directory;
  const candidates = [resolve(directory), resolve(dirname(planFile), directory)];
  for (const candidate of candidates) {
    const found = await stat(candidate).catch(() => undefined);
    if (found?.isDirectory()) return candidate;
  }
  throw new PhaseFailure(`the migrations directory ${directory} was not found`, {
    hint: `looked at ${[...new Set(candidates)].join(' and ')}`,
  });
}

export async function loadMigrations(
  directory: string,
  planFile: string,
  log: Logger,
): Promise<PreparedDirectory> {
  const found = await locateDirectory(directory, planFile);
  const prepared = await prepareMigrations(found);
  const errors = prepared.diagnostics.filter((d) => d.severity === 'error');
  for (const warning of prepared.diagnostics.filter((d) => d.severity === 'warning'))
    log.warning(warning.message, warning.position);
  if (errors.length > 0) throw filesRefused(errors);
  return prepared;
}

function filesRefused(errors: Diagnostic[]): PhaseFailure {
  const first = errors[0] as Diagnostic;
  const summary =
    errors.length === 1
      ? `a migration file is refused: ${first.message}`
      : `${errors.length} problems in the migration files, first: ${first.message}`;
  return new PhaseFailure(summary, {
    details: ['Nothing was applied.', '', '```', ...errors.map(formatDiagnostic), '```'].join('\n'),
    ...(first.hint ? { hint: first.hint } : {}),
  });
}
