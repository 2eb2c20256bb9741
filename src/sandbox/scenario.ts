/**
 * The scenario's root: the keys every sandbox understands (time scale, region, account, faults)
 * and the raw sections handed to each service, which validates its own.
 */
import { readFileSync } from 'node:fs';
import { type Document, isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import {
  isPlainObject,
  type JsonSchema,
  number,
  object,
  optional,
  type ParseContext,
  record,
  refine,
  type Shape,
  string,
  withDefault,
} from '../core/shape.js';
import { ecsSectionShape } from './ecs/scenario.js';
import { type FaultRule, faultsShape } from './faults.js';
import { logsSectionShape } from './logs/scenario.js';
import { rdsDataSectionShape } from './rds-data/scenario.js';
import { issuesToError } from './scenario-shapes.js';
import { secretsManagerSectionShape } from './secrets-manager/scenario.js';
import { ScenarioError, type ScenarioMistake } from './service.js';
import { ssmSectionShape } from './ssm/scenario.js';

export interface ScenarioRoot {
  timeScale: number;
  region: string;
  accountId: string;
  faults: FaultRule[];
  /** Seed of the faults' generator, unless the caller gives one. */
  faultSeed: number;
  /** Variables a rehearsal's run gets, standing in for real infrastructure (`{sandbox-url}` expanded). */
  env: Record<string, string>;
  /** Raw sections, validated by the service factories. */
  ecs: unknown;
  ssm: unknown;
  rdsData: unknown;
  secretsManager: unknown;
  logs: unknown;
}

export const DEFAULT_REGION = 'eu-west-3';
export const DEFAULT_ACCOUNT_ID = '000000000000';

/** YAML reads an unquoted 000000000000 as the number 0, so a number is kept only if it is 12 digits. */
const accountIdShape: Shape<string> = {
  expected: 'a 12-digit account id in quotes',
  jsonSchema: () => ({
    type: 'string',
    pattern: '^\\d{12}$',
    description: 'AWS account id in ARNs.',
  }),
  parse(value, path, ctx) {
    const text = typeof value === 'number' ? String(value) : value;
    if (typeof text === 'string' && /^\d{12}$/.test(text)) return text;
    ctx.issues.push({
      path,
      message: `expected ${accountIdShape.expected}`,
      hint: 'write it quoted, for example account-id: "000000000000"',
    });
    return undefined;
  },
};

const timeScaleShape: Shape<number> = (() => {
  const shape = refine(
    number({ description: 'Simulated milliseconds per real millisecond (60: 5 min → 5 s).' }),
    (n) => (n > 0 ? undefined : { message: 'time-scale must be greater than 0' }),
  );
  return { ...shape, jsonSchema: () => ({ ...shape.jsonSchema(), exclusiveMinimum: 0 }) };
})();

/** An open map whose keys the named service checks. */
function serviceSection(description: string): Shape<unknown> {
  return {
    expected: 'a map',
    jsonSchema: () => ({ type: 'object', additionalProperties: true, description }),
    parse(value, path, ctx) {
      if (value === undefined || value === null || isPlainObject(value)) return value ?? undefined;
      ctx.issues.push({ path, message: 'expected a map' });
      return undefined;
    },
  };
}

/** The sections' own shapes, for the schema; at load time each service checks its section. */
interface SectionShapes {
  ecs: Shape<unknown>;
  ssm: Shape<unknown>;
  rdsData: Shape<unknown>;
  secretsManager: Shape<unknown>;
  logs: Shape<unknown>;
}

function rootShape(sections: SectionShapes) {
  return object(
    {
      'time-scale': withDefault(timeScaleShape, 1),
      region: withDefault(
        string({ pattern: /^[a-z]{2}(-[a-z]+)+-\d+$/, description: 'Region in ARNs.' }),
        DEFAULT_REGION,
      ),
      'account-id': withDefault(accountIdShape, DEFAULT_ACCOUNT_ID),
      ecs: optional(sections.ecs),
      ssm: optional(sections.ssm),
      'rds-data': optional(sections.rdsData),
      'secrets-manager': optional(sections.secretsManager),
      logs: optional(sections.logs),
      faults: optional(faultsShape),
      'fault-seed': withDefault(
        number({
          integer: true,
          min: 1,
          description: 'Seed of the generator the faults draw their rates from (default 1).',
        }),
        1,
      ),
      env: optional(
        record(
          string(),
          'Environment variables for a rehearsal, e.g. the URL of a load balancer the plan checks: {sandbox-url} is the sandbox address.',
        ),
      ),
    },
    { description: 'A phasegate sandbox scenario: see docs/sandbox.md.' },
  );
}

/** Reads and checks a scenario: a YAML file path, an object, or nothing (all defaults). */
export function loadScenario(source?: string | Record<string, unknown>): ScenarioRoot {
  if (typeof source === 'string') return withFilePositions(source, () => rootFromFile(source));
  return rootFromValue(source ?? {});
}

function rootFromValue(value: unknown): ScenarioRoot {
  const open = {
    ecs: serviceSection('Amazon ECS: see docs/sandbox-ecs.md.'),
    ssm: serviceSection('SSM: see docs/sandbox.md.'),
    rdsData: serviceSection('RDS Data API: see docs/sandbox-rds-data.md.'),
    secretsManager: serviceSection('Secrets Manager: see docs/sandbox.md#secrets-manager.'),
    logs: serviceSection('CloudWatch Logs: see docs/sandbox.md#cloudwatch-logs.'),
  };
  const ctx: ParseContext = { mode: 'final', issues: [] };
  const root = rootShape(open).parse(value ?? {}, [], ctx);
  checkSections(value, ctx);
  const error = issuesToError(ctx.issues);
  if (error || root === undefined) throw error ?? new ScenarioError('(root)', 'expected a map');
  return {
    timeScale: root['time-scale'],
    region: root.region,
    accountId: root['account-id'],
    faults: root.faults ?? [],
    faultSeed: root['fault-seed'],
    env: root.env ?? {},
    ecs: root.ecs,
    ssm: root.ssm,
    rdsData: root['rds-data'],
    secretsManager: root['secrets-manager'],
    logs: root.logs,
  };
}

const SECTIONS: Record<string, Shape<unknown>> = {
  ecs: ecsSectionShape,
  ssm: ssmSectionShape,
  'rds-data': rdsDataSectionShape,
  'secrets-manager': secretsManagerSectionShape,
  logs: logsSectionShape,
};

/**
 * Every section's shape checked with the root, so a scenario's mistakes are all reported at
 * once, whichever sections they are in; each service reads its own section again when built
 * (and checks what only it can, such as a service declared twice).
 */
function checkSections(value: unknown, ctx: ParseContext): void {
  if (!isPlainObject(value)) return;
  for (const [key, shape] of Object.entries(SECTIONS)) {
    const section = value[key];
    if (isPlainObject(section)) shape.parse(section, [key], ctx);
  }
}

function rootFromFile(file: string): ScenarioRoot {
  return rootFromValue(readYaml(file).value);
}

function readYaml(file: string) {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ScenarioError(file, `cannot read the file (${(error as Error).message})`);
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true });
  const [first] = doc.errors;
  if (first) throw new ScenarioError(file, `YAML syntax: ${first.message}`);
  return { value: doc.toJS() as unknown, doc, lines };
}

/**
 * Adds `file:line:column` to a scenario mistake found in a file, whichever section (root or a
 * service factory) found it.
 */
export function withFilePositions<T>(file: string, load: () => T): T {
  try {
    return load();
  } catch (error) {
    throw locateScenarioError(error, file);
  }
}

/** The same error with `(file:line:column)` after each mistake when it is a ScenarioError in `file`. */
export function locateScenarioError(error: unknown, file: string): unknown {
  if (!(error instanceof ScenarioError) || error instanceof LocatedScenarioError) return error;
  if (error.where === file) return error;
  const position = positionsIn(file);
  const [first, ...others] = error.mistakes.map((m) => ({
    ...m,
    message: `${m.message} (${position(m)})`,
  }));
  if (!first) return error;
  return new LocatedScenarioError(first.where, first.message, first.hint, others);
}

/** Positions added once, however many layers (file reader, sandbox start) locate the error. */
class LocatedScenarioError extends ScenarioError {}

/**
 * `file:line:column` of a mistake in the file (an unknown key at the key itself, like the plan
 * reader), or the file alone when it is not found.
 */
function positionsIn(file: string): (mistake: ScenarioMistake) => string {
  let read: ReturnType<typeof readYaml> | undefined;
  try {
    read = readYaml(file);
  } catch {
    // The file was read once already; if it is gone now, the path alone still helps.
  }
  return (mistake) => {
    const atKey = mistake.message.startsWith('unknown key');
    const node = read && nodeAt(read.doc, pathOf(mistake.where), atKey);
    const at = node?.range ? read?.lines.linePos(node.range[0]) : undefined;
    return at ? `${file}:${at.line}:${at.col}` : file;
  };
}

function nodeAt(
  doc: Document,
  path: (string | number)[],
  atKey: boolean,
): { range?: [number, number, number] | null | undefined } | undefined {
  const parent = atKey ? doc.getIn(path.slice(0, -1), true) : undefined;
  if (isMap(parent)) {
    const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === path.at(-1));
    if (isScalar(pair?.key)) return pair.key;
  }
  return doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
}

function pathOf(where: string): (string | number)[] {
  return [...where.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) =>
    m[2] !== undefined ? Number(m[2]) : (m[1] as string),
  );
}

/** The JSON Schema of the whole scenario, every section spelled out. */
export function scenarioJsonSchema(): JsonSchema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'urn:phasegate:schema:sandbox-scenario:1',
    title: 'phasegate sandbox scenario',
    ...rootShape({
      ecs: ecsSectionShape,
      ssm: ssmSectionShape,
      rdsData: rdsDataSectionShape,
      secretsManager: secretsManagerSectionShape,
      logs: logsSectionShape,
    }).jsonSchema(),
  };
}
