/** The checks phase's `with:`: each check validated by its own kind, at its own path. */
import { describe, expect, it } from 'vitest';
import { checkKinds, httpCheck, sqlCheck } from '../../../src/checks/index.js';
import type { ParseContext } from '../../../src/core/shape.js';
import { checksSettings } from '../../../src/phases/checks/settings.js';
import { messages } from '../../checks/context.js';

// 'telepathy' stands for a kind designed but not built yet.
const shape = checksSettings(checkKinds, ['telepathy']);

function parse(value: unknown, mode: ParseContext['mode'] = 'final') {
  const ctx: ParseContext = { mode, issues: [] };
  const config = shape.parse(value, ['with'], ctx);
  return { config, issues: ctx.issues, messages: messages(ctx.issues) };
}

const health = { name: 'orchestrator healthy', uses: 'http', with: { url: 'https://alb/health' } };

describe('checks phase settings', () => {
  it("parses each check with its kind's settings, and retries 3 times 5 s apart by default", () => {
    const { config, issues } = parse({
      checks: [
        health,
        {
          uses: 'sql',
          with: {
            'resource-arn': 'arn:aws:rds:x',
            'secret-arn': 'arn:aws:secretsmanager:x',
            query: 'SELECT 1',
          },
        },
      ],
    });
    expect(issues).toEqual([]);
    expect(config?.retry).toEqual({ attempts: 3, interval: 5000 });
    expect(config?.checks.map((c) => [c.name, c.uses, c.kind])).toEqual([
      ['orchestrator healthy', 'http', httpCheck],
      ['sql', 'sql', sqlCheck],
    ]);
    expect(config?.checks[0]?.config).toMatchObject({ method: 'GET', 'expect-status': [200] });
  });

  it('reports mistakes inside a check at their own path, all at once', () => {
    const { messages: found, issues } = parse({
      checks: [
        health,
        { uses: 'htp', with: {} },
        { uses: 'telepathy' },
        { uses: 'sql', with: { query: 'DELETE FROM t' } },
        { name: 'no kind' },
      ],
      retry: { attempts: 0, interval: 'soon' },
    });
    expect(found).toEqual([
      'with.checks.1.uses: unknown check kind "htp"',
      'with.checks.2.uses: check kind "telepathy" is not available yet',
      'with.checks.3.with: "resource-arn" is missing',
      'with.checks.3.with: "secret-arn" is missing',
      'with.checks.3.with.query: a check only reads; its query cannot start with DELETE',
      'with.checks.4: "uses" is missing',
      'with.retry.attempts: expected a whole number, at least 1, at most 100, found number 0',
      'with.retry.interval: expected a duration such as 90s, 15m or 1h30m, found the text "soon"',
    ]);
    expect(issues[0]?.hint).toBe('did you mean "http"?');
    expect(issues[1]?.hint).toBe(
      'check kinds in this build: http, sql, ecs-service, ssm-parameter, command',
    );
  });

  it('needs at least one check and accepts templates while the plan is checked', () => {
    expect(parse({ checks: [] }).messages).toEqual(['with.checks: the list needs at least 1 item']);
    const templated = {
      checks: [
        {
          uses: 'http',
          with: {
            url: '${{ vars.alb-url }}/health',
            'expect-json': { version: '${{ vars.image-tag }}' },
          },
        },
      ],
      retry: { attempts: '${{ vars.tries }}' },
    };
    expect(parse(templated, 'check').issues).toEqual([]);
  });

  it("gives editors each kind's settings where uses names it", () => {
    const schema = shape.jsonSchema() as {
      properties: { checks: { items: { allOf: unknown[] } } };
    };
    const branches = schema.properties.checks.items.allOf as {
      if: { properties: { uses: { const: string } } };
    }[];
    expect(branches.map((b) => b.if.properties.uses.const)).toEqual([
      'http',
      'sql',
      'ecs-service',
      'ssm-parameter',
      'command',
    ]);
  });
});
