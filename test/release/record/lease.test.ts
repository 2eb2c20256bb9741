/**
 * The release lease against the sandbox's Parameter Store, through the real SSM client: one
 * holder at a time, a dead holder's lease expires, and of several runs racing for an expired
 * lease exactly one wins (Parameter Store's create-if-absent is the only atomic operation).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { MemoryLogger } from '../../../src/core/log.js';
import { LeaseHeld, ReleaseLease } from '../../../src/release/record/lease.js';
import { SsmRecordStore } from '../../../src/release/record/ssm-store.js';
import type { RecordStore } from '../../../src/release/record/store.js';
import { awsClientsOf, clientsFor, useSandbox } from '../../helpers/sandbox.js';

const sandbox = useSandbox();
let clients: ReturnType<typeof clientsFor> | undefined;
afterAll(() => clients?.destroy());

let n = 0;
function freshStore() {
  clients ??= clientsFor(sandbox());
  return new SsmRecordStore(awsClientsOf(sandbox(), clients), `/phasegate/demo/env-${++n}`);
}

const run = (owner: string) => ({ owner, actor: owner });

/** The store, with its first `n` creates held until all `n` have been asked for. */
function barrier(store: RecordStore, n: number): RecordStore {
  const waiting: (() => void)[] = [];
  return {
    location: store.location,
    get: (k, s) => store.get(k, s),
    list: (p, s) => store.list(p, s),
    put: (k, v, s) => store.put(k, v, s),
    delete: (k, s) => store.delete(k, s),
    async create(key, value, signal) {
      if (waiting.length < n) {
        await new Promise<void>((resolve) => {
          waiting.push(resolve);
          if (waiting.length === n) for (const go of waiting) go();
        });
      }
      return store.create(key, value, signal);
    },
  };
}

function options(over: Partial<Parameters<typeof ReleaseLease.acquire>[2]> = {}) {
  return {
    ttlMs: 600,
    waitMs: 0,
    signal: new AbortController().signal,
    log: new MemoryLogger(),
    onLost: () => {},
    ...over,
  };
}

describe('the release lease', () => {
  it('a second run fails at once naming the holder; after release it gets the lease', async () => {
    const store = freshStore();
    const first = await ReleaseLease.acquire(store, run('github:acme/app/101'), options());
    const refused = ReleaseLease.acquire(store, run('cli:alice@laptop/7'), options());
    await expect(refused).rejects.toBeInstanceOf(LeaseHeld);
    await expect(refused).rejects.toThrow(/held by github:acme\/app\/101/);
    await first.release(new AbortController().signal);
    const second = await ReleaseLease.acquire(store, run('cli:alice@laptop/7'), options());
    expect(second.generation).toBe(first.generation + 1);
    second.stop();
  });

  it('jobs of the same workflow run share the lease', async () => {
    const store = freshStore();
    const a = await ReleaseLease.acquire(store, run('github:acme/app/202'), options());
    const b = await ReleaseLease.acquire(store, run('github:acme/app/202'), options());
    expect(b.generation).toBe(a.generation);
    a.stop();
    b.stop();
  });

  it("a killed run's lease expires: the next run waits for it, then proceeds", async () => {
    const store = freshStore();
    const killed = await ReleaseLease.acquire(store, run('cli:bob@ci/1'), options());
    killed.stop(); // no more renewals, no release: what a SIGKILL leaves
    const log = new MemoryLogger();
    const next = await ReleaseLease.acquire(
      store,
      run('cli:carol@ci/2'),
      options({ waitMs: 10_000, log }),
    );
    expect(next.generation).toBe(killed.generation + 1);
    expect(log.text()).toContain('waiting for the release lease: held by cli:bob@ci/1');
    next.stop();
  });

  it('of five runs racing for an expired lease, exactly one wins', async () => {
    const store = freshStore();
    const dead = await ReleaseLease.acquire(store, run('cli:dead@ci/1'), options({ ttlMs: 300 }));
    dead.stop();
    // A barrier holds each racer's create until all five have decided to create: they all saw
    // the same expired generation and now ask Parameter Store for the next one at once.
    const racing = barrier(store, 5);
    const before = sandbox().requests.count({ operation: 'PutParameter', outcome: 'error' });
    const racers = ['a', 'b', 'c', 'd', 'e'].map((who) =>
      ReleaseLease.acquire(racing, run(`cli:${who}@ci/1`), options({ ttlMs: 300, waitMs: 1500 })),
    );
    const settled = await Promise.allSettled(racers);
    expect(sandbox().requests.count({ operation: 'PutParameter', outcome: 'error' }) - before).toBe(
      4,
    );
    const won = settled.filter((s) => s.status === 'fulfilled');
    expect(won).toHaveLength(1);
    for (const s of settled)
      if (s.status === 'rejected') expect(s.reason).toBeInstanceOf(LeaseHeld);
    for (const s of won) s.value.stop();
  });

  it('a holder that stalled past its expiry finds out at its next renewal and stops', async () => {
    const store = freshStore();
    const lost: string[] = [];
    const stalled = await ReleaseLease.acquire(
      store,
      run('cli:slow@ci/1'),
      options({ onLost: (why) => lost.push(why) }),
    );
    stalled.stop(); // stalled: no renewals for longer than the lease
    const taker = await ReleaseLease.acquire(
      store,
      run('cli:next@ci/2'),
      options({ waitMs: 5000 }),
    );
    await stalled.renew();
    expect(lost).toHaveLength(1);
    expect(lost[0]).toContain('taken over: held by cli:next@ci/2');
    taker.stop();
  });
});
