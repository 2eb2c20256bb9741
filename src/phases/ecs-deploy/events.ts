/**
 * Service events as they appear. DescribeServices returns the latest events (up to 100) newest
 * first on every poll; each is printed once, oldest first, and kept to explain a failure.
 */
import type { ServiceEvent } from '@aws-sdk/client-ecs';

export class EventTracker {
  private readonly seen = new Set<string>();
  /** Events that appeared since the tracker was primed, oldest first. */
  readonly fresh: { at: Date | undefined; message: string }[] = [];

  /** Marks the events that were there before the deploy as already seen. */
  constructor(existing: readonly ServiceEvent[] = []) {
    for (const event of existing) this.seen.add(keyOf(event));
  }

  /** The events not seen before, oldest first. */
  take(events: readonly ServiceEvent[] | undefined): string[] {
    const unseen = (events ?? []).filter((e) => !this.seen.has(keyOf(e))).reverse();
    for (const event of unseen) {
      this.seen.add(keyOf(event));
      this.fresh.push({ at: event.createdAt, message: event.message ?? '' });
    }
    return unseen.map((e) => e.message ?? '');
  }

  /** The last `count` fresh messages, oldest first. */
  recent(count: number): string[] {
    return this.fresh.slice(-count).map((e) => e.message);
  }
}

function keyOf(event: ServiceEvent): string {
  return event.id ?? `${event.createdAt?.getTime()}:${event.message}`;
}
