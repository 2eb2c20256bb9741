/**
 * The dry run: resolve the task definition and the network with read-only calls, check the
 * overrides against the containers, and say what would run.
 */

import { plural } from '../../core/text.js';
import type { PhaseContext, PhaseReport } from '../kind.js';
import { resolvePlacement } from './network.js';
import { planDetails, runTaskPlan } from './report.js';
import type { EcsRunTaskConfig } from './settings.js';
import { taskOverrides } from './start.js';
import { checkContainerNames, resolveTaskDefinition } from './task-definition.js';

type Ctx = PhaseContext<EcsRunTaskConfig>;

export async function planRunTask(ctx: Ctx): Promise<PhaseReport> {
  const definition = await resolveTaskDefinition(ctx, 'plan');
  checkContainerNames(definition, ctx.config);
  if (definition.source !== 'not-known-yet') taskOverrides(ctx.config, definition);
  const placement = await resolvePlacement(ctx, definition);
  const { count, cluster } = ctx.config;
  const shown = { config: ctx.config, definition, placement };
  return {
    summary: `would run ${plural(count, 'task')} of ${definition.label} on ${cluster}`,
    details: planDetails(shown),
    plan: runTaskPlan(shown),
  };
}
