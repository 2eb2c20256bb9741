import {
  type CloudWatchLogsClient,
  CloudWatchLogsServiceException,
  DescribeLogStreamsCommand,
  FilterLogEventsCommand,
  GetLogEventsCommand,
  InvalidParameterException,
  ResourceNotFoundException,
} from '@aws-sdk/client-cloudwatch-logs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/sandbox/clock.js';
import { MemoryLogStore } from '../../src/sandbox/logs/index.js';
import { clientsFor, useSandbox } from '../helpers/sandbox.js';

const clock = new ManualClock(Date.UTC(2026, 2, 1, 12));
const T0 = clock.now();
const GROUP = '/ecs/ca-a2a-orchestrator';
const STREAM = 'ecs/orchestrator/0a1b2c3d';

const sandbox = useSandbox({ clock, scenario: { 'account-id': '555043101106' } });
let logs: CloudWatchLogsClient;

beforeAll(() => {
  logs = clientsFor(sandbox()).logs;
  const store = sandbox().logs;
  store.append(
    GROUP,
    STREAM,
    Array.from({ length: 25 }, (_, i) => ({ timestamp: T0 + i * 1000, message: `line ${i}` })),
  );
  clock.advance(5000);
  store.append(GROUP, 'ecs/orchestrator/ffff0000', [
    { timestamp: T0 + 500, message: 'ERROR token revoked' },
    { timestamp: T0 + 30_000, message: 'INFO healthy' },
  ]);
  store.append('/ecs/ca-a2a-extractor', 'ecs/extractor/1', [{ timestamp: T0, message: 'ERROR x' }]);
});
afterAll(() => logs.destroy());

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail('expected the call to fail'),
    (error: unknown) => error,
  );
}

const get = (extra: Partial<ConstructorParameters<typeof GetLogEventsCommand>[0]> = {}) =>
  logs.send(new GetLogEventsCommand({ logGroupName: GROUP, logStreamName: STREAM, ...extra }));

describe('GetLogEvents', () => {
  it('returns the latest events by default, oldest first within the page', async () => {
    const page = await get({ limit: 10 });
    expect(page.events?.map((e) => e.message)).toEqual(
      Array.from({ length: 10 }, (_, i) => `line ${15 + i}`),
    );
    expect(page.events?.[0]).toMatchObject({ timestamp: T0 + 15_000, ingestionTime: T0 });
    expect(page.nextForwardToken).toMatch(/^f\/\d{56}$/);
    expect(page.nextBackwardToken).toMatch(/^b\/\d{56}$/);
  });

  it('reads from the head forward until the same token comes back', async () => {
    const messages: string[] = [];
    let token: string | undefined;
    let calls = 0;
    for (;;) {
      const page = await get({ startFromHead: true, limit: 10, nextToken: token });
      calls += 1;
      messages.push(...(page.events ?? []).map((e) => e.message ?? ''));
      if (page.nextForwardToken === token) break;
      token = page.nextForwardToken;
    }
    expect(messages).toEqual(Array.from({ length: 25 }, (_, i) => `line ${i}`));
    expect(calls).toBe(4); // 10 + 10 + 5, then an empty page with the same token
  });

  it('reads backward from the tail until the same backward token comes back', async () => {
    const pages: string[][] = [];
    let token: string | undefined;
    for (;;) {
      const page = await get({ limit: 10, nextToken: token });
      if (token !== undefined && page.nextBackwardToken === token) break;
      pages.push((page.events ?? []).map((e) => e.message ?? ''));
      token = page.nextBackwardToken;
    }
    expect(pages.map((p) => p.length)).toEqual([10, 10, 5]);
    expect(pages[2]?.[0]).toBe('line 0');
  });

  it('new events appear behind a forward token', async () => {
    const stream = 'ecs/orchestrator/tailing';
    sandbox().logs.append(GROUP, stream, [{ timestamp: T0, message: 'first' }]);
    const head = await logs.send(
      new GetLogEventsCommand({ logGroupName: GROUP, logStreamName: stream, startFromHead: true }),
    );
    sandbox().logs.append(GROUP, stream, [{ timestamp: T0 + 1, message: 'second' }]);
    const next = await logs.send(
      new GetLogEventsCommand({
        logGroupName: GROUP,
        logStreamName: stream,
        nextToken: head.nextForwardToken,
      }),
    );
    expect(next.events?.map((e) => e.message)).toEqual(['second']);
  });

  it('filters by startTime (inclusive) and endTime (exclusive)', async () => {
    const page = await get({ startFromHead: true, startTime: T0 + 3000, endTime: T0 + 6000 });
    expect(page.events?.map((e) => e.message)).toEqual(['line 3', 'line 4', 'line 5']);
  });

  it('accepts a log group ARN as logGroupIdentifier', async () => {
    const page = await logs.send(
      new GetLogEventsCommand({
        logGroupIdentifier: `arn:aws:logs:eu-west-3:555043101106:log-group:${GROUP}:*`,
        logStreamName: STREAM,
        limit: 1,
      }),
    );
    expect(page.events?.map((e) => e.message)).toEqual(['line 24']);
  });

  it('raises ResourceNotFoundException for an unknown group or stream', async () => {
    const noGroup = await rejection(
      logs.send(new GetLogEventsCommand({ logGroupName: '/nope', logStreamName: STREAM })),
    );
    expect(noGroup).toBeInstanceOf(ResourceNotFoundException);
    expect((noGroup as Error).message).toBe('The specified log group does not exist.');
    const noStream = await rejection(get({ logStreamName: 'nope' }));
    expect(noStream).toBeInstanceOf(ResourceNotFoundException);
    expect(noStream).toBeInstanceOf(CloudWatchLogsServiceException);
  });

  it('rejects a limit above 10,000 and a forged token', async () => {
    expect(await rejection(get({ limit: 10_001 }))).toBeInstanceOf(InvalidParameterException);
    expect(await rejection(get({ nextToken: 'f/999' }))).toBeInstanceOf(InvalidParameterException);
  });
});

describe('FilterLogEvents', () => {
  it('searches every stream of a group for a substring, in timestamp order', async () => {
    const result = await logs.send(
      new FilterLogEventsCommand({ logGroupName: GROUP, filterPattern: 'ERROR' }),
    );
    expect(result.events).toEqual([
      expect.objectContaining({
        logStreamName: 'ecs/orchestrator/ffff0000',
        message: 'ERROR token revoked',
        timestamp: T0 + 500,
        ingestionTime: T0 + 5000,
        eventId: expect.any(String),
      }),
    ]);
  });

  it('matches quoted phrases, requires every term and honours -exclusions', async () => {
    const messages = async (filterPattern: string) =>
      (
        await logs.send(new FilterLogEventsCommand({ logGroupName: GROUP, filterPattern }))
      ).events?.map((e) => e.message);
    expect(await messages('"token revoked"')).toEqual(['ERROR token revoked']);
    expect(await messages('ERROR healthy')).toEqual([]);
    expect(await messages('line -1')).toHaveLength(25 - 12); // lines 1, 10-19 and 21 contain 1
  });

  it('restricts streams by name prefix or names, not both', async () => {
    const byPrefix = await logs.send(
      new FilterLogEventsCommand({
        logGroupName: GROUP,
        logStreamNamePrefix: 'ecs/orchestrator/f',
      }),
    );
    expect(byPrefix.events?.map((e) => e.message)).toEqual(['ERROR token revoked', 'INFO healthy']);
    const byName = await logs.send(
      new FilterLogEventsCommand({ logGroupName: GROUP, logStreamNames: [STREAM], limit: 2 }),
    );
    expect(byName.events?.map((e) => e.message)).toEqual(['line 0', 'line 1']);
    const next = await logs.send(
      new FilterLogEventsCommand({
        logGroupName: GROUP,
        logStreamNames: [STREAM],
        limit: 2,
        nextToken: byName.nextToken,
      }),
    );
    expect(next.events?.map((e) => e.message)).toEqual(['line 2', 'line 3']);
    const both = await rejection(
      logs.send(
        new FilterLogEventsCommand({
          logGroupName: GROUP,
          logStreamNames: [STREAM],
          logStreamNamePrefix: 'ecs',
        }),
      ),
    );
    expect(both).toBeInstanceOf(InvalidParameterException);
  });

  it('refuses JSON filter patterns it does not model', async () => {
    const error = await rejection(
      logs.send(new FilterLogEventsCommand({ logGroupName: GROUP, filterPattern: '{ $.x = 1 }' })),
    );
    expect(error).toBeInstanceOf(InvalidParameterException);
  });
});

describe('DescribeLogStreams', () => {
  it('lists streams by name with their event times and ARN', async () => {
    const { logStreams } = await logs.send(
      new DescribeLogStreamsCommand({
        logGroupName: GROUP,
        logStreamNamePrefix: 'ecs/orchestrator/0',
      }),
    );
    expect(logStreams).toEqual([
      {
        logStreamName: STREAM,
        creationTime: T0,
        firstEventTimestamp: T0,
        lastEventTimestamp: T0 + 24_000,
        lastIngestionTime: T0,
        arn: `arn:aws:logs:eu-west-3:555043101106:log-group:${GROUP}:log-stream:${STREAM}`,
        storedBytes: 0,
      },
    ]);
  });

  it('orders by last event time, descending, and pages', async () => {
    const first = await logs.send(
      new DescribeLogStreamsCommand({
        logGroupName: GROUP,
        orderBy: 'LastEventTime',
        descending: true,
        limit: 1,
      }),
    );
    expect(first.logStreams?.map((s) => s.logStreamName)).toEqual(['ecs/orchestrator/ffff0000']);
    const rest = await logs.send(
      new DescribeLogStreamsCommand({ logGroupName: GROUP, nextToken: first.nextToken }),
    );
    expect(rest.logStreams).toHaveLength(2);
    const conflict = await rejection(
      logs.send(
        new DescribeLogStreamsCommand({
          logGroupName: GROUP,
          orderBy: 'LastEventTime',
          logStreamNamePrefix: 'ecs',
        }),
      ),
    );
    expect(conflict).toBeInstanceOf(InvalidParameterException);
  });
});

describe('MemoryLogStore', () => {
  it('keeps events in timestamp order whatever order they arrive in', () => {
    const store = new MemoryLogStore(() => 0);
    store.append('g', 's', [
      { timestamp: 3, message: 'c' },
      { timestamp: 1, message: 'a' },
    ]);
    store.append('g', 's', [
      { timestamp: 2, message: 'b' },
      { timestamp: 3, message: 'd' },
    ]);
    expect(store.messages('g', 's')).toEqual(['a', 'b', 'c', 'd']);
    expect(store.messages('g', 'missing')).toEqual([]);
  });
});
