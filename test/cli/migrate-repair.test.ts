/**
 * `phasegate migrate repair` and `unlock` through the CLI against the sandbox's Data API: a
 * changed applied file stops the run; repair accepts it; the next run applies nothing and
 * changes nothing. unlock removes a lease a killed runner left, saying whose it was.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { migrateKind } from '../../src/phases/migrate/index.js';
import { Registry } from '../../src/phases/registry.js';
import { clientsFor, useSandbox, withSandboxEnv } from '../helpers/sandbox.js';
import {
  CLUSTER_ARN,
  migrateScenario,
  migrationsDir,
  query,
  SECRET_ARN,
} from '../phases/migrate/harness.js';

const sandbox = useSandbox(() => ({ scenario: migrateScenario() }));
const dir = migrationsDir({ '001_create_items.sql': 'CREATE TABLE items (id int PRIMARY KEY);\n' });
const plan = join(dir, 'plan.yml');
let restore: () => void;

beforeAll(() => {
  restore = withSandboxEnv(sandbox());
  writeFileSync(
    plan,
    `version: 1\napp: demo\nregion: eu-west-3\nphases:\n  - id: db\n    uses: migrate\n    with:\n      resource-arn: ${CLUSTER_ARN}\n      secret-arn: ${SECRET_ARN}\n      database: documents\n      directory: ${dir}\n`,
  );
});
afterAll(() => restore());

let release = 0;

/** Each run is a new version, as each release of an app would be. */
async function cli(argv: string[]) {
  if (argv[0] === 'run') argv.push('--version', `v1.${++release}`);
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), env: process.env };
  const code = await main(argv, io, new Registry({ phases: [migrateKind] }));
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('phasegate migrate repair', () => {
  it('accepts a changed applied file so the release can go on', async () => {
    expect((await cli(['run', plan])).code).toBe(0);
    writeFileSync(
      join(dir, '001_create_items.sql'),
      '-- items we sell\nCREATE TABLE items (id int PRIMARY KEY);\n',
    );
    const refused = await cli(['run', plan]);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toContain('001_create_items.sql');

    const repaired = await cli(['migrate', 'repair', plan]);
    expect(repaired.code).toBe(0);
    expect(repaired.stdout).toMatch(/repaired|1 checksum/i);
    // Plain text for a terminal, not the summary's markdown.
    expect(repaired.stdout).toMatch(
      /^- 001_create_items\.sql: checksum [0-9a-f]{8} → [0-9a-f]{8}$/m,
    );
    expect(repaired.stdout).not.toMatch(/\*\*|`/);

    const after = await cli(['run', plan, '--json']);
    expect(after.code).toBe(0);
    expect(JSON.parse(after.stdout).phases[0].outputs.applied).toBe('0');
  });

  it('names the migrate phases when --phase is wrong', async () => {
    const r = await cli(['migrate', 'repair', plan, '--phase', 'database']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the plan has no migrate phase "database"');
    expect(r.stderr).toContain('its migrate phases: db');
  });
});

describe('phasegate migrate unlock', () => {
  it("removes a killed runner's lease at once, saying whose it was; then there is none", async () => {
    expect((await cli(['run', plan])).code).toBe(0);
    const clients = clientsFor(sandbox());
    await query(
      clients,
      "INSERT INTO public.phasegate_schema_history_lease (id, owner, expires_at) VALUES ('migrate', 'ci@runner-7 run 41', now() + interval '1 hour')",
    );
    const unlocked = await cli(['migrate', 'unlock', plan]);
    expect(unlocked.code, unlocked.stderr).toBe(0);
    expect(unlocked.stdout).toContain('removed the migration lease held by ci@runner-7 run 41');
    expect(await query(clients, 'SELECT * FROM public.phasegate_schema_history_lease')).toEqual([]);
    const again = await cli(['migrate', 'unlock', plan]);
    expect(again.stdout).toContain('no migration lease is held');
    clients.destroy();
  });
});
