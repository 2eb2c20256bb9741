/** What the `sql` check does when it runs; loaded on first use. */
import { RDSDataClient } from '@aws-sdk/client-rds-data';
import { explainAwsError } from '../../aws/errors.js';
import { formatDuration } from '../../core/duration.js';
import { fenced } from '../../core/markdown.js';
import { asText, excerpt, oneLine, plural } from '../../core/text.js';
import { dataApiExecutor } from '../../db/data-api.js';
import { SqlStatementError, StatementTimedOut } from '../../db/executor.js';
import { type QueryRows, queryReadOnly } from '../../db/read-only.js';
import { restartingOnFaults } from '../../db/restart.js';
import { NotAwake } from '../../db/resume.js';
import { wakingExecutor } from '../../db/waking.js';
import type { CheckContext, CheckResult } from '../kind.js';

import type { SqlCheckConfig } from './settings.js';

/** The SDK does not retry DatabaseResumingException; resuming takes seconds, so start short. */
const FIRST_RESUME_BACKOFF_MS = 250;

export async function run(ctx: CheckContext<SqlCheckConfig>): Promise<CheckResult> {
  const c = ctx.config;
  const target = {
    resourceArn: c['resource-arn'],
    secretArn: c['secret-arn'],
    ...(c.database !== undefined ? { database: c.database } : {}),
  };
  // Masked before it is shortened: a query may hold a secret, and a cut must not show its prefix.
  const what = ctx.secrets.excerpt(c.query);
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
    // A read-only transaction is always safe to start again after a fault on the way.
    const rows = await restartingOnFaults(what, () => queryReadOnly(executor, c.query), ctx);
    return judgeRows(what, c, rows, (text) => ctx.secrets.mask(text));
  } catch (error) {
    if (ctx.signal.aborted) throw error;
    const failure = dataApiFailure(error, c);
    if (failure === undefined) throw error;
    return { ok: false, summary: `${what}: ${failure}` };
  }
}

export function judgeRows(
  what: string,
  c: SqlCheckConfig,
  result: QueryRows,
  mask: (text: string) => string = (text) => text,
): CheckResult {
  const { rows } = result;
  const short = (text: string) => excerpt(mask(text), 60);
  const first = firstValue(result);
  const problems: string[] = [];
  const expectedRows = c['expect-rows'];
  if (expectedRows !== undefined && rows.length !== expectedRows)
    problems.push(`returned ${plural(rows.length, 'row')}, expected ${expectedRows}`);
  if (c.expect !== undefined && first === undefined)
    problems.push(`returned no rows, expected "${c.expect}"`);
  else if (c.expect !== undefined && first !== c.expect)
    problems.push(`returned "${short(first ?? '')}", expected "${c.expect}"`);
  if (problems.length > 0)
    return { ok: false, summary: `${what}: ${problems.join('; ')}`, details: rowsDetails(rows) };
  return { ok: true, summary: `${what} → ${found(rows.length, first, short)}` };
}

/** The first column of the first row; JSON objects lose column order, the metadata keeps it. */
function firstValue({ columns, rows }: QueryRows): string | undefined {
  const row = rows[0];
  if (!row) return undefined;
  const column = columns[0] !== undefined && columns[0] in row ? columns[0] : Object.keys(row)[0];
  return column === undefined ? undefined : asText(row[column]);
}

function found(count: number, first: string | undefined, short: (text: string) => string): string {
  if (count === 0) return 'no rows';
  const value = `"${short(first ?? '')}"`;
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
    case 'SecretsErrorException':
      return `the secret ${c['secret-arn']} could not be used: ${message}`;
  }
  return '$metadata' in error ? `Data API ${error.name}: ${message}` : undefined;
}
