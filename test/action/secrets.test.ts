/**
 * A SecureString read through ${{ ssm:… }} never reaches the log, the summary or the outputs,
 * in the action and in the CLI, even when a kind puts it in its outputs and its error message.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/action/main.js';
import { main } from '../../src/cli/main.js';
import { runnerFiles } from '../helpers/github-files.js';
import { newJournal, testRegistry } from '../helpers/kinds.js';
import { useSandbox, withSandboxEnv } from '../helpers/sandbox.js';

const SECRET = 'pa55-w0rd-from-ssm';
const sandbox = useSandbox({
  scenario: {
    ssm: { parameters: [{ name: '/ca-a2a/db/password', value: SECRET, type: 'SecureString' }] },
  },
});
const files = runnerFiles();
const plan = join(files.dir, 'plan.yml');
const saved = { ...process.env };
let restore: () => void;

beforeAll(() => {
  restore = withSandboxEnv(sandbox());
  writeFileSync(
    plan,
    [
      'version: 1',
      'app: demo',
      'region: eu-west-3',
      'phases:',
      '  - id: connect',
      '    uses: step',
      '    with:',
      '      outputs: { password: "${{ ssm:/ca-a2a/db/password }}" }',
      '  - id: db',
      '    uses: step',
      '    with:',
      '      fail: "could not log in with ${{ ssm:/ca-a2a/db/password }}"',
    ].join('\n'),
  );
});
afterAll(() => {
  restore();
  process.env = saved;
  process.exitCode = undefined;
});

describe('secrets from SSM', () => {
  it('the action masks them in the log, the summary, the outputs and the failure', async () => {
    Object.assign(process.env, files.env, { INPUT_PLAN: plan });
    const stdout = vi.spyOn(process.stdout, 'write');
    await run(testRegistry(newJournal()));
    const printed = stdout.mock.calls.map((c) => String(c[0])).join('');
    stdout.mockRestore();
    expect(printed).toContain(`::add-mask::${SECRET}`);
    const everything = [
      printed.replace(`::add-mask::${SECRET}`, ''),
      files.summary(),
      JSON.stringify(files.outputs()),
    ].join('\n');
    expect(everything).not.toContain(SECRET);
    expect(files.summary()).toContain('could not log in with ***');
    expect(JSON.parse(files.outputs().result ?? '{}').phases[0].outputs.password).toBe('***');
  });

  it('the CLI masks them too: it has no runner to do it', async () => {
    let text = '';
    const io = {
      stdout: (t: string) => (text += t),
      stderr: (t: string) => (text += t),
      env: process.env,
    };
    const code = await main(
      ['run', plan, '--json', '--summary', join(files.dir, 'cli.md'), '--version', 'v1'],
      io,
      testRegistry(newJournal()),
    );
    expect(code).toBe(2);
    expect(text).not.toContain(SECRET);
    expect(text).toContain('could not log in with ***');
  });
});
