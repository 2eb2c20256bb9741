/** Seeds 1, 2, 3, 4, 5 of the fault rehearsal (test/e2e/faults.ts); the other half runs beside it. */
import { describe, it } from 'vitest';
import { rehearseWithFaults } from './faults.js';

describe('the CA-A2A rehearsal with 25% of all calls failing', () => {
  for (const seed of [1, 2, 3, 4, 5])
    it(`succeeds with seed ${seed}`, () => rehearseWithFaults(seed), 120_000);
});
