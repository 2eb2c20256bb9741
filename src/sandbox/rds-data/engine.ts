/**
 * The PostgreSQL engine behind the simulated Data API: PGlite (one embedded connection) or a
 * PostgreSQL server (a pool). Values travel as PostgreSQL's text format in both directions so
 * the Data API's type rules are applied in one place (values.ts, params.ts), not per engine.
 */

export interface EngineField {
  name: string;
  typeId: number;
  /** Set by engines that report it (the pg driver does, PGlite's query API does not). */
  typeModifier?: number;
}

export interface EngineResult {
  /** The command tag's verb: SELECT, INSERT, CREATE, … */
  command: string;
  rowCount: number;
  fields: EngineField[];
  rows: (string | null)[][];
}

/** A bound parameter: text (bytea as `\x…` hex) and the type PostgreSQL should give it. */
export interface EngineParam {
  value: string | null;
  typeId: number;
}

export interface Connection {
  /** PostgreSQL's backend process id (StatementTimeoutException's dbConnectionId). */
  readonly pid: number;
  query(sql: string, params?: EngineParam[]): Promise<EngineResult>;
  /** Gives the connection back; a broken one is closed instead of reused. */
  release(broken?: boolean): void;
}

export interface Engine {
  readonly kind: 'pglite' | 'postgres';
  /**
   * Whether a running statement can be cancelled from outside (pg_cancel_backend). PGlite runs
   * one statement at a time in a WebAssembly worker that cannot be interrupted.
   */
  readonly canCancel: boolean;
  /** A connection for this caller alone; on PGlite this waits until the previous user is done. */
  connect(): Promise<Connection>;
  cancel(connection: Connection): Promise<void>;
  /** Runs a script of several statements (scenario init-sql), outside the Data API rules. */
  exec(script: string): Promise<void>;
  close(): Promise<void>;
}
