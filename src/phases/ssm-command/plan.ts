/**
 * The dry run: the document, its parameters (secrets masked), the targets and, for instance
 * ids, whether each is an online managed instance (DescribeInstanceInformation, read-only).
 */
import { DescribeInstanceInformationCommand, SSMClient } from '@aws-sdk/client-ssm';
import { plural } from '../../core/text.js';
import type { PhaseContext, PhaseReport } from '../kind.js';
import { type Presence, ssmPlan } from './report.js';
import { describeTargets, registerSecretParameters } from './send.js';
import type { SsmCommandConfig } from './settings.js';

type Ctx = PhaseContext<SsmCommandConfig>;

export async function planSsmCommand(ctx: Ctx): Promise<PhaseReport> {
  registerSecretParameters(ctx.config, ctx.secrets);
  const ids = ctx.config['instance-ids'];
  const presence = ids ? await presenceOf(ctx, ids) : undefined;
  const offline = presence
    ? [...presence].filter(([, ping]) => ping !== 'Online').map(([id]) => id)
    : [];
  for (const id of offline)
    ctx.log.warning(`instance ${id} is ${presence?.get(id) ?? 'not a managed instance'}`);
  const where = ids ? plural(ids.length, 'instance') : describeTargets(ctx.config);
  const warning = offline.length > 0 ? `; not online: ${offline.join(', ')}` : '';
  return {
    summary: `would run ${ctx.config.document} on ${where}${warning}`,
    // Masked here too, not only on the way out: the dry run's point is to show the parameters.
    plan: ctx.secrets.maskValues(ssmPlan(ctx.config, presence)),
  };
}

async function presenceOf(ctx: Ctx, ids: readonly string[]): Promise<Presence> {
  const ssm = ctx.aws.client(SSMClient);
  const presence: Presence = new Map(ids.map((id) => [id, undefined]));
  let token: string | undefined;
  do {
    const page = await ssm.send(
      new DescribeInstanceInformationCommand({
        Filters: [{ Key: 'InstanceIds', Values: [...ids] }],
        MaxResults: 50,
        ...(token ? { NextToken: token } : {}),
      }),
      { abortSignal: ctx.signal },
    );
    for (const i of page.InstanceInformationList ?? [])
      if (i.InstanceId && presence.has(i.InstanceId)) presence.set(i.InstanceId, i.PingStatus);
    token = page.NextToken;
  } while (token);
  return presence;
}
