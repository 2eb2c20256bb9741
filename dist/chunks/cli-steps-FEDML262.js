import { createRequire as __phasegateCreateRequire } from 'node:module';
const require = __phasegateCreateRequire(import.meta.url);
import {
  acceptChecksums,
  createHistoryTables,
  decideInsideLock,
  details,
  emptySummary,
  highestVersion,
  inspect,
  lockStatement,
  openSession,
  outputsOf,
  planReport,
  readHistory,
  readLockedState,
  recordFile,
  refusals,
  refuseFindings,
  refuseIfNeeded,
  releaseLease,
  renewLease,
  repairTarget,
  runReport,
  takeLease,
  wakeOptionsOf,
  warningsOf
} from "./cli-chunk-PIFGOAOH.js";
import "./cli-chunk-P5NTSUGJ.js";
import "./cli-chunk-LGRDOLKG.js";
import "./cli-chunk-66RG3TEY.js";
import {
  keyword,
  skipWords,
  wordsAt
} from "./cli-chunk-U3OTYJXE.js";
import {
  DatabaseAsleep,
  FileInterrupted,
  OutcomeUnknown,
  StatementTimedOut,
  TransactionGone,
  TransactionLostWhileAsleep,
  interruptedIfTimedOut,
  interruptsTransaction,
  restartingOnFaults,
  scalar,
  whileWaking
} from "./cli-chunk-4OUBKVPQ.js";
import "./cli-chunk-PJXLJJV7.js";
import "./cli-chunk-4KXVOQRE.js";
import "./cli-chunk-75MUJ4UL.js";
import "./cli-chunk-N2YYZX6X.js";
import "./cli-chunk-WFASBRMW.js";
import {
  sleep
} from "./cli-chunk-HAJALABQ.js";
import "./cli-chunk-BVZ7ELGM.js";
import {
  PhaseFailure
} from "./cli-chunk-75YOGVQ5.js";
import {
  plural
} from "./cli-chunk-V74XWLEX.js";
import "./cli-chunk-HT5AY7AV.js";
import "./cli-chunk-KHYJZ6HU.js";

// src/phases/migrate/plan.ts
async function planMigrations(ctx) {
  const session = openSession(ctx);
  try {
    const found = await inspect({ ...ctx, planFile: ctx.plan.file, ...session });
    const summary = {
      ...emptySummary(session.executor.target, session.names.display),
      pending: found.comparison.pending,
      findings: found.findings,
      warnings: warningsOf(found.comparison),
      repaired: ctx.config.repair ? found.comparison.changed : [],
      currentVersion: highestVersion(found.rows ?? [])
    };
    const { messages, hints } = refusals(found.comparison, ctx.config, repairTarget(ctx));
    if (messages.length > 0)
      throw new PhaseFailure(messages[0], {
        details: [
          "The run would be refused:",
          messages.map((m) => `- ${m}`).join("\n"),
          details(summary, "**Refused.**")
        ].join("\n\n"),
        hint: hints.join("; ")
      });
    refuseFindings(found.findings, details(summary, "**Refused by fail-on.**"));
    return planReport(summary);
  } finally {
    await session.executor.close();
  }
}

// src/phases/migrate/long-statements.ts
import { randomBytes } from "node:crypto";
var SEND_ALONE = { continueAfterTimeout: true, noResend: true };
var SEND_IN_TRANSACTION = { noResend: true };
var FailedInBackground = class extends Error {
  name = "FailedInBackground";
};
var TooLongForTransaction = class extends Error {
  name = "TooLongForTransaction";
  hint = "mark the file -- phasegate:no-transaction (its statements then run on their own and may take longer; they must be safe to run twice), move the long statement into a file of its own marked so, or run this phase with via: pg from a runner inside the VPC";
  constructor() {
    super(
      "it ran longer than the Data API's 45 s call limit, so the Data API cancelled it; inside a transaction phasegate cannot let a statement run on (continueAfterTimeout is documented only for statements on their own)"
    );
  }
};
async function executeInTransaction(tx, statement) {
  try {
    await tx.execute(statement.sql, SEND_IN_TRANSACTION);
  } catch (error) {
    if (error instanceof StatementTimedOut) throw new TooLongForTransaction();
    throw error;
  }
}
async function executeAlone(executor, statement, options) {
  const marker = `/* phasegate ${randomBytes(8).toString("hex")} */`;
  try {
    await executor.execute(`${marker} ${statement.sql}`, SEND_ALONE);
    return "done";
  } catch (error) {
    if (!(error instanceof StatementTimedOut)) throw error;
    announce(statement, options.log);
    await waitForActivity(executor, marker, statement, options);
    return confirmOutcome(executor, statement);
  }
}
function announce(statement, log) {
  log.info(
    `statement ${statement.index} (line ${statement.line}) is still running after the Data API's 45 s call limit; waiting for it to finish (it is not sent again)`
  );
}
async function waitForActivity(executor, marker, statement, options) {
  for (; ; ) {
    const running = await executor.execute(
      `SELECT count(*) AS running FROM pg_stat_activity
WHERE pid <> pg_backend_pid() AND state <> 'idle' AND position(:marker in query) = 1`,
      { params: { marker } }
    );
    if (Number(scalar(running) ?? 0) === 0) return;
    options.log.progress(`statement ${statement.index} (line ${statement.line}) still running`);
    await options.onPoll?.();
    await sleep(options.pollIntervalMs, options.signal);
  }
}
async function confirmOutcome(executor, statement) {
  const index = concurrentIndexName(statement.tokens);
  if (index === void 0) return "unconfirmed";
  const valid = await executor.execute(
    "SELECT indisvalid AS valid FROM pg_index WHERE indexrelid = to_regclass(:name)",
    { params: { name: index } }
  );
  const state = scalar(valid);
  if (state === true || state === "t") return "done";
  throw new FailedInBackground(
    state === void 0 ? `it ended after its call timed out, but index ${index} does not exist: the build failed` : `it ended after its call timed out, but index ${index} is INVALID: the build failed (drop it with DROP INDEX CONCURRENTLY ${index} before running the file again)`
  );
}
function concurrentIndexName(tokens) {
  if (!wordsAt(tokens, 0, "CREATE")) return void 0;
  let at = skipWords(tokens, 1, "UNIQUE");
  if (!wordsAt(tokens, at, "INDEX", "CONCURRENTLY")) return void 0;
  at += 2;
  if (wordsAt(tokens, at, "IF", "NOT", "EXISTS")) at += 3;
  const name = tokens[at];
  if (!name || keyword(name) === "ON") return void 0;
  return name.text;
}

// src/phases/migrate/apply.ts
var StatementFailed = class extends PhaseFailure {
  constructor(file, statement, reason, committedNote, hint) {
    const [headline, ...more] = reason.split("\n");
    super(
      `${file.fileName}: statement ${statement.index} (line ${statement.line}) failed: ${headline}`,
      {
        ...hint ? { hint } : {},
        details: [
          `\`${file.path}\`, statement ${statement.index} (line ${statement.line}):`,
          "",
          "```sql",
          statement.sql,
          "```",
          ...more.length > 0 ? ["", "```", reason, "```"] : [],
          "",
          committedNote
        ].join("\n")
      }
    );
    this.file = file;
    this.statement = statement;
  }
  file;
  statement;
};
function applyInTransaction(file, env) {
  return restartingOnFaults(file.fileName, () => attemptFile(file, env), env);
}
async function attemptFile(file, env) {
  for (; ; ) {
    const tx = await env.executor.begin();
    try {
      const state = await lockAndRead(tx, file, env);
      if (state === "retry") continue;
      if (state.leaseOwner !== void 0) {
        await tx.rollback();
        env.log.progress(`waiting: ${state.leaseOwner} is applying a no-transaction file`);
        await sleep(env.config["poll-interval"], env.signal);
        continue;
      }
      if (decideInsideLock(file, state, env.config) === "skip") {
        await tx.rollback();
        return { status: "skipped", reason: "applied by another runner meanwhile" };
      }
      return await runFile(tx, file, env);
    } catch (error) {
      await tx.rollback().catch(() => void 0);
      throw error;
    }
  }
}
async function lockAndRead(tx, file, env) {
  try {
    await tx.execute(lockStatement(env.lockKey));
  } catch (error) {
    if (!(error instanceof StatementTimedOut)) throw error;
    env.log.progress("waiting for the migration lock (another runner holds it)");
    await tx.rollback();
    return "retry";
  }
  return ownStatement(() => readLockedState(tx, env.names, file.version, env.owner));
}
async function ownStatement(run) {
  return run().catch((error) => Promise.reject(interruptedIfTimedOut(error)));
}
async function runFile(tx, file, env) {
  const started = env.now();
  for (const statement of file.statements) {
    env.signal.throwIfAborted();
    try {
      await executeInTransaction(tx, statement);
    } catch (error) {
      if (env.signal.aborted || interruptsTransaction(error)) throw error;
      const hint = error instanceof TooLongForTransaction ? error.hint : void 0;
      throw new StatementFailed(file, statement, reasonOf(error), ROLLED_BACK, hint);
    }
  }
  const durationMs = env.now() - started;
  await ownStatement(
    () => recordFile(tx, env.names, {
      version: file.version,
      description: file.description,
      fileName: file.fileName,
      checksum: file.checksum,
      appliedBy: env.appliedBy,
      executionMs: durationMs,
      statements: file.statements.length,
      success: true
    })
  );
  await commitConfirmed(tx, file, env);
  return { status: "applied", durationMs, statements: file.statements.length };
}
var ROLLED_BACK = "Nothing of this file was committed: its transaction was rolled back, and it is not in the history. Fix the statement and run again.";
function reasonOf(error) {
  return error instanceof Error ? error.message : String(error);
}
async function commitConfirmed(tx, file, env) {
  const deadline = env.now() + env.config["resume-timeout"];
  for (; ; ) {
    try {
      await tx.commit();
      return;
    } catch (error) {
      if (!isUncertainCommit(error)) throw error;
      if (await historyShows(file, env)) {
        env.log.info(
          `${file.fileName}: the commit's answer was lost; the history shows it applied`
        );
        return;
      }
      if (error instanceof DatabaseAsleep && env.now() < deadline) {
        await sleep(env.config["poll-interval"], env.signal);
        continue;
      }
      throw new FileInterrupted(`the commit did not go through (${reasonOf(error)})`);
    }
  }
}
function isUncertainCommit(error) {
  if (error instanceof TransactionLostWhileAsleep) return false;
  return error instanceof OutcomeUnknown || error instanceof TransactionGone || error instanceof DatabaseAsleep;
}
async function historyShows(file, env) {
  const rows = await readHistory(env.executor, env.names) ?? [];
  const row = rows.find((r) => r.version === file.version && r.success);
  return row?.checksum === file.checksum;
}

// src/phases/migrate/apply-alone.ts
async function applyWithoutTransaction(file, env) {
  const state = await acquireLease(file, env);
  const heartbeat = startHeartbeat(env);
  try {
    if (decideInsideLock(file, state, env.config) === "skip")
      return { status: "skipped", reason: "applied by another runner meanwhile" };
    return await runStatements(file, env);
  } finally {
    clearInterval(heartbeat);
    await releaseLease(env.executor, env.names, env.owner).catch(
      (error) => env.log.warning(`could not release the migration lease: ${reasonOf(error)}`)
    );
  }
}
async function acquireLease(file, env) {
  for (; ; ) {
    const tx = await env.executor.begin();
    try {
      await tx.execute(lockStatement(env.lockKey));
      const lease = await takeLease(tx, env.names, env.owner, env.config["lease-duration"]);
      const state = lease.taken ? await readLockedState(tx, env.names, file.version, env.owner) : void 0;
      await tx.commit();
      if (state) return state;
      if (!lease.taken)
        env.log.progress(
          `waiting for the migration lease held by ${lease.holder} (expires ${lease.expiresAt})`
        );
    } catch (error) {
      await tx.rollback().catch(() => void 0);
      if (!isRetryable(error)) throw error;
    }
    await sleep(env.config["poll-interval"], env.signal);
  }
}
function isRetryable(error) {
  return error instanceof StatementTimedOut || error instanceof DatabaseAsleep || error instanceof TransactionLostWhileAsleep;
}
async function runStatements(file, env) {
  const started = env.now();
  const unconfirmed = [];
  const renew = () => keepLease(env);
  const wait = {
    pollIntervalMs: env.config["poll-interval"],
    signal: env.signal,
    log: env.log,
    onPoll: renew
  };
  for (const statement of file.statements) {
    env.signal.throwIfAborted();
    await renew();
    try {
      const outcome = await executeAlone(env.executor, statement, wait);
      if (outcome === "unconfirmed") unconfirmed.push(statement.index);
    } catch (error) {
      if (env.signal.aborted) throw error;
      await recordAttempt(file, env, started, false);
      throw new StatementFailed(file, statement, reasonOf(error), partialNote(statement.index));
    }
  }
  await recordAttempt(file, env, started, true);
  return {
    status: "applied",
    durationMs: env.now() - started,
    statements: file.statements.length,
    ...unconfirmed.length > 0 ? { unconfirmed } : {}
  };
}
function startHeartbeat(env) {
  const ms = env.config["lease-duration"];
  const beat = () => void renewLease(env.executor, env.names, env.owner, ms).catch(() => void 0);
  const timer = setInterval(beat, Math.max(1e3, Math.floor(ms / 3)));
  timer.unref();
  return timer;
}
async function keepLease(env) {
  if (await renewLease(env.executor, env.names, env.owner, env.config["lease-duration"])) return;
  throw new PhaseFailure(
    "the migration lease expired and another runner took it over; stopping here",
    { hint: "raise lease-duration above the longest statement of a no-transaction file" }
  );
}
function partialNote(index) {
  const before = index - 1;
  const committed = before === 0 ? "No statement of this file had run before it." : `Statements 1 to ${before} of this file were committed (it runs outside a transaction).`;
  return `${committed} The file is not recorded as applied: after a fix, the next run starts it again from its first statement, so every statement must be safe to run twice.`;
}
async function recordAttempt(file, env, started, success) {
  const write = recordFile(env.executor, env.names, {
    version: file.version,
    description: file.description,
    fileName: file.fileName,
    checksum: file.checksum,
    appliedBy: env.appliedBy,
    executionMs: env.now() - started,
    statements: file.statements.length,
    success
  });
  if (success) return write;
  await write.catch(
    (error) => env.log.warning(`could not record the failed attempt: ${reasonOf(error)}`)
  );
}

// src/phases/migrate/run.ts
async function runMigrations(ctx) {
  const session = openSession(ctx);
  try {
    const found = await inspect({ ...ctx, planFile: ctx.plan.file, ...session });
    const summary = summaryOf(session, found);
    refuseIfNeeded(found.comparison, ctx.config, repairTarget(ctx));
    refuseFindings(found.findings, details(summary, "**Refused by fail-on.**"));
    const wake = wakeOptionsOf(ctx);
    if (found.rows === void 0)
      await restartingOnFaults(
        "creating the history table",
        () => whileWaking(
          "creating the history table",
          () => createHistoryTables(
            session.executor,
            session.names,
            session.lockKey,
            ctx.config.schema
          ),
          wake
        ),
        ctx
      );
    if (ctx.config.repair && found.comparison.changed.length > 0) {
      const changed = found.comparison.changed;
      await whileWaking("repairing checksums", () => acceptChecksums(session, changed), wake);
      summary.repaired = found.comparison.changed;
    }
    if (summary.pending.length === 0)
      ctx.log.info(`up to date: version ${summary.currentVersion ?? "none"}`);
    await applyPending(envOf(ctx, session), summary);
    return runReport(summary);
  } finally {
    await session.executor.close();
  }
}
function summaryOf(session, found) {
  return {
    ...emptySummary(session.executor.target, session.names.display),
    pending: [...found.comparison.pending],
    findings: found.findings,
    warnings: warningsOf(found.comparison),
    currentVersion: highestVersion(found.rows ?? [])
  };
}
function envOf(ctx, session) {
  return {
    ...session,
    config: ctx.config,
    log: ctx.log,
    signal: ctx.signal,
    now: () => performance.now()
  };
}
async function applyPending(env, summary) {
  for (const file of [...summary.pending]) {
    env.signal.throwIfAborted();
    const mode = file.transaction.mode === "no-transaction" ? ", outside a transaction" : "";
    env.log.info(
      `applying ${file.fileName} (${plural(file.statements.length, "statement")}${mode})`
    );
    const outcome = await applyOne(file, env, summary);
    summary.pending.splice(summary.pending.indexOf(file), 1);
    summary.currentVersion = Math.max(summary.currentVersion ?? file.version, file.version);
    if (outcome.status === "skipped") {
      env.log.info(`${file.fileName}: ${outcome.reason}`);
      summary.skipped.push({ file, reason: outcome.reason });
      continue;
    }
    env.log.info(`${file.fileName} applied in ${Math.round(outcome.durationMs)} ms`);
    summary.applied.push({
      file,
      durationMs: outcome.durationMs,
      ...outcome.unconfirmed ? { unconfirmed: outcome.unconfirmed } : {}
    });
  }
}
async function applyOne(file, env, summary) {
  try {
    return file.transaction.mode === "no-transaction" ? await applyWithoutTransaction(file, env) : await applyInTransaction(file, env);
  } catch (error) {
    if (!(error instanceof PhaseFailure)) throw error;
    const stoppedAt = `**Stopped at \`${file.fileName}\`**, ${summary.applied.length} applied before it.`;
    throw new PhaseFailure(error.message, {
      details: [error.details, details(summary, stoppedAt)].filter(Boolean).join("\n\n"),
      outputs: outputsOf(summary),
      ...error.hint ? { hint: error.hint } : {}
    });
  }
}
export {
  planMigrations as plan,
  runMigrations as run
};
