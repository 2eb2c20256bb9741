/**
 * RegisterTaskDefinition refuses what ECS refuses, with AWS's messages, seen through the real
 * @aws-sdk/client-ecs and the AWS CLI v2 (skipped when /usr/bin/aws is absent).
 */
import {
  ClientException,
  type ECSClient,
  RegisterTaskDefinitionCommand,
  RunTaskCommand,
} from '@aws-sdk/client-ecs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { awsCli, hasAwsCli } from '../helpers/aws-cli.js';
import { clientsFor, type SandboxClients, useSandbox } from '../helpers/sandbox.js';
import { fargateDefinition, SUBNETS } from './ecs-harness.js';

const ECR = '555043101106.dkr.ecr.eu-west-3.amazonaws.com/ca-a2a/admin-api:v5.1';
const sandbox = useSandbox({
  scenario: { 'account-id': '555043101106', ecs: { clusters: ['c'] } },
});

let clients: SandboxClients;
let ecs: ECSClient;
beforeAll(() => {
  clients = clientsFor(sandbox(), { maxAttempts: 1 });
  ecs = clients.ecs;
});
afterAll(() => clients.destroy());

type Td = Record<string, unknown>;
const base = (): Td => fargateDefinition('admin-api', 'admin-api:5.1', 'admin-api');
const withContainer = (td: Td, extra: Td): Td => ({
  ...td,
  containerDefinitions: [{ ...(td.containerDefinitions as Td[])[0], ...extra }],
});
const noRole = (): Td => ({ ...base(), executionRoleArn: undefined });

/** Each mistake and AWS's message for it. */
const REFUSED: [string, () => Td, string][] = [
  [
    'Fargate cpu and memory that do not fit',
    () => ({ ...base(), cpu: '256', memory: '4096' }),
    "Invalid 'cpu' setting for task.",
  ],
  [
    'a cpu Fargate does not have',
    () => ({ ...base(), cpu: '300' }),
    "Invalid 'cpu' setting for task.",
  ],
  [
    'Fargate without awsvpc',
    () => ({ ...base(), networkMode: 'bridge' }),
    'Fargate only supports network mode ‘awsvpc’.',
  ],
  [
    'awslogs on Fargate without an execution role',
    noRole,
    'Fargate requires task definition to have execution role ARN to support log driver awslogs.',
  ],
  [
    'a private ECR image on Fargate without an execution role',
    () => withContainer(noRole(), { image: ECR, logConfiguration: undefined }),
    'Fargate requires task definition to have execution role ARN to support ECR images.',
  ],
  [
    'secrets without an execution role (EC2)',
    () => ({
      family: 'worker',
      requiresCompatibilities: ['EC2'],
      containerDefinitions: [
        { name: 'w', image: 'w:1', memory: 256, secrets: [{ name: 'A', valueFrom: 'arn:x' }] },
      ],
    }),
    "When you are specifying container secrets, you must also specify a value for 'executionRoleArn'.",
  ],
  [
    'an EC2 container with neither memory nor memoryReservation',
    () => ({ family: 'worker', containerDefinitions: [{ name: 'w', image: 'w:1' }] }),
    "Invalid setting for container 'w'. At least one of 'memory' or 'memoryReservation' must be specified.",
  ],
];

describe('RegisterTaskDefinition through @aws-sdk/client-ecs', () => {
  for (const [mistake, td, message] of REFUSED)
    it(`refuses ${mistake}`, async () => {
      const sent = ecs.send(new RegisterTaskDefinitionCommand(td() as never));
      await expect(sent).rejects.toBeInstanceOf(ClientException);
      await expect(sent).rejects.toThrow(message);
    });

  it('accepts what fits: 1 vCPU with 3 GB, an EC2 container under task-level memory', async () => {
    const accepted = [
      { ...base(), cpu: '1 vCPU', memory: '3 GB' },
      { family: 'worker', memory: '512', containerDefinitions: [{ name: 'w', image: 'w:1' }] },
      withContainer(noRole(), {
        image: 'public.ecr.aws/nginx/nginx:1',
        logConfiguration: undefined,
      }),
    ];
    for (const td of accepted)
      await expect(ecs.send(new RegisterTaskDefinitionCommand(td as never))).resolves.toBeTruthy();
  });

  it('refuses a value of the wrong type with a SerializationException', async () => {
    const list = ecs.send(new RegisterTaskDefinitionCommand({ ...base(), cpu: [512] } as never));
    await expect(list).rejects.toMatchObject({
      name: 'SerializationException',
      message: 'Start of list found where not expected',
    });
    const port = withContainer(base(), { portMappings: [{ containerPort: 'eighty' }] });
    await expect(ecs.send(new RegisterTaskDefinitionCommand(port as never))).rejects.toMatchObject({
      name: 'SerializationException',
      message: 'STRING_VALUE cannot be converted to Integer',
    });
  });

  it('does not store keys the model lacks (the SDK drops them; so does the sandbox when sent raw)', async () => {
    const raw = await fetch(sandbox().url, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': 'AmazonEC2ContainerServiceV20141113.RegisterTaskDefinition',
      },
      body: JSON.stringify(
        withContainer(
          { ...base(), family: 'extra-keys', bogus: 1 },
          {
            portMappings: [{ containerPort: 80, containerPrt: 81 }],
          },
        ),
      ),
    });
    expect(raw.status).toBe(200);
    const { taskDefinition } = (await raw.json()) as { taskDefinition: Td };
    expect(taskDefinition.bogus).toBeUndefined();
    expect((taskDefinition.containerDefinitions as Td[])[0]?.portMappings).toEqual([
      { containerPort: 80, hostPort: 80, protocol: 'tcp' },
    ]);
  });

  it('stores 1 vCPU and 3 GB as AWS does, in units and MiB', async () => {
    const td = { ...base(), family: 'in-words', cpu: '1 vCPU', memory: '3 GB' };
    const { taskDefinition } = await ecs.send(new RegisterTaskDefinitionCommand(td as never));
    expect([taskDefinition?.cpu, taskDefinition?.memory]).toEqual(['1024', '3072']);
  });

  it('a definition that does not ask for FARGATE is Fargate-compatible only when it fits Fargate', async () => {
    const loose = {
      ...base(),
      family: 'loose',
      requiresCompatibilities: undefined,
      memory: '4096',
    };
    const { taskDefinition } = await ecs.send(new RegisterTaskDefinitionCommand(loose as never));
    expect(taskDefinition?.compatibilities).toEqual(['EC2']);
    await expect(
      ecs.send(
        new RunTaskCommand({
          cluster: 'c',
          taskDefinition: 'loose',
          launchType: 'FARGATE',
          networkConfiguration: SUBNETS as never,
        }),
      ),
    ).rejects.toThrow('Task definition does not support launch_type FARGATE.');
  });
});

describe.skipIf(!hasAwsCli)(
  'aws ecs register-task-definition (skipped: /usr/bin/aws is not installed)',
  () => {
    // One CLI start costs about 3 s: three of the mistakes are enough to see the wire is right.
    it("prints AWS's message as a ClientException", { timeout: 60_000 }, async () => {
      for (const [, td, message] of REFUSED.filter((_, i) => [0, 3, 6].includes(i))) {
        const json = JSON.stringify(td());
        const result = await awsCli(sandbox(), [
          'ecs',
          'register-task-definition',
          '--cli-input-json',
          json,
        ]);
        expect(result.code).not.toBe(0);
        expect(result.stderr).toContain(
          `An error occurred (ClientException) when calling the RegisterTaskDefinition operation: ${message}`,
        );
      }
    });
  },
);
