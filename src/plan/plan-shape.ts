/**
 * The plan file's own shapes, built with shape.ts: one description gives the checks, the typed
 * value and the JSON Schema. What a shape cannot see (kinds, needs, references) is checked in
 * check-phases.ts and check-templates.ts.
 */
import {
  array,
  boolean,
  duration,
  type Infer,
  isTemplate,
  listOf,
  number,
  object,
  oneOf,
  optional,
  parseDuration,
  record,
  type Shape,
  string,
  unknownValue,
  withDefault,
} from '../core/shape.js';
import type { OnFailure } from './types.js';

export const SLUG = /^[a-z][a-z0-9-]*$/;
/** eu-west-3, us-gov-west-1, cn-northwest-1, eusc-de-east-1. */
export const REGION = /^[a-z]{2,4}(?:-[a-z]+)+-[0-9]+$/;
export const ON_FAILURE: readonly OnFailure[] = ['stop', 'rollback', 'continue'];
export const DEFAULT_TIMEOUT = '30m';
export const DEFAULT_MAX_PARALLEL = 4;
/** An environment variable's name as a shell or a workflow's env: writes it. */
export const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Adds a title (editors show it on hover and in completion lists). */
function titled<S extends Shape<unknown>>(shape: S, title: string): S {
  return { ...shape, jsonSchema: () => ({ title, ...shape.jsonSchema() }) };
}

/** Refers to a `$defs` entry in the schema instead of repeating it. */
function defined<T>(shape: Shape<T>, name: string): Shape<T> {
  return { ...shape, jsonSchema: () => ({ $ref: `#/$defs/${name}` }) };
}

/**
 * A duration with a default: the file holds text (`30m`), the plan holds milliseconds, so the
 * schema's default must be the text rather than what withDefault would write.
 */
function durationDefault(text: string, description: string) {
  const shape = withDefault(duration(description), parseDuration(text) ?? 0);
  return { ...shape, jsonSchema: () => ({ ...duration(description).jsonSchema(), default: text }) };
}

/** A list that must hold something; its messages name what belongs in it ("a list of phases"). */
function nonEmptyList<T>(shape: Shape<T[]>, noun: string, hint: string): Shape<T[]> {
  return {
    ...shape,
    expected: `a list of ${noun}`,
    jsonSchema: () => ({ ...shape.jsonSchema(), minItems: 1 }),
    parse(value, path, ctx) {
      if (Array.isArray(value) && value.length > 0) return shape.parse(value, path, ctx);
      if (isTemplate(value)) return undefined;
      const found = Array.isArray(value) ? 'an empty list' : describeValue(value);
      ctx.issues.push({ path, message: `expected a list of ${noun}, found ${found}`, hint });
      return undefined;
    },
  };
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (typeof value === 'object') return 'a map';
  return `the ${typeof value === 'string' ? 'text' : typeof value} ${JSON.stringify(value)}`;
}

const version: Shape<1> = {
  expected: 'the number 1',
  jsonSchema: () => ({ const: 1, description: 'Plan file format version. Always 1.' }),
  parse(value, path, ctx) {
    if (value === 1) return 1;
    if (isTemplate(value)) return undefined;
    ctx.issues.push({
      path,
      message: `unsupported plan format version ${JSON.stringify(value) ?? 'nothing'}`,
      hint: 'write version: 1',
    });
    return undefined;
  },
};

const slug = string({
  pattern: SLUG,
  expected: 'a slug (lowercase letters, digits and hyphens, starting with a letter)',
  hint: 'for example id: admin-api',
  description: 'Unique phase id: lowercase letters, digits and hyphens, starting with a letter.',
});

const onFailure = (description: string) => oneOf(ON_FAILURE, description);

export const checkShape = object(
  {
    name: optional(
      string({ description: 'Shown in logs and the summary. Default: the check kind.' }),
    ),
    uses: string({ description: 'The check kind, for example http or sql.' }),
    with: optional(unknownValue("The check kind's settings; may use ${{ }} templates.")),
  },
  { description: 'A check that must pass.' },
);

const checkList = (description: string) =>
  optional(array(defined(checkShape, 'check'), { description }));

export const phaseShape = object(
  {
    id: slug,
    name: optional(string({ description: 'Shown in logs and the summary. Default: the id.' })),
    uses: string({ description: 'The phase kind, for example migrate or ecs-deploy.' }),
    with: optional(unknownValue("The phase kind's settings; may use ${{ }} templates.")),
    needs: optional(
      listOf(
        string({ description: 'A phase id.' }),
        'Phase ids this phase waits for. Default: the phase written before it; [] for none.',
      ),
    ),
    timeout: optional(duration('How long the phase may run. Default: defaults.timeout.')),
    gates: optional(
      object(
        {
          before: checkList('Checks that must pass before the phase starts.'),
          after: checkList('Checks that must pass after the phase ends, for it to succeed.'),
        },
        { description: 'Checks around the phase.' },
      ),
    ),
    'on-failure': optional(
      onFailure('What to do when the phase fails. Default: defaults.on-failure.'),
    ),
    'always-run': optional(
      boolean(
        'Run even when the release record says this phase already succeeded for this version. Default: true for kinds that change nothing (checks), false for the others.',
      ),
    ),
  },
  { description: 'One step of the release.' },
);

const defaultsObject = object(
  {
    timeout: durationDefault(DEFAULT_TIMEOUT, 'Timeout of a phase that sets none.'),
    'on-failure': withDefault(onFailure('What a failing phase does when it sets nothing.'), 'stop'),
  },
  { description: 'Settings for phases that do not set their own.' },
);

// The schema keeps the object's own schema: its per-key defaults are the ones written in files.
const defaultsShape = {
  ...withDefault(defaultsObject, {
    timeout: parseDuration(DEFAULT_TIMEOUT) ?? 0,
    'on-failure': 'stop' as OnFailure,
  }),
  jsonSchema: defaultsObject.jsonSchema,
};

const recordShape = object(
  {
    store: optional(
      oneOf(
        ['ssm', 'none'],
        'ssm (default): the release record in SSM Parameter Store under /phasegate/<app>/<environment>/. none: nothing is remembered between runs and no lease is taken (every selected phase runs).',
      ),
    ),
    lease: optional(
      duration(
        'How long a run holds the environment without renewing its lease (it renews it every third of this). A killed run blocks others this long. Default 1m.',
      ),
    ),
    wait: optional(
      duration(
        "How long a run waits for another run's lease before it fails naming the holder. Default 10m; 0s fails at once.",
      ),
    ),
  },
  { description: 'Where the release record is kept, and the release lease.' },
);

const environmentShape = object(
  {
    'promote-from': optional(
      string({
        pattern: /\S/,
        description:
          'Only versions fully released to this other environment may be released here (for example promote-from: staging).',
      }),
    ),
  },
  { description: 'Rules for one environment.' },
);

export const planShape = object(
  {
    version,
    app: string({ pattern: /\S/, description: 'The application, shown in the summary.' }),
    region: string({
      pattern: REGION,
      expected: 'an AWS region such as eu-west-3',
      hint: 'for example region: eu-west-3',
      description: 'The AWS region every phase works in, for example eu-west-3.',
    }),
    vars: optional(
      record(
        string({ description: 'Text; may use ${{ inputs.X }}, ${{ env.X }}, ${{ github.X }}.' }),
        'Plan variables, read as ${{ vars.NAME }}; --var NAME=VALUE overrides one.',
      ),
    ),
    secrets: optional(
      array(
        string({
          pattern: ENV_NAME,
          expected: 'an environment variable name',
          hint: 'for example secrets: [DB_PASSWORD, API_TOKEN]',
          description: 'An environment variable whose value is a secret.',
        }),
        {
          description:
            'Environment variables whose values are secrets: masked in every log line, summary and output (read them as ${{ env.NAME }}).',
        },
      ),
    ),
    defaults: defaultsShape,
    record: optional(recordShape),
    environments: optional(record(environmentShape, 'Rules per environment, by environment name.')),
    'max-parallel': withDefault(
      number({
        integer: true,
        min: 1,
        description: 'How many phases may run at once when needs allow.',
      }),
      DEFAULT_MAX_PARALLEL,
    ),
    phases: nonEmptyList(
      array(titled(defined(phaseShape, 'phase'), 'Phase'), {
        description: 'The phases, in order.',
      }),
      'phases',
      'write each phase as a list item: - id: migrate (next line: uses: migrate)',
    ),
  },
  { description: 'A phasegate release plan.' },
);

export type PlanFile = Infer<typeof planShape>;
export type PhaseFile = Infer<typeof phaseShape>;
export type CheckFile = Infer<typeof checkShape>;

const CHECK_EXAMPLE = '- uses: http (next line: with: { url: … })';

/**
 * For hints: what a key looks like when written well, by where it is in the file
 * (`phases[].needs`: the needs of any phase; `vars.*`: any variable).
 */
export const EXAMPLES: Record<string, string> = {
  version: 'version: 1',
  app: 'app: ca-a2a',
  region: 'region: eu-west-3',
  vars: 'vars: { image-tag: v5.1 }',
  'vars.*': 'image-tag: v5.1 (a variable holds text)',
  secrets: 'secrets: [DB_PASSWORD, API_TOKEN]',
  'secrets[]': 'secrets: [DB_PASSWORD, API_TOKEN]',
  defaults: 'defaults: { timeout: 30m, on-failure: stop }',
  'defaults.timeout': 'timeout: 30m',
  'defaults.on-failure': 'on-failure: stop',
  'max-parallel': 'max-parallel: 4',
  record: 'record: { store: ssm, lease: 2m, wait: 10m }',
  'record.store': 'store: ssm',
  'record.lease': 'lease: 2m',
  'record.wait': 'wait: 10m',
  environments: 'environments: { production: { promote-from: staging } }',
  'environments.*': 'production: { promote-from: staging }',
  'environments.*.promote-from': 'promote-from: staging',
  phases: 'phases: [ { id: migrate, uses: migrate } ]',
  'phases[]': '- id: migrate (next line: uses: migrate)',
  'phases[].id': 'id: admin-api',
  'phases[].name': 'name: Deploy the Admin API',
  'phases[].uses': 'uses: ecs-deploy',
  'phases[].with': 'with: { cluster: ca-a2a-cluster }',
  'phases[].needs': 'needs: [migrate]',
  'phases[].needs[]': 'needs: [migrate]',
  'phases[].timeout': 'timeout: 15m',
  'phases[].gates': 'gates: { before: [ { uses: http, with: { url: … } } ] }',
  'phases[].gates.before': 'before: [ { uses: http, with: { url: … } } ]',
  'phases[].gates.after': 'after: [ { uses: http, with: { url: … } } ]',
  'phases[].gates.before[]': CHECK_EXAMPLE,
  'phases[].gates.after[]': CHECK_EXAMPLE,
  'phases[].gates.before[].name': 'name: orchestrator healthy',
  'phases[].gates.after[].name': 'name: orchestrator healthy',
  'phases[].gates.before[].uses': 'uses: http',
  'phases[].gates.after[].uses': 'uses: http',
  'phases[].on-failure': 'on-failure: rollback',
  'phases[].always-run': 'always-run: true',
};

/** `["phases", 2, "needs", 0]` → `phases[].needs[]`, the key of EXAMPLES. */
export function examplePath(path: readonly (string | number)[]): string {
  return path
    .map((segment, i) => {
      if (typeof segment === 'number') return '[]';
      const name = i === 1 && path[0] === 'vars' ? '*' : segment;
      return i === 0 ? name : `.${name}`;
    })
    .join('');
}
