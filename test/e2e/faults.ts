/**
 * The CA-A2A rehearsal under a flaky world: a quarter of all calls to every service fail
 * (throttled, 5xx, connection dropped before or after the call was carried out), migration statements and commits included, drawn from a
 * seeded generator (`fault-seed`) so a seed fails the same calls on every run. Each seed runs as
 * its own `phasegate run --sandbox` process, several at once: the waiting is the SDK's and
 * phasegate's real back-off, not CPU.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse, stringify } from 'yaml';

const SERVICES = ['ecs', 'ssm', 'logs', 'rds-data', 'secrets-manager'] as const;
// A dropped call is lost before AWS acts on it, an `answer-lost` one after: both happen, and
// only the second shows a retry that is not safe to repeat (docs/retries.md).
const KINDS = ['throttling', 'server-error', 'drop', 'answer-lost'] as const;
const exec = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'phasegate-faults-'));

/**
 * Rules that fail `rate` of every service's calls, a quarter each of throttling, 5xx, calls
 * dropped before AWS acts and answers lost after it acted.
 */
export function quarterOfCallsFailing(rate = 0.25) {
  return SERVICES.flatMap((service) =>
    KINDS.map((fault) => ({ service, fault, rate: rate / KINDS.length })),
  );
}

// Time-scale 60, not the faster 300 of other e2e tests: the SDK's retry back-off runs in real
// time while the Data API's 3-minute transaction expiry runs in simulated time (3 s here), and
// its 45 s statement limit is 0.75 s real, which a loaded 2-core runner running five rehearsals
// at once must not reach on a simple statement (at 100 it once did, 0.45 s). The run takes
// about as long as at 100: the real back-off dominates.
function scenarioFile(seed: number, rate: number): string {
  const base = parse(readFileSync('sandbox/ca-a2a.yml', 'utf8')) as Record<string, unknown>;
  const file = join(dir, `faults-${seed}.yml`);
  writeFileSync(
    file,
    stringify({
      ...base,
      'time-scale': 60,
      faults: quarterOfCallsFailing(rate),
      'fault-seed': seed,
    }),
  );
  return file;
}

export interface FaultRun {
  seed: number;
  code: number;
  stderr: string;
}

/** One rehearsal with `rate` of every service's calls failing (a quarter by default). */
export async function rehearseWithFaults(seed: number, rate = 0.25): Promise<FaultRun> {
  const args = ['--import', 'tsx', 'src/cli.ts', 'run', 'phases/ca-a2a.yml', '--sandbox'];
  const rest = ['--scenario', scenarioFile(seed, rate), '--env', 'production', '--version', 'v5.1'];
  try {
    const { stderr } = await exec(process.execPath, [...args, ...rest], {
      maxBuffer: 16 * 1024 * 1024,
    });
    return { seed, code: 0, stderr };
  } catch (error) {
    const e = error as { code?: number; stderr?: string; stdout?: string };
    // The reason of a failure is in the table on stdout; the log is on stderr.
    const output = e.stderr === undefined ? String(error) : `${e.stderr}${e.stdout ?? ''}`;
    return { seed, code: e.code ?? -1, stderr: output };
  }
}

/** Runs the seeds `parallel` at a time. */
export async function rehearseSeeds(seeds: number[], parallel: number): Promise<FaultRun[]> {
  const runs: FaultRun[] = [];
  const queue = [...seeds];
  const worker = async () => {
    for (let seed = queue.shift(); seed !== undefined; seed = queue.shift())
      runs.push(await rehearseWithFaults(seed));
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return runs.sort((a, b) => a.seed - b.seed);
}
