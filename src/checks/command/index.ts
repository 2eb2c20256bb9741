/**
 * The `command` check: runs a program on the runner itself (a smoke-test script, a client the
 * team already has against a public URL) and judges its exit code and output.
 */
import { lazyCheckKind } from '../kind.js';
import { type CommandCheckConfig, commandSettings } from './settings.js';

export type { CommandCheckConfig } from './settings.js';

export const commandCheck = lazyCheckKind<CommandCheckConfig>(
  {
    name: 'command',
    description: 'Run a program on the runner and check its exit code and output',
    settings: commandSettings,
    iam: () => import('./iam.js'),
    describe: (c) => `run ${c.shell ? 'bash -c …' : c.run.join(' ')} → exit ${c['exit-code']}`,
  },
  () => import('./run.js'),
);
