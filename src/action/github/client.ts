/**
 * @actions/github's Octokit as phasegate's GitHub features use it. Imported only dynamically
 * (by the features' octokit.ts, themselves loaded on first use), because Octokit and undici
 * cost start-up that runs without them do not need to pay.
 */
import { getOctokit } from '@actions/github';

/** A GitHub API call that hangs must not hold the release: each one gets this long. */
const REQUEST_TIMEOUT_MS = 10_000;

export interface OctokitTarget {
  token: string;
  owner: string;
  repo: string;
  /** GITHUB_API_URL (GitHub Enterprise Server has its own). */
  baseUrl: string;
  /** Octokit's own log lines (deprecations); they go to the masked debug log, not to stderr. */
  debug: (text: string) => void;
}

export type Octokit = ReturnType<typeof getOctokit>;

export function githubClient(t: OctokitTarget): Octokit {
  const log = { debug: t.debug, info: t.debug, warn: t.debug, error: t.debug };
  return getOctokit(t.token, { baseUrl: t.baseUrl, log });
}

/** The per-request options of every call: its timeout. */
export function requestOptions(): { signal: AbortSignal } {
  return { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) };
}
