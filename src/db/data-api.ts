/**
 * The Data API executor: statements over HTTPS (ExecuteStatement, one statement per call), with
 * the Data API's own transactions. No network path to the database is needed, only IAM and the
 * secret, which is why this is the default for a GitHub-hosted runner.
 */
import {
  BeginTransactionCommand,
  CommitTransactionCommand,
  ExecuteStatementCommand,
  type RDSDataClient,
  RollbackTransactionCommand,
  type SqlParameter,
} from '@aws-sdk/client-rds-data';
import { type SendOnceOptions, sendOnce } from '../aws/send-once.js';
import {
  DatabaseAsleep,
  OutcomeUnknown,
  type QueryResult,
  type Row,
  type SqlExecutor,
  type SqlParam,
  SqlStatementError,
  type SqlTransaction,
  type StatementOptions,
  StatementTimedOut,
  TransactionBusy,
  TransactionGone,
} from './executor.js';

export interface DataApiTarget {
  resourceArn: string;
  secretArn: string;
  database?: string;
}

type Base = { resourceArn: string; secretArn: string; database?: string };

/** The client, the call's abort signal and the target every call carries. */
interface Link {
  client: RDSDataClient;
  signal: AbortSignal;
  base: Base;
}

export function dataApiExecutor(
  client: RDSDataClient,
  target: DataApiTarget,
  signal: AbortSignal,
): SqlExecutor {
  const base: Base = {
    resourceArn: target.resourceArn,
    secretArn: target.secretArn,
    ...(target.database ? { database: target.database } : {}),
  };
  const link: Link = { client, signal, base };
  return {
    via: 'data-api',
    target: `${target.database ?? 'the default database'} on ${target.resourceArn}`,
    execute: (sql, options) => runStatement(link, sql, options),
    async begin() {
      const out = await translated(() =>
        client.send(new BeginTransactionCommand(base), { abortSignal: signal }),
      );
      if (!out.transactionId) throw new Error('BeginTransaction returned no transactionId');
      return transaction(link, out.transactionId);
    },
    close: async () => {},
  };
}

function transaction(link: Link, transactionId: string): SqlTransaction {
  const { client, signal, base } = link;
  return {
    execute: (sql, options) => runStatement(link, sql, options, transactionId),
    async commit() {
      const command = new CommitTransactionCommand({ ...base, transactionId });
      sendOnce(command, ONCE);
      await translated(() => client.send(command, { abortSignal: signal }));
    },
    async rollback() {
      try {
        // Not tied to the phase's signal: a cancelled run must still end its transaction, or
        // the lock it holds stays until the transaction expires (3 minutes idle).
        await translated(() =>
          client.send(new RollbackTransactionCommand({ ...base, transactionId })),
        );
      } catch (error) {
        // An error inside a transaction already ended it: nothing is left to roll back.
        if (!(error instanceof TransactionGone)) throw error;
      }
    },
  };
}

async function runStatement(
  link: Link,
  sql: string,
  options: StatementOptions = {},
  transactionId?: string,
): Promise<QueryResult> {
  const command = new ExecuteStatementCommand({
    ...link.base,
    sql,
    formatRecordsAs: 'JSON',
    ...(options.params ? { parameters: toParameters(options.params) } : {}),
    ...(transactionId ? { transactionId } : {}),
    ...(options.continueAfterTimeout ? { continueAfterTimeout: true } : {}),
    ...(options.columns ? { includeResultMetadata: true } : {}),
  });
  if (options.noResend) sendOnce(command, ONCE);
  const abort = options.cleanup ? {} : { abortSignal: link.signal };
  const out = await translated(() => link.client.send(command, abort));
  const rows = out.formattedRecords ? (JSON.parse(out.formattedRecords) as Row[]) : [];
  const columns = options.columns
    ? { columns: (out.columnMetadata ?? []).map((c) => c.label ?? c.name ?? '') }
    : {};
  return { rows, rowsAffected: out.numberOfRecordsUpdated ?? 0, ...columns };
}

function toParameters(params: Record<string, SqlParam>): SqlParameter[] {
  return Object.entries(params).map(([name, value]): SqlParameter => {
    if (value === null) return { name, value: { isNull: true } };
    if (typeof value === 'boolean') return { name, value: { booleanValue: value } };
    if (typeof value === 'number')
      return Number.isInteger(value)
        ? { name, value: { longValue: value } }
        : { name, value: { doubleValue: value } };
    return { name, value: { stringValue: value } };
  });
}

/**
 * Data API answers that say the call was refused before it ran, so sending it again is safe
 * (throttling is known to sendOnce already). AWS: "a request was cancelled because the DB
 * instance was paused" (DatabaseResumingException, 400) and "the writer instance isn't
 * available" (DatabaseUnavailableException, 504, which the SDK retries as a server error): no
 * writer took the statement.
 */
const REFUSED = new Set(['DatabaseResumingException', 'DatabaseUnavailableException']);

/** A statement or commit that reached the database may have run: never sent twice. */
const ONCE: SendOnceOptions = {
  refused: (error) => REFUSED.has((error as { name?: string })?.name ?? ''),
  unknown: (why) => new OutcomeUnknown(why),
};

/** The Data API's error codes as the executor's error classes. */
async function translated<T>(send: () => Promise<T>): Promise<T> {
  try {
    return await send();
  } catch (error) {
    throw translate(error);
  }
}

const SQL_STATE = /;?\s*SQLState:\s*([0-9A-Z]{5})\s*$/;

export function translate(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const message = error.message;
  switch (error.name) {
    case 'DatabaseErrorException': {
      if (/still running a query/i.test(message)) return new TransactionBusy(message);
      const state = SQL_STATE.exec(message);
      return new SqlStatementError(message.replace(SQL_STATE, '').trim(), state?.[1]);
    }
    case 'StatementTimeoutException':
      return new StatementTimedOut(message);
    case 'TransactionNotFoundException':
      return new TransactionGone(message);
    case 'BadRequestException':
      // Some clusters answer an unknown or ended transaction with BadRequestException.
      return /transaction/i.test(message)
        ? new TransactionGone(message)
        : new SqlStatementError(message, undefined);
    case 'DatabaseResumingException':
    case 'DatabaseUnavailableException':
      return new DatabaseAsleep(`${error.name}: ${message}`);
    default:
      return error;
  }
}
