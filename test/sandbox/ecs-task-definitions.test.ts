import { describe, expect, it } from 'vitest';
import { ecsHarness, fargateDefinition, START } from './ecs-harness.js';

const ARN = 'arn:aws:ecs:eu-west-3:555043101106:task-definition';

describe('RegisterTaskDefinition', () => {
  it('numbers revisions per family and adds the fields AWS adds', async () => {
    const h = ecsHarness({});
    const td = {
      ...fargateDefinition('ca-a2a-admin-api', 'admin:5.1.0'),
      taskRoleArn: 'role',
      executionRoleArn: 'exec',
    };
    const first = (await h.call('RegisterTaskDefinition', td)).taskDefinition;
    const second = (await h.call('RegisterTaskDefinition', td)).taskDefinition;
    expect(first).toMatchObject({
      taskDefinitionArn: `${ARN}/ca-a2a-admin-api:1`,
      family: 'ca-a2a-admin-api',
      revision: 1,
      status: 'ACTIVE',
      compatibilities: ['EC2', 'FARGATE'],
      registeredAt: START / 1000,
      registeredBy: 'arn:aws:iam::555043101106:root',
      volumes: [],
      placementConstraints: [],
    });
    expect(first.requiresAttributes).toEqual(
      expect.arrayContaining([
        { name: 'com.amazonaws.ecs.capability.task-iam-role' },
        { name: 'ecs.capability.task-eni' },
        { name: 'com.amazonaws.ecs.capability.logging-driver.awslogs' },
        { name: 'ecs.capability.execution-role-awslogs' },
      ]),
    );
    expect(second.revision).toBe(2);
  });

  it('fills container defaults the way AWS returns them', async () => {
    const h = ecsHarness({});
    const { taskDefinition } = await h.call(
      'RegisterTaskDefinition',
      fargateDefinition('f', 'img:1'),
    );
    expect(taskDefinition.containerDefinitions[0]).toMatchObject({
      cpu: 0,
      essential: true,
      environment: [],
      mountPoints: [],
      volumesFrom: [],
      systemControls: [],
      portMappings: [{ containerPort: 8080, hostPort: 8080, protocol: 'tcp' }],
    });
  });

  it('refuses definitions AWS refuses', async () => {
    const h = ecsHarness({});
    const td = fargateDefinition('f', 'img:1');
    const cases: [Record<string, unknown>, string][] = [
      [{ ...td, containerDefinitions: [] }, 'Container list cannot be empty.'],
      [
        { ...td, containerDefinitions: [{ name: 'a' }] },
        'Container.image should not be null or empty.',
      ],
      [{ ...td, networkMode: 'bridge' }, 'Fargate only supports network mode ‘awsvpc’.'],
      [{ ...td, cpu: undefined }, "Fargate requires that 'cpu' be defined at the task level."],
      [{ ...td, family: 'bad name' }, expect.stringContaining('Family name') as unknown as string],
    ];
    for (const [input, message] of cases) {
      await expect(h.call('RegisterTaskDefinition', input)).rejects.toMatchObject({
        code: 'ClientException',
        message,
      });
    }
  });
});

describe('DescribeTaskDefinition and DeregisterTaskDefinition', () => {
  it('resolves a family to its latest ACTIVE revision, family:revision and ARNs to exactly one', async () => {
    const h = ecsHarness({});
    for (const tag of ['1', '2', '3'])
      await h.call('RegisterTaskDefinition', fargateDefinition('f', `img:${tag}`));
    await h.call('DeregisterTaskDefinition', { taskDefinition: 'f:3' });
    const image = async (ref: string) =>
      (await h.call('DescribeTaskDefinition', { taskDefinition: ref })).taskDefinition
        .containerDefinitions[0].image;
    expect(await image('f')).toBe('img:2');
    expect(await image('f:1')).toBe('img:1');
    expect(await image(`${ARN}/f:3`)).toBe('img:3');
    const inactive = (await h.call('DescribeTaskDefinition', { taskDefinition: 'f:3' }))
      .taskDefinition;
    expect(inactive).toMatchObject({ status: 'INACTIVE', deregisteredAt: START / 1000 });
    await expect(h.call('DescribeTaskDefinition', { taskDefinition: 'g' })).rejects.toMatchObject({
      code: 'ClientException',
      message: 'Unable to describe task definition.',
    });
  });

  it('lists ACTIVE revisions by default, in order, with pages', async () => {
    const h = ecsHarness({});
    for (const tag of ['1', '2', '3'])
      await h.call('RegisterTaskDefinition', fargateDefinition('f', `img:${tag}`));
    await h.call('DeregisterTaskDefinition', { taskDefinition: 'f:2' });
    const page1 = await h.call('ListTaskDefinitions', { familyPrefix: 'f', maxResults: 1 });
    expect(page1.taskDefinitionArns).toEqual([`${ARN}/f:1`]);
    const page2 = await h.call('ListTaskDefinitions', {
      familyPrefix: 'f',
      nextToken: page1.nextToken,
    });
    expect(page2).toEqual({ taskDefinitionArns: [`${ARN}/f:3`] });
    const inactive = await h.call('ListTaskDefinitions', { status: 'INACTIVE' });
    expect(inactive.taskDefinitionArns).toEqual([`${ARN}/f:2`]);
  });

  it('a service cannot use an INACTIVE revision', async () => {
    const h = ecsHarness({ clusters: ['c'] });
    await h.call('RegisterTaskDefinition', fargateDefinition('f', 'img:1'));
    await h.call('DeregisterTaskDefinition', { taskDefinition: 'f:1' });
    await expect(
      h.call('CreateService', {
        cluster: 'c',
        serviceName: 's',
        taskDefinition: 'f:1',
        desiredCount: 1,
      }),
    ).rejects.toMatchObject({
      code: 'InvalidParameterException',
      message: 'TaskDefinition is inactive',
    });
  });
});
