/**
 * The `with:` of an ecs-run-task phase: which task definition to run where, the overrides of
 * this run, how many copies, and how much of the container's log to show.
 */
import {
  array,
  boolean,
  duration,
  type Infer,
  number,
  object,
  oneOf,
  optional,
  record,
  refine,
  string,
  withDefault,
} from '../../core/shape.js';

const network = object(
  {
    subnets: array(string(), { min: 1, description: 'Subnets of the task (awsvpc).' }),
    'security-groups': optional(array(string(), { description: 'Security groups of the task.' })),
    'assign-public-ip': withDefault(boolean('Give the task a public IP (default false).'), false),
  },
  { description: 'The awsvpc network of the task.' },
);

const command = array(string(), {
  min: 1,
  description: 'Replaces the container command, e.g. [python, -m, tests.functional].',
});
const environment = record(
  string(),
  'Environment variables added to (or replacing) the definition’s.',
);

const containerOverride = object(
  { command: optional(command), environment: optional(environment) },
  { description: 'Overrides of one container.' },
);

const overrides = object(
  {
    command: optional(command),
    environment: optional(environment),
    containers: optional(
      record(containerOverride, 'Container name → its own command and environment overrides.'),
    ),
    cpu: optional(string({ description: 'Task-level CPU units for this run, e.g. "1024".' })),
    memory: optional(string({ description: 'Task-level memory (MiB) for this run, e.g. "2048".' })),
  },
  {
    description:
      'command and environment apply to `container` (default: the first essential container).',
  },
);

// ECS: startedBy is "up to 36 letters (uppercase and lowercase), numbers, hyphens, and underscores".
const STARTED_BY = /^[A-Za-z0-9_-]{1,36}$/;

const fields = object({
  cluster: string({ description: 'Cluster to run the task in.' }),
  'task-definition': string({
    description:
      'A family (latest ACTIVE revision), family:revision, an ARN, or a JSON file (path relative to the plan file) registered when it differs from the latest revision.',
  }),
  container: optional(
    string({
      description:
        'The container that decides the outcome, whose log is shown and that overrides apply to (default: the first essential container).',
    }),
  ),
  count: withDefault(
    number({ integer: true, min: 1, max: 10, description: 'Copies of the task (RunTask: 1–10).' }),
    1,
  ),
  'launch-type': optional(oneOf(['FARGATE', 'EC2', 'EXTERNAL'] as const)),
  network: optional(network),
  'network-from': optional(
    string({ description: 'Copy the network (and launch type) of this service of the cluster.' }),
  ),
  overrides: optional(overrides),
  'started-by': optional(
    string({
      pattern: STARTED_BY,
      expected: 'up to 36 letters, digits, - and _',
      description: 'Tag of the task in ECS (default phasegate-<phase id>).',
    }),
  ),
  'log-lines': withDefault(
    number({ integer: true, min: 0, max: 10_000, description: 'Log lines shown per task.' }),
    30,
  ),
  'poll-interval': withDefault(duration('Time between two DescribeTasks polls.'), 2000),
});

export const ecsRunTaskSettings = refine(fields, (c) =>
  c.network !== undefined && c['network-from'] !== undefined
    ? {
        message: 'give network or network-from, not both',
        at: ['network-from'],
        hint: 'network-from copies the whole network of the service',
      }
    : undefined,
);

export type EcsRunTaskConfig = Infer<typeof ecsRunTaskSettings>;
export type NetworkSettings = NonNullable<EcsRunTaskConfig['network']>;
export type OverrideSettings = NonNullable<EcsRunTaskConfig['overrides']>;
