/** The sandbox's CloudWatch Logs: reads of what ECS tasks (or tests) wrote to the store. */
import { Input } from '../input.js';
import { unknownOperation } from '../protocol.js';
import { AwsError, type SandboxService, type ServiceDeps } from '../service.js';
import { readLogEvents } from './get-log-events.js';
import { describeLogStreams, filterLogEvents } from './queries.js';
import { parseLogsSection } from './scenario.js';
import type { LogGroup, LogStream, MemoryLogStore } from './store.js';

export { MemoryLogStore } from './store.js';

type Handler = (input: Input) => unknown;

export function createLogsService(
  deps: ServiceDeps & { store: MemoryLogStore; section?: unknown },
): SandboxService {
  const { store } = deps;
  const paging = parseLogsSection(deps.section);
  const groupArn = (group: string) =>
    `arn:aws:logs:${deps.region}:${deps.accountId}:log-group:${group}`;

  const group = (input: Input): LogGroup => {
    const name = groupName(input);
    const found = store.group(name);
    if (!found)
      throw new AwsError('ResourceNotFoundException', 'The specified log group does not exist.');
    return found;
  };
  const stream = (input: Input): LogStream => {
    const found = group(input).streams.get(input.string('logStreamName'));
    if (!found)
      throw new AwsError('ResourceNotFoundException', 'The specified log stream does not exist.');
    return found;
  };

  const operations: Record<string, Handler> = {
    GetLogEvents: (i) => readLogEvents(stream(i).events, i, paging),
    FilterLogEvents: (i) => filterLogEvents(group(i), i),
    DescribeLogStreams: (i) => {
      const g = group(i);
      return describeLogStreams(g, i, (s) => `${groupArn(g.name)}:log-stream:${s}`);
    },
  };

  return {
    name: 'logs',
    async handle(operation, input) {
      const handler = operations[operation];
      if (!handler) throw unknownOperation(`Logs_20140328.${operation}`);
      return handler(new Input(input, 'InvalidParameterException'));
    },
  };
}

/** `logGroupIdentifier` may be a name or an ARN (with or without the trailing `:*`). */
function groupName(input: Input): string {
  const identifier = input.optionalString('logGroupIdentifier');
  if (identifier === undefined) return input.string('logGroupName');
  if (input.has('logGroupName'))
    throw new AwsError(
      'InvalidParameterException',
      'LogGroup name and LogGroup ARN are mutually exclusive parameters.',
    );
  const arn = /^arn:aws[\w-]*:logs:[^:]*:\d*:log-group:([^:]+)(?::\*)?$/.exec(identifier);
  return arn?.[1] ?? identifier;
}
