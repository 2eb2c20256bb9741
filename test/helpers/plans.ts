/** Typed plans built in code, for engine tests that should not depend on the YAML reader. */
import type { CheckSpec, OnFailure, PhaseSpec, Plan } from '../../src/plan/types.js';

export interface PhaseInput {
  id: string;
  uses?: string;
  with?: Record<string, unknown>;
  needs?: string[];
  timeoutMs?: number;
  onFailure?: OnFailure;
  before?: Partial<CheckSpec>[];
  after?: Partial<CheckSpec>[];
}

const at = { file: 'test.yml', line: 1, column: 1 };

function check(c: Partial<CheckSpec>, i: number): CheckSpec {
  return {
    name: c.name ?? `check-${i}`,
    uses: c.uses ?? 'flag',
    with: c.with ?? { ok: true },
    position: at,
  };
}

/** `needs` defaults to the phase before, as in plan files. */
export function planOf(phases: PhaseInput[], maxParallel = 4): Plan {
  const specs: PhaseSpec[] = phases.map((p, i) => ({
    id: p.id,
    name: p.id,
    uses: p.uses ?? 'step',
    with: p.with ?? {},
    needs: p.needs ?? (i > 0 ? [phases[i - 1]?.id ?? ''] : []),
    timeoutMs: p.timeoutMs ?? 60_000,
    gates: { before: (p.before ?? []).map(check), after: (p.after ?? []).map(check) },
    onFailure: p.onFailure ?? 'stop',
    alwaysRun: false,
    position: at,
  }));
  return {
    file: 'test.yml',
    version: 1,
    app: 'demo',
    region: 'eu-west-3',
    vars: {},
    secrets: [],
    defaults: { timeoutMs: 60_000, onFailure: 'stop' },
    maxParallel,
    record: { store: 'none', leaseTtlMs: 120_000, leaseWaitMs: 0 },
    environments: {},
    phases: specs,
  };
}
