/**
 * The CA-A2A release killed with SIGKILL at every phase boundary, mid-migration (in a file's
 * transaction and in a no-transaction file), mid-rollout and mid-task, then run again (issue
 * #10). Each kill point has a sandbox of its own and all run side by side, three at a time up to
 * their kill point: the re-runs spend most of their time waiting out the killed run's release
 * lease (15 s here, a minute by default; real time), which costs no CPU. How each point is reached without timing luck: test/e2e/kills.ts.
 */
import { describe, expect, it } from 'vitest';
import {
  FAMILIES,
  KILL_POINTS,
  type KillPoint,
  type KillResult,
  killAndRerun,
  lanes,
} from './kills.js';

// The rehearsal's own scale (a 1-minute rollout in 2 s): with nine releases side by side on two
// cores, a faster one would let the Data API's 3-minute transaction expiry (1.8 s at 100) or
// its 45 s statement limit pass while a busy runner is between two calls.
const TIME_SCALE = 30;
// The plan's release and migration leases: a minute by default, which the re-runs would wait out
// in real time; 15 s shows the same (no more than one lease) in a quarter of the time.
const LEASE_SECONDS = 15;
const results = new Map<KillPoint, Promise<KillResult>>();
/** All kill points start together on first use; each test reads its own. */
function result(point: KillPoint): Promise<KillResult> {
  if (results.size === 0) {
    const lane = lanes(3);
    for (const p of KILL_POINTS) {
      const run = killAndRerun(p, TIME_SCALE, lane, LEASE_SECONDS);
      run.catch(() => {}); // reported by the test that reads it
      results.set(p, run);
    }
  }
  return results.get(point) as Promise<KillResult>;
}

interface Phase {
  id: string;
  status: string;
  summary: string;
}
const phases = (r: KillResult) => (JSON.parse(r.rerun.stdout) as { phases: Phase[] }).phases;
const phase = (r: KillResult, id: string) => phases(r).find((p) => p.id === id) as Phase;

describe.concurrent('the CA-A2A release killed with SIGKILL, then run again', () => {
  it.each(KILL_POINTS)(
    'killed at %s: the re-run converges, applies no file twice, registers no needless revision',
    async (point) => {
      const r = await result(point);
      expect(r.killed.signal).toBe('SIGKILL');
      expect(r.rerun.code, r.rerun.stderr.slice(-4000)).toBe(0);
      expect(r.rerun.stderr).not.toContain('this is a bug');
      for (const p of phases(r)) expect(['succeeded', 'done-earlier'], p.id).toContain(p.status);
      expect(r.history).toEqual([1, 2, 3]);
      expect(r.appliedTwice).toBe(0);
      // One release's worth: what an unkilled run registers, one revision of each family.
      expect(r.registrations).toEqual(Object.fromEntries(FAMILIES.map((f) => [f, 1])));
      expect(r.needlessRevisions).toBe(0);
      // The killed run never released its lease: the re-run waited it out, one lease at most as
      // the lease code measures it: from the answer that showed it held to the look that finds
      // it stale (the re-run's start-up and first Parameter Store call are not lease waiting).
      expect(r.rerun.stderr).toContain('waiting for the release lease: held by cli:');
      expect(r.leaseWaitMs, r.rerun.stderr.slice(0, 2000)).toBeLessThanOrEqual(
        LEASE_SECONDS * 1000,
      );
      expect(r.leaseWaitMs).toBeGreaterThanOrEqual(LEASE_SECONDS * 1000 * 0.8);
    },
    150_000,
  );

  it('killed mid-rollout: the re-run watches the rollouts left in flight and says so', async () => {
    const r = await result('mid-rollout');
    expect(r.rerun.code, r.rerun.stderr.slice(-4000)).toBe(0);
    // The clock stood from orchestrator's UpdateService to the kill after extractor's.
    expect(r.inFlightAtKill).toEqual(expect.arrayContaining(['orchestrator', 'extractor']));
    const agents = r.inFlightAtKill.filter((s) => s !== 'admin-api');
    for (const service of agents)
      expect(r.rerun.stderr).toMatch(
        new RegExp(
          `\\[agents\\] ${service}: already on ca-a2a-${service}:\\d+, but its rollout has not finished; waiting for it`,
        ),
      );
    expect(phase(r, 'agents').summary).toContain(`${agents.length} finished rolling out`);
    expect(phase(r, 'agents').summary).not.toContain('unchanged');
  }, 150_000);

  it('killed mid-task: the killed run’s task is left to run its course beside the new one', async () => {
    const r = await result('mid-task');
    expect(r.rerun.code, r.rerun.stderr.slice(-4000)).toBe(0);
    expect(r.taskAtKill?.lastStatus).toBe('RUNNING');
    // Not handled yet (docs/releases.md, "Killed runs"): nothing stops the earlier task; the
    // re-run starts its own, so both ran.
    expect(r.runTasks).toBe(2);
    expect(r.stopTasks).toBe(0);
    expect(phase(r, 'functional-tests').status).toBe('succeeded');
  }, 150_000);

  it('killed in a no-transaction file: the migration lease had expired by the time the release lease was', async () => {
    const r = await result('mid-migration, no-transaction file');
    expect(r.rerun.code, r.rerun.stderr.slice(-4000)).toBe(0);
    expect(r.migrationLeaseAtKill).toBeTruthy();
    expect(r.waitedOnMigrationLease).toBe(false);
    // 001 and 002 were committed before the kill; 003 is started again from its first statement.
    expect(phase(r, 'migrate').summary).toMatch(/^1 file applied \(2 statements\)/);
  }, 150_000);
});
