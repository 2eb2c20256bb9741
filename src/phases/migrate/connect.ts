/**
 * Builds the executor a phase's (or a check's) connection settings describe. Exported for the
 * `sql` checks, so a gate reaches the database exactly as the migration did.
 */

import { RDSDataClient } from '@aws-sdk/client-rds-data';
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { AwsClients } from '../../aws/clients.js';
import { PhaseFailure } from '../../core/errors.js';
import type { Secrets } from '../../core/secrets.js';
import { dataApiExecutor } from '../../db/data-api.js';
import type { SqlExecutor } from '../../db/executor.js';
import { type DatabaseCredentials, readPasswordSecret } from '../../db/password-secret.js';
import { type PgTarget, pgExecutor } from '../../db/pg.js';
import type { ConnectionConfig } from './settings.js';

export interface ConnectDeps {
  aws: AwsClients;
  secrets: Secrets;
  signal: AbortSignal;
  env?: Record<string, string | undefined>;
}

const DEFAULT_PORT = 5432;

export function createExecutor(config: ConnectionConfig, deps: ConnectDeps): SqlExecutor {
  if (config.via === 'pg') return pgExecutorFor(config, deps);
  const resourceArn = config['resource-arn'];
  const secretArn = config['secret-arn'];
  if (!resourceArn || !secretArn)
    throw new PhaseFailure('via: data-api needs resource-arn and secret-arn');
  return dataApiExecutor(
    deps.aws.client(RDSDataClient),
    { resourceArn, secretArn, ...(config.database ? { database: config.database } : {}) },
    deps.signal,
  );
}

function pgExecutorFor(config: ConnectionConfig, deps: ConnectDeps): SqlExecutor {
  if (config.url) {
    const inUrl = urlPassword(config.url);
    if (inUrl) deps.secrets.add(inUrl);
  }
  const secretId = config['password-secret'];
  if (secretId === undefined) {
    const password = passwordOf(config, deps.env ?? process.env);
    if (password) deps.secrets.add(password);
    return pgExecutor(pgTarget(config, password === undefined ? {} : { password }));
  }
  // Reading the secret is a network call, and executors are made synchronously: the secret is
  // read, and the connection pool made, at the first statement.
  return deferredExecutor('pg', `the database of secret ${secretId}`, async () => {
    const credentials = await readPasswordSecret(
      deps.aws.client(SecretsManagerClient),
      secretId,
      deps,
    );
    return pgExecutor(pgTarget(config, credentials, secretId));
  });
}

/**
 * The settings win over what a secret holds; with `url`, the URL says where and who, and a secret
 * gives only the password.
 */
function pgTarget(
  config: ConnectionConfig,
  from: Partial<DatabaseCredentials>,
  secretId?: string,
): PgTarget {
  const password = from.password !== undefined ? { password: from.password } : {};
  const ssl = config.ssl ? { ssl: config.ssl } : {};
  if (config.url)
    return {
      url: config.url,
      port: config.port ?? DEFAULT_PORT,
      ...password,
      ...ssl,
      ...database(config.database),
    };
  const host = config.host ?? from.host;
  const user = config.user ?? from.user;
  if (!host || !user) {
    const missing = [host ? undefined : 'host', user ? undefined : 'user']
      .filter(Boolean)
      .join(' and ');
    throw new PhaseFailure(
      `via: pg needs ${missing}: neither the settings nor the secret ${secretId} give it`,
      {
        hint: `add ${missing} to the phase's with:, or store ${missing === 'user' ? 'username' : missing} in the secret`,
      },
    );
  }
  return {
    host,
    user,
    port: config.port ?? from.port ?? DEFAULT_PORT,
    ...password,
    ...ssl,
    ...database(config.database ?? from.database),
  };
}

function database(name: string | undefined): { database?: string } {
  return name ? { database: name } : {};
}

/** An executor that opens the real one at its first use, and closes it if it was opened. */
function deferredExecutor(
  via: string,
  provisionalTarget: string,
  open: () => Promise<SqlExecutor>,
): SqlExecutor {
  let opening: Promise<SqlExecutor> | undefined;
  let opened: SqlExecutor | undefined;
  const ready = () => {
    opening ??= open().then((executor) => (opened = executor));
    return opening;
  };
  return {
    via,
    get target() {
      return opened?.target ?? provisionalTarget;
    },
    execute: async (sql, options) => (await ready()).execute(sql, options),
    begin: async () => (await ready()).begin(),
    async close() {
      const executor = await opening?.catch(() => undefined);
      await executor?.close();
    },
  };
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
