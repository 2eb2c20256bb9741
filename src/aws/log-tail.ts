/**
 * The last lines of a CloudWatch Logs stream, read backward from its end: the one log tail of
 * phasegate (ECS task logs, SSM Run Command output streamed to CloudWatch).
 */
import { CloudWatchLogsClient, GetLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import type { AwsClients } from './clients.js';

/** Pages read at most for one tail; empty pages before the end are rare but allowed. */
const MAX_PAGES = 50;

/**
 * The newest `limit` lines, read backward from the end of the stream. AWS: "A returned page
 * might only be partially full, or even empty. Partially full or empty pages don't necessarily
 * mean that pagination is finished. As long as the nextBackwardToken or nextForwardToken
 * returned is NOT equal to the nextToken that you passed into the API call, there might be more
 * log events available" (GetLogEvents, botocore `logs` model). So pages are read until `limit`
 * lines are in or the token comes back unchanged.
 */
export async function lastLogLines(
  ctx: { aws: AwsClients; signal: AbortSignal },
  where: { group: string; stream: string },
  limit: number,
): Promise<string[]> {
  const logs = ctx.aws.client(CloudWatchLogsClient);
  let lines: string[] = [];
  let token: string | undefined;
  for (let page = 0; page < MAX_PAGES && lines.length < limit; page++) {
    const answer = await logs.send(
      new GetLogEventsCommand({
        logGroupName: where.group,
        logStreamName: where.stream,
        limit: limit - lines.length,
        startFromHead: false,
        ...(token ? { nextToken: token } : {}),
      }),
      { abortSignal: ctx.signal },
    );
    // Each page is oldest first; an older page goes in front.
    lines = [
      ...(answer.events ?? []).map((e) => (e.message ?? '').replace(/\r?\n$/, '')),
      ...lines,
    ];
    const next = answer.nextBackwardToken;
    if (!next || next === token) break;
    token = next;
  }
  return lines.slice(-limit);
}
