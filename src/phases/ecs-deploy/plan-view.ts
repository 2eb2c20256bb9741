/**
 * The dry run's reviewable content per service: what would happen, the revision it would run,
 * the service settings that change (desired count, deployment configuration, network) and the
 * full task definition diff.
 */
import type { Service } from '@aws-sdk/client-ecs';
import { type PhasePlan, type PlanBlock, type PlanItem, planItem } from '../../core/plan-view.js';
import { plural } from '../../core/text.js';
import type { PhaseReport } from '../kind.js';
import { shortName } from './aws.js';
import { createInput, updateInput } from './deploy.js';
import { changeLine, definitionDiff, jsonDiff } from './diff.js';
import type { Prepared } from './prepare.js';
import { countLine } from './report.js';

const PLAN_VERBS: Record<Prepared['action'], string> = {
  create: 'to create',
  update: 'to update',
  unchanged: 'unchanged',
  'in-flight': 'still rolling out',
};

/**
 * `next`: per service that needs a new revision, the one registering it would give
 * (`family:N`); see plan.ts.
 */
export function planReport(prepared: readonly Prepared[], next: Map<string, string>): PhaseReport {
  const items = prepared.map((p) => serviceItem(p, next.get(p.name)));
  const outcomes = prepared.map((p) => ({ prepared: p, arn: p.arn }));
  const plan: PhasePlan = { changes: prepared.some((p) => p.action !== 'unchanged'), items };
  return {
    summary: `${plural(prepared.length, 'service')}: ${countLine(outcomes, PLAN_VERBS)}`,
    plan,
  };
}

function serviceItem(p: Prepared, next: string | undefined): PlanItem {
  const target = p.arn ? shortName(p.arn) : `${next ?? 'a new revision'} (to register)`;
  const from = p.live ? shortName(p.current?.arn) : '(new service)';
  if (p.action === 'unchanged') return planItem(`${p.name}: unchanged (${target})`);
  const facts = [actionText(p), `revision: ${from} → ${target}`];
  const what = p.live ? changeLine(p.current?.input ?? {}, p.desired) : 'new service';
  const blocks = [...settingsDiff(p), ...definitionDiff(p.current?.input, p.desired)];
  return planItem(`${p.name}: ${what || 'same task definition'}`, facts, blocks);
}

function actionText(p: Prepared): string {
  const where = `in ${p.cluster}`;
  if (p.action === 'create') return `would create the service ${where}`;
  if (p.action === 'update') return `would update ${where} (${p.reasons.join(', ')})`;
  if (p.action === 'in-flight')
    return `${where}: its rollout has not finished: the run would wait for it and judge it`;
  return `would update ${where}`;
}

/** The settings UpdateService (or CreateService) would send, against what the service has. */
function settingsDiff(p: Prepared): PlanBlock[] {
  const arn = p.arn ?? 'new';
  const before = p.live ? serviceSettings(p.live) : undefined;
  const after = p.live
    ? { ...before, ...serviceSettings({ ...p.live, ...updateInput(p, p.live, arn) }) }
    : serviceSettings(createInput(p, arn));
  const text = jsonDiff(before, after);
  return text ? [{ label: 'service settings', language: 'diff', text }] : [];
}

type Settings = Pick<Service, 'desiredCount' | 'deploymentConfiguration' | 'networkConfiguration'>;

function serviceSettings(s: Settings): Settings {
  return {
    desiredCount: s.desiredCount,
    deploymentConfiguration: s.deploymentConfiguration,
    networkConfiguration: s.networkConfiguration,
  };
}
