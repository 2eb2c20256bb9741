/**
 * A dry run's reviewable content (core/plan-view.ts) as the terminal's plain text and as the
 * step summary's markdown: the same lines, facts and blocks in both, in the same order.
 */
import { type Paint, plain } from '../../core/colour.js';
import { escapeHtml, fenced } from '../../core/markdown.js';
import type { PhasePlan, PlanBlock, PlanItem } from '../../core/plan-view.js';
import type { RunResult } from '../../engine/result.js';

const INDENT = '    ';

/**
 * Every planned phase's plan, for the terminal above the phase table; '' when none has one. On a
 * terminal with colour a diff's added lines are green and removed ones red, as `git diff` has it.
 */
export function planText(result: RunResult, paint: Paint = plain): string {
  const phases = result.phases.filter((p) => p.status === 'planned' && p.plan);
  return phases
    .map((p) => {
      const plan = p.plan as PhasePlan;
      const items = plan.items.map((item) => itemText(item, paint));
      return [`${p.id} (${p.uses}): ${p.summary}`, ...items].join('\n');
    })
    .join('\n\n');
}

function itemText(item: PlanItem, paint: Paint): string {
  const facts = item.facts.map((f) => `${INDENT}${f}`);
  const blocks = item.blocks.map((b) => `${INDENT}${b.label}:\n${blockLines(b, paint)}`);
  return [`  ${item.line}`, ...facts, ...blocks].join('\n');
}

function blockLines(block: PlanBlock, paint: Paint): string {
  return block.text
    .split('\n')
    .map((line) => {
      const tone = block.language !== 'diff' ? undefined : TONE[line[0] ?? ''];
      return `${INDENT}  ${tone ? paint(tone, line) : line}`;
    })
    .join('\n');
}

const TONE: Record<string, 'good' | 'bad' | 'dim'> = { '+': 'good', '-': 'bad', '@': 'dim' };

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
