/**
 * Where a committed workflow and the one the plan gives differ, by part: the jobs (one per
 * phase) and the top-level keys, so `--check` names the phase before the lines.
 */
import { isDeepStrictEqual } from 'node:util';
import { parse } from 'yaml';

type Workflow = Record<string, unknown> & { jobs?: Record<string, unknown> };

/** e.g. ["job verify", "phase smoke-test has no job", "job old is in no phase"]; [] if unreadable. */
export function changedParts(committed: string, expected: string): string[] {
  const before = readable(committed);
  const after = readable(expected);
  if (!before || !after) return [];
  const keys = union(Object.keys(before), Object.keys(after)).filter((k) => k !== 'jobs');
  const top = keys.filter((k) => !isDeepStrictEqual(before[k], after[k]));
  const beforeJobs = before.jobs ?? {};
  const afterJobs = after.jobs ?? {};
  const jobs = union(Object.keys(afterJobs), Object.keys(beforeJobs)).flatMap((id) => {
    if (!(id in beforeJobs)) return [`phase ${id} has no job`];
    if (!(id in afterJobs)) return [`job ${id} is in no phase`];
    return isDeepStrictEqual(beforeJobs[id], afterJobs[id]) ? [] : [`job ${id}`];
  });
  return [...top, ...jobs];
}

function readable(text: string): Workflow | undefined {
  try {
    const value = parse(text) as unknown;
    return value && typeof value === 'object' ? (value as Workflow) : undefined;
  } catch {
    return undefined;
  }
}

function union(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])];
}
