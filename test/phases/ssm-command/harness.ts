/** A sandbox world of managed instances, and the engine set up to run an ssm-command phase in it. */
import { MemoryLogger } from '../../../src/core/log.js';
import { Secrets } from '../../../src/core/secrets.js';
import type { PhaseResult } from '../../../src/engine/result.js';
import { Registry } from '../../../src/phases/registry.js';
import { ssmCommandKind } from '../../../src/phases/ssm-command/index.js';
import type { Sandbox } from '../../../src/sandbox/index.js';
import { runEngine } from '../../helpers/engine.js';
import { planOf } from '../../helpers/plans.js';
import { awsClientsOf, clientsFor, type SandboxClients } from '../../helpers/sandbox.js';

export const WARMER_A = 'i-0aaaaaaaaaaaaaaa1';
export const WARMER_B = 'i-0bbbbbbbbbbbbbbb2';
export const LEGACY = 'i-0ccccccccccccccc3';
export const OFFLINE = 'i-0ddddddddddddddd4';

export const WARM_LINES = Array.from({ length: 30 }, (_, i) => `warmed key ${i + 1}`);

/**
 * Time runs 1000× faster: a script of 5 simulated seconds takes 5 ms. Each script matches a
 * command text, and some only one instance, so one command can end differently per instance.
 */
export function ssmScenario(): Record<string, unknown> {
  return {
    'time-scale': 1000,
    ssm: {
      instances: [
        { id: WARMER_A, tags: { Role: 'cache-warmer' } },
        { id: WARMER_B, tags: { Role: 'cache-warmer' } },
        { id: LEGACY, tags: { Role: 'legacy' } },
        { id: OFFLINE, tags: { Role: 'retired' }, ping: 'ConnectionLost' },
      ],
      commands: [
        { match: 'warm-cache', stdout: `${WARM_LINES.join('\n')}\n` },
        {
          match: 'half-fails',
          instance: WARMER_B,
          status: 'Failed',
          'response-code': 2,
          stdout: 'connecting\n',
          stderr: 'redis: connection refused\n',
        },
        { match: 'half-fails', stdout: 'ok\n' },
        {
          match: 'roll-config',
          instance: WARMER_A,
          status: 'Failed',
          'response-code': 4,
          stderr: 'bad config\n',
        },
        { match: 'roll-config', stdout: 'rolled\n' },
        { match: 'sleep-forever', duration: '10h', stdout: 'started\n' },
        { match: 'slow-agent', delayed: '20s', stdout: 'finally\n' },
        { match: 'late-invocation', 'appears-after': '5s', stdout: 'late\n' },
        {
          match: 'huge-output',
          stdout: `${'y'.repeat(99)}\n`.repeat(400) + 'the real last line\n',
        },
        { match: 'long-job', duration: '2h', stdout: 'never seen\n' },
      ],
    },
  };
}

export interface RunOptions {
  mode?: 'run' | 'plan';
  timeoutMs?: number;
  signal?: AbortSignal;
  secrets?: Secrets;
}

export interface Runner {
  clients: SandboxClients;
  log: MemoryLogger;
  run(settings: Record<string, unknown>, options?: RunOptions): Promise<PhaseResult>;
  close(): void;
}

export function runner(sandbox: Sandbox): Runner {
  const clients = clientsFor(sandbox);
  const aws = awsClientsOf(sandbox, clients);
  const registry = new Registry({ phases: [ssmCommandKind as never] });
  const self: Runner = {
    clients,
    log: new MemoryLogger(),
    async run(settings, options = {}) {
      self.log = new MemoryLogger();
      const plan = planOf([
        {
          id: 'warm-cache',
          uses: 'ssm-command',
          ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
          with: { 'poll-interval': '20ms', ...settings },
        },
      ]);
      const result = await runEngine({
        plan,
        registry,
        aws,
        ...(options.mode ? { mode: options.mode } : {}),
        version: 'v5.1.0',
        secrets: options.secrets ?? new Secrets(),
        ...(options.signal ? { signal: options.signal } : {}),
        graceMs: 5000,
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
