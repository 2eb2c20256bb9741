/**
 * Sandbox time at a scale, that a test can stop and move on by hand: a kill lands "mid-rollout"
 * because the rollout cannot finish while the clock stands, however slow the machine is.
 * Services derive their state from `now()` (src/sandbox/clock.ts), so stopping it stops them.
 */
import type { Clock } from '../../src/sandbox/index.js';

interface Waiter {
  at: number;
  fire: () => void;
  timer?: NodeJS.Timeout;
}

export class PausableClock implements Clock {
  private anchorSim = Date.now();
  private anchorReal = Date.now();
  private paused = false;
  private readonly waiters = new Set<Waiter>();

  constructor(readonly scale: number) {}

  now(): number {
    if (this.paused) return this.anchorSim;
    return this.anchorSim + (Date.now() - this.anchorReal) * this.scale;
  }

  get isPaused(): boolean {
    return this.paused;
  }

  pause(): void {
    if (this.paused) return;
    this.anchorSim = this.now();
    this.paused = true;
    for (const w of this.waiters) clearTimeout(w.timer);
  }

  resume(): void {
    if (!this.paused) return;
    this.anchorReal = Date.now();
    this.paused = false;
    for (const w of this.waiters) this.arm(w);
  }

  /** Moves a paused clock on by `ms` of simulated time. */
  advance(ms: number): void {
    if (!this.paused) throw new Error('advance a paused clock only');
    this.anchorSim += ms;
    for (const w of [...this.waiters]) if (w.at <= this.anchorSim) w.fire();
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const onAbort = () => {
        clearTimeout(waiter.timer);
        this.waiters.delete(waiter);
        reject(signal?.reason);
      };
      const waiter: Waiter = {
        at: this.now() + ms,
        fire: () => {
          clearTimeout(waiter.timer);
          this.waiters.delete(waiter);
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.waiters.add(waiter);
      if (!this.paused) this.arm(waiter);
    });
  }

  private arm(w: Waiter): void {
    w.timer = setTimeout(w.fire, Math.max(0, (w.at - this.now()) / this.scale));
  }
}
