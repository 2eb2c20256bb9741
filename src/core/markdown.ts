/**
 * Markdown for the step summary, written once: every table cell, table and code block of every
 * kind goes through here, so they all escape alike (GitHub renders summary HTML).
 */
import { oneLine } from './text.js';

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A markdown table cell: one line, no HTML, pipes escaped. */
export function cell(text: string | number | undefined): string {
  return escapeHtml(oneLine(String(text ?? ''))).replace(/\|/g, '\\|');
}

export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  return [
    `| ${headers.join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n');
}

/** A fenced code block that text holding backticks cannot close early. */
export function fenced(text: string, language = 'text'): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${language}\n${text}\n${fence}`;
}
