/**
 * GetLogEvents with AWS's token semantics: a page is read forward (`f/…` tokens, or from the
 * head) or backward (`b/…` tokens, or from the tail, the default). Reading past the end gives
 * no events and the same token back, which is how callers know they reached the end. With the
 * scenario's `logs:` paging, pages are short or empty before the end, as AWS allows: an empty
 * page's tokens carry how many empty pages were served at that position (`…/e<n>`).
 */
import type { Input } from '../input.js';
import { AwsError } from '../service.js';
import type { LogsPaging } from './scenario.js';
import type { StoredEvent } from './store.js';

// Documented: up to 10,000 events or 1 MB per call; each event counts its message plus 26 bytes.
const MAX_EVENTS = 10_000;
const MAX_BYTES = 1_048_576;
const EVENT_OVERHEAD = 26;

interface Cursor {
  direction: 'f' | 'b';
  position: number;
  /** Empty pages already served at this position. */
  empties: number;
}

const FULL_PAGES: LogsPaging = { emptyPages: 0, pageEvents: MAX_EVENTS };

export function readLogEvents(
  events: readonly StoredEvent[],
  input: Input,
  paging: LogsPaging = FULL_PAGES,
) {
  const visible = inTimeRange(events, input);
  const asked = input.integer('limit', { min: 1, max: MAX_EVENTS }) ?? MAX_EVENTS;
  const limit = Math.min(asked, paging.pageEvents);
  const cursor = startCursor(input, visible.length);
  const atEnd = cursor.direction === 'f' ? cursor.position >= visible.length : cursor.position <= 0;
  if (!atEnd && cursor.empties < paging.emptyPages) return emptyPage(cursor);
  const [start, end] =
    cursor.direction === 'f'
      ? [cursor.position, forwardEnd(visible, cursor.position, limit)]
      : [backwardStart(visible, cursor.position, limit), cursor.position];
  return {
    events: visible.slice(start, end).map((e) => ({
      timestamp: e.timestamp,
      message: e.message,
      ingestionTime: e.ingestionTime,
    })),
    nextForwardToken: token('f', end),
    nextBackwardToken: token('b', start),
  };
}

/** startTime is inclusive, endTime exclusive, as documented. */
export function inTimeRange(events: readonly StoredEvent[], input: Input): StoredEvent[] {
  const start = input.integer('startTime', { min: 0, max: Number.MAX_SAFE_INTEGER });
  const end = input.integer('endTime', { min: 0, max: Number.MAX_SAFE_INTEGER });
  return events.filter(
    (e) =>
      (start === undefined || e.timestamp >= start) && (end === undefined || e.timestamp < end),
  );
}

/** No events, and tokens that differ from the one passed: there may be more. */
function emptyPage(cursor: Cursor) {
  const empties = cursor.empties + 1;
  return {
    events: [],
    nextForwardToken: token('f', cursor.position, empties),
    nextBackwardToken: token('b', cursor.position, empties),
  };
}

function startCursor(input: Input, count: number): Cursor {
  const text = input.optionalString('nextToken');
  if (text === undefined)
    return input.boolean('startFromHead')
      ? { direction: 'f', position: 0, empties: 0 }
      : { direction: 'b', position: count, empties: 0 };
  const match = /^([fb])\/(\d{1,56})(?:\/e(\d{1,2}))?$/.exec(text);
  const position = Number(match?.[2]);
  if (!match || position > count)
    throw new AwsError('InvalidParameterException', 'The specified nextToken is invalid.');
  return { direction: match[1] as 'f' | 'b', position, empties: Number(match[3] ?? 0) };
}

function token(direction: 'f' | 'b', position: number, empties = 0): string {
  const base = `${direction}/${String(position).padStart(56, '0')}`;
  return empties > 0 ? `${base}/e${empties}` : base;
}

function size(event: StoredEvent): number {
  return Buffer.byteLength(event.message) + EVENT_OVERHEAD;
}

function forwardEnd(events: readonly StoredEvent[], start: number, limit: number): number {
  let end = start;
  let bytes = 0;
  while (end < events.length && end - start < limit) {
    bytes += size(events[end] as StoredEvent);
    if (bytes > MAX_BYTES) break;
    end += 1;
  }
  return end;
}

function backwardStart(events: readonly StoredEvent[], end: number, limit: number): number {
  let start = end;
  let bytes = 0;
  while (start > 0 && end - start < limit) {
    bytes += size(events[start - 1] as StoredEvent);
    if (bytes > MAX_BYTES) break;
    start -= 1;
  }
  return start;
}
