/**
 * How long a run waits on the lease of a killed run, on a clock this test moves: every sleep of
 * the lease code advances it by what was asked, so the figures are exact and take no real time.
 * The default lease is one minute, and the wait is that minute, not a poll or a slow look more.
 */
import { describe, expect, it, vi } from 'vitest';
import { MemoryLogger } from '../../../src/core/log.js';
import { ReleaseLease } from '../../../src/release/record/lease.js';
import type { RecordStore } from '../../../src/release/record/store.js';

let clock = Date.UTC(2026, 0, 1);
const slept: number[] = [];
/** When each look at the store was sent. */
const looks: number[] = [];
const LOOK_MS = 700;
vi.mock('../../../src/core/sleep.js', () => ({
  sleep: async (ms: number) => {
    slept.push(ms);
    clock += ms;
  },
}));

function memoryStore(): RecordStore {
  const values = new Map<string, string>();
  return {
    location: 'memory',
    get: async (key) => values.get(key),
    // Each look at Parameter Store takes 700 ms.
    list: async (prefix) => {
      looks.push(clock);
      clock += LOOK_MS;
      return [...values]
        .filter(([key]) => key.startsWith(prefix))
        .map(([key, value]) => ({ key, value }));
    },
    async create(key, value) {
      if (values.has(key)) return false;
      values.set(key, value);
      return true;
    },
    put: async (key, value) => {
      values.set(key, value);
    },
    delete: async (key) => {
      values.delete(key);
    },
  };
}

const options = (log = new MemoryLogger()) => ({
  ttlMs: 60_000,
  waitMs: 600_000,
  signal: new AbortController().signal,
  log,
  now: () => clock,
  onLost: () => {},
});

describe("taking over a killed run's lease", () => {
  it('happens one lease time after the lease was first seen, and says how long it waited', async () => {
    const store = memoryStore();
    const killed = await ReleaseLease.acquire(store, { owner: 'cli:bob@ci/1' }, options());
    killed.stop(); // what a SIGKILL leaves: no renewal, no release
    looks.length = 0;
    const log = new MemoryLogger();
    const next = await ReleaseLease.acquire(store, { owner: 'cli:carol@ci/2' }, options(log));
    next.stop();
    expect(next.generation).toBe(killed.generation + 1);
    // The look that finds it stale is sent one lease time after the first answer, not a poll
    // interval later; the lease is then taken (the look after it is the clean-up of older ones).
    const [first = 0, ...rest] = looks;
    expect(rest.at(-2)).toBe(first + LOOK_MS + 60_000);
    expect(log.text()).toContain(
      'took over the release lease after waiting 1m00s: it was held by cli:bob@ci/1',
    );
  });

  it('a released lease is taken at once, without a word about a takeover', async () => {
    const store = memoryStore();
    const first = await ReleaseLease.acquire(store, { owner: 'cli:bob@ci/1' }, options());
    await first.release(new AbortController().signal);
    slept.length = 0;
    const log = new MemoryLogger();
    (await ReleaseLease.acquire(store, { owner: 'cli:carol@ci/2' }, options(log))).stop();
    expect(slept).toEqual([]);
    expect(log.text()).not.toContain('took over');
  });
});
