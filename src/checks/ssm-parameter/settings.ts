import {
  boolean,
  type Infer,
  object,
  optional,
  record,
  refine,
  regExpProblem,
  string,
  withDefault,
} from '../../core/shape.js';

// Parameter Store names: letters, digits and _ . - with / between at most 15 levels, or an ARN,
// optionally with a :version or :label selector.
const NAME =
  /^(arn:[^:\s]+:ssm:[^:\s]+:\d{12}:parameter)?\/?[A-Za-z0-9_.\-/]{1,1011}(:[A-Za-z0-9_.-]{1,100})?$/;

const fields = object({
  name: string({
    pattern: NAME,
    expected: 'a Parameter Store name such as /ca-a2a/version',
    description: 'The parameter: a name (/app/version), name:version, or its ARN.',
  }),
  expect: optional(string({ description: 'The exact value.' })),
  'expect-match': optional(
    string({ description: 'A regular expression (JavaScript syntax) the value must match.' }),
  ),
  'expect-json': optional(
    record(
      string(),
      'Dotted paths into the JSON value (build.commit, agents.0.name) to expected values, compared as text.',
    ),
  ),
  'with-decryption': withDefault(
    boolean('Decrypt a SecureString (its value is then masked everywhere).'),
    false,
  ),
});

export const ssmParameterSettings = refine(fields, (c) => {
  const given = (['expect', 'expect-match', 'expect-json'] as const).filter(
    (k) => c[k] !== undefined,
  );
  if (given.length > 1)
    return {
      message: `give one of expect, expect-match, expect-json, not ${given.join(' and ')}`,
      at: [given[1] ?? ''],
    };
  return regExpProblem(c['expect-match'], 'expect-match');
});

export type SsmParameterCheckConfig = Infer<typeof ssmParameterSettings>;
