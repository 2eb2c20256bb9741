/** A cancelled workflow: SIGTERM must end the run promptly, recorded as cancelled, exit 130. */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';

it('SIGTERM cancels the running phase and exits 130 within 10 s', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'phasegate-signal-'));
  const plan = join(dir, 'plan.yml');
  writeFileSync(
    plan,
    'version: 1\napp: a\nregion: eu-west-3\nrecord: { store: none }\nphases:\n  - id: deploy\n    uses: step\n    with: { ms: 60000 }\n  - id: verify\n    uses: step\n',
  );
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'test/fixtures/cli/slow-release.ts', plan],
    { stdio: 'pipe' },
  );
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  await new Promise<void>((resolve) => {
    const check = () => (out.includes('[deploy] ▶ started') ? resolve() : setTimeout(check, 50));
    check();
  });
  const signalled = Date.now();
  child.kill('SIGTERM');
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  expect(Date.now() - signalled).toBeLessThan(10_000);
  expect(code).toBe(130);
  expect(out).toMatch(/cancelled\s+deploy\s+step/);
  expect(out).toContain('not started: the run was cancelled (SIGTERM)');
}, 30_000);
