/** The command check: real programs on this machine, with an argument list or bash. */
import { describe, expect, it } from 'vitest';
import { commandCheck } from '../../../src/checks/command/index.js';
import { checkKinds } from '../../../src/checks/index.js';
import { MemoryLogger } from '../../../src/core/log.js';
import { checksPhaseKind } from '../../../src/phases/checks/index.js';
import { Registry } from '../../../src/phases/registry.js';
import { runEngine } from '../../helpers/engine.js';
import { newJournal, stepKind, unusedAws } from '../../helpers/kinds.js';
import { planOf } from '../../helpers/plans.js';
import { parse, runCheck } from '../context.js';

const node = process.execPath;
const check = (settings: Record<string, unknown>) => runCheck(commandCheck, settings);

describe('command check', () => {
  it('passes on the expected exit code and output, with the output tail in the details', async () => {
    const { result } = await check({
      run: [node, '-e', 'console.log("smoke ok"); console.log("version v5.1")'],
      'stdout-contains': 'smoke ok',
      'stdout-match': '^version v5\\.1$',
    });
    expect(result.ok).toBe(true);
    expect(result.summary).toMatch(
      /: exit 0, stdout contains "smoke ok", stdout matches \/\^version v5\\\.1\$\/$/,
    );
    expect(result.details).toContain('```text\nsmoke ok\nversion v5.1\n```');
  });

  it('fails naming every problem: exit code and output', async () => {
    const { result } = await check({
      run: [node, '-e', 'console.log("nope"); console.error("boom"); process.exit(3)'],
      'stdout-contains': ['ready'],
    });
    expect(result.ok).toBe(false);
    expect(result.summary).toMatch(/: exit 3, expected 0; stdout does not contain "ready"$/);
    expect(result.details).toContain('stderr, last 1 lines:\n\n```text\nboom\n```');
  });

  it('passes arguments without a shell, unless shell: bash', async () => {
    const literal = await check({
      run: [node, '-e', 'console.log(process.argv[1])', '$HOME;echo'],
      'stdout-contains': '$HOME;echo',
    });
    expect(literal.result.ok).toBe(true);
    const bash = await check({
      shell: 'bash',
      run: 'echo "$GREETING" && exit 4',
      env: { GREETING: 'hi there' },
      'exit-code': 4,
      'stdout-contains': 'hi there',
    });
    expect(bash.result.ok).toBe(true);
  });

  it('kills a program past its timeout, and names a program that does not exist', async () => {
    const slow = await check({
      run: [node, '-e', 'setTimeout(() => {}, 10000)'],
      timeout: '200ms',
    });
    expect(slow.result.summary).toMatch(/: no exit within 200ms \(killed\)$/);
    const missing = await check({ run: ['no-such-program-here'] });
    expect(missing.result.summary).toBe(
      'no-such-program-here: cannot run "no-such-program-here": no such program or working directory',
    );
  });

  it('keeps secret environment values masked in its summary and details', async () => {
    const { result, secrets } = await check({
      run: [node, '-e', 'console.log("token=" + process.env.API_TOKEN)'],
      env: { API_TOKEN: 'tok-s3cret-value' },
    });
    expect(result.details).toContain('token=***');
    expect(secrets.mask('tok-s3cret-value')).toBe('***');
  });

  it('refuses several lines with shell: bash written as a list, and a bad pattern', () => {
    expect(parse(commandCheck, { shell: 'bash', run: ['a', 'b'] }).messages).toEqual([
      'with.run: with shell: bash, run is one script',
    ]);
    expect(parse(commandCheck, { run: ['x'], 'stdout-match': '(' }).messages).toEqual([
      'with.stdout-match: stdout-match is not a valid regular expression: (',
    ]);
  });
});

describe('command as a gate and in a checks phase', () => {
  it('gates a phase, and fails a checks phase showing expected and actual', async () => {
    const registry = new Registry({
      phases: [checksPhaseKind(checkKinds), stepKind(newJournal())],
      checks: [...checkKinds],
    });
    const result = await runEngine({
      plan: planOf([
        {
          id: 'deploy',
          after: [{ uses: 'command', with: { run: [node, '-e', 'process.exit(0)'] } }],
        },
        {
          id: 'verify',
          uses: 'checks',
          with: {
            retry: { attempts: 1 },
            checks: [{ uses: 'command', with: { run: [node, '-e', 'process.exit(1)'] } }],
          },
        },
      ]),
      registry,
      aws: unusedAws(),
      logFor: () => new MemoryLogger(),
    });
    const [deploy, verify] = result.phases;
    expect(deploy?.status).toBe('succeeded');
    expect(deploy?.gates[0]?.ok).toBe(true);
    expect(verify?.status).toBe('failed');
    expect(verify?.summary).toContain('exit 1, expected 0');
  });
});
