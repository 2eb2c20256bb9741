/**
 * `run` of the migrate phase: everything that can refuse the run is checked first, with one
 * history read and no change (files, checksums, order, fail-on lint); then the pending files are
 * applied one by one in version order, each under the lock, so any number of runners may start
 * at once and every file is still applied exactly once.
 */

import { PhaseFailure } from '../../core/errors.js';
import { plural } from '../../core/text.js';
import { restartingOnFaults } from '../../db/restart.js';
import { whileWaking } from '../../db/resume.js';
import type { PreparedMigration } from '../../sql/prepare.js';
import type { PhaseReport } from '../kind.js';
import { applyInTransaction, type FileOutcome, type MigrateEnv } from './apply.js';
import { applyWithoutTransaction } from './apply-alone.js';
import { refuseIfNeeded, repairTarget, warningsOf } from './compare.js';
import { createHistoryTables } from './history.js';
import { highestVersion, type Inspection, inspect, refuseFindings } from './inspect.js';
import { acceptChecksums } from './repair.js';
import { details, emptySummary, type MigrateSummary, outputsOf, runReport } from './report.js';
import { type MigrateContext, openSession, type Session, wakeOptionsOf } from './session.js';

export async function runMigrations(ctx: MigrateContext): Promise<PhaseReport> {
  const session = openSession(ctx);
  try {
    const found = await inspect({ ...ctx, planFile: ctx.plan.file, ...session });
    const summary = summaryOf(session, found);
    refuseIfNeeded(found.comparison, ctx.config, repairTarget(ctx));
    refuseFindings(found.findings, details(summary, '**Refused by fail-on.**'));
    // Both are safe to repeat as a whole, which is how a refused commit is waited out.
    const wake = wakeOptionsOf(ctx);
    if (found.rows === undefined)
      await restartingOnFaults(
        'creating the history table',
        () =>
          whileWaking(
            'creating the history table',
            () =>
              createHistoryTables(
                session.executor,
                session.names,
                session.lockKey,
                ctx.config.schema,
              ),
            wake,
          ),
        ctx,
      );
    if (ctx.config.repair && found.comparison.changed.length > 0) {
      const changed = found.comparison.changed;
      await whileWaking('repairing checksums', () => acceptChecksums(session, changed), wake);
      summary.repaired = found.comparison.changed;
    }
    if (summary.pending.length === 0)
      ctx.log.info(`up to date: version ${summary.currentVersion ?? 'none'}`);
    await applyPending(envOf(ctx, session), summary);
    return runReport(summary);
  } finally {
    await session.executor.close();
  }
}

function summaryOf(session: Session, found: Inspection): MigrateSummary {
  return {
    ...emptySummary(session.executor.target, session.names.display),
    pending: [...found.comparison.pending],
    findings: found.findings,
    warnings: warningsOf(found.comparison),
    currentVersion: highestVersion(found.rows ?? []),
  };
}

function envOf(ctx: MigrateContext, session: Session): MigrateEnv {
  return {
    ...session,
    config: ctx.config,
    log: ctx.log,
    signal: ctx.signal,
    now: () => performance.now(),
  };
}

async function applyPending(env: MigrateEnv, summary: MigrateSummary): Promise<void> {
  for (const file of [...summary.pending]) {
    env.signal.throwIfAborted();
    const mode = file.transaction.mode === 'no-transaction' ? ', outside a transaction' : '';
    env.log.info(
      `applying ${file.fileName} (${plural(file.statements.length, 'statement')}${mode})`,
    );
    const outcome = await applyOne(file, env, summary);
    summary.pending.splice(summary.pending.indexOf(file), 1);
    summary.currentVersion = Math.max(summary.currentVersion ?? file.version, file.version);
    if (outcome.status === 'skipped') {
      env.log.info(`${file.fileName}: ${outcome.reason}`);
      summary.skipped.push({ file, reason: outcome.reason });
      continue;
    }
    env.log.info(`${file.fileName} applied in ${Math.round(outcome.durationMs)} ms`);
    summary.applied.push({
      file,
      durationMs: outcome.durationMs,
      ...(outcome.unconfirmed ? { unconfirmed: outcome.unconfirmed } : {}),
    });
  }
}

/** A failure keeps what was applied before it in the report and the outputs. */
async function applyOne(
  file: PreparedMigration,
  env: MigrateEnv,
  summary: MigrateSummary,
): Promise<FileOutcome> {
  try {
    return file.transaction.mode === 'no-transaction'
      ? await applyWithoutTransaction(file, env)
      : await applyInTransaction(file, env);
  } catch (error) {
    if (!(error instanceof PhaseFailure)) throw error;
    const stoppedAt = `**Stopped at \`${file.fileName}\`**, ${summary.applied.length} applied before it.`;
    throw new PhaseFailure(error.message, {
      details: [error.details, details(summary, stoppedAt)].filter(Boolean).join('\n\n'),
      outputs: outputsOf(summary),
      ...(error.hint ? { hint: error.hint } : {}),
    });
  }
}
