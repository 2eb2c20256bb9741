/**
 * The ecs-service check against the sandbox's ECS on a ManualClock: stable services, a rollout
 * under way and after it, image tags, missing services, batches of 10; and the http check against
 * the health route the sandbox serves for a load-balanced service, before and after the rollout.
 */
import {
  DescribeTaskDefinitionCommand,
  ECSClient,
  RegisterTaskDefinitionCommand,
  type RegisterTaskDefinitionCommandInput,
  UpdateServiceCommand,
} from '@aws-sdk/client-ecs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ecsServiceCheck } from '../../../src/checks/ecs-service/index.js';
import { httpCheck } from '../../../src/checks/http/index.js';
import { ManualClock, type Sandbox } from '../../../src/sandbox/index.js';
import { useSandbox } from '../../helpers/sandbox.js';
import { parse, runCheck, sandboxAws } from '../context.js';

const CLUSTER = 'ca-a2a-cluster';
const REGISTRY = '555043101106.dkr.ecr.eu-west-3.amazonaws.com/ca-a2a';
const AGENTS = ['orchestrator', 'extractor', 'validator', 'archivist'];
const BATCH = Array.from({ length: 12 }, (_, i) => `worker-${String(i + 1).padStart(2, '0')}`);

const clock = new ManualClock();
const sandbox = useSandbox({
  clock,
  scenario: {
    'account-id': '555043101106',
    ecs: {
      timing: { rollout: '20s' },
      clusters: [CLUSTER, 'batch-cluster'],
      services: [
        ...AGENTS.map((name, i) => ({
          name,
          cluster: CLUSTER,
          image: `${REGISTRY}/${name}:v5.0`,
          port: 8001 + i,
          'desired-count': name === 'orchestrator' ? 2 : 1,
          'load-balancer': name === 'orchestrator',
        })),
        {
          name: 'admin-api',
          cluster: CLUSTER,
          image: `${REGISTRY}/admin-api:v5.1`,
          'desired-count': 0,
          'load-balancer': true,
        },
        ...BATCH.map((name) => ({ name, cluster: 'batch-cluster', image: 'worker:3' })),
      ],
    },
  },
});

let box: Sandbox;
let aws: ReturnType<typeof sandboxAws>;
beforeAll(() => {
  box = sandbox();
  aws = sandboxAws(box);
});
afterAll(() => aws?.destroy());

const stable = (settings: Record<string, unknown>) =>
  runCheck(ecsServiceCheck, { cluster: CLUSTER, ...settings }, { aws });
const health = (settings: Record<string, unknown> = {}) =>
  runCheck(httpCheck, { url: `${box.url}/orchestrator/health`, ...settings });

/** Starts a rollout of the orchestrator to `tag`, as ecs-deploy would. */
async function rollOrchestratorTo(tag: string): Promise<void> {
  const ecs = aws.client(ECSClient);
  const live = await ecs.send(
    new DescribeTaskDefinitionCommand({ taskDefinition: 'orchestrator' }),
  );
  const { family, networkMode, requiresCompatibilities, cpu, memory, containerDefinitions } =
    live.taskDefinition ?? {};
  const input = {
    family,
    executionRoleArn: live.taskDefinition?.executionRoleArn,
    networkMode,
    requiresCompatibilities,
    cpu,
    memory,
    containerDefinitions: (containerDefinitions ?? []).map((c) => ({
      ...c,
      image: `${REGISTRY}/orchestrator:${tag}`,
    })),
  } as RegisterTaskDefinitionCommandInput;
  const registered = await ecs.send(new RegisterTaskDefinitionCommand(input));
  await ecs.send(
    new UpdateServiceCommand({
      cluster: CLUSTER,
      service: 'orchestrator',
      taskDefinition: registered.taskDefinition?.taskDefinitionArn,
    }),
  );
}

describe('ecs-service check settings', () => {
  it('needs a cluster and at least one valid service name', () => {
    expect(parse(ecsServiceCheck, { services: [] }).messages).toEqual([
      'with: "cluster" is missing',
      'with.services: the list needs at least 1 item',
    ]);
    expect(parse(ecsServiceCheck, { cluster: 'c', services: ['ok', 'not ok'] }).messages).toEqual([
      'with.services.1: expected an ECS service name, found the text "not ok"',
    ]);
  });
});

describe('ecs-service check', () => {
  it('passes when every service runs its one completed deployment', async () => {
    const { result } = await stable({ services: AGENTS, 'expect-image-tag': 'v5.0' });
    expect(result.ok).toBe(true);
    expect(result.summary).toBe('4/4 services stable on v5.0');
    expect(result.details).toContain('| ✅ | orchestrator | ACTIVE | 1 | COMPLETED | 2/2 |');
  });

  it('names the services that are not stable, and why', async () => {
    const { result } = await stable({ services: ['orchestrator', 'admin-api', 'billing'] });
    expect(result).toMatchObject({ ok: false });
    expect(result.summary).toBe('2/3 services stable; billing: missing');
    expect(result.details).toContain('| ❌ | billing | MISSING |');
  });

  it('fails plainly for an unknown cluster', async () => {
    const { result } = await runCheck(
      ecsServiceCheck,
      { cluster: 'ca-a2a', services: ['orchestrator'] },
      { aws },
    );
    expect(result).toEqual({ ok: false, summary: 'cluster "ca-a2a" not found' });
  });

  it('describes services 10 at a time', async () => {
    box.requests.clear();
    const { result } = await runCheck(
      ecsServiceCheck,
      { cluster: 'batch-cluster', services: BATCH },
      { aws },
    );
    expect(result.summary).toBe('12/12 services stable');
    const calls = box.requests.filter({ service: 'ecs', operation: 'DescribeServices' });
    expect(calls.map((c) => (c.params.services as string[]).length)).toEqual([10, 2]);
  });
});

describe('a rollout, seen by ecs-service and http checks', () => {
  it('answers healthy on the old version before the rollout; 503 with no task running', async () => {
    const { result } = await health({ 'expect-json': { status: 'healthy', version: 'v5.0' } });
    expect(result.ok).toBe(true);
    const down = await runCheck(httpCheck, { url: `${box.url}/admin-api/health` });
    expect(down.result.summary).toBe(`GET ${box.url}/admin-api/health: status 503, expected 200`);
  });

  it('is not stable while the rollout is under way', async () => {
    await rollOrchestratorTo('v5.1');
    clock.advance(1000);
    const { result } = await stable({ services: AGENTS, 'expect-image-tag': 'v5.1' });
    expect(result.ok).toBe(false);
    expect(result.summary).toMatch(
      /^0\/4 services stable on v5\.1; orchestrator: 2 deployments \(a rollout is under way\), rollout IN_PROGRESS.*; extractor: runs extractor:v5\.0, expected tag v5\.1; /,
    );
    const old = await health({ 'expect-json': { version: 'v5.1' } });
    expect(old.result.summary).toMatch(/: version is "v5\.0", expected "v5\.1"$/);
  });

  it('is stable on the new image once the rollout completed', async () => {
    clock.advance(30_000);
    const { result } = await stable({ services: ['orchestrator'], 'expect-image-tag': 'v5.1' });
    expect(result.summary).toBe('1/1 services stable on v5.1');
    const { result: answer } = await health({ 'expect-json': { version: 'v5.1' } });
    expect(answer.ok).toBe(true);
  });
});
