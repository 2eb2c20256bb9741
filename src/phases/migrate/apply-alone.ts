/**
 * Applies a file that cannot run in a transaction (CREATE INDEX CONCURRENTLY, VACUUM…): statement
 * by statement, each committed on its own, under the lease so no other runner applies it at the
 * same time. The file is recorded as applied only after its last statement succeeded; a failure
 * part-way leaves a row with success = false, and the next run starts the file again from its
 * first statement (such files must be safe to re-run: IF NOT EXISTS, IF EXISTS).
 */

import { PhaseFailure } from '../../core/errors.js';
import { sleep } from '../../core/sleep.js';
import { DatabaseAsleep, StatementTimedOut } from '../../db/executor.js';
import { TransactionLostWhileAsleep } from '../../db/waking.js';
import type { PreparedMigration } from '../../sql/prepare.js';
import { type FileOutcome, type MigrateEnv, reasonOf, StatementFailed } from './apply.js';
import { decideInsideLock } from './compare.js';
import { recordFile } from './history.js';
import {
  type LockedState,
  lockStatement,
  readLockedState,
  releaseLease,
  renewLease,
  takeLease,
} from './lock.js';
import { executeAlone } from './long-statements.js';

export async function applyWithoutTransaction(
  file: PreparedMigration,
  env: MigrateEnv,
): Promise<FileOutcome> {
  const state = await acquireLease(file, env);
  const heartbeat = startHeartbeat(env);
  try {
    if (decideInsideLock(file, state, env.config) === 'skip')
      return { status: 'skipped', reason: 'applied by another runner meanwhile' };
    return await runStatements(file, env);
  } finally {
    clearInterval(heartbeat);
    await releaseLease(env.executor, env.names, env.owner).catch((error: unknown) =>
      env.log.warning(`could not release the migration lease: ${reasonOf(error)}`),
    );
  }
}

/** Takes the lease inside the advisory lock, and reads the history in the same transaction. */
async function acquireLease(file: PreparedMigration, env: MigrateEnv): Promise<LockedState> {
  for (;;) {
    const tx = await env.executor.begin();
    try {
      await tx.execute(lockStatement(env.lockKey));
      const lease = await takeLease(tx, env.names, env.owner, env.config['lease-duration']);
      const state = lease.taken
        ? await readLockedState(tx, env.names, file.version, env.owner)
        : undefined;
      await tx.commit();
      if (state) return state;
      if (!lease.taken)
        env.log.progress(
          `waiting for the migration lease held by ${lease.holder} (expires ${lease.expiresAt})`,
        );
    } catch (error) {
      await tx.rollback().catch(() => undefined);
      // Taking the lease again is harmless (a lease already ours is simply renewed), so a lock
      // wait past the call limit, a refused commit or a lost transaction just start over.
      if (!isRetryable(error)) throw error;
    }
    await sleep(env.config['poll-interval'], env.signal);
  }
}

function isRetryable(error: unknown): boolean {
  return (
    error instanceof StatementTimedOut ||
    error instanceof DatabaseAsleep ||
    error instanceof TransactionLostWhileAsleep
  );
}

async function runStatements(file: PreparedMigration, env: MigrateEnv): Promise<FileOutcome> {
  const started = env.now();
  const unconfirmed: number[] = [];
  const renew = () => keepLease(env);
  const wait = {
    pollIntervalMs: env.config['poll-interval'],
    signal: env.signal,
    log: env.log,
    onPoll: renew,
  };
  for (const statement of file.statements) {
    env.signal.throwIfAborted();
    await renew();
    try {
      const outcome = await executeAlone(env.executor, statement, wait);
      if (outcome === 'unconfirmed') unconfirmed.push(statement.index);
    } catch (error) {
      if (env.signal.aborted) throw error;
      await recordAttempt(file, env, started, false);
      throw new StatementFailed(file, statement, reasonOf(error), partialNote(statement.index));
    }
  }
  await recordAttempt(file, env, started, true);
  return {
    status: 'applied',
    durationMs: env.now() - started,
    statements: file.statements.length,
    ...(unconfirmed.length > 0 ? { unconfirmed } : {}),
  };
}

/**
 * The lease's heartbeat: renewed on a timer, a third of lease-duration apart, beside the
 * renewals before each statement, so a statement that runs longer than the lease (via: pg has
 * no call limit) keeps it, while a killed runner's lease expires within lease-duration. A missed
 * beat is harmless: the next one, or the renewal before the next statement, says if it was lost.
 */
function startHeartbeat(env: MigrateEnv): NodeJS.Timeout {
  const ms = env.config['lease-duration'];
  const beat = () => void renewLease(env.executor, env.names, env.owner, ms).catch(() => undefined);
  const timer = setInterval(beat, Math.max(1000, Math.floor(ms / 3)));
  timer.unref();
  return timer;
}

async function keepLease(env: MigrateEnv): Promise<void> {
  if (await renewLease(env.executor, env.names, env.owner, env.config['lease-duration'])) return;
  throw new PhaseFailure(
    'the migration lease expired and another runner took it over; stopping here',
    { hint: 'raise lease-duration above the longest statement of a no-transaction file' },
  );
}

function partialNote(index: number): string {
  const before = index - 1;
  const committed =
    before === 0
      ? 'No statement of this file had run before it.'
      : `Statements 1 to ${before} of this file were committed (it runs outside a transaction).`;
  return (
    `${committed} The file is not recorded as applied: after a fix, the next run starts it ` +
    'again from its first statement, so every statement must be safe to run twice.'
  );
}

async function recordAttempt(
  file: PreparedMigration,
  env: MigrateEnv,
  started: number,
  success: boolean,
): Promise<void> {
  const write = recordFile(env.executor, env.names, {
    version: file.version,
    description: file.description,
    fileName: file.fileName,
    checksum: file.checksum,
    appliedBy: env.appliedBy,
    executionMs: env.now() - started,
    statements: file.statements.length,
    success,
  });
  if (success) return write;
  // The failure row only helps people reading the history; the statement's error matters more.
  await write.catch((error: unknown) =>
    env.log.warning(`could not record the failed attempt: ${reasonOf(error)}`),
  );
}
