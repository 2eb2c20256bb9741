/**
 * Repair: accept the current checksum of applied files that were edited on purpose (a comment
 * fixed, say). Only the recorded checksums change; no migration statement runs. Used by
 * `phasegate migrate repair PLAN --phase ID` and by the phase setting `repair: true`.
 */

import { plural } from '../../core/text.js';
import { whileWaking } from '../../db/resume.js';
import type { PhaseReport } from '../kind.js';
import type { ChangedFile } from './compare.js';
import { highestVersion, inspect } from './inspect.js';
import { lockStatement } from './lock.js';
import { details, emptySummary, outputsOf } from './report.js';
import { type MigrateContext, openSession, type Session, wakeOptionsOf } from './session.js';

export interface RepairResult {
  /** The files whose recorded checksum was replaced by the file's. */
  repaired: ChangedFile[];
  report: PhaseReport;
}

/**
 * Replaces the recorded checksum of every applied file whose content changed. `ctx` is the
 * migrate phase's context (its rendered and parsed `with:` as `config`).
 */
export async function repairChecksums(ctx: MigrateContext): Promise<RepairResult> {
  const session = openSession(ctx);
  try {
    const found = await inspect({ ...ctx, planFile: ctx.plan.file, ...session });
    const changed = found.comparison.changed;
    await whileWaking(
      'repairing checksums',
      () => acceptChecksums(session, changed),
      wakeOptionsOf(ctx),
    );
    for (const c of changed)
      ctx.log.info(`${c.file.fileName}: checksum ${c.row.checksum} → ${c.file.checksum}`);
    const summary = {
      ...emptySummary(session.executor.target, session.names.display),
      repaired: changed,
      pending: found.comparison.pending,
      currentVersion: highestVersion(found.rows ?? []),
    };
    const headline =
      changed.length === 0
        ? 'nothing to repair: every applied file matches its checksum'
        : `${plural(changed.length, 'checksum')} repaired`;
    return {
      repaired: changed,
      report: {
        summary: headline,
        outputs: { ...outputsOf(summary), repaired: String(changed.length) },
        details: details(summary, `**${headline}** on ${summary.target}.`),
      },
    };
  } finally {
    await session.executor.close();
  }
}

/**
 * In one transaction under the migration lock; a row is only updated while it still holds the
 * checksum that was read, so a concurrent repair or migration cannot be overwritten unseen.
 */
export async function acceptChecksums(
  session: Pick<Session, 'executor' | 'names' | 'lockKey'>,
  changed: readonly ChangedFile[],
): Promise<void> {
  if (changed.length === 0) return;
  const tx = await session.executor.begin();
  try {
    await tx.execute(lockStatement(session.lockKey));
    for (const { file, row } of changed) {
      const updated = await tx.execute(
        `UPDATE ${session.names.history} SET checksum = :checksum
WHERE version = :version AND checksum = :previous AND success`,
        {
          params: { version: file.version, checksum: file.checksum, previous: row.checksum },
          noResend: true,
        },
      );
      if (updated.rowsAffected !== 1)
        throw new Error(`${file.fileName}: the history changed while repairing; run it again`);
    }
    await tx.commit();
  } catch (error) {
    await tx.rollback().catch(() => undefined);
    throw error;
  }
}
