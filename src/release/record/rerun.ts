/**
 * The re-run rule, the same for the CLI and the action (one job per phase or one job for all):
 * - a selected phase whose success is recorded for this version with the same digest is not run
 *   again ("done in run 1234 attempt 1, 14:02") unless it is `always-run` or the run is forced;
 * - a selected phase whose needs, directly or through phases not run now, have no recorded
 *   success for this version does not start (it would run against the old release) unless forced;
 * - phases not run now lend their recorded outputs to the phases that read them.
 */
import { UserError } from '../../core/errors.js';
import { type PhaseResult, pendingResult } from '../../engine/result.js';
import type { PhaseSpec, Plan } from '../../plan/types.js';
import type { PhaseEntry } from './entries.js';

export interface RerunInput {
  plan: Plan;
  /** Phases the run selected (all of them by default). */
  selected: Set<string>;
  /** This version's recorded entries, by phase id. */
  entries: Map<string, PhaseEntry>;
  /** Each phase's digest as this run would run it. */
  digests: Map<string, string>;
  force: boolean;
  version: string;
  environment: string;
}

export interface RerunDecision {
  /** Results the engine takes as given: phases done for this version, selected or not. */
  settled: PhaseResult[];
  /** Selected phases that will run now. */
  toRun: string[];
}

export function decideRerun(input: RerunInput): RerunDecision {
  const settled: PhaseResult[] = [];
  const toRun: string[] = [];
  for (const phase of input.plan.phases) {
    const entry = succeeded(input.entries.get(phase.id));
    if (!input.selected.has(phase.id)) {
      // Shown as done (with its run) rather than "not selected": the version has it.
      if (entry) settled.push(recorded(phase, entry));
      continue;
    }
    const same = entry && entry.digest === input.digests.get(phase.id);
    if (same && !phase.alwaysRun && !input.force) settled.push(recorded(phase, entry));
    else toRun.push(phase.id);
  }
  if (!input.force) refuseMissingNeeds(input, new Set(toRun));
  return { settled, toRun };
}

function succeeded(entry: PhaseEntry | undefined): PhaseEntry | undefined {
  return entry?.status === 'succeeded' ? entry : undefined;
}

function recorded(phase: PhaseSpec, entry: PhaseEntry): PhaseResult {
  return { ...pendingResult(phase, 'done-earlier', describeDone(entry)), outputs: entry.outputs };
}

/** `done in run 1234 attempt 1, 2026-12-01 14:02 UTC`, or by whom on the command line. */
export function describeDone(entry: PhaseEntry): string {
  const when = (entry.endedAt ?? entry.startedAt).slice(0, 16).replace('T', ' ');
  const by = entry.run.runId
    ? `run ${entry.run.runId} attempt ${entry.run.attempt ?? '1'}`
    : `${entry.run.owner.replace(/\/\d+$/, '')}`;
  return `done in ${by}, ${when} UTC`;
}

/** Every need of a phase that runs now must run now too or have succeeded for this version. */
function refuseMissingNeeds(input: RerunInput, toRun: Set<string>): void {
  const isDone = (id: string) => succeeded(input.entries.get(id)) !== undefined;
  for (const phase of input.plan.phases) {
    if (!toRun.has(phase.id)) continue;
    // A need that succeeded for this version had its own needs met then: no need to look past it.
    const missing = phase.needs.filter((need) => !toRun.has(need) && !isDone(need));
    if (missing.length === 0) continue;
    const order = input.plan.phases.map((p) => p.id);
    const add = [...new Set([...missing, ...toRun])].sort(
      (a, b) => order.indexOf(a) - order.indexOf(b),
    );
    throw new UserError(
      `phase "${phase.id}" needs ${list(missing)}, which ${missing.length === 1 ? 'has' : 'have'} not succeeded for ${input.version} in ${input.environment}: it would run against what is deployed now`,
      `run ${list(missing)} first, or add ${missing.length === 1 ? 'it' : 'them'}: --phases ${add.join(',')} (the action: phases: ${add.join(',')}); --force runs it anyway`,
    );
  }
}

function list(ids: string[]): string {
  return ids.map((id) => `"${id}"`).join(', ');
}
