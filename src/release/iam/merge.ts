/**
 * Many kinds and phases ask for the same thing: statements of one Sid, one set of actions and
 * one condition become one statement naming all their resources. Actions and resources are
 * sorted and statements ordered by Sid, so a plan always gives the same policy, byte for byte.
 * Statements are never merged across different actions: that would grant an action on a
 * resource no kind asked it for.
 */
import { type IamStatement, matchesPattern } from '../../aws/iam.js';

export interface IamPolicy {
  Version: '2012-10-17';
  Statement: IamStatement[];
}

export function mergeStatements(statements: readonly IamStatement[]): IamPolicy {
  const merged = new Map<string, IamStatement>();
  for (const s of statements) {
    if (s.Resource.length === 0) continue;
    const actions = sorted(s.Action);
    const key = JSON.stringify([s.Sid, actions, canonical(s.Condition)]);
    const found = merged.get(key);
    if (found) found.Resource = sorted([...found.Resource, ...s.Resource]);
    else merged.set(key, { ...s, Action: actions, Resource: sorted(s.Resource) });
  }
  for (const s of merged.values()) s.Resource = withoutCovered(s.Resource);
  const ordered = [...merged.values()].sort(
    (a, b) => compare(a.Sid, b.Sid) || compare(JSON.stringify(a), JSON.stringify(b)),
  );
  return { Version: '2012-10-17', Statement: uniqueSids(ordered) };
}

/** A Sid must be unique in a policy: the second `EcsUpdateServices` becomes `EcsUpdateServices2`. */
function uniqueSids(statements: IamStatement[]): IamStatement[] {
  const seen = new Map<string, number>();
  return statements.map((s) => {
    const n = (seen.get(s.Sid) ?? 0) + 1;
    seen.set(s.Sid, n);
    return n === 1 ? s : { ...s, Sid: `${s.Sid}${n}` };
  });
}

/** `role/ca-a2a-task-role` says nothing more beside `role/*`: the wider pattern is kept alone. */
function withoutCovered(resources: string[]): string[] {
  return resources.filter(
    (r) => !resources.some((other) => other !== r && matchesPattern(other, r)),
  );
}

function sorted(values: readonly string[]): string[] {
  return [...new Set(values)].sort(compare);
}

function canonical(condition: IamStatement['Condition']): unknown {
  if (!condition) return null;
  return Object.keys(condition)
    .sort(compare)
    .map((operator) => {
      const keys = condition[operator] ?? {};
      return [
        operator,
        Object.keys(keys)
          .sort(compare)
          .map((k) => [k, keys[k]]),
      ];
    });
}

/** Code-point order, the same on every machine (localeCompare is not). */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
