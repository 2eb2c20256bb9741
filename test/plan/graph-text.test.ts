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

  it('names the gates a stage must pass', () => {
    const gated = ca.map((p) =>
      p.id === 'agents'
        ? { ...p, gates: { before: [{ name: 'table exists' }], after: [] } }
        : p.id === 'verify'
          ? { ...p, gates: { before: [], after: [{ name: 'healthy' }, { name: 'stable' }] } }
          : p,
    );
    expect(graphText(gated)).toContain(
      '  2. admin-api, agents (side by side), after migrate\n     agents gates before: table exists\n  3. verify',
    );
    expect(graphText(gated)).toContain('     verify gates after: healthy, stable');
  });
});
