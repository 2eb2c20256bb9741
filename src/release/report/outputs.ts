/** The action's outputs (and the CLI's `--json`): status, failed-phase, result. */
import { durationOf, planHasChanges, type RunResult } from '../../engine/result.js';
import { type PhaseNode, stages } from '../../plan/graph.js';

export interface RunOutputs {
  status: string;
  'failed-phase': string;
  result: string;
  /** A dry run: 'true' when the run would change something, 'false' when not; '' for a run. */
  changes: string;
}

/** `phases`: the plan's, so a dry run's result also says what runs side by side (`stages`). */
export function runOutputs(result: RunResult, phases?: readonly PhaseNode[]): RunOutputs {
  return {
    status: result.status,
    'failed-phase': result.failedPhase ?? '',
    result: JSON.stringify(resultJson(result, phases)),
    changes: result.mode === 'plan' ? String(planHasChanges(result)) : '',
  };
}

/** A stable, documented JSON shape for scripts; not the engine's internal record. */
export function resultJson(result: RunResult, phases?: readonly PhaseNode[]) {
  return {
    ...resultFields(result),
    ...(result.mode === 'plan' && phases ? { stages: stages(phases) } : {}),
  };
}

function resultFields(result: RunResult) {
  return {
    status: result.status,
    mode: result.mode,
    startedAt: new Date(result.startedAt).toISOString(),
    durationMs: result.endedAt - result.startedAt,
    failedPhase: result.failedPhase ?? null,
    // A dry run's answer to "would anything change?"; null for a run (schema/plan-output).
    changes: result.mode === 'plan' ? planHasChanges(result) : null,
    phases: result.phases.map((p) => ({
      id: p.id,
      name: p.name,
      uses: p.uses,
      status: p.status,
      summary: p.summary,
      durationMs: durationOf(p) ?? null,
      outputs: p.outputs,
      gates: p.gates.map((g) => ({ when: g.when, name: g.name, ok: g.ok, summary: g.summary })),
      ...(p.error ? { error: { kind: p.error.kind, message: p.error.message } } : {}),
      ...(p.rollback
        ? { rollback: { status: p.rollback.status, summary: p.rollback.summary } }
        : {}),
      ...(p.plan ? { plan: p.plan } : {}),
    })),
  };
}
