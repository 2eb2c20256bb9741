import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinRegistry } from '../../src/phases/registry.js';
import { PLAN_SCHEMA_PATH, planJsonSchema } from '../../src/plan/json-schema.js';
import { testRegistry } from './test-kinds.js';

const committedPath = new URL(`../../${PLAN_SCHEMA_PATH}`, import.meta.url);

describe('plan JSON Schema', () => {
  it('matches the committed schema/plan.schema.json', () => {
    const committed: unknown = JSON.parse(readFileSync(committedPath, 'utf8'));
    const generated = planJsonSchema(builtinRegistry());
    expect(
      committed,
      `${PLAN_SCHEMA_PATH} is out of date: run \`npx tsx scripts/gen-schema.ts\``,
    ).toEqual(generated);
  });

  it('is draft 2020-12 with an $id, titles and descriptions', () => {
    const schema = planJsonSchema(builtinRegistry());
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toEqual(expect.any(String));
    expect(schema.title).toBe('phasegate plan');
    expect(schema).toMatchObject({
      required: ['version', 'app', 'region', 'phases'],
      additionalProperties: false,
      properties: {
        version: { const: 1 },
        'max-parallel': { type: 'integer', minimum: 1, default: 4 },
        defaults: {
          properties: { timeout: { default: '30m' }, 'on-failure': { default: 'stop' } },
        },
        phases: { type: 'array', minItems: 1, items: { $ref: '#/$defs/phase' } },
      },
      $defs: {
        phase: {
          title: 'Phase',
          required: ['id', 'uses'],
          properties: {
            id: { pattern: '^[a-z][a-z0-9-]*$', description: expect.any(String) },
            'on-failure': { enum: ['stop', 'rollback', 'continue'] },
            gates: { properties: { before: { items: { $ref: '#/$defs/check' } } } },
          },
        },
        check: { title: 'Check', required: ['uses'] },
      },
    });
  });

  it("adds each available kind's settings schema under with, keyed on uses", () => {
    const schema = planJsonSchema(testRegistry());
    const defs = schema.$defs as Record<string, Record<string, unknown>>;
    expect(defs.phase?.allOf).toEqual([
      whenUses(
        'echo',
        expect.objectContaining({
          type: 'object',
          required: ['message'],
          description: 'Prints a message.',
        }),
      ),
      whenUses('wait', expect.objectContaining({ required: ['for'] })),
    ]);
    expect(defs.phase?.properties).toMatchObject({ uses: { examples: ['echo', 'wait'] } });
    expect(defs.check?.allOf).toEqual([
      whenUses('expect', expect.objectContaining({ required: ['value', 'equals'] })),
    ]);
  });
});

/** The if/then pair the schema adds per kind. */
function whenUses(kind: string, withSchema: unknown) {
  return {
    if: { properties: { uses: { const: kind } }, required: ['uses'] },
    // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keyword, never awaited.
    then: { properties: { with: withSchema } },
  };
}
