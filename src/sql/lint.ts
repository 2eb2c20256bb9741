/**
 * The plan/dry-run lint: dangerous statements in the pending files, as warnings, or as errors
 * for the rule ids listed in the phase's `fail-on` setting. A migration that re-runs
 * `DROP TABLE IF EXISTS … CASCADE` (the original CA-A2A file) is the case it exists for.
 */
import type { Diagnostic } from '../core/errors.js';
import { createdTable, type LintRuleId, newTableTracker, RULES } from './lint-rules.js';
import type { Statement } from './split.js';

export { LINT_RULE_IDS, type LintRuleId } from './lint-rules.js';

/** One line per rule, for the docs, the settings schema's description and `--help`. */
export const LINT_RULE_DESCRIPTIONS: Readonly<Record<LintRuleId, string>> = {
  'drop-table': 'DROP TABLE: the table and its rows are gone',
  'drop-column': 'ALTER TABLE … DROP COLUMN: the column and its data are gone',
  'drop-schema': 'DROP SCHEMA',
  'drop-database': 'DROP DATABASE',
  truncate: 'TRUNCATE: every row is deleted',
  'delete-without-where': 'DELETE without a WHERE clause',
  'update-without-where': 'UPDATE without a WHERE clause',
  'alter-column-type': 'ALTER COLUMN … TYPE on an existing table (rewrite under an exclusive lock)',
  'set-not-null':
    'ALTER COLUMN … SET NOT NULL on an existing table (full scan under an exclusive lock)',
  'add-column-not-null-without-default':
    'ADD COLUMN … NOT NULL without DEFAULT on an existing table (fails when it has rows)',
  'create-index-without-concurrently':
    'CREATE INDEX without CONCURRENTLY on an existing table (blocks writes while it builds)',
};

export interface LintFinding {
  rule: LintRuleId;
  /** 'error' when the rule is in `fail-on`. */
  severity: 'warning' | 'error';
  file: string;
  /** The statement's 1-based number in the file. */
  statement: number;
  /** Where the offending keyword is (for ALTER TABLE, the offending action). */
  line: number;
  column: number;
  /** The statement on one line, shortened. */
  excerpt: string;
  message: string;
}

export interface LintFile {
  /** The path shown in findings. */
  path: string;
  statements: readonly Statement[];
}

export interface LintOptions {
  /** Rule ids whose findings are errors rather than warnings. */
  failOn?: readonly LintRuleId[];
  /** Tables created by pending files that run before these (their indexes need no CONCURRENTLY). */
  createdBefore?: Iterable<string>;
}

const EXCERPT_LENGTH = 100;

export function excerpt(sql: string, length = EXCERPT_LENGTH): string {
  const oneLine = sql.replace(/\s+/g, ' ').trim();
  return oneLine.length <= length ? oneLine : `${oneLine.slice(0, length - 1)}…`;
}

/**
 * Lints one file. Returns the findings and the tables the file creates, so that the next
 * pending file knows them as new; `lintMigrations` threads them through a whole pending set.
 */
export function lintFile(
  file: LintFile,
  options: LintOptions = {},
): { findings: LintFinding[]; createdTables: string[] } {
  const failOn = new Set(options.failOn ?? []);
  const tracker = newTableTracker(options.createdBefore ?? []);
  const findings: LintFinding[] = [];
  const createdTables: string[] = [];
  for (const statement of file.statements) {
    for (const hit of RULES.flatMap((rule) => rule(statement.tokens, tracker))) {
      findings.push({
        rule: hit.rule,
        severity: failOn.has(hit.rule) ? 'error' : 'warning',
        file: file.path,
        statement: statement.index,
        line: hit.token.line,
        column: hit.token.column,
        excerpt: excerpt(statement.sql),
        message: hit.message,
      });
    }
    const created = createdTable(statement.tokens);
    if (created !== undefined) {
      tracker.add(created);
      createdTables.push(created);
    }
  }
  return { findings, createdTables };
}

/** Lints the pending files in the order they will run. */
export function lintMigrations(
  files: readonly LintFile[],
  options: Omit<LintOptions, 'createdBefore'> = {},
): LintFinding[] {
  const created: string[] = [];
  return files.flatMap((file) => {
    const result = lintFile(file, { ...options, createdBefore: created });
    created.push(...result.createdTables);
    return result.findings;
  });
}

export function findingToDiagnostic(finding: LintFinding): Diagnostic {
  return {
    severity: finding.severity,
    message: `[${finding.rule}] statement ${finding.statement}: ${finding.message}`,
    hint: `${finding.excerpt}${finding.severity === 'error' ? ` (refused: ${finding.rule} is in fail-on)` : ''}`,
    position: { file: finding.file, line: finding.line, column: finding.column },
  };
}
