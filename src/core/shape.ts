/**
 * A small validator for untrusted YAML values: one description of a setting's shape gives the
 * typed value, every mistake with its path (so the plan reader can name file:line:column), and
 * the JSON Schema that editors use to complete and check plan files.
 *
 * Values may hold `${{ … }}` templates that are only known at run time. In `check` mode (plan
 * validation) a template is accepted wherever a scalar is expected; in `final` mode (after the
 * engine rendered the settings) numbers and booleans written as text are converted.
 */
import { closest } from './suggest.js';
import { plural } from './text.js';

export type Path = readonly (string | number)[];

export interface Issue {
  path: Path;
  message: string;
  hint?: string;
}

export interface ParseContext {
  mode: 'check' | 'final';
  issues: Issue[];
}

export type JsonSchema = { [key: string]: unknown };

export interface Shape<T> {
  /** Returns undefined when the value is invalid (an issue was added) or not yet known. */
  parse(value: unknown, path: Path, ctx: ParseContext): T | undefined;
  jsonSchema(): JsonSchema;
  /** Words for messages: "a number", "one of stop, rollback, continue". */
  readonly expected: string;
}

export interface OptionalShape<T> extends Shape<T> {
  readonly optional: true;
}

export type Infer<S> = S extends Shape<infer T> ? T : never;

const TEMPLATE = /\$\{\{/;

export function isTemplate(value: unknown): value is string {
  return typeof value === 'string' && TEMPLATE.test(value);
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  if (typeof value === 'string')
    return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return `${typeof value} ${String(value)}`;
}

function mismatch(
  ctx: ParseContext,
  path: Path,
  shape: { expected: string },
  value: unknown,
  hint?: string,
): undefined {
  ctx.issues.push({
    path,
    message: `expected ${shape.expected}, found ${describe(value)}`,
    ...(hint ? { hint } : {}),
  });
  return undefined;
}

/** Scalars accept a template at check time: its value is only known when the phase starts. */
function scalar<T>(
  expected: string,
  schema: JsonSchema,
  convert: (value: unknown, ctx: ParseContext) => T | undefined,
  hint?: string,
): Shape<T> {
  const shape: Shape<T> = {
    expected,
    jsonSchema: () => schema,
    parse(value, path, ctx) {
      if (ctx.mode === 'check' && isTemplate(value)) return undefined;
      const converted = convert(value, ctx);
      return converted === undefined ? mismatch(ctx, path, shape, value, hint) : converted;
    },
  };
  return shape;
}

export function string(
  options: { pattern?: RegExp; hint?: string; description?: string; expected?: string } = {},
): Shape<string> {
  const schema: JsonSchema = { type: 'string' };
  if (options.pattern) schema.pattern = options.pattern.source;
  if (options.description) schema.description = options.description;
  return scalar(
    options.expected ?? 'a text',
    schema,
    (value) => {
      if (typeof value === 'number' || typeof value === 'boolean') value = String(value);
      if (typeof value !== 'string') return undefined;
      if (options.pattern && !isTemplate(value) && !options.pattern.test(value)) return undefined;
      return value;
    },
    options.hint,
  );
}

export function number(
  options: { min?: number; max?: number; integer?: boolean; description?: string } = {},
): Shape<number> {
  const words = [options.integer ? 'a whole number' : 'a number'];
  if (options.min !== undefined) words.push(`at least ${options.min}`);
  if (options.max !== undefined) words.push(`at most ${options.max}`);
  const schema: JsonSchema = { type: options.integer ? 'integer' : 'number' };
  if (options.min !== undefined) schema.minimum = options.min;
  if (options.max !== undefined) schema.maximum = options.max;
  if (options.description) schema.description = options.description;
  return scalar(words.join(', '), schema, (value, ctx) => {
    const n =
      typeof value === 'string' && ctx.mode === 'final' && value.trim() !== ''
        ? Number(value)
        : value;
    if (typeof n !== 'number' || Number.isNaN(n)) return undefined;
    if (options.integer && !Number.isInteger(n)) return undefined;
    if (options.min !== undefined && n < options.min) return undefined;
    if (options.max !== undefined && n > options.max) return undefined;
    return n;
  });
}

export function boolean(description?: string): Shape<boolean> {
  return scalar(
    'true or false',
    { type: 'boolean', ...(description ? { description } : {}) },
    (value, ctx) => {
      if (typeof value === 'boolean') return value;
      if (ctx.mode === 'final' && (value === 'true' || value === 'false')) return value === 'true';
      return undefined;
    },
  );
}

export function oneOf<const V extends string>(
  values: readonly V[],
  description?: string,
): Shape<V> {
  const shape = scalar<V>(
    `one of ${values.join(', ')}`,
    { enum: [...values], ...(description ? { description } : {}) },
    (value) =>
      typeof value === 'string' && (values as readonly string[]).includes(value)
        ? (value as V)
        : undefined,
  );
  return {
    ...shape,
    parse(value, path, ctx) {
      if (
        typeof value === 'string' &&
        !isTemplate(value) &&
        !(values as readonly string[]).includes(value)
      ) {
        const near = closest(value, values);
        ctx.issues.push({
          path,
          message: `"${value}" is not ${shape.expected}`,
          hint: near ? `did you mean "${near}"?` : `write one of: ${values.join(', ')}`,
        });
        return undefined;
      }
      return shape.parse(value, path, ctx);
    },
  };
}

const DURATION = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?(?:(\d+)ms)?$/;

/** Parses `90s`, `15m`, `1h30m`, `500ms` into milliseconds; undefined when the text is not one. */
export function parseDuration(text: string): number | undefined {
  const m = DURATION.exec(text.trim());
  if (!m || text.trim() === '') return undefined;
  const [, h, min, s, ms] = m;
  return (
    Number(h ?? 0) * 3_600_000 + Number(min ?? 0) * 60_000 + Number(s ?? 0) * 1000 + Number(ms ?? 0)
  );
}

export function duration(description?: string): Shape<number> {
  return scalar(
    'a duration such as 90s, 15m or 1h30m',
    { type: 'string', pattern: DURATION.source, ...(description ? { description } : {}) },
    (value) => {
      if (typeof value !== 'string') return undefined;
      const ms = parseDuration(value);
      return ms !== undefined && ms > 0 ? ms : undefined;
    },
    'write a number followed by h, m, s or ms, for example 15m or 1h30m',
  );
}

export function array<T>(
  item: Shape<T>,
  options: { min?: number; description?: string } = {},
): Shape<T[]> {
  const shape: Shape<T[]> = {
    expected: `a list of ${item.expected}`,
    jsonSchema: () => ({
      type: 'array',
      items: item.jsonSchema(),
      ...(options.min ? { minItems: options.min } : {}),
      ...(options.description ? { description: options.description } : {}),
    }),
    parse(value, path, ctx) {
      if (!Array.isArray(value)) return mismatch(ctx, path, shape, value);
      if (options.min !== undefined && value.length < options.min) {
        ctx.issues.push({
          path,
          message: `the list needs at least ${plural(options.min, 'item')}`,
        });
        return undefined;
      }
      const before = ctx.issues.length;
      const items = value.map((v, i) => item.parse(v, [...path, i], ctx));
      return ctx.issues.length === before ? (items as T[]) : undefined;
    },
  };
  return shape;
}

/** A list, where a single item may also be written on its own (`needs: build`). */
export function listOf<T>(item: Shape<T>, description?: string): Shape<T[]> {
  const list = array(item, description ? { description } : {});
  return {
    expected: list.expected,
    jsonSchema: () => ({ anyOf: [item.jsonSchema(), list.jsonSchema()] }),
    parse: (value, path, ctx) =>
      Array.isArray(value) ? list.parse(value, path, ctx) : list.parse([value], path, ctx),
  };
}

export function record<T>(value: Shape<T>, description?: string): Shape<Record<string, T>> {
  const shape: Shape<Record<string, T>> = {
    expected: 'a map',
    jsonSchema: () => ({
      type: 'object',
      additionalProperties: value.jsonSchema(),
      ...(description ? { description } : {}),
    }),
    parse(input, path, ctx) {
      if (!isPlainObject(input)) return mismatch(ctx, path, shape, input);
      const before = ctx.issues.length;
      const out: Record<string, T> = {};
      for (const [k, v] of Object.entries(input)) {
        const parsed = value.parse(v, [...path, k], ctx);
        if (parsed !== undefined) out[k] = parsed;
      }
      return ctx.issues.length === before ? out : undefined;
    },
  };
  return shape;
}

export function optional<T>(shape: Shape<T>): OptionalShape<T> {
  return { ...shape, optional: true };
}

/** Optional in the file, always present in the result. */
export function withDefault<T>(
  shape: Shape<T>,
  fallback: T,
): Shape<T> & { readonly defaulted: true } {
  return {
    expected: shape.expected,
    defaulted: true,
    jsonSchema: () => ({ ...shape.jsonSchema(), default: fallback }),
    parse: (value, path, ctx) =>
      value === undefined || value === null ? fallback : shape.parse(value, path, ctx),
  };
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

type Fields = Record<string, Shape<unknown>>;
type OptionalKeys<F extends Fields> = {
  [K in keyof F]: F[K] extends OptionalShape<unknown> ? K : never;
}[keyof F];
type RequiredKeys<F extends Fields> = Exclude<keyof F, OptionalKeys<F>>;
export type ObjectOf<F extends Fields> = { [K in RequiredKeys<F>]: Infer<F[K]> } & {
  [K in OptionalKeys<F>]?: Infer<F[K]>;
};

/** A map with known keys; unknown keys are mistakes (with a "did you mean" hint). */
export function object<F extends Fields>(
  fields: F,
  options: { description?: string } = {},
): Shape<ObjectOf<F>> {
  const names = Object.keys(fields);
  const isRequired = (s: Shape<unknown>) => !('optional' in s) && !('defaulted' in s);
  const shape: Shape<ObjectOf<F>> = {
    expected: 'a map',
    jsonSchema: () => ({
      type: 'object',
      ...(options.description ? { description: options.description } : {}),
      properties: Object.fromEntries(names.map((n) => [n, fields[n]?.jsonSchema()])),
      required: names.filter((n) => isRequired(fields[n] as Shape<unknown>)),
      additionalProperties: false,
    }),
    parse(value, path, ctx) {
      if (!isPlainObject(value)) return mismatch(ctx, path, shape, value);
      const before = ctx.issues.length;
      for (const key of Object.keys(value)) {
        if (names.includes(key)) continue;
        const near = closest(key, names);
        ctx.issues.push({
          path: [...path, key],
          message: `unknown key "${key}"`,
          hint: near ? `did you mean "${near}"?` : `allowed here: ${names.join(', ')}`,
        });
      }
      const out: Record<string, unknown> = {};
      for (const name of names) {
        const field = fields[name] as Shape<unknown>;
        const raw = value[name];
        if (raw === undefined && isRequired(field)) {
          ctx.issues.push({
            path,
            message: `"${name}" is missing`,
            hint: `add ${name}: <${field.expected}>`,
          });
          continue;
        }
        if (raw === undefined && 'optional' in field) continue;
        const parsed = field.parse(raw, [...path, name], ctx);
        if (parsed !== undefined) out[name] = parsed;
      }
      return ctx.issues.length === before ? (out as ObjectOf<F>) : undefined;
    },
  };
  return shape;
}

/** Adds a check across fields (for example "give file or task-definition-arn, not both"). */
export function refine<T>(
  shape: Shape<T>,
  check: (value: T) => (Omit<Issue, 'path'> & { at?: Path }) | undefined,
): Shape<T> {
  return {
    ...shape,
    parse(value, path, ctx) {
      const parsed = shape.parse(value, path, ctx);
      if (parsed === undefined) return undefined;
      const problem = check(parsed);
      if (!problem) return parsed;
      const { at, ...rest } = problem;
      ctx.issues.push({ ...rest, path: [...path, ...(at ?? [])] });
      return undefined;
    },
  };
}

/** Any value at all; for settings a kind checks itself. */
export function unknownValue(description?: string): Shape<unknown> {
  return {
    expected: 'any value',
    jsonSchema: () => (description ? { description } : {}),
    parse: (v) => v,
  };
}

/** For a refine check: a setting that must hold a regular expression JavaScript accepts. */
export function regExpProblem(
  pattern: string | undefined,
  key: string,
): (Omit<Issue, 'path'> & { at: Path }) | undefined {
  if (pattern === undefined) return undefined;
  try {
    new RegExp(pattern);
    return undefined;
  } catch {
    return { message: `${key} is not a valid regular expression: ${pattern}`, at: [key] };
  }
}
