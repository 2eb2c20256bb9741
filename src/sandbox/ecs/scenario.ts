/**
 * The scenario's `ecs:` section: clusters, the services that already run, their task
 * definitions, images that fail, what one-off tasks do, and how long things take (in simulated
 * time). Parsed once into plain typed values; every mistake names its place (`ecs.services[1]`).
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
  type ParseContext,
  record,
  refine,
  string,
  unknownValue,
  withDefault,
} from '../../core/shape.js';
import { issuesToError } from '../scenario-shapes.js';
import { ScenarioError } from '../service.js';
import { PLACEMENT_REASONS } from './placement.js';

const FAMILY = /^[A-Za-z0-9_-]{1,255}$/;

// Defaults are applied in parseEcsScenario: the schema keeps durations as text ("20s").
const timing = object(
  {
    rollout: optional(duration('Time a service deployment takes to complete (default 20s).')),
    'task-start': optional(duration('PROVISIONING to RUNNING for a one-off task (default 4s).')),
    'task-run': optional(
      duration('How long a one-off task runs unless run-task says (default 5s).'),
    ),
    'task-stop': optional(duration('StopTask to STOPPED (default 2s).')),
    'task-fail-after': optional(
      duration('How long a task of a bad image takes to fail (default 5s).'),
    ),
    'relaunch-delay': optional(
      duration(
        "ECS's launch throttle: the wait before relaunching tasks that never started, doubled each round up to 27 minutes. Unset: three rounds at once, then doubling (kinder than the field).",
      ),
    ),
    'rollback-delay': optional(
      duration(
        "From the circuit breaker's FAILED to its rollback deployment (default 0: both in one DescribeServices answer). AWS documents no timing; set it to rehearse a rollback that appears a moment later.",
      ),
    ),
  },
  { description: 'Durations in simulated time (see time-scale).' },
);

const taskDefinition = refine(
  object({
    family: string({ pattern: FAMILY, expected: 'a family name (letters, digits, - and _)' }),
    revision: optional(number({ integer: true, min: 1 })),
    image: optional(string({ description: 'Image of the single container.' })),
    container: optional(string({ description: 'Container name; defaults to the family.' })),
    port: optional(number({ integer: true, min: 1, max: 65535 })),
    cpu: optional(string()),
    memory: optional(string()),
    status: optional(oneOf(['ACTIVE', 'INACTIVE'] as const)),
    definition: optional(
      unknownValue('A full RegisterTaskDefinition input (camelCase, as in the ECS API).'),
    ),
  }),
  (td) =>
    td.image === undefined && td.definition === undefined
      ? { message: 'give image (one container) or definition (the full task definition)' }
      : undefined,
);

const circuitBreaker = object({
  enable: boolean(),
  rollback: withDefault(boolean(), false),
});

const service = object({
  name: string({ pattern: /^[A-Za-z0-9_-]{1,255}$/ }),
  cluster: optional(string({ description: 'Defaults to the first cluster.' })),
  'task-definition': optional(
    string({ description: 'family or family:revision; generated from image when not declared.' }),
  ),
  image: optional(string()),
  container: optional(string()),
  port: optional(number({ integer: true, min: 1, max: 65535 })),
  'desired-count': withDefault(number({ integer: true, min: 0 }), 1),
  rollout: optional(duration('Time this service takes to roll out a deployment.')),
  'load-balancer': withDefault(
    boolean('Attach a target group and serve GET /<name>/health on the sandbox.'),
    false,
  ),
  'launch-type': withDefault(oneOf(['FARGATE', 'EC2', 'EXTERNAL'] as const), 'FARGATE'),
  'circuit-breaker': optional(circuitBreaker),
  agent: optional(string({ description: 'The "agent" field of the health answer.' })),
});

const badImage = object({
  image: string({ description: 'Exact image, or a pattern where * matches any text.' }),
  reason: optional(string()),
  'exit-code': optional(
    number({
      integer: true,
      description:
        'The task starts, then its container exits with this code (a crash loop). ECS does not count it toward the circuit breaker: the task ran.',
    }),
  ),
  unhealthy: optional(
    boolean(
      'The task starts but fails its health checks, and ECS stops it. Counted toward the circuit breaker (its second stage).',
    ),
  ),
  'fail-after': optional(duration()),
});

const containerOutcome = object({
  'exit-code': optional(number({ integer: true })),
  reason: optional(string()),
  logs: optional(array(string())),
});

const placementFailure = object(
  {
    reason: oneOf(
      PLACEMENT_REASONS,
      'A RunTask failure reason AWS documents (RESOURCE:*, AGENT, LOCATION, ATTRIBUTE), or capacity-unavailable for Fargate ("Capacity is unavailable at this time. …").',
    ),
    detail: optional(string({ description: "The failure's detail (absent by default)." })),
    placed: withDefault(
      number({
        integer: true,
        min: 0,
        description: "How many of the call's count tasks start anyway (default 0).",
      }),
      0,
    ),
  },
  { description: 'RunTask cannot place the tasks: they are reported in failures[], not started.' },
);

const runTask = object({
  family: optional(string()),
  command: optional(
    string({ description: 'Matches when the command, joined by spaces, contains it.' }),
  ),
  image: optional(string()),
  'exit-code': optional(number({ integer: true })),
  reason: optional(string()),
  'run-time': optional(duration()),
  'stop-reason': optional(string({ description: 'The task never starts and stops with this.' })),
  logs: optional(array(string())),
  containers: optional(record(containerOutcome)),
  'placement-failure': optional(placementFailure),
});

export const ecsSectionShape = object(
  {
    timing: optional(timing),
    clusters: optional(array(string())),
    'task-definitions': optional(array(taskDefinition)),
    services: optional(array(service)),
    'bad-images': optional(array(badImage)),
    'run-task': optional(array(runTask)),
  },
  { description: 'The simulated Amazon ECS (docs/sandbox-ecs.md).' },
);

export type EcsSection = Infer<typeof ecsSectionShape>;
export type Timing = Required<Infer<typeof timing>>;
export type ScenarioTaskDefinition = Infer<typeof taskDefinition>;
export type ScenarioService = Infer<typeof service>;
export type BadImage = Infer<typeof badImage>;
export type RunTaskOutcome = Infer<typeof runTask>;

export interface EcsScenario {
  timing: Timing;
  clusters: string[];
  taskDefinitions: ScenarioTaskDefinition[];
  services: ScenarioService[];
  badImages: BadImage[];
  runTask: RunTaskOutcome[];
}

const DEFAULT_TIMING: Timing = {
  rollout: 20_000,
  'task-start': 4_000,
  'task-run': 5_000,
  'task-stop': 2_000,
  'task-fail-after': 5_000,
  'relaunch-delay': 0,
  'rollback-delay': 0,
};

/** Validates the raw `ecs:` value; throws a ScenarioError naming every mistake. */
export function parseEcsScenario(section: unknown): EcsScenario {
  const ctx: ParseContext = { mode: 'final', issues: [] };
  const parsed =
    section === undefined || section === null ? {} : ecsSectionShape.parse(section, ['ecs'], ctx);
  if (ctx.issues.length > 0 || parsed === undefined)
    throw issuesToError(ctx.issues) ?? new ScenarioError('ecs', 'the section could not be read');
  const services = parsed.services ?? [];
  const declared = parsed.clusters ?? [];
  const clusters = [...declared];
  for (const s of services)
    if (s.cluster && !clusters.includes(s.cluster)) clusters.push(s.cluster);
  if (clusters.length === 0) clusters.push('default');
  return {
    timing: { ...DEFAULT_TIMING, ...parsed.timing },
    clusters,
    taskDefinitions: parsed['task-definitions'] ?? [],
    services,
    badImages: parsed['bad-images'] ?? [],
    runTask: parsed['run-task'] ?? [],
  };
}
