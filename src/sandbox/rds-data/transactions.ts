/**
 * Data API transactions: each holds one engine connection from BeginTransaction until it is
 * committed, rolled back, aborted by an error, or expires. AWS's limits (BeginTransaction API
 * reference): a transaction times out when no call uses its id for 3 minutes, and ends after 24
 * hours at most; both count simulated time.
 */
import { randomBytes } from 'node:crypto';
import type { Clock } from '../clock.js';
import type { Connection, Engine } from './engine.js';
import { type NotFoundCause, stillRunning, transactionNotFound } from './errors.js';

export const IDLE_EXPIRY_MS = 3 * 60_000;
export const MAX_LIFETIME_MS = 24 * 3_600_000;
/** How often a busy transaction is looked at again once its idle time is up. */
const RECHECK_MS = 1000;

export interface OpenTransaction {
  readonly id: string;
  readonly cluster: string;
  readonly connection: Connection;
  readonly startedAt: number;
  lastUsed: number;
  /** A call is running on it (the Data API refuses a second one). */
  busy: boolean;
  readonly watchdog: AbortController;
}

export class TransactionStore {
  private readonly open = new Map<string, OpenTransaction>();
  /** Why an id that no longer works ended, for the error message. */
  private readonly ended = new Map<string, NotFoundCause>();

  constructor(
    private readonly engine: Engine,
    private readonly clock: Clock,
  ) {}

  /** On PGlite this waits until the transaction before it has ended. */
  async begin(cluster: string): Promise<string> {
    const connection = await this.engine.connect();
    try {
      await connection.query('BEGIN');
    } catch (error) {
      connection.release(true);
      throw error;
    }
    const now = this.clock.now();
    const tx: OpenTransaction = {
      id: randomBytes(48).toString('base64'),
      cluster,
      connection,
      startedAt: now,
      lastUsed: now,
      busy: false,
      watchdog: new AbortController(),
    };
    this.open.set(tx.id, tx);
    void this.watch(tx);
    return tx.id;
  }

  /** Marks the transaction busy for one call; throws the Data API's errors when it cannot be used. */
  take(id: string, cluster: string): OpenTransaction {
    const tx = this.open.get(id);
    if (!tx || tx.cluster !== cluster)
      throw transactionNotFound(id, this.ended.get(id) ?? 'unknown');
    if (tx.busy) throw stillRunning();
    if (this.isExpired(tx)) {
      void this.finish(tx, 'ROLLBACK', 'expired');
      throw transactionNotFound(id, 'expired');
    }
    tx.busy = true;
    return tx;
  }

  /** The call on it is over: its 3-minute idle clock starts again. */
  done(tx: OpenTransaction): void {
    tx.busy = false;
    tx.lastUsed = this.clock.now();
  }

  /** Commits or rolls back and forgets it; `cause` is what later calls with its id are told. */
  async finish(tx: OpenTransaction, command: 'COMMIT' | 'ROLLBACK', cause: NotFoundCause) {
    if (!this.open.has(tx.id)) return;
    this.open.delete(tx.id);
    this.ended.set(tx.id, cause);
    tx.watchdog.abort();
    try {
      await tx.connection.query(command);
      tx.connection.release();
    } catch (error) {
      tx.connection.release(true);
      if (command === 'COMMIT') throw error;
    }
  }

  async closeAll(): Promise<void> {
    for (const tx of [...this.open.values()]) {
      if (tx.busy) tx.watchdog.abort();
      else await this.finish(tx, 'ROLLBACK', 'expired');
    }
  }

  private isExpired(tx: OpenTransaction): boolean {
    const now = this.clock.now();
    return now - tx.lastUsed >= IDLE_EXPIRY_MS || now - tx.startedAt >= MAX_LIFETIME_MS;
  }

  /**
   * Rolls the transaction back once it expires even if nobody calls again, so an abandoned
   * transaction does not keep PGlite's only connection (or a server connection) forever.
   */
  private async watch(tx: OpenTransaction): Promise<void> {
    const { signal } = tx.watchdog;
    try {
      while (!signal.aborted) {
        const idleLeft = tx.lastUsed + IDLE_EXPIRY_MS - this.clock.now();
        const lifeLeft = tx.startedAt + MAX_LIFETIME_MS - this.clock.now();
        const wait = Math.min(idleLeft, lifeLeft);
        if (wait <= 0 && !tx.busy) return await this.finish(tx, 'ROLLBACK', 'expired');
        await this.clock.sleep(wait > 0 ? wait : RECHECK_MS, signal);
      }
    } catch {
      // Aborted: the transaction ended some other way.
    }
  }
}
