/**
 * The plan file's JSON Schema, generated from the same shapes that check plans, so editors
 * (through `# yaml-language-server: $schema=…`) complete and flag what `phasegate validate` would.
 * Each kind this build has adds its settings schema for `with:` where `uses:` names it.
 */

import type { JsonSchema, Shape } from '../core/shape.js';
import type { KindCatalog } from './catalog.js';
import { checkShape, phaseShape, planShape } from './plan-shape.js';

export const PLAN_SCHEMA_ID = 'urn:phasegate:schema:plan:1';
export const PLAN_SCHEMA_PATH = 'schema/plan.schema.json';

interface KindLike {
  name: string;
  description: string;
  settings: Shape<unknown>;
}

export function planJsonSchema(registry: KindCatalog): JsonSchema {
  const phaseKinds = registry.phaseNames().flatMap((n) => registry.phase(n) ?? []);
  const checkKinds = registry.checkNames().flatMap((n) => registry.check(n) ?? []);
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: PLAN_SCHEMA_ID,
    title: 'phasegate plan',
    ...planShape.jsonSchema(),
    $defs: {
      phase: withKinds(phaseShape.jsonSchema(), 'Phase', phaseKinds),
      check: withKinds(checkShape.jsonSchema(), 'Check', checkKinds),
    },
  };
}

/** The file content scripts/gen-schema.ts writes and the schema test compares with. */
export function planJsonSchemaText(registry: KindCatalog): string {
  return `${JSON.stringify(planJsonSchema(registry), null, 2)}\n`;
}

function withKinds(schema: JsonSchema, title: string, kinds: KindLike[]): JsonSchema {
  const out: JsonSchema = { title, ...schema };
  if (kinds.length === 0) return out;
  out.properties = withUsesExamples(schema.properties, kinds);
  out.allOf = kinds.map((kind) => ({
    if: { properties: { uses: { const: kind.name } }, required: ['uses'] },
    // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keyword, never awaited.
    then: {
      properties: { with: { description: kind.description, ...kind.settings.jsonSchema() } },
    },
  }));
  return out;
}

/** Completion offers the kinds this build has; other names still parse (and are reported). */
function withUsesExamples(properties: unknown, kinds: KindLike[]): JsonSchema {
  const props = (properties ?? {}) as JsonSchema;
  const uses = (props.uses ?? {}) as JsonSchema;
  return { ...props, uses: { ...uses, examples: kinds.map((k) => k.name) } };
}
