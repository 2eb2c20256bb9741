/**
 * The Actions log. Phases may run side by side, and `::group::` markers cannot interleave, so a
 * phase's lines are kept and printed inside its own group when it ends; progress lines,
 * warnings and errors are printed at once (prefixed with the phase id) so a watcher sees life.
 */
import * as core from '@actions/core';
import type { Position } from '../core/errors.js';
import type { Logger } from '../core/log.js';
import type { Secrets } from '../core/secrets.js';

export class PhaseGroupLog implements Logger {
  private readonly lines: string[] = [];

  constructor(
    private readonly id: string,
    private readonly secrets: Secrets,
  ) {}

  info(message: string): void {
    this.lines.push(this.secrets.mask(message));
  }

  warning(message: string, position?: Position): void {
    const text = this.secrets.mask(message);
    this.lines.push(`warning: ${text}`);
    core.warning(`[${this.id}] ${text}`, annotation(position));
  }

  error(message: string, position?: Position): void {
    const text = this.secrets.mask(message);
    this.lines.push(`error: ${text}`);
    core.error(`[${this.id}] ${text}`, annotation(position));
  }

  debug(message: string): void {
    core.debug(this.secrets.mask(`[${this.id}] ${message}`));
  }

  progress(message: string): void {
    const text = this.secrets.mask(message);
    this.lines.push(text);
    core.info(`[${this.id}] ${text}`);
  }

  flush(title: string): void {
    core.startGroup(this.secrets.mask(title));
    for (const line of this.lines) core.info(line);
    core.endGroup();
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
