/**
 * Cold clusters. An Aurora Serverless v2 cluster that auto-paused answers
 * DatabaseResumingException for the seconds it takes to resume, and any cluster may briefly
 * answer DatabaseUnavailableException (a 504 the SDK retries only a few times within a second, the
 * 400 not at all). phasegate wakes the cluster with a first query before it takes any lock, retrying with backoff for up to `resume-timeout`;
 * the executor of a run waits the same way on every later call that is safe to repeat (waking.ts).
 */

import { PhaseFailure } from '../core/errors.js';
import type { Logger } from '../core/log.js';
import { sleep } from '../core/sleep.js';
import { DatabaseAsleep, type SqlExecutor, scalar } from './executor.js';

export interface WakeOptions {
  timeoutMs: number;
  /** The first wait; each next one doubles, up to MAX_BACKOFF_MS. */
  firstBackoffMs: number;
  signal: AbortSignal;
  log: Logger;
  now?: () => number;
}

/**
 * Resuming takes seconds to a minute; waits grow to this and no further. The refused calls are
 * cheap (the SDK does not retry DatabaseResumingException), so a short cap notices the resume
 * soon after it happens.
 */
const MAX_BACKOFF_MS = 5000;

/** Runs `work`, retrying while the database is resuming, until `timeoutMs` has passed. */
export async function whileWaking<T>(
  what: string,
  work: () => Promise<T>,
  options: WakeOptions,
): Promise<T> {
  const now = options.now ?? Date.now;
  const started = now();
  let backoff = options.firstBackoffMs;
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (!(error instanceof DatabaseAsleep)) throw error;
      const waited = now() - started;
      if (waited + backoff > options.timeoutMs) throw notAwake(error, waited, options.timeoutMs);
      if (attempt === 1) options.log.info(`the database is not available yet: ${error.message}`);
      options.log.progress(
        `waiting for the database to resume (${what}): it is resuming after an auto-pause, or briefly unavailable`,
      );
      await sleep(backoff, options.signal);
      backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
    }
  }
}

/** The database did not resume within the time allowed. */
export class NotAwake extends PhaseFailure {}

function notAwake(error: DatabaseAsleep, waitedMs: number, timeoutMs: number): NotAwake {
  return new NotAwake(
    `the database did not resume within ${seconds(timeoutMs)} (waited ${seconds(waitedMs)}): ` +
      error.message,
    { hint: 'raise resume-timeout, or check the cluster in the RDS console' },
  );
}

/**
 * The first call of a run: before any lock, so no lock waits on a cold start. It also reads the
 * server's version (whether `ALTER TYPE … ADD VALUE` may run in a transaction depends on it), so
 * a run that finds everything applied still makes only two calls.
 */
export const WAKE_UP_SQL =
  "SELECT current_setting('server_version_num')::int AS server_version_num";

/** Wakes the cluster; resolves to PostgreSQL's major version (11, 12, … 18) when it is known. */
export async function wakeUp(
  executor: SqlExecutor,
  options: WakeOptions,
): Promise<number | undefined> {
  const result = await whileWaking(
    'waking the cluster',
    () => executor.execute(WAKE_UP_SQL),
    options,
  );
  return majorVersion(scalar(result));
}

/** `server_version_num` is major × 10000 + minor since PostgreSQL 10 (90624 for 9.6.24). */
export function majorVersion(versionNum: unknown): number | undefined {
  const n = Number(versionNum);
  return Number.isInteger(n) && n >= 10_000 ? Math.floor(n / 10_000) : undefined;
}

function seconds(ms: number): string {
  return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`;
}
