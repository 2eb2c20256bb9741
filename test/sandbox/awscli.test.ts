/**
 * The AWS CLI v2 (Debian's `awscli`, installed by .ci/run) against the sandbox: a second,
 * independent client (botocore) of the same wire protocols.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { GetParameterCommand } from '@aws-sdk/client-ssm';
import { describe, expect, it } from 'vitest';
import { clientsFor, useSandbox } from '../helpers/sandbox.js';

const AWS = '/usr/bin/aws';
const run = promisify(execFile);

const sandbox = useSandbox({
  scenario: {
    ssm: {
      parameters: [
        { name: '/ca-a2a/db/host', value: 'documents-db.local' },
        { name: '/ca-a2a/db/password', value: 's3cret-value', type: 'SecureString' },
      ],
    },
  },
});

/**
 * Runs the CLI with the sandbox's credentials and region and no user configuration.
 * `--endpoint-url` because AWS_ENDPOINT_URL_<SERVICE> needs CLI 2.13+, and Debian ships 2.9.
 */
async function aws(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '/tmp',
    ...sandbox().env,
    AWS_CONFIG_FILE: '/dev/null',
    AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
    AWS_PAGER: '',
  };
  try {
    const { stdout, stderr } = await run(
      AWS,
      [...args, '--endpoint-url', sandbox().url, '--output', 'json'],
      { env, timeout: 20_000 },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    if (typeof failed.code !== 'number') throw error;
    return { code: failed.code, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

describe.skipIf(!existsSync(AWS))(
  `AWS CLI v2 (${AWS}; skipped when absent)`,
  { concurrent: true },
  () => {
    it('ssm get-parameter reads a String parameter', async () => {
      const result = await aws('ssm', 'get-parameter', '--name', '/ca-a2a/db/host');
      expect(result.code).toBe(0);
      const { Parameter } = JSON.parse(result.stdout) as { Parameter: Record<string, unknown> };
      expect(Parameter).toMatchObject({
        Name: '/ca-a2a/db/host',
        Value: 'documents-db.local',
        Type: 'String',
        Version: 1,
        ARN: 'arn:aws:ssm:eu-west-3:000000000000:parameter/ca-a2a/db/host',
      });
      expect(typeof Parameter.LastModifiedDate).toBe('string'); // the CLI formats the timestamp
    });

    it('ssm get-parameter --with-decryption reveals a SecureString', async () => {
      // Without the flag the value is ciphertext; test/sandbox/ssm.test.ts covers that through the SDK.
      const shown = await aws(
        'ssm',
        'get-parameter',
        '--name',
        '/ca-a2a/db/password',
        '--with-decryption',
        '--query',
        'Parameter.[Type,Value]',
      );
      expect(JSON.parse(shown.stdout)).toEqual(['SecureString', 's3cret-value']);
    });

    it('ssm get-parameter of a missing name fails with ParameterNotFound', async () => {
      const result = await aws('ssm', 'get-parameter', '--name', '/missing');
      expect(result.code).toBe(254);
      expect(result.stderr).toContain(
        '(ParameterNotFound) when calling the GetParameter operation',
      );
    });

    it('ssm put-parameter writes what the SDK then reads', async () => {
      const put = await aws(
        'ssm',
        'put-parameter',
        '--name',
        '/ca-a2a/release',
        '--value',
        '5.1',
        '--type',
        'String',
      );
      expect(JSON.parse(put.stdout)).toMatchObject({ Version: 1 });
      const clients = clientsFor(sandbox());
      try {
        const read = await clients.ssm.send(new GetParameterCommand({ Name: '/ca-a2a/release' }));
        expect(read.Parameter?.Value).toBe('5.1');
      } finally {
        clients.destroy();
      }
    });
  },
);
