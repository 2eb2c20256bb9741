/** The engine run as the phase-kind harnesses run it: one plan, sandbox clients, test defaults. */
import type { AwsClients } from '../../src/aws/clients.js';
import type { Logger } from '../../src/core/log.js';
import { Secrets } from '../../src/core/secrets.js';
import type { RunResult } from '../../src/engine/result.js';
import { type RunPlanOptions, runPlan } from '../../src/engine/run-plan.js';
import type { Registry } from '../../src/phases/registry.js';
import type { Plan, RunInfo } from '../../src/plan/types.js';

export interface EngineRun {
  plan: Plan;
  registry: Registry;
  aws: AwsClients;
  logFor: RunPlanOptions['logFor'];
  mode?: 'run' | 'plan';
  version?: string;
  vars?: Record<string, string>;
  run?: Partial<RunInfo>;
  secrets?: Secrets;
  signal?: AbortSignal;
  graceMs?: number;
}

export function runEngine(o: EngineRun): Promise<RunResult> {
  const version = o.version ?? 'v5.1';
  return runPlan({
    plan: o.plan,
    registry: o.registry,
    run: {
      app: 'ca-a2a',
      region: 'eu-west-3',
      environment: 'test',
      version,
      dryRun: o.mode === 'plan',
      ...o.run,
    },
    mode: o.mode ?? 'run',
    aws: o.aws,
    secrets: o.secrets ?? new Secrets(),
    resolveSsm: async () => ({}),
    scope: { inputs: { environment: 'test', version }, vars: o.vars ?? {}, env: {}, github: {} },
    signal: o.signal ?? new AbortController().signal,
    logFor: o.logFor,
    graceMs: o.graceMs ?? 2000,
  });
}

/** A logFor that keeps each phase's lines in `logs`, for assertions on what was printed. */
export function keptLogs<L extends Logger>(
  logs: Map<string, L>,
  make: () => L,
): RunPlanOptions['logFor'] {
  return (phase) => {
    const log = make();
    logs.set(phase.id, log);
    return log;
  };
}
