/** The CA-A2A release's ECS side in the sandbox, and the engine set up to deploy to it. */

import type { Service } from '@aws-sdk/client-ecs';
import { DescribeServicesCommand } from '@aws-sdk/client-ecs';
import type { AwsClients } from '../../../src/aws/clients.js';
import { MemoryLogger } from '../../../src/core/log.js';
import type { RunResult } from '../../../src/engine/result.js';
import { ecsDeployKind } from '../../../src/phases/ecs-deploy/index.js';
import { Registry } from '../../../src/phases/registry.js';
import type { OnFailure, Plan } from '../../../src/plan/types.js';
import type { Sandbox } from '../../../src/sandbox/index.js';
import { keptLogs, runEngine } from '../../helpers/engine.js';
import { planOf } from '../../helpers/plans.js';
import { awsClientsOf, clientsFor, type SandboxClients } from '../../helpers/sandbox.js';

export const CLUSTER = 'ca-a2a-cluster';
export const REGISTRY = '555043101106.dkr.ecr.eu-west-3.amazonaws.com/ca-a2a';
export const AGENTS = ['orchestrator', 'extractor', 'validator', 'archivist'] as const;
export const ALL = ['admin-api', ...AGENTS];

/** Four agents on v5.0; 20 s rollouts take 0.2 s at time-scale 100. */
export function caA2aScenario(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    'time-scale': 100,
    'account-id': '555043101106',
    ecs: {
      clusters: [CLUSTER],
      services: AGENTS.map((name, i) => ({
        name,
        image: `${REGISTRY}/${name}:v5.0`,
        port: 8001 + i,
        'desired-count': name === 'orchestrator' ? 2 : 1,
      })),
      ...extra,
    },
  };
}

export const adminApi = {
  service: 'admin-api',
  'task-definition': 'test/fixtures/task-definitions/admin-api.json',
  create: {
    'launch-type': 'FARGATE',
    subnets: ['subnet-0a1', 'subnet-0b2'],
    'security-groups': ['sg-0ecs'],
    'load-balancer': {
      'target-group-arn':
        'arn:aws:elasticloadbalancing:eu-west-3:555043101106:targetgroup/admin-api/1',
      container: 'admin-api',
      port: 8005,
    },
  },
};

export function agent(name: string, tag: string, extra: Record<string, unknown> = {}) {
  return { service: name, images: { [name]: `${REGISTRY}/${name}:${tag}` }, ...extra };
}

export interface RunOptions {
  mode?: 'run' | 'plan';
  onFailure?: OnFailure;
  signal?: AbortSignal;
  timeoutMs?: number;
  /** How long the engine waits for a kind that ignores its signal (default 2 s). */
  graceMs?: number;
  with?: Record<string, unknown>;
}

export interface Deployer {
  clients: SandboxClients;
  logs: Map<string, MemoryLogger>;
  run(services: Record<string, unknown>[], options?: RunOptions): Promise<RunResult>;
  services(names?: readonly string[]): Promise<Map<string, Service>>;
  close(): void;
}

export function deployer(sandbox: Sandbox): Deployer {
  const clients = clientsFor(sandbox);
  const aws: AwsClients = awsClientsOf(sandbox, clients);
  const logs = new Map<string, MemoryLogger>();
  const registry = new Registry({ phases: [ecsDeployKind] });
  return {
    clients,
    logs,
    async run(services, options = {}) {
      const plan: Plan = planOf([
        {
          id: 'deploy',
          uses: 'ecs-deploy',
          onFailure: options.onFailure ?? 'stop',
          ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
          with: { cluster: CLUSTER, 'poll-interval': '50ms', services, ...options.with },
        },
      ]);
      return runEngine({
        plan,
        registry,
        aws,
        ...(options.mode ? { mode: options.mode } : {}),
        vars: { registry: REGISTRY },
        ...(options.signal ? { signal: options.signal } : {}),
        ...(options.graceMs !== undefined ? { graceMs: options.graceMs } : {}),
        logFor: keptLogs(logs, () => new MemoryLogger()),
      });
    },
    async services(names = ALL) {
      const answer = await clients.ecs.send(
        new DescribeServicesCommand({ cluster: CLUSTER, services: [...names] }),
      );
      return new Map((answer.services ?? []).map((s) => [s.serviceName ?? '', s]));
    },
    close: () => clients.destroy(),
  };
}

/** `orchestrator:7` from a task definition ARN. */
export function revisionOf(service: Service | undefined): string {
  return service?.taskDefinition?.split('task-definition/')[1] ?? '(none)';
}
