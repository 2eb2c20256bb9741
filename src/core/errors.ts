/**
 * Two kinds of failure, kept apart on purpose (as codeql-action's ConfigurationError does):
 * a UserError is something the user can fix (bad plan, failed gate, access denied) and is
 * reported as one clear message with exit code 2; anything else is a bug and shows its stack.
 */

import { plural } from './text.js';

/** Where in a file a mistake is, 1-based like editors and GitHub annotations. */
export interface Position {
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

/** One mistake in a user's file: what is wrong, where, and what to write instead. */
export interface Diagnostic {
  message: string;
  hint?: string;
  position?: Position;
  severity: 'error' | 'warning';
}

export class UserError extends Error {
  override readonly name: string = 'UserError';
  readonly hint: string | undefined;

  constructor(message: string, hint?: string) {
    super(message);
    this.hint = hint;
  }
}

/** A plan (or other user file) with mistakes; carries all of them so they are reported at once. */
export class InvalidFileError extends UserError {
  override readonly name = 'InvalidFileError';
  readonly diagnostics: Diagnostic[];

  constructor(diagnostics: Diagnostic[]) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    super(`${plural(errors.length, 'mistake')} found`);
    this.diagnostics = diagnostics;
  }
}

/**
 * An expected failure a kind explains (rollout FAILED, migration refused): reported without a
 * stack, with the kind's details in the summary. Any other exception from a kind is a bug.
 */
export class PhaseFailure extends UserError {
  override readonly name = 'PhaseFailure';
  readonly details: string | undefined;
  readonly outputs: Record<string, string>;
  /** What AWS goes on doing after the phase stopped waiting: "ECS goes on rolling out …". */
  readonly goesOn: string | undefined;

  constructor(
    message: string,
    options: {
      details?: string;
      outputs?: Record<string, string>;
      hint?: string;
      goesOn?: string;
      /** The AWS error this failure explains (see aws/errors.ts couldNotLook). */
      cause?: unknown;
    } = {},
  ) {
    super(message, options.hint);
    if (options.cause !== undefined) this.cause = options.cause;
    this.details = options.details;
    this.outputs = options.outputs ?? {};
    this.goesOn = options.goesOn;
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}

/** `file:line:column: message (hint)`, the form editors and terminals turn into links. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.position ? `${d.position.file}:${d.position.line}:${d.position.column}: ` : '';
  const hint = d.hint ? `\n    ${d.hint}` : '';
  return `${where}${d.severity}: ${d.message}${hint}`;
}

/** The one wording of "this is a bug". */
export const BUG_NOTE = 'this is a bug in phasegate, please report it';

/** A bug, with the stack to report. */
export function bugReport(error: unknown, what = 'phasegate hit an unexpected error'): string {
  const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return `${what}; ${BUG_NOTE}:\n${stack}`;
}
