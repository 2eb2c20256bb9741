/**
 * The AWS CLI v2 (Debian's `awscli`) against the sandbox's Secrets Manager: botocore is a second,
 * independent client of the same awsJson1_1 protocol.
 */
import { describe, expect, it } from 'vitest';
import { secretArn } from '../../src/sandbox/index.js';
import { AWS_CLI, awsCli, hasAwsCli } from '../helpers/aws-cli.js';
import { useSandbox } from '../helpers/sandbox.js';

const DB = { username: 'ca_a2a_app', password: 'cli-s3cret', port: 5432 };

const sandbox = useSandbox({
  scenario: { 'secrets-manager': { secrets: [{ name: 'ca-a2a/db', json: DB }] } },
});

const aws = (...args: string[]) => awsCli(sandbox(), args, 20_000);

describe.skipIf(!hasAwsCli)(
  `AWS CLI v2 secretsmanager (${AWS_CLI}; skipped when absent)`,
  { concurrent: true },
  () => {
    it('get-secret-value by ARN returns the JSON credentials', async () => {
      const arn = secretArn({ region: 'eu-west-3', accountId: '000000000000' }, 'ca-a2a/db');
      const result = await aws('secretsmanager', 'get-secret-value', '--secret-id', arn);
      expect(result.code, result.stderr).toBe(0);
      const out = JSON.parse(result.stdout) as Record<string, unknown>;
      expect(out).toMatchObject({ ARN: arn, Name: 'ca-a2a/db', VersionStages: ['AWSCURRENT'] });
      expect(JSON.parse(out.SecretString as string)).toEqual(DB);
    });

    it('get-secret-value of an unknown secret fails with ResourceNotFoundException', async () => {
      const result = await aws('secretsmanager', 'get-secret-value', '--secret-id', 'nope');
      expect(result.code).toBe(254);
      expect(result.stderr).toContain(
        "(ResourceNotFoundException) when calling the GetSecretValue operation: Secrets Manager can't find the specified secret.",
      );
    });

    it('create-secret, put-secret-value and describe-secret', async () => {
      const name = 'ca-a2a/cli-made';
      const created = await aws(
        'secretsmanager',
        'create-secret',
        '--name',
        name,
        '--secret-string',
        'one',
      );
      expect(created.code, created.stderr).toBe(0);
      const put = await aws(
        'secretsmanager',
        'put-secret-value',
        '--secret-id',
        name,
        '--secret-string',
        'two',
      );
      expect(put.code, put.stderr).toBe(0);
      const described = await aws('secretsmanager', 'describe-secret', '--secret-id', name);
      const stages = Object.values(
        (JSON.parse(described.stdout) as { VersionIdsToStages: Record<string, string[]> })
          .VersionIdsToStages,
      );
      expect(stages.sort()).toEqual([['AWSCURRENT'], ['AWSPREVIOUS']]);
      const current = await aws(
        'secretsmanager',
        'get-secret-value',
        '--secret-id',
        name,
        '--query',
        'SecretString',
      );
      expect(JSON.parse(current.stdout)).toBe('two');
    });
  },
);
