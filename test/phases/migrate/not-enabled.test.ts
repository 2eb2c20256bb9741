/**
 * A cluster without the Data API (or the ARN of another cluster or Region): migrate explains it,
 * as the sql check does, instead of exiting 1 with "a bug in phasegate".
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { useSandbox } from '../../helpers/sandbox.js';
import {
  dataApiSettings,
  type Migrator,
  migrateScenario,
  migrationsDir,
  migrator,
  phaseOf,
  uniqueTable,
} from './harness.js';

const sandbox = useSandbox(() => ({ scenario: migrateScenario() }));
let m: Migrator;
beforeAll(() => {
  m = migrator(sandbox());
});
afterAll(() => m?.close());

it('a cluster ARN the Data API does not serve: an explained failure with what to do', async () => {
  const dir = migrationsDir({ '001_a.sql': 'CREATE TABLE a (id int);\n' });
  const settings = dataApiSettings(dir, uniqueTable());
  const wrong = { ...settings, 'resource-arn': `${String(settings['resource-arn'])}-old` };
  const phase = phaseOf(await m.run(wrong));
  expect(phase.status).toBe('failed');
  expect(phase.error?.kind).not.toBe('bug');
  expect(phase.summary).toContain('the Data API is not enabled on that cluster');
  expect(phase.error?.hint ?? phase.summary).toContain('via: pg');
});
