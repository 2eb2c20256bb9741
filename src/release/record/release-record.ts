/**
 * The release record as a run uses it: read what is recorded for this version and environment,
 * write each phase's outcome as it ends, and move the environment's current version once the
 * version is fully released. Writes are queued in order (PutParameter throughput is shared per
 * account) and a failed write is a warning, not a failed release: the phase did happen, and a
 * re-run of an idempotent phase that was not recorded only repeats it.
 */
import type { AwsClients } from '../../aws/clients.js';
import type { Logger } from '../../core/log.js';
import type { PhaseResult } from '../../engine/result.js';
import type { Plan } from '../../plan/types.js';
import {
  type PhaseEntry,
  parseEntry,
  parseState,
  type ReleaseState,
  type RunIdentity,
  withRelease,
} from './entries.js';
import { phaseKey, recordPrefix, STATE_KEY, versionPrefix } from './keys.js';
import { lazyStore, type RecordStore, ssmLocation } from './store.js';

export class ReleaseRecord {
  private queue: Promise<void> = Promise.resolve();

  constructor(
    readonly store: RecordStore,
    private readonly run: RunIdentity,
  ) {}

  /** This version's entries, by phase id. */
  async phases(version: string, signal: AbortSignal): Promise<Map<string, PhaseEntry>> {
    const entries = await this.store.list(versionPrefix(version), signal);
    const byPhase = new Map<string, PhaseEntry>();
    for (const e of entries) {
      const entry = parseEntry(e.value);
      if (entry) byPhase.set(entry.phase, entry);
    }
    return byPhase;
  }

  async state(signal: AbortSignal): Promise<ReleaseState> {
    return parseState(await this.store.get(STATE_KEY, signal));
  }

  started(phase: string, version: string, digest: string, log: Logger, signal: AbortSignal) {
    const entry: PhaseEntry = {
      phase,
      version,
      status: 'running',
      startedAt: new Date().toISOString(),
      run: this.run,
      digest,
      outputs: {},
    };
    this.write(phaseKey(version, phase), entry, log, signal);
  }

  /** `result` must already be masked: its outputs and summary go into the record as they are. */
  ended(result: PhaseResult, version: string, digest: string, log: Logger, signal: AbortSignal) {
    if (result.status === 'not-selected' || result.status === 'done-earlier') return;
    const status =
      result.status === 'succeeded'
        ? 'succeeded'
        : result.status === 'cancelled'
          ? 'cancelled'
          : 'failed';
    const entry: PhaseEntry = {
      phase: result.id,
      version,
      status,
      startedAt: new Date(result.startedAt ?? Date.now()).toISOString(),
      endedAt: new Date(result.endedAt ?? Date.now()).toISOString(),
      run: this.run,
      digest,
      outputs: result.outputs,
      summary: result.summary.split('\n')[0]?.slice(0, 300) ?? '',
    };
    this.write(phaseKey(version, result.id), entry, log, signal);
  }

  /** The version is fully released: it becomes current and the one before becomes previous. */
  async released(version: string, log: Logger, signal: AbortSignal): Promise<void> {
    await this.flush();
    try {
      const state = await this.state(signal);
      const next = withRelease(state, { version, at: new Date().toISOString(), run: this.run });
      await this.store.put(STATE_KEY, JSON.stringify(next), signal);
    } catch (error) {
      log.warning(`the release record could not mark ${version} as current: ${String(error)}`);
    }
  }

  /** Waits for every queued write. */
  flush(): Promise<void> {
    return this.queue;
  }

  private write(key: string, value: unknown, log: Logger, signal: AbortSignal): void {
    this.queue = this.queue.then(() =>
      this.store.put(key, JSON.stringify(value), signal).catch((error: unknown) => {
        log.warning(
          `the release record (${this.store.location}) could not be written: ${String(error)}; a re-run will run this phase again`,
        );
      }),
    );
  }
}

/** The record of a plan's environment, or undefined when the plan keeps none (`store: none`). */
export function openStore(
  plan: Plan,
  environment: string,
  aws: AwsClients,
): RecordStore | undefined {
  if (plan.record.store === 'none') return undefined;
  const prefix = recordPrefix(plan.app, environment);
  return lazyStore(ssmLocation(prefix, aws.region), async () => {
    const { SsmRecordStore } = await import('./ssm-store.js');
    return new SsmRecordStore(aws, prefix);
  });
}
