/**
 * Helpers the scenario sections share: turning the shape validator's issues into one
 * ScenarioError, and durations that may be written as `90s` or as plain milliseconds.
 */
import {
  duration,
  type Issue,
  number,
  type ParseContext,
  type Path,
  type Shape,
} from '../core/shape.js';
import { ScenarioError } from './service.js';

/** `ssm.parameters[2].type`, the form ScenarioError uses for `where`. */
export function dottedPath(path: Path): string {
  let out = '';
  for (const part of path) {
    out += typeof part === 'number' ? `[${part}]` : out === '' ? part : `.${part}`;
  }
  return out === '' ? '(root)' : out;
}

/** Validates a scenario value; every mistake is reported, the first one gives `where`. */
export function parseScenarioValue<T>(shape: Shape<T>, value: unknown, path: Path): T {
  const ctx: ParseContext = { mode: 'final', issues: [] };
  const parsed = shape.parse(value, path, ctx);
  const error = issuesToError(ctx.issues);
  if (error) throw error;
  return parsed as T;
}

/** Every issue in one ScenarioError, each with its path and hint; undefined when there is none. */
export function issuesToError(issues: readonly Issue[]): ScenarioError | undefined {
  const [first, ...rest] = issues.map((i) => ({
    where: dottedPath(i.path),
    message: i.message,
    hint: i.hint,
  }));
  return first && new ScenarioError(first.where, first.message, first.hint, rest);
}

/** Milliseconds: a duration text (`500ms`, `2s`, `5m`) or a plain number of milliseconds. */
export function durationMs(description?: string): Shape<number> {
  const text = duration(description);
  const ms = number({ min: 0, ...(description ? { description } : {}) });
  return {
    expected: 'a duration such as 500ms, 30s or 5m (or a number of milliseconds)',
    jsonSchema: () => ({
      anyOf: [text.jsonSchema(), ms.jsonSchema()],
      ...(description ? { description } : {}),
    }),
    parse: (value, path, ctx) =>
      typeof value === 'number' ? ms.parse(value, path, ctx) : text.parse(value, path, ctx),
  };
}
