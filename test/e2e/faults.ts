/**
 * The CA-A2A rehearsal under a flaky world: a quarter of all calls to every service fail
 * (throttled, 5xx, connection dropped), migration statements and commits included, drawn from a
 * seeded generator so a seed fails the same calls on every run. The release must succeed, and
 * never end as "a bug in phasegate" (exit 1).
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { parse } from 'yaml';
import type { CliIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { startSandbox } from '../../src/sandbox/index.js';
import { withSandboxEnv } from '../helpers/sandbox.js';

const SERVICES = ['ecs', 'ssm', 'logs', 'rds-data', 'secrets-manager'] as const;
const KINDS = ['throttling', 'server-error', 'drop'] as const;

/** Rules that fail `rate` of every service's calls, a third each of throttling, 5xx and drops. */
export function quarterOfCallsFailing(rate = 0.25) {
  return SERVICES.flatMap((service) => KINDS.map((fault) => ({ service, fault, rate: rate / 3 })));
}

// Time-scale 100, not the faster 300 of other e2e tests: the SDK's retry back-off runs in real
// time while the Data API's 3-minute transaction expiry runs in simulated time (1.8 s here).
function scenario(): Record<string, unknown> {
  const base = parse(readFileSync('sandbox/ca-a2a.yml', 'utf8')) as Record<string, unknown>;
  return { ...base, 'time-scale': 100, faults: quarterOfCallsFailing() };
}

export async function rehearseWithFaults(seed: number): Promise<void> {
  const sandbox = await startSandbox({ scenario: scenario(), seed });
  const restore = withSandboxEnv(sandbox);
  let stderr = '';
  const io: CliIo = { stdout: () => {}, stderr: (t) => (stderr += t), env: process.env };
  try {
    const code = await main(
      ['run', 'phases/ca-a2a.yml', '--env', 'production', '--version', 'v5.1'],
      io,
    );
    const faulted = sandbox.requests.all().filter((r) => r.outcome !== 'ok').length;
    expect(faulted, 'the seed injected no fault').toBeGreaterThan(5);
    expect(stderr).not.toContain('this is a bug');
    expect(code, stderr.slice(-3000)).toBe(0);
  } finally {
    restore();
    await sandbox.close();
  }
}
