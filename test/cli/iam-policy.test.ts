/**
 * `phasegate iam-policy`: the policy a plan needs, scoped to what it names, stable, with notes
 * where a value known only at run time widens a resource; mistakes exit 2 naming file:line.
 * Policies are judged with the test evaluator, so "scoped" means refused elsewhere.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { type IamRequest, isAllowed, type Policy } from '../helpers/iam-policy.js';

const dir = mkdtempSync(join(tmpdir(), 'phasegate-iam-'));

function plan(name: string, body: string, region = 'eu-west-1'): string {
  const file = join(dir, name);
  writeFileSync(file, `version: 1\napp: shop\nregion: ${region}\n${body}`);
  return file;
}

async function cli(...argv: string[]) {
  return cliWith({}, ...argv);
}

async function cliWith(env: Record<string, string>, ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

async function policyOf(...argv: string[]): Promise<{ policy: Policy; stderr: string }> {
  const r = await cli('iam-policy', ...argv);
  expect(r.code, r.stderr).toBe(0);
  return { policy: JSON.parse(r.stdout) as Policy, stderr: r.stderr };
}

const CA = 'arn:aws:ecs:eu-west-3:555043101106';
const request = (action: string, resource: string, context: Record<string, string> = {}) =>
  ({ action, resource, context }) satisfies IamRequest;
const inCluster = (name: string) => ({ 'ecs:cluster': `${CA}:cluster/${name}` });

describe('phasegate iam-policy on the CA-A2A plan', () => {
  const policy = () => policyOf('phases/ca-a2a.yml', '--env', 'production');

  it('prints the same policy every time', async () => {
    const [a, b] = await Promise.all([
      cli('iam-policy', 'phases/ca-a2a.yml', '--env', 'production'),
      cli('iam-policy', 'phases/ca-a2a.yml', '--env', 'production'),
    ]);
    expect(a.stdout).toBe(b.stdout);
    expect(JSON.parse(a.stdout).Version).toBe('2012-10-17');
  });

  it('updates the five services of the plan in its cluster, and nothing else', async () => {
    const { policy: p } = await policy();
    const update = (service: string, cluster = 'ca-a2a-cluster') =>
      isAllowed(
        p,
        request('ecs:UpdateService', `${CA}:service/${cluster}/${service}`, inCluster(cluster)),
      );
    for (const s of ['admin-api', 'orchestrator', 'extractor', 'validator', 'archivist'])
      expect(update(s), s).toBe(true);
    expect(update('billing')).toBe(false);
    expect(update('orchestrator', 'other-cluster')).toBe(false);
    // CreateService only for the service the plan creates.
    const create = (s: string) =>
      isAllowed(
        p,
        request(
          'ecs:CreateService',
          `${CA}:service/ca-a2a-cluster/${s}`,
          inCluster('ca-a2a-cluster'),
        ),
      );
    expect(create('admin-api')).toBe(true);
    expect(create('orchestrator')).toBe(false);
  });

  it('runs tasks only in the plan cluster, and passes roles only to ECS tasks', async () => {
    const { policy: p, stderr } = await policy();
    const td = `${CA}:task-definition/ca-a2a-orchestrator:12`;
    expect(isAllowed(p, request('ecs:RunTask', td, inCluster('ca-a2a-cluster')))).toBe(true);
    expect(isAllowed(p, request('ecs:RunTask', td, inCluster('other')))).toBe(false);
    const role = 'arn:aws:iam::555043101106:role/ca-a2a-ecs-task-role';
    expect(
      isAllowed(
        p,
        request('iam:PassRole', role, { 'iam:PassedToService': 'ecs-tasks.amazonaws.com' }),
      ),
    ).toBe(true);
    expect(
      isAllowed(
        p,
        request('iam:PassRole', role, { 'iam:PassedToService': 'lambda.amazonaws.com' }),
      ),
    ).toBe(false);
    // The task definition comes from the agents phase's outputs: said, not hidden.
    expect(stderr).toContain(
      'note: phase functional-tests: task-definition is ${{ phases.agents.outputs.orchestrator-task-definition-arn }}, known only at run time',
    );
  });

  it('reads the parameters and the secret the plan names, and keeps the record of its environment', async () => {
    const { policy: p } = await policy();
    const ssm = 'arn:aws:ssm:eu-west-3:555043101106:parameter';
    expect(
      isAllowed(p, request('ssm:GetParameters', `${ssm}/ca-a2a/network/private-subnet-a`)),
    ).toBe(true);
    expect(isAllowed(p, request('ssm:GetParameters', `${ssm}/ca-a2a/db/password`))).toBe(false);
    expect(
      isAllowed(p, request('ssm:PutParameter', `${ssm}/phasegate/ca-a2a/production/v5.1/migrate`)),
    ).toBe(true);
    expect(
      isAllowed(p, request('ssm:PutParameter', `${ssm}/phasegate/ca-a2a/staging/v5.1/migrate`)),
    ).toBe(false);
    const secret = 'arn:aws:secretsmanager:eu-west-3:555043101106:secret:ca-a2a/db-password';
    expect(isAllowed(p, request('secretsmanager:GetSecretValue', `${secret}-Ab12Cd`))).toBe(true);
    expect(isAllowed(p, request('secretsmanager:GetSecretValue', `${secret}-other-Ab12Cd`))).toBe(
      false,
    );
  });

  it('--read-only keeps only Describe, List and Get (and decryption through SSM)', async () => {
    const { policy: p } = await policyOf('phases/ca-a2a.yml', '--env', 'production', '--read-only');
    const actions = p.Statement.flatMap((s) => s.Action);
    expect(actions.length).toBeGreaterThan(0);
    for (const a of actions) expect(a).toMatch(/^[a-z-]+:(Describe|List|Get)|^kms:Decrypt$/);
    expect(actions).not.toContain('iam:PassRole');
  });

  it('--account replaces the account of every ARN', async () => {
    const { policy: p } = await policyOf(
      'phases/ca-a2a.yml',
      '--env',
      'production',
      '--account',
      '111122223333',
    );
    const resources = p.Statement.flatMap((s) => s.Resource).filter((r) => r !== '*');
    // The plan's own ARNs (cluster, secret) stay as written; phasegate's are in the account.
    expect(resources).toContain(
      'arn:aws:ssm:eu-west-3:111122223333:parameter/phasegate/ca-a2a/production/*',
    );
  });
});

describe('phasegate iam-policy on other plans', () => {
  const checkOnly = `phases:
  - id: check
    uses: checks
    with:
      checks:
        - uses: ecs-service
          with: { cluster: arn:aws:ecs:eu-west-1:555043101106:cluster/shop, services: [web] }
`;
  const ssm = 'arn:aws:ssm:eu-west-1:555043101106:parameter/phasegate/shop';

  it('reads what the promote-from environment released, and nothing else of it', async () => {
    const file = plan(
      'promote.yml',
      `environments:\n  production: { promote-from: staging }\n${checkOnly}`,
    );
    const { policy: p } = await policyOf(file, '--env', 'production');
    expect(isAllowed(p, request('ssm:GetParameter', `${ssm}/staging/state`))).toBe(true);
    expect(isAllowed(p, request('ssm:GetParameter', `${ssm}/staging/v1/check`))).toBe(false);
    expect(isAllowed(p, request('ssm:PutParameter', `${ssm}/staging/state`))).toBe(false);
    expect(isAllowed(p, request('ssm:PutParameter', `${ssm}/production/state`))).toBe(true);
    // staging itself promotes from nothing.
    const { policy: staging } = await policyOf(file, '--env', 'staging');
    expect(isAllowed(staging, request('ssm:GetParameter', `${ssm}/production/state`))).toBe(false);
  });

  it('asks for no record permissions with record: { store: none }', async () => {
    const file = plan('no-record.yml', `record: { store: none }\n${checkOnly}`);
    const { policy: p } = await policyOf(file, '--env', 'production');
    expect(isAllowed(p, request('ssm:GetParameter', `${ssm}/production/state`))).toBe(false);
    expect(p.Statement.flatMap((s) => s.Action)).not.toContain('ssm:PutParameter');
  });

  it('says when no ARN names the account, and uses any account', async () => {
    const file = plan(
      'no-account.yml',
      `phases:
  - id: check
    uses: checks
    with:
      checks:
        - uses: ecs-service
          with: { cluster: shop, services: [web] }
`,
    );
    const { policy: p, stderr } = await policyOf(file, '--env', 'staging');
    expect(stderr).toContain('warning: the plan names no account in an ARN');
    expect(
      isAllowed(
        p,
        request('ecs:DescribeServices', 'arn:aws:ecs:eu-west-1:999999999999:service/shop/web'),
      ),
    ).toBe(true);
  });

  it('scopes ssm-command to its document and instances, and an ssm-parameter check to its parameter', async () => {
    const file = plan(
      'ssm.yml',
      `phases:
  - id: warm
    uses: ssm-command
    with:
      commands: [warm-cache]
      instance-ids: [i-0123456789abcdef0]
      cloudwatch-output: /shop/warm
    gates:
      after:
        - uses: ssm-parameter
          with: { name: /shop/version, expect: v1, with-decryption: true }
`,
    );
    const { policy: p } = await policyOf(file, '--env', 'prod', '--account', '123456789012');
    const send = (resource: string) => isAllowed(p, request('ssm:SendCommand', resource));
    expect(send('arn:aws:ssm:eu-west-1::document/AWS-RunShellScript')).toBe(true);
    expect(send('arn:aws:ec2:eu-west-1:123456789012:instance/i-0123456789abcdef0')).toBe(true);
    expect(send('arn:aws:ec2:eu-west-1:123456789012:instance/i-0fffffffffffffff0')).toBe(false);
    expect(
      isAllowed(
        p,
        request(
          'logs:GetLogEvents',
          'arn:aws:logs:eu-west-1:123456789012:log-group:/shop/warm:log-stream:x/i-0/aws-runShellScript/stdout',
        ),
      ),
    ).toBe(true);
    expect(
      isAllowed(
        p,
        request('ssm:GetParameter', 'arn:aws:ssm:eu-west-1:123456789012:parameter/shop/version'),
      ),
    ).toBe(true);
    expect(
      isAllowed(
        p,
        request('kms:Decrypt', 'arn:aws:kms:eu-west-1:123456789012:key/k', {
          'kms:ViaService': 'ssm.eu-west-1.amazonaws.com',
        }),
      ),
    ).toBe(true);
    expect(isAllowed(p, request('kms:Decrypt', 'arn:aws:kms:eu-west-1:123456789012:key/k'))).toBe(
      false,
    );
  });

  it('scopes a task run from a file to its family, roles and log group', async () => {
    const file = plan(
      'run-task.yml',
      `phases:
  - id: tests
    uses: ecs-run-task
    with:
      cluster: ca-a2a-cluster
      task-definition: test/fixtures/task-definitions/validator-bigger.json
      network-from: orchestrator
`,
      'eu-west-3',
    );
    const { policy: p, stderr } = await policyOf(
      file,
      '--env',
      'prod',
      '--account',
      '555043101106',
    );
    const td = (family: string) => `${CA}:task-definition/${family}:3`;
    const run = (family: string) =>
      isAllowed(p, request('ecs:RunTask', td(family), inCluster('ca-a2a-cluster')));
    expect(run('validator')).toBe(true);
    expect(run('orchestrator')).toBe(false);
    expect(isAllowed(p, request('ecs:RegisterTaskDefinition', td('validator')))).toBe(true);
    expect(isAllowed(p, request('ecs:RegisterTaskDefinition', td('archivist')))).toBe(false);
    const pass = (role: string) =>
      isAllowed(
        p,
        request('iam:PassRole', `arn:aws:iam::555043101106:role/${role}`, {
          'iam:PassedToService': 'ecs-tasks.amazonaws.com',
        }),
      );
    expect(pass('ca-a2a-ecs-execution')).toBe(true);
    expect(pass('admin')).toBe(false);
    const logs = (group: string) =>
      isAllowed(
        p,
        request(
          'logs:GetLogEvents',
          `arn:aws:logs:eu-west-3:555043101106:log-group:${group}:log-stream:ecs/validator/abc`,
        ),
      );
    expect(logs('/ecs/validator')).toBe(true);
    expect(logs('/ecs/orchestrator')).toBe(false);
    expect(
      isAllowed(p, request('ecs:DescribeServices', `${CA}:service/ca-a2a-cluster/orchestrator`)),
    ).toBe(true);
    expect(stderr).not.toContain('note:');
  });

  it('gives via: pg only its password secret, and keeps two clusters apart', async () => {
    const file = plan(
      'pg.yml',
      `phases:
  - id: migrate
    uses: migrate
    with:
      via: pg
      host: db.internal
      user: app
      password-secret: shop/db
  - id: deploy
    uses: ecs-deploy
    with:
      services:
        - { service: web, cluster: blue, task-definition-arn: "web:3" }
        - { service: api, cluster: green, task-definition-arn: "api:7" }
`,
    );
    const { policy: p } = await policyOf(file, '--env', 'prod', '--account', '123456789012');
    const actions = p.Statement.flatMap((s) => s.Action);
    expect(actions.filter((a) => a.startsWith('rds-data:'))).toEqual([]);
    expect(actions).not.toContain('ecs:RegisterTaskDefinition');
    expect(actions).not.toContain('iam:PassRole');
    const secret = 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:shop/db-Ab12Cd';
    expect(isAllowed(p, request('secretsmanager:GetSecretValue', secret))).toBe(true);
    const base = 'arn:aws:ecs:eu-west-1:123456789012';
    const update = (cluster: string, service: string) =>
      isAllowed(
        p,
        request('ecs:UpdateService', `${base}:service/${cluster}/${service}`, {
          'ecs:cluster': `${base}:cluster/${cluster}`,
        }),
      );
    expect(update('blue', 'web')).toBe(true);
    expect(update('green', 'api')).toBe(true);
    expect(update('blue', 'api')).toBe(false);
  });

  it('refuses a setting it must judge that is only known at run time, naming its line', async () => {
    const file = plan(
      'count.yml',
      `phases:
  - id: deploy
    uses: ecs-deploy
    with:
      cluster: shop
      services:
        - service: web
          desired-count: \${{ ssm:/shop/web-count }}
`,
    );
    const r = await cli('iam-policy', file, '--env', 'prod', '--account', '123456789012');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file}:5:`);
    expect(r.stderr).toContain('iam-policy needs this value before the run');
    expect(r.stdout).toBe('');
  });

  it('never prints the value of a plan secret, in the policy or a note', async () => {
    const file = plan(
      'secret.yml',
      `secrets: [SHOP_TOKEN]
phases:
  - id: check
    uses: checks
    with:
      checks:
        - uses: ecs-service
          with:
            cluster: shop
            services: ["\${{ env.SHOP_TOKEN }}-\${{ ssm:/shop/suffix }}"]
`,
    );
    const r = await cliWith({ SHOP_TOKEN: 'tok3n-s3cr3t' }, 'iam-policy', file, '--env', 'prod');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('note: phase check: service is');
    expect(`${r.stdout}${r.stderr}`).not.toContain('tok3n-s3cr3t');
  });

  it('is in --help, with a page of its own', async () => {
    expect((await cli('--help')).stdout).toContain('phasegate iam-policy PLAN --env NAME');
    const page = await cli('iam-policy', '--help');
    expect(page.code).toBe(0);
    expect(page.stdout).toContain('--read-only');
  });

  it('needs --env and a 12-digit --account', async () => {
    const noEnv = await cli('iam-policy', 'phases/ca-a2a.yml');
    expect(noEnv.code).toBe(2);
    expect(noEnv.stderr).toContain('phasegate iam-policy phases/ca-a2a.yml --env production');
    const badAccount = await cli(
      'iam-policy',
      'phases/ca-a2a.yml',
      '--env',
      'p',
      '--account',
      '12',
    );
    expect(badAccount.code).toBe(2);
    expect(badAccount.stderr).toContain('--account must be a 12-digit AWS account id');
  });
});
