/**
 * The CLI in a terminal, spawned as a user runs it against its own sandbox, with a phase that
 * makes an SSM client and calls it: stderr holds phasegate's lines only (on Node 20 the AWS SDK's
 * NodeVersionSupportWarning, printed when its first client is made, stays out), and colour
 * follows NO_COLOR and FORCE_COLOR.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { unsupportedNode } from '../../src/cli/node-version.js';
import { colourWanted } from '../../src/core/colour.js';

const exec = promisify(execFile);

function files() {
  const dir = mkdtempSync(join(tmpdir(), 'phasegate-notice-'));
  const plan = join(dir, 'plan.yml');
  const scenario = join(dir, 'scenario.yml');
  writeFileSync(
    plan,
    'version: 1\napp: a\nregion: eu-west-3\nphases:\n  - id: look\n    uses: checks\n    with:\n' +
      '      checks:\n        - name: version set\n          uses: ssm-parameter\n' +
      '          with: { name: /a/version, expect: v1 }\n',
  );
  writeFileSync(
    scenario,
    'region: eu-west-3\nssm:\n  parameters:\n    - { name: /a/version, value: v1 }\n',
  );
  return { plan, scenario };
}

const ESC = '\u001b[';

async function phasegate(colour: Record<string, string>) {
  const { plan, scenario } = files();
  const env: NodeJS.ProcessEnv = { ...process.env, ...colour };
  delete env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED;
  if (!('FORCE_COLOR' in colour)) delete env.FORCE_COLOR;
  if (!('NO_COLOR' in colour)) delete env.NO_COLOR;
  const args = [
    '--import',
    'tsx',
    'src/cli.ts',
    'run',
    plan,
    '--sandbox',
    '--scenario',
    scenario,
    '--version',
    'v1',
  ];
  return exec(process.execPath, args, { env });
}

describe('the CLI in a terminal', () => {
  it('prints no AWS SDK Node.js version notice', async () => {
    const { stdout, stderr } = await phasegate({});
    expect(stdout).toMatch(/ok\s+look\s+checks/);
    expect(stderr).not.toMatch(/NodeVersionSupportWarning|AWS SDK for JavaScript|Warning:/);
    expect(stderr).toContain('[look] ■ succeeded');
  }, 30_000);

  it('NO_COLOR=1 gives plain text, FORCE_COLOR=1 colours the status words', async () => {
    const none = await phasegate({ NO_COLOR: '1' });
    expect(none.stdout + none.stderr).not.toContain(ESC);
    const forced = await phasegate({ FORCE_COLOR: '1' });
    expect(forced.stdout).toContain(`${ESC}32mok${ESC}0m      look`);
    expect(forced.stdout).toContain(`release ${ESC}32msucceeded${ESC}0m in`);
    expect(forced.stderr).toContain(`[look] ${ESC}36m▶ started${ESC}0m (checks)`);
    expect(forced.stderr).toContain(`[look] ${ESC}32m■ succeeded${ESC}0m: 1/1 checks passed`);
  }, 30_000);

  it('colours a terminal unless NO_COLOR says not; FORCE_COLOR decides when set', () => {
    expect(colourWanted(true, {})).toBe(true);
    expect(colourWanted(false, {})).toBe(false);
    expect(colourWanted(true, { NO_COLOR: '1' })).toBe(false);
    expect(colourWanted(true, { NO_COLOR: '' })).toBe(true);
    expect(colourWanted(true, { TERM: 'dumb' })).toBe(false);
    expect(colourWanted(false, { FORCE_COLOR: '1', NO_COLOR: '1' })).toBe(true);
    expect(colourWanted(true, { FORCE_COLOR: '0' })).toBe(false);
  });

  it('refuses a Node.js older than 20 with what to do, and runs on 20 and later', () => {
    expect(unsupportedNode('18.19.1')).toMatch(
      /^phasegate: Node\.js 18\.19\.1 is too old; phasegate needs Node\.js 20 or later/,
    );
    for (const version of ['20.0.0', '22.11.0', '24.1.0'])
      expect(unsupportedNode(version)).toBe(undefined);
  });
});
