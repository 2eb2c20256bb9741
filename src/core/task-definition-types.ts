/**
 * A task definition against RegisterTaskDefinition's input shape (task-definition-shape.ts,
 * from the ECS service model): values of the wrong type and keys the model does not have, at any
 * depth. Both matter before any call: AWS refuses a wrong type (SerializationException, e.g.
 * "STRING_VALUE cannot be converted to Integer", aws-actions/amazon-ecs-deploy-task-definition#587),
 * and the JavaScript SDK drops a key its model lacks without a word (a misspelt `containerPrt`
 * is never sent), where the AWS CLI refuses it ("Unknown parameter"). The sandbox answers the
 * first and drops the second; `phasegate validate` and the phase refuse both.
 */
import { closest } from './suggest.js';
import type { KeyPath } from './task-definition-rules.js';
import {
  type ShapeNode,
  TASK_DEFINITION_ROOT,
  TASK_DEFINITION_STRUCTS,
} from './task-definition-shape.js';

export interface ShapeProblem {
  kind: 'type' | 'unknown-key';
  path: KeyPath;
  message: string;
  hint: string;
  /** For a wrong type: what the model has there ("string", "integer", "list", …). */
  expected?: string;
  /** For a wrong type: the JSON value as given. */
  value?: unknown;
}

/**
 * Members DescribeTaskDefinition returns that registration does not take: a file copied from
 * `aws ecs describe-task-definition` may keep them (the TaskDefinition shape of the model).
 */
const DESCRIBED_ONLY = [
  'taskDefinitionArn',
  'revision',
  'status',
  'requiresAttributes',
  'compatibilities',
  'registeredAt',
  'registeredBy',
  'deregisteredAt',
];

export interface ShapeOptions {
  /** Values not known yet (`${{ }}` templates at validation): not judged. */
  unknown?: (value: unknown) => boolean;
  /** Accept the members only DescribeTaskDefinition returns at the top (files). */
  described?: boolean;
}

export function shapeProblems(
  td: Record<string, unknown>,
  options: ShapeOptions = {},
): ShapeProblem[] {
  const problems: ShapeProblem[] = [];
  const extra = options.described ? DESCRIBED_ONLY : [];
  walk(td, { struct: TASK_DEFINITION_ROOT }, [], {
    problems,
    unknown: options.unknown ?? (() => false),
    extra,
  });
  return problems;
}

interface Walk {
  problems: ShapeProblem[];
  unknown: (value: unknown) => boolean;
  /** Keys allowed at the top beside the model's. */
  extra: readonly string[];
}

function walk(value: unknown, node: ShapeNode, path: KeyPath, w: Walk): void {
  if (value === null || value === undefined || node === 'any' || w.unknown(value)) return;
  const expected = expectedOf(node);
  if (!fits(value, node)) {
    w.problems.push(typeProblem(value, expected, path));
    return;
  }
  if (typeof node === 'string') return;
  if ('list' in node)
    (value as unknown[]).forEach((item, i) => {
      walk(item, node.list, [...path, i], w);
    });
  else if ('map' in node)
    for (const [key, item] of Object.entries(value as object))
      walk(item, node.map, [...path, key], w);
  else walkStruct(value as Record<string, unknown>, node.struct, path, w);
}

function walkStruct(value: Record<string, unknown>, name: string, path: KeyPath, w: Walk) {
  const members = TASK_DEFINITION_STRUCTS[name] ?? {};
  const allowed = path.length === 0 ? [...Object.keys(members), ...w.extra] : Object.keys(members);
  for (const [key, item] of Object.entries(value)) {
    const member = members[key];
    if (member) walk(item, member, [...path, key], w);
    else if (!allowed.includes(key)) w.problems.push(unknownKey(key, allowed, path));
  }
}

function fits(value: unknown, node: ShapeNode): boolean {
  if (node === 'string') return typeof value === 'string';
  if (node === 'integer') return typeof value === 'number' && Number.isInteger(value);
  if (node === 'boolean') return typeof value === 'boolean';
  if (node === 'timestamp') return typeof value === 'number' || typeof value === 'string';
  if (node === 'any') return true;
  if ('list' in node) return Array.isArray(value);
  return typeof value === 'object' && !Array.isArray(value);
}

function expectedOf(node: ShapeNode): string {
  if (typeof node === 'string') return node;
  if ('list' in node) return 'list';
  if ('map' in node) return 'map';
  return 'object';
}

function typeProblem(value: unknown, expected: string, path: KeyPath): ShapeProblem {
  const key = String(path.at(-1) ?? 'value');
  const given = Array.isArray(value)
    ? 'a list'
    : typeof value === 'object'
      ? 'an object'
      : typeof value === 'string'
        ? `the text ${JSON.stringify(value)}`
        : `${typeof value === 'number' ? 'the number' : ''} ${JSON.stringify(value)}`.trim();
  return {
    kind: 'type',
    path,
    message: `${key} is ${given}; RegisterTaskDefinition takes ${article(expected)} here`,
    hint: instead(key, value, expected),
    expected,
    value,
  };
}

const article = (type: string) =>
  type === 'integer' ? 'an integer' : type === 'object' ? 'an object' : `a ${type}`;

/** What to write: the same value in the right type when there is an obvious one. */
function instead(key: string, value: unknown, expected: string): string {
  const single = Array.isArray(value) && value.length === 1 ? value[0] : value;
  if (expected === 'string' && (typeof single === 'number' || typeof single === 'string'))
    return `write "${key}": ${JSON.stringify(String(single))}`;
  if (expected === 'integer' && /^\d+$/.test(String(single)))
    return `write "${key}": ${String(single)} (a number, without quotes)`;
  if (expected === 'integer') return `write "${key}" as a whole number, such as 8080`;
  if (expected === 'boolean') return `write "${key}": true or false, without quotes`;
  if (expected === 'list') return `write "${key}" as a list: [ … ]`;
  return `write "${key}" as ${article(expected)}`;
}

function unknownKey(key: string, known: string[], path: KeyPath): ShapeProblem {
  const near = closest(key, known);
  return {
    kind: 'unknown-key',
    path: [...path, key],
    message: `unknown key "${key}": RegisterTaskDefinition has no such member here (the SDK would drop it without a word)`,
    hint: near ? `did you mean "${near}"?` : `the keys here are: ${known.join(', ')}`,
  };
}
