/**
 * One sandbox per test file, and real SDK clients pointed at it. The clients get the endpoint
 * and dummy credentials explicitly, so tests never depend on (or leak) the process environment.
 */

import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { ECSClient } from '@aws-sdk/client-ecs';
import { RDSDataClient } from '@aws-sdk/client-rds-data';
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { SSMClient } from '@aws-sdk/client-ssm';
import { afterAll, beforeAll } from 'vitest';
import type { AwsClients, ClientClass } from '../../src/aws/clients.js';
import { type Sandbox, type SandboxOptions, startSandbox } from '../../src/sandbox/index.js';

/**
 * Starts a sandbox before the file's tests and closes it after; call the returned function
 * inside a test (or a hook registered later) to get it.
 */
export function useSandbox(options: SandboxOptions | (() => SandboxOptions) = {}): () => Sandbox {
  let sandbox: Sandbox | undefined;
  beforeAll(async () => {
    sandbox = await startSandbox(typeof options === 'function' ? options() : options);
  });
  afterAll(async () => {
    await sandbox?.close();
  });
  return () => {
    if (!sandbox) throw new Error('the sandbox is not running: call it inside a test or hook');
    return sandbox;
  };
}

export interface SandboxClients {
  ecs: ECSClient;
  ssm: SSMClient;
  logs: CloudWatchLogsClient;
  rdsData: RDSDataClient;
  secretsManager: SecretsManagerClient;
  destroy(): void;
}

export interface ClientOverrides {
  /** SDK default is 3 attempts; 1 turns retries off. */
  maxAttempts?: number;
  retryMode?: 'standard' | 'adaptive';
}

export function clientsFor(sandbox: Sandbox, overrides: ClientOverrides = {}): SandboxClients {
  const config = {
    region: sandbox.scenario.region,
    endpoint: sandbox.url,
    credentials: { accessKeyId: 'sandbox', secretAccessKey: 'sandbox' },
    ...overrides,
  };
  const clients = {
    ecs: new ECSClient(config),
    ssm: new SSMClient(config),
    logs: new CloudWatchLogsClient(config),
    rdsData: new RDSDataClient(config),
    secretsManager: new SecretsManagerClient(config),
  };
  return {
    ...clients,
    destroy: () => {
      for (const client of Object.values(clients)) client.destroy();
    },
  };
}

/** Sets the sandbox's AWS_* variables in process.env; the returned function restores them. */
export function withSandboxEnv(sandbox: Sandbox): () => void {
  const saved = Object.keys(sandbox.env).map((name) => [name, process.env[name]] as const);
  Object.assign(process.env, sandbox.env);
  return () => {
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
}

/** phasegate's view of the same clients: what a kind gets as `ctx.aws`. */
export function awsClientsOf(sandbox: Sandbox, clients: SandboxClients): AwsClients {
  const all: unknown[] = [
    clients.ecs,
    clients.ssm,
    clients.rdsData,
    clients.secretsManager,
    clients.logs,
  ];
  return {
    region: sandbox.scenario.region,
    client<T>(Class: ClientClass<T>): T {
      const found = all.find((c) => c instanceof Class);
      if (!found) throw new Error(`the sandbox helpers have no ${Class.name}`);
      return found as T;
    },
  };
}

/**
 * A sandbox for the file's tests with its AWS_* variables set in process.env for them (what
 * `phasegate … --sandbox` does), restored after.
 */
export function useSandboxEnv(
  options: SandboxOptions | (() => SandboxOptions) = {},
): () => Sandbox {
  const sandbox = useSandbox(options);
  let restore: (() => void) | undefined;
  beforeAll(() => {
    restore = withSandboxEnv(sandbox());
  });
  afterAll(() => restore?.());
  return sandbox;
}
