/**
 * One query through the RDS Data API, in a read-only transaction so that a check can never change
 * the database, waiting while an auto-paused Aurora cluster resumes.
 */
import {
  BeginTransactionCommand,
  ExecuteStatementCommand,
  type RDSDataClient,
  RollbackTransactionCommand,
} from '@aws-sdk/client-rds-data';
import type { Logger } from '../core/log.js';
import { sleep } from '../core/sleep.js';

export interface QueryTarget {
  resourceArn: string;
  secretArn: string;
  database?: string;
}

export interface QueryRows {
  /** Column names in the order of the select list. */
  columns: string[];
  rows: Record<string, unknown>[];
}

/** The SDK does not retry DatabaseResumingException; resuming takes seconds, so start short. */
const FIRST_RESUME_DELAY_MS = 250;
const MAX_RESUME_DELAY_MS = 5000;
/** A rollback after the check is tidiness: the Data API expires an unused transaction anyway. */
const ROLLBACK_TIMEOUT_MS = 10_000;

export async function queryReadOnly(
  rds: RDSDataClient,
  target: QueryTarget,
  sql: string,
  signal: AbortSignal,
): Promise<QueryRows> {
  const { transactionId } = await rds.send(new BeginTransactionCommand(target), {
    abortSignal: signal,
  });
  try {
    // Must be the transaction's first statement; PostgreSQL then refuses any write in it.
    await rds.send(
      new ExecuteStatementCommand({ ...target, transactionId, sql: 'SET TRANSACTION READ ONLY' }),
      { abortSignal: signal },
    );
    const answer = await rds.send(
      new ExecuteStatementCommand({
        ...target,
        transactionId,
        sql,
        formatRecordsAs: 'JSON',
        includeResultMetadata: true,
      }),
      { abortSignal: signal },
    );
    const rows = JSON.parse(answer.formattedRecords ?? '[]') as Record<string, unknown>[];
    const columns = (answer.columnMetadata ?? []).map((c) => c.label ?? c.name ?? '');
    return { columns, rows };
  } finally {
    await rollBackQuietly(rds, target, transactionId);
  }
}

async function rollBackQuietly(rds: RDSDataClient, target: QueryTarget, id: string | undefined) {
  if (!id) return;
  const { resourceArn, secretArn } = target;
  // An error in the transaction already ended it (TransactionNotFoundException here): fine.
  await rds
    .send(new RollbackTransactionCommand({ resourceArn, secretArn, transactionId: id }), {
      abortSignal: AbortSignal.timeout(ROLLBACK_TIMEOUT_MS),
    })
    .catch(() => undefined);
}

export function isResuming(error: unknown): boolean {
  return error instanceof Error && error.name === 'DatabaseResumingException';
}

/**
 * Calls `call` again, with growing pauses, while the cluster resumes, for at most `limitMs`;
 * always at least twice, so a slow first answer does not use the whole budget up.
 */
export async function whileResuming<T>(
  call: () => Promise<T>,
  limitMs: number,
  signal: AbortSignal,
  log: Logger,
): Promise<T> {
  const started = Date.now();
  for (
    let delay = FIRST_RESUME_DELAY_MS, attempt = 1;
    ;
    delay = Math.min(delay * 2, MAX_RESUME_DELAY_MS), attempt++
  ) {
    try {
      return await call();
    } catch (error) {
      const outOfTime = attempt > 1 && Date.now() - started + delay > limitMs;
      if (!isResuming(error) || outOfTime) throw error;
      log.progress('the Aurora cluster is resuming after an auto-pause; trying again shortly');
      await sleep(delay, signal);
    }
  }
}
