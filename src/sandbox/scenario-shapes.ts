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
  const [first, ...rest] = ctx.issues;
  if (first) throw issuesToError(first, rest);
  return parsed as T;
}

function issuesToError(first: Issue, rest: Issue[]): ScenarioError {
  const also = rest.map((i) => `\n  also ${dottedPath(i.path)}: ${i.message}`).join('');
  return new ScenarioError(dottedPath(first.path), `${first.message}${also}`, first.hint);
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
