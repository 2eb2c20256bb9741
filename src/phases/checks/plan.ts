/** The dry run: which checks would run, and what each would look at. Calls nothing. */
import { plural } from '../../core/text.js';
import type { PhaseContext, PhaseReport } from '../kind.js';
import { checksPlan } from './report.js';
import type { ChecksConfig } from './settings.js';

export async function planChecks(ctx: PhaseContext<ChecksConfig>): Promise<PhaseReport> {
  const { checks } = ctx.config;
  return {
    summary: `would run ${plural(checks.length, 'check')}: ${checks.map((c) => c.name).join(', ')}`,
    plan: checksPlan(ctx.config),
  };
}
