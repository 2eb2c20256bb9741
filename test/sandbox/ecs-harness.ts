/** Drives the simulated ECS directly (no HTTP) on a ManualClock, for step-by-step tests. */
import { ManualClock } from '../../src/sandbox/clock.js';
import { createEcsService } from '../../src/sandbox/ecs/index.js';
import type { LogEvent, LogStore } from '../../src/sandbox/service.js';

export const REGION = 'eu-west-3';
export const ACCOUNT = '555043101106';
export const START = Date.UTC(2026, 2, 1, 12);

export class RecordingLogStore implements LogStore {
  readonly lines: { group: string; stream: string; event: LogEvent }[] = [];

  append(group: string, stream: string, events: LogEvent[]): void {
    for (const event of events) this.lines.push({ group, stream, event });
  }
}

// biome-ignore lint/suspicious/noExplicitAny: tests read loosely typed wire output.
export type Wire = any;

export function ecsHarness(section: unknown) {
  const clock = new ManualClock(START);
  const logs = new RecordingLogStore();
  const ecs = createEcsService(section, { clock, logs, region: REGION, accountId: ACCOUNT });
  const call = (operation: string, input: Record<string, unknown> = {}): Promise<Wire> =>
    ecs.handle(operation, input, {
      service: 'ecs',
      operation,
      at: clock.now(),
      signal: new AbortController().signal,
    });
  const service = async (cluster: string, name: string): Promise<Wire> =>
    (await call('DescribeServices', { cluster, services: [name] })).services[0];
  /** Seconds since the start of the scenario. */
  const elapsed = () => (clock.now() - START) / 1000;
  return { clock, logs, ecs, call, service, elapsed };
}

export const SUBNETS = {
  awsvpcConfiguration: {
    subnets: ['subnet-1'],
    securityGroups: ['sg-1'],
    assignPublicIp: 'DISABLED',
  },
};

/** A one-container Fargate task definition, as RegisterTaskDefinition takes it. */
export function fargateDefinition(
  family: string,
  image: string,
  container = 'app',
): Record<string, unknown> {
  return {
    family,
    networkMode: 'awsvpc',
    requiresCompatibilities: ['FARGATE'],
    cpu: '256',
    memory: '512',
    executionRoleArn: `arn:aws:iam::${ACCOUNT}:role/ecsTaskExecutionRole`,
    containerDefinitions: [
      {
        name: container,
        image,
        portMappings: [{ containerPort: 8080 }],
        logConfiguration: {
          logDriver: 'awslogs',
          options: {
            'awslogs-group': `/ecs/${family}`,
            'awslogs-region': REGION,
            'awslogs-stream-prefix': 'ecs',
          },
        },
      },
    ],
  };
}
