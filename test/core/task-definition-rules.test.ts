import { describe, expect, it } from 'vitest';
import { cpuUnits, FARGATE_SIZES, memoryMiB } from '../../src/core/fargate-sizes.js';
import { isTemplate } from '../../src/core/shape.js';
import { missingContainers, taskDefinitionProblems } from '../../src/core/task-definition-rules.js';

const ROLE = 'arn:aws:iam::555043101106:role/ecsTaskExecutionRole';
const ECR = '555043101106.dkr.ecr.eu-west-3.amazonaws.com/ca-a2a/admin-api:v5.1';

function fargate(overrides: Record<string, unknown> = {}, container: Record<string, unknown> = {}) {
  return {
    family: 'admin-api',
    requiresCompatibilities: ['FARGATE'],
    networkMode: 'awsvpc',
    cpu: '256',
    memory: '512',
    executionRoleArn: ROLE,
    containerDefinitions: [{ name: 'admin-api', image: ECR, ...container }],
    ...overrides,
  };
}

const rules = (td: Record<string, unknown>, options = {}) =>
  taskDefinitionProblems(td, options).map((p) => p.rule);

describe('the Fargate size table', () => {
  it('is AWS table: 256 with 512/1024/2048, ranges in 1, 4 and 8 GB steps', () => {
    const of = (cpu: number) => FARGATE_SIZES.find((s) => s.cpu === cpu)?.memory ?? [];
    expect(of(256)).toEqual([512, 1024, 2048]);
    expect(of(512)).toEqual([1024, 2048, 3072, 4096]);
    expect(of(1024)).toEqual([2048, 3072, 4096, 5120, 6144, 7168, 8192]);
    expect([of(2048).at(0), of(2048).at(-1), of(2048).length]).toEqual([4096, 16384, 13]);
    expect([of(4096).at(0), of(4096).at(-1), of(4096).length]).toEqual([8192, 30720, 23]);
    expect([of(8192).at(0), of(8192).at(-1), of(8192)[1]]).toEqual([16384, 61440, 20480]);
    expect([of(16384).at(0), of(16384).at(-1), of(16384)[1]]).toEqual([32768, 122880, 40960]);
  });

  it('reads cpu and memory as AWS does: units, vCPU, MiB, GB', () => {
    expect([cpuUnits('1024'), cpuUnits(512), cpuUnits('1 vCPU'), cpuUnits('.5 vcpu')]).toEqual([
      1024,
      512,
      1024,
      undefined,
    ]);
    expect([memoryMiB('2048'), memoryMiB('2 GB'), memoryMiB('0.5GB'), memoryMiB('lots')]).toEqual([
      2048,
      2048,
      512,
      undefined,
    ]);
  });
});

describe('taskDefinitionProblems', () => {
  it('accepts a valid Fargate definition, in vCPU and GB too', () => {
    expect(rules(fargate())).toEqual([]);
    expect(rules(fargate({ cpu: '1 vCPU', memory: '3 GB' }))).toEqual([]);
    expect(rules(fargate({ cpu: 16384, memory: 122880 }))).toEqual([]);
  });

  it('says which memory fits the cpu, and which cpu fits the memory', () => {
    const [problem] = taskDefinitionProblems(fargate({ cpu: '256', memory: '4096' }));
    expect(problem).toMatchObject({
      rule: 'fargate-size',
      path: ['memory'],
      message: 'memory "4096" does not fit cpu 256 on Fargate',
      hint: 'with cpu 256, memory can be 512, 1024, 2048; memory 4096 fits cpu 512, 1024, 2048',
    });
    const [long] = taskDefinitionProblems(fargate({ cpu: '2048', memory: '2000' }));
    expect(long?.hint).toBe('with cpu 2048, memory can be 4096 to 16384 in steps of 1024 (MiB)');
    const [cpu] = taskDefinitionProblems(fargate({ cpu: '300', memory: '1024' }));
    expect(cpu).toMatchObject({
      path: ['cpu'],
      message: 'cpu "300" is not a Fargate size',
      hint: 'memory 1024 fits cpu 256, 512; Fargate cpu values: 256, 512, 1024, 2048, 4096, 8192, 16384',
    });
  });

  it('Windows on Fargate needs at least 1 vCPU', () => {
    const windows = fargate({
      runtimePlatform: { operatingSystemFamily: 'WINDOWS_SERVER_2022_CORE' },
    });
    expect(taskDefinitionProblems(windows)[0]?.message).toBe(
      'cpu "256" is not a Fargate size for Windows',
    );
  });

  it('Fargate needs awsvpc, a task cpu and memory', () => {
    expect(rules(fargate({ networkMode: 'bridge' }))).toEqual(['fargate-network-mode']);
    expect(rules(fargate({ networkMode: undefined }))).toEqual(['fargate-network-mode']);
    expect(rules(fargate({ cpu: undefined, memory: undefined }))).toEqual([
      'fargate-cpu-missing',
      'fargate-memory-missing',
    ]);
  });

  it('the launch type FARGATE applies the Fargate rules to a definition that does not ask for it', () => {
    const bridge = { ...fargate({ networkMode: 'bridge', requiresCompatibilities: undefined }) };
    expect(rules(bridge)).toEqual([]);
    expect(rules(bridge, { launchType: 'FARGATE' })).toEqual(['fargate-network-mode']);
  });

  it('an execution role for awslogs and private ECR images on Fargate, and for secrets anywhere', () => {
    const container = {
      logConfiguration: { logDriver: 'awslogs', options: {} },
      secrets: [{ name: 'DB_PASSWORD', valueFrom: 'arn:aws:secretsmanager:…' }],
    };
    const noRole = fargate({ executionRoleArn: undefined }, container);
    const problems = taskDefinitionProblems(noRole);
    expect(problems.map((p) => [p.rule, p.path.join('.')])).toEqual([
      ['execution-role-awslogs', 'containerDefinitions.0.logConfiguration.logDriver'],
      ['execution-role-ecr', 'containerDefinitions.0.image'],
      ['execution-role-secrets', 'containerDefinitions.0.secrets'],
    ]);
    expect(problems[0]?.hint).toContain('"executionRoleArn"');
    const ec2 = { ...noRole, requiresCompatibilities: ['EC2'], memory: '512' };
    expect(rules(ec2)).toEqual(['execution-role-secrets']);
    expect(
      rules(fargate({ executionRoleArn: undefined }, { image: 'public.ecr.aws/nginx:1' })),
    ).toEqual([]);
  });

  it('EC2 containers need memory or memoryReservation unless the task has memory', () => {
    const ec2 = {
      family: 'worker',
      containerDefinitions: [
        { name: 'a', image: 'a' },
        { name: 'b', image: 'b', memoryReservation: 256 },
      ],
    };
    const [problem, ...rest] = taskDefinitionProblems(ec2);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ rule: 'container-memory', path: ['containerDefinitions', 0] });
    expect(problem?.message).toBe(
      'container "a" has neither memory nor memoryReservation, and the task has no memory: ECS requires one of them for EC2',
    );
    expect(rules({ ...ec2, memory: '1024' })).toEqual([]);
    expect(rules({ ...ec2, requiresCompatibilities: ['EC2'] })).toEqual(['container-memory']);
    expect(rules(fargate({}, { memory: undefined }))).toEqual([]);
  });

  it('skips values that are not known yet', () => {
    const unknown = isTemplate;
    const td = fargate({ cpu: '${{ vars.cpu }}', networkMode: '${{ vars.mode }}' });
    expect(rules(td, { unknown })).toEqual([]);
    expect(
      rules(fargate({ executionRoleArn: '${{ vars.role }}' }, { secrets: [{}] }), { unknown }),
    ).toEqual([]);
  });
});

describe('missingContainers', () => {
  it('names the container and lists those the definition has', () => {
    const td = fargate();
    const problems = missingContainers(td, [
      { where: 'images', name: 'admin-api', path: ['images', 'admin-api'] },
      { where: 'env', name: 'adminapi', path: ['env', 'adminapi'] },
    ]);
    expect(problems).toEqual([
      {
        rule: 'container-name',
        path: ['env', 'adminapi'],
        message: 'env names container "adminapi", which is not in the task definition',
        hint: 'its containers are: admin-api',
        container: 'adminapi',
      },
    ]);
  });
});
