/**
 * One run's dealings with the release record: what is known before the run (what was done for
 * this version, what the environment runs), the rules checked before any change, the lease held
 * while phases change things, and each phase's outcome written as it ends.
 */
import type { AwsClients } from '../aws/clients.js';
import type { Logger } from '../core/log.js';
import type { Secrets } from '../core/secrets.js';
import { RunCancelled } from '../engine/abort.js';
import type { PhaseResult, RunResult } from '../engine/result.js';
import { selectPhases } from '../engine/selection.js';
import type { TemplateScope } from '../plan/interpolate.js';
import type { PhaseSpec, Plan } from '../plan/types.js';
import {
  type PhaseEntry,
  phaseDigest,
  type ReleaseState,
  type RunIdentity,
} from './record/entries.js';
import { ReleaseLease } from './record/lease.js';
import { openStore, ReleaseRecord } from './record/release-record.js';
import { decideRerun } from './record/rerun.js';
import { checkPromotion, checkVersionOrder } from './rules.js';
import type { ReleaseSettings } from './settings.js';

export interface SessionDeps {
  aws: AwsClients;
  secrets: Secrets;
  scope: Pick<TemplateScope, 'inputs' | 'vars'>;
  identity: RunIdentity;
  signal: AbortSignal;
  log: Logger;
}

/** What the start line and the summary header say. */
export interface ReleaseStart {
  /** The version the environment runs now (the record's current), when known. */
  current?: string;
  /** Where the record is, or undefined when the plan keeps none. */
  recordLocation?: string;
}

export class ReleaseSession {
  private lease: ReleaseLease | undefined;
  private readonly mine = new Set<string>();

  private constructor(
    private readonly plan: Plan,
    private readonly settings: ReleaseSettings,
    private readonly deps: SessionDeps,
    private readonly record: ReleaseRecord | undefined,
    private readonly digests: Map<string, string>,
    public settled: PhaseResult[],
    readonly start: ReleaseStart,
  ) {}

  /** Reads the record and applies the rules; throws a UserError when the run may not start. */
  static async open(
    plan: Plan,
    settings: ReleaseSettings,
    deps: SessionDeps,
  ): Promise<ReleaseSession> {
    // A selection naming no phase of the plan is refused before any call to AWS.
    selectPhases(plan, settings.selection);
    const digests = new Map(
      plan.phases.map((p) => [p.id, phaseDigest(p, deps.scope, deps.secrets)]),
    );
    const store = openStore(plan, settings.environment, deps.aws);
    const record = store ? new ReleaseRecord(store, deps.identity) : undefined;
    const known = await readRecord(record, plan, settings, deps);
    const settled = decide(known, record !== undefined, plan, settings, digests);
    const start: ReleaseStart = {
      ...(known.state.current ? { current: known.state.current.version } : {}),
      ...(store ? { recordLocation: store.location } : {}),
    };
    return new ReleaseSession(plan, settings, deps, record, digests, settled, start);
  }

  /**
   * Reads the record again once the lease is held: a run that waited for another one finds what
   * that run did (often everything) instead of doing it again.
   */
  private async reread(): Promise<void> {
    const known = await readRecord(this.record, this.plan, this.settings, this.deps);
    this.settled = decide(known, true, this.plan, this.settings, this.digests);
  }

  /** Takes the environment's lease for a run that changes things; `stop` aborts the run if lost. */
  async takeLease(stop: AbortController): Promise<void> {
    if (!this.record || this.settings.dryRun) return;
    this.lease = await ReleaseLease.acquire(this.record.store, this.deps.identity, {
      ttlMs: this.plan.record.leaseTtlMs,
      waitMs: this.plan.record.leaseWaitMs,
      signal: this.deps.signal,
      log: this.deps.log,
      onLost: (why) => {
        this.deps.log.error(
          `${why}: stopping, so two runs never change ${this.settings.environment} at once`,
        );
        stop.abort(new RunCancelled(why));
      },
    });
    await this.reread();
  }

  started(phase: PhaseSpec): void {
    if (!this.record || this.settings.dryRun) return;
    this.mine.add(phase.id);
    this.record.started(
      phase.id,
      this.settings.version,
      this.digest(phase.id),
      this.deps.log,
      this.deps.signal,
    );
  }

  /** `result` must be masked already. */
  ended(result: PhaseResult): void {
    if (!this.record || this.settings.dryRun) return;
    this.record.ended(
      result,
      this.settings.version,
      this.digest(result.id),
      this.deps.log,
      this.deps.signal,
    );
  }

  /** Waits for the record's writes; a fully released version becomes the current one. */
  async finish(result: RunResult): Promise<void> {
    if (!this.record || this.settings.dryRun) return;
    await this.record.flush();
    if (result.releaseComplete)
      await this.record.released(this.settings.version, this.deps.log, this.deps.signal);
  }

  /**
   * Lets the next run in. Jobs of one workflow run share the lease (one job per phase): a job
   * leaves it held while another phase of its run is still running, and the last one releases
   * it. Failing to release only makes the next run wait for the lease to expire.
   */
  async close(): Promise<void> {
    const lease = this.lease;
    if (!lease || !this.record) return;
    lease.stop();
    const signal = AbortSignal.timeout(10_000);
    try {
      const entries = await this.record.phases(this.settings.version, signal);
      if (othersRunning(entries, this.deps.identity, this.mine)) return;
      await lease.release(signal);
    } catch (error) {
      this.deps.log.warning(
        `the release lease could not be released (${String(error)}); it expires on its own after ${this.plan.record.leaseTtlMs / 1000} s`,
      );
    }
  }

  private digest(id: string): string {
    return this.digests.get(id) ?? '';
  }
}

/** Phases another job of this run attempt has started and not ended. */
function othersRunning(
  entries: Map<string, PhaseEntry>,
  me: RunIdentity,
  mine: Set<string>,
): boolean {
  return [...entries.values()].some(
    (e) =>
      e.status === 'running' &&
      !mine.has(e.phase) &&
      e.run.owner === me.owner &&
      e.run.attempt === me.attempt,
  );
}

/** The rules before any change, then what the re-run rule leaves to run. */
function decide(
  known: Known,
  hasRecord: boolean,
  plan: Plan,
  settings: ReleaseSettings,
  digests: Map<string, string>,
): PhaseResult[] {
  checkVersionOrder(known.state, settings.version, settings.environment, settings.force);
  checkPromotion(known.promotedFrom, settings.version, settings.environment);
  // Without a record nothing is known of earlier runs: the selection runs what it names.
  if (!hasRecord) return [];
  return decideRerun({
    plan,
    selected: selectPhases(plan, settings.selection),
    entries: known.entries,
    digests,
    force: settings.force,
    version: settings.version,
    environment: settings.environment,
  }).settled;
}

interface Known {
  entries: Map<string, PhaseEntry>;
  state: ReleaseState;
  promotedFrom?: { environment: string; state: ReleaseState };
}

/**
 * In a dry run a record that cannot be read (no permission, say) is a warning: the plan still
 * shows what would change. A real run needs it.
 */
async function readRecord(
  record: ReleaseRecord | undefined,
  plan: Plan,
  settings: ReleaseSettings,
  deps: SessionDeps,
): Promise<Known> {
  const empty: Known = { entries: new Map(), state: { released: [] } };
  if (!record) return empty;
  try {
    const [entries, state] = await Promise.all([
      record.phases(settings.version, deps.signal),
      record.state(deps.signal),
    ]);
    const from = plan.environments[settings.environment]?.promoteFrom;
    const source = from ? openStore(plan, from, deps.aws) : undefined;
    const promotedFrom =
      source && from
        ? {
            environment: from,
            state: await new ReleaseRecord(source, deps.identity).state(deps.signal),
          }
        : undefined;
    return { entries, state, ...(promotedFrom ? { promotedFrom } : {}) };
  } catch (error) {
    if (!settings.dryRun) throw error;
    deps.log.warning(
      `the release record could not be read (${String(error)}): the plan shows every selected phase as if nothing were done`,
    );
    return empty;
  }
}
