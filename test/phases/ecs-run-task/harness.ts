/** A sandbox world for one-off tasks, and the engine set up to run an ecs-run-task phase in it. */

import type { ECSClient, RunTaskCommandInput } from '@aws-sdk/client-ecs';
import type { AwsClients } from '../../../src/aws/clients.js';
import { MemoryLogger } from '../../../src/core/log.js';
import type { PhaseResult, RunResult } from '../../../src/engine/result.js';
import { ecsRunTaskKind } from '../../../src/phases/ecs-run-task/index.js';
import { Registry } from '../../../src/phases/registry.js';
import type { Sandbox } from '../../../src/sandbox/index.js';
import { runEngine } from '../../helpers/engine.js';
import { planOf } from '../../helpers/plans.js';
import {
  awsClientsOf,
  type ClientOverrides,
  clientsFor,
  type SandboxClients,
} from '../../helpers/sandbox.js';

export const CLUSTER = 'ca-a2a-cluster';
export const REGISTRY = '555043101106.dkr.ecr.eu-west-3.amazonaws.com/ca-a2a';

const awslogs = (group: string) => ({
  logDriver: 'awslogs',
  options: {
    'awslogs-group': group,
    'awslogs-region': 'eu-west-3',
    'awslogs-stream-prefix': 'ecs',
  },
});

export const SUITE_LINES = Array.from({ length: 35 }, (_, i) => `suite line ${i + 1}`);

/**
 * Time runs 1000× faster: a task starts in 4 ms and runs for 10 ms of real time. Stopped tasks
 * are forgotten after a simulated hour (3.6 real seconds), so each test describes its own tasks.
 */
export function runTaskScenario(): Record<string, unknown> {
  return {
    'time-scale': 1000,
    // Short and empty pages, as AWS allows: the log tail must read on to the documented end.
    logs: { 'empty-pages': 1, 'page-events': 4 },
    'account-id': '555043101106',
    ecs: {
      clusters: [CLUSTER],
      'task-definitions': [
        {
          family: 'ca-a2a-tests',
          definition: {
            networkMode: 'awsvpc',
            requiresCompatibilities: ['FARGATE'],
            cpu: '256',
            memory: '512',
            executionRoleArn: 'arn:aws:iam::555043101106:role/ecsTaskExecutionRole',
            containerDefinitions: [
              {
                name: 'tests',
                image: `${REGISTRY}/tests:5.1.0`,
                command: ['pytest'],
                logConfiguration: awslogs('/ecs/ca-a2a-tests'),
              },
              {
                name: 'sidecar',
                image: `${REGISTRY}/sidecar:1`,
                essential: false,
                logConfiguration: awslogs('/ecs/ca-a2a-tests'),
              },
            ],
          },
        },
        { family: 'ca-a2a-migrate', image: `${REGISTRY}/documents:5.1.0` },
        { family: 'ca-a2a-broken', image: `${REGISTRY}/tests:5.1.0-broken` },
        {
          family: 'big-job',
          definition: {
            networkMode: 'bridge',
            requiresCompatibilities: ['EC2'],
            containerDefinitions: [{ name: 'job', image: 'busybox', memory: 4096 }],
          },
        },
        { family: 'ca-a2a-shards', image: `${REGISTRY}/tests:5.1.0` },
        {
          family: 'bridge-job',
          definition: {
            networkMode: 'bridge',
            requiresCompatibilities: ['EC2'],
            containerDefinitions: [{ name: 'job', image: 'busybox', memory: 128 }],
          },
        },
      ],
      services: [{ name: 'orchestrator', image: `${REGISTRY}/orchestrator:5.0`, port: 8001 }],
      'bad-images': [{ image: '*:5.1.0-broken' }],
      'run-task': [
        // Tasks ECS cannot place (RunTask failures[]), all or some of them.
        { family: 'big-job', 'placement-failure': { reason: 'RESOURCE:MEMORY' } },
        {
          family: 'ca-a2a-shards',
          command: 'shard-fails',
          'exit-code': 1,
          reason: 'shard 1 failed',
          'placement-failure': { reason: 'capacity-unavailable', placed: 1 },
        },
        {
          family: 'ca-a2a-shards',
          'placement-failure': { reason: 'capacity-unavailable', placed: 2 },
        },
        {
          family: 'ca-a2a-tests',
          command: 'revoke',
          'exit-code': 3,
          reason: 'pytest: 1 failed',
          'run-time': '10s',
          logs: ['collected 4 items', 'FAILED test_revoke.py::test_agent_refuses_revoked_token'],
        },
        { family: 'ca-a2a-tests', command: 'sleep-forever', 'run-time': '10h' },
        {
          family: 'ca-a2a-tests',
          command: 'sidecar-fails',
          containers: { sidecar: { 'exit-code': 1, reason: 'sidecar crashed' } },
        },
        {
          family: 'ca-a2a-migrate',
          'stop-reason':
            'ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed',
        },
        { family: 'ca-a2a-tests', 'run-time': '10s', logs: SUITE_LINES },
      ],
    },
  };
}

export interface RunOptions {
  mode?: 'run' | 'plan';
  signal?: AbortSignal;
  timeoutMs?: number;
  planFile?: string;
  /** Run as `--sandbox` does: AWS's times are the sandbox's simulated ones. */
  simulatedTime?: boolean;
}

export interface Runner {
  clients: SandboxClients;
  /** Every RunTask input the kind sent, as the SDK serialised it. */
  runTaskInputs: RunTaskCommandInput[];
  log: MemoryLogger;
  run(settings: Record<string, unknown>, options?: RunOptions): Promise<PhaseResult>;
  close(): void;
}

/** Records RunTask inputs on their way out, to see what the kind asked ECS for. */
function captureRunTask(ecs: ECSClient, into: RunTaskCommandInput[]): void {
  ecs.middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName === 'RunTaskCommand') into.push(args.input as RunTaskCommandInput);
      return next(args);
    },
    { step: 'initialize', name: 'captureRunTask' },
  );
}

export function runner(sandbox: Sandbox, overrides: ClientOverrides = {}): Runner {
  const clients = clientsFor(sandbox, overrides);
  const runTaskInputs: RunTaskCommandInput[] = [];
  captureRunTask(clients.ecs, runTaskInputs);
  const aws: AwsClients = awsClientsOf(sandbox, clients);
  const registry = new Registry({ phases: [ecsRunTaskKind as never] });
  const self: Runner = {
    clients,
    runTaskInputs,
    log: new MemoryLogger(),
    async run(settings, options = {}) {
      self.log = new MemoryLogger();
      const plan = planOf([
        {
          id: 'functional-tests',
          uses: 'ecs-run-task',
          ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
          with: { cluster: CLUSTER, 'poll-interval': '20ms', ...settings },
        },
      ]);
      const result: RunResult = await runEngine({
        plan: { ...plan, file: options.planFile ?? plan.file },
        registry,
        aws,
        ...(options.mode ? { mode: options.mode } : {}),
        ...(options.simulatedTime ? { run: { simulatedTime: true } } : {}),
        version: 'v5.1.0',
        vars: { registry: REGISTRY },
        ...(options.signal ? { signal: options.signal } : {}),
        logFor: () => self.log,
      });
      const [phase] = result.phases;
      if (!phase) throw new Error('the plan had no phase');
      return phase;
    },
    close: () => clients.destroy(),
  };
  return self;
}
