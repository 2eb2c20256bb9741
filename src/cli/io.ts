/** Where the CLI writes and what environment it reads; tests pass their own. */
import type { Secrets } from '../core/secrets.js';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: Record<string, string | undefined>;
  /** Whether each stream takes colour (core/colour.ts colourWanted); absent: plain text. */
  colour?: { stdout: boolean; stderr: boolean };
}

/**
 * The CLI has no runner to mask its output, so every write to stdout and stderr is masked here,
 * as final text: no command, report or error path can print around it.
 */
export function maskedIo(io: CliIo, secrets: Secrets): CliIo {
  return {
    stdout: (text) => io.stdout(secrets.mask(text)),
    stderr: (text) => io.stderr(secrets.mask(text)),
    env: io.env,
    ...(io.colour ? { colour: io.colour } : {}),
  };
}
