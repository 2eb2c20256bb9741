import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { ParseContext } from '../../../src/core/shape.js';
import { ecsRunTaskSettings } from '../../../src/phases/ecs-run-task/settings.js';

function parseWith(value: unknown, mode: ParseContext['mode'] = 'final') {
  const ctx: ParseContext = { mode, issues: [] };
  const parsed = ecsRunTaskSettings.parse(value, ['with'], ctx);
  return { parsed, issues: ctx.issues };
}

describe('ecs-run-task settings', () => {
  it('accept the functional-tests phase of phases/ca-a2a.yml as written', () => {
    const plan = parse(readFileSync('phases/ca-a2a.yml', 'utf8'));
    const phase = plan.phases.find((p: { id: string }) => p.id === 'functional-tests');
    expect(phase.uses).toBe('ecs-run-task');
    expect(parseWith(phase.with, 'check').issues).toEqual([]);
  });

  it('fill in the defaults', () => {
    const { parsed, issues } = parseWith({ cluster: 'c', 'task-definition': 'tests' });
    expect(issues).toEqual([]);
    expect(parsed).toEqual({
      cluster: 'c',
      'task-definition': 'tests',
      count: 1,
      'log-lines': 30,
      'poll-interval': 2000,
    });
  });

  it('name each mistake with its path and a hint', () => {
    const { issues } = parseWith({
      cluster: 'c',
      'task-definition': 'tests',
      count: 11,
      'started-by': 'a'.repeat(37),
      network: { 'security-groups': ['sg-1'] },
      overrides: { comand: ['x'] },
    });
    expect(issues.map((i) => [i.path.join('.'), i.message, i.hint])).toEqual([
      ['with.count', 'expected a whole number, at least 1, at most 10, found number 11', undefined],
      ['with.network', '"subnets" is missing', 'add subnets: <a list of a text>'],
      ['with.overrides.comand', 'unknown key "comand"', 'did you mean "command"?'],
      [
        'with.started-by',
        `expected up to 36 letters, digits, - and _, found the text "${'a'.repeat(37).slice(0, 40)}"`,
        undefined,
      ],
    ]);
  });
});
