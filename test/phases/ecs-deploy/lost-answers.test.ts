/**
 * Calls whose answer is lost after ECS carried them out (the sandbox's `answer-lost` fault): a
 * RegisterTaskDefinition is not sent again blindly (it would add a revision), a CreateService is
 * resent with its client token and answers the service it created.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../../src/sandbox/index.js';
import { useSandbox } from '../../helpers/sandbox.js';
import { adminApi, agent, caA2aScenario, type Deployer, deployer, revisionOf } from './harness.js';

const sandbox = useSandbox(() => ({ scenario: caA2aScenario() }));
let deploy: Deployer;
let box: Sandbox;
beforeAll(() => {
  box = sandbox();
  deploy = deployer(box);
});
afterAll(() => deploy.close());

const calls = (operation: string) => box.requests.filter({ service: 'ecs', operation });

describe('ecs-deploy when an answer is lost after ECS acted', () => {
  it('registers the revision once: the lost answer is settled by the family latest revision', async () => {
    box.requests.clear();
    box.faults.add({
      service: 'ecs',
      operation: 'RegisterTaskDefinition',
      nth: 1,
      fault: 'answer-lost',
    });
    const result = await deploy.run([agent('orchestrator', 'v5.1')]);
    box.faults.clear();
    expect(result.phases[0]?.status, result.phases[0]?.summary).toBe('succeeded');
    // One RegisterTaskDefinition: the SDK did not resend it, phasegate looked instead.
    expect(calls('RegisterTaskDefinition').map((r) => r.outcome)).toEqual(['dropped']);
    const services = await deploy.services(['orchestrator']);
    expect(revisionOf(services.get('orchestrator'))).toBe('orchestrator:2');
  });

  it('creates a service once: the SDK resends CreateService with the same client token', async () => {
    box.requests.clear();
    box.faults.add({ service: 'ecs', operation: 'CreateService', nth: 1, fault: 'answer-lost' });
    const result = await deploy.run([adminApi]);
    box.faults.clear();
    expect(result.phases[0]?.status, result.phases[0]?.summary).toBe('succeeded');
    expect(calls('CreateService').map((r) => r.outcome)).toEqual(['dropped', 'ok']);
    const admin = (await deploy.services(['admin-api'])).get('admin-api');
    expect(admin?.deployments).toHaveLength(1);
  });
});

describe('ecs-deploy when a look fails', () => {
  it('polls on past a few DescribeServices the world failed, and says so', async () => {
    // From the 3rd call (the first ones prepare the deploy), nine in a row: past the test
    // clients' 3 SDK attempts three times, so the watcher's own polls have to look past them.
    const nth = Array.from({ length: 9 }, (_, i) => 3 + i);
    box.faults.add({ service: 'ecs', operation: 'DescribeServices', nth, fault: 'server-error' });
    const result = await deploy.run([agent('extractor', 'v5.1')]);
    box.faults.clear();
    expect(result.phases[0]?.status, result.phases[0]?.summary).toBe('succeeded');
    expect(deploy.logs.get('deploy')?.text()).toMatch(/DescribeServices failed \(ServerException/);
  });
});
