/**
 * The world a scenario starts from: its clusters, task definitions, and services that already
 * run their desired count on a COMPLETED deployment.
 */
import { AwsError, ScenarioError } from '../service.js';
import { addCluster } from './clusters.js';
import { startDeployment } from './deployments.js';
import { agentName } from './health.js';
import type { EcsState, Input, ServiceRecord, TaskDefinitionRecord } from './model.js';
import type { ScenarioService, ScenarioTaskDefinition } from './scenario.js';
import { registerTaskDefinition, resolveTaskDefinition } from './task-definitions.js';

const SANDBOX_NETWORK = {
  awsvpcConfiguration: {
    subnets: ['subnet-0sandbox0000000a'],
    securityGroups: ['sg-0sandbox00000000a'],
    assignPublicIp: 'DISABLED',
  },
};

export function seed(state: EcsState, at: number): void {
  for (const name of state.scenario.clusters) addCluster(state, name);
  for (const [i, td] of state.scenario.taskDefinitions.entries()) {
    declareTaskDefinition(state, td, i, at);
  }
  for (const [i, s] of state.scenario.services.entries()) declareService(state, s, i, at);
}

/**
 * One Fargate container logging to `/ecs/<family>` with stream prefix `ecs`, with the execution
 * role that Fargate needs for awslogs and ECR images.
 */
function generatedDefinition(
  state: EcsState,
  family: string,
  image: string,
  options: {
    container?: string | undefined;
    port?: number | undefined;
    cpu?: string | undefined;
    memory?: string | undefined;
  },
): Input {
  return {
    family,
    networkMode: 'awsvpc',
    requiresCompatibilities: ['FARGATE'],
    cpu: options.cpu ?? '512',
    memory: options.memory ?? '1024',
    executionRoleArn: state.arns.executionRole(),
    containerDefinitions: [
      {
        name: options.container ?? family,
        image,
        essential: true,
        portMappings: options.port ? [{ containerPort: options.port }] : [],
        logConfiguration: {
          logDriver: 'awslogs',
          options: {
            'awslogs-group': `/ecs/${family}`,
            'awslogs-region': state.region,
            'awslogs-stream-prefix': 'ecs',
          },
        },
      },
    ],
  };
}

function declareTaskDefinition(state: EcsState, td: ScenarioTaskDefinition, i: number, at: number) {
  const where = `ecs.task-definitions[${i}]`;
  const body = td.definition
    ? { ...(td.definition as Input), family: td.family }
    : generatedDefinition(state, td.family, td.image ?? '', td);
  try {
    registerTaskDefinition(state, body, {
      at,
      ...(td.revision !== undefined ? { revision: td.revision } : {}),
      ...(td.status !== undefined ? { status: td.status } : {}),
    });
  } catch (error) {
    if (error instanceof AwsError) throw new ScenarioError(where, error.message);
    throw error;
  }
}

function serviceTaskDefinition(
  state: EcsState,
  s: ScenarioService,
  where: string,
  at: number,
): TaskDefinitionRecord {
  const ref = s['task-definition'] ?? s.name;
  try {
    return resolveTaskDefinition(state, ref);
  } catch {
    if (!s.image) {
      throw new ScenarioError(
        where,
        `task definition ${ref} is not declared`,
        'add image: to generate one, or declare it under ecs.task-definitions',
      );
    }
  }
  const [family = s.name, revision] = ref.split(':');
  const body = generatedDefinition(state, family, s.image, {
    container: s.container ?? s.name,
    port: s.port,
  });
  return registerTaskDefinition(state, body, {
    at,
    ...(revision ? { revision: Number(revision) } : {}),
  });
}

function declareService(state: EcsState, s: ScenarioService, i: number, at: number): void {
  const where = `ecs.services[${i}]`;
  const cluster = s.cluster ?? state.scenario.clusters[0] ?? 'default';
  if (state.services.has(`${cluster}/${s.name}`)) {
    throw new ScenarioError(where, `service ${s.name} is declared twice in cluster ${cluster}`);
  }
  const td = serviceTaskDefinition(state, s, where, at);
  const container = String((td.body.containerDefinitions as Input[])[0]?.name);
  const service: ServiceRecord = {
    name: s.name,
    arn: state.arns.service(cluster, s.name),
    cluster,
    status: 'ACTIVE',
    desiredCount: s['desired-count'],
    launchType: s['launch-type'],
    deploymentConfiguration: { maximumPercent: 200, minimumHealthyPercent: 100 },
    circuitBreaker: s['circuit-breaker'] ?? { enable: false, rollback: false },
    ...(td.body.networkMode === 'awsvpc' ? { networkConfiguration: SANDBOX_NETWORK } : {}),
    loadBalancers: s['load-balancer']
      ? [
          {
            targetGroupArn: state.arns.targetGroup(`${s.name}-tg`, state.ids.hex(16)),
            containerName: container,
            containerPort: s.port ?? 80,
          },
        ]
      : [],
    serviceRegistries: [],
    createdAt: at,
    createdBy: state.arns.principal(),
    tags: [],
    rolloutTime: s.rollout ?? state.scenario.timing.rollout,
    deployments: [],
    events: [],
    awaitingSteadyState: true,
    extras: {},
    ...(s['load-balancer'] ? { health: { agent: s.agent ?? agentName(s.name) } } : {}),
  };
  state.services.set(`${cluster}/${s.name}`, service);
  startDeployment(state, service, td, at, { completed: true });
}
