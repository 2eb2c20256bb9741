/** Whether a dry run would change anything: the answer behind exit 3 and `changes`. */
import { describe, expect, it } from 'vitest';
import { type PhaseResult, planHasChanges } from '../../src/engine/result.js';

function phase(status: PhaseResult['status'], changes?: boolean): PhaseResult {
  return {
    id: status,
    name: status,
    uses: 'x',
    status,
    summary: '',
    outputs: {},
    gates: [],
    ...(changes === undefined ? {} : { plan: { changes, items: [] } }),
  };
}

describe('planHasChanges', () => {
  it('is false when every planned phase changes nothing and the rest were not planned', () => {
    const phases = [
      phase('planned', false),
      phase('done-earlier'),
      phase('not-selected'),
      phase('skipped'),
    ];
    expect(planHasChanges({ phases })).toBe(false);
  });

  it('is true as soon as one planned phase would change something, or gave no plan', () => {
    expect(planHasChanges({ phases: [phase('planned', false), phase('planned', true)] })).toBe(
      true,
    );
    expect(planHasChanges({ phases: [phase('planned')] })).toBe(true);
  });
});
