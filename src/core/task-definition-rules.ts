/**
 * What ECS refuses at RegisterTaskDefinition (or when the task is placed on Fargate), as a pure
 * function of the registration input: phasegate checks files at validation and the final input
 * before registering, and the sandbox refuses the same with AWS's words. Each problem names the
 * rule (the sandbox maps it to AWS's message), the JSON key path, and what fits instead.
 * docs/sandbox-fidelity.md ("ECS task definitions at registration") lists the sources.
 */
import { cpuUnits, fargateSizes, memoryListText, memoryMiB } from './fargate-sizes.js';

/** What RegisterTaskDefinition refuses. */
export type RegistrationRule =
  | 'fargate-network-mode'
  | 'fargate-cpu-missing'
  | 'fargate-memory-missing'
  | 'fargate-size'
  | 'execution-role-awslogs'
  | 'execution-role-ecr'
  | 'execution-role-secrets'
  | 'container-memory';

/** Plus the containers a plan names that the definition does not have. */
export type TaskDefinitionRule = RegistrationRule | 'container-name';

export type KeyPath = (string | number)[];

export interface TaskDefinitionProblem<Rule extends TaskDefinitionRule = TaskDefinitionRule> {
  rule: Rule;
  /** Where in the registration input, e.g. ["containerDefinitions", 0, "image"]. */
  path: KeyPath;
  message: string;
  /** What to write instead. */
  hint: string;
  /** The container the problem is about, when it is about one. */
  container?: string;
}

export type RegistrationProblem = TaskDefinitionProblem<RegistrationRule>;

export interface RuleOptions {
  /** The launch type the task will run with, when known: FARGATE applies Fargate's rules too. */
  launchType?: string | undefined;
  /** Values not known yet (`${{ }}` templates at validation): the checks on them are skipped. */
  unknown?: (value: unknown) => boolean;
}

type Input = Record<string, unknown>;

interface Ctx {
  td: Input;
  unknown: (value: unknown) => boolean;
  fargate: boolean;
  ec2: boolean;
}

/** Every problem ECS would refuse the definition for, in the order AWS's checks are listed. */
export function taskDefinitionProblems(
  td: Input,
  options: RuleOptions = {},
): RegistrationProblem[] {
  const requires = Array.isArray(td.requiresCompatibilities)
    ? td.requiresCompatibilities.map(String)
    : [];
  const ctx: Ctx = {
    td,
    unknown: options.unknown ?? (() => false),
    fargate: requires.includes('FARGATE') || options.launchType === 'FARGATE',
    // Without requiresCompatibilities ECS validates for EC2, its default.
    ec2: requires.length === 0 || requires.includes('EC2'),
  };
  return [
    ...(ctx.fargate ? fargateProblems(ctx) : []),
    ...executionRoleProblems(ctx),
    ...(ctx.ec2 ? containerMemoryProblems(ctx) : []),
  ];
}

function containers(td: Input): { c: Input; i: number; name: string }[] {
  const list = Array.isArray(td.containerDefinitions) ? td.containerDefinitions : [];
  return list.flatMap((c, i) =>
    typeof c === 'object' && c !== null ? [{ c: c as Input, i, name: String(c.name ?? '') }] : [],
  );
}

const SIZES_HINT = 'Fargate cpu values: 256, 512, 1024, 2048, 4096, 8192, 16384';

// "For Amazon ECS tasks on Fargate, the awsvpc network mode is required"; "This field is
// required for Fargate" (cpu, memory): the RegisterTaskDefinition API reference.
function fargateProblems(ctx: Ctx): RegistrationProblem[] {
  const { td } = ctx;
  const problems: RegistrationProblem[] = [];
  if (td.networkMode !== 'awsvpc' && !ctx.unknown(td.networkMode))
    problems.push({
      rule: 'fargate-network-mode',
      path: ['networkMode'],
      message: `networkMode is ${td.networkMode === undefined ? 'not set (ECS then uses bridge)' : `"${String(td.networkMode)}"`}; Fargate requires awsvpc`,
      hint: 'write "networkMode": "awsvpc"',
    });
  for (const key of ['cpu', 'memory'] as const)
    if (td[key] === undefined || td[key] === null || td[key] === '')
      problems.push({
        rule: key === 'cpu' ? 'fargate-cpu-missing' : 'fargate-memory-missing',
        path: [key],
        message: `Fargate requires a task-level ${key}, and it is missing`,
        hint: `add "${key}" at the task level, e.g. "cpu": "256", "memory": "512"; ${SIZES_HINT}`,
      });
  if (problems.some((p) => p.rule !== 'fargate-network-mode')) return problems;
  return [...problems, ...sizeProblems(ctx)];
}

function sizeProblems(ctx: Ctx): RegistrationProblem[] {
  const { td } = ctx;
  if (ctx.unknown(td.cpu) || ctx.unknown(td.memory)) return [];
  const runtime = td.runtimePlatform as Input | undefined;
  const windows = String(runtime?.operatingSystemFamily ?? '').startsWith('WINDOWS');
  const sizes = fargateSizes(windows);
  const cpu = cpuUnits(td.cpu);
  const memory = memoryMiB(td.memory);
  const size = sizes.find((s) => s.cpu === cpu);
  if (size && memory !== undefined && size.memory.includes(memory)) return [];
  const fitting = sizes.filter((s) => memory !== undefined && s.memory.includes(memory));
  const forMemory =
    fitting.length > 0 ? `memory ${memory} fits cpu ${fitting.map((s) => s.cpu).join(', ')}` : '';
  if (!size) {
    const cpus = `Fargate${windows ? ' (Windows)' : ''} cpu values: ${sizes.map((s) => s.cpu).join(', ')}`;
    return [
      {
        rule: 'fargate-size',
        path: ['cpu'],
        message: `cpu ${JSON.stringify(td.cpu)} is not a Fargate size${windows ? ' for Windows' : ''}`,
        hint: forMemory ? `${forMemory}; ${cpus}` : cpus,
      },
    ];
  }
  const forCpu = `with cpu ${size.cpu}, memory can be ${memoryListText(size.memory)}`;
  return [
    {
      rule: 'fargate-size',
      path: ['memory'],
      message: `memory ${JSON.stringify(td.memory)} does not fit cpu ${size.cpu} on Fargate`,
      hint: forMemory ? `${forCpu}; ${forMemory}` : forCpu,
    },
  ];
}

/** `123456789012.dkr.ecr.eu-west-3.amazonaws.com/repo:tag`: a private ECR repository. */
const PRIVATE_ECR = /^\d{12}\.dkr\.ecr(-fips)?\.[a-z0-9-]+\.amazonaws\.com(\.cn)?\//;

/**
 * The task execution role is needed on Fargate to pull from a private ECR repository and to
 * send logs with awslogs, on every launch type for `secrets`:
 * https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_execution_IAM_role.html
 * (on EC2 the container instance role pulls images and writes logs instead).
 */
function executionRoleProblems(ctx: Ctx): RegistrationProblem[] {
  const role = ctx.td.executionRoleArn;
  if (typeof role === 'string' && role !== '') return [];
  const hint = 'add "executionRoleArn": "arn:aws:iam::<account>:role/ecsTaskExecutionRole"';
  const problems: RegistrationProblem[] = [];
  for (const { c, i, name } of containers(ctx.td)) {
    const at = ['containerDefinitions', i];
    const log = c.logConfiguration as Input | undefined;
    if (ctx.fargate && log?.logDriver === 'awslogs')
      problems.push({
        rule: 'execution-role-awslogs',
        path: [...at, 'logConfiguration', 'logDriver'],
        message: `container "${name}" logs with awslogs on Fargate, which needs executionRoleArn, and the task definition has none`,
        hint,
        container: name,
      });
    if (ctx.fargate && typeof c.image === 'string' && PRIVATE_ECR.test(c.image))
      problems.push({
        rule: 'execution-role-ecr',
        path: [...at, 'image'],
        message: `container "${name}" pulls ${c.image} from a private ECR repository on Fargate, which needs executionRoleArn, and the task definition has none`,
        hint,
        container: name,
      });
    if (Array.isArray(c.secrets) && c.secrets.length > 0)
      problems.push({
        rule: 'execution-role-secrets',
        path: [...at, 'secrets'],
        message: `container "${name}" has secrets, which ECS reads with executionRoleArn, and the task definition has none`,
        hint,
        container: name,
      });
  }
  return problems;
}

/**
 * "If using the EC2 launch type, you must specify either a task-level memory value or a
 * container-level memory value" (ContainerDefinition.memory, API reference). Older AWS docs
 * required memory or memoryReservation on the container whatever the task said; the current
 * rule is followed here.
 */
function containerMemoryProblems(ctx: Ctx): RegistrationProblem[] {
  const { td } = ctx;
  if (isSet(td.memory)) return [];
  return containers(td)
    .filter(({ c }) => !isSet(c.memory) && !isSet(c.memoryReservation))
    .map(({ i, name }) => ({
      rule: 'container-memory' as const,
      path: ['containerDefinitions', i],
      message: `container "${name}" has neither memory nor memoryReservation, and the task has no memory: ECS requires one of them for EC2`,
      hint: 'add "memoryReservation": 512 (MiB) to the container, or "memory" at the task level',
      container: name,
    }));
}

function isSet(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '' && value !== 0;
}

/** A container the plan names (`images`, `env`, `container`, `overrides.containers`). */
export interface NamedContainer {
  /** The setting that names it, e.g. "images". */
  where: string;
  name: string;
  path: KeyPath;
}

/** The named containers the definition does not have, each with the list of those it has. */
export function missingContainers(td: Input, named: NamedContainer[]): TaskDefinitionProblem[] {
  const known = containers(td).map((c) => c.name);
  return named
    .filter((n) => !known.includes(n.name))
    .map((n) => ({
      rule: 'container-name',
      path: n.path,
      message: `${n.where} names container "${n.name}", which is not in the task definition`,
      hint:
        known.length > 0
          ? `its containers are: ${known.join(', ')}`
          : 'the task definition has no containers',
      container: n.name,
    }));
}

/**
 * A run-time failure for every missing container at once, with the containers there are in the
 * message itself: the terminal shows a failure's message, not its hint. `label` names the task
 * definition. Undefined when none is missing.
 */
export function missingContainersFailure(
  problems: readonly TaskDefinitionProblem[],
  label?: string,
): { message: string; hint: string } | undefined {
  const [first] = problems;
  if (!first) return undefined;
  const names = problems.map((p) => p.message).join('; ');
  const hint = first.hint ?? 'the task definition has no containers';
  return { message: `${names}${label ? ` ${label}` : ''} (${hint})`, hint };
}
