/** The CLI run in-process with its output captured (the other CLI tests may move to this). */
import type { CliIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';

export async function runCli(argv: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), env };
  const code = await main(argv, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}
