/**
 * Files a run writes at its end (the CLI's `--summary`, the runner's GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY) are checked before anything changes: a release must not run to the end
 * and then fail to say how it went.
 */
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UserError } from './errors.js';

/** Throws a UserError saying what to write instead when `file` cannot be written. */
export function checkWritable(file: string, what: string): void {
  const path = resolve(file);
  if (existsSync(path)) {
    if (statSync(path).isDirectory())
      throw new UserError(`${what} ${file} is a directory`, 'name a file, e.g. summary.md');
    if (!writable(path))
      throw new UserError(`${what} ${file} cannot be written (permission denied)`);
    return;
  }
  const parent = nearestExisting(dirname(path));
  if (!statSync(parent).isDirectory())
    throw new UserError(`${what} ${file}: ${parent} is a file, not a directory`);
  if (!writable(parent))
    throw new UserError(`${what} ${file} cannot be created: ${parent} is not writable`);
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** The first existing folder on the way up (the summary's folders are created if missing). */
function nearestExisting(dir: string): string {
  let at = dir;
  while (!existsSync(at) && dirname(at) !== at) at = dirname(at);
  return at;
}
