import {
  duration,
  type Infer,
  listOf,
  number,
  object,
  oneOf,
  optional,
  record,
  refine,
  regExpProblem,
  string,
  withDefault,
} from '../../core/shape.js';

const fields = object({
  run: listOf(
    string(),
    'The program and its arguments, e.g. [curl, -fsS, https://…]; with shell: bash, the script.',
  ),
  shell: optional(
    oneOf(
      ['bash'] as const,
      'Run `run` as a bash script (bash -c); without it no shell is involved.',
    ),
  ),
  env: optional(
    record(
      string(),
      'Environment variables added to the runner’s; values of secret-looking names are masked.',
    ),
  ),
  'working-directory': optional(
    string({ description: 'Directory to run in (default: the working directory).' }),
  ),
  timeout: withDefault(duration('How long the program may run before it is killed.'), 60_000),
  'exit-code': withDefault(
    number({ integer: true, min: 0, max: 255, description: 'The exit code that passes.' }),
    0,
  ),
  'stdout-contains': optional(
    listOf(string(), 'A text, or texts, the standard output must contain.'),
  ),
  'stdout-match': optional(
    string({
      description: 'A regular expression (JavaScript syntax) the standard output must match.',
    }),
  ),
});

export const commandSettings = refine(fields, (c) => {
  if (c.run.length === 0 || c.run[0] === '') return { message: 'run needs a program', at: ['run'] };
  if (c.shell && c.run.length > 1)
    return {
      message: 'with shell: bash, run is one script',
      at: ['run'],
      hint: 'write run: | followed by the script lines',
    };
  return regExpProblem(c['stdout-match'], 'stdout-match');
});

export type CommandCheckConfig = Infer<typeof commandSettings>;
