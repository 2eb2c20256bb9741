/**
 * The history table: one row per applied file, written in the same transaction as the file's
 * statements (so a file and its row commit together or not at all), and the lease table that
 * guards files run outside a transaction.
 */
import {
  isUndefinedTable,
  type Row,
  type SqlExecutor,
  type StatementRunner,
} from '../../db/executor.js';
import { interruptedIfTimedOut } from '../../db/restart.js';
import { lockStatement } from './lock.js';
import type { TableNames } from './settings.js';

export interface HistoryRow {
  version: number;
  description: string;
  fileName: string;
  checksum: string;
  appliedAt: string;
  appliedBy: string;
  executionMs: number;
  statements: number;
  /** False for a no-transaction file that failed part-way: it is applied again from the start. */
  success: boolean;
}

export type NewHistoryRow = Omit<HistoryRow, 'appliedAt'>;

/** Statements that create the tables; each is safe to run again. */
export function historyDdl(names: TableNames): string[] {
  return [
    `CREATE SCHEMA IF NOT EXISTS ${names.schema}`,
    `CREATE TABLE IF NOT EXISTS ${names.history} (
  version bigint PRIMARY KEY,
  description text NOT NULL,
  file_name text NOT NULL,
  checksum text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now(),
  applied_by text NOT NULL,
  execution_ms integer NOT NULL,
  statements integer NOT NULL,
  success boolean NOT NULL
)`,
    `CREATE TABLE IF NOT EXISTS ${names.lease} (
  id text PRIMARY KEY,
  owner text NOT NULL,
  expires_at timestamptz NOT NULL
)`,
  ];
}

const COLUMNS = `version, description, file_name, checksum, applied_at::text AS applied_at,
  applied_by, execution_ms, statements, success`;

/** Every row in version order; undefined when the table does not exist yet. */
export async function readHistory(
  session: StatementRunner,
  names: TableNames,
): Promise<HistoryRow[] | undefined> {
  try {
    const result = await session.execute(
      `SELECT ${COLUMNS} FROM ${names.history} ORDER BY version`,
    );
    return result.rows.map(toHistoryRow);
  } catch (error) {
    if (isUndefinedTable(error)) return undefined;
    throw error;
  }
}

/** The successful rows only: what counts as applied. */
export function appliedRows(rows: readonly HistoryRow[] | undefined): HistoryRow[] {
  return (rows ?? []).filter((r) => r.success);
}

function toHistoryRow(row: Row): HistoryRow {
  // bigint arrives as a string from node-pg and as a number from the Data API's JSON records.
  return {
    version: Number(row.version),
    description: String(row.description ?? ''),
    fileName: String(row.file_name ?? ''),
    checksum: String(row.checksum ?? ''),
    appliedAt: String(row.applied_at ?? ''),
    appliedBy: String(row.applied_by ?? ''),
    executionMs: Number(row.execution_ms ?? 0),
    statements: Number(row.statements ?? 0),
    success: row.success === true || row.success === 't' || row.success === 'true',
  };
}

/**
 * Records a file. A row left by a failed no-transaction attempt (success false) is replaced;
 * a successful row is never overwritten: the insert then fails and its transaction rolls back.
 */
export async function recordFile(
  session: StatementRunner,
  names: TableNames,
  row: NewHistoryRow,
): Promise<void> {
  await session
    .execute(
      `INSERT INTO ${names.history} AS h
  (version, description, file_name, checksum, applied_by, execution_ms, statements, success)
VALUES (:version, :description, :file_name, :checksum, :applied_by, :execution_ms, :statements, :success)
ON CONFLICT (version) DO UPDATE SET
  description = EXCLUDED.description, file_name = EXCLUDED.file_name,
  checksum = EXCLUDED.checksum, applied_at = now(), applied_by = EXCLUDED.applied_by,
  execution_ms = EXCLUDED.execution_ms, statements = EXCLUDED.statements,
  success = EXCLUDED.success
WHERE NOT h.success`,
      {
        params: {
          version: row.version,
          description: row.description,
          file_name: row.fileName,
          checksum: row.checksum,
          applied_by: row.appliedBy,
          execution_ms: Math.round(row.executionMs),
          statements: row.statements,
          success: row.success,
        },
        noResend: true,
      },
    )
    .then((result) => {
      if (result.rowsAffected !== 1)
        throw new Error(`version ${row.version} is already recorded as applied`);
    });
}

/** Creates the history and lease tables under the lock (concurrent CREATE TABLEs can collide). */
export async function createHistoryTables(
  executor: SqlExecutor,
  names: TableNames,
  lockKey: string,
  schema: string,
): Promise<void> {
  const tx = await executor.begin();
  try {
    await tx.execute(lockStatement(lockKey));
    const exists = await tx.execute('SELECT to_regnamespace(:schema) IS NOT NULL AS found', {
      params: { schema },
    });
    // CREATE SCHEMA IF NOT EXISTS still needs the CREATE privilege on the database.
    const [createSchema, ...tables] = historyDdl(names);
    if (exists.rows[0]?.found !== true && createSchema) await tx.execute(createSchema);
    for (const ddl of tables) await tx.execute(ddl);
    await tx.commit();
  } catch (error) {
    await tx.rollback().catch(() => undefined);
    throw interruptedIfTimedOut(error);
  }
}
