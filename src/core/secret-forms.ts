/**
 * The shapes a secret takes on its way to a sink. Each sink escapes differently, and some
 * escape twice (a table cell is HTML-escaped, then its pipes; the `result` output is JSON of
 * text that may already hold JSON), so the forms are every escaping and every pair of them.
 */
import { escapeHtml } from './markdown.js';

const ESCAPES: readonly ((text: string) => string)[] = [
  // The summary's own escaping (core/markdown.ts), and the full one other HTML writers use.
  escapeHtml,
  (text) => escapeHtml(text).replace(/"/g, '&quot;').replace(/'/g, '&#39;'),
  (text) => escapeHtml(text).replace(/"/g, '&quot;').replace(/'/g, '&#x27;'),
  // Inside a JSON string: `--json`, the `result` output, error messages quoting JSON.
  (text) => JSON.stringify(text).slice(1, -1),
  encodeURIComponent,
  // Markdown table cells escape pipes.
  (text) => text.replace(/\|/g, '\\|'),
];

/** The secret itself first, then each distinct escaped form (one or two escapings deep). */
export function secretForms(secret: string): string[] {
  const forms = new Set([secret]);
  for (const first of ESCAPES) {
    const once = first(secret);
    forms.add(once);
    // The same escaping twice too: the `result` output is JSON of JSON that may quote a secret.
    for (const second of ESCAPES) forms.add(second(once));
  }
  return [...forms];
}
