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

/**
 * The same report as plain text, for a terminal: tables as aligned columns, no emphasis,
 * backticks, fences or HTML, a link as its text and address. For what the CLI prints of a
 * report written as markdown (`phasegate migrate repair`).
 */
export function markdownAsText(markdown: string): string {
  const out: string[] = [];
  let rows: string[][] = [];
  const flush = () => {
    if (rows.length > 0) out.push(...alignedRows(rows));
    rows = [];
  };
  for (const line of markdown.split('\n')) {
    if (/^\s*\|.*\|\s*$/.test(line)) {
      if (!/^\s*\|(\s*:?-+:?\s*\|)+\s*$/.test(line)) rows.push(tableCells(line));
      continue;
    }
    flush();
    if (/^\s*(`{3,}|<\/?(details|summary)\b)/.test(line)) continue;
    out.push(inlineText(line.replace(/^> ?/, '  ').replace(/\s{2}$/, '')));
  }
  flush();
  return out.join('\n').replace(/\n{3,}/g, '\n\n');
}

function tableCells(line: string): string[] {
  const inner = line.trim().slice(1, -1);
  return inner.split(/(?<!\\)\|/).map((c) => inlineText(c.trim().replace(/\\\|/g, '|')));
}

function alignedRows(rows: string[][]): string[] {
  const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) =>
    r
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd(),
  );
}

function inlineText(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\(([^)]*)\)/g, '$1 ($2)')
    .replace(/\*\*([^*]*)\*\*/g, '$1')
    .replace(/`+([^`]*)`+/g, '$1')
    .replace(/<br>/g, ', ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
