/** The scenario's `ssm:` section: initial parameters, managed instances and scripted commands. */
import {
  array,
  type Infer,
  number,
  object,
  oneOf,
  optional,
  type Shape,
  string,
  withDefault,
} from '../../core/shape.js';
import { durationMs, parseScenarioValue } from '../scenario-shapes.js';

export const PARAMETER_TYPES = ['String', 'StringList', 'SecureString'] as const;
export type ParameterType = (typeof PARAMETER_TYPES)[number];

export const FINAL_STATUSES = ['Success', 'Failed', 'TimedOut', 'Cancelled'] as const;
export type FinalStatus = (typeof FINAL_STATUSES)[number];

const parameterShape = object({
  name: string({ description: 'Parameter name, e.g. /ca-a2a/db/host.' }),
  value: string({ description: 'Plain text value (SecureString values are stored decrypted).' }),
  type: withDefault(oneOf(PARAMETER_TYPES), 'String'),
  description: optional(string()),
});

const commandShape = object(
  {
    document: optional(string({ description: 'Matches SendCommand DocumentName exactly.' })),
    match: optional(
      string({ description: 'Matches when the `commands` parameter contains this text.' }),
    ),
    status: withDefault(oneOf(FINAL_STATUSES, 'Final status of each invocation.'), 'Success'),
    'appears-after': withDefault(
      durationMs('Simulated time before GetCommandInvocation knows the invocation.'),
      500,
    ),
    pending: withDefault(durationMs('Simulated time spent Pending.'), 1000),
    duration: withDefault(durationMs('Simulated time spent InProgress.'), 5000),
    stdout: withDefault(string(), ''),
    stderr: withDefault(string(), ''),
    'response-code': optional(
      number({ integer: true, description: 'Default: 0 on Success, 1 on Failed, -1 otherwise.' }),
    ),
  },
  { description: 'A scripted outcome for the SendCommand calls it matches (first match wins).' },
);

export const ssmSectionShape = object(
  {
    parameters: withDefault(array(parameterShape), []),
    instances: optional(
      array(string({ pattern: /^(i|mi)-[0-9a-f]+$/ }), {
        description: 'Managed instance ids; when given, other ids are InvalidInstanceId.',
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
