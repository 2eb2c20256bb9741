/** The simulated ECS's records: what it remembers between calls. Times are simulated epoch ms. */
import type { Clock } from '../clock.js';
import type { LogStore } from '../service.js';
import type { Agenda } from './agenda.js';
import type { Arns, IdSource } from './ids.js';
import type { EcsScenario } from './scenario.js';

export type Input = Record<string, unknown>;

export interface TaskDefinitionRecord {
  family: string;
  revision: number;
  arn: string;
  status: 'ACTIVE' | 'INACTIVE';
  /** The registered definition as DescribeTaskDefinition returns it (wire form, no AWS fields). */
  body: Input;
  registeredAt: number;
  deregisteredAt?: number;
  tags: Input[];
}

/** How a task of a bad image fails (scenario `bad-images`). */
export type TaskFailure = 'launch' | 'health-check' | 'exit';

export type TaskStatus = 'PROVISIONING' | 'PENDING' | 'RUNNING' | 'STOPPED';

export interface ContainerRecord {
  name: string;
  image: string;
  essential: boolean;
  arn: string;
  runtimeId: string;
  lastStatus: TaskStatus;
  exitCode?: number;
  reason?: string;
  /** awslogs destination, when the container definition has one. */
  log?: { group: string; stream: string };
}

export interface TaskRecord {
  id: string;
  arn: string;
  cluster: string;
  taskDefinition: TaskDefinitionRecord;
  group: string;
  startedBy?: string;
  launchType: string;
  overrides: Input;
  serviceName?: string;
  deploymentId?: string;
  containers: ContainerRecord[];
  lastStatus: TaskStatus;
  desiredStatus: 'RUNNING' | 'STOPPED';
  createdAt: number;
  pullStartedAt?: number;
  pullStoppedAt?: number;
  startedAt?: number;
  stoppingAt?: number;
  executionStoppedAt?: number;
  stoppedAt?: number;
  stopCode?: string;
  stoppedReason?: string;
  /** ECS bumps a task's version on every change; DescribeTasks shows it. */
  version: number;
  /** A replaced service task already has its stop on the agenda. */
  drainScheduled?: boolean;
  /**
   * A task of a bad image, and how it fails: it never makes its deployment healthy. Only
   * `launch` (never RUNNING) and `health-check` (RUNNING, never healthy) count against the
   * circuit breaker; an `exit` task ran, so ECS resets the count instead (see circuit-breaker.ts).
   */
  failing?: TaskFailure;
}

export type RolloutState = 'IN_PROGRESS' | 'COMPLETED' | 'FAILED';

export interface DeploymentRecord {
  id: string;
  status: 'PRIMARY' | 'ACTIVE';
  taskDefinition: TaskDefinitionRecord;
  desiredCount: number;
  failedTasks: number;
  createdAt: number;
  updatedAt: number;
  rolloutState: RolloutState;
  rolloutStateReason: string;
  launchType: string;
  networkConfiguration?: Input;
  /** Batches of failed task launches in a row (drives ECS's launch throttling). */
  failedBatches: number;
  /** A rollback done by the circuit breaker is not rolled back again. */
  isRollback: boolean;
  warnedUnstable?: boolean;
}

export interface ServiceEventRecord {
  id: string;
  createdAt: number;
  message: string;
}

export interface CircuitBreakerConfig {
  enable: boolean;
  rollback: boolean;
  thresholdConfiguration?: { type: string; value: number };
}

export interface ServiceRecord {
  name: string;
  arn: string;
  cluster: string;
  status: 'ACTIVE' | 'DRAINING' | 'INACTIVE';
  desiredCount: number;
  launchType: string;
  deploymentConfiguration: Input;
  circuitBreaker: CircuitBreakerConfig;
  networkConfiguration?: Input;
  loadBalancers: Input[];
  serviceRegistries: Input[];
  createdAt: number;
  createdBy: string;
  tags: Input[];
  rolloutTime: number;
  deployments: DeploymentRecord[];
  events: ServiceEventRecord[];
  /** The last deployment that completed: where a circuit-breaker rollback returns to. */
  lastCompleted?: { deploymentId: string; taskDefinition: TaskDefinitionRecord };
  /** Serve GET /<name>/health (scenario `load-balancer: true` or loadBalancers given). */
  health?: { agent: string };
  /** A change is settling; "has reached a steady state." is written when it has. */
  awaitingSteadyState: boolean;
  /** Extra input fields echoed back as given (healthCheckGracePeriodSeconds, tags, …). */
  extras: Input;
  /** The CreateService call's clientToken and parameters, to answer its retry (services.ts). */
  createdWith?: { token: string; params: string };
}

export interface ClusterRecord {
  name: string;
  arn: string;
}

export interface EcsState {
  clock: Clock;
  logs: LogStore;
  region: string;
  accountId: string;
  scenario: EcsScenario;
  ids: IdSource;
  arns: Arns;
  agenda: Agenda;
  clusters: Map<string, ClusterRecord>;
  /** family → revisions, in revision order. */
  taskDefinitions: Map<string, TaskDefinitionRecord[]>;
  /** `<cluster>/<service name>` → service. */
  services: Map<string, ServiceRecord>;
  /** task id → task, in launch order. */
  tasks: Map<string, TaskRecord>;
  /** `<cluster>/<clientToken>` → the RunTask call that used it (see task-api.ts). */
  runTaskTokens: Map<string, RunTaskToken>;
}

export interface RunTaskToken {
  /** The call's parameters, clientToken left out, to tell a retry from a different call. */
  params: string;
  taskIds: string[];
  failures: Input[];
  at: number;
}
