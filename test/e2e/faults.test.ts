import { describe, expect, it } from 'vitest';
import { rehearseSeeds } from './faults.js';

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

describe('the CA-A2A rehearsal with 25% of all calls failing', () => {
  it('succeeds on every one of 10 seeds, and never ends as a bug', async () => {
    const runs = await rehearseSeeds(SEEDS, 5);
    // A bug's stack is what matters; the whole log would be cut short in the failure message.
    const bugs = runs
      .filter((run) => run.stderr.includes('this is a bug'))
      .map((run) => {
        const at = run.stderr.indexOf('this is a bug');
        return `seed ${run.seed}:\n${run.stderr.slice(Math.max(0, at - 1500), at + 2500)}`;
      });
    expect(bugs).toEqual([]);
    expect(
      runs.map((r) => `seed ${r.seed}: exit ${r.code}`),
      runs.find((r) => r.code !== 0)?.stderr.slice(-3000),
    ).toEqual(SEEDS.map((seed) => `seed ${seed}: exit 0`));
  }, 300_000);
});
