/**
 * A runner killed with SIGKILL at any point: the CLI runs as a child process against the sandbox
 * started here, is killed while a statement of a file's transaction runs, or while it waits on a
 * long statement outside a transaction holding the lease, and a second run completes with every
 * file applied once.
 * time-scale 300: the 45 s call limit is 0.15 s, the 3-minute transaction expiry 0.6 s.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { Sandbox } from '../../../src/sandbox/index.js';
import { useSandbox } from '../../helpers/sandbox.js';
import {
  dataApiSettings,
  historyOf,
  type Migrator,
  migrateScenario,
  migrationsDir,
  migrator,
  phaseOf,
  query,
  uniqueTable,
} from './harness.js';

const sandbox = useSandbox(() => ({ scenario: { ...migrateScenario(), 'time-scale': 300 } }));
let m: Migrator;
beforeAll(() => {
  m = migrator(sandbox());
});
afterAll(() => m?.close());

let runs = 0;

/** `phasegate run PLAN` in a child process, pointed at the sandbox by its environment. */
function startCli(settings: Record<string, unknown>): ChildProcess {
  const dir = mkdtempSync(join(tmpdir(), 'phasegate-killed-'));
  const plan = join(dir, 'plan.yml');
  const phases = [{ id: 'migrate', uses: 'migrate', with: settings }];
  writeFileSync(plan, stringify({ version: 1, app: 'ca-a2a', region: 'eu-west-3', phases }));
  return spawn(
    process.execPath,
    // An environment of its own: the killed run before it still holds its release lease.
    ['--import', 'tsx', 'src/cli.ts', 'run', plan, '--version', 'v1', '--env', `kill-${++runs}`],
    {
      env: { ...process.env, ...sandbox().env },
      stdio: 'ignore',
    },
  );
}

/**
 * Resolves once a statement containing `text` has arrived, or (with `timedOut`) has been
 * answered with StatementTimeoutException.
 */
async function sent(
  box: Sandbox,
  text: string,
  child: ChildProcess,
  timedOut = false,
): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const hit = box.requests
      .filter({ service: 'rds-data', operation: 'ExecuteStatement' })
      .some(
        (r) =>
          String(r.params.sql).includes(text) &&
          (!timedOut || r.code === 'StatementTimeoutException'),
      );
    if (hit) return;
    if (child.exitCode !== null) throw new Error(`the CLI exited early (${child.exitCode})`);
    if (Date.now() > deadline) throw new Error(`no timed-out call of ${text}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function kill(child: ChildProcess): Promise<NodeJS.Signals | null> {
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    child.on('exit', (_code, signal) => resolve(signal)),
  );
  child.kill('SIGKILL');
  return exited;
}

describe('migrate: a runner killed with SIGKILL', () => {
  it('killed inside a file transaction: the re-run applies every file exactly once', async () => {
    const table = uniqueTable();
    const dir = migrationsDir({
      '001_create_kill_log.sql': 'CREATE TABLE kill_log (version int NOT NULL);\n',
      // Two statements of 36 s simulated each (0.12 s real), within the 45 s call limit: the
      // kill lands while the file's transaction is open (a statement inside a transaction must
      // finish within the limit; it is never left running on with continueAfterTimeout).
      '002_slow.sql': [
        'INSERT INTO kill_log VALUES (2);',
        'DO $$ BEGIN PERFORM pg_sleep(0.12); END $$;',
        'DO $$ BEGIN PERFORM pg_sleep(0.12); END $$;',
      ].join('\n'),
      '003_after.sql': 'INSERT INTO kill_log VALUES (3);\n',
    });
    const settings = dataApiSettings(dir, table);
    sandbox().requests.clear();
    const child = startCli(settings);
    await sent(sandbox(), 'pg_sleep', child);
    expect(await kill(child)).toBe('SIGKILL');

    const again = phaseOf(await m.run(settings));
    expect(again.status, again.error?.message).toBe('succeeded');
    expect((await historyOf(m.clients, table)).map((r) => r.version)).toEqual([1, 2, 3]);
    expect(await query(m.clients, 'SELECT version FROM kill_log ORDER BY version')).toEqual([
      { version: 2 },
      { version: 3 },
    ]);
  }, 30_000);

  it('killed outside a transaction holding the lease: the re-run takes the lease over once expired', async () => {
    const table = uniqueTable();
    const dir = migrationsDir({
      '001_create_lease_log.sql': 'CREATE TABLE lease_log (version int PRIMARY KEY);\n',
      '002_alone.sql': [
        '-- phasegate:no-transaction',
        'DO $$ BEGIN PERFORM pg_sleep(0.5); END $$;',
        // Safe to run twice, as such files must be: the re-run starts the file again.
        'INSERT INTO lease_log VALUES (2) ON CONFLICT DO NOTHING;',
      ].join('\n'),
      '003_after.sql': 'INSERT INTO lease_log VALUES (3);\n',
    });
    const settings = dataApiSettings(dir, table, { 'lease-duration': '1s' });
    sandbox().requests.clear();
    const child = startCli(settings);
    await sent(sandbox(), 'pg_sleep', child, true);
    expect(await kill(child)).toBe('SIGKILL');
    const [lease] = await query(m.clients, `SELECT owner FROM public.${table}_lease`);
    expect(lease?.owner).toBeTruthy();

    const again = phaseOf(await m.run(settings));
    expect(again.status, again.error?.message).toBe('succeeded');
    expect(m.logs.get('migrate')?.text()).toMatch(
      new RegExp(`waiting for the migration lease held by ${String(lease?.owner)}`),
    );
    expect((await historyOf(m.clients, table)).map((r) => r.version)).toEqual([1, 2, 3]);
    expect(await query(m.clients, 'SELECT version FROM lease_log ORDER BY version')).toEqual([
      { version: 2 },
      { version: 3 },
    ]);
    expect(await query(m.clients, `SELECT owner FROM public.${table}_lease`)).toEqual([]);
  }, 30_000);
});
