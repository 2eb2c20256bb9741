/** ssm-command through the engine against the sandbox's Run Command and CloudWatch Logs. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Secrets } from '../../../src/core/secrets.js';
import { useSandbox } from '../../helpers/sandbox.js';
import {
  LEGACY,
  OFFLINE,
  type Runner,
  runner,
  ssmScenario,
  WARM_LINES,
  WARMER_A,
  WARMER_B,
} from './harness.js';

const sandbox = useSandbox(() => ({ scenario: ssmScenario() }));
let r: Runner;
beforeAll(() => {
  r = runner(sandbox());
});
afterAll(() => r.close());

const byTag = { targets: [{ key: 'tag:Role', values: ['cache-warmer'] }] };
const sent = (op: string) => sandbox().requests.count({ service: 'ssm', operation: op });

describe('ssm-command: success', () => {
  it('runs on two instances by id, with a row per instance and the last output-lines lines', async () => {
    const phase = await r.run({
      commands: ['./warm-cache.sh'],
      'instance-ids': [WARMER_A, WARMER_B],
    });
    expect(phase.status).toBe('succeeded');
    expect(phase.summary).toMatch(
      /^AWS-RunShellScript succeeded on 2 instances \(command [0-9a-f-]{36}\)$/,
    );
    const details = phase.details ?? '';
    expect(details).toContain(`| ${WARMER_A} | ✅ | Success | 0 | 5s | succeeded |`);
    expect(details).toContain(`| ${WARMER_B} | ✅ | Success | 0 | 5s | succeeded |`);
    expect(details).toContain(['```text', ...WARM_LINES.slice(10), '```'].join('\n'));
    expect(details).not.toContain('warmed key 10\n');
    expect(phase.outputs).toMatchObject({ succeeded: '2', failed: '0' });
    expect(phase.outputs['command-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('runs by tag: the instances become known as their invocations appear', async () => {
    const phase = await r.run({ commands: ['./warm-cache.sh'], ...byTag, 'output-lines': 2 });
    expect(phase.status).toBe('succeeded');
    expect(phase.details).toContain(`| ${WARMER_A} | ✅ |`);
    expect(phase.details).toContain(`| ${WARMER_B} | ✅ |`);
    expect(phase.details).not.toContain(LEGACY);
    expect(phase.details).toContain('```text\nwarmed key 29\nwarmed key 30\n```');
  });

  it('waits on a Delayed invocation until it runs', async () => {
    const phase = await r.run({ commands: ['slow-agent'], 'instance-ids': [WARMER_A] });
    expect(phase.status).toBe('succeeded');
    expect(r.log.text()).toContain(`instance ${WARMER_A}: Delayed`);
  });

  it('retries InvocationDoesNotExist right after SendCommand', async () => {
    const remove = sandbox().faults.add({
      service: 'ssm',
      operation: 'GetCommandInvocation',
      fault: 'error',
      code: 'InvocationDoesNotExist',
      nth: 1,
    });
    try {
      const phase = await r.run({ commands: ['late-invocation'], 'instance-ids': [WARMER_A] });
      expect(phase.status).toBe('succeeded');
      expect(phase.details).toContain('```text\nlate\n```');
    } finally {
      remove();
    }
  });
});

describe('ssm-command: failures', () => {
  it('a SendCommand whose answer was lost is not sent again: the script runs once, the phase fails explained', async () => {
    const sent = () => sandbox().requests.count({ service: 'ssm', operation: 'SendCommand' });
    const before = sent();
    const remove = sandbox().faults.add({
      service: 'ssm',
      operation: 'SendCommand',
      fault: 'answer-lost',
      nth: 1,
    });
    try {
      const phase = await r.run({ commands: ['late-invocation'], 'instance-ids': [WARMER_A] });
      expect(phase.status).toBe('failed');
      expect(phase.error?.kind).not.toBe('bug');
      expect(phase.summary).toContain('was not sent again');
      expect(sent() - before).toBe(1);
    } finally {
      remove();
    }
  });

  it('one instance failing fails the phase, naming it with status, response code and output', async () => {
    const phase = await r.run({ commands: ['half-fails'], ...byTag });
    expect(phase.status).toBe('failed');
    expect(phase.error?.kind).toBe('failure');
    expect(phase.summary).toBe(
      `1 of 2 instances did not succeed: ${WARMER_B} Failed, response code 2: failed with response code 2 ("redis: connection refused")`,
    );
    expect(phase.details).toContain(`| ${WARMER_A} | ✅ | Success | 0 |`);
    expect(phase.details).toContain(`| ${WARMER_B} | ❌ | Failed | 2 |`);
    expect(phase.details).toContain('stderr, 1 line:\n\n```text\nredis: connection refused\n```');
    expect(phase.outputs).toMatchObject({ succeeded: '1', failed: '1' });
  });

  it('max-errors reached: the instances SSM never sent it to are named as not run', async () => {
    const phase = await r.run({
      commands: ['roll-config'],
      'instance-ids': [WARMER_A, WARMER_B],
      'max-concurrency': '1',
    });
    expect(phase.status).toBe('failed');
    expect(phase.summary).toBe(
      `2 of 2 instances did not succeed: ${WARMER_A} Failed, response code 4: failed with response code 4 ("bad config"); 1 instance not run (${WARMER_B}): SSM stopped sending the command once more than max-errors 0 (SSM default) failed`,
    );
    expect(phase.error?.hint).toContain('raise max-errors');
    expect(phase.details).toContain(`| ${WARMER_B} | ❌ | Cancelled (Terminated) |`);
    expect(phase.outputs).toMatchObject({ succeeded: '0', failed: '2' });
  });

  it('no instance matching the tag fails clearly', async () => {
    const phase = await r.run({
      commands: ['./warm-cache.sh'],
      targets: [{ key: 'tag:Role', values: ['nobody'] }],
    });
    expect(phase.status).toBe('failed');
    expect(phase.summary).toBe(
      'no managed instance matches tag:Role=nobody; is the SSM agent running and the instance profile set?',
    );
  });

  it('an execution timeout fails with TimedOut and says SSM kept no output', async () => {
    const phase = await r.run({
      commands: ['long-job'],
      'instance-ids': [WARMER_A],
      'execution-timeout': '1m',
    });
    expect(phase.status).toBe('failed');
    expect(phase.summary).toContain(`${WARMER_A} TimedOut: execution timed out`);
    expect(phase.details).toContain('SSM keeps no output of a TimedOut invocation');
  });

  it('the phase timeout cancels the command and names the instances that may have run part of it', async () => {
    const before = sent('CancelCommand');
    const phase = await r.run({ commands: ['sleep-forever'], ...byTag }, { timeoutMs: 300 });
    expect(phase.status).toBe('failed');
    expect(sent('CancelCommand')).toBe(before + 1);
    expect(phase.details).toContain(
      `instance ${WARMER_A}: Cancelled; it may have run part of the script`,
    );
    expect(phase.details).toContain(
      `instance ${WARMER_B}: Cancelled; it may have run part of the script`,
    );
    expect(r.log.text()).toMatch(/cancelled command [0-9a-f-]{36} \(CancelCommand\)/);
  });

  it('a truncated output says so, and cloudwatch-output reads the real tail', async () => {
    const cut = await r.run({
      commands: ['huge-output'],
      'instance-ids': [WARMER_A],
      'output-lines': 3,
    });
    expect(cut.status).toBe('succeeded');
    expect(cut.details).toContain('SSM keeps only the first 24,000 characters of the output');
    expect(cut.details).not.toContain('the real last line');
    const full = await r.run({
      commands: ['huge-output'],
      'instance-ids': [WARMER_A],
      'output-lines': 3,
      'cloudwatch-output': '/ssm/warm-cache',
    });
    expect(full.details).toContain('the real last line\n```');
    expect(full.details).toContain('(/ssm/warm-cache)');
    expect(full.details).not.toContain('24,000');
  });
});

describe('ssm-command: dry run', () => {
  it('shows the document, masked secret parameters, and whether each instance is online', async () => {
    const secrets = new Secrets();
    const before = sent('SendCommand');
    const phase = await r.run(
      {
        document: 'Warm-Cache',
        parameters: { target: ['redis.internal'], apiToken: ['tok-very-secret'] },
        'instance-ids': [WARMER_A, OFFLINE, 'i-0eeeeeeeeeeeeeee5'],
      },
      { mode: 'plan', secrets },
    );
    expect(sent('SendCommand')).toBe(before);
    expect(phase.summary).toBe(
      `would run Warm-Cache on 3 instances; not online: ${OFFLINE}, i-0eeeeeeeeeeeeeee5`,
    );
    const [item] = phase.plan?.items ?? [];
    expect(item?.line).toBe(`Warm-Cache on instances ${WARMER_A}, ${OFFLINE}, i-0eeeeeeeeeeeeeee5`);
    expect(item?.facts).toContain('target: redis.internal');
    expect(JSON.stringify(phase.plan)).not.toContain('tok-very-secret');
    expect(item?.facts).toContain('apiToken: ***');
    expect(secrets.mask('tok-very-secret')).toBe('***');
    expect(item?.facts).toContain(`instance ${WARMER_A}: Online`);
    expect(item?.facts).toContain(`instance ${OFFLINE}: ConnectionLost`);
    expect(item?.facts).toContain(
      'instance i-0eeeeeeeeeeeeeee5: not a managed instance (no SSM agent registered)',
    );
  });
});
