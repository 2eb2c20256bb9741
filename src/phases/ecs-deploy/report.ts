/**
 * What the phase tells the summary: per service the revision before and after, images,
 * running/desired, rollout state, how long it took and a link to its deployments in the console;
 * and the task definition ARN of every service as an output for later phases.
 */

import { serviceLink } from '../../aws/ecs/links.js';
import { containerDefinitionsOf } from '../../aws/ecs/task-definitions.js';
import { formatDuration } from '../../core/duration.js';
import { cell } from '../../core/markdown.js';
import { shortName } from './aws.js';
import { taskDefinitionOutput } from './outputs.js';
import type { Prepared } from './prepare.js';
import type { Rollout } from './watch.js';

export interface ServiceOutcome {
  prepared: Prepared;
  /** The revision the service runs (or was asked to run) after this phase. */
  arn: string | undefined;
  rollout?: Rollout;
}

/** What the service runs after the phase: the previous revision when ECS rolled it back. */
function liveArn({ arn, rollout }: ServiceOutcome): string | undefined {
  return rollout?.rolledBackByEcs ? (rollout.last?.taskDefinition ?? arn) : arn;
}

/** `<service>-task-definition-arn`: what a later phase (a one-off task, a check) runs. */
export function outputsOf(outcomes: readonly ServiceOutcome[]): Record<string, string> {
  const outputs: Record<string, string> = {};
  for (const o of outcomes) {
    const arn = liveArn(o);
    if (arn !== undefined) outputs[taskDefinitionOutput(o.prepared.name)] = arn;
  }
  return outputs;
}

export function serviceTable(region: string, outcomes: readonly ServiceOutcome[]): string {
  const rows = outcomes.map((o) => {
    const { prepared: p, rollout: r } = o;
    const primary = r?.last?.deployments?.find((d) => d.status === 'PRIMARY');
    const cells = [
      `[${cell(p.name)}](${serviceLink(region, p.cluster, p.name)})`,
      cell(revisionCell(o)),
      imagesOf(o).map(cell).join('<br>'),
      primary ? `${primary.runningCount ?? 0}/${primary.desiredCount ?? 0}` : '',
      cell(stateOf(o)),
      r?.endedAt !== undefined ? formatDuration(r.endedAt - r.startedAt) : '',
    ];
    return `| ${cells.join(' | ')} |`;
  });
  return [
    '| service | revision | images | running/desired | rollout | duration |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

function stateOf({ prepared, rollout }: ServiceOutcome): string {
  if (!rollout) return prepared.action === 'unchanged' ? 'unchanged' : 'not started';
  if (rollout.outcome === 'failed') {
    if (rollout.crashLooped) return 'FAILED (crash loop)';
    return rollout.rolledBackByEcs ? 'FAILED (rolled back by ECS)' : 'FAILED';
  }
  if (rollout.outcome === 'completed') return 'COMPLETED';
  const primary = rollout.last?.deployments?.find((d) => d.status === 'PRIMARY');
  return primary?.rolloutState ?? 'IN_PROGRESS';
}

/** "web:8 → web:9", and where it ended when ECS rolled it back: "web:8 → web:9, back on web:8". */
function revisionCell(o: ServiceOutcome): string {
  const p = o.prepared;
  const tried = `${p.live ? shortName(p.current?.arn) : '(new)'} → ${shortName(o.arn)}`;
  const live = liveArn(o);
  return live !== o.arn ? `${tried}, back on ${shortName(live)}` : tried;
}

/** The images the service runs at the end: the previous revision's after an ECS rollback. */
function imagesOf(o: ServiceOutcome): string[] {
  const back = liveArn(o) !== o.arn && o.prepared.current;
  return containerImages(back ? back.input : o.prepared.desired);
}

/** "orchestrator: …/orchestrator:v5.0", one per container of a task definition. */
export function containerImages(definition: object): string[] {
  return containerDefinitionsOf(definition).map((c) => `${String(c.name)}: ${String(c.image)}`);
}

/** "1 created, 4 updated" / "5 unchanged"; counts only what applies. */
export function countLine(outcomes: readonly ServiceOutcome[], verbs = VERBS): string {
  const counts = new Map<string, number>();
  for (const { prepared } of outcomes)
    counts.set(prepared.action, (counts.get(prepared.action) ?? 0) + 1);
  return [...counts].map(([action, n]) => `${n} ${verbs[action as Prepared['action']]}`).join(', ');
}

const VERBS: Record<Prepared['action'], string> = {
  create: 'created',
  update: 'updated',
  unchanged: 'unchanged',
  'in-flight': 'finished rolling out',
};
