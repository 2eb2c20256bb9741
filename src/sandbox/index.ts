/**
 * The AWS sandbox: one local HTTP endpoint that speaks ECS, SSM, CloudWatch Logs, the RDS Data
 * API and Secrets Manager, so the real SDK clients (and the AWS CLI) run against a scenario instead of AWS.
 */
import { type Clock, ScaledClock } from './clock.js';
import { createEcsService, type EcsService } from './ecs/index.js';
import { Faults } from './faults.js';
import { createLogsService, MemoryLogStore } from './logs/index.js';
import { createRdsDataService } from './rds-data/index.js';
import { RequestLog } from './request-log.js';
import { loadScenario, locateScenarioError, type ScenarioRoot } from './scenario.js';
import { createSecretsManagerService } from './secrets-manager/index.js';
import { type RunningServer, startServer } from './server.js';
import type { SandboxService, ServiceDeps, ServiceName } from './service.js';
import { createSsmService } from './ssm/index.js';

export type { Clock } from './clock.js';
export { ManualClock, ScaledClock } from './clock.js';
export type { FaultDecision, FaultKind, FaultRule } from './faults.js';
export { Faults } from './faults.js';
export { MemoryLogStore } from './logs/index.js';
export type { RequestFilter, RequestRecord } from './request-log.js';
export { RequestLog } from './request-log.js';
export type { ScenarioRoot } from './scenario.js';
export { secretArn } from './secrets-manager/index.js';
export { ScenarioError } from './service.js';

export interface SandboxOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** A YAML file path, or the scenario as an object. */
  scenario?: string | Record<string, unknown>;
  /** PostgreSQL URL for the Data API; PGlite (in-process) when absent. */
  databaseUrl?: string;
  /** Overrides the scenario's time-scale, e.g. a ManualClock in tests. */
  clock?: Clock;
  /** Seed of the fault-rate generator (default 1). */
  seed?: number;
}

export interface Sandbox {
  url: string;
  port: number;
  /** AWS_ENDPOINT_URL_* for the five services, region and dummy credentials. */
  env: Record<string, string>;
  clock: Clock;
  requests: RequestLog;
  faults: Faults;
  /** What CloudWatch Logs serves; ECS tasks write here, tests may too. */
  logs: MemoryLogStore;
  scenario: ScenarioRoot;
  /** Someone pushed this image to its registry: ECS `bad-images` matching it stop failing. */
  pushImage(image: string): number;
  close(): Promise<void>;
}

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const file = typeof options.scenario === 'string' ? options.scenario : undefined;
  try {
    return await buildSandbox(options);
  } catch (error) {
    throw file ? locateScenarioError(error, file) : error;
  }
}

async function buildSandbox(options: SandboxOptions): Promise<Sandbox> {
  const scenario = loadScenario(options.scenario);
  const clock = options.clock ?? new ScaledClock(scenario.timeScale);
  const logs = new MemoryLogStore(() => clock.now());
  const deps: ServiceDeps = { clock, logs, region: scenario.region, accountId: scenario.accountId };
  const services = await createServices(scenario, deps, logs, options.databaseUrl);
  const requests = new RequestLog();
  const faults = new Faults(scenario.faults, options.seed ?? scenario.faultSeed);
  let server: RunningServer;
  try {
    server = await startServer({ services, clock, requests, faults, ...listenOptions(options) });
  } catch (error) {
    await closeServices(services);
    throw error;
  }
  return {
    url: server.url,
    port: server.port,
    env: { ...sandboxEnv(server.url, scenario.region), ...rehearsalEnv(scenario.env, server.url) },
    clock,
    requests,
    faults,
    logs,
    scenario,
    pushImage: (image) => (services.get('ecs') as EcsService).pushImage(image),
    close: async () => {
      await server.close();
      await closeServices(services);
    },
  };
}

async function createServices(
  scenario: ScenarioRoot,
  deps: ServiceDeps,
  store: MemoryLogStore,
  databaseUrl: string | undefined,
): Promise<Map<ServiceName, SandboxService>> {
  const services = new Map<ServiceName, SandboxService>();
  try {
    services.set('ssm', createSsmService(scenario.ssm, deps));
    services.set('logs', createLogsService({ ...deps, store, section: scenario.logs }));
    services.set('secrets-manager', createSecretsManagerService(scenario.secretsManager, deps));
    services.set('ecs', createEcsService(scenario.ecs, deps));
    const rdsDeps = { ...deps, ...(databaseUrl !== undefined ? { databaseUrl } : {}) };
    services.set('rds-data', await createRdsDataService(scenario.rdsData, rdsDeps));
  } catch (error) {
    await closeServices(services);
    throw error;
  }
  return services;
}

async function closeServices(services: Map<ServiceName, SandboxService>): Promise<void> {
  await Promise.all([...services.values()].map((s) => s.close?.()));
}

function listenOptions(options: SandboxOptions): { host?: string; port?: number } {
  return {
    ...(options.host !== undefined ? { host: options.host } : {}),
    ...(options.port !== undefined ? { port: options.port } : {}),
  };
}

/** The SDK (v3.5xx and later) and AWS CLI 2.13+ read the service-specific endpoint variables. */
function sandboxEnv(url: string, region: string): Record<string, string> {
  return {
    AWS_ENDPOINT_URL_ECS: url,
    AWS_ENDPOINT_URL_SSM: url,
    AWS_ENDPOINT_URL_CLOUDWATCH_LOGS: url,
    AWS_ENDPOINT_URL_RDS_DATA: url,
    // The SDK derives the name from the service id "Secrets Manager".
    AWS_ENDPOINT_URL_SECRETS_MANAGER: url,
    AWS_REGION: region,
    AWS_DEFAULT_REGION: region,
    AWS_ACCESS_KEY_ID: 'sandbox',
    AWS_SECRET_ACCESS_KEY: 'sandbox',
  };
}

/** The scenario's stand-ins for real infrastructure, e.g. a load balancer URL the plan checks. */
function rehearsalEnv(env: Record<string, string>, url: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).map(([k, v]) => [k, v.replaceAll('{sandbox-url}', url)]),
  );
}

/** `export NAME='value'` lines to paste into a POSIX shell. */
export function exportLines(sandbox: Pick<Sandbox, 'env'>): string {
  return Object.entries(sandbox.env)
    .map(([name, value]) => `export ${name}='${value.replaceAll("'", "'\\''")}'`)
    .join('\n');
}
