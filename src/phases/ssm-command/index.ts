/**
 * The `ssm-command` phase kind: runs an SSM document (a shell script by default) on managed
 * instances inside the VPC, waits for every invocation, fails naming each instance that did not
 * succeed, and shows the end of each output. A script cannot be undone: no rollback.
 */
import { lazyPhaseKind } from '../kind.js';
import { SSM_COMMAND_OUTPUTS } from './outputs.js';
import { type SsmCommandConfig, ssmCommandSettings } from './settings.js';

export type { SsmCommandConfig } from './settings.js';

export const ssmCommandKind = lazyPhaseKind<SsmCommandConfig>(
  {
    name: 'ssm-command',
    description:
      'Run an SSM document (default AWS-RunShellScript) on managed instances by id or tag, wait for every invocation, fail naming each instance that did not succeed, with its output tail',
    settings: ssmCommandSettings,
    iam: () => import('./iam.js'),
    canRollBack: false,
    outputs: () => SSM_COMMAND_OUTPUTS,
  },
  () => import('./steps.js'),
);
