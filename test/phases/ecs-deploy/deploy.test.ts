/**
 * The v5.1 release through the sandbox: create admin-api and move the four agents side by side,
 * then run it again and see nothing happen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestRecord, Sandbox } from '../../../src/sandbox/index.js';
import { useSandbox } from '../../helpers/sandbox.js';
import {
  AGENTS,
  ALL,
  adminApi,
  agent,
  caA2aScenario,
  type Deployer,
  deployer,
  REGISTRY,
  revisionOf,
} from './harness.js';

const sandbox = useSandbox(() => ({ scenario: caA2aScenario() }));
let deploy: Deployer;
let box: Sandbox;
/** The ECS requests of the first deploy, for the tests that read them. */
let firstRun: RequestRecord[] = [];
beforeAll(() => {
  box = sandbox();
  deploy = deployer(box);
});
afterAll(() => deploy.close());

const release = () => [adminApi, ...AGENTS.map((name) => agent(name, 'v5.1'))];
const mutating = ['RegisterTaskDefinition', 'CreateService', 'UpdateService', 'DeleteService'];
const mutatingCalls = () =>
  box.requests.filter({ service: 'ecs' }).filter((r) => mutating.includes(r.operation));

describe('ecs-deploy: plan (dry run)', () => {
  it('shows per service the image, environment and cpu/memory diff, and what it would create', async () => {
    box.requests.clear();
    const result = await deploy.run(
      [
        adminApi,
        agent('orchestrator', 'v5.1', { env: { orchestrator: { FEATURE_X: 'on' } } }),
        {
          service: 'validator',
          'task-definition': 'test/fixtures/task-definitions/validator-bigger.json',
        },
        { service: 'archivist' },
      ],
      { mode: 'plan' },
    );
    const phase = result.phases[0];
    expect(phase?.status).toBe('planned');
    expect(phase?.summary).toBe('4 services: 1 to create, 2 to update, 1 unchanged');
    const lines = phase?.plan?.items.map((i) => i.line);
    expect(lines).toEqual([
      'admin-api: new service',
      'orchestrator: image v5.0 → v5.1, +ENV FEATURE_X',
      // Every field that differs, not only images and environment: the file names another role.
      'validator: cpu 512 → 1024, executionRoleArn role/ecsTaskExecutionRole → role/ca-a2a-ecs-execution, memory 1024 → 2048, image v5.0 → v5.1',
      'archivist: unchanged (archivist:1)',
    ]);
    expect(phase?.plan?.changes).toBe(true);
    const admin = phase?.plan?.items[0];
    expect(admin?.facts).toContain('would create the service in ca-a2a-cluster');
    expect(admin?.facts).toContain('revision: (new service) → admin-api:1 (to register)');
    const all = JSON.stringify(phase?.plan);
    expect(all).toContain(`+  \\"image\\": \\"${REGISTRY}/admin-api:v5.1\\"`);
    expect(phase?.plan?.items[1]?.facts).toContain('would update in ca-a2a-cluster (new revision)');
    expect(mutatingCalls()).toEqual([]);
  });

  it('refuses a task definition ECS would refuse, listing every problem, before any change', async () => {
    box.requests.clear();
    const result = await deploy.run([
      {
        service: 'extractor',
        'task-definition': 'test/fixtures/task-definitions/refused/fargate-mistakes.json',
      },
    ]);
    const phase = result.phases[0];
    expect([phase?.status, phase?.error?.kind]).toEqual(['failed', 'failure']);
    expect(phase?.summary).toBe(
      'extractor: ECS would refuse the task definition (nothing was registered): ' +
        'networkMode: networkMode is "bridge"; Fargate requires awsvpc; ' +
        'memory: memory "4096" does not fit cpu 256 on Fargate; ' +
        'containerDefinitions[0].logConfiguration.logDriver: container "admin-api" logs with awslogs on Fargate, which needs executionRoleArn, and the task definition has none; ' +
        'containerDefinitions[0].image: container "admin-api" pulls 555043101106.dkr.ecr.eu-west-3.amazonaws.com/ca-a2a/admin-api:v5.1 from a private ECR repository on Fargate, which needs executionRoleArn, and the task definition has none; ' +
        'containerDefinitions[0].secrets: container "admin-api" has secrets, which ECS reads with executionRoleArn, and the task definition has none',
    );
    expect(phase?.error?.hint).toContain('with cpu 256, memory can be 512, 1024, 2048');
    expect(mutatingCalls()).toEqual([]);
  });
});

describe('ecs-deploy: run', () => {
  it('creates admin-api and moves the four agents side by side', async () => {
    const before = await deploy.services(AGENTS);
    box.requests.clear();
    const result = await deploy.run(release());
    firstRun = box.requests.filter({ service: 'ecs' });
    const phase = result.phases[0];
    expect(phase?.error).toBeUndefined();
    expect(phase?.status).toBe('succeeded');
    expect(phase?.summary).toBe('1 created, 4 updated');

    const after = await deploy.services();
    for (const name of ALL) {
      const service = after.get(name);
      expect(service?.deployments).toHaveLength(1);
      expect(service?.deployments?.[0]?.rolloutState).toBe('COMPLETED');
      expect(service?.runningCount).toBe(service?.desiredCount);
      expect(service?.deploymentConfiguration?.deploymentCircuitBreaker).toEqual({
        enable: true,
        rollback: true,
      });
      expect(phase?.outputs[`${name}-task-definition-arn`]).toBe(service?.taskDefinition);
    }
    for (const name of AGENTS)
      expect(revisionOf(after.get(name))).not.toBe(revisionOf(before.get(name)));
    expect(revisionOf(after.get('admin-api'))).toBe('admin-api:1');

    const count = (operation: string) => firstRun.filter((r) => r.operation === operation).length;
    expect(count('RegisterTaskDefinition')).toBe(5);
    expect(count('CreateService')).toBe(1);
    expect(count('UpdateService')).toBe(4);
    expect(phase?.details).toContain(
      '[orchestrator](https://eu-west-3.console.aws.amazon.com/ecs/v2/clusters/ca-a2a-cluster/services/orchestrator/deployments)',
    );
    expect(phase?.details).toMatch(
      /\| orchestrator:1 → orchestrator:2 \| orchestrator: .*orchestrator:v5\.1 \| 2\/2 \| COMPLETED \|/,
    );
  });

  it('polls the five services with one DescribeServices call per poll', () => {
    const describes = firstRun.filter((r) => r.operation === 'DescribeServices');
    const sets = describes.map((r) => r.params.services as string[]);
    expect(sets.length).toBeGreaterThanOrEqual(3);
    expect([...(sets[0] ?? [])].sort()).toEqual([...ALL].sort());
    expect([...(sets[1] ?? [])].sort()).toEqual([...ALL].sort());
    // With one call per service the sets would alternate; here each poll names every service
    // still rolling out, so the set can only shrink.
    for (let i = 1; i < sets.length; i++)
      for (const name of sets[i] ?? []) expect(sets[i - 1]).toContain(name);
  });

  it('prints service events as they appear, each once, and progress while waiting', () => {
    const log = deploy.logs.get('deploy');
    const lines = log?.lines.map((l) => l.message) ?? [];
    const completed = lines.filter((l) =>
      /^orchestrator: \(service orchestrator\).*deployment completed/.test(l),
    );
    expect(completed).toHaveLength(1);
    expect(
      lines.filter((l) => l.startsWith('admin-api: (service admin-api) has started 1 tasks'))
        .length,
    ).toBe(1);
    expect(
      log?.lines.some(
        (l) =>
          l.level === 'progress' &&
          /^waiting for 5 services: .*orchestrator \d\/2 IN_PROGRESS/.test(l.message),
      ),
    ).toBe(true);
  });

  it('does nothing on a re-run: no revision registered, no deployment started', async () => {
    const before = await deploy.services();
    box.requests.clear();
    const result = await deploy.run(release());
    const phase = result.phases[0];
    expect(phase?.status).toBe('succeeded');
    expect(phase?.summary).toBe('5 unchanged');
    expect(mutatingCalls()).toEqual([]);
    const after = await deploy.services();
    for (const name of ALL)
      expect(after.get(name)?.taskDefinition).toBe(before.get(name)?.taskDefinition);
    expect(phase?.outputs['orchestrator-task-definition-arn']).toBe(
      after.get('orchestrator')?.taskDefinition,
    );
  });

  it('rolls out at most max-parallel services at a time', async () => {
    box.requests.clear();
    const result = await deploy.run(
      AGENTS.map((service) => ({ service, 'force-new-deployment': true })),
      { with: { 'max-parallel': 2 } },
    );
    expect(result.phases[0]?.status).toBe('succeeded');
    expect(box.requests.count({ operation: 'UpdateService' })).toBe(4);
    const [prepare, ...polls] = box.requests.filter({ operation: 'DescribeServices' });
    expect(prepare?.params.services).toHaveLength(4);
    expect(polls.length).toBeGreaterThan(1);
    for (const poll of polls)
      expect((poll.params.services as string[]).length).toBeLessThanOrEqual(2);
  });

  it('deploys an existing revision by ARN, and scales with desired-count', async () => {
    const previous = (await deploy.services(['extractor'])).get('extractor');
    const arn = previous?.taskDefinition?.replace(/:\d+$/, ':1') ?? '';
    box.requests.clear();
    const result = await deploy.run([
      { service: 'extractor', 'task-definition-arn': 'extractor:1' },
      { service: 'archivist', 'desired-count': 2 },
    ]);
    expect(result.phases[0]?.status).toBe('succeeded');
    expect(box.requests.count({ operation: 'RegisterTaskDefinition' })).toBe(0);
    const after = await deploy.services(['extractor', 'archivist']);
    expect(after.get('extractor')?.taskDefinition).toBe(arn);
    expect(after.get('archivist')?.runningCount).toBe(2);
  });
});

describe('ecs-deploy: mistakes in the plan', () => {
  it('explains a wrong cluster, a missing service and an unknown container, changing nothing', async () => {
    box.requests.clear();
    const attempts = [
      await deploy.run([{ service: 'orchestrator' }], { with: { cluster: 'ca-a2a' } }),
      await deploy.run([{ service: 'orchestrater' }]),
      await deploy.run([{ service: 'extractor', images: { extracter: `${REGISTRY}/x:1` } }]),
    ].map((r) => r.phases[0]);
    expect(attempts.map((p) => [p?.status, p?.error?.kind])).toEqual(
      Array(3).fill(['failed', 'failure']),
    );
    expect(attempts.map((p) => p?.summary)).toEqual([
      'describing services of ca-a2a: ECS ClusterNotFoundException: Cluster not found.',
      'service orchestrater does not exist in cluster ca-a2a-cluster',
      'extractor: images names container "extracter", which is not in the task definition (its containers are: extractor)',
    ]);
    expect(attempts.map((p) => p?.error?.hint)).toEqual([
      'check the cluster name (and the region of the plan)',
      'check the service and cluster names, or add create: to create the service',
      'its containers are: extractor',
    ]);
    expect(mutatingCalls()).toEqual([]);
  });
});
