import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import {
  findReferences,
  parseExpression,
  render,
  scanTemplates,
  splitTemplates,
  type TemplateScope,
} from '../../src/plan/interpolate.js';

function scope(overrides: Partial<TemplateScope> = {}): TemplateScope {
  return {
    inputs: { environment: 'production', version: 'v5.1.0', 'dry-run': 'false' },
    vars: { tag: 'v5.1.0', cluster: 'ca-a2a-cluster' },
    env: { HOME: '/home/runner' },
    github: { sha: 'abc123', actor: 'octocat' },
    phases: { agents: { revision: 'arn:aws:ecs:eu-west-3:1:task-definition/x:7' } },
    ssm: { '/ca-a2a/db/host': 'db.internal' },
    ...overrides,
  };
}

function userError(action: () => unknown): UserError {
  try {
    action();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected a UserError');
}

describe('parseExpression', () => {
  it('reads every scope', () => {
    expect(parseExpression('inputs.dry-run')).toEqual({ scope: 'inputs', name: 'dry-run' });
    expect(parseExpression('vars.image-tag')).toEqual({ scope: 'vars', name: 'image-tag' });
    expect(parseExpression('env.AWS_REGION')).toEqual({ scope: 'env', name: 'AWS_REGION' });
    expect(parseExpression('github.run_attempt')).toEqual({ scope: 'github', name: 'run_attempt' });
    expect(parseExpression('phases.agents.outputs.revision')).toEqual({
      scope: 'phases',
      phase: 'agents',
      output: 'revision',
    });
    expect(parseExpression('ssm:/ca-a2a/db/host')).toEqual({
      scope: 'ssm',
      name: '/ca-a2a/db/host',
    });
    expect(parseExpression('ssm: plain-name')).toEqual({ scope: 'ssm', name: 'plain-name' });
    expect(parseExpression('ssm:/ca-a2a/db/host:3')).toEqual({
      scope: 'ssm',
      name: '/ca-a2a/db/host:3',
    });
    expect(parseExpression('ssm:/ca-a2a/db/host:0')).toMatchObject({
      hint: expect.stringContaining(':N for version N'),
    });
  });

  it('explains what is wrong, with a did-you-mean where one is near', () => {
    expect(parseExpression('var.tag')).toMatchObject({ hint: 'did you mean ${{ vars.tag }}?' });
    expect(parseExpression('inputs.verison')).toMatchObject({
      hint: 'did you mean inputs.version?',
    });
    expect(parseExpression('github.shaa')).toMatchObject({ hint: 'did you mean github.sha?' });
    expect(parseExpression('secrets.TOKEN')).toMatchObject({
      message: expect.stringContaining('secrets'),
    });
    expect(parseExpression('vars.a.b')).toMatchObject({ hint: 'write vars.NAME' });
    expect(parseExpression('phases.a.b')).toMatchObject({
      message: expect.stringContaining('phase output'),
    });
    expect(parseExpression('ssm.x')).toMatchObject({ hint: 'write ${{ ssm:/path/name }}' });
    expect(parseExpression('ssm:/a//b')).toMatchObject({ message: expect.stringContaining('SSM') });
    expect(parseExpression(`ssm:/${'a/'.repeat(15)}b`)).toMatchObject({
      message: expect.any(String),
    });
    expect(parseExpression('format(vars.a)')).toMatchObject({
      message: expect.stringContaining('not a reference'),
    });
    expect(parseExpression('')).toMatchObject({ message: 'empty template ${{ }}' });
  });
});

describe('splitTemplates', () => {
  it('keeps literal text around templates and notices an unclosed one', () => {
    expect(splitTemplates('a ${{vars.x}} b ${{ env.Y }}')).toEqual([
      { literal: 'a ' },
      { template: '${{vars.x}}', expression: 'vars.x' },
      { literal: ' b ' },
      { template: '${{ env.Y }}', expression: 'env.Y' },
    ]);
    expect(splitTemplates('x ${{ vars.a')).toEqual([{ literal: 'x ' }, { unclosed: '${{ vars.a' }]);
    expect(splitTemplates('no templates, just } and {')).toEqual([
      { literal: 'no templates, just } and {' },
    ]);
  });
});

describe('findReferences', () => {
  it('walks nested maps and lists and gives each reference its path and text', () => {
    const value = {
      services: [
        { service: 'orchestrator', images: { orchestrator: 'repo:${{ vars.tag }}' } },
        { service: 'admin-api', env: { REV: '${{ phases.agents.outputs.revision }}', N: 3 } },
      ],
      url: '${{ ssm:/ca-a2a/db/host }}:${{env.PORT}}',
    };
    expect(findReferences(value)).toEqual([
      {
        reference: { scope: 'vars', name: 'tag' },
        path: ['services', 0, 'images', 'orchestrator'],
        text: '${{ vars.tag }}',
      },
      {
        reference: { scope: 'phases', phase: 'agents', output: 'revision' },
        path: ['services', 1, 'env', 'REV'],
        text: '${{ phases.agents.outputs.revision }}',
      },
      {
        reference: { scope: 'ssm', name: '/ca-a2a/db/host' },
        path: ['url'],
        text: '${{ ssm:/ca-a2a/db/host }}',
      },
      { reference: { scope: 'env', name: 'PORT' }, path: ['url'], text: '${{env.PORT}}' },
    ]);
  });

  it('leaves out templates that do not read, which scanTemplates reports', () => {
    const value = { a: '${{ secrets.X }}', b: ['${{ vars.ok }}', '${{ unclosed'] };
    expect(findReferences(value).map((r) => r.text)).toEqual(['${{ vars.ok }}']);
    const problems = scanTemplates(value).filter((u) => u.problem);
    expect(problems.map((p) => p.path)).toEqual([['a'], ['b', 1]]);
  });
});

describe('render', () => {
  it('renders deeply and leaves the input unchanged', () => {
    const value = {
      cluster: '${{ vars.cluster }}',
      services: [{ image: 'repo/orchestrator:${{ vars.tag }}', count: 2, on: true, none: null }],
      note: 'by ${{ github.actor }} at ${{ github.sha }} from ${{ ssm:/ca-a2a/db/host }}',
    };
    const copy = structuredClone(value);
    expect(render(value, scope())).toEqual({
      cluster: 'ca-a2a-cluster',
      services: [{ image: 'repo/orchestrator:v5.1.0', count: 2, on: true, none: null }],
      note: 'by octocat at abc123 from db.internal',
    });
    expect(value).toEqual(copy);
  });

  it('keeps the text of a value that is exactly one template, for the kind to convert', () => {
    const rendered = render({ count: '${{ vars.n }}' }, scope({ vars: { n: '007' } }));
    expect(rendered).toEqual({ count: '007' });
  });

  it('renders phase outputs, inputs and env', () => {
    const text = '${{ phases.agents.outputs.revision }} ${{ inputs.environment }} ${{ env.HOME }}';
    expect(render(text, scope())).toBe(
      'arn:aws:ecs:eu-west-3:1:task-definition/x:7 production /home/runner',
    );
  });

  it('names the reference when a value is missing', () => {
    expect(userError(() => render('${{ env.NOPE }}', scope())).message).toBe(
      '${{ env.NOPE }} has no value',
    );
    expect(userError(() => render('${{ env.NOPE }}', scope())).hint).toContain('NOPE');
    expect(userError(() => render({ a: ['${{ vars.missing }}'] }, scope())).message).toContain(
      'vars.missing',
    );
    expect(userError(() => render('${{ ssm:/x/y }}', scope())).hint).toContain('/x/y');
    expect(userError(() => render('${{ phases.verify.outputs.x }}', scope())).message).toContain(
      'phase "verify" has not finished',
    );
    const noOutput = userError(() => render('${{ phases.agents.outputs.nope }}', scope()));
    expect(noOutput.message).toContain(
      'phase "agents" has no output "nope" (its outputs are: revision)',
    );
    expect(noOutput.hint).toBe('its outputs are: revision');
    const near = userError(() => render('${{ phases.agents.outputs.revisoin }}', scope()));
    expect(near.hint).toBe('did you mean phases.agents.outputs.revision?');
  });

  it('does not read inherited properties as values', () => {
    expect(() => render('${{ vars.constructor }}', scope())).toThrow(UserError);
    expect(() => render('${{ phases.toString.outputs.x }}', scope())).toThrow(UserError);
  });

  it('refuses a template that does not read rather than printing it', () => {
    expect(() => render('${{ secrets.X }}', scope())).toThrow(/secrets/);
    expect(() => render('x ${{ vars.tag', scope())).toThrow(/not closed/);
  });
});
