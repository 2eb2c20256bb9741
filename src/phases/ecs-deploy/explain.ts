/**
 * Why a rollout failed, in ECS's own words, for the failing service's part of the report: the
 * service events since the deploy began and the reasons the new revision's tasks stopped.
 */
import type { StoppedReason } from '../../aws/ecs/tasks.js';
import { shortTaskIds } from '../../core/text.js';

/** Markdown for the failing service's part of the report. */
export function explanation(service: string, events: string[], stopped: StoppedReason[]): string {
  const lines = [`**${service}**`, ''];
  if (events.length > 0)
    lines.push('Service events:', '', ...events.map((e) => `> ${shortTaskIds(e)}  `), '');
  if (stopped.length > 0)
    lines.push(
      'Stopped tasks:',
      '',
      ...stopped.map((s) => `- ${s.count > 1 ? `${s.count} tasks: ` : ''}${s.reason}`),
      '',
    );
  if (events.length === 0 && stopped.length === 0)
    lines.push('ECS gave no service event and no stopped task reason.', '');
  return lines.join('\n');
}
