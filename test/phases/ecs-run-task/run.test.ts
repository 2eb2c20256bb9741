/** ecs-run-task through the engine against the sandbox's ECS and CloudWatch Logs. */
import { DescribeTasksCommand, ListTasksCommand } from '@aws-sdk/client-ecs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useSandbox } from '../../helpers/sandbox.js';
import { CLUSTER, type Runner, runner, runTaskScenario, SUITE_LINES } from './harness.js';

const sandbox = useSandbox(() => ({ scenario: runTaskScenario() }));
let r: Runner;
beforeAll(() => {
  r = runner(sandbox());
});
afterAll(() => r.close());

const network = { subnets: ['subnet-0a1'], 'security-groups': ['sg-0tests'] };

describe('ecs-run-task: outcomes', () => {
  it('passes on exit 0 and shows the last log-lines lines of the container in the report', async () => {
    const phase = await r.run({ 'task-definition': 'ca-a2a-tests', network });
    expect(phase.status).toBe('succeeded');
    expect(phase.summary).toMatch(
      /^task [0-9a-f]{8} \(ca-a2a-tests:1\) succeeded: container tests exited with code 0/,
    );
    const details = phase.details ?? '';
    // 35 lines were written, the default tail is 30: lines 6 to 35, in order, in a code block.
    expect(details).toContain(['```text', ...SUITE_LINES.slice(5), '```'].join('\n'));
    expect(details).not.toContain('suite line 5\n');
    expect(details).toMatch(/`\/ecs\/ca-a2a-tests` › `ecs\/tests\/[0-9a-f]{32}`/);
    expect(details).toContain(
      `https://eu-west-3.console.aws.amazon.com/ecs/v2/clusters/${CLUSTER}/tasks/`,
    );
    expect(details).toMatch(
      /\| ✅ \| tests \| 0 \| succeeded: container tests exited with code 0 \| 14s \|/,
    );
    expect(r.log.text()).toContain('  | suite line 35');
    expect(phase.outputs['exit-code']).toBe('0');
    expect(phase.outputs['task-arn']).toMatch(
      /^arn:aws:ecs:eu-west-3:555043101106:task\/ca-a2a-cluster\//,
    );
    expect(phase.outputs['task-definition-arn']).toMatch(/task-definition\/ca-a2a-tests:1$/);
  });

  it('labels the task duration as simulated when the AWS is the sandbox', async () => {
    const phase = await r.run(
      { 'task-definition': 'ca-a2a-tests', network },
      { simulatedTime: true },
    );
    // ECS's startedAt → stoppedAt: 10 simulated seconds, some milliseconds of real time.
    expect(phase.summary).toMatch(/exited with code 0 in \d+s simulated$/);
    expect(phase.details).toMatch(/\| \d+s simulated \|/);
  });

  it('fails on exit 3 with the exit code, the container reason and the log tail', async () => {
    const phase = await r.run({
      'task-definition': 'ca-a2a-tests',
      network,
      overrides: { command: ['pytest', '-k', 'revoke'] },
      'log-lines': 10,
    });
    expect(phase.status).toBe('failed');
    expect(phase.error?.kind).toBe('failure');
    expect(phase.summary).toMatch(
      /^task [0-9a-f]{8} \(ca-a2a-tests:1\) failed: container tests exited with code 3: pytest: 1 failed$/,
    );
    expect(phase.details).toContain(
      '```text\ncollected 4 items\nFAILED test_revoke.py::test_agent_refuses_revoked_token\n```',
    );
    expect(phase.details).toContain('| ❌ | tests | 3 |');
    expect(phase.outputs['exit-code']).toBe('3');
    expect(r.log.lines).toContainEqual({
      level: 'error',
      message: expect.stringContaining('exited with code 3: pytest: 1 failed'),
    });
  });

  it('fails naming CannotPullContainerError when the image cannot be pulled', async () => {
    const phase = await r.run({
      'task-definition': 'ca-a2a-broken:1',
      'network-from': 'orchestrator',
    });
    expect(phase.status).toBe('failed');
    expect(phase.summary).toMatch(
      /\(ca-a2a-broken:1\) never started: CannotPullContainerError: pull image manifest has been retried 7 time\(s\)/,
    );
    expect(phase.details).toContain('no log: the container never started');
  });

  it('fails naming ResourceInitializationError when the task cannot get its secrets', async () => {
    const phase = await r.run({
      'task-definition': 'ca-a2a-migrate',
      'network-from': 'orchestrator',
    });
    expect(phase.status).toBe('failed');
    expect(phase.summary).toContain(
      'never started: ResourceInitializationError: unable to pull secrets or registry auth',
    );
  });

  it('judges the essential containers, or the one the plan names', async () => {
    const settings = {
      'task-definition': 'ca-a2a-tests',
      network,
      overrides: { command: ['pytest', 'sidecar-fails'] },
      'log-lines': 0,
    };
    const essentialOnly = await r.run(settings);
    expect(essentialOnly.status).toBe('succeeded');
    const named = await r.run({ ...settings, container: 'sidecar', 'log-lines': 5 });
    expect(named.status).toBe('failed');
    expect(named.summary).toContain(
      'failed: container sidecar exited with code 1: sidecar crashed',
    );
    expect(named.details).toContain(
      'no log stream: the container wrote nothing, or the log group does not exist',
    );
  });

  it('explains a missing log instead of failing on it', async () => {
    const job = await r.run({ 'task-definition': 'bridge-job', 'launch-type': 'EC2' });
    expect(job.status).toBe('succeeded');
    expect(job.details).toContain('container job has no log configuration');
  });
});

describe('ecs-run-task: how the task is run', () => {
  it('copies the network and launch type of a named service', async () => {
    const before = r.runTaskInputs.length;
    const phase = await r.run({
      'task-definition': 'ca-a2a-tests',
      'network-from': 'orchestrator',
    });
    expect(phase.status).toBe('succeeded');
    const input = r.runTaskInputs[before];
    expect(input?.networkConfiguration).toEqual({
      awsvpcConfiguration: {
        subnets: ['subnet-0sandbox0000000a'],
        securityGroups: ['sg-0sandbox00000000a'],
        assignPublicIp: 'DISABLED',
      },
    });
    expect(input?.launchType).toBe('FARGATE');
    expect(phase.details).toContain('(copied from service orchestrator)');
  });

  it('sends the overrides: command and environment per container, task cpu and memory', async () => {
    const before = r.runTaskInputs.length;
    await r.run({
      'task-definition': 'ca-a2a-tests',
      network,
      container: 'tests',
      overrides: {
        command: ['python', '-m', 'tests.functional.token_revocation'],
        environment: { ADMIN_API_URL: 'http://admin-api.local' },
        containers: { sidecar: { environment: { MODE: 'quiet' } } },
        cpu: '512',
        memory: '1024',
      },
    });
    expect(r.runTaskInputs[before]?.overrides).toEqual({
      containerOverrides: [
        {
          name: 'tests',
          command: ['python', '-m', 'tests.functional.token_revocation'],
          environment: [{ name: 'ADMIN_API_URL', value: 'http://admin-api.local' }],
        },
        { name: 'sidecar', environment: [{ name: 'MODE', value: 'quiet' }] },
      ],
      cpu: '512',
      memory: '1024',
    });
    expect(r.runTaskInputs[before]?.startedBy).toBe('phasegate-functional-tests');
  });

  it('runs count tasks and waits for all of them', async () => {
    const before = sandbox().requests.count({ service: 'ecs', operation: 'RunTask' });
    const phase = await r.run({
      'task-definition': 'ca-a2a-tests',
      network,
      count: 3,
      'log-lines': 2,
    });
    expect(phase.status).toBe('succeeded');
    expect(phase.summary).toBe('3 tasks of ca-a2a-tests:1 succeeded (exit code 0)');
    expect(sandbox().requests.count({ service: 'ecs', operation: 'RunTask' })).toBe(before + 1);
    const arns = (phase.outputs['task-arns'] ?? '').split(',');
    expect(new Set(arns).size).toBe(3);
    const { tasks } = await r.clients.ecs.send(
      new DescribeTasksCommand({ cluster: CLUSTER, tasks: arns }),
    );
    expect(tasks?.map((t) => t.lastStatus)).toEqual(['STOPPED', 'STOPPED', 'STOPPED']);
    expect(phase.details?.match(/\| ✅ \|/g)).toHaveLength(3);
    expect(phase.details?.match(/suite line 35/g)).toHaveLength(3);
  });

  it('fails before RunTask when an awsvpc task has no network, or a container name is wrong', async () => {
    const before = sandbox().requests.count({ service: 'ecs', operation: 'RunTask' });
    const noNetwork = await r.run({ 'task-definition': 'ca-a2a-tests' });
    expect(noNetwork.summary).toBe(
      'task definition ca-a2a-tests:1 uses awsvpc networking, which needs a network',
    );
    expect(noNetwork.error?.hint).toContain('network-from: <service>');
    const wrongName = await r.run({
      'task-definition': 'ca-a2a-tests',
      network,
      container: 'test',
    });
    expect(wrongName.summary).toBe(
      'container names container "test", which is not in the task definition ca-a2a-tests:1 (its containers are: tests, sidecar)',
    );
    expect(wrongName.error?.hint).toBe('its containers are: tests, sidecar');
    const unknown = await r.run({ 'task-definition': 'ca-a2a-nope:4', network });
    expect(unknown.summary).toBe('task definition ca-a2a-nope:4 not found');
    const noService = await r.run({ 'task-definition': 'ca-a2a-tests', 'network-from': 'nope' });
    expect(noService.summary).toBe(
      `network-from: service nope does not exist in cluster ${CLUSTER}`,
    );
    expect(sandbox().requests.count({ service: 'ecs', operation: 'RunTask' })).toBe(before);
  });

  it('refuses a file ECS would refuse before registering it', async () => {
    const registered = () =>
      sandbox().requests.count({ service: 'ecs', operation: 'RegisterTaskDefinition' });
    const before = registered();
    const file = 'test/fixtures/task-definitions/refused/ec2-no-memory.json';
    const phase = await r.run({ 'task-definition': file, 'launch-type': 'EC2' });
    expect(phase.summary).toBe(
      `task-definition ${file}: ECS would refuse the task definition (nothing was registered): ` +
        'containerDefinitions[0]: container "worker" has neither memory nor memoryReservation, and the task has no memory: ECS requires one of them for EC2',
    );
    expect(phase.error?.hint).toBe(
      'add "memoryReservation": 512 (MiB) to the container, or "memory" at the task level',
    );
    expect(registered()).toBe(before);
  });
});

describe('ecs-run-task: throttling', () => {
  it('keeps waiting when DescribeTasks is throttled beyond the SDK retries', async () => {
    const remove = sandbox().faults.add({
      service: 'ecs',
      operation: 'DescribeTasks',
      nth: [1, 2],
      fault: 'throttling',
    });
    // Without SDK retries every throttled call reaches the kind, and no SDK back-off slows the test.
    const once = runner(sandbox(), { maxAttempts: 1 });
    try {
      const phase = await once.run({ 'task-definition': 'ca-a2a-tests', network, 'log-lines': 0 });
      expect(phase.status).toBe('succeeded');
      expect(
        sandbox().requests.filter({ operation: 'DescribeTasks', fault: 'throttling' }),
      ).toHaveLength(2);
    } finally {
      remove();
      once.close();
    }
  });
});

describe('ecs-run-task: looks the world fails', () => {
  it('keeps waiting past a few failed DescribeTasks, and gives up explained on an outage', async () => {
    const once = runner(sandbox(), { maxAttempts: 1 });
    const fail = (nth: number[]) =>
      sandbox().faults.add({
        service: 'ecs',
        operation: 'DescribeTasks',
        nth,
        fault: 'server-error',
      });
    try {
      let remove = fail([1, 2]);
      const phase = await once.run({ 'task-definition': 'ca-a2a-tests', network, 'log-lines': 0 });
      remove();
      expect(phase.status, phase.summary).toBe('succeeded');
      remove = sandbox().faults.add({
        service: 'ecs',
        operation: 'DescribeTasks',
        fault: 'server-error',
      });
      const outage = await once.run({ 'task-definition': 'ca-a2a-tests', network, 'log-lines': 0 });
      remove();
      expect(outage.status).toBe('failed');
      expect(outage.error?.kind).not.toBe('bug');
      expect(outage.summary).toMatch(/AWS failed with ServerException/);
    } finally {
      sandbox().faults.clear();
      once.close();
    }
  });
});

describe('ecs-run-task: RunTask interrupted', () => {
  it('tries RunTask again with the same clientToken and starts the tasks once', async () => {
    const remove = sandbox().faults.add({
      service: 'ecs',
      operation: 'RunTask',
      nth: [1, 2],
      fault: 'server-error',
    });
    const once = runner(sandbox(), { maxAttempts: 1 });
    const before = sandbox().requests.count({ service: 'ecs', operation: 'RunTask' });
    try {
      const phase = await once.run({ 'task-definition': 'ca-a2a-tests', network, 'log-lines': 0 });
      expect(phase.status).toBe('succeeded');
      expect(sandbox().requests.count({ service: 'ecs', operation: 'RunTask' }) - before).toBe(3);
      expect(once.log.text()).toContain('RunTask interrupted');
      const tokens = once.runTaskInputs.map((input) => input.clientToken);
      expect(tokens).toHaveLength(3);
      expect(new Set(tokens).size).toBe(1);
      const listed = await once.clients.ecs.send(
        new ListTasksCommand({ cluster: CLUSTER, desiredStatus: 'STOPPED' }),
      );
      expect(listed.taskArns).toContain(phase.outputs['task-arn']);
    } finally {
      remove();
      once.close();
    }
  });
});

describe('ecs-run-task: stopping early', () => {
  it('stops the task it started when the run is cancelled, and says so', async () => {
    const controller = new AbortController();
    const stopsBefore = sandbox().requests.count({ service: 'ecs', operation: 'StopTask' });
    const running = r.run(
      { 'task-definition': 'ca-a2a-tests', network, overrides: { command: ['sleep-forever'] } },
      { signal: controller.signal },
    );
    await waitFor(() => r.log.lines.some((l) => l.message.endsWith(': RUNNING')));
    const { RunCancelled } = await import('../../../src/engine/abort.js');
    controller.abort(new RunCancelled('the workflow was cancelled'));
    const phase = await running;
    expect(phase.status).toBe('cancelled');
    expect(sandbox().requests.count({ service: 'ecs', operation: 'StopTask' })).toBe(
      stopsBefore + 1,
    );
    expect(phase.details).toMatch(
      /stopped task [0-9a-f]{8} \(StopTask\): phasegate: the workflow was cancelled/,
    );
    expect(
      r.log.lines.some((l) => l.level === 'warning' && l.message.startsWith('stopped task')),
    ).toBe(true);
    // The log shows the task's short id; ECS is asked with its whole ARN.
    const short =
      /^task ([0-9a-f]{8}): RUNNING$/.exec(
        r.log
          .text()
          .split('\n')
          .find((l) => l.endsWith(': RUNNING')) ?? '',
      )?.[1] ?? '';
    const listed = await r.clients.ecs.send(
      new ListTasksCommand({ cluster: CLUSTER, desiredStatus: 'STOPPED' }),
    );
    const arn = listed.taskArns?.find((a) => a.includes(`/${short}`)) ?? '';
    const { tasks } = await r.clients.ecs.send(
      new DescribeTasksCommand({ cluster: CLUSTER, tasks: [arn] }),
    );
    expect(tasks?.[0]?.desiredStatus).toBe('STOPPED');
    expect(tasks?.[0]?.stopCode).toBe('UserInitiated');
  });

  it('stops the task when the phase times out', async () => {
    const stopsBefore = sandbox().requests.count({ service: 'ecs', operation: 'StopTask' });
    const phase = await r.run(
      { 'task-definition': 'ca-a2a-tests', network, overrides: { command: ['sleep-forever'] } },
      { timeoutMs: 300 },
    );
    expect(phase.status).toBe('failed');
    expect(phase.error?.kind).toBe('timeout');
    expect(sandbox().requests.count({ service: 'ecs', operation: 'StopTask' })).toBe(
      stopsBefore + 1,
    );
  });
});

async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !condition(); i++) await new Promise((f) => setTimeout(f, 10));
  if (!condition()) throw new Error('condition not met within 5 s');
}

describe('ecs-run-task: dry run', () => {
  it('says what would run, with read-only calls only', async () => {
    const before = sandbox().requests.countByOperation();
    const phase = await r.run(
      {
        'task-definition': 'ca-a2a-tests:1',
        'network-from': 'orchestrator',
        count: 2,
        overrides: { command: ['pytest', '-k', 'revoke'] },
      },
      { mode: 'plan' },
    );
    expect(phase.status).toBe('planned');
    expect(phase.summary).toBe('would run 2 tasks of ca-a2a-tests:1 on ca-a2a-cluster');
    expect(phase.details).toContain('- command: `pytest -k revoke`');
    expect(phase.details).toContain('subnets subnet-0sandbox0000000a');
    const after = sandbox().requests.countByOperation();
    const called = Object.keys(after).filter((op) => after[op] !== before[op]);
    expect(called.sort()).toEqual(['ecs.DescribeServices', 'ecs.DescribeTaskDefinition']);
  });

  it('accepts a task definition that an earlier phase will only name at run time', async () => {
    const phase = await r.run(
      {
        'task-definition': '<phases.agents.outputs.orchestrator-task-definition-arn>',
        'network-from': 'orchestrator',
        container: 'orchestrator',
      },
      { mode: 'plan' },
    );
    expect(phase.status).toBe('planned');
    expect(phase.details).toContain('(known once the earlier phase has run)');
  });

  it('reports a wrong container name already in the dry run', async () => {
    const phase = await r.run(
      { 'task-definition': 'ca-a2a-tests', network, overrides: { containers: { side: {} } } },
      { mode: 'plan' },
    );
    expect(phase.status).toBe('failed');
    expect(phase.summary).toContain('overrides.containers names container "side"');
  });
});
