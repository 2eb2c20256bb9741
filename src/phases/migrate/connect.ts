/**
 * Builds the executor a phase's (or a check's) connection settings describe. Exported for the
 * `sql` checks, so a gate reaches the database exactly as the migration did.
 */
import type { AwsClients } from '../../aws/clients.js';
import type { Secrets } from '../../report/secrets.js';
import { PhaseFailure } from '../kind.js';
import { dataApiExecutor } from './data-api.js';
import type { SqlExecutor } from './executor.js';
import { pgExecutor } from './pg.js';
import type { ConnectionConfig } from './settings.js';

export interface ConnectDeps {
  aws: Pick<AwsClients, 'rdsData'>;
  secrets: Secrets;
  signal: AbortSignal;
  env?: Record<string, string | undefined>;
}

export function createExecutor(config: ConnectionConfig, deps: ConnectDeps): SqlExecutor {
  if (config.via === 'pg') return pgExecutorFor(config, deps);
  const resourceArn = config['resource-arn'];
  const secretArn = config['secret-arn'];
  if (!resourceArn || !secretArn)
    throw new PhaseFailure('via: data-api needs resource-arn and secret-arn');
  return dataApiExecutor(
    deps.aws.rdsData(),
    { resourceArn, secretArn, ...(config.database ? { database: config.database } : {}) },
    deps.signal,
  );
}

function pgExecutorFor(config: ConnectionConfig, deps: ConnectDeps): SqlExecutor {
  const password = passwordOf(config, deps.env ?? process.env);
  if (password) deps.secrets.add(password);
  if (config.url) {
    const inUrl = urlPassword(config.url);
    if (inUrl) deps.secrets.add(inUrl);
  }
  return pgExecutor({
    port: config.port,
    ...(config.url ? { url: config.url } : {}),
    ...(config.host ? { host: config.host } : {}),
    ...(config.user ? { user: config.user } : {}),
    ...(config.database ? { database: config.database } : {}),
    ...(password !== undefined ? { password } : {}),
    ...(config.ssl ? { ssl: config.ssl } : {}),
  });
}

function passwordOf(
  config: ConnectionConfig,
  env: Record<string, string | undefined>,
): string | undefined {
  const name = config['password-env'];
  if (name === undefined) return config.password;
  const value = env[name];
  if (value === undefined || value === '')
    throw new PhaseFailure(`the environment variable ${name} (password-env) is not set`, {
      hint: `set ${name} in the step's env:, e.g. from a GitHub secret`,
    });
  return value;
}

function urlPassword(url: string): string | undefined {
  try {
    const password = decodeURIComponent(new URL(url).password);
    return password === '' ? undefined : password;
  } catch {
    return undefined;
  }
}
