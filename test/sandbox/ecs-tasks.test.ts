import { describe, expect, it } from 'vitest';
import { ecsHarness, fargateDefinition, SUBNETS, type Wire } from './ecs-harness.js';

const scenario = {
  clusters: ['ca-a2a-cluster'],
  timing: { 'task-start': '4s', 'task-run': '6s', 'task-stop': '2s' },
  'run-task': [
    {
      family: 'ca-a2a-tests',
      command: 'revoke',
      'exit-code': 3,
      reason: 'pytest reported 1 failure',
      'run-time': '10s',
      logs: ['collected 4 items', 'FAILED test_revoke.py::test_agent_refuses_revoked_token'],
    },
    {
      family: 'ca-a2a-tests',
      command: 'secrets',
      'stop-reason':
        'ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed',
    },
    { family: 'ca-a2a-tests', logs: ['all good'] },
  ],
  'bad-images': [{ image: 'registry.example/tests:missing' }],
};

async function harnessWithFamily() {
  const h = ecsHarness(scenario);
  await h.call(
    'RegisterTaskDefinition',
    fargateDefinition('ca-a2a-tests', 'registry.example/tests:5.1.0', 'tests'),
  );
  return h;
}

function run(h: Awaited<ReturnType<typeof harnessWithFamily>>, command?: string[]) {
  return h.call('RunTask', {
    cluster: 'ca-a2a-cluster',
    taskDefinition: 'ca-a2a-tests',
    launchType: 'FARGATE',
    networkConfiguration: SUBNETS,
    ...(command ? { overrides: { containerOverrides: [{ name: 'tests', command }] } } : {}),
  });
}

async function describeOne(
  h: Awaited<ReturnType<typeof harnessWithFamily>>,
  arn: string,
): Promise<Wire> {
  return (await h.call('DescribeTasks', { cluster: 'ca-a2a-cluster', tasks: [arn] })).tasks[0];
}

describe('RunTask', () => {
  it('goes PROVISIONING → PENDING → RUNNING → STOPPED and exits 0 by default', async () => {
    const h = await harnessWithFamily();
    const { tasks, failures } = await run(h, ['pytest', '-k', 'health']);
    expect(failures).toEqual([]);
    const arn = tasks[0].taskArn;
    expect(arn).toMatch(/^arn:aws:ecs:eu-west-3:555043101106:task\/ca-a2a-cluster\/[0-9a-f]{32}$/);
    const statuses: string[] = [tasks[0].lastStatus];
    for (let i = 0; i < 10; i++) {
      h.clock.advance(1000);
      statuses.push((await describeOne(h, arn)).lastStatus);
    }
    expect(statuses).toEqual([
      'PROVISIONING',
      'PROVISIONING',
      'PENDING',
      'PENDING',
      'RUNNING',
      'RUNNING',
      'RUNNING',
      'RUNNING',
      'RUNNING',
      'RUNNING',
      'STOPPED',
    ]);
    const stopped = await describeOne(h, arn);
    expect(stopped).toMatchObject({
      desiredStatus: 'STOPPED',
      stopCode: 'EssentialContainerExited',
      stoppedReason: 'Essential container in task exited',
      group: 'family:ca-a2a-tests',
      launchType: 'FARGATE',
    });
    expect(stopped.containers[0]).toMatchObject({
      name: 'tests',
      lastStatus: 'STOPPED',
      exitCode: 0,
    });
    expect(stopped.stoppedAt - stopped.startedAt).toBe(6);
  });

  it('follows the matching run-task entry: exit code, reason, run time and log lines', async () => {
    const h = await harnessWithFamily();
    const { tasks } = await run(h, ['pytest', '-k', 'revoke']);
    const id = tasks[0].taskArn.split('/').at(-1);
    h.clock.advance(14_000);
    const task = await describeOne(h, tasks[0].taskArn);
    expect(task.lastStatus).toBe('STOPPED');
    expect(task.containers[0]).toMatchObject({ exitCode: 3, reason: 'pytest reported 1 failure' });
    expect(h.logs.lines.map((l) => [l.group, l.stream, l.event.message])).toEqual([
      ['/ecs/ca-a2a-tests', `ecs/tests/${id}`, 'collected 4 items'],
      [
        '/ecs/ca-a2a-tests',
        `ecs/tests/${id}`,
        'FAILED test_revoke.py::test_agent_refuses_revoked_token',
      ],
    ]);
    expect(h.logs.lines[1]?.event.timestamp).toBe(task.startedAt * 1000 + 5000);
  });

  it('writes log lines only as the task reaches them', async () => {
    const h = await harnessWithFamily();
    await run(h, ['pytest', '-k', 'revoke']);
    h.clock.advance(4000);
    await h.call('ListTasks', { cluster: 'ca-a2a-cluster' });
    expect(h.logs.lines).toHaveLength(1);
  });

  it('stops a task that cannot start with the scenario reason and no exit code', async () => {
    const h = await harnessWithFamily();
    const { tasks } = await run(h, ['check', 'secrets']);
    h.clock.advance(4000);
    const task = await describeOne(h, tasks[0].taskArn);
    expect(task).toMatchObject({
      lastStatus: 'STOPPED',
      stopCode: 'TaskFailedToStart',
      stoppedReason: expect.stringMatching(/^ResourceInitializationError: /),
    });
    expect(task.startedAt).toBeUndefined();
    expect(task.containers[0].exitCode).toBeUndefined();
  });

  it('fails to pull a bad image with CannotPullContainerError', async () => {
    const h = await harnessWithFamily();
    await h.call(
      'RegisterTaskDefinition',
      fargateDefinition('ca-a2a-tests', 'registry.example/tests:missing', 'tests'),
    );
    const { tasks } = await run(h);
    h.clock.advance(5000);
    const task = await describeOne(h, tasks[0].taskArn);
    expect(task.stoppedReason).toMatch(
      /^CannotPullContainerError: pull image manifest has been retried/,
    );
    expect(task.containers[0].reason).toBe(task.stoppedReason);
  });

  it('refuses what ECS refuses', async () => {
    const h = await harnessWithFamily();
    const base = {
      cluster: 'ca-a2a-cluster',
      taskDefinition: 'ca-a2a-tests',
      launchType: 'FARGATE',
    };
    await expect(h.call('RunTask', base)).rejects.toMatchObject({
      code: 'InvalidParameterException',
      message: "Network Configuration must be provided when networkMode 'awsvpc' is specified.",
    });
    await expect(
      h.call('RunTask', { ...base, networkConfiguration: SUBNETS, count: 11 }),
    ).rejects.toMatchObject({
      code: 'InvalidParameterException',
    });
    await expect(h.call('RunTask', { ...base, cluster: 'nope' })).rejects.toMatchObject({
      code: 'ClusterNotFoundException',
      message: 'Cluster not found.',
    });
    await expect(h.call('RunTask', { ...base, taskDefinition: 'nope' })).rejects.toMatchObject({
      code: 'ClientException',
      message: 'Unable to describe task definition.',
    });
  });
});

describe('StopTask, ListTasks and DescribeTasks', () => {
  it('stops a running task after the stop time with UserInitiated', async () => {
    const h = await harnessWithFamily();
    const { tasks } = await run(h, ['sleep']);
    h.clock.advance(4000);
    const { task } = await h.call('StopTask', {
      cluster: 'ca-a2a-cluster',
      task: tasks[0].taskArn,
      reason: 'rehearsal over',
    });
    expect(task).toMatchObject({ lastStatus: 'RUNNING', desiredStatus: 'STOPPED' });
    h.clock.advance(2000);
    expect(await describeOne(h, tasks[0].taskArn)).toMatchObject({
      lastStatus: 'STOPPED',
      stopCode: 'UserInitiated',
      stoppedReason: 'rehearsal over',
    });
  });

  it('lists by desired status, family and started-by, and reports unknown tasks as MISSING', async () => {
    const h = await harnessWithFamily();
    const first = (await run(h)).tasks[0].taskArn;
    h.clock.advance(20_000);
    const second = (await run(h)).tasks[0].taskArn;
    const list = (input: Record<string, unknown>) =>
      h.call('ListTasks', { cluster: 'ca-a2a-cluster', ...input });
    expect((await list({})).taskArns).toEqual([second]);
    expect((await list({ desiredStatus: 'STOPPED' })).taskArns).toEqual([first]);
    expect((await list({ family: 'other' })).taskArns).toEqual([]);
    const described = await h.call('DescribeTasks', {
      cluster: 'ca-a2a-cluster',
      tasks: [second, 'ffffffffffffffffffffffffffffffff'],
    });
    expect(described.tasks).toHaveLength(1);
    expect(described.failures).toEqual([
      {
        arn: 'arn:aws:ecs:eu-west-3:555043101106:task/ca-a2a-cluster/ffffffffffffffffffffffffffffffff',
        reason: 'MISSING',
      },
    ]);
    await expect(list({ serviceName: 'ghost' })).rejects.toMatchObject({
      code: 'ServiceNotFoundException',
    });
  });

  it('forgets stopped tasks after an hour, as ECS does', async () => {
    const h = await harnessWithFamily();
    await run(h);
    h.clock.advance(61 * 60_000);
    expect(
      (await h.call('ListTasks', { cluster: 'ca-a2a-cluster', desiredStatus: 'STOPPED' })).taskArns,
    ).toEqual([]);
  });
});

describe('RunTask clientToken (ECS API Reference, Ensuring idempotency)', () => {
  const call = (token: string, command = ['pytest']) => ({
    cluster: 'ca-a2a-cluster',
    taskDefinition: 'ca-a2a-tests',
    launchType: 'FARGATE',
    networkConfiguration: SUBNETS,
    clientToken: token,
    overrides: { containerOverrides: [{ name: 'tests', command }] },
  });

  it('answers a retry with the tasks of the first call and starts nothing more', async () => {
    const h = await harnessWithFamily();
    const first = await h.call('RunTask', call('release-7001-tests'));
    const again = await h.call('RunTask', call('release-7001-tests'));
    expect(again.tasks.map((t: Wire) => t.taskArn)).toEqual(
      first.tasks.map((t: Wire) => t.taskArn),
    );
    const listed = await h.call('ListTasks', { cluster: 'ca-a2a-cluster' });
    expect(listed.taskArns).toHaveLength(1);
    const other = await h.call('RunTask', call('release-7001-tests-2'));
    expect(other.tasks[0].taskArn).not.toBe(first.tasks[0].taskArn);
  });

  it('refuses the same token with other parameters, naming the tasks it started', async () => {
    const h = await harnessWithFamily();
    const first = await h.call('RunTask', call('token-a'));
    await expect(h.call('RunTask', call('token-a', ['other']))).rejects.toMatchObject({
      code: 'ConflictException',
      fields: { resourceIds: [first.tasks[0].taskArn] },
    });
    await expect(h.call('RunTask', call('x'.repeat(65)))).rejects.toMatchObject({
      code: 'InvalidParameterException',
    });
  });
});
