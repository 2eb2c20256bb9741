/**
 * A bad image in one agent: the phase fails at the first poll that sees the rollout FAILED,
 * explains it with ECS's events and stopped reasons, and rolls every changed service back.
 * Also: cancellation and the phase timeout stop the waiting at once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RunCancelled } from '../../../src/engine/abort.js';
import type { Sandbox } from '../../../src/sandbox/index.js';
import { useSandbox } from '../../helpers/sandbox.js';
import {
  AGENTS,
  adminApi,
  agent,
  CLUSTER,
  caA2aScenario,
  type Deployer,
  deployer,
  REGISTRY,
} from './harness.js';

const sandbox = useSandbox(() => ({
  scenario: caA2aScenario({
    'bad-images': [{ image: `${REGISTRY}/extractor:v5.1` }],
    'task-definitions': [{ family: 'slowpoke', image: `${REGISTRY}/slowpoke:v1` }],
    // An hour-long rollout (36 s of real time): only cancellation or a timeout ends the wait.
    services: [
      ...AGENTS.map((name, i) => ({
        name,
        image: `${REGISTRY}/${name}:v5.0`,
        port: 8001 + i,
        'desired-count': name === 'orchestrator' ? 2 : 1,
      })),
      { name: 'slowpoke', image: `${REGISTRY}/slowpoke:v1`, rollout: '1h' },
    ],
  }),
}));
let deploy: Deployer;
let box: Sandbox;
beforeAll(() => {
  box = sandbox();
  deploy = deployer(box);
});
afterAll(() => deploy.close());

describe('ecs-deploy: a bad image in one agent', () => {
  it('fails at the first poll after FAILED, explains why, and rolls every changed service back', async () => {
    const before = await deploy.services(AGENTS);
    box.requests.clear();
    const result = await deploy.run([adminApi, ...AGENTS.map((name) => agent(name, 'v5.1'))], {
      onFailure: 'rollback',
    });
    const phase = result.phases[0];
    expect(phase?.status).toBe('failed');
    expect(phase?.error?.kind).toBe('failure');
    expect(phase?.summary).toMatch(
      /^extractor: rollout failed: CannotPullContainerError: .* \(3 tasks\); the ECS circuit breaker rolled back to extractor:1$/,
    );
    expect(phase?.details).toContain('**extractor**');
    expect(phase?.details).toContain('deployment failed: tasks failed to start.');
    expect(phase?.details).toMatch(
      /- 3 tasks: CannotPullContainerError: .*extractor:v5\.1: not found/,
    );
    expect(phase?.details).toContain('FAILED (rolled back by ECS)');

    expect(phase?.rollback?.status).toBe('succeeded');
    // Where the environment ended: each service's revision and image now, and outputs naming
    // what is live, not the revisions that were tried.
    expect(phase?.rollback?.summary).toBe(
      'test is back on orchestrator:1 (image …/orchestrator:v5.0), extractor:1 (image …/extractor:v5.0), ' +
        'validator:1 (image …/validator:v5.0), archivist:1 (image …/archivist:v5.0); admin-api deleted (this phase created it)',
    );
    expect(phase?.rollback?.details).toContain('| extractor | extractor:1 |');
    expect(phase?.rollback?.details).toContain('| rolled back by the ECS circuit breaker |');
    expect(phase?.rollback?.details).toContain(
      '| admin-api |  |  | deleted (created by this phase) |',
    );
    for (const name of AGENTS)
      expect(phase?.outputs[`${name}-task-definition-arn`]).toBe(before.get(name)?.taskDefinition);
    expect(phase?.outputs['admin-api-task-definition-arn']).toBe('');
    const after = await deploy.services(['admin-api', ...AGENTS]);
    for (const name of AGENTS) {
      const service = after.get(name);
      expect(service?.taskDefinition).toBe(before.get(name)?.taskDefinition);
      expect(service?.deployments).toHaveLength(1);
      expect(service?.deployments?.[0]?.rolloutState).toBe('COMPLETED');
    }
    expect(after.get('admin-api')?.status).not.toBe('ACTIVE');
  });

  it('noticed the failure at the first poll after ECS reported it', async () => {
    const extractor = (await deploy.services(['extractor'])).get('extractor');
    const failedAt = extractor?.events
      ?.find((e) => e.message?.includes('deployment failed'))
      ?.createdAt?.getTime();
    expect(failedAt).toBeDefined();
    const ecs = box.requests.filter({ service: 'ecs' });
    // The first poll that saw FAILED ended the phase; the crash-loop check also lists tasks
    // while the rollouts go on, so the explanation is the last ListTasks before the rollback.
    const firstPollAfter = ecs.findIndex(
      (r) => r.operation === 'DescribeServices' && r.simulatedTime >= (failedAt ?? 0),
    );
    const rollback = ecs.findIndex(
      (r, i) =>
        i > firstPollAfter && r.operation !== 'ListTasks' && r.operation !== 'DescribeTasks',
    );
    // The next DescribeServices is the rollback's own look, followed by its first undo.
    expect(ecs[rollback]?.operation).toBe('DescribeServices');
    expect(ecs[rollback + 1]?.operation).toMatch(/^(UpdateService|DeleteService)$/);
    const explained = ecs.slice(firstPollAfter, rollback).map((r) => r.operation);
    // The explanation comes from the stopped tasks of the new revision.
    expect(explained.slice(-2)).toEqual(['ListTasks', 'DescribeTasks']);
  });

  it('with on-failure: stop reports the ECS rollback, reusing the revision registered before', async () => {
    box.requests.clear();
    const result = await deploy.run([agent('extractor', 'v5.1')]);
    expect(box.requests.count({ operation: 'RegisterTaskDefinition' })).toBe(0);
    const phase = result.phases[0];
    expect(phase?.status).toBe('failed');
    expect(phase?.rollback).toBeUndefined();
    expect(phase?.summary).toContain('the ECS circuit breaker rolled back to extractor:1');
    // A re-run reuses the revision registered the first time instead of adding another; the
    // output names what runs now, the revision ECS rolled back to.
    expect(phase?.details).toContain('extractor:1 → extractor:2, back on extractor:1');
    expect(phase?.details).toContain(
      'extractor: 555043101106.dkr.ecr.eu-west-3.amazonaws.com/ca-a2a/extractor:v5.0',
    );
    expect(phase?.outputs['extractor-task-definition-arn']).toMatch(/extractor:1$/);
    // Only this deployment's stopped tasks explain it, not the first run's of the same revision.
    expect(phase?.summary).toMatch(/\(3 tasks\); the ECS/);
    expect(phase?.details).toMatch(/^- 3 tasks: CannotPullContainerError/m);
  });
});

describe('ecs-deploy: stopping the wait', () => {
  it('stops polling at once when the run is cancelled', async () => {
    const controller = new AbortController();
    const running = deploy.run([{ service: 'slowpoke', 'force-new-deployment': true }], {
      signal: controller.signal,
      // A kind that ignored its signal would hold the test up past vitest's timeout.
      graceMs: 60_000,
    });
    await until(() => (deploy.logs.get('deploy')?.lines ?? []).some((l) => l.level === 'progress'));
    controller.abort(new RunCancelled('the workflow was cancelled'));
    const phase = (await running).phases[0];
    expect(phase?.status).toBe('cancelled');
    expect(phase?.summary).toBe(
      'the workflow was cancelled; ECS goes on rolling out service slowpoke',
    );
    expect(phase?.error).toMatchObject({
      kind: 'cancelled',
      goesOn: 'ECS goes on rolling out service slowpoke',
      hint: expect.stringContaining('re-run the release'),
    });
    expect(phase?.details).toMatch(/\| \[slowpoke\].*\| IN_PROGRESS \|/);
    const slowpoke = (await deploy.services(['slowpoke'])).get('slowpoke');
    expect(slowpoke?.deployments?.[0]?.rolloutState).toBe('IN_PROGRESS');
  });

  it('fails at the phase timeout, saying what it was waiting for', async () => {
    const result = await deploy.run([{ service: 'slowpoke', 'force-new-deployment': true }], {
      timeoutMs: 1500,
      graceMs: 60_000,
    });
    const phase = result.phases[0];
    expect(phase?.status).toBe('failed');
    expect(phase?.error?.kind).toBe('timeout');
    expect(phase?.details).toContain('slowpoke');
    const lastPoll = box.requests.filter({ operation: 'DescribeServices' }).at(-1);
    expect(lastPoll?.params).toMatchObject({ cluster: CLUSTER, services: ['slowpoke'] });
  });
});

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10));
}
