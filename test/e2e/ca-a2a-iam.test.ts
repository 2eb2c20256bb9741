/**
 * The policy `phasegate iam-policy` writes for the CA-A2A plan allows every AWS call the CA-A2A
 * rehearsal makes: the sandbox's request log holds each call with the parameters that name its
 * resource, and a small IAM evaluator (test/helpers/iam-policy.ts) judges each one. A failure
 * lists the calls the policy refuses.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { CliIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import type { RequestRecord } from '../../src/sandbox/request-log.js';
import { disallowedCalls, type Policy } from '../helpers/iam-policy.js';
import { useSandboxEnv } from '../helpers/sandbox.js';

const PLAN = 'phases/ca-a2a.yml';
const AT = { region: 'eu-west-3', account: '555043101106' };

/**
 * The rehearsal scenario, played 60 times faster than AWS: the Data API's 45 s statement limit
 * is then 0.75 s of real time, which PGlite meets even on a loaded machine (at 300 it is 0.15 s,
 * and a busy full test run can miss it).
 */
const scenario = (badValidator = false): Record<string, unknown> => {
  const s: Record<string, unknown> = {
    ...(parse(readFileSync('sandbox/ca-a2a.yml', 'utf8')) as Record<string, unknown>),
    'time-scale': 60,
  };
  if (badValidator)
    (s.ecs as Record<string, unknown>)['bad-images'] = [{ image: '*/validator:v5.1' }];
  return s;
};

async function phasegate(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    env: process.env,
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

const release = (command: 'plan' | 'run') =>
  phasegate(command, PLAN, '--env', 'production', '--version', 'v5.1', '--json');

async function policy(...extra: string[]): Promise<Policy> {
  const r = await phasegate('iam-policy', PLAN, '--env', 'production', ...extra);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Policy;
}

function refused(p: Policy, records: readonly RequestRecord[]): string[] {
  return disallowedCalls(p, records, AT);
}

describe('the CA-A2A rehearsal under the generated policy', () => {
  const sandbox = useSandboxEnv(() => ({ scenario: scenario() }));

  it('plans with only what the read-only policy allows, the Data API reads aside', async () => {
    const box = sandbox();
    box.requests.clear();
    expect((await release('plan')).code).toBe(0);
    const records = box.requests.all();
    const dataApi = records.filter((r) => r.service === 'rds-data');
    expect(dataApi.length).toBeGreaterThan(0);
    const readOnly = await policy('--read-only');
    expect(
      refused(
        readOnly,
        records.filter((r) => r.service !== 'rds-data'),
      ),
    ).toEqual([]);
    // Documented: the Data API has no read-only action, so the read-only policy refuses it.
    expect(refused(readOnly, dataApi)).toContain(
      'rds-data:ExecuteStatement on arn:aws:rds:eu-west-3:555043101106:cluster:documents-db',
    );
  });

  it('runs with every call allowed by the policy, and a re-run too', async () => {
    const box = sandbox();
    const first = await release('run');
    expect(first.code, first.stderr).toBe(0);
    expect((await release('run')).code).toBe(0);
    const records = box.requests.all();
    expect(records.some((r) => r.operation === 'RunTask')).toBe(true);
    expect(refused(await policy(), records)).toEqual([]);
  });
});

describe('the CA-A2A release that fails and rolls back, under the generated policy', () => {
  const sandbox = useSandboxEnv(() => ({ scenario: scenario(true) }));

  it('allows the calls that explain the failed rollout and roll the agents back', async () => {
    const box = sandbox();
    expect((await release('run')).code).toBe(2);
    const records = box.requests.all();
    expect(records.some((r) => r.operation === 'DescribeTasks')).toBe(true);
    expect(refused(await policy(), records)).toEqual([]);
  });
});
