import { createRequire as __phasegateCreateRequire } from 'node:module';
const require = __phasegateCreateRequire(import.meta.url);
import {
  NotAwake,
  SqlStatementError,
  StatementTimedOut,
  dataApiExecutor,
  require_dist_cjs,
  restartingOnFaults,
  wakingExecutor
} from "./chunk-52BRDVSD.js";
import {
  formatDuration
} from "./chunk-7CRA6L43.js";
import "./chunk-UFSUMWFC.js";
import "./chunk-C5Y36SPG.js";
import {
  explainAwsError
} from "./chunk-WQLVJMW6.js";
import "./chunk-A6ZFOA6X.js";
import {
  fenced
} from "./chunk-NVTSF2YR.js";
import {
  asText,
  excerpt,
  oneLine,
  plural
} from "./chunk-KTTNFFSQ.js";
import "./chunk-MIYFLX2B.js";
import {
  __toESM
} from "./chunk-6VNXFP75.js";

// src/checks/sql/run.ts
var import_client_rds_data = __toESM(require_dist_cjs(), 1);

// src/db/read-only.ts
async function queryReadOnly(executor, sql) {
  const tx = await executor.begin();
  try {
    await tx.execute("SET TRANSACTION READ ONLY");
    const { rows, columns } = await tx.execute(sql, { columns: true });
    return { rows, columns: columns ?? [] };
  } finally {
    await tx.rollback().catch(() => void 0);
  }
}

// src/checks/sql/run.ts
var FIRST_RESUME_BACKOFF_MS = 250;
async function run(ctx) {
  const c = ctx.config;
  const target = {
    resourceArn: c["resource-arn"],
    secretArn: c["secret-arn"],
    ...c.database !== void 0 ? { database: c.database } : {}
  };
  const what = ctx.secrets.excerpt(c.query);
  const executor = wakingExecutor(
    dataApiExecutor(ctx.aws.client(import_client_rds_data.RDSDataClient), target, ctx.signal),
    {
      timeoutMs: c["resume-timeout"],
      firstBackoffMs: FIRST_RESUME_BACKOFF_MS,
      signal: ctx.signal,
      log: ctx.log
    }
  );
  try {
    const rows = await restartingOnFaults(what, () => queryReadOnly(executor, c.query), ctx);
    return judgeRows(what, c, rows, (text) => ctx.secrets.mask(text));
  } catch (error) {
    if (ctx.signal.aborted) throw error;
    const failure = dataApiFailure(error, c);
    if (failure === void 0) throw error;
    return { ok: false, summary: `${what}: ${failure}` };
  }
}
function judgeRows(what, c, result, mask = (text) => text) {
  const { rows } = result;
  const short = (text) => excerpt(mask(text), 60);
  const first = firstValue(result);
  const problems = [];
  const expectedRows = c["expect-rows"];
  if (expectedRows !== void 0 && rows.length !== expectedRows)
    problems.push(`returned ${plural(rows.length, "row")}, expected ${expectedRows}`);
  if (c.expect !== void 0 && first === void 0)
    problems.push(`returned no rows, expected "${c.expect}"`);
  else if (c.expect !== void 0 && first !== c.expect)
    problems.push(`returned "${short(first ?? "")}", expected "${c.expect}"`);
  if (problems.length > 0)
    return { ok: false, summary: `${what}: ${problems.join("; ")}`, details: rowsDetails(rows) };
  return { ok: true, summary: `${what} \u2192 ${found(rows.length, first, short)}` };
}
function firstValue({ columns, rows }) {
  const row = rows[0];
  if (!row) return void 0;
  const column = columns[0] !== void 0 && columns[0] in row ? columns[0] : Object.keys(row)[0];
  return column === void 0 ? void 0 : asText(row[column]);
}
function found(count, first, short) {
  if (count === 0) return "no rows";
  const value = `"${short(first ?? "")}"`;
  return count === 1 ? value : `${plural(count, "row")}, first ${value}`;
}
var ROWS_SHOWN = 10;
function rowsDetails(rows) {
  const more = rows.length > ROWS_SHOWN ? `

(${rows.length - ROWS_SHOWN} more rows)` : "";
  return `Rows returned:

${fenced(JSON.stringify(rows.slice(0, ROWS_SHOWN), null, 2), "json")}${more}`;
}
function dataApiFailure(error, c) {
  if (!(error instanceof Error)) return void 0;
  const explained = explainAwsError(error);
  if (explained) return `${explained.message} (${explained.hint})`;
  const message = oneLine(error.message);
  if (error instanceof SqlStatementError)
    return `the query failed: ${message}${error.sqlState ? `; SQLState: ${error.sqlState}` : ""}`;
  if (error instanceof StatementTimedOut)
    return "the query ran longer than the Data API allows (45 s)";
  if (error instanceof NotAwake)
    return `the cluster was still resuming after ${formatDuration(c["resume-timeout"])} (raise resume-timeout)`;
  switch (error.name) {
    case "SecretsErrorException":
      return `the secret ${c["secret-arn"]} could not be used: ${message}`;
  }
  return "$metadata" in error ? `Data API ${error.name}: ${message}` : void 0;
}
export {
  judgeRows,
  run
};
