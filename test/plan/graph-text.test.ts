import { describe, expect, it } from 'vitest';
import { graphText, stages } from '../../src/plan/graph.js';

const ca = [
  { id: 'migrate', needs: [] },
  { id: 'admin-api', needs: ['migrate'] },
  { id: 'agents', needs: ['migrate'] },
  { id: 'verify', needs: ['admin-api', 'agents'] },
  { id: 'functional-tests', needs: ['verify'] },
];

describe('the phase graph as text', () => {
  it('stages: phases of one stage may run side by side', () => {
    expect(stages(ca)).toEqual([
      ['migrate'],
      ['admin-api', 'agents'],
      ['verify'],
      ['functional-tests'],
    ]);
  });

  it('a phase waits for the latest stage it needs, not the first', () => {
    const p = [
      { id: 'a', needs: [] },
      { id: 'b', needs: ['a'] },
      { id: 'c', needs: ['a', 'b'] },
      { id: 'd', needs: [] },
    ];
    expect(stages(p)).toEqual([['a', 'd'], ['b'], ['c']]);
  });

  it('says what waits for what', () => {
    expect(graphText(ca)).toBe(
      [
        '  1. migrate',
        '  2. admin-api, agents (side by side), after migrate',
        '  3. verify, after admin-api, agents',
        '  4. functional-tests, after verify',
      ].join('\n'),
    );
  });
});
