/**
 * Statements of many phases become one stable policy: same Sid, actions and condition merge;
 * different conditions stay apart with unique Sids; a resource a wider pattern covers is dropped.
 */
import { describe, expect, it } from 'vitest';
import { allow, matchesPattern } from '../../../src/aws/iam.js';
import { accountOf } from '../../../src/release/iam/account.js';
import { mergeStatements } from '../../../src/release/iam/merge.js';

const cluster = (name: string) => ({
  ArnEquals: { 'ecs:cluster': `arn:aws:ecs:r:1:cluster/${name}` },
});

describe('mergeStatements', () => {
  it('merges what asks for the same, keeps apart what differs, in a stable order', () => {
    const a = allow('EcsUpdateServices', ['ecs:UpdateService'], ['svc/b', 'svc/a'], cluster('one'));
    const b = allow('EcsUpdateServices', ['ecs:UpdateService'], ['svc/c'], cluster('one'));
    const c = allow('EcsUpdateServices', ['ecs:UpdateService'], ['svc/z'], cluster('two'));
    const read = allow('EcsReadServices', ['ecs:DescribeServices'], ['svc/a']);
    const policy = mergeStatements([c, a, read, b]);
    expect(policy.Statement.map((s) => [s.Sid, s.Resource])).toEqual([
      ['EcsReadServices', ['svc/a']],
      ['EcsUpdateServices', ['svc/a', 'svc/b', 'svc/c']],
      ['EcsUpdateServices2', ['svc/z']],
    ]);
    expect(mergeStatements([b, read, a, c])).toEqual(policy);
  });

  it('never widens an action to another statement resources', () => {
    const policy = mergeStatements([
      allow('DataApi', ['rds-data:ExecuteStatement'], ['cluster:a']),
      allow('DataApi', ['rds-data:CommitTransaction', 'rds-data:ExecuteStatement'], ['cluster:b']),
    ]);
    expect(policy.Statement).toHaveLength(2);
  });

  it('drops a resource that a wider pattern of the statement covers', () => {
    const policy = mergeStatements([
      allow(
        'PassTaskRoles',
        ['iam:PassRole'],
        ['arn:aws:iam::1:role/task', 'arn:aws:iam::1:role/*'],
      ),
    ]);
    expect(policy.Statement[0]?.Resource).toEqual(['arn:aws:iam::1:role/*']);
  });
});

describe('matchesPattern', () => {
  it('reads * and ? as IAM does, and nothing else as special', () => {
    expect(matchesPattern('secret:db-??????', 'secret:db-Ab12Cd')).toBe(true);
    expect(matchesPattern('secret:db-??????', 'secret:db-Ab12C')).toBe(false);
    expect(matchesPattern('task-definition/app:*', 'task-definition/app:12')).toBe(true);
    expect(matchesPattern('task-definition/app:*', 'task-definition/app2:12')).toBe(false);
    expect(matchesPattern('log-group:/ecs/a.b', 'log-group:/ecs/aXb')).toBe(false);
    expect(matchesPattern('ECS:updateservice', 'ecs:UpdateService', true)).toBe(true);
  });
});

describe('accountOf', () => {
  it('takes the account most ARNs name, and warns when there are several', () => {
    const account = accountOf(
      { a: 'arn:aws:rds:r:111111111111:cluster:x', b: 'arn:aws:rds:r:222222222222:cluster:y' },
      ['arn:aws:secretsmanager:r:222222222222:secret:z'],
    );
    expect(account.id).toBe('222222222222');
    expect(account.warnings[0]).toContain('several accounts (222222222222, 111111111111)');
  });

  it('takes the partition of the ARNs (GovCloud, China)', () => {
    expect(accountOf({ a: 'arn:aws-cn:rds:cn-north-1:111111111111:cluster:x' }, []).partition).toBe(
      'aws-cn',
    );
  });
});
