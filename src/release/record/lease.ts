/**
 * The release lease: at most one run changes an environment at a time, whether it comes from
 * two workflows, two repositories or a laptop (GitHub's concurrency groups only see one
 * repository's workflows).
 *
 * Parameter Store has no conditional update, only "create if absent" (PutParameter without
 * Overwrite answers ParameterAlreadyExists). So a lease is not one parameter that is taken over
 * in place: each holding is a new generation, `lease/<n>`, and taking over an expired or released
 * lease means creating `lease/<n+1>`. Of several runs racing for it, exactly one create succeeds;
 * the others see the winner on their next look. The holder renews its own generation, and finds
 * out it lost the lease (it stalled past its expiry and was taken over) when `lease/<n+1>` exists.
 *
 * Expiry does not trust clocks across machines alone: a lease is expired when its renewal time is
 * well in the past on this machine's clock, or when this run has watched it stay unchanged for a
 * whole lease time.
 */

import { formatDuration } from '../../core/duration.js';
import { UserError } from '../../core/errors.js';
import type { Logger } from '../../core/log.js';
import { sleep } from '../../core/sleep.js';
import type { RunIdentity } from './entries.js';
import { LEASE_PREFIX, leaseGeneration, leaseKey } from './keys.js';
import type { RecordStore } from './store.js';

export interface LeaseValue {
  owner: string;
  /** Tells this process's holding from another job of the same run, and a lost create's echo. */
  token: string;
  run: RunIdentity;
  acquiredAt: string;
  renewedAt: string;
  ttlMs: number;
  released?: boolean;
}

export interface LeaseOptions {
  ttlMs: number;
  waitMs: number;
  signal: AbortSignal;
  log: Logger;
  now?: () => number;
  /** Called once when the lease is found taken over (the run must stop changing things). */
  onLost(why: string): void;
}

/** Clocks of two runners may differ this much before an old renewal counts as expired. */
const CLOCK_SKEW_MS = 30_000;

export class LeaseHeld extends UserError {}

export class ReleaseLease {
  private timer: NodeJS.Timeout | undefined;
  private lastRenewed: number;
  private lost = false;

  private constructor(
    private readonly store: RecordStore,
    readonly generation: number,
    private readonly value: LeaseValue,
    private readonly o: LeaseOptions,
  ) {
    this.lastRenewed = now(o);
  }

  /** Takes the lease, waiting up to `waitMs` for another run to release it or let it expire. */
  static async acquire(
    store: RecordStore,
    run: RunIdentity,
    o: LeaseOptions,
  ): Promise<ReleaseLease> {
    const started = now(o);
    const at = new Date(started).toISOString();
    const mine: LeaseValue = {
      owner: run.owner,
      token: `${run.owner}#${started.toString(36)}${Math.random().toString(36).slice(2, 8)}`,
      run,
      acquiredAt: at,
      renewedAt: at,
      ttlMs: o.ttlMs,
    };
    const watch = new Watch();
    let told = false;
    let heldSince: number | undefined;
    for (;;) {
      const asked = now(o);
      const latest = await latestLease(store, o.signal);
      const seen = now(o);
      const holder = latest?.value;
      if (latest && holder && (holder.token === mine.token || sameRun(holder, mine)))
        return ReleaseLease.hold(store, latest.generation, mine, o);
      const stale = holder && !holder.released && latest && watch.expired(latest, asked, seen);
      if (!holder || holder.released || stale) {
        const next = (latest?.generation ?? 0) + 1;
        if (await store.create(leaseKey(next), JSON.stringify(mine), o.signal)) {
          if (stale) o.log.info(tookOver(holder, asked - (heldSince ?? asked)));
          await removeOlder(store, next, o.signal);
          return ReleaseLease.hold(store, next, mine, o);
        }
        continue; // another run won this generation (or our own create's answer was lost)
      }
      if (now(o) - started >= o.waitMs) throw heldBy(holder, o.waitMs);
      if (!told) o.log.info(`waiting for the release lease: ${describeHolder(holder)}`);
      told = true;
      heldSince ??= seen;
      // Wake when the lease turns stale, not a poll interval after: a killed run holds the
      // environment for one lease time (record.lease), no longer.
      await sleep(Math.min(o.ttlMs / 4, 5000, watch.left(latest, now(o))), o.signal);
    }
  }

  private static async hold(
    store: RecordStore,
    generation: number,
    mine: LeaseValue,
    o: LeaseOptions,
  ): Promise<ReleaseLease> {
    const lease = new ReleaseLease(store, generation, mine, o);
    await lease.renew();
    lease.timer = setInterval(() => void lease.renew(), o.ttlMs / 3);
    lease.timer.unref();
    return lease;
  }

  /** Writes a fresh renewal time, then checks nobody took over meanwhile. */
  async renew(): Promise<void> {
    if (this.lost) return;
    const at = new Date(now(this.o)).toISOString();
    try {
      await this.store.put(
        leaseKey(this.generation),
        JSON.stringify({ ...this.value, renewedAt: at }),
        this.o.signal,
      );
      const next = await this.store.get(leaseKey(this.generation + 1), this.o.signal);
      if (next) return this.lose(`taken over: ${describeHolder(parseLease(next))}`);
      this.lastRenewed = now(this.o);
    } catch (error) {
      if (this.o.signal.aborted) return;
      // Others may take the lease once it looks expired to them: stop before that can happen.
      if (now(this.o) - this.lastRenewed > (this.o.ttlMs * 2) / 3)
        this.lose(
          `it could not be renewed for ${formatDuration(now(this.o) - this.lastRenewed)} (${String(error)})`,
        );
    }
  }

  /** Marks the lease released so the next run need not wait for it to expire. */
  async release(signal: AbortSignal): Promise<void> {
    this.stop();
    if (this.lost) return;
    const next = await this.store.get(leaseKey(this.generation + 1), signal);
    if (next) return;
    await this.store.put(
      leaseKey(this.generation),
      JSON.stringify({
        ...this.value,
        renewedAt: new Date(now(this.o)).toISOString(),
        released: true,
      }),
      signal,
    );
  }

  /** Stops renewing, leaving the lease to expire (another job of this run still holds it). */
  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  private lose(why: string): void {
    if (this.lost) return;
    this.lost = true;
    this.stop();
    this.o.onLost(`the release lease was lost, ${why}`);
  }
}

interface Latest {
  generation: number;
  text: string;
  value: LeaseValue;
}

async function latestLease(store: RecordStore, signal: AbortSignal): Promise<Latest | undefined> {
  const entries = await store.list(LEASE_PREFIX, signal);
  let latest: Latest | undefined;
  for (const e of entries) {
    const generation = leaseGeneration(e.key);
    if (generation === undefined || (latest && latest.generation > generation)) continue;
    latest = { generation, text: e.value, value: parseLease(e.value) };
  }
  return latest;
}

/** Earlier generations are history once a newer one exists; removing them is best effort. */
async function removeOlder(store: RecordStore, generation: number, signal: AbortSignal) {
  const entries = await store.list(LEASE_PREFIX, signal).catch(() => []);
  for (const e of entries) {
    const g = leaseGeneration(e.key);
    if (g !== undefined && g < generation) await store.delete(e.key, signal).catch(() => undefined);
  }
}

/** Remembers since when this run has seen each lease value unchanged. */
class Watch {
  private seen = new Map<number, { text: string; since: number }>();

  /**
   * `asked` is when the look was sent, `seen` when its answer came. A value first seen at `seen`
   * and found again by a look sent at `asked` stayed unchanged at least from one to the other:
   * the lease store read it no earlier than each of those times.
   */
  expired(latest: Latest, asked: number, seen: number): boolean {
    const renewed = Date.parse(latest.value.renewedAt);
    const ttl = latest.value.ttlMs || 0;
    if (Number.isFinite(renewed) && renewed + ttl + CLOCK_SKEW_MS < seen) return true;
    const before = this.seen.get(latest.generation);
    if (!before || before.text !== latest.text) {
      this.seen.set(latest.generation, { text: latest.text, since: seen });
      return false;
    }
    return asked - before.since >= ttl;
  }

  /** Milliseconds until `expired` says yes if the value stays as it was last seen. */
  left(latest: Latest, at: number): number {
    const before = this.seen.get(latest.generation);
    const ttl = latest.value.ttlMs || 0;
    return before ? Math.max(0, before.since + ttl - at) : ttl;
  }
}

/** Another job of the same workflow run: it shares the holding (one job per phase). */
function sameRun(holder: LeaseValue, mine: LeaseValue): boolean {
  return holder.owner === mine.owner && !holder.released;
}

function parseLease(text: string): LeaseValue {
  try {
    const v = JSON.parse(text) as LeaseValue;
    if (typeof v.owner === 'string') return v;
  } catch {
    // fall through: an unreadable lease is somebody's, held until it expires
  }
  const epoch = new Date(0).toISOString();
  return {
    owner: 'unknown',
    token: '',
    run: { owner: 'unknown' },
    acquiredAt: epoch,
    renewedAt: epoch,
    ttlMs: 0,
  };
}

export function describeHolder(holder: LeaseValue): string {
  const who = holder.run.url ?? holder.owner;
  const actor = holder.run.actor ? ` (${holder.run.actor})` : '';
  return `held by ${who}${actor} since ${holder.acquiredAt.slice(0, 19).replace('T', ' ')} UTC, renewed ${holder.renewedAt.slice(11, 19)}`;
}

/** Said once a stale lease is taken over: whose it was, and how long this run waited for it. */
function tookOver(holder: LeaseValue, waitedMs: number): string {
  return `took over the release lease after waiting ${formatDuration(waitedMs)}: it was ${describeHolder(holder)}, not renewed for a lease time since (its run stopped renewing it)`;
}

function heldBy(holder: LeaseValue, waitedMs: number): LeaseHeld {
  return new LeaseHeld(
    `another release is changing this environment: the release lease is ${describeHolder(holder)}; waited ${formatDuration(waitedMs)}`,
    'wait for that run to end (a run that died lets its lease expire after record.lease), or raise record.wait in the plan',
  );
}

function now(o: { now?: () => number }): number {
  return (o.now ?? Date.now)();
}
