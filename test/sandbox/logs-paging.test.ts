/**
 * GetLogEvents with the scenario's `logs:` paging, through the real SDK and the AWS CLI: empty
 * and short pages before the end, as AWS allows, with the end still the token coming back
 * unchanged (botocore `logs` model, GetLogEvents).
 */
import { type CloudWatchLogsClient, GetLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { awsCli, hasAwsCli } from '../helpers/aws-cli.js';
import { clientsFor, useSandbox } from '../helpers/sandbox.js';

const GROUP = '/ecs/ca-a2a-tests';
const STREAM = 'ecs/tests/0a1b';
const sandbox = useSandbox({ scenario: { logs: { 'empty-pages': 1, 'page-events': 3 } } });
let logs: CloudWatchLogsClient;

beforeAll(() => {
  logs = clientsFor(sandbox()).logs;
  sandbox().logs.append(
    GROUP,
    STREAM,
    Array.from({ length: 7 }, (_, i) => ({ timestamp: 1000 + i, message: `line ${i}` })),
  );
});
afterAll(() => logs.destroy());

const page = (nextToken?: string) =>
  logs.send(
    new GetLogEventsCommand({
      logGroupName: GROUP,
      logStreamName: STREAM,
      startFromHead: false,
      ...(nextToken ? { nextToken } : {}),
    }),
  );

describe('GetLogEvents paging (logs: empty-pages, page-events)', () => {
  it('reads backward through empty and short pages until the token comes back unchanged', async () => {
    const seen: string[][] = [];
    let token: string | undefined;
    for (let i = 0; i < 20; i++) {
      const answer = await page(token);
      seen.push((answer.events ?? []).map((e) => e.message ?? ''));
      if (answer.nextBackwardToken === token) break;
      token = answer.nextBackwardToken;
    }
    expect(seen).toEqual([
      [],
      ['line 4', 'line 5', 'line 6'],
      [],
      ['line 1', 'line 2', 'line 3'],
      [],
      ['line 0'],
      [],
    ]);
  });

  it('gives an empty first page a token of its own, so it is not the end', async () => {
    const first = await page();
    expect(first.events).toEqual([]);
    expect(first.nextBackwardToken).toEqual(expect.any(String));
    const second = await page(first.nextBackwardToken);
    expect(second.nextBackwardToken).not.toBe(first.nextBackwardToken);
  });
});

describe.skipIf(!hasAwsCli)('AWS CLI v2 (/usr/bin/aws logs get-log-events)', () => {
  it('shows the empty first page and a token to go on with', async () => {
    const run = await awsCli(sandbox(), [
      'logs',
      'get-log-events',
      '--log-group-name',
      GROUP,
      '--log-stream-name',
      STREAM,
    ]);
    expect(run.code, run.stderr).toBe(0);
    const answer = JSON.parse(run.stdout) as { events: unknown[]; nextBackwardToken: string };
    expect(answer.events).toEqual([]);
    expect(answer.nextBackwardToken).toMatch(/^b\//);
  });
});
