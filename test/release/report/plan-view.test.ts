/** A dry run's plan as terminal text and as markdown: the same lines, facts and blocks. */
import { describe, expect, it } from 'vitest';
import type { Paint } from '../../../src/core/colour.js';
import type { RunResult } from '../../../src/engine/result.js';
import { planMarkdown, planText } from '../../../src/release/report/plan-view.js';

const plan = {
  changes: true,
  items: [
    {
      line: 'web: image v5.0 → v5.1',
      facts: ['revision: web:7 → web:8 (to register)'],
      blocks: [
        { label: 'container web', language: 'diff' as const, text: ' {\n-  "a": 1\n+  "a": 2' },
      ],
    },
  ],
};

const result: RunResult = {
  mode: 'plan',
  status: 'succeeded',
  startedAt: 0,
  endedAt: 1,
  bug: false,
  releaseComplete: false,
  phases: [
    {
      id: 'deploy',
      name: 'Deploy',
      uses: 'ecs-deploy',
      status: 'planned',
      summary: '1 service: 1 to update',
      outputs: {},
      gates: [],
      plan,
    },
    {
      id: 'old',
      name: 'Old',
      uses: 'checks',
      status: 'done-earlier',
      summary: 'done',
      outputs: {},
      gates: [],
      plan,
    },
  ],
};

describe('the plan view', () => {
  it('prints planned phases only, indented, the diff as it is', () => {
    expect(planText(result)).toBe(
      [
        'deploy (ecs-deploy): 1 service: 1 to update',
        '  web: image v5.0 → v5.1',
        '    revision: web:7 → web:8 (to register)',
        '    container web:',
        '       {',
        '      -  "a": 1',
        '      +  "a": 2',
      ].join('\n'),
    );
  });

  it('colours added and removed lines of a diff when asked', () => {
    const paint: Paint = (tone, text) => `<${tone}>${text}`;
    expect(planText(result, paint)).toContain('      <bad>-  "a": 1\n      <good>+  "a": 2');
  });

  it('writes the same content as markdown, diffs fenced', () => {
    expect(planMarkdown(plan)).toBe(
      [
        '**web: image v5.0 → v5.1**',
        '',
        '- revision: web:7 → web:8 (to register)',
        '',
        'container web:',
        '',
        '```diff\n {\n-  "a": 1\n+  "a": 2\n```',
      ].join('\n'),
    );
    expect(
      planMarkdown({ changes: true, items: [], couldNotLook: 'AccessDeniedException: no' }),
    ).toBe('> ⚠️ The plan could not look: AccessDeniedException: no');
  });
});
