/**
 * Deleted services through the real @aws-sdk/client-ecs and the AWS CLI. AWS's DeleteService:
 * the service "moves from ACTIVE to DRAINING, and the service is no longer visible in the
 * console or in the ListServices API operation"; "Services in the DRAINING or INACTIVE status
 * can still be viewed with the DescribeServices API operation"; "If you attempt to create a new
 * service with the same name as an existing service in either ACTIVE or DRAINING status, you
 * receive an error."
 */
import {
  CreateServiceCommand,
  DeleteServiceCommand,
  DescribeServicesCommand,
  type ECSClient,
  InvalidParameterException,
  ListServicesCommand,
  ServiceNotActiveException,
  UpdateServiceCommand,
} from '@aws-sdk/client-ecs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/sandbox/clock.js';
import { awsCli, hasAwsCli } from '../helpers/aws-cli.js';
import { clientsFor, type SandboxClients, useSandbox } from '../helpers/sandbox.js';
import { SUBNETS } from './ecs-harness.js';

const CLUSTER = 'ca-a2a-cluster';
const ARN = `arn:aws:ecs:eu-west-3:555043101106:service/${CLUSTER}`;
const clock = new ManualClock(Date.UTC(2026, 2, 1, 12));

const sandbox = useSandbox({
  clock,
  scenario: {
    'account-id': '555043101106',
    ecs: {
      clusters: [CLUSTER],
      timing: { 'task-stop': '30s' },
      services: ['orchestrator', 'extractor'].map((name) => ({
        name,
        image: `registry.example/${name}:5.0`,
      })),
    },
  },
});

let clients: SandboxClients;
let ecs: ECSClient;
beforeAll(() => {
  clients = clientsFor(sandbox(), { maxAttempts: 1 });
  ecs = clients.ecs;
});
afterAll(() => clients.destroy());

const listed = async () =>
  (await ecs.send(new ListServicesCommand({ cluster: CLUSTER }))).serviceArns ?? [];
const described = (services: string[]) =>
  ecs.send(new DescribeServicesCommand({ cluster: CLUSTER, services }));
const createExtractor = () =>
  ecs.send(
    new CreateServiceCommand({
      cluster: CLUSTER,
      serviceName: 'extractor',
      taskDefinition: 'extractor:1',
      desiredCount: 1,
      launchType: 'FARGATE',
      networkConfiguration: SUBNETS as never,
    }),
  );

describe('a deleted service', () => {
  it('is DRAINING while its tasks stop: not listed, still described, neither updated nor created', async () => {
    await ecs.send(
      new DeleteServiceCommand({ cluster: CLUSTER, service: 'extractor', force: true }),
    );
    expect(await listed()).toEqual([`${ARN}/orchestrator`]);
    const { services, failures } = await described(['extractor', 'ghost']);
    expect(services?.map((s) => [s.serviceName, s.status])).toEqual([['extractor', 'DRAINING']]);
    expect(failures).toEqual([{ arn: `${ARN}/ghost`, reason: 'MISSING' }]);
    await expect(
      ecs.send(
        new UpdateServiceCommand({ cluster: CLUSTER, service: 'extractor', desiredCount: 1 }),
      ),
    ).rejects.toBeInstanceOf(ServiceNotActiveException);
    await expect(createExtractor()).rejects.toBeInstanceOf(InvalidParameterException);
  });

  it('turns INACTIVE once its tasks stopped: still described, not listed, and may be created again', async () => {
    clock.advance(30_000);
    const { services } = await described(['extractor']);
    expect(services?.[0]?.status).toBe('INACTIVE');
    expect(await listed()).toEqual([`${ARN}/orchestrator`]);
    await createExtractor();
    expect(await listed()).toEqual([`${ARN}/orchestrator`, `${ARN}/extractor`]);
  });
});

describe.skipIf(!hasAwsCli)(
  'a deleted service through the AWS CLI (skipped without /usr/bin/aws)',
  () => {
    it('list-services leaves out a DRAINING service; describe-services shows it', {
      timeout: 30_000,
    }, async () => {
      await ecs.send(
        new DeleteServiceCommand({ cluster: CLUSTER, service: 'orchestrator', force: true }),
      );
      const list = await awsCli(sandbox(), ['ecs', 'list-services', '--cluster', CLUSTER]);
      expect(JSON.parse(list.stdout).serviceArns).toEqual([`${ARN}/extractor`]);
      const describe = await awsCli(sandbox(), [
        'ecs',
        'describe-services',
        '--cluster',
        CLUSTER,
        '--services',
        'orchestrator',
      ]);
      expect(JSON.parse(describe.stdout).services[0].status).toBe('DRAINING');
    });
  },
);
