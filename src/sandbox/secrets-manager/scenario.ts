/** The scenario's `secrets-manager:` section: the secrets that exist when the sandbox starts. */
import {
  array,
  type Infer,
  object,
  optional,
  record,
  refine,
  string,
  unknownValue,
  withDefault,
} from '../../core/shape.js';
import { parseScenarioValue } from '../scenario-shapes.js';

/** Secrets Manager's documented name alphabet: letters, digits and /_+=.@!- (at most 512). */
export const SECRET_NAME = /^[A-Za-z0-9/_+=.@!-]{1,512}$/;

const secretShape = refine(
  object(
    {
      name: string({
        pattern: SECRET_NAME,
        description:
          'Secret name, e.g. ca-a2a/db. Its ARN is arn:aws:secretsmanager:<region>:<account>:secret:<name>-XXXXXX; ' +
          'an rds-data cluster that lists this name in its secrets accepts that ARN.',
      }),
      value: optional(string({ description: 'The SecretString, as plain text.' })),
      json: optional(
        record(
          unknownValue(),
          'The SecretString as a JSON object, e.g. the credentials RDS stores: username, password, host, port, dbname, engine.',
        ),
      ),
      description: optional(string()),
      arn: optional(
        string({
          pattern: /^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\d{12}:secret:.+-[A-Za-z0-9]{6}$/,
          description:
            'The full ARN to use (its 6-character suffix), e.g. the one a plan file names; ' +
            'default: a suffix derived from the name, the same on every start.',
        }),
      ),
    },
    { description: 'A secret with one version, labelled AWSCURRENT.' },
  ),
  (s) => {
    if ((s.value === undefined) === (s.json === undefined))
      return { message: 'give value or json (one of them)', hint: 'value: s3cret' };
    if (s.arn !== undefined && !s.arn.endsWith(`:secret:${s.name}${s.arn.slice(-7)}`))
      return { message: `the ARN does not name the secret "${s.name}"`, at: ['arn'] };
    return undefined;
  },
);

export const secretsManagerSectionShape = object(
  {
    secrets: withDefault(
      refine(array(secretShape), (secrets) => {
        const names = secrets.map((s) => s.name);
        const twice = names.find((n, i) => names.indexOf(n) !== i);
        return twice ? { message: `secret "${twice}" is declared twice` } : undefined;
      }),
      [],
    ),
  },
  { description: 'AWS Secrets Manager: see docs/sandbox.md#secrets-manager.' },
);

export type SecretsManagerScenario = Infer<typeof secretsManagerSectionShape>;
export type ScenarioSecret = SecretsManagerScenario['secrets'][number];

export function parseSecretsManagerSection(section: unknown): SecretsManagerScenario {
  return parseScenarioValue(secretsManagerSectionShape, section ?? {}, ['secrets-manager']);
}

/** The SecretString a scenario secret stands for. */
export function secretString(secret: ScenarioSecret): string {
  return secret.value ?? JSON.stringify(secret.json);
}
