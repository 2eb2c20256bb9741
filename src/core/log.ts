/**
 * Where phasegate's log lines go: the Actions log (with `::group::`, annotations) or a terminal.
 * Kinds and the engine write through this interface only, so both front ends behave alike.
 */
import type { Position } from './errors.js';

export interface Logger {
  info(message: string): void;
  warning(message: string, position?: Position): void;
  error(message: string, position?: Position): void;
  debug(message: string): void;
  /** A progress line while waiting: what is being waited on. The engine adds elapsed time. */
  progress(message: string): void;
}

/** Collects lines in memory; tests use it and the engine uses it to group a phase's log. */
export class MemoryLogger implements Logger {
  readonly lines: {
    level: 'info' | 'warning' | 'error' | 'debug' | 'progress';
    message: string;
    position?: Position;
  }[] = [];

  info(message: string): void {
    this.lines.push({ level: 'info', message });
  }
  warning(message: string, position?: Position): void {
    this.lines.push({ level: 'warning', message, ...(position ? { position } : {}) });
  }
  error(message: string, position?: Position): void {
    this.lines.push({ level: 'error', message, ...(position ? { position } : {}) });
  }
  debug(message: string): void {
    this.lines.push({ level: 'debug', message });
  }
  progress(message: string): void {
    this.lines.push({ level: 'progress', message });
  }

  text(): string {
    return this.lines
      .map((l) => (l.level === 'info' ? l.message : `${l.level}: ${l.message}`))
      .join('\n');
  }
}
