/**
 * The `ssm-parameter` check: a Parameter Store parameter holds what the release expects (the
 * version an app reads, a feature flag). A SecureString's value never appears in any output.
 */
import { lazyCheckKind } from '../kind.js';
import { type SsmParameterCheckConfig, ssmParameterSettings } from './settings.js';

export type { SsmParameterCheckConfig } from './settings.js';

export const ssmParameterCheck = lazyCheckKind<SsmParameterCheckConfig>(
  {
    name: 'ssm-parameter',
    description: 'Check that an SSM Parameter Store parameter holds the expected value',
    settings: ssmParameterSettings,
    iam: () => import('./iam.js'),
    describe: (c) => {
      if (c.expect !== undefined) return `${c.name} is "${c.expect}"`;
      if (c['expect-match'] !== undefined) return `${c.name} matches /${c['expect-match']}/`;
      if (c['expect-json']) return `${c.name} has ${Object.keys(c['expect-json']).join(', ')}`;
      return `${c.name} exists`;
    },
  },
  () => import('./run.js'),
);
