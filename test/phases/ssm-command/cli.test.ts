/**
 * ssm-command and the SSM checks from a plan file through the CLI with the built-in kinds: a
 * mistake at file:line:column, a dry run that sends nothing, and a run whose SecureString (read
 * by a gate and passed as a document parameter) appears in no output.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../src/cli/io.js';
import { main } from '../../../src/cli/main.js';
import { useSandbox, withSandboxEnv } from '../../helpers/sandbox.js';
import { ssmScenario, WARMER_A } from './harness.js';

const SECRET = 'redis-pass-0123456789';
const dir = mkdtempSync(join(tmpdir(), 'phasegate-ssm-command-'));
const planFile = join(dir, 'release.yml');
writeFileSync(
  planFile,
  `version: 1
app: ca-a2a
region: eu-west-3
phases:
  - id: warm-cache
    uses: ssm-command
    gates:
      before:
        - uses: ssm-parameter
          with: { name: /ca-a2a/version, expect: "\${{ inputs.version }}" }
        - uses: ssm-parameter
          with: { name: /ca-a2a/redis-password, with-decryption: true, expect: ${SECRET} }
      after:
        - uses: command
          with: { run: [node, -e, "console.log('smoke ok')"], stdout-contains: smoke ok }
    with:
      targets: [{ key: tag:Role, values: [cache-warmer] }]
      commands: [./warm-cache.sh]
      parameters: { password: ["\${{ ssm:/ca-a2a/redis-password }}"] }
      poll-interval: 20ms
`,
);

const sandbox = useSandbox(() => {
  const scenario = ssmScenario();
  const ssm = scenario.ssm as Record<string, unknown>;
  ssm.parameters = [
    { name: '/ca-a2a/version', value: 'v5.1' },
    { name: '/ca-a2a/redis-password', value: SECRET, type: 'SecureString' },
  ];
  return { scenario };
});
let restore: () => void = () => {};
beforeAll(() => {
  restore = withSandboxEnv(sandbox());
});
afterAll(() => restore());

async function cli(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), env: {} };
  const code = await main(argv, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

const sent = () => sandbox().requests.count({ service: 'ssm', operation: 'SendCommand' });

describe('phasegate with ssm-command', () => {
  it('validates the plan, and names a mistake at its line and column', async () => {
    expect((await cli(['validate', planFile])).code).toBe(0);
    const broken = join(dir, 'broken.yml');
    writeFileSync(
      broken,
      'version: 1\napp: a\nregion: eu-west-3\nphases:\n  - id: w\n    uses: ssm-command\n    on-failure: rollback\n    with:\n      commands: [x]\n      instance-ids: [web-1]\n',
    );
    const r = await cli(['validate', broken]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('phase kind "ssm-command" cannot roll back');
    expect(r.stderr).toMatch(/broken\.yml:10:\d+: error: expected an instance id/);
  });

  it('plan: says where it would run and sends nothing', async () => {
    const r = await cli(['plan', planFile, '--version', 'v5.1']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('would run AWS-RunShellScript on tag:Role=cache-warmer');
    expect(sent()).toBe(0);
  });

  it('run: gates pass, the command succeeds, and the SecureString appears in no output', async () => {
    const summary = join(dir, 'run.md');
    const r = await cli(['run', planFile, '--version', 'v5.1', '--summary', summary]);
    expect(r.code).toBe(0);
    expect(sent()).toBe(1);
    const text = readFileSync(summary, 'utf8');
    expect(text).toContain(`| ${WARMER_A} | ✅ | Success | 0 |`);
    expect(`${r.stdout}${r.stderr}${text}`).not.toContain(SECRET);
  });
});
