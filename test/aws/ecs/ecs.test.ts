/** The shared ECS reads, against a fake client that records each call's input. */
import type { ECSClient, Task } from '@aws-sdk/client-ecs';
import { describe, expect, it } from 'vitest';
import { serviceLink, taskLink } from '../../../src/aws/ecs/links.js';
import { slowerInterval } from '../../../src/aws/ecs/polling.js';
import { latestRevisionMatching, registerTaskDefinition } from '../../../src/aws/ecs/revisions.js';
import { describeServiceRefs } from '../../../src/aws/ecs/services.js';
import { describeTasks, stoppedReasonOf, taskId } from '../../../src/aws/ecs/tasks.js';

type Input = Record<string, unknown>;

/** A client whose `send` answers with `answer(input)` and records every input. */
function fakeEcs(answer: (input: Input) => unknown) {
  const inputs: Input[] = [];
  const ecs = {
    send: async (command: { input: Input }) => {
      inputs.push(command.input);
      return answer(command.input);
    },
  } as unknown as ECSClient;
  return { ecs, inputs };
}

const signal = new AbortController().signal;

describe('describeServiceRefs', () => {
  it('asks each cluster for at most 10 services a call, and keys them by cluster/service', async () => {
    const { ecs, inputs } = fakeEcs((input) => ({
      services: (input.services as string[]).map((serviceName) => ({ serviceName })),
    }));
    const refs = [
      ...Array.from({ length: 11 }, (_, i) => ({ cluster: 'a', service: `s${i}` })),
      { cluster: 'b', service: 's0' },
    ];
    const found = await describeServiceRefs(ecs, refs, signal);
    expect(inputs.map((i) => [i.cluster, (i.services as string[]).length])).toEqual([
      ['a', 10],
      ['a', 1],
      ['b', 1],
    ]);
    expect(found.size).toBe(12);
    expect(found.has('b/s0')).toBe(true);
  });
});

describe('tasks', () => {
  it('describes tasks in calls of at most 100', async () => {
    const { ecs, inputs } = fakeEcs((input) => ({
      tasks: (input.tasks as string[]).map((taskArn) => ({ taskArn })),
    }));
    const arns = Array.from({ length: 101 }, (_, i) => `arn:aws:ecs:r:1:task/c/${i}`);
    expect(await describeTasks(ecs, 'c', arns, signal)).toHaveLength(101);
    expect(inputs.map((i) => (i.tasks as string[]).length)).toEqual([100, 1]);
    expect(taskId(arns[7] ?? '')).toBe('7');
  });

  it('explains a stopped task with its reason and what its containers add, not repeated', () => {
    const task: Task = {
      stoppedReason: 'Essential container in task exited',
      containers: [
        { name: 'app', exitCode: 3, reason: 'Essential container in task exited' },
        { name: 'envoy', reason: 'OutOfMemoryError: container killed' },
        { name: 'ok', exitCode: 0 },
      ],
    };
    expect(stoppedReasonOf(task)).toBe(
      'Essential container in task exited; container app: exit code 3; container envoy: OutOfMemoryError: container killed',
    );
  });
});

describe('revisions', () => {
  const latest = {
    taskDefinitionArn: 'arn:aws:ecs:r:1:task-definition/app:4',
    family: 'app',
    revision: 4,
    containerDefinitions: [{ name: 'app', image: 'app:1', cpu: 0, essential: true }],
  };
  const file = { family: 'app', containerDefinitions: [{ name: 'app', image: 'app:1' }] };

  it('finds the latest revision when the content is the same, and nothing when it differs', async () => {
    const { ecs } = fakeEcs(() => ({ taskDefinition: latest }));
    expect((await latestRevisionMatching(ecs, file, signal))?.revision).toBe(4);
    const changed = { ...file, containerDefinitions: [{ name: 'app', image: 'app:2' }] };
    expect(await latestRevisionMatching(ecs, changed, signal)).toBeUndefined();
  });

  it('sees an unknown family as no revision, and lets other errors through', async () => {
    const failing = (name: string) =>
      fakeEcs(() => Promise.reject(Object.assign(new Error('no'), { name }))).ecs;
    expect(await latestRevisionMatching(failing('ClientException'), file, signal)).toBeUndefined();
    await expect(
      latestRevisionMatching(failing('AccessDeniedException'), file, signal),
    ).rejects.toThrow('no');
  });

  it('registers the input as it is', async () => {
    const { ecs, inputs } = fakeEcs(() => ({ taskDefinition: latest }));
    const registered = await registerTaskDefinition(ecs, file, signal);
    expect(registered.taskDefinitionArn).toBe(latest.taskDefinitionArn);
    expect(inputs).toEqual([file]);
  });
});

describe('polling and links', () => {
  it('doubles a throttled interval up to 30 s', () => {
    expect(slowerInterval(2000)).toBe(4000);
    expect(slowerInterval(20_000)).toBe(30_000);
  });

  it('links to the console pages of a service and of a task', () => {
    expect(serviceLink('eu-west-3', 'ca a2a', 'api')).toBe(
      'https://eu-west-3.console.aws.amazon.com/ecs/v2/clusters/ca%20a2a/services/api/deployments',
    );
    expect(taskLink('eu-west-3', 'c', '3f2a')).toBe(
      'https://eu-west-3.console.aws.amazon.com/ecs/v2/clusters/c/tasks/3f2a/configuration',
    );
  });
});
