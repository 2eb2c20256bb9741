/**
 * PGlite (real PostgreSQL 18 compiled to WebAssembly) in a worker thread: one database, one
 * connection. Users take turns through a mutex, which is what serializes Data API transactions
 * on this engine.
 */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Connection, Engine, EngineParam, EngineResult } from './engine.js';
import { SqlError } from './errors.js';
import { Mutex } from './mutex.js';
import { PGLITE_WORKER_SOURCE, type WorkerReply, type WorkerRequest } from './pglite-worker.js';

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };

export async function startPglite(): Promise<Engine> {
  const pgliteUrl = import.meta.resolve('@electric-sql/pglite');
  const worker = new Worker(PGLITE_WORKER_SOURCE, {
    eval: true,
    workerData: { pgliteUrl, cacheFile: cacheFileFor(pgliteUrl) },
  });
  const channel = new WorkerChannel(worker);
  const pid = await channel.ready;
  return new PgliteEngine(channel, pid);
}

/** One cache per PGlite version: a data directory is only valid for the PostgreSQL that wrote it. */
function cacheFileFor(pgliteUrl: string): string {
  const manifest = new URL('../package.json', pgliteUrl);
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
  return join(tmpdir(), `phasegate-pglite-${version}-datadir.tgz`);
}

class WorkerChannel {
  readonly ready: Promise<number>;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private failure: Error | undefined;

  constructor(private readonly worker: Worker) {
    this.ready = new Promise((resolve, reject) => {
      worker.on('message', (reply: WorkerReply) => {
        if ('ready' in reply) resolve(reply.pid);
        else if ('fatal' in reply) reject(new Error(`PGlite did not start: ${reply.fatal}`));
        else this.settle(reply);
      });
      worker.on('error', (error) => this.fail(error, reject));
      worker.on('exit', (code) => this.fail(new Error(`PGlite worker exited (${code})`), reject));
    });
  }

  send(request: Omit<WorkerRequest, 'id'>): Promise<unknown> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...request, id });
    });
  }

  terminate(): Promise<number> {
    return this.worker.terminate();
  }

  private settle(reply: Extract<WorkerReply, { ok: boolean }>): void {
    const pending = this.pending.get(reply.id);
    this.pending.delete(reply.id);
    if (!pending) return;
    if (reply.ok) pending.resolve(reply.result);
    else {
      const { message, code, ...details } = reply.error;
      pending.reject(new SqlError(message, code, dropUndefined(details)));
    }
  }

  private fail(error: Error, reject: (error: Error) => void): void {
    this.failure ??= error;
    reject(error);
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
  }
}

class PgliteEngine implements Engine {
  readonly kind = 'pglite';
  readonly canCancel = false;
  private readonly turn = new Mutex();
  private closed = false;

  constructor(
    private readonly channel: WorkerChannel,
    private readonly pid: number,
  ) {}

  async connect(): Promise<Connection> {
    const release = await this.turn.acquire();
    const { channel, pid } = this;
    return {
      pid,
      query: (sql: string, params: EngineParam[] = []) =>
        channel.send({ op: 'query', sql, params }) as Promise<EngineResult>,
      release: () => release(),
    };
  }

  cancel(): Promise<void> {
    return Promise.resolve();
  }

  async exec(script: string): Promise<void> {
    const release = await this.turn.acquire();
    try {
      await this.channel.send({ op: 'exec', sql: script });
    } finally {
      release();
    }
  }

  /** A statement still running (the worker is busy) cannot be waited for: the worker is ended. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const closing = this.channel.send({ op: 'close' }).catch(() => undefined);
    const timeout = new Promise((resolve) => setTimeout(resolve, 2000).unref());
    await Promise.race([closing, timeout]);
    await this.channel.terminate();
  }
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
