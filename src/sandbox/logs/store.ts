/**
 * CloudWatch Logs data in memory: groups of streams of events kept in timestamp order, as the
 * service returns them. ECS tasks write here through the LogStore interface (the awslogs
 * driver); groups and streams are created on first write, as `awslogs-create-group` does.
 */
import type { LogEvent, LogStore } from '../service.js';

export interface StoredEvent extends LogEvent {
  ingestionTime: number;
  eventId: string;
}

export interface LogStream {
  readonly name: string;
  readonly creationTime: number;
  /** Sorted by timestamp; events with equal timestamps keep their arrival order. */
  readonly events: StoredEvent[];
  lastIngestionTime?: number;
}

export interface LogGroup {
  readonly name: string;
  readonly creationTime: number;
  readonly streams: Map<string, LogStream>;
}

export class MemoryLogStore implements LogStore {
  private readonly groups = new Map<string, LogGroup>();
  private nextEventId = 1;

  /** `now` gives the simulated time, used as creation and ingestion times. */
  constructor(private readonly now: () => number) {}

  append(group: string, stream: string, events: LogEvent[]): void {
    const target = this.createStream(group, stream);
    const ingestionTime = this.now();
    for (const event of events) insertSorted(target.events, this.stored(event, ingestionTime));
    if (events.length > 0) target.lastIngestionTime = ingestionTime;
  }

  createGroup(name: string): LogGroup {
    let group = this.groups.get(name);
    if (!group) {
      group = { name, creationTime: this.now(), streams: new Map() };
      this.groups.set(name, group);
    }
    return group;
  }

  createStream(groupName: string, name: string): LogStream {
    const group = this.createGroup(groupName);
    let stream = group.streams.get(name);
    if (!stream) {
      stream = { name, creationTime: this.now(), events: [] };
      group.streams.set(name, stream);
    }
    return stream;
  }

  group(name: string): LogGroup | undefined {
    return this.groups.get(name);
  }

  /** Every message of a stream, oldest first: a convenience for tests. */
  messages(group: string, stream: string): string[] {
    return (
      this.groups
        .get(group)
        ?.streams.get(stream)
        ?.events.map((e) => e.message) ?? []
    );
  }

  private stored(event: LogEvent, ingestionTime: number): StoredEvent {
    const eventId = String(this.nextEventId++).padStart(56, '0');
    return { timestamp: event.timestamp, message: event.message, ingestionTime, eventId };
  }
}

function insertSorted(events: StoredEvent[], event: StoredEvent): void {
  let low = 0;
  let high = events.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((events[mid] as StoredEvent).timestamp <= event.timestamp) low = mid + 1;
    else high = mid;
  }
  events.splice(low, 0, event);
}
