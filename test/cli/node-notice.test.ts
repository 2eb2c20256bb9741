/**
 * The CLI's stderr holds phasegate's lines only: on Node 20 the AWS SDK's NodeVersionSupportWarning
 * (printed when its first client is made) stays out. The CLI is spawned, as a user runs it,
 * against its own sandbox, with a phase that makes an SSM client and calls it.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { unsupportedNode } from '../../src/cli/node-version.js';

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

describe('the CLI on this Node.js', () => {
  it('prints no AWS SDK Node.js version notice', async () => {
    const { plan, scenario } = files();
    const env = { ...process.env };
    delete env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED;
    const args = ['--import', 'tsx', 'src/cli.ts', 'run', plan, '--sandbox'];
    const { stdout, stderr } = await exec(process.execPath, [...args, '--scenario', scenario], {
      env,
    });
    expect(stdout).toMatch(/ok\s+look\s+checks/);
    expect(stderr).not.toMatch(/NodeVersionSupportWarning|AWS SDK for JavaScript|Warning:/);
    expect(stderr).toContain('[look] ■ succeeded');
  }, 30_000);

  it('refuses a Node.js older than 20 with what to do, and runs on 20 and later', () => {
    expect(unsupportedNode('18.19.1')).toMatch(
      /^phasegate: Node\.js 18\.19\.1 is too old; phasegate needs Node\.js 20 or later/,
    );
    for (const version of ['20.0.0', '22.11.0', '24.1.0'])
      expect(unsupportedNode(version)).toBe(undefined);
  });
});
