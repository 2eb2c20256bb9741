/** The step summary for a plan that did not pass validation: every mistake, where, what to write. */

import type { Diagnostic } from '../../core/errors.js';
import { cell } from '../../core/markdown.js';
import { shownPath } from '../../core/paths.js';
import { plural } from '../../core/text.js';

export function planMistakesSummary(diagnostics: Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const rows = diagnostics.map((d) => {
    const where = d.position
      ? `\`${shownPath(d.position.file)}:${d.position.line}:${d.position.column}\``
      : '';
    return `| ${d.severity === 'error' ? '❌' : '⚠️'} | ${where} | ${cell(d.message)} | ${cell(d.hint ?? '')} |`;
  });
  const title = `## ❌ phasegate: the plan has ${plural(errors, 'mistake')}; nothing was changed`;
  return [title, '', '| | Where | Mistake | What to write |', '|---|---|---|---|', ...rows].join(
    '\n',
  );
}
