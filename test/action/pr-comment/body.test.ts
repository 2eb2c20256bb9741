import { describe, expect, it } from 'vitest';
import { COMMENT_LIMIT, commentBody, commentMarker } from '../../../src/action/pr-comment/body.js';
import { fenced } from '../../../src/core/markdown.js';

const MARKER = commentMarker('ca-a2a', 'production');
const RUN = 'https://github.com/acme/ca-a2a/actions/runs/777';

describe('the plan comment body', () => {
  it('is the marker and the markdown when it fits', () => {
    expect(MARKER).toBe('<!-- phasegate plan: ca-a2a production -->');
    expect(commentBody(MARKER, '## plan', RUN)).toBe(`${MARKER}\n\n## plan`);
  });

  it('a marker cannot be closed early by a name', () => {
    expect(commentMarker('a-->b', 'prod')).toBe('<!-- phasegate plan: a- -b prod -->');
  });

  it("a long plan is cut at a line to GitHub's limit, with a link to the whole summary", () => {
    const lines = Array.from({ length: 4000 }, (_, i) => `| service-${i} | v5.0 → v5.1 |`);
    const body = commentBody(MARKER, lines.join('\n'), RUN);
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body.length).toBeGreaterThan(COMMENT_LIMIT - 200);
    expect(body.startsWith(MARKER)).toBe(true);
    expect(body).toContain(`The whole plan is in the step summary of [this run](${RUN}).`);
    expect(body).toContain('65,536 characters');
    const kept = body.split('\n---\n')[0]?.trimEnd().split('\n').at(-1);
    expect(lines).toContain(kept);
  });

  it('closes the code block and the details a cut leaves open', () => {
    const sql = Array.from({ length: 5000 }, (_, i) => `INSERT INTO t VALUES (${i});`).join('\n');
    const markdown = `<details>\n<summary>db</summary>\n\n${fenced(sql, 'sql')}\n\n</details>`;
    const body = commentBody(MARKER, markdown, undefined);
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body).toMatch(/VALUES \(\d+\);\n```\n\n<\/details>\n\n---\n✂️/);
    expect(body).toContain("The whole plan is in the run's step summary.");
  });
});
