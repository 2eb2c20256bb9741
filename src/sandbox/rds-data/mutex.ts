/** A first-come, first-served lock: PGlite has one connection, so its users take turns. */
export class Mutex {
  private held = false;
  private readonly waiters: (() => void)[] = [];

  /** Resolves with the function that releases the lock (calling it twice is harmless). */
  async acquire(): Promise<() => void> {
    if (this.held) await new Promise<void>((resolve) => this.waiters.push(resolve));
    this.held = true;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiters.shift();
      // Handed straight to the next waiter, so a newcomer cannot slip in between.
      if (next) next();
      else this.held = false;
    };
  }
}
