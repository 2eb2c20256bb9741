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
      const batch = names.slice(i, i + BATCH);
      const out = await aws
        .client(SSMClient)
        .send(new GetParametersCommand({ Names: batch, WithDecryption: true }), {
          abortSignal: signal,
        });
      if (out.InvalidParameters?.length) {
        throw new UserError(
          `${wordFor(out.InvalidParameters.length, 'SSM parameter')} not found in ${aws.region}: ${out.InvalidParameters.join(', ')}`,
          'create the parameter, or fix its name in the plan',
        );
      }
      for (const p of out.Parameters ?? []) {
        if (!p.Name || p.Value === undefined) continue;
        if (p.Type === 'SecureString') secrets.add(p.Value);
        values[p.Name] = p.Value;
      }
    }
    return values;
  };
}
