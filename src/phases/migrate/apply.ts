/**
 * Applies one file in one transaction: the advisory lock first, then a fresh read of the history
 * (another runner may have applied the file while this one waited), the file's statements one per
 * call, and the history row, all committed together. A failure anywhere rolls the whole file
 * back, so a file is either applied and recorded, or neither.
 */

import { PhaseFailure } from '../../core/errors.js';
import type { Logger } from '../../core/log.js';
import { sleep } from '../../core/sleep.js';
import {
  DatabaseAsleep,
  OutcomeUnknown,
  type SqlExecutor,
  type SqlTransaction,
  StatementTimedOut,
  TransactionGone,
} from '../../db/executor.js';
import {
  FileInterrupted,
  interruptedIfTimedOut,
  interruptsTransaction,
  restartingOnFaults,
} from '../../db/restart.js';
import { TransactionLostWhileAsleep } from '../../db/waking.js';
import type { PreparedMigration } from '../../sql/prepare.js';
import type { Statement } from '../../sql/split.js';
import { decideInsideLock } from './compare.js';
import { readHistory, recordFile } from './history.js';
import { type LockedState, lockStatement, readLockedState } from './lock.js';
import { executeInTransaction, TooLongForTransaction } from './long-statements.js';
import type { MigrateConfig, TableNames } from './settings.js';

/** Everything applying a file needs; built once per run. */
export interface MigrateEnv {
  executor: SqlExecutor;
  names: TableNames;
  config: MigrateConfig;
  log: Logger;
  signal: AbortSignal;
  lockKey: string;
  /** Who applies: actor and run URL in GitHub, user@host elsewhere. Stored in the history. */
  appliedBy: string;
  /** Unique per run: owner of the no-transaction lease. */
  owner: string;
  now(): number;
}

export type FileOutcome =
  | { status: 'applied'; durationMs: number; statements: number; unconfirmed?: number[] }
  | { status: 'skipped'; reason: string };

/**
 * A statement of a file failed; nothing of the file was recorded. The message has PostgreSQL's
 * first line; its Detail, Hint and Position lines go to the details with the statement's SQL.
 */
export class StatementFailed extends PhaseFailure {
  constructor(
    readonly file: PreparedMigration,
    readonly statement: Statement,
    reason: string,
    committedNote: string,
    hint?: string,
  ) {
    const [headline, ...more] = reason.split('\n');
    super(
      `${file.fileName}: statement ${statement.index} (line ${statement.line}) failed: ${headline}`,
      {
        ...(hint ? { hint } : {}),
        details: [
          `\`${file.path}\`, statement ${statement.index} (line ${statement.line}):`,
          '',
          '```sql',
          statement.sql,
          '```',
          ...(more.length > 0 ? ['', '```', reason, '```'] : []),
          '',
          committedNote,
        ].join('\n'),
      },
    );
  }
}

/**
 * The file in one transaction, started again (bounded) when a fault interrupts it: a failover
 * dropping the transaction, a call lost on its way, a 5xx. Nothing of it is committed until the
 * commit, which the history settles when its answer is lost.
 */
export function applyInTransaction(file: PreparedMigration, env: MigrateEnv): Promise<FileOutcome> {
  return restartingOnFaults(file.fileName, () => attemptFile(file, env), env);
}

async function attemptFile(file: PreparedMigration, env: MigrateEnv): Promise<FileOutcome> {
  for (;;) {
    const tx = await env.executor.begin();
    try {
      const state = await lockAndRead(tx, file, env);
      if (state === 'retry') continue;
      if (state.leaseOwner !== undefined) {
        await tx.rollback();
        env.log.progress(`waiting: ${state.leaseOwner} is applying a no-transaction file`);
        await sleep(env.config['poll-interval'], env.signal);
        continue;
      }
      if (decideInsideLock(file, state, env.config) === 'skip') {
        await tx.rollback();
        return { status: 'skipped', reason: 'applied by another runner meanwhile' };
      }
      return await runFile(tx, file, env);
    } catch (error) {
      await tx.rollback().catch(() => undefined);
      throw error;
    }
  }
}

/**
 * Takes the lock. On the Data API a lock wait longer than 45 s times out the call (which cancels
 * the wait and aborts the transaction): the transaction is then rolled back and tried again.
 */
async function lockAndRead(
  tx: SqlTransaction,
  file: PreparedMigration,
  env: MigrateEnv,
): Promise<LockedState | 'retry'> {
  try {
    await tx.execute(lockStatement(env.lockKey));
  } catch (error) {
    if (!(error instanceof StatementTimedOut)) throw error;
    env.log.progress('waiting for the migration lock (another runner holds it)');
    await tx.rollback();
    return 'retry';
  }
  return ownStatement(() => readLockedState(tx, env.names, file.version, env.owner));
}

/** Started again when it times out: see interruptedIfTimedOut. */
async function ownStatement<T>(run: () => Promise<T>): Promise<T> {
  return run().catch((error: unknown) => Promise.reject(interruptedIfTimedOut(error)));
}

async function runFile(
  tx: SqlTransaction,
  file: PreparedMigration,
  env: MigrateEnv,
): Promise<FileOutcome> {
  const started = env.now();
  for (const statement of file.statements) {
    env.signal.throwIfAborted();
    try {
      await executeInTransaction(tx, statement);
    } catch (error) {
      if (env.signal.aborted || interruptsTransaction(error)) throw error;
      const hint = error instanceof TooLongForTransaction ? error.hint : undefined;
      throw new StatementFailed(file, statement, reasonOf(error), ROLLED_BACK, hint);
    }
  }
  const durationMs = env.now() - started;
  await ownStatement(() =>
    recordFile(tx, env.names, {
      version: file.version,
      description: file.description,
      fileName: file.fileName,
      checksum: file.checksum,
      appliedBy: env.appliedBy,
      executionMs: durationMs,
      statements: file.statements.length,
      success: true,
    }),
  );
  await commitConfirmed(tx, file, env);
  return { status: 'applied', durationMs, statements: file.statements.length };
}

const ROLLED_BACK =
  'Nothing of this file was committed: its transaction was rolled back, and it is not in the ' +
  'history. Fix the statement and run again.';

export function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * A commit whose answer was lost may or may not have happened. The history row was in the same
 * transaction, so the history says which. A commit the cluster refused (paused, failing over) is
 * sent again only once the history shows it did not happen; if the transaction is gone by then,
 * the file starts again (TransactionLostWhileAsleep).
 */
async function commitConfirmed(
  tx: SqlTransaction,
  file: PreparedMigration,
  env: MigrateEnv,
): Promise<void> {
  const deadline = env.now() + env.config['resume-timeout'];
  for (;;) {
    try {
      await tx.commit();
      return;
    } catch (error) {
      if (!isUncertainCommit(error)) throw error;
      if (await historyShows(file, env)) {
        env.log.info(
          `${file.fileName}: the commit's answer was lost; the history shows it applied`,
        );
        return;
      }
      // Refused, and proven not to have happened: send it again while resume-timeout lasts.
      if (error instanceof DatabaseAsleep && env.now() < deadline) {
        await sleep(env.config['poll-interval'], env.signal);
        continue;
      }
      // Proven not applied: the file may start again from its first statement.
      throw new FileInterrupted(`the commit did not go through (${reasonOf(error)})`);
    }
  }
}

function isUncertainCommit(error: unknown): boolean {
  if (error instanceof TransactionLostWhileAsleep) return false;
  return (
    error instanceof OutcomeUnknown ||
    error instanceof TransactionGone ||
    error instanceof DatabaseAsleep
  );
}

/** Read through the run's executor, which waits while the cluster is still unavailable. */
async function historyShows(file: PreparedMigration, env: MigrateEnv): Promise<boolean> {
  const rows = (await readHistory(env.executor, env.names)) ?? [];
  const row = rows.find((r) => r.version === file.version && r.success);
  return row?.checksum === file.checksum;
}
