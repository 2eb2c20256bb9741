/**
 * Task definitions: revisions per family, the fields AWS adds on registration (revision, status,
 * requiresAttributes, compatibilities, registeredAt/By) and the defaults it fills into container
 * definitions, so that code comparing a rendered definition with the live one meets the same
 * differences it meets on AWS.
 */
import { cpuUnits, memoryMiB } from '../../core/fargate-sizes.js';
import {
  type KeyPath,
  type RegistrationProblem,
  type RegistrationRule,
  taskDefinitionProblems,
} from '../../core/task-definition-rules.js';
import { type ShapeProblem, shapeProblems } from '../../core/task-definition-types.js';
import { AwsError } from '../service.js';
import type { EcsState, Input, TaskDefinitionRecord } from './model.js';
import { clientException, epochSeconds, optionalList, optionalString, paginate } from './wire.js';

const FAMILY = /^[A-Za-z0-9_-]{1,255}$/;

/** Adds a revision of `input.family`; `revision` lets a scenario place it (gaps allowed). */
export function registerTaskDefinition(
  state: EcsState,
  input: Input,
  options: { revision?: number; status?: 'ACTIVE' | 'INACTIVE'; at: number },
): TaskDefinitionRecord {
  const family = optionalString(input, 'family');
  if (!family) throw clientException('Family can not be blank.');
  if (!FAMILY.test(family)) {
    throw clientException(
      'Family name can only contain letters, numbers, hyphens and underscores (1-255 characters).',
    );
  }
  const { tags, ...definition } = modelled(input);
  const body = normalize(definition);
  const revisions = state.taskDefinitions.get(family) ?? [];
  const revision = options.revision ?? (revisions.at(-1)?.revision ?? 0) + 1;
  if (revisions.some((r) => r.revision === revision)) {
    throw clientException(`Revision ${revision} of ${family} already exists.`);
  }
  const record: TaskDefinitionRecord = {
    family,
    revision,
    arn: state.arns.taskDefinition(family, revision),
    status: options.status ?? 'ACTIVE',
    body,
    registeredAt: options.at,
    tags: Array.isArray(tags) ? (tags as Input[]) : [],
  };
  if (record.status === 'INACTIVE') record.deregisteredAt = options.at;
  revisions.push(record);
  revisions.sort((a, b) => a.revision - b.revision);
  state.taskDefinitions.set(family, revisions);
  return record;
}

/**
 * Values of the wrong type are refused as AWS's JSON protocol refuses them: users quote
 * `SerializationException` "STRING_VALUE cannot be converted to Integer"
 * (aws-actions/amazon-ecs-deploy-task-definition#587); the texts for a list or an object in the
 * wrong place follow the same deserializer and are not documented. Keys the model lacks are
 * dropped, as the JavaScript SDK drops them before sending (so AWS never stores them).
 */
function modelled(input: Input): Input {
  const problems = shapeProblems(input);
  const wrong = problems.find((p) => p.kind === 'type');
  if (wrong) throw new AwsError('SerializationException', serializationMessage(wrong));
  const copy = structuredClone(input);
  for (const p of problems) removeAt(copy, p.path);
  return copy;
}

function serializationMessage(p: ShapeProblem): string {
  const v = p.value;
  if (Array.isArray(v)) return 'Start of list found where not expected';
  if (typeof v === 'object' && v !== null)
    return 'Start of structure or map found where not expected';
  const token =
    typeof v === 'string'
      ? 'STRING_VALUE'
      : typeof v === 'number'
        ? 'NUMBER_VALUE'
        : 'BOOLEAN_VALUE';
  const type =
    p.expected === 'integer' ? 'Integer' : p.expected === 'boolean' ? 'Boolean' : 'String';
  return `${token} cannot be converted to ${type}`;
}

function removeAt(root: Input, path: KeyPath): void {
  const parent = path
    .slice(0, -1)
    .reduce<unknown>((at, key) => (at as Input)?.[key as string], root);
  if (typeof parent === 'object' && parent !== null) delete (parent as Input)[String(path.at(-1))];
}

function normalize(definition: Input): Input {
  const containers = optionalList(definition, 'containerDefinitions') ?? [];
  if (containers.length === 0) throw clientException('Container list cannot be empty.');
  const networkMode = optionalString(definition, 'networkMode');
  const normalized = containers.map((c) => normalizeContainer(c, networkMode));
  const names = normalized.map((c) => c.name);
  const duplicate = names.find((n, i) => names.indexOf(n) !== i);
  if (duplicate !== undefined) throw clientException(`Duplicate container name: ${duplicate}.`);
  if (!normalized.some((c) => c.essential === true)) {
    throw clientException('A task definition must have at least one essential container.');
  }
  const body: Input = { ...definition, containerDefinitions: normalized };
  // "1 vCPU" and "2 GB" are stored as units and MiB, as AWS converts them at registration.
  const units = { cpu: cpuUnits(body.cpu), memory: memoryMiB(body.memory) };
  for (const key of ['cpu', 'memory'] as const) {
    if (body[key] !== undefined) body[key] = String(units[key] ?? body[key]);
  }
  refuseWhatAwsRefuses(body);
  return { volumes: [], placementConstraints: [], ...body };
}

function normalizeContainer(raw: unknown, networkMode: string | undefined): Input {
  if (typeof raw !== 'object' || raw === null)
    throw clientException('Invalid container definition.');
  const c = raw as Input;
  if (typeof c.name !== 'string' || c.name === '') {
    throw clientException('Container.name should not be null or empty.');
  }
  if (typeof c.image !== 'string' || c.image === '') {
    throw clientException('Container.image should not be null or empty.');
  }
  const ports = Array.isArray(c.portMappings) ? (c.portMappings as Input[]) : [];
  return {
    cpu: 0,
    environment: [],
    mountPoints: [],
    volumesFrom: [],
    systemControls: [],
    ...c,
    essential: c.essential ?? true,
    // awsvpc tasks use the container port as host port; AWS fills it in and adds the protocol.
    portMappings: ports.map((p) => ({
      ...p,
      ...(networkMode === 'awsvpc' && p.hostPort === undefined
        ? { hostPort: p.containerPort }
        : {}),
      protocol: p.protocol ?? 'tcp',
    })),
  };
}

/**
 * The refusals phasegate's rules share with AWS (core/task-definition-rules.ts), in AWS's words.
 * ECS reports one problem per call; the first one found is reported. Sources of each message:
 * docs/sandbox-fidelity.md, "ECS task definitions at registration".
 */
const AWS_MESSAGES: Record<RegistrationRule, (p: RegistrationProblem) => string> = {
  'fargate-network-mode': () => 'Fargate only supports network mode ‘awsvpc’.',
  'fargate-cpu-missing': () => "Fargate requires that 'cpu' be defined at the task level.",
  'fargate-memory-missing': () => "Fargate requires that 'memory' be defined at the task level.",
  // The developer guide gives this one text for any unsupported cpu or memory; Terraform users
  // also report "No Fargate configuration exists for given values." (when is not documented).
  'fargate-size': () => "Invalid 'cpu' setting for task.",
  // The next three are AWS's texts as users quote them (AWS does not document its messages).
  'execution-role-awslogs': () =>
    'Fargate requires task definition to have execution role ARN to support log driver awslogs.',
  'execution-role-ecr': () =>
    'Fargate requires task definition to have execution role ARN to support ECR images.',
  'execution-role-secrets': () =>
    "When you are specifying container secrets, you must also specify a value for 'executionRoleArn'.",
  // Quoted by users since 2016; AWS's text for the task-level memory case is not known.
  'container-memory': (p) =>
    `Invalid setting for container '${p.container}'. At least one of 'memory' or 'memoryReservation' must be specified.`,
};

function refuseWhatAwsRefuses(body: Input): void {
  const [first] = taskDefinitionProblems(body);
  if (first) throw clientException(AWS_MESSAGES[first.rule](first));
}

/** A family (latest ACTIVE revision), `family:revision` or a task definition ARN. */
export function resolveTaskDefinition(state: EcsState, ref: string): TaskDefinitionRecord {
  const name = ref.startsWith('arn:') ? ref.slice(ref.indexOf('task-definition/') + 16) : ref;
  const [family = '', revisionText] = name.split(':');
  const revisions = state.taskDefinitions.get(family) ?? [];
  const found =
    revisionText === undefined
      ? revisions.filter((r) => r.status === 'ACTIVE').at(-1)
      : revisions.find((r) => String(r.revision) === revisionText);
  if (!found) throw clientException('Unable to describe task definition.');
  return found;
}

/** The fields AWS computes for the definition's needs, in the `requiresAttributes` form. */
function requiresAttributes(body: Input): Input[] {
  const names = new Set<string>(['com.amazonaws.ecs.capability.docker-remote-api.1.18']);
  const containers = body.containerDefinitions as Input[];
  if (body.taskRoleArn) names.add('com.amazonaws.ecs.capability.task-iam-role');
  if (body.networkMode === 'awsvpc') names.add('ecs.capability.task-eni');
  for (const c of containers) {
    const log = c.logConfiguration as Input | undefined;
    if (log?.logDriver === 'awslogs') {
      names.add('com.amazonaws.ecs.capability.logging-driver.awslogs');
      if (body.executionRoleArn) names.add('ecs.capability.execution-role-awslogs');
    }
    if (String(c.image).includes('.dkr.ecr.')) {
      names.add('com.amazonaws.ecs.capability.ecr-auth');
      if (body.executionRoleArn) names.add('ecs.capability.execution-role-ecr-pull');
    }
    if (Array.isArray(c.secrets) && c.secrets.length > 0) {
      names.add('ecs.capability.secrets.asm.environment-variables');
    }
    if (c.healthCheck) names.add('ecs.capability.container-health-check');
  }
  return [...names].map((name) => ({ name }));
}

/**
 * "The task launch types the task definition validated against during task definition
 * registration": a definition that does not ask for FARGATE is still Fargate-compatible when
 * it passes Fargate's rules.
 */
function compatibilities(body: Input): string[] {
  const fargate = taskDefinitionProblems(body, { launchType: 'FARGATE' }).length === 0;
  return fargate ? ['EC2', 'FARGATE'] : ['EC2'];
}

export function taskDefinitionToWire(state: EcsState, td: TaskDefinitionRecord): Input {
  return {
    taskDefinitionArn: td.arn,
    ...td.body,
    family: td.family,
    revision: td.revision,
    status: td.status,
    requiresAttributes: requiresAttributes(td.body),
    compatibilities: compatibilities(td.body),
    registeredAt: epochSeconds(td.registeredAt),
    registeredBy: state.arns.principal(),
    ...(td.deregisteredAt !== undefined ? { deregisteredAt: epochSeconds(td.deregisteredAt) } : {}),
  };
}

export function supportsLaunchType(td: TaskDefinitionRecord, launchType: string): boolean {
  return launchType !== 'FARGATE' || compatibilities(td.body).includes('FARGATE');
}

export function listTaskDefinitionArns(state: EcsState, input: Input): Input {
  const prefix = optionalString(input, 'familyPrefix');
  const status = optionalString(input, 'status') ?? 'ACTIVE';
  const sort = optionalString(input, 'sort') ?? 'ASC';
  const all = [...state.taskDefinitions.entries()]
    .filter(([family]) => prefix === undefined || family === prefix)
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([, revisions]) => revisions)
    .filter((td) => status === 'ALL' || td.status === status)
    .map((td) => td.arn);
  if (sort === 'DESC') all.reverse();
  const { page, nextToken } = paginate(all, input, { default: 100, max: 100 });
  return { taskDefinitionArns: page, ...(nextToken ? { nextToken } : {}) };
}
