import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InvalidFileError, UserError } from '../../src/core/errors.js';
import { builtinRegistry } from '../../src/phases/registry.js';
import { loadPlan, parsePlan } from '../../src/plan/load.js';
import { testRegistry } from './test-kinds.js';

const VALID = new URL('../fixtures/plans/valid/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, VALID), 'utf8');
const registry = testRegistry();

function validPlan(name: string, vars?: Record<string, string>) {
  const { plan, diagnostics } = parsePlan(
    read(name),
    name,
    vars ? { registry, vars } : { registry },
  );
  expect(diagnostics).toEqual([]);
  if (!plan) throw new Error(`${name} did not parse`);
  return plan;
}

describe('valid plans', () => {
  it.each(readdirSync(VALID))('%s parses without a diagnostic', (name) => {
    expect(validPlan(name).phases.length).toBeGreaterThan(0);
  });

  it('fills in defaults', () => {
    const plan = validPlan('minimal.yml');
    expect(plan).toMatchObject({
      file: 'minimal.yml',
      version: 1,
      app: 'demo',
      region: 'eu-west-3',
      vars: {},
      defaults: { timeoutMs: 30 * 60_000, onFailure: 'stop' },
      maxParallel: 4,
    });
    expect(plan.phases[0]).toEqual({
      id: 'hello',
      name: 'hello',
      uses: 'echo',
      with: { message: 'hello' },
      needs: [],
      timeoutMs: 30 * 60_000,
      gates: { before: [], after: [] },
      onFailure: 'stop',
      alwaysRun: false,
      position: { file: 'minimal.yml', line: 6, column: 5 },
    });
  });

  it('keeps every key of the full example, templates as written', () => {
    const plan = validPlan('full.yml');
    expect(plan.vars).toEqual({
      tag: '${{ inputs.version }}',
      greeting: 'deploying ${{ github.sha }} for ${{ env.USER }}',
      replicas: '3',
      strict: 'true',
    });
    expect(plan.defaults).toEqual({ timeoutMs: 45 * 60_000, onFailure: 'rollback' });
    expect(plan.maxParallel).toBe(2);
    expect(plan.secrets).toEqual(['DEPLOY_TOKEN', 'DB_PASSWORD']);
    const [prepare, pause, announce, cleanup] = plan.phases;
    expect(prepare).toMatchObject({
      name: 'Prepare the release',
      timeoutMs: 90 * 60_000,
      alwaysRun: true,
    });
    expect(prepare?.onFailure).toBe('rollback');
    expect(pause).toMatchObject({
      needs: ['prepare'],
      onFailure: 'continue',
      with: { for: '90s' },
    });
    expect(announce?.needs).toEqual(['prepare', 'pause']);
    expect(announce?.gates.before).toEqual([
      {
        name: 'tag is set',
        uses: 'expect',
        with: { value: '${{ vars.tag }}', equals: '${{ inputs.version }}' },
        position: { file: 'full.yml', line: 40, column: 11 },
      },
    ]);
    expect(announce?.gates.after[0]).toMatchObject({ name: 'expect', uses: 'expect' });
    expect(cleanup).toMatchObject({ needs: [], onFailure: 'stop', timeoutMs: 45 * 60_000 });
  });

  it('resolves needs: a single id, a list, and the phase before by default', () => {
    const needs = Object.fromEntries(validPlan('parallel.yml').phases.map((p) => [p.id, p.needs]));
    expect(needs).toEqual({
      start: [],
      left: ['start'],
      middle: ['start'],
      right: ['start'],
      join: ['left', 'middle', 'right'],
      'after-join': ['join'],
    });
  });

  it('applies declared variable overrides', () => {
    expect(validPlan('full.yml', { tag: 'v9' }).vars.tag).toBe('v9');
  });

  it('checks the templates of an override like those of vars', () => {
    const { diagnostics } = parsePlan(read('full.yml'), 'full.yml', {
      registry,
      vars: { tag: '${{ phases.prepare.outputs.message }}' },
    });
    expect(diagnostics.map((d) => d.message)).toEqual([
      '--var tag: a variable cannot read phases.prepare.outputs.message',
    ]);
  });
});

describe('reporting every mistake at once', () => {
  it('reports mistakes from every check in one pass, in file order', () => {
    const source = [
      'version: 1',
      'app: demo',
      'region: eu-west-3',
      'max-parallel: 0',
      'phases:',
      '  - id: a',
      '    uses: ecko',
      '  - id: b',
      '    uses: echo',
      '    needs: [zz]',
      '    with: { message: "${{ vars.nope }}" }',
      '  - id: a',
      '    uses: wait',
      '    with: { for: 1s }',
    ].join('\n');
    const { plan, diagnostics } = parsePlan(source, 'p.yml', { registry });
    expect(plan).toBeUndefined();
    expect(
      diagnostics.map((d) => `${d.position?.line}:${d.position?.column} ${d.message}`),
    ).toEqual([
      '4:15 expected a whole number, at least 1, found number 0',
      '7:11 unknown phase kind "ecko"',
      '10:13 needs names an unknown phase "zz"',
      '11:22 vars.nope is not declared',
      '12:9 phase id "a" is already used by phase 1',
    ]);
  });

  it('stops after YAML syntax errors rather than guessing at the structure', () => {
    const { diagnostics } = parsePlan('version: 1\nphases: [\n  - id: a\n', 'p.yml', { registry });
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics.every((d) => d.message.startsWith('YAML:'))).toBe(true);
  });

  it('reads numbers written where text is expected as text, consistently', () => {
    const source = 'version: 1\napp: 42\nregion: eu-west-3\nphases:\n  - id: a\n    uses: 7\n';
    const { diagnostics } = parsePlan(source, 'p.yml', { registry });
    expect(diagnostics.map((d) => d.message)).toEqual(['unknown phase kind "7"']);
  });
});

describe('the CA-A2A release plan', () => {
  const file = new URL('../../phases/ca-a2a.yml', import.meta.url);
  const source = readFileSync(file, 'utf8');

  it('is valid with the kinds this build has', () => {
    const { plan, diagnostics } = parsePlan(source, 'phases/ca-a2a.yml', {
      registry: builtinRegistry(),
    });
    expect(diagnostics).toEqual([]);
    expect(plan?.phases.map((p) => `${p.id}:${p.uses}`)).toEqual([
      'migrate:migrate',
      'admin-api:ecs-deploy',
      'agents:ecs-deploy',
      'verify:checks',
      'functional-tests:ecs-run-task',
    ]);
  });

  it('has its references checked too: breaking a needs is noticed', () => {
    const broken = source.replace('    needs: verify\n', '    needs: []\n');
    expect(broken).not.toBe(source);
    const { diagnostics } = parsePlan(broken, 'ca-a2a.yml', { registry: builtinRegistry() });
    expect(diagnostics.map((d) => d.message)).toContain(
      'phase "functional-tests" reads phases.agents.outputs.orchestrator-task-definition-arn but does not need "agents"',
    );
  });
});

describe('loadPlan', () => {
  const dir = mkdtempSync(join(tmpdir(), 'phasegate-plan-'));

  it('returns the typed plan', async () => {
    const path = join(dir, 'ok.yml');
    writeFileSync(path, read('minimal.yml'));
    const plan = await loadPlan(path, { registry });
    expect(plan.file).toBe(path);
    expect(plan.phases.map((p) => p.id)).toEqual(['hello']);
  });

  it('throws InvalidFileError carrying every diagnostic', async () => {
    const path = join(dir, 'bad.yml');
    writeFileSync(path, 'version: 2\napp: demo\nregion: nowhere\nphases: []\n');
    const error = await loadPlan(path, { registry }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidFileError);
    expect((error as InvalidFileError).message).toBe('3 mistakes found');
    expect((error as InvalidFileError).diagnostics.map((d) => d.position?.line)).toEqual([1, 3, 4]);
  });

  it('reports a missing file as a UserError, not as a bug', async () => {
    const error = await loadPlan(join(dir, 'nope.yml'), { registry }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect(error).not.toBeInstanceOf(InvalidFileError);
    expect((error as UserError).message).toContain('ENOENT');
  });

  it('reports a directory given as the plan as a UserError', async () => {
    await expect(loadPlan(dir, { registry })).rejects.toBeInstanceOf(UserError);
  });
});
