/**
 * A PostgreSQL server through node-postgres: a pool, so each Data API transaction holds its own
 * connection and two transactions run side by side, as they do behind the real Data API.
 */
import pg from 'pg';
import type { Connection, Engine, EngineParam, EngineResult } from './engine.js';
import { SqlError } from './errors.js';

/** Values stay in PostgreSQL's text format (values.ts converts them like the Data API). */
const asText = (value: string) => value;

export async function startPostgres(url: string): Promise<Engine> {
  const pool = new pg.Pool({ connectionString: url, max: 20 });
  pool.on('error', () => undefined); // an idle connection dropped by the server; the pool replaces it
  pool.on('connect', (client) => {
    client.query("SET TimeZone = 'UTC'").catch(() => undefined);
  });
  const engine = new PostgresEngine(pool);
  const probe = await engine.connect().catch((error: unknown) => {
    throw new Error(`cannot connect to the PostgreSQL server (${url}): ${String(error)}`);
  });
  probe.release();
  return engine;
}

class PostgresEngine implements Engine {
  readonly kind = 'postgres';
  readonly canCancel = true;

  constructor(private readonly pool: pg.Pool) {}

  async connect(): Promise<Connection> {
    const client = await this.pool.connect();
    try {
      const pid = Number((await client.query('SELECT pg_backend_pid() AS pid')).rows[0].pid);
      return {
        pid,
        query: (sql, params) => runQuery(client, sql, params ?? []),
        release: (broken) => client.release(broken === true),
      };
    } catch (error) {
      client.release(true);
      throw toSqlError(error);
    }
  }

  async cancel(connection: Connection): Promise<void> {
    await this.pool.query('SELECT pg_cancel_backend($1)', [connection.pid]);
  }

  async exec(script: string): Promise<void> {
    await this.pool.query(script).catch((error: unknown) => {
      throw toSqlError(error);
    });
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

async function runQuery(
  client: pg.PoolClient,
  text: string,
  params: EngineParam[],
): Promise<EngineResult> {
  // node-postgres sends `types` as the Parse message's parameter types and also asks it for
  // result parsers; one array object answers both.
  const types = Object.assign(
    params.map((p) => p.typeId),
    { getTypeParser: () => asText },
  );
  try {
    const result = await client.query({
      text,
      values: params.map((p) => p.value),
      rowMode: 'array',
      types: types as unknown as pg.CustomTypesConfig,
    });
    return {
      command: result.command ?? '',
      rowCount: result.rowCount ?? 0,
      fields: (result.fields ?? []).map((f) => ({
        name: f.name,
        typeId: f.dataTypeID,
        typeModifier: f.dataTypeModifier,
      })),
      rows: result.rows as (string | null)[][],
    };
  } catch (error) {
    throw toSqlError(error);
  }
}

function toSqlError(error: unknown): Error {
  if (!(error instanceof Error) || !('code' in error) || typeof error.code !== 'string')
    return error instanceof Error ? error : new Error(String(error));
  const e = error as pg.DatabaseError;
  const details: Record<string, string> = {};
  for (const key of ['detail', 'hint', 'position', 'where'] as const) {
    const value = e[key];
    if (value) details[key] = value;
  }
  return new SqlError(e.message, e.code ?? 'XX000', details);
}
