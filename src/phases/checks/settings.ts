/**
 * The `with:` of a checks phase: a list of checks, each validated by its own kind's settings
 * (so a mistake inside a check is reported at its own line), and how failed ones are retried.
 */

import type { CheckKind } from '../../checks/kind.js';
import {
  array,
  duration,
  type Infer,
  isPlainObject,
  type JsonSchema,
  number,
  object,
  optional,
  type Shape,
  string,
  unknownValue,
  withDefault,
} from '../../core/shape.js';
import { closest } from '../../core/suggest.js';

/** One check, ready to run: its kind found and its settings parsed. */
export interface ListedCheck {
  name: string;
  uses: string;
  kind: CheckKind<unknown>;
  config: unknown;
}

const entryFields = object({
  name: optional(string({ description: 'Shown in the report. Default: the check kind.' })),
  uses: string({ description: 'The check kind: http, sql, ecs-service.' }),
  with: optional(unknownValue("The check kind's settings; may use ${{ }} templates.")),
});

const retry = object(
  {
    attempts: withDefault(
      number({
        integer: true,
        min: 1,
        max: 100,
        description: 'Tries per check, the first included (default 3).',
      }),
      3,
    ),
    interval: withDefault(
      duration('Pause between two tries of a failed check (default 5s).'),
      5000,
    ),
  },
  { description: 'Retry failed checks: a freshly deployed service may need a few seconds.' },
);

export const DEFAULT_RETRY = { attempts: 3, interval: 5000 };

export function checksSettings(
  kinds: readonly CheckKind<unknown>[],
  notYetAvailable: readonly string[] = [],
) {
  return object({
    checks: array(checkEntry(kinds, notYetAvailable), {
      min: 1,
      description: 'The checks to run, side by side.',
    }),
    retry: withDefault(retry, DEFAULT_RETRY),
  });
}

export type ChecksConfig = Infer<ReturnType<typeof checksSettings>>;

/** A check as `uses` + `with`, where `with` is parsed by the shape of the kind `uses` names. */
function checkEntry(
  kinds: readonly CheckKind<unknown>[],
  notYetAvailable: readonly string[],
): Shape<ListedCheck> {
  const byName = new Map(kinds.map((k) => [k.name, k]));
  return {
    expected: 'a check (uses: and with:)',
    jsonSchema: () => entrySchema(kinds),
    parse(value, path, ctx) {
      const entry = entryFields.parse(value, path, ctx);
      // A template in `uses` (check mode) names no kind yet; templates are refused there anyway.
      if (entry?.uses === undefined) return undefined;
      const kind = byName.get(entry.uses);
      if (!kind) {
        ctx.issues.push({
          path: [...path, 'uses'],
          ...unknownKind(entry.uses, [...byName.keys()], notYetAvailable),
        });
        return undefined;
      }
      const raw = isPlainObject(value) ? (value.with ?? {}) : {};
      const before = ctx.issues.length;
      const config = kind.settings.parse(raw, [...path, 'with'], ctx);
      if (ctx.issues.length > before) return undefined;
      return { name: entry.name ?? entry.uses, uses: entry.uses, kind, config };
    },
  };
}

function unknownKind(name: string, available: string[], notYet: readonly string[]) {
  const inBuild = `check kinds in this build: ${available.join(', ') || 'none'}`;
  if (notYet.includes(name))
    return { message: `check kind "${name}" is not available yet`, hint: inBuild };
  const near = closest(name, available);
  return {
    message: `unknown check kind "${name}"`,
    hint: near ? `did you mean "${near}"?` : inBuild,
  };
}

/** As the plan schema does for gates: each kind's settings apply where `uses` names it. */
function entrySchema(kinds: readonly CheckKind<unknown>[]): JsonSchema {
  const schema = entryFields.jsonSchema();
  const properties = schema.properties as JsonSchema;
  return {
    ...schema,
    properties: {
      ...properties,
      uses: { ...(properties.uses as JsonSchema), examples: kinds.map((k) => k.name) },
    },
    allOf: kinds.map((kind) => ({
      if: { properties: { uses: { const: kind.name } }, required: ['uses'] },
      // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keyword, never awaited.
      then: {
        properties: { with: { description: kind.description, ...kind.settings.jsonSchema() } },
      },
    })),
  };
}
