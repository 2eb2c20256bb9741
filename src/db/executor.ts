/**
 * What the migrate phase needs from a database, whichever way it is reached: statements one at a
 * time, in autocommit or in a transaction. Both executors (the Data API and a direct PostgreSQL
 * connection) raise the same error classes, so history, locking and long-statement handling are
 * written once. The Data API's semantics are the model: an error inside a transaction ends it.
 */
import { OutcomeUnknownError } from '../aws/send-once.js';
import { UserError } from '../core/errors.js';

export type SqlParam = string | number | boolean | null;
export type SqlValue = string | number | boolean | null;
export type Row = Record<string, SqlValue>;

export interface QueryResult {
  rows: Row[];
  rowsAffected: number;
  /** Column names in select-list order (JSON rows lose it), when `columns` was asked for. */
  columns?: string[];
}

export interface StatementOptions {
  /** Named parameters, written `:name` in the SQL. Migration statements never have any. */
  params?: Record<string, SqlParam>;
  /** Return the column names in select-list order (Data API: includeResultMetadata). */
  columns?: boolean;
  /** Data API: let the statement run on after the 45 s call timeout. */
  continueAfterTimeout?: boolean;
  /**
   * The statement changes the database, so a call lost in transit must not be sent again (it
   * may have run): retries are limited to answers that say the call was refused (throttling).
   */
  noResend?: boolean;
  /**
   * Clean-up (releasing the lease): sent even after the phase was cancelled, so a cancelled run
   * does not leave a lock behind for other runners to wait out.
   */
  cleanup?: boolean;
}

export interface SqlTransaction {
  execute(sql: string, options?: StatementOptions): Promise<QueryResult>;
  commit(): Promise<void>;
  /** Never throws for a transaction that has already ended. */
  rollback(): Promise<void>;
}

export interface SqlExecutor {
  /** "data-api" or "pg", for reports. */
  readonly via: string;
  /** "documents on arn:aws:rds:…:cluster:documents-db", without credentials. */
  readonly target: string;
  /** Autocommit: each statement commits on its own. */
  execute(sql: string, options?: StatementOptions): Promise<QueryResult>;
  begin(): Promise<SqlTransaction>;
  close(): Promise<void>;
}

/** PostgreSQL refused the statement; `sqlState` is its five-character code when known. */
export class SqlStatementError extends Error {
  override readonly name = 'SqlStatementError';
  constructor(
    message: string,
    readonly sqlState: string | undefined,
  ) {
    super(message);
  }
}

/**
 * The Data API gave up waiting after 45 s; the statement may still be running. Where nothing
 * handles it, it is an explained failure, never "a bug": it is the database's time, not ours.
 */
export class StatementTimedOut extends UserError {
  override readonly name = 'StatementTimedOut';

  constructor(message: string) {
    super(
      `a statement ran past the Data API's 45 s call limit: ${message}`,
      'the cluster was busy or a lock held the statement up: run the phase again; a long statement of yours belongs in a no-transaction file (docs/phases/migrate.md)',
    );
  }
}

/** The transaction is gone: ended, expired, or aborted by an error in an earlier call. */
export class TransactionGone extends Error {
  override readonly name = 'TransactionGone';
}

/** A statement is still running in this transaction (after a timeout with continueAfterTimeout). */
export class TransactionBusy extends Error {
  override readonly name = 'TransactionBusy';
}

/** The cluster is resuming from auto-pause or briefly unavailable: try again later. */
export class DatabaseAsleep extends Error {
  override readonly name = 'DatabaseAsleep';
}

/** The call may have reached the database but no answer came back; it was not sent again. */
export class OutcomeUnknown extends OutcomeUnknownError {}

export const UNDEFINED_TABLE = '42P01';

export function isUndefinedTable(error: unknown): boolean {
  return error instanceof SqlStatementError && error.sqlState === UNDEFINED_TABLE;
}

/** The first row's first value, for one-value queries. */
export function scalar(result: QueryResult): SqlValue | undefined {
  const row = result.rows[0];
  return row === undefined ? undefined : Object.values(row)[0];
}

/** An executor or a transaction: anything that runs a statement. */
export interface StatementRunner {
  execute(sql: string, options?: StatementOptions): Promise<QueryResult>;
}
