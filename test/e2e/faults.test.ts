import { describe, expect, it } from 'vitest';
import { rehearseSeeds } from './faults.js';

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

describe('the CA-A2A rehearsal with 25% of all calls failing', () => {
  it('succeeds on every one of 10 seeds, and never ends as a bug', async () => {
    const runs = await rehearseSeeds(SEEDS, 5);
    for (const run of runs) {
      expect(run.stderr, `seed ${run.seed}`).not.toContain('this is a bug');
    }
    expect(
      runs.map((r) => `seed ${r.seed}: exit ${r.code}`),
      runs.find((r) => r.code !== 0)?.stderr.slice(-3000),
    ).toEqual(SEEDS.map((seed) => `seed ${seed}: exit 0`));
  }, 300_000);
});
