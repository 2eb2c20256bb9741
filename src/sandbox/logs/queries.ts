/** FilterLogEvents and DescribeLogStreams over the in-memory store. */
import { decodeToken, encodeToken, type Input } from '../input.js';
import { AwsError } from '../service.js';
import { inTimeRange } from './get-log-events.js';
import type { LogGroup, LogStream, StoredEvent } from './store.js';

// Documented limits: FilterLogEvents takes up to 100 stream names and returns up to 10,000
// events; DescribeLogStreams returns up to 50 streams per page.
const MAX_STREAM_NAMES = 100;
const MAX_FILTER_EVENTS = 10_000;
const MAX_STREAMS_PAGE = 50;

export function filterLogEvents(group: LogGroup, input: Input) {
  const streams = selectStreams(group, input);
  const matches = patternMatcher(input.optionalString('filterPattern'));
  const events = streams
    .flatMap((s) => inTimeRange(s.events, input).map((e) => ({ stream: s.name, event: e })))
    .filter(({ event }) => matches(event.message))
    .sort((a, b) => a.event.timestamp - b.event.timestamp || compare(a.event, b.event));
  const limit = input.integer('limit', { min: 1, max: MAX_FILTER_EVENTS }) ?? MAX_FILTER_EVENTS;
  const start = offsetFrom(input.optionalString('nextToken'));
  const page = events.slice(start, start + limit);
  return {
    events: page.map(({ stream, event }) => ({
      logStreamName: stream,
      timestamp: event.timestamp,
      message: event.message,
      ingestionTime: event.ingestionTime,
      eventId: event.eventId,
    })),
    searchedLogStreams: streams.map((s) => ({ logStreamName: s.name, searchedCompletely: true })),
    ...(start + limit < events.length ? { nextToken: encodeToken({ offset: start + limit }) } : {}),
  };
}

function compare(a: StoredEvent, b: StoredEvent): number {
  return a.eventId < b.eventId ? -1 : a.eventId > b.eventId ? 1 : 0;
}

function selectStreams(group: LogGroup, input: Input): LogStream[] {
  const names = input.strings('logStreamNames', MAX_STREAM_NAMES);
  const prefix = input.optionalString('logStreamNamePrefix');
  if (names && prefix !== undefined)
    throw new AwsError(
      'InvalidParameterException',
      'You cannot specify both LogStreamNames and LogStreamNamePrefix',
    );
  const all = [...group.streams.values()];
  if (names) return all.filter((s) => names.includes(s.name));
  return prefix === undefined ? all : all.filter((s) => s.name.startsWith(prefix));
}

/**
 * The sandbox models the text forms of CloudWatch filter patterns: every term must appear
 * (case-sensitive), `-term` excludes, `"a phrase"` matches exactly. JSON (`{ $.x = 1 }`),
 * space-delimited (`[a, b]`) and regex (`%…%`) patterns are refused rather than half-matched.
 */
export function patternMatcher(pattern: string | undefined): (message: string) => boolean {
  const text = pattern?.trim() ?? '';
  if (text === '') return () => true;
  if (/^[{[%]/.test(text))
    throw new AwsError(
      'InvalidParameterException',
      'JSON, space-delimited and regex filter patterns are not modelled by the sandbox',
    );
  const terms = [...text.matchAll(/(-?)"([^"]*)"|(-?)(\S+)/g)].map((m) => ({
    exclude: (m[1] ?? m[3]) === '-',
    text: m[2] ?? m[4] ?? '',
  }));
  return (message) => terms.every((t) => message.includes(t.text) !== t.exclude);
}

export function describeLogStreams(group: LogGroup, input: Input, arnOf: (s: string) => string) {
  const prefix = input.optionalString('logStreamNamePrefix');
  const orderBy = input.optionalString('orderBy') ?? 'LogStreamName';
  if (orderBy !== 'LogStreamName' && orderBy !== 'LastEventTime')
    input.fail('orderBy', 'Member must satisfy enum value set: [LogStreamName, LastEventTime]');
  if (orderBy === 'LastEventTime' && prefix !== undefined)
    throw new AwsError(
      'InvalidParameterException',
      'Cannot order by LastEventTime with a logStreamNamePrefix.',
    );
  const streams = [...group.streams.values()]
    .filter((s) => prefix === undefined || s.name.startsWith(prefix))
    .sort(orderBy === 'LastEventTime' ? byLastEvent : byName);
  if (input.boolean('descending')) streams.reverse();
  const limit = input.integer('limit', { min: 1, max: MAX_STREAMS_PAGE }) ?? MAX_STREAMS_PAGE;
  const start = offsetFrom(input.optionalString('nextToken'));
  return {
    logStreams: streams.slice(start, start + limit).map((s) => describeStream(s, arnOf(s.name))),
    ...(start + limit < streams.length
      ? { nextToken: encodeToken({ offset: start + limit }) }
      : {}),
  };
}

function describeStream(stream: LogStream, arn: string) {
  const first = stream.events[0];
  const last = stream.events.at(-1);
  return {
    logStreamName: stream.name,
    creationTime: stream.creationTime,
    ...(first ? { firstEventTimestamp: first.timestamp } : {}),
    ...(last ? { lastEventTimestamp: last.timestamp } : {}),
    ...(stream.lastIngestionTime !== undefined
      ? { lastIngestionTime: stream.lastIngestionTime }
      : {}),
    arn,
    storedBytes: 0,
  };
}

const byName = (a: LogStream, b: LogStream) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
const byLastEvent = (a: LogStream, b: LogStream) =>
  (a.events.at(-1)?.timestamp ?? 0) - (b.events.at(-1)?.timestamp ?? 0);

function offsetFrom(token: string | undefined): number {
  if (token === undefined) return 0;
  return decodeToken(
    token,
    (c): c is { offset: number } => typeof c.offset === 'number',
    () => new AwsError('InvalidParameterException', 'The specified nextToken is invalid.'),
  ).offset;
}
