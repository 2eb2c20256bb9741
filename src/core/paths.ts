/**
 * The one rule for relative paths a plan names (task definition files, the migrations
 * directory): next to the plan file first, so a plan means the same files wherever the CLI is
 * started; then the working directory (the repository root in GitHub Actions), for plans kept
 * in a folder of their own that name repository paths.
 */
import { stat } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { UserError } from './errors.js';

/** `cwd`: the working directory of the run, for a workflow the repository root (its workspace). */
export function candidatePaths(path: string, planFile: string, cwd = process.cwd()): string[] {
  if (isAbsolute(path)) return [path];
  const fromPlan = resolve(dirname(planFile), path);
  const fromCwd = resolve(cwd, path);
  return fromPlan === fromCwd ? [fromPlan] : [fromPlan, fromCwd];
}

/** The first candidate that is a file (or a directory); a UserError naming where it looked. */
export async function locate(
  path: string,
  planFile: string,
  what: { kind: 'file' | 'directory'; name: string },
): Promise<string> {
  const candidates = candidatePaths(path, planFile);
  for (const candidate of candidates) {
    const found = await stat(candidate).catch(() => undefined);
    if (what.kind === 'file' ? found?.isFile() : found?.isDirectory()) return candidate;
  }
  throw new UserError(`${what.name} ${path} not found`, `looked at ${candidates.join(' and ')}`);
}

/**
 * A path as a report shows it: relative to `base` (the working directory: the repository root in
 * GitHub Actions) when it lies inside it, else as it is.
 */
export function shownPath(path: string, base = process.cwd()): string {
  const inside = relative(base, resolve(base, path));
  if (inside === '') return '.';
  return inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside) ? path : inside;
}
