/**
 * The direct PostgreSQL executor (`via: pg`), for plain RDS for PostgreSQL (no Data API) and for
 * runners inside the VPC. It keeps the Data API's semantics so the rest of the phase does not
 * care: named `:params`, and an error inside a transaction ends (rolls back) the transaction.
 */
import pg from 'pg';
import { PhaseFailure } from '../core/errors.js';
import {
  type QueryResult,
  type Row,
  type SqlExecutor,
  type SqlParam,
  SqlStatementError,
  type SqlTransaction,
  type StatementOptions,
  TransactionGone,
} from './executor.js';

export interface PgTarget {
  url?: string;
  host?: string;
  port: number;
  user?: string;
  password?: string;
  database?: string;
  ssl?: 'require' | 'verify-full' | 'disable';
}

export function pgExecutor(target: PgTarget): SqlExecutor {
  const pool = new pg.Pool({ ...poolConfig(target), max: 4 });
  // An idle client that loses its connection emits 'error' on the pool; without a listener
  // that would crash the process. The next query gets a fresh client.
  pool.on('error', () => undefined);
  const described = describeTarget(target);
  return {
    via: 'pg',
    target: described,
    execute: (sql, options) => query(pool, sql, options, described),
    async begin() {
      const client = await pool.connect().catch((error: unknown) => {
        throw translate(error, described);
      });
      try {
        await client.query('BEGIN');
      } catch (error) {
        client.release(true);
        throw translate(error);
      }
      return pgTransaction(client);
    },
    close: () => pool.end(),
  };
}

function pgTransaction(client: pg.PoolClient): SqlTransaction {
  let open = true;
  const end = async (command: 'COMMIT' | 'ROLLBACK') => {
    if (!open) {
      if (command === 'ROLLBACK') return;
      throw new TransactionGone('the transaction has already ended');
    }
    open = false;
    try {
      await client.query(command);
      client.release();
    } catch (error) {
      client.release(true);
      throw translate(error);
    }
  };
  return {
    async execute(sql, options) {
      if (!open) throw new TransactionGone('the transaction has already ended');
      try {
        return await query(client, sql, options);
      } catch (error) {
        await end('ROLLBACK').catch(() => undefined);
        throw error;
      }
    },
    commit: () => end('COMMIT'),
    rollback: () => end('ROLLBACK'),
  };
}

async function query(
  on: pg.Pool | pg.PoolClient,
  sql: string,
  options: StatementOptions = {},
  target?: string,
): Promise<QueryResult> {
  const { text, values } = options.params
    ? positional(sql, options.params)
    : { text: sql, values: [] };
  try {
    const result = await on.query<Row>({ text, values });
    const columns = options.columns ? { columns: (result.fields ?? []).map((f) => f.name) } : {};
    return { rows: result.rows ?? [], rowsAffected: result.rowCount ?? 0, ...columns };
  } catch (error) {
    throw translate(error, target);
  }
}

/**
 * `:name` → `$1`, for phasegate's own statements only (migration files are sent as written).
 * `::casts` are left alone.
 */
export function positional(
  sql: string,
  params: Record<string, SqlParam>,
): { text: string; values: SqlParam[] } {
  const names: string[] = [];
  const text = sql.replace(/(?<!:):([A-Za-z_][A-Za-z0-9_]*)/g, (match, name: string) => {
    if (!(name in params)) return match;
    if (!names.includes(name)) names.push(name);
    return `$${names.indexOf(name) + 1}`;
  });
  return { text, values: names.map((n) => params[n] ?? null) };
}

/**
 * Failures to open a connection: no statement was sent, and the user can fix them (host, port,
 * the runner's network path), so they are not reported as phasegate bugs.
 */
const CONNECT_ERRORS = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

/** `target`: given where a failure to connect is possible (pool calls, not a held client). */
function translate(error: unknown, target?: string): unknown {
  const e = error as { code?: unknown; message?: string; severity?: string };
  if (typeof e?.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code) && e.severity)
    return new SqlStatementError(`ERROR: ${e.message ?? ''}`, e.code);
  if (target !== undefined && typeof e?.code === 'string' && CONNECT_ERRORS.has(e.code))
    return new PhaseFailure(`cannot connect to ${target}: ${e.message ?? e.code}`, {
      hint: 'check host and port, and that the runner can reach the database (via: pg needs a network path; via: data-api does not)',
    });
  return error;
}

export function poolConfig(target: PgTarget): pg.PoolConfig {
  const ssl = sslOption(target);
  const common = {
    ...(target.password !== undefined ? { password: target.password } : {}),
    ...(target.database ? { database: target.database } : {}),
    ...(ssl !== undefined ? { ssl } : {}),
    connectionTimeoutMillis: 30_000,
  };
  if (target.url) return { ...common, connectionString: withPassword(target.url, target.password) };
  return {
    host: target.host,
    port: target.port,
    ...(target.user ? { user: target.user } : {}),
    ...common,
  };
}

/**
 * pg lets every part of a connection string override the pool's own settings, and a URL without
 * a password overrides the password with an empty one: a password given apart from the URL
 * (password-env, password-secret) has to go into the URL.
 */
function withPassword(url: string, password: string | undefined): string {
  if (password === undefined) return url;
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') return url;
    // pg decodes the password with decodeURIComponent; the URL setter would leave a "%" as is.
    parsed.password = encodeURIComponent(password);
    return parsed.href;
  } catch {
    return url;
  }
}

/**
 * RDS requires TLS by default (rds.force_ssl is on from PostgreSQL 15), but its certificates
 * come from the RDS CA, which Node does not trust: `require` encrypts without checking the
 * certificate; `verify-full` checks it against the system CAs (NODE_EXTRA_CA_CERTS can add the
 * RDS bundle).
 */
function sslOption(target: PgTarget): pg.PoolConfig['ssl'] | undefined {
  const mode = target.ssl ?? (target.url ? undefined : 'require');
  if (mode === undefined) return undefined;
  if (mode === 'disable') return false;
  return { rejectUnauthorized: mode === 'verify-full' };
}

function describeTarget(target: PgTarget): string {
  if (target.url) {
    try {
      const url = new URL(target.url);
      return `${url.pathname.slice(1) || 'the default database'} on ${url.hostname}:${url.port || 5432}`;
    } catch {
      return 'the server of the connection URL';
    }
  }
  return `${target.database ?? 'the default database'} on ${target.host}:${target.port}`;
}
