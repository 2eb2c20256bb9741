/**
 * How a deployments call fails. GitHub Deployments are a view of the release, never a part of
 * it: every failure here ends as one warning and the release goes on unchanged.
 * - 403 / 404: the token may not write deployments (the job lacks `permissions: deployments:
 *   write`,
 *   https://docs.github.com/actions/writing-workflows/choosing-what-your-workflow-does/controlling-permissions-for-github_token),
 *   or cannot see the repository. Not retried: asking again changes nothing.
 * - 5xx, 429 and network errors (Octokit reports those with status 500): retried after each
 *   delay, then given up.
 */
import { sleep } from '../../core/sleep.js';

/** Waits between tries of a call that failed transiently: three tries over about 5 s. */
export const RETRY_DELAYS_MS: readonly number[] = [1_000, 4_000];

export class DeploymentCallFailed extends Error {
  constructor(
    readonly what: string,
    readonly status: number | undefined,
    readonly tries: number,
    cause: unknown,
  ) {
    super(`${what}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
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
        throw new DeploymentCallFailed(what, status, tries, error);
      }
      await sleep(delay, o.signal).catch(() => undefined);
    }
  }
}

/** The warning for a failed call: what failed, what GitHub said, and what to do about it. */
export function warningFor(error: DeploymentCallFailed, repo: string): string {
  const said = error.cause instanceof Error ? error.cause.message : String(error.cause);
  const answer = error.status && error.status !== 500 ? `${error.status} ${said}` : said;
  const head = `GitHub Deployments are off for this job: ${error.what} failed (${answer})`;
  if (error.status === 403 || error.status === 404) {
    return [
      `${head}.`,
      `The token must be allowed to write deployments of ${repo}: add "deployments: write" under the job's permissions: (or set the input deployments: false).`,
      'The release itself is not affected.',
    ].join(' ');
  }
  const tries = error.tries > 1 ? ` after ${error.tries} tries` : '';
  return `${head}${tries}. The release itself is not affected.`;
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' ? status : undefined;
}

function isTransient(status: number | undefined): boolean {
  return status !== undefined && (status === 429 || status >= 500);
}
