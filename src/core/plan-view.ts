/**
 * What a dry run shows a reviewer of one phase, as data: the terminal (plain text), the step
 * summary (markdown) and `--json` are each rendered from this one value, so they say the same.
 */

/** A block shown verbatim: a unified diff, a migration's SQL. */
export interface PlanBlock {
  label: string;
  language: 'diff' | 'sql' | 'sh' | 'text';
  text: string;
}

/** One thing the phase would act on: a service, a migration file, a check, a command. */
export interface PlanItem {
  /** The one line a reviewer reads first: `orchestrator: image v5.0 → v5.1, +ENV FEATURE_X`. */
  line: string;
  /** Short facts under it: `revision: web:8 → web:9 (to register)`, `mode: transaction`. */
  facts: string[];
  blocks: PlanBlock[];
}

export interface PhasePlan {
  /** Whether the run would change anything; true when the plan could not look. */
  changes: boolean;
  items: PlanItem[];
  /** Why the plan could not look (access denied, a missing cluster); it did not fail. */
  couldNotLook?: string;
}

export function planItem(line: string, facts: string[] = [], blocks: PlanBlock[] = []): PlanItem {
  return { line, facts, blocks };
}
