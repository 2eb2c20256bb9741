/**
 * The AWS CLI v2 (Debian's `awscli`, installed by .ci/run) against the sandbox: a second,
 * independent client (botocore) of the same wire protocols.
 */
import { GetParameterCommand } from '@aws-sdk/client-ssm';
import { describe, expect, it } from 'vitest';
import { AWS_CLI, awsCli, hasAwsCli } from '../helpers/aws-cli.js';
import { clientsFor, useSandbox } from '../helpers/sandbox.js';

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

const aws = (...args: string[]) => awsCli(sandbox(), args, 20_000);

describe.skipIf(!hasAwsCli)(
  `AWS CLI v2 (${AWS_CLI}; skipped when absent)`,
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
