/**
 * The contract between the sandbox's HTTP server (which speaks the AWS wire protocols, injects
 * faults and logs every request) and the services it hosts (ECS, SSM, CloudWatch Logs, RDS Data
 * API, Secrets Manager), which only see decoded operations.
 */
import { UserError } from '../core/errors.js';
import type { Clock } from './clock.js';

export type ServiceName = 'ecs' | 'ssm' | 'logs' | 'rds-data' | 'secrets-manager';

/** An error as AWS returns it: the SDK turns `code` into its exception class of that name. */
export class AwsError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 400,
    /** Members the error shape has besides `message`, e.g. StatementTimeoutException's dbConnectionId. */
    readonly fields: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = code;
  }
}

export interface RequestInfo {
  service: ServiceName;
  operation: string;
  /** Simulated time the request arrived. */
  at: number;
  signal: AbortSignal;
}

export interface HttpReply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export interface SandboxService {
  readonly name: ServiceName;
  /** Handles one decoded AWS operation and returns its output; throws AwsError for AWS errors. */
  handle(operation: string, input: Record<string, unknown>, request: RequestInfo): Promise<unknown>;
  /** Plain HTTP routes this service answers (ECS: the services' health endpoints). */
  http?(method: string, path: string): Promise<HttpReply | undefined> | HttpReply | undefined;
  close?(): Promise<void>;
}

/** A log event as CloudWatch Logs stores it. */
export interface LogEvent {
  timestamp: number;
  message: string;
}

/** Where ECS tasks write their awslogs lines, read back by GetLogEvents. */
export interface LogStore {
  append(group: string, stream: string, events: LogEvent[]): void;
}

/** What every service is built from. */
export interface ServiceDeps {
  clock: Clock;
  logs: LogStore;
  region: string;
  accountId: string;
}

/** One mistake in a scenario: `where` is a dotted path such as `ecs.services[2].rollout`. */
export interface ScenarioMistake {
  where: string;
  message: string;
  hint?: string | undefined;
}

/**
 * The mistakes in a scenario, every one found at once like the plan reader's; `where` is the
 * first one's. With one mistake, the message and hint are its own; with more, the message lists
 * each with its own hint (and the error has no hint of its own, which would repeat one).
 */
export class ScenarioError extends UserError {
  override readonly name = 'ScenarioError';
  readonly mistakes: readonly ScenarioMistake[];

  constructor(
    readonly where: string,
    message: string,
    hint?: string,
    others: readonly ScenarioMistake[] = [],
  ) {
    const all = [{ where, message, hint }, ...others];
    const one = others.length === 0;
    super(one ? `scenario ${where}: ${message}` : listed(all), one ? hint : undefined);
    this.mistakes = all;
  }
}

function listed(mistakes: readonly ScenarioMistake[]): string {
  const lines = mistakes.map(
    (m) => `\n  ${m.where}: ${m.message}${m.hint ? `\n      ${m.hint}` : ''}`,
  );
  return `scenario: ${mistakes.length} mistakes${lines.join('')}`;
}

/**
 * Factories each service module exports (the server composes them from the scenario's sections):
 *   src/sandbox/ecs/index.ts       createEcsService(section: unknown, deps: ServiceDeps): SandboxService
 *   src/sandbox/ssm/index.ts       createSsmService(section: unknown, deps: ServiceDeps): SandboxService
 *   src/sandbox/logs/index.ts      createLogsService(deps: ServiceDeps & { store: MemoryLogStore }): SandboxService
 *   src/sandbox/rds-data/index.ts  createRdsDataService(section: unknown, deps: ServiceDeps & { databaseUrl?: string }): Promise<SandboxService>
 *   src/sandbox/secrets-manager/index.ts  createSecretsManagerService(section: unknown, deps: ServiceDeps): SandboxService
 * `section` is the scenario's raw YAML value for that service (undefined when absent); each
 * service validates its own section and throws ScenarioError for mistakes.
 */
