/**
 * Running part of a plan: `phases: agents,verify` runs exactly those; `from: agents` runs that
 * phase and every phase after it in the plan. Until the release record exists (releases issue),
 * phases outside the selection are not consulted: their `needs` count as met.
 */
import { UserError } from '../core/errors.js';
import { closest } from '../core/suggest.js';
import type { Plan } from '../plan/types.js';

export interface Selection {
  phases?: string[];
  from?: string;
}

export function selectPhases(plan: Plan, selection: Selection): Set<string> {
  const ids = plan.phases.map((p) => p.id);
  if (selection.phases?.length && selection.from) {
    throw new UserError(
      'give either phases or from, not both',
      'use phases: a,b to pick phases, or from: a to start at a',
    );
  }
  if (selection.phases?.length) {
    for (const id of selection.phases) assertKnown(id, ids, 'phases');
    return new Set(selection.phases);
  }
  if (selection.from) {
    assertKnown(selection.from, ids, 'from');
    return new Set(ids.slice(ids.indexOf(selection.from)));
  }
  return new Set(ids);
}

function assertKnown(id: string, ids: string[], option: string): void {
  if (ids.includes(id)) return;
  const near = closest(id, ids);
  throw new UserError(
    `${option}: the plan has no phase "${id}"`,
    near
      ? `did you mean "${near}"? The plan's phases: ${ids.join(', ')}`
      : `the plan's phases: ${ids.join(', ')}`,
  );
}

/** Splits `a, b,c` as typed in a workflow input or on the command line. */
export function parsePhaseList(text: string | undefined): string[] | undefined {
  const ids = (text ?? '')
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  return ids.length > 0 ? ids : undefined;
}
