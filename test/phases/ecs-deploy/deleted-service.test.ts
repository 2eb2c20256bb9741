/**
 * A service that was deleted, as ecs-deploy meets it: DRAINING (being deleted; ECS would refuse
 * both UpdateService and CreateService) fails the phase before any change, saying to wait until
 * it is INACTIVE; INACTIVE is created again with create:, and explained without it.
 */
import { DeleteServiceCommand } from '@aws-sdk/client-ecs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/sandbox/clock.js';
import type { Sandbox } from '../../../src/sandbox/index.js';
import { useSandbox } from '../../helpers/sandbox.js';
import { CLUSTER, caA2aScenario, type Deployer, deployer } from './harness.js';

const clock = new ManualClock(Date.UTC(2026, 2, 1, 12));
const sandbox = useSandbox(() => ({
  clock,
  scenario: caA2aScenario({ timing: { 'task-stop': '30s' } }),
}));
let deploy: Deployer;
let box: Sandbox;
beforeAll(async () => {
  box = sandbox();
  deploy = deployer(box);
  await deploy.clients.ecs.send(
    new DeleteServiceCommand({ cluster: CLUSTER, service: 'extractor', force: true }),
  );
});
afterAll(() => deploy.close());

const mutating = ['RegisterTaskDefinition', 'CreateService', 'UpdateService', 'DeleteService'];
const mutatingCalls = () =>
  box.requests.filter({ service: 'ecs' }).filter((r) => mutating.includes(r.operation));
const create = { subnets: ['subnet-0a1'], 'security-groups': ['sg-0ecs'] };
const extractor = (extra: Record<string, unknown> = {}) => ({
  service: 'extractor',
  'task-definition-arn': 'extractor:1',
  ...extra,
});

describe('ecs-deploy: a DRAINING service', () => {
  it('fails before any change, saying to wait until it is INACTIVE, with or without create:', async () => {
    box.requests.clear();
    const phases = [
      (await deploy.run([extractor()])).phases[0],
      (await deploy.run([extractor({ create })])).phases[0],
    ];
    const summary =
      'service extractor in cluster ca-a2a-cluster is DRAINING (being deleted); ECS can neither update it nor create a service of that name until it is INACTIVE';
    expect(phases.map((p) => [p?.status, p?.error?.kind, p?.summary])).toEqual([
      ['failed', 'failure', summary],
      ['failed', 'failure', summary],
    ]);
    const wait =
      'wait until it is INACTIVE (aws ecs wait services-inactive --cluster ca-a2a-cluster --services extractor)';
    expect(phases.map((p) => p?.error?.hint)).toEqual([
      `${wait}, then add create: to create it again`,
      `${wait}, then the phase creates it again`,
    ]);
    expect(mutatingCalls()).toEqual([]);
  });

  it('plan (dry run) says the same', async () => {
    const [phase] = (await deploy.run([extractor({ create })], { mode: 'plan' })).phases;
    expect(phase?.summary).toContain('is DRAINING (being deleted)');
  });
});

describe('ecs-deploy: an INACTIVE service', () => {
  it('is explained without create:, and created again with it', async () => {
    clock.advance(30_000);
    const [without] = (await deploy.run([extractor()])).phases;
    expect(without?.summary).toBe(
      'service extractor in cluster ca-a2a-cluster is INACTIVE (it was deleted)',
    );
    expect(without?.error?.hint).toBe('add create: to create it again');
    const [planned] = (await deploy.run([extractor({ create })], { mode: 'plan' })).phases;
    expect(planned?.status).toBe('planned');
    expect(planned?.summary).toBe('1 service: 1 to create');
    expect(planned?.plan?.items[0]?.facts).toContain('revision: (new service) → extractor:1');
  });
});
