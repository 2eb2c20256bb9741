/**
 * What a deploy changes in a task definition, in the terms a reviewer looks for: images,
 * environment variables and cpu/memory. Used by plan (dry run) and by the run's report.
 */
import {
  containerDefinitionsOf,
  isRecord,
  type TaskDefinitionInput,
} from '../../aws/ecs/task-definitions.js';

export interface Change {
  /** `image orchestrator`, `env orchestrator FEATURE_X`, `cpu`, `memory orchestrator`. */
  what: string;
  from?: string;
  to?: string;
}

/** Changes from `before` (absent for a new service) to `after`. */
export function diffDefinitions(
  before: TaskDefinitionInput | undefined,
  after: TaskDefinitionInput,
): Change[] {
  const changes: Change[] = [];
  const push = (what: string, from: string | undefined, to: string | undefined) => {
    if (from !== to)
      changes.push({
        what,
        ...(from !== undefined ? { from } : {}),
        ...(to !== undefined ? { to } : {}),
      });
  };
  for (const key of ['cpu', 'memory'] as const) push(key, text(before?.[key]), text(after[key]));
  const old = new Map(containerDefinitionsOf(before ?? {}).map((c) => [String(c.name), c]));
  const now = new Map(containerDefinitionsOf(after).map((c) => [String(c.name), c]));
  for (const name of new Set([...old.keys(), ...now.keys()])) {
    const [a, b] = [old.get(name), now.get(name)];
    if (before && (!a || !b)) {
      push(`container ${name}`, a ? 'present' : undefined, b ? 'present' : undefined);
      continue;
    }
    push(`image ${name}`, text(a?.image), text(b?.image));
    for (const key of ['cpu', 'memory'] as const)
      push(`${key} ${name}`, text(a?.[key]), text(b?.[key]));
    const [envA, envB] = [environment(a), environment(b)];
    for (const v of new Set([...Object.keys(envA), ...Object.keys(envB)]))
      push(`env ${name} ${v}`, envA[v], envB[v]);
  }
  return changes;
}

function text(value: unknown): string | undefined {
  // Container cpu 0 is what AWS fills in for "no reservation".
  return value === undefined || value === null || value === 0 ? undefined : String(value);
}

function environment(container: Record<string, unknown> | undefined): Record<string, string> {
  const list = Array.isArray(container?.environment) ? container.environment : [];
  const vars: Record<string, string> = {};
  for (const e of list) if (isRecord(e)) vars[String(e.name)] = String(e.value ?? '');
  return vars;
}

/** `image orchestrator: …:v5.0 → …:v5.1`, `env orchestrator FEATURE_X: (unset) → on`. */
export function formatChange(change: Change): string {
  return `${change.what}: ${change.from ?? '(none)'} → ${change.to ?? '(none)'}`;
}
