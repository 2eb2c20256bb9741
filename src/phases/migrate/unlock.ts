/**
 * Unlock: a person's way to end a migration lease at once (`phasegate migrate unlock`), for when
 * the runner that held it is known to be gone and waiting out lease-duration is not wanted. It
 * says whose lease it was and when it would have expired. Only the lease row is removed; the
 * advisory lock needs no unlock (it ends with its transaction).
 */
import { whileWaking } from '../../db/resume.js';
import type { PhaseReport } from '../kind.js';
import { readLease, releaseLease } from './lock.js';
import { type MigrateContext, openSession, wakeOptionsOf } from './session.js';

export async function unlockMigrations(ctx: MigrateContext): Promise<PhaseReport> {
  const session = openSession(ctx);
  try {
    const wake = wakeOptionsOf(ctx);
    const lease = await whileWaking(
      'reading the lease',
      () => readLease(session.executor, session.names),
      wake,
    );
    if (!lease) return { summary: `no migration lease is held on ${session.executor.target}` };
    await whileWaking(
      'removing the lease',
      () => releaseLease(session.executor, session.names, lease.owner),
      wake,
    );
    const summary = `removed the migration lease held by ${lease.owner} (it would have expired at ${lease.expiresAt})`;
    ctx.log.info(summary);
    return { summary };
  } finally {
    await session.executor.close();
  }
}
