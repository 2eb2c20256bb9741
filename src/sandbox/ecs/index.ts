/**
 * The sandbox's simulated Amazon ECS (docs/sandbox-ecs.md). State is derived lazily: each call
 * first runs the simulation up to the clock's now, so a ManualClock test can step through a
 * rollout and a scaled clock makes a 20 s rollout take a fraction of a second.
 */
import { AwsError, type RequestInfo, type SandboxService, type ServiceDeps } from '../service.js';
import { Agenda } from './agenda.js';
import { healthReply } from './health.js';
import { Arns, IdSource } from './ids.js';
import type { EcsState, Input } from './model.js';
import { imageMatches } from './outcomes.js';
import { parseEcsScenario } from './scenario.js';
import { seed } from './seed.js';
import {
  createService,
  deleteService,
  describeServices,
  listServices,
  updateService,
} from './services.js';
import { describeTasks, listTasks, runTask, stopTask } from './task-api.js';
import {
  listTaskDefinitionArns,
  registerTaskDefinition,
  resolveTaskDefinition,
  taskDefinitionToWire,
} from './task-definitions.js';
import { forgetOldTasks } from './tasks.js';
import { clientException, optionalStringList, requiredString } from './wire.js';

type Operation = (state: EcsState, input: Input, at: number) => Input;

function describeTaskDefinition(state: EcsState, input: Input): Input {
  const td = resolveTaskDefinition(
    state,
    requiredString(input, 'taskDefinition', 'TaskDefinition'),
  );
  const withTags = (optionalStringList(input, 'include') ?? []).includes('TAGS');
  return {
    taskDefinition: taskDefinitionToWire(state, td),
    ...(withTags ? { tags: td.tags } : {}),
  };
}

function deregisterTaskDefinition(state: EcsState, input: Input, at: number): Input {
  const ref = requiredString(input, 'taskDefinition', 'TaskDefinition');
  if (!ref.includes(':')) throw clientException('Invalid revision number. Number: undefined');
  const td = resolveTaskDefinition(state, ref);
  if (td.status === 'ACTIVE') {
    td.status = 'INACTIVE';
    td.deregisteredAt = at;
  }
  return { taskDefinition: taskDefinitionToWire(state, td) };
}

function register(state: EcsState, input: Input, at: number): Input {
  const td = registerTaskDefinition(state, input, { at });
  return { taskDefinition: taskDefinitionToWire(state, td), tags: td.tags };
}

const OPERATIONS: Record<string, Operation> = {
  RegisterTaskDefinition: register,
  DescribeTaskDefinition: describeTaskDefinition,
  DeregisterTaskDefinition: deregisterTaskDefinition,
  ListTaskDefinitions: listTaskDefinitionArns,
  CreateService: createService,
  UpdateService: updateService,
  DeleteService: deleteService,
  DescribeServices: describeServices,
  ListServices: listServices,
  RunTask: runTask,
  DescribeTasks: describeTasks,
  ListTasks: listTasks,
  StopTask: stopTask,
  DescribeClusters: describeClusters,
};

function describeClusters(state: EcsState, input: Input): Input {
  const names = optionalStringList(input, 'clusters') ?? ['default'];
  const clusters: Input[] = [];
  const failures: Input[] = [];
  for (const ref of names) {
    const name = ref.startsWith('arn:') ? ref.slice(ref.lastIndexOf('/') + 1) : ref;
    const cluster = state.clusters.get(name);
    if (cluster)
      clusters.push({ clusterArn: cluster.arn, clusterName: cluster.name, status: 'ACTIVE' });
    else failures.push({ arn: state.arns.cluster(name), reason: 'MISSING' });
  }
  return { clusters, failures };
}

export function createEcsState(section: unknown, deps: ServiceDeps): EcsState {
  const start = deps.clock.now();
  const state: EcsState = {
    clock: deps.clock,
    logs: deps.logs,
    region: deps.region,
    accountId: deps.accountId,
    scenario: parseEcsScenario(section),
    ids: new IdSource(),
    arns: new Arns(deps.region, deps.accountId),
    agenda: new Agenda(start),
    clusters: new Map(),
    taskDefinitions: new Map(),
    services: new Map(),
    tasks: new Map(),
    runTaskTokens: new Map(),
  };
  seed(state, start);
  return state;
}

/** Runs the simulation up to `at` (never backwards) and returns the time to act at. */
function catchUp(state: EcsState, at: number): number {
  const now = Math.max(at, state.agenda.current);
  state.agenda.runUntil(now);
  forgetOldTasks(state, now);
  return now;
}

/** ECS, plus what a test may do to the world around it: push an image that was missing. */
export interface EcsService extends SandboxService {
  /**
   * The image now exists in its registry (someone pushed it): `bad-images` entries matching it
   * no longer apply to tasks started from now on. Returns how many entries it cleared.
   */
  pushImage(image: string): number;
}

export function createEcsService(section: unknown, deps: ServiceDeps): EcsService {
  const state = createEcsState(section, deps);
  return {
    name: 'ecs',
    pushImage(image: string) {
      const before = state.scenario.badImages.length;
      state.scenario.badImages = state.scenario.badImages.filter(
        (b) => !imageMatches(b.image, image),
      );
      return before - state.scenario.badImages.length;
    },
    async handle(operation: string, input: Record<string, unknown>, request: RequestInfo) {
      const run = OPERATIONS[operation];
      if (!run) {
        throw new AwsError(
          'UnknownOperationException',
          `The sandbox does not model ECS ${operation}.`,
        );
      }
      return run(state, input, catchUp(state, request.at));
    },
    http(method: string, path: string) {
      catchUp(state, deps.clock.now());
      return healthReply(state, method, path);
    },
  };
}
