/**
 * A dry run's reviewable content (core/plan-view.ts) as the terminal's plain text and as the
 * step summary's markdown: the same lines, facts and blocks in both, in the same order.
 */
import { escapeHtml, fenced } from '../../core/markdown.js';
import type { PhasePlan, PlanItem } from '../../core/plan-view.js';
import type { RunResult } from '../../engine/result.js';

const INDENT = '    ';

/** Every planned phase's plan, for the terminal above the phase table; '' when none has one. */
export function planText(result: RunResult): string {
  const phases = result.phases.filter((p) => p.status === 'planned' && p.plan);
  return phases
    .map((p) => {
      const plan = p.plan as PhasePlan;
      const items = plan.items.map(itemText);
      return [`${p.id} (${p.uses}): ${p.summary}`, ...items].join('\n');
    })
    .join('\n\n');
}

function itemText(item: PlanItem): string {
  const facts = item.facts.map((f) => `${INDENT}${f}`);
  const blocks = item.blocks.map(
    (b) => `${INDENT}${b.label}:\n${b.text.replace(/^/gm, `${INDENT}  `)}`,
  );
  return [`  ${item.line}`, ...facts, ...blocks].join('\n');
}

/** The phase's section of the step summary. */
export function planMarkdown(plan: PhasePlan): string {
  const blind = plan.couldNotLook
    ? [`> ⚠️ The plan could not look: ${escapeHtml(plan.couldNotLook)}`]
    : [];
  return [...blind, ...plan.items.map(itemMarkdown)].join('\n\n');
}

function itemMarkdown(item: PlanItem): string {
  const facts =
    item.facts.length > 0 ? [item.facts.map((f) => `- ${escapeHtml(f)}`).join('\n')] : [];
  const blocks = item.blocks.map((b) => `${escapeHtml(b.label)}:\n\n${fenced(b.text, b.language)}`);
  return [`**${escapeHtml(item.line)}**`, ...facts, ...blocks].join('\n\n');
}
