/**
 * Runs a call's work on the engine under the Data API's 45-second statement timeout, measured in
 * simulated time from the moment the work starts on its connection.
 *
 * After a timeout AWS either lets the statement finish (continueAfterTimeout) or stops it. A
 * server stops it with pg_cancel_backend. PGlite cannot be interrupted, so the sandbox lets the
 * statement finish and then undoes it: calls outside a transaction run inside BEGIN … ROLLBACK,
 * and a transaction is put into the aborted state a cancel leaves behind.
 */
import type { Clock } from '../clock.js';
import type { Connection, Engine } from './engine.js';
import { SqlError, StatementTimeoutError } from './errors.js';
import type { OpenTransaction, TransactionStore } from './transactions.js';

export const STATEMENT_TIMEOUT_MS = 45_000;

/** What a cancel leaves in a transaction: "current transaction is aborted" from then on. */
const SIMULATED_CANCEL = `DO $$ BEGIN RAISE EXCEPTION USING ERRCODE = 'query_canceled',
  MESSAGE = 'canceling statement due to user request'; END $$`;

/** PostgreSQL refuses some statements in a transaction block (CREATE INDEX CONCURRENTLY, …). */
const ACTIVE_SQL_TRANSACTION = '25001';

/** Real milliseconds between repeated cancels of a statement that has not stopped yet. */
const CANCEL_RETRY_MS = 100;

export type Work<T> = (connection: Connection) => Promise<T>;

export interface CallOptions {
  continueAfterTimeout: boolean;
  /** All of the work commits or none of it (BatchExecuteStatement). */
  atomic?: boolean;
}

type Outcome<T> = { finished: true; value: T } | { finished: false };

export class Runner {
  constructor(
    private readonly engine: Engine,
    private readonly clock: Clock,
    private readonly transactions: TransactionStore,
  ) {}

  /** A call without transactionId: its changes are committed when it succeeds. */
  async autocommit<T>(work: Work<T>, options: CallOptions): Promise<T> {
    const connection = await this.engine.connect();
    const wrap = options.atomic === true || !this.engine.canCancel;
    try {
      return await this.runAutocommit(connection, work, options, wrap);
    } catch (error) {
      if (!(error instanceof SqlError) || error.code !== ACTIVE_SQL_TRANSACTION || options.atomic)
        throw error;
      // Only wrapped to be undoable; such a statement cannot be undone on PGlite anyway.
      return await this.runAutocommit(await this.engine.connect(), work, options, false);
    }
  }

  private async runAutocommit<T>(
    connection: Connection,
    work: Work<T>,
    options: CallOptions,
    wrap: boolean,
  ): Promise<T> {
    let running: Promise<T>;
    try {
      if (wrap) await connection.query('BEGIN');
      running = work(connection);
    } catch (error) {
      connection.release(true);
      throw error;
    }
    const end = (ok: boolean) => this.endAutocommit(connection, wrap, ok);
    const outcome = await this.race(running).catch(async (error: unknown) => {
      await end(false);
      throw error;
    });
    if (outcome.finished) {
      await end(true);
      return outcome.value;
    }
    if (!options.continueAfterTimeout && this.engine.canCancel)
      await this.engine.cancel(connection);
    running.then(
      () => end(options.continueAfterTimeout),
      () => end(false),
    );
    throw new StatementTimeoutError(connection.pid);
  }

  private async endAutocommit(connection: Connection, wrapped: boolean, commit: boolean) {
    try {
      if (wrapped) await connection.query(commit ? 'COMMIT' : 'ROLLBACK');
      connection.release();
    } catch {
      connection.release(true);
    }
  }

  /**
   * A call inside a transaction. An error ends the transaction: the Data API answers
   * "Transaction … is not found" afterwards ("aborted due to an error from a previous call").
   */
  async inTransaction<T>(tx: OpenTransaction, work: Work<T>, options: CallOptions): Promise<T> {
    const running = work(tx.connection);
    const outcome = await this.race(running).catch(async (error: unknown) => {
      tx.busy = false;
      await this.transactions.finish(tx, 'ROLLBACK', 'aborted');
      throw error;
    });
    if (outcome.finished) {
      this.transactions.done(tx);
      return outcome.value;
    }
    const cancel = !options.continueAfterTimeout;
    if (cancel && this.engine.canCancel) this.cancelUntilDone(tx.connection, running);
    const settle = async () => {
      if (cancel && !this.engine.canCancel)
        await tx.connection.query(SIMULATED_CANCEL).catch(() => undefined);
      this.transactions.done(tx);
    };
    running.then(settle, settle);
    throw new StatementTimeoutError(tx.connection.pid);
  }

  /**
   * pg_cancel_backend only stops a statement that has started; one still on its way to the
   * server would run on. So the cancel is repeated until the statement has ended.
   */
  private cancelUntilDone(connection: Connection, running: Promise<unknown>): void {
    let done = false;
    const ended = running.then(
      () => {
        done = true;
      },
      () => {
        done = true;
      },
    );
    const pause = () => new Promise((resolve) => setTimeout(resolve, CANCEL_RETRY_MS));
    void (async () => {
      while (!done) {
        await this.engine.cancel(connection).catch(() => undefined);
        await Promise.race([ended, pause()]);
      }
    })();
  }

  private async race<T>(running: Promise<T>): Promise<Outcome<T>> {
    const stop = new AbortController();
    const timeout = this.clock
      .sleep(STATEMENT_TIMEOUT_MS, stop.signal)
      .then((): Outcome<T> => ({ finished: false }));
    try {
      return await Promise.race([
        running.then((value): Outcome<T> => ({ finished: true, value })),
        timeout,
      ]);
    } finally {
      stop.abort();
      timeout.catch(() => undefined);
    }
  }
}
