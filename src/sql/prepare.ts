/**
 * Everything phasegate knows about a migrations directory without a database: the files in
 * version order, each split into statements with its transaction mode, and every mistake found
 * on the way (naming, duplicates, unterminated quotes, mixing, ROLLBACK…) as Diagnostics.
 */
import type { Diagnostic } from '../core/errors.js';
import { type MigrationFile, readMigrationDirectory } from './files.js';
import { type SplitResult, splitStatements } from './split.js';
import { type ClassifyOptions, type TransactionMode, transactionMode } from './transactional.js';

export interface PreparedMigration extends MigrationFile, SplitResult {
  transaction: TransactionMode;
}

export interface PreparedDirectory {
  migrations: PreparedMigration[];
  ignored: string[];
  /** Errors stop a run (and fail a plan); warnings are shown. */
  diagnostics: Diagnostic[];
}

function splitDiagnostics(file: MigrationFile, split: SplitResult): Diagnostic[] {
  const problems = split.problems.map(
    (p): Diagnostic => ({
      severity: 'error',
      message: p.message,
      position: { file: file.path, line: p.line, column: p.column },
    }),
  );
  if (split.statements.length > 0) return problems;
  return [
    ...problems,
    {
      // An empty file would be recorded as applied with nothing done: almost always a slip.
      severity: 'error',
      message: `${file.fileName} has no statements`,
      hint: 'write its SQL, or delete the file (an empty file would only be recorded as applied)',
      position: { file: file.path, line: 1, column: 1 },
    },
  ];
}

/** Splits one read file and decides its transaction mode; the diagnostics are this file's only. */
export function prepareMigration(
  file: MigrationFile,
  options: ClassifyOptions = {},
): { migration: PreparedMigration; diagnostics: Diagnostic[] } {
  const split = splitStatements(file.content);
  const transaction = transactionMode(file.path, file.content, split, options);
  const migration: PreparedMigration = { ...file, ...split, transaction };
  return {
    migration,
    diagnostics: [...splitDiagnostics(file, split), ...transaction.diagnostics],
  };
}

/** Reads, splits and classifies every migration in `dir` (see `readMigrationDirectory`). */
export async function prepareMigrations(
  dir: string,
  options: ClassifyOptions = {},
): Promise<PreparedDirectory> {
  const read = await readMigrationDirectory(dir);
  const prepared = read.files.map((file) => prepareMigration(file, options));
  return {
    migrations: prepared.map((p) => p.migration),
    ignored: read.ignored,
    diagnostics: [...read.diagnostics, ...prepared.flatMap((p) => p.diagnostics)],
  };
}
