/**
 * The Actions log. Phases may run side by side, and `::group::` markers cannot interleave, so a
 * phase's lines are kept and printed inside its own group when it ends; progress lines,
 * warnings and errors are printed at once (prefixed with the phase id) so a watcher sees life.
 * Masking happens in the sinks, on the final line.
 */
import type * as core from '@actions/core';
import type { Position } from '../core/errors.js';
import type { Logger } from '../core/log.js';
import type { ActionSinks } from './sinks.js';

export class PhaseGroupLog implements Logger {
  private readonly lines: string[] = [];

  constructor(
    private readonly id: string,
    private readonly out: ActionSinks,
  ) {}

  info(message: string): void {
    // Kept masked: a line must not sit unmasked in memory until the group is printed.
    this.lines.push(this.out.secrets.mask(message));
  }

  warning(message: string, position?: Position): void {
    this.lines.push(this.out.secrets.mask(`warning: ${message}`));
    this.out.warning(`[${this.id}] ${message}`, annotation(position));
  }

  error(message: string, position?: Position): void {
    this.lines.push(this.out.secrets.mask(`error: ${message}`));
    this.out.error(`[${this.id}] ${message}`, annotation(position));
  }

  debug(message: string): void {
    this.out.debug(`[${this.id}] ${message}`);
  }

  progress(message: string): void {
    this.lines.push(this.out.secrets.mask(message));
    this.out.info(`[${this.id}] ${message}`);
  }

  flush(title: string): void {
    this.out.startGroup(title);
    for (const line of this.lines) this.out.info(line);
    this.out.endGroup();
  }
}

/** Lines about the whole release (the lease, the record): printed at once, outside any group. */
export class LiveLog implements Logger {
  constructor(
    private readonly id: string,
    private readonly out: ActionSinks,
  ) {}

  info(message: string): void {
    this.out.info(`[${this.id}] ${message}`);
  }
  warning(message: string, position?: Position): void {
    this.out.warning(`[${this.id}] ${message}`, annotation(position));
  }
  error(message: string, position?: Position): void {
    this.out.error(`[${this.id}] ${message}`, annotation(position));
  }
  debug(message: string): void {
    this.out.debug(`[${this.id}] ${message}`);
  }
  progress(message: string): void {
    this.out.info(`[${this.id}] ${message}`);
  }
}

export function annotation(position: Position | undefined): core.AnnotationProperties {
  if (!position) return {};
  return {
    file: position.file,
    startLine: position.line,
    startColumn: position.column,
    ...(position.endLine ? { endLine: position.endLine } : {}),
    ...(position.endColumn && position.endLine === position.line
      ? { endColumn: position.endColumn }
      : {}),
  };
}
