/** `phasegate sandbox`: serve until Ctrl-C, after printing the exports that point clients at it. */
import { exportLines, startSandbox } from '../sandbox/index.js';
import type { Command } from './args.js';
import type { CliIo } from './io.js';

export async function serveSandbox(
  command: Extract<Command, { name: 'sandbox' }>,
  io: CliIo,
): Promise<number> {
  const sandbox = await startSandbox({
    ...(command.port !== undefined ? { port: command.port } : {}),
    ...(command.scenario ? { scenario: command.scenario } : {}),
    ...(command.database ? { databaseUrl: command.database } : {}),
  });
  io.stdout(`${exportLines(sandbox)}\n`);
  io.stderr(
    `# sandbox listening on ${sandbox.url}; paste the lines above into a shell. Ctrl-C stops it.\n`,
  );
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await sandbox.close();
  return 0;
}
