/**
 * What a deploy changes in a task definition, as a reviewer reads it: the full difference of the
 * normalised definitions (what a registration would send, AWS's defaults removed, keys sorted;
 * as `ecspresso diff` shows it) as unified diffs, the task's own fields first, then container by
 * container; and one line of what matters most (`image v5.0 → v5.1, +ENV FEATURE_X`).
 */
import {
  canonical,
  containerDefinitionsOf,
  isRecord,
  type TaskDefinitionInput,
} from '../../aws/ecs/task-definitions.js';
import { lineDiff } from '../../core/line-diff.js';
import type { PlanBlock } from '../../core/plan-view.js';

type Json = Record<string, unknown>;

/** Enough context to see where a change sits; a definition is a few hundred lines at most. */
const DIFF = { context: 3, maxLines: 400 };

/** One diff block for the task's fields and one per container that differs. */
export function definitionDiff(
  before: TaskDefinitionInput | undefined,
  after: TaskDefinitionInput,
): PlanBlock[] {
  const [a, b] = [canonical(before ?? {}), canonical(after)];
  const blocks: PlanBlock[] = [];
  const task = jsonDiff(taskFields(a, before), taskFields(b, after));
  if (task) blocks.push({ label: 'task definition', language: 'diff', text: task });
  const [old, now] = [containersByName(a), containersByName(b)];
  for (const name of new Set([...old.keys(), ...now.keys()])) {
    const text = jsonDiff(old.get(name), now.get(name));
    if (text) blocks.push({ label: `container ${name}`, language: 'diff', text });
  }
  return blocks;
}

/** The task's own fields: no containers; no family (it is the revision's name). */
function taskFields(definition: Json, given: TaskDefinitionInput | undefined): Json | undefined {
  if (given === undefined) return undefined;
  const { containerDefinitions: _c, family: _f, ...rest } = definition;
  return rest;
}

function containersByName(definition: Json): Map<string, Json> {
  return new Map(containerDefinitionsOf(definition).map((c) => [String(c.name), c]));
}

/** The unified diff of two values' normalised JSON; one that is absent is all added or removed. */
export function jsonDiff(before: unknown, after: unknown): string {
  if (before === undefined || after === undefined) {
    const [mark, value] = before === undefined ? ['+', after] : ['-', before];
    return value === undefined ? '' : pretty(value).replace(/^/gm, mark);
  }
  return lineDiff(pretty(before), pretty(after), DIFF);
}

/** JSON with sorted keys, two spaces. */
function pretty(value: unknown): string {
  return JSON.stringify(sorted(value), null, 2) ?? 'null';
}

function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (!isRecord(value)) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((k) => [k, sorted(value[k])]),
  );
}

/**
 * `image v5.0 → v5.1, +ENV FEATURE_X, ~SECRET DB_URL, executionRoleArn, portMappings`: images
 * and named lists by what changed in them, every other field that differs by its name. A
 * container's changes name it when the task has more than one.
 */
export function changeLine(before: TaskDefinitionInput, after: TaskDefinitionInput): string {
  const [a, b] = [canonical(before), canonical(after)];
  const parts = fieldChanges(taskFields(a, before) ?? {}, taskFields(b, after) ?? {});
  const [old, now] = [containersByName(a), containersByName(b)];
  const names = [...new Set([...old.keys(), ...now.keys()])];
  for (const name of names) {
    const [x, y] = [old.get(name), now.get(name)];
    if (!x || !y) {
      parts.push(`${y ? '+' : '-'}container ${name}`);
      continue;
    }
    const own = containerChanges(x, y);
    parts.push(...(names.length > 1 ? own.map((c) => `${name} ${c}`) : own));
  }
  return parts.join(', ');
}

function containerChanges(a: Json, b: Json): string[] {
  const parts: string[] = [];
  if (a.image !== b.image) parts.push(`image ${imageChange(String(a.image), String(b.image))}`);
  parts.push(...namedChanges('ENV', a.environment, b.environment));
  parts.push(...namedChanges('SECRET', a.secrets, b.secrets));
  const { image: _i, environment: _e, secrets: _s, ...restA } = a;
  const { image: _j, environment: _f, secrets: _t, ...restB } = b;
  return [...parts, ...fieldChanges(restA, restB)];
}

/** `v5.0 → v5.1` when only the tag moved, the whole images otherwise. */
function imageChange(a: string, b: string): string {
  const repo = (image: string) => image.replace(/[:@][^/]*$/, '');
  if (repo(a) === repo(b) && repo(a) !== a && repo(b) !== b)
    return `${a.slice(repo(a).length + 1)} → ${b.slice(repo(b).length + 1)}`;
  return `${a} → ${b}`;
}

/** `+ENV X` added, `-ENV Y` removed, `~ENV Z` changed value (values are not shown: secrets). */
function namedChanges(label: string, a: unknown, b: unknown): string[] {
  const [x, y] = [byName(a), byName(b)];
  const parts: string[] = [];
  for (const name of new Set([...x.keys(), ...y.keys()])) {
    if (!x.has(name)) parts.push(`+${label} ${name}`);
    else if (!y.has(name)) parts.push(`-${label} ${name}`);
    else if (x.get(name) !== y.get(name)) parts.push(`~${label} ${name}`);
  }
  return parts;
}

function byName(list: unknown): Map<string, string> {
  const entries = Array.isArray(list) ? list.filter(isRecord) : [];
  return new Map(entries.map((e) => [String(e.name), JSON.stringify(sorted(e))]));
}

/** Fields that differ: scalars as `cpu 512 → 1024`, the rest by name. */
function fieldChanges(a: Json, b: Json): string[] {
  const parts: string[] = [];
  for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    const [x, y] = [a[key], b[key]];
    if (JSON.stringify(sorted(x)) === JSON.stringify(sorted(y))) continue;
    const scalar = (v: unknown) => v === undefined || typeof v !== 'object';
    parts.push(scalar(x) && scalar(y) ? `${key} ${shown(x)} → ${shown(y)}` : key);
  }
  return parts;
}

/** A role ARN by its name: `arn:aws:iam::1:role/exec` → `role/exec`. */
function shown(value: unknown): string {
  if (value === undefined) return '(none)';
  const text = String(value);
  return text.startsWith('arn:') ? text.slice(text.lastIndexOf(':') + 1) : text;
}
