/**
 * Kill-and-re-run figures of issue #10: the CA-A2A release killed with SIGKILL at every phase
 * boundary, mid-migration (in a transaction and in a no-transaction file), mid-rollout and
 * mid-task (test/e2e/kills.ts says how each point is reached), then run again.
 *
 *   import { killsBench } from './bench-kills.js';
 *   const figures = await killsBench();       // about 2 min: the points run side by side
 *   npx tsx scripts/bench-kills.ts [SCALE]    // the same, printed as JSON (time-scale 30)
 *
 * Time-scale 30, the rehearsal's own (sandbox/ca-a2a.yml: a 1-minute rollout in 2 s): AWS takes
 * its time in proportion, while the lease a re-run waits out is real time (one minute, the
 * default `record.lease`), so it dominates the time to converge as it would on a real runner.
 * The baseline is the same release not killed, on a sandbox of its own at the same scale.
 * What the scale hides: the Data API's 3-minute expiry of the killed run's transaction is 6 s
 * here, so the mid-transaction re-run does not show the ~2 min it waits for it on AWS
 * (`killsBench(1)` does: about 5.5 min, its migrate phase 1m59s; docs/releases.md, Killed runs).
 */
import {
  KILL_POINTS,
  type KillPoint,
  killAndRerun,
  lanes,
  unkilledRelease,
} from '../test/e2e/kills.js';

export interface KillFigure {
  point: KillPoint;
  /** The re-run's exit code (0: it converged). */
  exitCode: number | null;
  /** Migration files whose effect was committed twice over both runs. */
  appliedTwice: number;
  /** Task definition revisions beyond one per family (what an unkilled run registers). */
  needlessRevisions: number;
  /** The re-run's wall time, from its start to its exit. */
  convergeMs: number;
  /** How long the re-run waited for the killed run's release lease, as it reports it. */
  staleLeaseWaitMs: number | undefined;
  /** The re-run's migrate phase: where it waits for a killed run's transaction to end. */
  migrateMs: number | undefined;
}

export interface KillsBench {
  timeScale: number;
  /** The same release, unkilled: its wall time and the revisions it registers (5). */
  baseline: { wallMs: number; revisions: number };
  points: KillFigure[];
}

export async function killsBench(timeScale = 30): Promise<KillsBench> {
  const baseline = await unkilledRelease(timeScale);
  const lane = lanes(3);
  const points = await Promise.all(KILL_POINTS.map((p) => killAndRerun(p, timeScale, lane)));
  return {
    timeScale,
    baseline: {
      wallMs: baseline.run.wallMs,
      revisions: Object.values(baseline.registrations).reduce((a, b) => a + b, 0),
    },
    points: points.map((r) => ({
      point: r.point,
      exitCode: r.rerun.code,
      appliedTwice: r.appliedTwice,
      needlessRevisions: r.needlessRevisions,
      convergeMs: r.rerun.wallMs,
      staleLeaseWaitMs: r.leaseWaitMs,
      migrateMs: phaseMs(r.rerun.stdout, 'migrate'),
    })),
  };
}

function phaseMs(json: string, id: string): number | undefined {
  try {
    const { phases } = JSON.parse(json) as { phases: { id: string; durationMs?: number }[] };
    return phases.find((p) => p.id === id)?.durationMs;
  } catch {
    return undefined; // a re-run that did not converge printed no result
  }
}

if (import.meta.url === `file://${process.argv[1]}`)
  console.log(JSON.stringify(await killsBench(Number(process.argv[2] ?? 30)), null, 2));
