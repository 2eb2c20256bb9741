/** The scenario's `ssm:` section: initial parameters, managed instances and scripted commands. */
import {
  array,
  type Infer,
  isPlainObject,
  number,
  object,
  oneOf,
  optional,
  record,
  type Shape,
  string,
  withDefault,
} from '../../core/shape.js';
import { durationMs, parseScenarioValue } from '../scenario-shapes.js';

export const PARAMETER_TYPES = ['String', 'StringList', 'SecureString'] as const;
export type ParameterType = (typeof PARAMETER_TYPES)[number];

/**
 * How a scripted invocation ends. The first four are CommandInvocationStatus values; AWS has no
 * status for a delivery time-out or an undeliverable node, only StatusDetails texts ("Delivery
 * Timed Out", "Undeliverable"), so the scenario names those endings on their own.
 */
export const FINAL_STATUSES = [
  'Success',
  'Failed',
  'TimedOut',
  'Cancelled',
  'DeliveryTimedOut',
  'Undeliverable',
] as const;
export type FinalStatus = (typeof FINAL_STATUSES)[number];

export const PING_STATUSES = ['Online', 'ConnectionLost', 'Inactive'] as const;

const parameterShape = object({
  name: string({ description: 'Parameter name, e.g. /ca-a2a/db/host.' }),
  value: string({ description: 'Plain text value (SecureString values are stored decrypted).' }),
  type: withDefault(oneOf(PARAMETER_TYPES), 'String'),
  description: optional(string()),
});

const INSTANCE_ID = /^(i|mi)-[0-9a-f]+$/;

const instanceObject = object(
  {
    id: string({ pattern: INSTANCE_ID, expected: 'an instance id such as i-0123456789abcdef0' }),
    tags: withDefault(record(string(), 'EC2 tags, e.g. { Role: cache-warmer }.'), {}),
    ping: withDefault(oneOf(PING_STATUSES, 'DescribeInstanceInformation PingStatus.'), 'Online'),
    platform: withDefault(oneOf(['Linux', 'Windows', 'MacOS'] as const), 'Linux'),
    name: optional(string({ description: 'ComputerName.' })),
  },
  { description: 'A managed instance with its tags and agent status.' },
);

export type ManagedInstance = Infer<typeof instanceObject>;

/** An instance is written as its id alone, or as a map with tags and a ping status. */
const instanceShape: Shape<ManagedInstance> = {
  expected: 'an instance id or { id, tags, ping }',
  jsonSchema: () => ({
    anyOf: [{ type: 'string', pattern: INSTANCE_ID.source }, instanceObject.jsonSchema()],
  }),
  parse: (value, path, ctx) =>
    instanceObject.parse(isPlainObject(value) ? value : { id: value }, path, ctx),
};

const commandShape = object(
  {
    document: optional(string({ description: 'Matches SendCommand DocumentName exactly.' })),
    match: optional(
      string({ description: 'Matches when the `commands` parameter contains this text.' }),
    ),
    instance: optional(
      string({
        description: 'Matches only the invocation on this instance id.',
        pattern: INSTANCE_ID,
      }),
    ),
    status: withDefault(oneOf(FINAL_STATUSES, 'How each invocation ends.'), 'Success'),
    'appears-after': withDefault(
      durationMs('Simulated time before GetCommandInvocation knows the invocation.'),
      500,
    ),
    pending: withDefault(durationMs('Simulated time spent Pending.'), 1000),
    delayed: withDefault(
      durationMs('Then simulated time spent Delayed (the node was not reachable; SSM retries).'),
      0,
    ),
    duration: withDefault(durationMs('Simulated time spent InProgress.'), 5000),
    cancelling: withDefault(
      durationMs('After CancelCommand, simulated time spent Cancelling before Cancelled.'),
      1000,
    ),
    stdout: withDefault(string(), ''),
    stderr: withDefault(string(), ''),
    'response-code': optional(
      number({ integer: true, description: 'Default: 0 on Success, 1 on Failed, -1 otherwise.' }),
    ),
  },
  { description: 'A scripted outcome for the invocations it matches (first match wins).' },
);

export const ssmSectionShape = object(
  {
    parameters: withDefault(array(parameterShape), []),
    instances: optional(
      array(instanceShape, {
        description:
          'Managed instances; when given, other ids are InvalidInstanceId and tag targets resolve against their tags.',
      }),
    ),
    commands: withDefault(array(commandShape), []),
  },
  { description: 'AWS Systems Manager: Parameter Store and Run Command.' },
);

export type SsmScenario = Infer<typeof ssmSectionShape>;
export type ScriptedCommand = SsmScenario['commands'][number];

/** A command that matches no script succeeds after the default timings with no output. */
export const DEFAULT_SCRIPT: ScriptedCommand = parseScenarioValue(
  commandShape as Shape<ScriptedCommand>,
  {},
  [],
);

export function parseSsmSection(section: unknown): SsmScenario {
  return parseScenarioValue(ssmSectionShape, section ?? {}, ['ssm']);
}
