/**
 * `plan` (dry run) of the migrate phase: read-only. Lists the pending files with their statement
 * counts and lint findings, and fails as the run would (changed applied file, out-of-order file,
 * a `fail-on` finding), so a pull request's plan shows the refusal before anyone merges.
 */

import { PhaseFailure } from '../../core/errors.js';
import type { PhaseReport } from '../kind.js';
import { refusals, repairTarget, warningsOf } from './compare.js';
import { highestVersion, inspect, refuseFindings } from './inspect.js';
import { details, emptySummary, planReport } from './report.js';
import { type MigrateContext, openSession } from './session.js';

export async function planMigrations(ctx: MigrateContext): Promise<PhaseReport> {
  const session = openSession(ctx);
  try {
    const found = await inspect({ ...ctx, planFile: ctx.plan.file, ...session });
    const summary = {
      ...emptySummary(session.executor.target, session.names.display),
      pending: found.comparison.pending,
      findings: found.findings,
      warnings: warningsOf(found.comparison),
      repaired: ctx.config.repair ? found.comparison.changed : [],
      currentVersion: highestVersion(found.rows ?? []),
    };
    const { messages, hints } = refusals(found.comparison, ctx.config, repairTarget(ctx));
    if (messages.length > 0)
      throw new PhaseFailure(messages[0] as string, {
        details: [
          'The run would be refused:',
          messages.map((m) => `- ${m}`).join('\n'),
          details(summary, '**Refused.**'),
        ].join('\n\n'),
        hint: hints.join('; '),
      });
    refuseFindings(found.findings, details(summary, '**Refused by fail-on.**'));
    return planReport(summary);
  } finally {
    await session.executor.close();
  }
}
