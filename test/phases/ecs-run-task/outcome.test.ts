import type { Task } from '@aws-sdk/client-ecs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { failureMessage, judgeTask } from '../../../src/phases/ecs-run-task/outcome.js';
import type { ResolvedDefinition } from '../../../src/phases/ecs-run-task/task-definition.js';

// One seed, so the properties pass or fail the same way on every run (replay: change it).
fc.configureGlobal({ seed: 20261201 });

const definition: ResolvedDefinition = {
  arn: 'arn:aws:ecs:eu-west-3:1:task-definition/job:1',
  label: 'job:1',
  source: 'registered',
  compatibilities: ['FARGATE'],
  containers: [
    { name: 'app', essential: true, image: 'app', logOptions: {} },
    { name: 'proxy', essential: false, image: 'proxy', logOptions: {} },
  ],
};

const ARN = 'arn:aws:ecs:eu-west-3:1:task/c/0123456789abcdef0123456789abcdef';
const t0 = new Date('2026-05-01T10:00:00Z');

function task(fields: Partial<Task>): Task {
  return { taskArn: ARN, lastStatus: 'STOPPED', createdAt: t0, ...fields };
}

describe('judgeTask', () => {
  it('passes when every essential container exited 0, whatever a non-essential one did', () => {
    const o = judgeTask(
      task({
        startedAt: t0,
        stoppedAt: new Date(t0.getTime() + 65_000),
        stopCode: 'EssentialContainerExited',
        containers: [
          { name: 'app', exitCode: 0 },
          { name: 'proxy', exitCode: 137 },
        ],
      }),
      definition,
      undefined,
    );
    expect(o).toMatchObject({ ok: true, container: 'app', exitCode: 0, durationMs: 65_000 });
    expect(o.reason).toBe('succeeded: container app exited with code 0');
  });

  it('says ECS gave no reason rather than nothing when a task never started', () => {
    const o = judgeTask(task({ stopCode: 'TaskFailedToStart' }), definition, undefined);
    expect(o.ok).toBe(false);
    expect(o.reason).toBe('never started: ECS gave no reason (stop code TaskFailedToStart)');
  });

  it('quotes the stopped reason and distinct container reasons of a task that never started', () => {
    const o = judgeTask(
      task({
        stopCode: 'TaskFailedToStart',
        stoppedReason: 'CannotPullContainerError: not found',
        containers: [
          { name: 'app', reason: 'CannotPullContainerError: not found' },
          { name: 'proxy', reason: 'dependency failed' },
        ],
      }),
      definition,
      undefined,
    );
    expect(o.reason).toBe('never started: CannotPullContainerError: not found; dependency failed');
  });

  it('fails a task stopped from outside, even when its containers exited 0 on SIGTERM', () => {
    const o = judgeTask(
      task({
        startedAt: t0,
        stopCode: 'UserInitiated',
        stoppedReason: 'Task stopped by user',
        containers: [{ name: 'app', exitCode: 0 }],
      }),
      definition,
      undefined,
    );
    expect(o.reason).toBe('stopped before it finished: Task stopped by user (UserInitiated)');
  });

  it('fails a decisive container without an exit code, with the best reason there is', () => {
    const o = judgeTask(
      task({
        startedAt: t0,
        stoppedReason: 'Host EC2 instance terminated',
        containers: [{ name: 'app' }],
      }),
      definition,
      undefined,
    );
    expect(o.reason).toBe('failed: container app has no exit code: Host EC2 instance terminated');
  });

  it('fails when ECS does not report a decisive container at all', () => {
    const o = judgeTask(
      task({
        startedAt: t0,
        stopCode: 'EssentialContainerExited',
        containers: [{ name: 'proxy', exitCode: 0 }],
      }),
      definition,
      undefined,
    );
    expect(o.ok).toBe(false);
    expect(o.reason).toBe(
      'failed: container app has no exit code: stop code EssentialContainerExited',
    );
  });

  it('never gives an empty reason, whatever ECS answers', () => {
    const container = fc.record(
      {
        name: fc.constantFrom('app', 'proxy', 'other'),
        exitCode: fc.option(fc.integer({ min: -1, max: 255 }), { nil: undefined }),
        reason: fc.option(fc.constantFrom('', 'OOM'), { nil: undefined }),
      },
      { requiredKeys: ['name'] },
    );
    const shape = fc.record(
      {
        startedAt: fc.constant(t0),
        stopCode: fc.constantFrom(
          'TaskFailedToStart',
          'EssentialContainerExited',
          'UserInitiated',
          '',
        ),
        stoppedReason: fc.constantFrom('', 'Essential container in task exited'),
        containers: fc.array(container, { maxLength: 3 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        shape,
        fc.option(fc.constantFrom('app', 'proxy'), { nil: undefined }),
        (fields, named) => {
          const o = judgeTask(task(fields as Partial<Task>), definition, named);
          const [, after] =
            /^(?:never started|failed|succeeded|stopped before it finished): (.+)$/.exec(
              o.reason,
            ) ?? [];
          expect(after?.trim()).toBeTruthy();
          expect(after).not.toMatch(/undefined|: $/);
        },
      ),
    );
  });
});

describe('failureMessage', () => {
  it('counts the failed tasks and tells how the first one ended', () => {
    const ok = judgeTask(
      task({
        startedAt: t0,
        stopCode: 'EssentialContainerExited',
        containers: [{ name: 'app', exitCode: 0 }],
      }),
      definition,
      undefined,
    );
    const bad = judgeTask(
      task({
        startedAt: t0,
        stopCode: 'EssentialContainerExited',
        containers: [{ name: 'app', exitCode: 2, reason: 'boom' }],
      }),
      definition,
      undefined,
    );
    expect(failureMessage([ok, bad, bad], 'job:1')).toBe(
      '2 of 3 tasks failed; task 01234567 (job:1) failed: container app exited with code 2: boom',
    );
  });
});
