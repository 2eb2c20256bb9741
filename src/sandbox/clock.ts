/**
 * Sandbox time. Scenario durations (rollout times, the Data API's 45 s statement timeout, the
 * 3-minute transaction expiry) are in simulated time; `time-scale: 60` makes a 5-minute rollout
 * take 5 real seconds. Services derive their state from `now()` when asked, rather than from
 * timers, so a test can also drive a ManualClock step by step.
 */
export interface Clock {
  /** Simulated epoch milliseconds. */
  now(): number;
  /** Resolves after `ms` of simulated time; rejects with the signal's reason when aborted. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  /** Simulated milliseconds per real millisecond. */
  readonly scale: number;
}

export class ScaledClock implements Clock {
  private readonly realStart = Date.now();

  constructor(
    readonly scale = 1,
    private readonly simulatedStart = Date.now(),
  ) {
    if (!(scale > 0)) throw new Error(`time scale must be positive, got ${scale}`);
  }

  now(): number {
    return this.simulatedStart + (Date.now() - this.realStart) * this.scale;
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    return abortableTimeout(Math.max(0, ms / this.scale), signal);
  }
}

/** Time that moves only when a test calls `advance`. */
export class ManualClock implements Clock {
  readonly scale = 1;
  private current: number;
  private waiters: { at: number; resolve: () => void }[] = [];

  constructor(start = Date.UTC(2026, 0, 1)) {
    this.current = start;
  }

  now(): number {
    return this.current;
  }

  advance(ms: number): void {
    this.current += ms;
    const due = this.waiters.filter((w) => w.at <= this.current);
    this.waiters = this.waiters.filter((w) => w.at > this.current);
    for (const w of due) w.resolve();
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (ms <= 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const waiter = { at: this.current + ms, resolve };
      this.waiters.push(waiter);
      signal?.addEventListener('abort', () => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(signal.reason);
      });
    });
  }
}

function abortableTimeout(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}
