/**
 * One query in a read-only transaction, so that a check can never change the database: the
 * `sql` check runs through the same executor (and the same resume wait) as migrate does.
 */
import type { Row, SqlExecutor } from './executor.js';

export interface QueryRows {
  /** Column names in the order of the select list. */
  columns: string[];
  rows: Row[];
}

export async function queryReadOnly(executor: SqlExecutor, sql: string): Promise<QueryRows> {
  const tx = await executor.begin();
  try {
    // Must be the transaction's first statement; PostgreSQL then refuses any write in it.
    await tx.execute('SET TRANSACTION READ ONLY');
    const { rows, columns } = await tx.execute(sql, { columns: true });
    return { rows, columns: columns ?? [] };
  } finally {
    // Tidiness: an error already ended the transaction, and the Data API expires an idle one.
    await tx.rollback().catch(() => undefined);
  }
}
