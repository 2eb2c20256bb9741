/**
 * The ssm-parameter check against the sandbox's Parameter Store: exact values, patterns, JSON
 * paths, a missing parameter, access denied, and a SecureString whose value appears nowhere,
 * on its own, as a gate and in a checks phase.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkKinds } from '../../../src/checks/index.js';
import { ssmParameterCheck } from '../../../src/checks/ssm-parameter/index.js';
import { MemoryLogger } from '../../../src/core/log.js';
import { Secrets } from '../../../src/core/secrets.js';
import { checksPhaseKind } from '../../../src/phases/checks/index.js';
import { Registry } from '../../../src/phases/registry.js';
import { runEngine } from '../../helpers/engine.js';
import { newJournal, stepKind } from '../../helpers/kinds.js';
import { planOf } from '../../helpers/plans.js';
import { useSandbox } from '../../helpers/sandbox.js';
import { parse, runCheck, sandboxAws } from '../context.js';

const SECRET = 'sk-live-0123456789';

const sandbox = useSandbox({
  scenario: {
    ssm: {
      parameters: [
        { name: '/ca-a2a/version', value: 'v5.0' },
        { name: '/ca-a2a/build', value: '{"version":"v5.1","flags":{"revocation":true}}' },
        { name: '/ca-a2a/api-key', value: SECRET, type: 'SecureString' },
      ],
    },
  },
});

let aws: ReturnType<typeof sandboxAws>;
beforeAll(() => {
  aws = sandboxAws(sandbox());
});
afterAll(() => aws.destroy());

const check = (settings: Record<string, unknown>) => runCheck(ssmParameterCheck, settings, { aws });

describe('ssm-parameter check', () => {
  it('passes and fails on an exact value, saying expected and actual', async () => {
    expect((await check({ name: '/ca-a2a/version', expect: 'v5.0' })).result).toEqual({
      ok: true,
      summary: '/ca-a2a/version is "v5.0" (version 1)',
    });
    expect((await check({ name: '/ca-a2a/version', expect: 'v5.1' })).result).toEqual({
      ok: false,
      summary: '/ca-a2a/version is "v5.0", expected "v5.1"',
    });
  });

  it('matches a regular expression and JSON paths', async () => {
    expect((await check({ name: '/ca-a2a/version', 'expect-match': '^v5\\.' })).result.ok).toBe(
      true,
    );
    expect((await check({ name: '/ca-a2a/version', 'expect-match': '^v6' })).result).toEqual({
      ok: false,
      summary: '/ca-a2a/version "v5.0" does not match /^v6/',
    });
    const json = await check({
      name: '/ca-a2a/build',
      'expect-json': { version: 'v5.1', 'flags.revocation': 'false', 'flags.audit': 'true' },
    });
    expect(json.result).toEqual({
      ok: false,
      summary:
        '/ca-a2a/build: flags.revocation is "true", expected "false"; flags.audit is missing, expected "true"',
    });
  });

  it('has its own sentence for a missing parameter and for access denied', async () => {
    expect((await check({ name: '/ca-a2a/nope', expect: 'x' })).result).toEqual({
      ok: false,
      summary: '/ca-a2a/nope does not exist in Parameter Store',
    });
    expect((await check({ name: '/ca-a2a/version:1', expect: 'v5.0' })).result.ok).toBe(true);
    expect((await check({ name: '/ca-a2a/version:4', expect: 'v5.0' })).result).toEqual({
      ok: false,
      summary:
        '/ca-a2a/version:4: the parameter exists but that version or label does not; leave out what follows the colon to read the latest',
    });
    const remove = sandbox().faults.add({
      service: 'ssm',
      operation: 'GetParameter',
      fault: 'error',
      code: 'AccessDeniedException',
      nth: 1,
    });
    try {
      expect((await check({ name: '/ca-a2a/version', expect: 'v5.0' })).result).toEqual({
        ok: false,
        summary: 'access to /ca-a2a/version denied: the role needs ssm:GetParameter on it',
      });
    } finally {
      remove();
    }
  });

  it('masks a SecureString: registered as a secret, never in a summary, even when it differs', async () => {
    const ok = await check({ name: '/ca-a2a/api-key', 'with-decryption': true, expect: SECRET });
    expect(ok.result).toEqual({
      ok: true,
      summary: '/ca-a2a/api-key holds the expected value (SecureString) (version 1)',
    });
    expect(ok.secrets.mask(SECRET)).toBe('***');
    const differs = await check({
      name: '/ca-a2a/api-key',
      'with-decryption': true,
      expect: 'sk-live-other',
    });
    expect(differs.result).toEqual({
      ok: false,
      summary: '/ca-a2a/api-key (SecureString) differs from the expected value',
    });
    const encrypted = await check({ name: '/ca-a2a/api-key', expect: SECRET });
    expect(encrypted.result.summary).toBe(
      '/ca-a2a/api-key is a SecureString: set with-decryption: true to compare its value',
    );
  });

  it('refuses two expectations and a bad pattern at validation', () => {
    expect(
      parse(ssmParameterCheck, { name: '/a', expect: 'x', 'expect-match': 'y' }).messages,
    ).toEqual([
      'with.expect-match: give one of expect, expect-match, expect-json, not expect and expect-match',
    ]);
    expect(parse(ssmParameterCheck, { name: '/a', 'expect-match': '(' }).messages).toEqual([
      'with.expect-match: expect-match is not a valid regular expression: (',
    ]);
  });
});

describe('ssm-parameter as a gate and in a checks phase', () => {
  const journal = newJournal();
  const registry = new Registry({
    phases: [checksPhaseKind(checkKinds), stepKind(journal)],
    checks: [...checkKinds],
  });

  it('gates a phase and verifies in a checks phase, the SecureString value in no output', async () => {
    const logs = new MemoryLogger();
    const secret = {
      uses: 'ssm-parameter',
      with: { name: '/ca-a2a/api-key', 'with-decryption': true, expect: 'wrong' },
    };
    const result = await runEngine({
      plan: planOf([
        {
          id: 'deploy',
          before: [{ uses: 'ssm-parameter', with: { name: '/ca-a2a/version', expect: 'v5.0' } }],
        },
        {
          id: 'verify',
          uses: 'checks',
          with: {
            retry: { attempts: 1 },
            checks: [
              { uses: 'ssm-parameter', with: { name: '/ca-a2a/version', expect: 'v5.1' } },
              secret,
            ],
          },
        },
      ]),
      registry,
      aws,
      secrets: new Secrets(),
      logFor: () => logs,
    });
    const [deploy, verify] = result.phases;
    expect(deploy?.status).toBe('succeeded');
    expect(deploy?.gates[0]?.summary).toBe('/ca-a2a/version is "v5.0" (version 1)');
    expect(verify?.status).toBe('failed');
    expect(verify?.summary).toContain('/ca-a2a/version is "v5.0", expected "v5.1"');
    expect(verify?.summary).toContain(
      '/ca-a2a/api-key (SecureString) differs from the expected value',
    );
    expect(JSON.stringify(result)).not.toContain(SECRET);
    expect(logs.text()).not.toContain(SECRET);
  });
});
