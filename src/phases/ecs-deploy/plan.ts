/** The dry run: every service's next revision and what would change, with read-only calls. */
import type { PhaseContext, PhaseReport } from '../kind.js';
import { prepareServices } from './prepare.js';
import { planReport } from './report.js';
import type { EcsDeployConfig } from './settings.js';

export async function planDeploy(ctx: PhaseContext<EcsDeployConfig>): Promise<PhaseReport> {
  return planReport(ctx.plan.region, await prepareServices(ctx));
}
