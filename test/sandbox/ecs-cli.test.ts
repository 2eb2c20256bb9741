/**
 * The AWS CLI v2 (Debian's awscli, /usr/bin/aws) against the simulated ECS. CLI 2.9 predates
 * AWS_ENDPOINT_URL_ECS, so the endpoint is passed with --endpoint-url. The scenario's time scale
 * (1 real ms = 1000 simulated ms) lets a 20 s rollout finish long before the CLI's own first
 * services-stable poll, so the waiter's 15 s delay is never reached.
 */
import { DescribeServicesCommand } from '@aws-sdk/client-ecs';
import { describe, expect, it } from 'vitest';
import { awsCli, hasAwsCli } from '../helpers/aws-cli.js';
import { clientsFor, useSandbox } from '../helpers/sandbox.js';
import { fargateDefinition } from './ecs-harness.js';

const CLUSTER = 'ca-a2a-cluster';

const sandbox = useSandbox({
  scenario: {
    'time-scale': 1000,
    ecs: {
      clusters: [CLUSTER],
      services: [
        { name: 'extractor', 'task-definition': 'ca-a2a-extractor:4', image: 'extractor:5.0.3' },
      ],
    },
  },
});

async function aws(...args: string[]) {
  const result = await awsCli(sandbox(), args);
  if (result.code !== 0)
    throw new Error(`aws ${args.join(' ')} exited ${result.code}: ${result.stderr}`);
  return result;
}

describe.skipIf(!hasAwsCli)('AWS CLI v2 (skipped: /usr/bin/aws is not installed)', () => {
  // Each CLI start takes about 3 s on the CI machine.
  it('registers a task definition, updates the service and waits for it to be stable', {
    timeout: 60_000,
  }, async () => {
    const definition = JSON.stringify(
      fargateDefinition('ca-a2a-extractor', 'extractor:5.1.0', 'extractor'),
    );
    const registered = JSON.parse(
      (await aws('ecs', 'register-task-definition', '--cli-input-json', definition)).stdout,
    );
    expect(registered.taskDefinition).toMatchObject({
      family: 'ca-a2a-extractor',
      revision: 5,
      status: 'ACTIVE',
    });

    const updated = JSON.parse(
      (
        await aws(
          'ecs',
          'update-service',
          '--cluster',
          CLUSTER,
          '--service',
          'extractor',
          '--task-definition',
          'ca-a2a-extractor:5',
        )
      ).stdout,
    );
    expect(updated.service.deployments[0]).toMatchObject({
      status: 'PRIMARY',
      rolloutState: 'IN_PROGRESS',
    });

    await aws('ecs', 'wait', 'services-stable', '--cluster', CLUSTER, '--services', 'extractor');
    // Each CLI start costs seconds here, so the result is read back through the SDK.
    const ecs = clientsFor(sandbox()).ecs;
    const { services } = await ecs.send(
      new DescribeServicesCommand({ cluster: CLUSTER, services: ['extractor'] }),
    );
    ecs.destroy();
    expect(services?.[0]?.deployments).toHaveLength(1);
    expect(services?.[0]?.deployments?.[0]).toMatchObject({ rolloutState: 'COMPLETED' });
    expect(services?.[0]?.taskDefinition).toMatch(/ca-a2a-extractor:5$/);
  });

  it('reports a missing service as the waiter failure AWS gives', { timeout: 30_000 }, async () => {
    const args = ['ecs', 'wait', 'services-stable', '--cluster', CLUSTER, '--services', 'ghost'];
    const waited = await awsCli(sandbox(), args);
    expect(waited.code).not.toBe(0);
    expect(waited.stderr).toContain('Waiter ServicesStable failed');
  });
});
