/** What the `ecs-service` check does when it runs; loaded on first use. */
import type { Service } from '@aws-sdk/client-ecs';
import { ECSClient } from '@aws-sdk/client-ecs';
import { describeTaskDefinition } from '../../aws/ecs/revisions.js';
import { describeServices } from '../../aws/ecs/services.js';
import { explainAwsError } from '../../aws/errors.js';
import { table } from '../../core/markdown.js';
import { oneLine } from '../../core/text.js';
import type { CheckContext, CheckResult } from '../kind.js';
import type { EcsServiceCheckConfig } from './settings.js';
import { imageTag, instabilities, primaryOf, revisionName } from './state.js';

interface Verdict {
  name: string;
  service: Service | undefined;
  problems: string[];
  images: string[];
}

export async function run(ctx: CheckContext<EcsServiceCheckConfig>): Promise<CheckResult> {
  const c = ctx.config;
  const ecs = ctx.aws.client(ECSClient);
  try {
    const services = await describeServices(ecs, c.cluster, c.services, ctx.signal);
    const verdicts = c.services.map((name) => {
      const service = services.get(name);
      return { name, service, problems: instabilities(service), images: [] as string[] };
    });
    const tag = c['expect-image-tag'];
    if (tag !== undefined) await checkImageTags(ecs, verdicts, tag, ctx.signal);
    return result(verdicts, c);
  } catch (error) {
    if (ctx.signal.aborted) throw error;
    const failure = ecsFailure(error, c.cluster);
    if (failure === undefined) throw error;
    return { ok: false, summary: failure };
  }
}

/** One DescribeTaskDefinition per distinct PRIMARY revision; adds a problem per wrong image. */
async function checkImageTags(
  ecs: ECSClient,
  verdicts: Verdict[],
  tag: string,
  signal: AbortSignal,
): Promise<void> {
  const revisions = new Map<string, Promise<string[]>>();
  for (const verdict of verdicts) {
    const arn = primaryOf(verdict.service)?.taskDefinition;
    if (!arn) continue;
    if (!revisions.has(arn)) revisions.set(arn, imagesOf(ecs, arn, signal));
    verdict.images = await (revisions.get(arn) as Promise<string[]>);
    for (const image of verdict.images) {
      const found = imageTag(image);
      if (found !== tag)
        verdict.problems.push(`runs ${image.split('/').at(-1)}, expected tag ${tag}`);
    }
  }
}

async function imagesOf(ecs: ECSClient, arn: string, signal: AbortSignal): Promise<string[]> {
  const revision = await describeTaskDefinition(ecs, arn, signal);
  return (revision.containerDefinitions ?? []).map((d) => d.image ?? '');
}

function result(verdicts: Verdict[], c: EcsServiceCheckConfig): CheckResult {
  const stable = verdicts.filter((v) => v.problems.length === 0);
  const tag = c['expect-image-tag'];
  const count = `${stable.length}/${verdicts.length} services stable${tag ? ` on ${tag}` : ''}`;
  const details = detailsTable(verdicts, tag !== undefined);
  if (stable.length === verdicts.length) return { ok: true, summary: count, details };
  const why = verdicts
    .filter((v) => v.problems.length > 0)
    .map((v) => `${v.name}: ${v.problems.join(', ')}`);
  return { ok: false, summary: `${count}; ${why.join('; ')}`, details };
}

function detailsTable(verdicts: Verdict[], withImages: boolean): string {
  const rows = verdicts.map(({ name, service, problems, images }) => {
    const primary = primaryOf(service);
    return [
      problems.length === 0 ? '✅' : '❌',
      name,
      service?.status ?? 'MISSING',
      String(service?.deployments?.length ?? 0),
      primary?.rolloutState ?? '',
      service ? `${service.runningCount ?? 0}/${service.desiredCount ?? 0}` : '',
      revisionName(primary?.taskDefinition ?? service?.taskDefinition),
      ...(withImages ? [images.map((i) => i.split('/').at(-1)).join(', ')] : []),
    ];
  });
  const headers = ['', 'service', 'status', 'deployments', 'rollout', 'running/desired'];
  return table([...headers, 'task definition', ...(withImages ? ['images'] : [])], rows);
}

/** ECS refusals a plan causes (an unknown cluster), in words; undefined for anything else. */
function ecsFailure(error: unknown, cluster: string): string | undefined {
  if (!(error instanceof Error)) return undefined;
  const explained = explainAwsError(error);
  if (explained) return `${explained.message} (${explained.hint})`;
  if (error.name === 'ClusterNotFoundException') return `cluster "${cluster}" not found`;
  return '$metadata' in error ? `ECS ${error.name}: ${oneLine(error.message)}` : undefined;
}
