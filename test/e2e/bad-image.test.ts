/**
 * The CA-A2A v5.1 rehearsal with a validator image that cannot be pulled, as a release manager
 * reads it: the terminal's table and the step summary are pinned as golden files (run-to-run
 * values such as durations, task and deployment ids, masked). The headline names the cause,
 * CannotPullContainerError, once; the summary starts with what production runs now. The golden
 * markdown is kept as .md.txt so the formatter leaves it byte for byte as phasegate wrote it.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { CliIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { steady } from '../helpers/golden.js';
import { useSandbox, withSandboxEnv } from '../helpers/sandbox.js';

const scenario = () => {
  const s = parse(readFileSync('sandbox/ca-a2a.yml', 'utf8')) as Record<string, unknown>;
  (s.ecs as Record<string, unknown>)['bad-images'] = [{ image: '*/validator:v5.1' }];
  // 100, not 300: under a loaded test run the Data API's 45 s call limit must stay well above
  // what a statement takes in real time (0.45 s here).
  return { ...s, 'time-scale': 100 };
};

describe('the release with a validator image that cannot be pulled', () => {
  const sandbox = useSandbox(() => ({ scenario: scenario() }));
  let restore: () => void;
  beforeAll(() => {
    restore = withSandboxEnv(sandbox());
  });
  afterAll(() => restore());

  it('says why once, where each service ended, and what production runs now', async () => {
    let stdout = '';
    let stderr = '';
    const io: CliIo = {
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t),
      env: process.env,
    };
    const summary = join(mkdtempSync(join(tmpdir(), 'phasegate-bad-image-')), 'summary.md');
    const args = ['run', 'phases/ca-a2a.yml', '--env', 'production', '--version', 'v5.1'];
    const code = await main([...args, '--summary', summary], io);
    expect(code, stderr).toBe(2);

    // Column widths follow the durations: runs of spaces count as one gap.
    await expect(steady(stdout).replace(/ {2,}/g, '  ')).toMatchFileSnapshot(
      'golden/bad-image.terminal.txt',
    );
    const markdown = readFileSync(summary, 'utf8');
    const head = markdown.slice(0, markdown.indexOf('<details'));
    await expect(steady(head)).toMatchFileSnapshot('golden/bad-image.summary-head.md.txt');
    const agents = markdown.slice(markdown.indexOf('<details open>'));
    const rollback = agents.slice(agents.indexOf('**Rollback**'));
    await expect(steady(rollback)).toMatchFileSnapshot('golden/bad-image.summary-rollback.md.txt');

    // One statement of the failure in the terminal: the table; the ■ line only says it failed.
    expect((stdout + stderr).match(/CannotPullContainerError/g)).toHaveLength(1);
    expect(stderr).toContain('[agents] ■ failed (the reason follows at the end)\n');
    expect(stderr).toContain(
      '[agents] rollback succeeded: production is back on ca-a2a-orchestrator:11',
    );
    expect(markdown).toContain('FAILED (rolled back by ECS)');
    expect(markdown).toContain(
      'ca-a2a-validator:9 → ca-a2a-validator:10, back on ca-a2a-validator:9',
    );
  });
});
