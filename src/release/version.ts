/**
 * The version a release is for. It is never made up: a run without one would deploy an image
 * tag nobody chose. In GitHub Actions it is the tag that triggered the run, else the commit; on
 * a laptop the tag at HEAD, else the short commit of the plan's checkout.
 */
import { execFileSync } from 'node:child_process';
import { dirname } from 'node:path';
import { UserError } from '../core/errors.js';

export interface VersionSource {
  version: string;
  /** Where it came from, for the start line: `tag`, `commit` or `given`. */
  from: 'given' | 'tag' | 'commit';
  /** The commit the release is made from, when known. */
  commit?: string;
}

type Env = Record<string, string | undefined>;

/** `git` at the plan's folder; undefined when it is not a checkout or git is missing. */
export type Git = (args: string[], cwd: string) => string | undefined;

export const runGit: Git = (args, cwd) => {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .trim()
      .split('\n')[0];
  } catch {
    return undefined;
  }
};

export function resolveVersion(
  given: string | undefined,
  planFile: string,
  env: Env,
  git: Git = runGit,
): VersionSource {
  const commit = env.GITHUB_SHA || git(['rev-parse', 'HEAD'], dirname(planFile)) || undefined;
  const withCommit = commit ? { commit } : {};
  if (given?.trim()) return { version: given.trim(), from: 'given', ...withCommit };
  if (env.GITHUB_REF_TYPE === 'tag' && env.GITHUB_REF_NAME)
    return { version: env.GITHUB_REF_NAME, from: 'tag', ...withCommit };
  if (!env.GITHUB_SHA) {
    const tag = git(['describe', '--tags', '--exact-match', 'HEAD'], dirname(planFile));
    if (tag) return { version: tag, from: 'tag', ...withCommit };
  }
  if (commit) return { version: commit.slice(0, 7), from: 'commit', commit };
  throw new UserError(
    'no version to release: not started by a tag, and the plan is not in a git checkout',
    'give the version the images are tagged with: --version v1.2.3 (the action: version: v1.2.3)',
  );
}
