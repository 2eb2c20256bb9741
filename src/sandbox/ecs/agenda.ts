/**
 * The simulation's to-do list. Nothing runs on timers: each API call first runs every action
 * due up to `clock.now()`, in time order (ties in the order they were scheduled), so the state
 * a call sees is the same whether the clock is scaled, real or moved by hand in a test.
 */
interface Entry {
  at: number;
  seq: number;
  run: (at: number) => void;
}

export class Agenda {
  private entries: Entry[] = [];
  private seq = 0;
  /** Simulated time of the action running now, or of the last catch-up. */
  current: number;

  constructor(start: number) {
    this.current = start;
  }

  /** Runs `action` at `at`; a time already past runs at the current time. */
  schedule(at: number, run: (at: number) => void): void {
    const entry = { at: Math.max(at, this.current), seq: this.seq++, run };
    const index = this.entries.findIndex((e) => e.at > entry.at);
    if (index === -1) this.entries.push(entry);
    else this.entries.splice(index, 0, entry);
  }

  /** Runs every action due at or before `now`, including ones those actions schedule. */
  runUntil(now: number): void {
    for (let next = this.entries[0]; next && next.at <= now; next = this.entries[0]) {
      this.entries.shift();
      this.current = next.at;
      next.run(next.at);
    }
    this.current = Math.max(this.current, now);
  }

  get size(): number {
    return this.entries.length;
  }
}
