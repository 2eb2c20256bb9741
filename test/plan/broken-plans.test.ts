/**
 * Every file in test/fixtures/plans/broken holds exactly one mistake; each must be reported once,
 * at its line and column, with a hint. A fixture without an expectation here fails the test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/plan/load.js';
import { testRegistry } from './test-kinds.js';

const DIR = new URL('../fixtures/plans/broken/', import.meta.url);

interface Expectation {
  at: `${number}:${number}`;
  message: string;
  vars?: Record<string, string>;
}

const EXPECTED: Record<string, Expectation> = {
  // The YAML itself
  'yaml-syntax.yml': { at: '7:25', message: 'Flow map in block collection' },
  'duplicate-key.yml': { at: '4:1', message: 'duplicate key "app"' },
  'tab-indent.yml': { at: '6:1', message: 'Tabs are not allowed' },
  'multiple-documents.yml': { at: '9:1', message: 'more than one YAML document' },
  'alias-without-anchor.yml': { at: '7:11', message: 'alias *settings has no anchor' },
  'empty.yml': { at: '1:1', message: 'the plan file is empty' },
  'top-level-list.yml': { at: '1:1', message: 'the top level of a plan must be a map' },
  // Top-level keys
  'missing-version.yml': { at: '1:1', message: '"version" is missing' },
  'bad-version.yml': { at: '1:10', message: 'unsupported plan format version 2' },
  'missing-app.yml': { at: '1:1', message: '"app" is missing' },
  'bad-region.yml': { at: '3:9', message: 'expected an AWS region such as eu-west-3' },
  'unknown-top-level-key.yml': { at: '4:1', message: 'unknown key "max_parallel"' },
  'max-parallel-not-a-number.yml': { at: '4:15', message: 'expected a whole number' },
  'max-parallel-zero.yml': { at: '4:15', message: 'at least 1, found number 0' },
  'vars-not-a-map.yml': { at: '4:7', message: 'expected a map, found a list' },
  'secrets-not-a-list.yml': { at: '4:10', message: 'expected a list of an environment variable' },
  'secrets-bad-name.yml': { at: '4:24', message: 'expected an environment variable name' },
  'var-value-is-a-list.yml': { at: '5:9', message: 'expected a text, found a list' },
  'bad-default-on-failure.yml': { at: '5:15', message: '"rolback" is not one of' },
  'phases-empty.yml': { at: '4:9', message: 'expected a list of phases, found an empty list' },
  'phases-not-a-list.yml': { at: '5:3', message: 'expected a list of phases, found a map' },
  'undeclared-var-override.yml': {
    at: '4:1',
    message: 'variable "tga" (from --var or the vars input) is not declared',
    vars: { tga: 'v2' },
  },
  // Phase keys
  'phase-not-a-map.yml': { at: '5:5', message: 'expected a map, found the text "echo"' },
  'missing-phase-id.yml': { at: '5:5', message: '"id" is missing' },
  'bad-slug.yml': { at: '5:9', message: 'expected a slug' },
  'duplicate-phase-id.yml': { at: '9:9', message: 'phase id "build" is already used by phase 1' },
  'missing-uses.yml': { at: '5:5', message: '"uses" is missing' },
  'unknown-phase-key.yml': { at: '11:5', message: 'unknown key "need"' },
  'bad-duration.yml': { at: '7:14', message: 'expected a duration' },
  'always-run-not-boolean.yml': {
    at: '7:17',
    message: 'expected true or false, found the text "yes"',
  },
  'unknown-phase-kind.yml': { at: '6:11', message: 'unknown phase kind "ecko"' },
  'unavailable-phase-kind.yml': {
    at: '6:11',
    message: 'phase kind "teleport" is not available yet',
  },
  'rollback-not-supported.yml': { at: '7:17', message: 'phase kind "wait" cannot roll back' },
  'default-rollback-not-supported.yml': {
    at: '8:11',
    message: 'cannot roll back (defaults.on-failure is rollback)',
  },
  // The kind's own settings
  'missing-kind-setting.yml': { at: '8:7', message: '"message" is missing' },
  'unknown-kind-setting.yml': { at: '9:7', message: 'unknown key "repeat"' },
  'kind-setting-wrong-type.yml': { at: '9:14', message: 'found the text "twice"' },
  // needs
  'unknown-needs.yml': { at: '11:13', message: 'needs names an unknown phase "biuld"' },
  'needs-itself.yml': { at: '11:12', message: 'phase "ship" needs itself' },
  'needs-cycle.yml': { at: '7:12', message: 'the phases form a cycle: build → ship → build' },
  'needs-wrong-type.yml': { at: '11:12', message: 'expected a text, found a map' },
  // Gates
  'unknown-gate-key.yml': { at: '10:7', message: 'unknown key "befor"' },
  'gate-without-uses.yml': { at: '11:11', message: '"uses" is missing' },
  'unknown-check-kind.yml': { at: '11:17', message: 'unknown check kind "expekt"' },
  'unavailable-check-kind.yml': {
    at: '11:17',
    message: 'check kind "telepathy" is not available yet',
  },
  'check-setting-missing.yml': { at: '12:17', message: '"equals" is missing' },
  // Templates
  'unknown-reference-scope.yml': { at: '10:16', message: 'unknown reference "var.tag"' },
  'secrets-reference.yml': { at: '8:16', message: 'GitHub secrets cannot be read in a plan' },
  'undeclared-var.yml': { at: '10:16', message: 'vars.tga is not declared' },
  'unknown-input.yml': { at: '8:16', message: 'unknown inputs value "env"' },
  'unknown-github-value.yml': { at: '8:16', message: 'unknown github value "commit"' },
  'unclosed-template.yml': { at: '8:16', message: 'a template is not closed' },
  'empty-template.yml': { at: '8:16', message: 'empty template' },
  'expression-in-template.yml': {
    at: '8:16',
    message: '"inputs.version || \'dev\'" is not a reference',
  },
  'bad-phase-output-reference.yml': { at: '12:16', message: 'is not a phase output' },
  'output-of-unknown-phase.yml': { at: '12:16', message: 'names an unknown phase "biuld"' },
  'output-without-needs.yml': { at: '18:16', message: 'does not need "build"' },
  'own-output.yml': { at: '8:16', message: 'cannot read its own outputs' },
  'template-outside-with.yml': { at: '9:14', message: 'cannot be used here' },
  'var-reads-phase-output.yml': { at: '5:10', message: 'a variable cannot read phases.build' },
  'bad-ssm-name.yml': { at: '8:16', message: 'is not a valid SSM parameter name' },
};

const files = readdirSync(DIR).filter((f) => f.endsWith('.yml'));

describe('broken plans', () => {
  it('has at least 30 fixtures, each with an expectation and vice versa', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
    expect(files.filter((f) => !(f in EXPECTED))).toEqual([]);
    expect(Object.keys(EXPECTED).filter((f) => !files.includes(f))).toEqual([]);
  });

  it.each(files)('%s: one mistake, at its place, with a hint', (file) => {
    const expected = EXPECTED[file];
    if (!expected) throw new Error(`no expectation for ${file}: add it to EXPECTED`);
    const source = readFileSync(new URL(file, DIR), 'utf8');
    const registry = testRegistry();
    const options = expected.vars ? { registry, vars: expected.vars } : { registry };
    const { plan, diagnostics } = parsePlan(source, `broken/${file}`, options);

    expect(plan).toBeUndefined();
    expect(diagnostics).toHaveLength(1);
    const [diagnostic] = diagnostics;
    const { position } = diagnostic ?? {};
    expect(`${position?.line}:${position?.column}`).toBe(expected.at);
    expect(position?.file).toBe(`broken/${file}`);
    expect(diagnostic?.message).toContain(expected.message);
    expect(diagnostic?.severity).toBe('error');
    expect(diagnostic?.hint?.length ?? 0).toBeGreaterThan(5);
  });
});
