/** Seeds 6, 7, 8, 9, 10 of the fault rehearsal (test/e2e/faults.ts); the other half runs beside it. */
import { describe, it } from 'vitest';
import { rehearseWithFaults } from './faults.js';

describe('the CA-A2A rehearsal with 25% of all calls failing', () => {
  for (const seed of [6, 7, 8, 9, 10])
    it(`succeeds with seed ${seed}`, () => rehearseWithFaults(seed), 120_000);
});
