/**
 * `${{ ssm:/path/name }}` values, read when the phase that uses them starts. SecureString values
 * are registered as secrets before anything can print them.
 */
import { GetParametersCommand, SSMClient } from '@aws-sdk/client-ssm';
import { UserError } from '../core/errors.js';
import type { Secrets } from '../core/secrets.js';
import { wordFor } from '../core/text.js';
import type { AwsClients } from './clients.js';

/** GetParameters takes at most 10 names per call. */
const BATCH = 10;

export function ssmResolver(aws: AwsClients, secrets: Secrets) {
  return async (names: string[], signal: AbortSignal): Promise<Record<string, string>> => {
    const values: Record<string, string> = {};
    for (let i = 0; i < names.length; i += BATCH) {
      const out = await getParameters(aws, names.slice(i, i + BATCH), signal);
      if (out.InvalidParameters?.length) throw await notFound(aws, out.InvalidParameters, signal);
      for (const p of out.Parameters ?? []) {
        if (!p.Name || p.Value === undefined) continue;
        if (p.Type === 'SecureString') secrets.add(p.Value);
        // `name:3` comes back as Name `name` with Selector `:3` (API_Parameter).
        values[`${p.Name}${p.Selector ?? ''}`] = p.Value;
      }
    }
    return values;
  };
}

function getParameters(aws: AwsClients, names: string[], signal: AbortSignal) {
  return aws
    .client(SSMClient)
    .send(new GetParametersCommand({ Names: names, WithDecryption: true }), {
      abortSignal: signal,
    });
}

/**
 * GetParameters lists a missing `name:version` in InvalidParameters like a missing name (its
 * errors do not include ParameterVersionNotFound, botocore ssm model); one more call without the
 * versions tells the two apart, so the message says which.
 */
async function notFound(
  aws: AwsClients,
  invalid: string[],
  signal: AbortSignal,
): Promise<UserError> {
  const versioned = invalid.filter((n) => VERSIONED.test(n));
  const bare = [...new Set(versioned.map((n) => n.replace(VERSIONED, '')))].slice(0, BATCH);
  const latest = new Map<string, number | undefined>();
  if (bare.length > 0)
    for (const p of (await getParameters(aws, bare, signal)).Parameters ?? [])
      if (p.Name) latest.set(p.Name, p.Version);
  const missingVersions = versioned.filter((n) => latest.has(n.replace(VERSIONED, '')));
  const missing = invalid.filter((n) => !missingVersions.includes(n));
  const region = aws.region;
  if (missing.length === 0) {
    const each = missingVersions.map((n) => {
      const name = n.replace(VERSIONED, '');
      return `${n} (the latest version of ${name} is ${latest.get(name) ?? 'unknown'})`;
    });
    return new UserError(
      `${wordFor(each.length, 'SSM parameter version')} not found in ${region}: ${each.join(', ')}`,
      'fix the version after the colon in the plan, or leave it out to read the latest',
    );
  }
  return new UserError(
    `${wordFor(missing.length, 'SSM parameter')} not found in ${region}: ${missing.join(', ')}`,
    'create the parameter, or fix its name in the plan',
  );
}

const VERSIONED = /:[1-9][0-9]*$/;
