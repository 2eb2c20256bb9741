import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planMistakesSummary } from '../../../src/release/report/plan-mistakes.js';

describe('planMistakesSummary', () => {
  it('names each file relative to the working directory (the workspace in Actions)', () => {
    const file = join(process.cwd(), 'phases', 'ca-a2a.yml');
    const md = planMistakesSummary([
      {
        severity: 'error',
        message: 'unknown phase kind "stepp"',
        hint: 'write step',
        position: { file, line: 8, column: 11 },
      },
    ]);
    expect(md).toContain(
      `| ❌ | \`${join('phases', 'ca-a2a.yml')}:8:11\` | unknown phase kind "stepp" | write step |`,
    );
    expect(md).toContain('the plan has 1 mistake; nothing was changed');
  });
});
