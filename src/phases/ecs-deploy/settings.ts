/**
 * The `with:` of an ecs-deploy phase: a default cluster, how many services roll out at once, how
 * often to poll, and the services, each with where its task definition comes from and, when it
 * may not exist yet, how to create it.
 */
import {
  array,
  boolean,
  duration,
  type Infer,
  type Issue,
  isPlainObject,
  number,
  object,
  oneOf,
  optional,
  type Path,
  record,
  refine,
  type Shape,
  string,
  withDefault,
} from '../../core/shape.js';

/**
 * ECS's own breaker trips at 3 failed tasks at the least ("a minimum threshold of 3",
 * API_ServiceDeploymentCircuitBreaker); a crash loop is failed at the same count by default.
 */
export const CRASH_LOOP_THRESHOLD = 3;

const loadBalancer = object(
  {
    'target-group-arn': string({
      description: 'ARN of the target group the service registers in.',
    }),
    container: string({ description: 'Container that receives the traffic.' }),
    port: number({ integer: true, min: 1, max: 65535, description: 'Its container port.' }),
  },
  { description: 'Attach the service to a load balancer target group.' },
);

const capacityProvider = object({
  'capacity-provider': string({ description: 'For example FARGATE or FARGATE_SPOT.' }),
  weight: optional(number({ integer: true, min: 0, max: 1000 })),
  base: optional(number({ integer: true, min: 0, max: 100000 })),
});

const create = refine(
  object(
    {
      'launch-type': optional(oneOf(['FARGATE', 'EC2', 'EXTERNAL'] as const)),
      'capacity-providers': optional(array(capacityProvider, { min: 1 })),
      subnets: optional(array(string(), { min: 1, description: 'Subnets of the tasks (awsvpc).' })),
      'security-groups': optional(array(string())),
      'assign-public-ip': withDefault(boolean(), false),
      'desired-count': withDefault(number({ integer: true, min: 0 }), 1),
      'load-balancer': optional(loadBalancer),
      'service-registry-arn': optional(
        string({ description: 'Cloud Map service ARN (service discovery).' }),
      ),
      'health-check-grace-period': optional(
        duration('How long ECS ignores failing load balancer health checks of new tasks.'),
      ),
    },
    { description: 'Create the service when it does not exist (it is left alone when it does).' },
  ),
  (c) =>
    c['launch-type'] !== undefined && c['capacity-providers'] !== undefined
      ? { message: 'give launch-type or capacity-providers, not both', at: ['capacity-providers'] }
      : undefined,
);

const service = refine(
  object(
    {
      service: string({ pattern: /^[A-Za-z0-9_-]{1,255}$/, description: 'ECS service name.' }),
      cluster: optional(string({ description: "Overrides the phase's cluster." })),
      'task-definition': optional(
        string({ description: 'A task definition JSON file (see docs/phases/ecs-deploy.md).' }),
      ),
      'task-definition-arn': optional(
        string({ description: 'Deploy this existing revision (ARN or family:revision).' }),
      ),
      images: optional(record(string(), 'Container name → image to run.')),
      env: optional(
        record(record(string()), 'Container name → environment variables to set or replace.'),
      ),
      'desired-count': optional(number({ integer: true, min: 0 })),
      'force-new-deployment': withDefault(boolean(), false),
      'circuit-breaker': withDefault(
        boolean('Turn on the deployment circuit breaker with rollback (default true).'),
        true,
      ),
      create: optional(create),
    },
    { description: 'One service to deploy.' },
  ),
  (s) => {
    if (s['task-definition'] !== undefined && s['task-definition-arn'] !== undefined)
      return { message: 'give task-definition (a file) or task-definition-arn, not both' };
    if (s['task-definition-arn'] !== undefined && (s.images || s.env))
      return {
        message: 'images and env cannot change an existing revision (task-definition-arn)',
        hint: 'drop task-definition-arn to register a new revision with these changes',
      };
    return undefined;
  },
);

const phase = refine(
  object({
    cluster: optional(string({ description: 'Default cluster of the services.' })),
    'max-parallel': optional(
      number({ integer: true, min: 1, description: 'Services rolled out at once (default all).' }),
    ),
    'poll-interval': withDefault(
      duration(
        'Time between two DescribeServices polls; a quarter of it once a rollout is near its end, at most two calls a second.',
      ),
      2000,
    ),
    'crash-loop-threshold': withDefault(
      number({
        integer: true,
        min: 0,
        description:
          "Fail a rollout once this many tasks of its new deployment ran and exited (an essential container exited): ECS's circuit breaker does not count those. 0 turns the check off.",
      }),
      CRASH_LOOP_THRESHOLD,
    ),
    services: array(service, { min: 1 }),
  }),
  (c) => {
    const keys = c.services.map((s) => `${s.cluster ?? c.cluster}/${s.service}`);
    const twice = keys.findIndex((k, i) => keys.indexOf(k) !== i);
    if (twice >= 0)
      return { message: `service ${keys[twice]} is listed twice`, at: ['services', twice] };
    return undefined;
  },
);

/**
 * Every service needs a cluster, its own or the phase's. Checked on the raw value: at plan time a
 * cluster written as a template is not parsed yet, but it is given.
 */
export const ecsDeploySettings: Shape<Infer<typeof phase>> = {
  ...phase,
  parse(value, path, ctx) {
    const parsed = phase.parse(value, path, ctx);
    const before = ctx.issues.length;
    checkClusters(value, path, ctx.issues);
    return ctx.issues.length === before ? parsed : undefined;
  },
};

function checkClusters(value: unknown, path: Path, issues: Issue[]): void {
  if (!isPlainObject(value) || value.cluster !== undefined || !Array.isArray(value.services))
    return;
  value.services.forEach((s, i) => {
    if (!isPlainObject(s) || s.cluster !== undefined) return;
    issues.push({
      path: [...path, 'services', i],
      message: `service "${String(s.service)}" has no cluster`,
      hint: 'add cluster: to the phase (the default of all its services) or to the service',
    });
  });
}

export type EcsDeployConfig = Infer<typeof phase>;
export type ServiceSettings = EcsDeployConfig['services'][number];
export type CreateSettings = NonNullable<ServiceSettings['create']>;
