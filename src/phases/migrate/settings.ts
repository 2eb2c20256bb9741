/**
 * The `with:` of a migrate phase: how to reach the database (the Data API, or a direct
 * PostgreSQL connection), where the migrations and the history table are, and the safety
 * switches (fail-on, out-of-order, repair). The connection part is exported on its own so that
 * `sql` checks can reach the same database with the same settings.
 */

import {
  array,
  boolean,
  duration,
  type Infer,
  type Issue,
  isPlainObject,
  number,
  object,
  oneOf,
  optional,
  type Path,
  type Shape,
  string,
  withDefault,
} from '../../core/shape.js';
import { LINT_RULE_IDS } from '../../sql/lint.js';

/** Lower-case unquoted PostgreSQL identifiers only: no quoting surprises in history SQL. */
const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;
/** Leaves room for the lease table's `_lease` suffix within PostgreSQL's 63 characters. */
const TABLE_NAME = /^[a-z_][a-z0-9_]{0,56}$/;

export const connectionFields = {
  via: withDefault(
    oneOf(
      ['data-api', 'pg'] as const,
      'data-api (default): the RDS Data API over HTTPS, for Aurora with the Data API enabled; ' +
        'pg: a direct PostgreSQL connection, for plain RDS or runners inside the VPC.',
    ),
    'data-api' as const,
  ),
  'resource-arn': optional(
    string({ description: 'data-api: the Aurora cluster ARN (arn:aws:rds:…:cluster:NAME).' }),
  ),
  'secret-arn': optional(
    string({ description: 'data-api: the Secrets Manager secret ARN with the credentials.' }),
  ),
  database: optional(string({ description: 'The database name.' })),
  url: optional(
    string({ description: 'pg: a postgres:// connection URL (instead of host, port and user).' }),
  ),
  host: optional(string({ description: 'pg: the server host name.' })),
  // No default here: a port from password-secret must not lose to a default nobody wrote.
  port: optional(
    number({
      integer: true,
      min: 1,
      max: 65535,
      description: 'pg: port (default: the secret’s with password-secret, else 5432).',
    }),
  ),
  user: optional(string({ description: 'pg: the user name.' })),
  password: optional(
    string({
      description:
        'pg: the password, usually from SSM: ${{ ssm:/app/db/password }} (SecureString values are masked).',
    }),
  ),
  'password-env': optional(
    string({
      pattern: /^[A-Za-z_][A-Za-z0-9_]*$/,
      description: 'pg: the name of an environment variable holding the password.',
    }),
  ),
  'password-secret': optional(
    string({
      description:
        'pg: ARN or name of a Secrets Manager secret holding the password, as plain text or as ' +
        'database credentials JSON (username, password, host, port, dbname): user, host, ' +
        'port and database come from it when not given here.',
    }),
  ),
  ssl: optional(
    oneOf(
      ['require', 'verify-full', 'disable'] as const,
      'pg: require (encrypted, default for host/port), verify-full (also checks the certificate ' +
        'against the system CAs), disable. With url, the URL decides unless this is given.',
    ),
  ),
};

const phaseFields = {
  ...connectionFields,
  directory: withDefault(string({ description: 'The migrations directory.' }), 'migrations'),
  schema: withDefault(
    string({ pattern: IDENTIFIER, description: 'Schema of the history table.' }),
    'public',
  ),
  table: withDefault(
    string({ pattern: TABLE_NAME, description: 'Name of the history table.' }),
    'phasegate_schema_history',
  ),
  'fail-on': withDefault(
    array(oneOf(LINT_RULE_IDS), {
      description: 'Lint rules whose findings stop the plan and the run before any change.',
    }),
    [],
  ),
  'out-of-order': withDefault(
    boolean('Apply a pending file whose version is lower than the highest applied one.'),
    false,
  ),
  repair: withDefault(
    boolean(
      'Accept the new checksums of applied files that changed, then migrate. Remove it again ' +
        'after the run: while it is on, an edited applied file is not refused.',
    ),
    false,
  ),
  'resume-timeout': withDefault(
    duration('How long to wait for a paused (auto-pause) cluster to resume.'),
    120_000,
  ),
  'lease-duration': withDefault(
    duration(
      'How long a no-transaction file holds the migration lease without renewal (its runner ' +
        'renews it a third of this apart); another runner takes it over once it has expired, ' +
        'so a killed runner holds it up for at most this long.',
    ),
    60_000,
  ),
  'poll-interval': withDefault(
    duration('Time between two looks at a long statement, a held lease or a waking cluster.'),
    2000,
  ),
};

const phase = object(phaseFields, {
  description: 'Apply the SQL files of a directory in version order, each at most once.',
});

export type MigrateConfig = Infer<typeof phase>;
export type ConnectionConfig = Pick<MigrateConfig, keyof typeof connectionFields>;

export const connectionShape = object(connectionFields);

/**
 * Which keys each way of connecting needs. Checked on the raw value: at plan time a setting
 * written as a template is not parsed yet, but it is given.
 */
export function checkConnection(value: unknown, path: Path, issues: Issue[]): void {
  if (!isPlainObject(value)) return;
  const has = (key: string) => value[key] !== undefined && value[key] !== null;
  const via = value.via ?? 'data-api';
  if (via === 'data-api') {
    for (const key of ['resource-arn', 'secret-arn'])
      if (!has(key))
        issues.push({ path, message: `"${key}" is missing`, hint: `via: data-api needs ${key}` });
    for (const key of ['url', 'host', 'user', 'password', 'password-env', 'password-secret', 'ssl'])
      if (has(key))
        issues.push({
          path: [...path, key],
          message: `"${key}" is a setting of via: pg`,
          hint: 'the Data API authenticates with secret-arn; add via: pg to connect directly',
        });
  } else if (via === 'pg') {
    if (!has('url') && !(has('host') && has('user')) && !has('password-secret'))
      issues.push({
        path,
        message: 'via: pg needs url, or host and user, or password-secret',
        hint: 'add url: …',
      });
    checkPasswordSources(has, path, issues);
  }
}

/**
 * One source of the password. Checked on the raw value like the rest, rather than with `refine`
 * on the parsed one: at plan time `password: ${{ ssm:… }}` is not parsed yet, and the conflict
 * must still be reported there, on the line of the second source.
 */
function checkPasswordSources(has: (key: string) => boolean, path: Path, issues: Issue[]): void {
  if (has('password') && has('password-env'))
    issues.push({ path: [...path, 'password-env'], message: 'give password or password-env' });
  const other = ['password', 'password-env'].filter(has);
  if (has('password-secret') && other.length > 0)
    issues.push({
      path: [...path, 'password-secret'],
      message: `give password-secret or ${other.join(' / ')}, not both`,
      hint: 'password-secret reads the password from Secrets Manager; remove the other setting',
    });
}

function withConnectionCheck<T>(shape: Shape<T>): Shape<T> {
  return {
    ...shape,
    parse(value, path, ctx) {
      const parsed = shape.parse(value, path, ctx);
      const before = ctx.issues.length;
      checkConnection(value, path, ctx.issues);
      return ctx.issues.length === before ? parsed : undefined;
    },
  };
}

export const migrateSettings: Shape<MigrateConfig> = withConnectionCheck(phase);

/** The history table and its lease table, quoted. */
export function tableNames(config: Pick<MigrateConfig, 'schema' | 'table'>) {
  return {
    display: `${config.schema}.${config.table}`,
    history: `"${config.schema}"."${config.table}"`,
    lease: `"${config.schema}"."${config.table}_lease"`,
    schema: `"${config.schema}"`,
  };
}
export type TableNames = ReturnType<typeof tableNames>;
