/** Log lines in a terminal: live, prefixed with the phase id, secrets masked. */
import type { Position } from '../core/errors.js';
import type { Logger } from '../core/log.js';
import type { Secrets } from '../core/secrets.js';

export class TerminalLog implements Logger {
  constructor(
    private readonly id: string,
    private readonly write: (line: string) => void,
    private readonly secrets: Secrets,
    private readonly verbose = false,
  ) {}

  info(message: string): void {
    this.line(message);
  }
  warning(message: string, position?: Position): void {
    this.line(`warning: ${where(position)}${message}`);
  }
  error(message: string, position?: Position): void {
    this.line(`error: ${where(position)}${message}`);
  }
  debug(message: string): void {
    if (this.verbose) this.line(`debug: ${message}`);
  }
  progress(message: string): void {
    this.line(message);
  }

  private line(message: string): void {
    for (const line of this.secrets.mask(message).split('\n')) this.write(`[${this.id}] ${line}\n`);
  }
}

function where(position: Position | undefined): string {
  return position ? `${position.file}:${position.line}:${position.column}: ` : '';
}
