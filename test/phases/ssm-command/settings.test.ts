import { describe, expect, it } from 'vitest';
import type { ParseContext } from '../../../src/core/shape.js';
import { builtinRegistry } from '../../../src/phases/registry.js';
import { documentParameters } from '../../../src/phases/ssm-command/send.js';
import { ssmCommandSettings } from '../../../src/phases/ssm-command/settings.js';
import { parsePlan } from '../../../src/plan/load.js';

function parseWith(value: unknown, mode: ParseContext['mode'] = 'final') {
  const ctx: ParseContext = { mode, issues: [] };
  const parsed = ssmCommandSettings.parse(value, ['with'], ctx);
  return { parsed, messages: ctx.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
}

const ids = { 'instance-ids': ['i-0aaaaaaaaaaaaaaa1'] };

describe('ssm-command settings', () => {
  it('fill in the defaults and turn the shell settings into document parameters', () => {
    const { parsed, messages } = parseWith({
      commands: './warm.sh',
      ...ids,
      'execution-timeout': '90s',
      'working-directory': '/opt/app',
    });
    expect(messages).toEqual([]);
    expect(parsed).toMatchObject({
      document: 'AWS-RunShellScript',
      'output-lines': 20,
      'poll-interval': 3000,
    });
    expect(documentParameters(parsed as never)).toEqual({
      commands: ['./warm.sh'],
      workingDirectory: ['/opt/app'],
      executionTimeout: ['90'],
    });
  });

  it.each([
    [{ commands: ['x'] }, 'with: give instance-ids or targets'],
    [
      { commands: ['x'], ...ids, targets: [{ key: 'tag:Role', values: ['a'] }] },
      'with: give instance-ids or targets, not both',
    ],
    [
      {
        commands: ['x'],
        targets: Array.from({ length: 6 }, () => ({ key: 'tag:Role', values: ['a'] })),
      },
      'with.targets: SSM takes at most 5 targets, found 6',
    ],
    [{ ...ids }, 'with: AWS-RunShellScript needs commands'],
    [
      { document: 'Warm-Cache', commands: ['x'], ...ids },
      'with.commands: commands is a setting of the shell documents, not of Warm-Cache',
    ],
    [
      { commands: ['x'], ...ids, 'max-concurrency': 'lots' },
      'with.max-concurrency: expected a number or a percentage such as 10 or 50%, found the text "lots"',
    ],
    [
      { commands: ['x'], 'instance-ids': ['web-1'] },
      'with.instance-ids.0: expected an instance id such as i-0123456789abcdef0, found the text "web-1"',
    ],
    [
      { commands: ['x'], targets: [{ key: 'Role', values: ['a'] }] },
      'with.targets.0.key: expected tag:<name>, tag-key, InstanceIds or resource-groups:Name, found the text "Role"',
    ],
  ])('refuse %j', (value, message) => {
    expect(parseWith(value).messages).toEqual([message]);
  });

  it('is refused with on-failure: rollback, since a script cannot be undone', () => {
    const source = `version: 1
app: a
region: eu-west-3
phases:
  - id: warm
    uses: ssm-command
    on-failure: rollback
    with: { commands: [./warm.sh], instance-ids: [i-0aaaaaaaaaaaaaaa1] }
`;
    const { plan, diagnostics } = parsePlan(source, 'p.yml', { registry: builtinRegistry() });
    expect(plan).toBeUndefined();
    expect(diagnostics.map((d) => d.message)).toContain(
      'phase kind "ssm-command" cannot roll back',
    );
  });
});
