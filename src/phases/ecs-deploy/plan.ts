/** The dry run: every service's next revision and what would change, with read-only calls. */
import { ECSClient } from '@aws-sdk/client-ecs';
import { findTaskDefinition } from '../../aws/ecs/revisions.js';
import type { PhaseContext, PhaseReport } from '../kind.js';
import { planReport } from './plan-view.js';
import { prepareServices } from './prepare.js';
import type { EcsDeployConfig } from './settings.js';

export async function planDeploy(ctx: PhaseContext<EcsDeployConfig>): Promise<PhaseReport> {
  const prepared = await prepareServices(ctx);
  const ecs = ctx.aws.client(ECSClient);
  const next = new Map<string, string>();
  for (const p of prepared) {
    const family = p.desired.family;
    if (p.arn !== undefined || typeof family !== 'string') continue;
    // "the revision value always increases by one … even if you deregistered previous
    // revisions" (TaskDefinition.revision, ECS API reference): the latest ACTIVE one + 1, unless
    // a later one was deregistered (DescribeTaskDefinition of a family answers the latest ACTIVE).
    const latest = await findTaskDefinition(ecs, family, ctx.signal);
    next.set(p.name, `${family}:${(latest?.revision ?? 0) + 1}`);
  }
  return planReport(prepared, next);
}
