/**
 * `password-secret`: the database password read from Secrets Manager. The SecretString is either
 * the password itself or the JSON that RDS-managed and Aurora secrets hold
 * ({"username","password","host","port","dbname","engine"}). The whole value and the password
 * are registered as secrets before anything could print them, and no error message here quotes
 * the value (JSON.parse's own messages would: they show the start of the text).
 */
import {
  GetSecretValueCommand,
  ResourceNotFoundException,
  type SecretsManagerClient,
  SecretsManagerServiceException,
} from '@aws-sdk/client-secrets-manager';
import { explainAwsError } from '../aws/errors.js';
import { PhaseFailure } from '../core/errors.js';
import type { Secrets } from '../core/secrets.js';
import { isPlainObject } from '../core/shape.js';

export interface DatabaseCredentials {
  password: string;
  user?: string;
  host?: string;
  port?: number;
  database?: string;
}

export async function readPasswordSecret(
  client: SecretsManagerClient,
  secretId: string,
  deps: { secrets: Secrets; signal: AbortSignal },
): Promise<DatabaseCredentials> {
  const text = await secretString(client, secretId, deps.signal);
  // A JSON secret's keys and host are no secrets: only its whole text, exactly, and the password.
  deps.secrets.add(text, { fragments: !text.trimStart().startsWith('{') });
  const credentials = parseDatabaseSecret(text, secretId);
  deps.secrets.add(credentials.password);
  return credentials;
}

async function secretString(
  client: SecretsManagerClient,
  secretId: string,
  signal: AbortSignal,
): Promise<string> {
  let text: string | undefined;
  try {
    const out = await client.send(new GetSecretValueCommand({ SecretId: secretId }), {
      abortSignal: signal,
    });
    text = out.SecretString;
  } catch (error) {
    throw readFailure(error, secretId);
  }
  if (text === undefined || text === '')
    throw new PhaseFailure(`the secret ${secretId} (password-secret) has no SecretString`, {
      hint: 'password-secret needs a text secret: the password, or JSON with a "password" key',
    });
  return text;
}

/** Secrets Manager's own errors become a phase failure; credential and permission errors are explained by the engine. */
function readFailure(error: unknown, secretId: string): unknown {
  if (error instanceof ResourceNotFoundException)
    return new PhaseFailure(`Secrets Manager has no secret ${secretId} (password-secret)`, {
      hint: 'give the secret’s name or full ARN (with its 6-character suffix), in the run’s region',
    });
  if (error instanceof SecretsManagerServiceException && !explainAwsError(error))
    return new PhaseFailure(
      `cannot read the secret ${secretId} (password-secret): ${error.name}: ${error.message}`,
    );
  return error;
}

/** A JSON object with a "password" gives credentials; any other value is the password itself. */
export function parseDatabaseSecret(text: string, secretId: string): DatabaseCredentials {
  const json = jsonObject(text);
  if (!json) return { password: text };
  const { password } = json;
  if (typeof password !== 'string' || password === '')
    throw new PhaseFailure(
      `the secret ${secretId} (password-secret) is JSON without a "password" text ` +
        `(its keys: ${Object.keys(json).join(', ') || 'none'})`,
      { hint: 'store the password under "password", as RDS does' },
    );
  const port = portOf(json.port, secretId);
  return {
    password,
    ...textField(json, 'username', 'user'),
    ...textField(json, 'host', 'host'),
    ...textField(json, 'dbname', 'database'),
    ...(port !== undefined ? { port } : {}),
  };
}

function jsonObject(text: string): Record<string, unknown> | undefined {
  if (!text.trimStart().startsWith('{')) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return isPlainObject(parsed) ? parsed : undefined;
  } catch {
    // A password may well start with "{": not JSON, so it is the password.
    return undefined;
  }
}

function textField<K extends keyof DatabaseCredentials>(
  json: Record<string, unknown>,
  key: string,
  as: K,
): Partial<Record<K, string>> {
  const value = json[key];
  return typeof value === 'string' && value !== '' ? ({ [as]: value } as Record<K, string>) : {};
}

/** RDS writes the port as a number; hand-made secrets often as text. */
function portOf(value: unknown, secretId: string): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const port = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  if (typeof port === 'number' && Number.isInteger(port) && port >= 1 && port <= 65535) return port;
  throw new PhaseFailure(
    `the secret ${secretId} (password-secret) has a "port" that is not a port number`,
  );
}
