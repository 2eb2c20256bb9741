/**
 * How a GitHub REST call fails. What phasegate tells GitHub (deployments, the plan comment on a
 * pull request) is a view of the release, never a part of it: every failure here ends as one
 * warning and the release goes on unchanged.
 * - 403 / 404: the token may not write what the feature writes (the job lacks a `permissions:`
 *   entry,
 *   https://docs.github.com/actions/writing-workflows/choosing-what-your-workflow-does/controlling-permissions-for-github_token),
 *   or cannot see the repository. Not retried: asking again changes nothing.
 * - 5xx, 429 and network errors (Octokit reports those with status 500): retried after each
 *   delay, then given up.
 */
import { sleep } from '../../core/sleep.js';
import type { OctokitTarget } from './client.js';

/** Waits between tries of a call that failed transiently: three tries over about 5 s. */
export const RETRY_DELAYS_MS: readonly number[] = [1_000, 4_000];

export class GitHubCallFailed extends Error {
  constructor(
    readonly what: string,
    readonly status: number | undefined,
    readonly tries: number,
    cause: unknown,
  ) {
    super(`${what}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

/** What the action gives a GitHub feature: the environment, its cancellation, its debug log. */
export interface GitHubOptions {
  env: Record<string, string | undefined>;
  signal: AbortSignal;
  debug: (text: string) => void;
  retryDelaysMs?: readonly number[];
}

/** The Octokit target of a repository `owner/name`, at GITHUB_API_URL (GHES has its own). */
export function octokitTarget(token: string, repo: string, o: GitHubOptions): OctokitTarget {
  const [owner = '', name = ''] = repo.split('/');
  const baseUrl = o.env.GITHUB_API_URL || 'https://api.github.com';
  return { token, owner, repo: name, baseUrl, debug: o.debug };
}

/** How the calls of a feature are tried. */
export function callOptions(o: GitHubOptions): CallOptions {
  return { delaysMs: o.retryDelaysMs ?? RETRY_DELAYS_MS, signal: o.signal };
}

export interface CallOptions {
  delaysMs: readonly number[];
  signal: AbortSignal;
}

/** `call`, tried again after each delay while it fails transiently. */
export async function tryCall<T>(what: string, call: () => Promise<T>, o: CallOptions): Promise<T> {
  for (let tries = 1; ; tries++) {
    try {
      return await call();
    } catch (error) {
      const delay = o.delaysMs[tries - 1];
      const status = statusOf(error);
      if (delay === undefined || !isTransient(status) || o.signal.aborted) {
        throw new GitHubCallFailed(what, status, tries, error);
      }
      await sleep(delay, o.signal).catch(() => undefined);
    }
  }
}

/** What a feature writes to GitHub, for the warning when it cannot. */
export interface GitHubFeature {
  /** e.g. "GitHub Deployments are off for this job". */
  off: string;
  /** What the token must be allowed, e.g. "write deployments". */
  allowed: string;
  /** The job's permissions: entry that allows it, e.g. "deployments: write". */
  permission: string;
  /** The input that turns the feature off, e.g. "deployments: false". */
  optOut: string;
}

/** The warning for a failed call: what failed, what GitHub said, and what to do about it. */
export function warningFor(error: GitHubCallFailed, repo: string, f: GitHubFeature): string {
  const said = error.cause instanceof Error ? error.cause.message : String(error.cause);
  const answer = error.status && error.status !== 500 ? `${error.status} ${said}` : said;
  const head = `${f.off}: ${error.what} failed (${answer})`;
  if (error.status === 403 || error.status === 404) {
    return [
      `${head}.`,
      `The token must be allowed to ${f.allowed} of ${repo}: add "${f.permission}" under the job's permissions: (or set the input ${f.optOut}).`,
      'The release itself is not affected.',
    ].join(' ');
  }
  const tries = error.tries > 1 ? ` after ${error.tries} tries` : '';
  return `${head}${tries}. The release itself is not affected.`;
}

/** `work`'s value; undefined after one warning when a GitHub call in it failed. */
export async function warnOnFailure<T>(
  warn: (text: string) => void,
  repo: string,
  feature: GitHubFeature,
  work: () => Promise<T>,
): Promise<T | undefined> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof GitHubCallFailed)) throw error;
    warn(warningFor(error, repo, feature));
    return undefined;
  }
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' ? status : undefined;
}

function isTransient(status: number | undefined): boolean {
  return status !== undefined && (status === 429 || status >= 500);
}
