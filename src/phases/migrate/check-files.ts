/**
 * At validation: the migrations directory a migrate phase names, read by the same reader the
 * run uses (sql/prepare.ts): naming, duplicates, encoding, empty files, unterminated quotes,
 * dollar quotes and comments, transaction modes, and the lint with the phase's `fail-on`.
 *
 * No AWS call, so no history: validation cannot tell an applied file from a pending one. Lint
 * findings are therefore warnings here, those of `fail-on` rules saying that the run refuses them
 * while the file is pending; refusing them here would refuse forever a file applied before the
 * rule was added (its text cannot change: its checksum is recorded). `plan` knows the history
 * and refuses exactly the pending ones.
 */
import { type Diagnostic, UserError } from '../../core/errors.js';
import { locate, shownPath } from '../../core/paths.js';
import { isPlainObject, isTemplate } from '../../core/shape.js';
import type { FileCheckContext } from '../../plan/catalog.js';
import {
  findingToDiagnostic,
  LINT_RULE_IDS,
  type LintFinding,
  type LintRuleId,
  lintMigrations,
} from '../../sql/lint.js';
import { prepareMigrations } from '../../sql/prepare.js';

const DEFAULT_DIRECTORY = 'migrations';

export async function checkMigrationFiles(
  settings: unknown,
  context: FileCheckContext,
): Promise<Diagnostic[]> {
  if (!isPlainObject(settings)) return [];
  const written = settings.directory;
  const directory = written ?? DEFAULT_DIRECTORY;
  // A directory written as a template is known only when the phase runs; it reads it then.
  if (typeof directory !== 'string' || isTemplate(directory)) return [];
  const found = await locate(directory, context.planFile, {
    kind: 'directory',
    name: 'the migrations directory',
  }).catch((e: unknown) => (e instanceof UserError ? e : Promise.reject(e)));
  if (found instanceof UserError) return [missingDirectory(found, written, context)];
  const prepared = await prepareMigrations(shownPath(found));
  const findings = lintMigrations(
    prepared.migrations.map((m) => ({ path: m.path, statements: m.statements })),
    { failOn: failOnOf(settings['fail-on']) },
  );
  return [...prepared.diagnostics, ...findings.map(asWarning)];
}

function asWarning(finding: LintFinding): Diagnostic {
  const d = findingToDiagnostic({ ...finding, severity: 'warning' });
  if (finding.severity !== 'error') return d;
  return {
    ...d,
    hint: `${d.hint}; the run refuses it while this file is pending (${finding.rule} is in fail-on): rewrite the statement before it is applied, or remove ${finding.rule} from fail-on`,
  };
}

function missingDirectory(
  error: UserError,
  written: unknown,
  context: FileCheckContext,
): Diagnostic {
  const hint = written
    ? error.hint
    : `${error.hint}; without directory: the phase reads ${DEFAULT_DIRECTORY}/ (write directory: PATH)`;
  return {
    severity: 'error',
    message: error.message,
    position: context.at(written === undefined ? [] : ['directory']),
    ...(hint ? { hint } : {}),
  };
}

/** The rule ids of `fail-on` (the settings shape has refused any other value already). */
function failOnOf(value: unknown): LintRuleId[] {
  const ids: readonly string[] = LINT_RULE_IDS;
  return Array.isArray(value)
    ? value.filter((id): id is LintRuleId => typeof id === 'string' && ids.includes(id))
    : [];
}
