/**
 * The `sql` check: one read-only query through the RDS Data API (the database may sit in a
 * private subnet), passing when it succeeds, or when its first value and row count are as
 * expected. A SQL error is a failed check quoting PostgreSQL, not an error of phasegate.
 */
import { RDSDataClient } from '@aws-sdk/client-rds-data';
import { explainAwsError } from '../aws/errors.js';
import { formatDuration } from '../core/duration.js';
import { fenced } from '../core/markdown.js';
import {
  duration,
  type Infer,
  number,
  object,
  optional,
  refine,
  string,
  withDefault,
} from '../core/shape.js';
import { asText, excerpt, oneLine, plural } from '../core/text.js';
import { dataApiExecutor } from '../db/data-api.js';
import { SqlStatementError, StatementTimedOut } from '../db/executor.js';
import { type QueryRows, queryReadOnly } from '../db/read-only.js';
import { NotAwake } from '../db/resume.js';
import { wakingExecutor } from '../db/waking.js';
import type { CheckContext, CheckResult, DescribedCheckKind } from './kind.js';
import { readOnlyProblem } from './sql-query.js';

const query = refine(
  string({ description: 'One statement that reads: SELECT, WITH, SHOW or EXPLAIN.' }),
  (text) => readOnlyProblem(text),
);

const settings = object({
  'resource-arn': string({
    pattern: /^arn:aws[a-z-]*:rds:/,
    expected: 'an Aurora cluster ARN',
    hint: 'write arn:aws:rds:<region>:<account>:cluster:<name>',
    description: 'ARN of the Aurora cluster with the Data API enabled.',
  }),
  'secret-arn': string({
    pattern: /^arn:aws[a-z-]*:secretsmanager:/,
    expected: 'a Secrets Manager secret ARN',
    hint: 'write arn:aws:secretsmanager:<region>:<account>:secret:<name>',
    description: 'ARN of the secret holding the database credentials.',
  }),
  database: optional(string({ description: 'Database name (default: the secret’s).' })),
  query,
  expect: optional(
    string({ description: 'The first column of the first row, as text (true, 0, v5.1).' }),
  ),
  'expect-rows': optional(number({ integer: true, min: 0, description: 'Number of rows.' })),
  'resume-timeout': withDefault(
    duration('How long to wait for an auto-paused Aurora cluster to resume (default 60s).'),
    60_000,
  ),
});

export type SqlCheckConfig = Infer<typeof settings>;

/** The SDK does not retry DatabaseResumingException; resuming takes seconds, so start short. */
const FIRST_RESUME_BACKOFF_MS = 250;

export const sqlCheck: DescribedCheckKind<SqlCheckConfig> = {
  name: 'sql',
  description: 'Run one read-only query through the RDS Data API and check its first value or rows',
  settings,
  describe: (c) => `${excerpt(c.query)} on ${clusterName(c['resource-arn'])}${expectation(c)}`,
  run: runSqlCheck,
};

async function runSqlCheck(ctx: CheckContext<SqlCheckConfig>): Promise<CheckResult> {
  const c = ctx.config;
  const target = {
    resourceArn: c['resource-arn'],
    secretArn: c['secret-arn'],
    ...(c.database !== undefined ? { database: c.database } : {}),
  };
  const what = excerpt(c.query);
  const executor = wakingExecutor(
    dataApiExecutor(ctx.aws.client(RDSDataClient), target, ctx.signal),
    {
      timeoutMs: c['resume-timeout'],
      firstBackoffMs: FIRST_RESUME_BACKOFF_MS,
      signal: ctx.signal,
      log: ctx.log,
    },
  );
  try {
    return judgeRows(what, c, await queryReadOnly(executor, c.query));
  } catch (error) {
    if (ctx.signal.aborted) throw error;
    const failure = dataApiFailure(error, c);
    if (failure === undefined) throw error;
    return { ok: false, summary: `${what}: ${failure}` };
  }
}

export function judgeRows(what: string, c: SqlCheckConfig, result: QueryRows): CheckResult {
  const { rows } = result;
  const first = firstValue(result);
  const problems: string[] = [];
  const expectedRows = c['expect-rows'];
  if (expectedRows !== undefined && rows.length !== expectedRows)
    problems.push(`returned ${plural(rows.length, 'row')}, expected ${expectedRows}`);
  if (c.expect !== undefined && first === undefined)
    problems.push(`returned no rows, expected "${c.expect}"`);
  else if (c.expect !== undefined && first !== c.expect)
    problems.push(`returned "${excerpt(first ?? '', 60)}", expected "${c.expect}"`);
  if (problems.length > 0)
    return { ok: false, summary: `${what}: ${problems.join('; ')}`, details: rowsDetails(rows) };
  return { ok: true, summary: `${what} → ${found(rows.length, first)}` };
}

/** The first column of the first row; JSON objects lose column order, the metadata keeps it. */
function firstValue({ columns, rows }: QueryRows): string | undefined {
  const row = rows[0];
  if (!row) return undefined;
  const column = columns[0] !== undefined && columns[0] in row ? columns[0] : Object.keys(row)[0];
  return column === undefined ? undefined : asText(row[column]);
}

function found(count: number, first: string | undefined): string {
  if (count === 0) return 'no rows';
  const value = `"${excerpt(first ?? '', 60)}"`;
  return count === 1 ? value : `${plural(count, 'row')}, first ${value}`;
}

const ROWS_SHOWN = 10;

function rowsDetails(rows: Record<string, unknown>[]): string {
  const more = rows.length > ROWS_SHOWN ? `\n\n(${rows.length - ROWS_SHOWN} more rows)` : '';
  return `Rows returned:\n\n${fenced(JSON.stringify(rows.slice(0, ROWS_SHOWN), null, 2), 'json')}${more}`;
}

/** Why the Data API refused, in words; undefined for what is not the Data API's answer. */
function dataApiFailure(error: unknown, c: SqlCheckConfig): string | undefined {
  if (!(error instanceof Error)) return undefined;
  const explained = explainAwsError(error);
  if (explained) return `${explained.message} (${explained.hint})`;
  const message = oneLine(error.message);
  if (error instanceof SqlStatementError)
    return `the query failed: ${message}${error.sqlState ? `; SQLState: ${error.sqlState}` : ''}`;
  if (error instanceof StatementTimedOut)
    return 'the query ran longer than the Data API allows (45 s)';
  if (error instanceof NotAwake)
    return `the cluster was still resuming after ${formatDuration(c['resume-timeout'])} (raise resume-timeout)`;
  switch (error.name) {
    case 'HttpEndpointNotEnabledException':
      return `the Data API is not enabled on ${c['resource-arn']}, or the ARN is wrong: ${message}`;
    case 'SecretsErrorException':
      return `the secret ${c['secret-arn']} could not be used: ${message}`;
  }
  return '$metadata' in error ? `Data API ${error.name}: ${message}` : undefined;
}

function clusterName(arn: string): string {
  return arn.split(':').at(-1) ?? arn;
}

function expectation(c: SqlCheckConfig): string {
  const parts = [
    ...(c.expect !== undefined ? [`expect "${c.expect}"`] : []),
    ...(c['expect-rows'] !== undefined ? [`expect ${plural(c['expect-rows'], 'row')}`] : []),
  ];
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}
