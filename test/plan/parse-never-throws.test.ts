/**
 * Whatever text a user hands in, parsePlan answers with diagnostics rather than an exception:
 * a stack trace for a typo would read as a bug in phasegate.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parsePlan } from '../../src/plan/load.js';
import { testRegistry } from './test-kinds.js';

// One seed, so the properties pass or fail the same way on every run (replay: change it).
fc.configureGlobal({ seed: 20261201 });

const registry = testRegistry();

const VALID = [
  'version: 1',
  'app: demo',
  'region: eu-west-3',
  'vars: { tag: "${{ inputs.version }}" }',
  'phases:',
  '  - id: a',
  '    uses: echo',
  '    with: { message: "${{ vars.tag }}" }',
  '    gates: { after: [ { uses: expect, with: { value: a, equals: "${{ phases.a.outputs.x }}" } } ] }',
  '  - id: b',
  '    uses: wait',
  '    needs: [a]',
  '    with: { for: 1s }',
].join('\n');

function parsesQuietly(text: string): void {
  const { plan, diagnostics } = parsePlan(text, 'p.yml', { registry });
  expect(plan !== undefined || diagnostics.some((d) => d.severity === 'error')).toBe(true);
  for (const d of diagnostics) expect(d.position?.line ?? 1).toBeGreaterThanOrEqual(1);
}

/** Plan-like values: the keys the reader looks at, with values of any type. */
const planLike = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(
      'echo',
      'wait',
      'expect',
      'a',
      'b',
      '${{ vars.tag }}',
      '${{ phases.a.outputs.x }}',
      '15m',
      'rollback',
    ),
    fc.string(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(
      fc.constantFrom(
        'id',
        'uses',
        'with',
        'needs',
        'gates',
        'before',
        'after',
        'on-failure',
        'timeout',
        'x',
      ),
      tie('value'),
      { maxKeys: 4 },
    ),
  ),
})).value;

describe('parsePlan on arbitrary input', () => {
  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), parsesQuietly), {
      numRuns: 300,
    });
  });

  it('never throws on a valid plan with characters inserted or removed', () => {
    const edit = fc.tuple(fc.nat(VALID.length), fc.nat(5), fc.string({ maxLength: 4 }));
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        let text = VALID;
        for (const [at, remove, insert] of edits)
          text = text.slice(0, at) + insert + text.slice(at + remove);
        parsesQuietly(text);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on YAML documents of any shape', () => {
    const document = fc.record({
      version: fc.oneof(fc.constant(1), planLike),
      app: planLike,
      region: fc.oneof(fc.constant('eu-west-3'), planLike),
      phases: fc.oneof(fc.array(planLike, { maxLength: 4 }), planLike),
    });
    fc.assert(
      fc.property(document, (doc) => parsesQuietly(stringify(doc))),
      { numRuns: 300 },
    );
  });
});
