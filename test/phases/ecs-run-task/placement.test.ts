/**
 * Tasks ECS cannot place (RunTask failures[]), end to end: the phase fails with ECS's reason and
 * what to do, exit code 2, and leaves no task running; when only some of `count` start, it says
 * so, judges the ones that started, and fails.
 */

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ListTasksCommand } from '@aws-sdk/client-ecs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../src/cli/io.js';
import { main } from '../../../src/cli/main.js';
import { ecsRunTaskKind } from '../../../src/phases/ecs-run-task/index.js';
import { Registry } from '../../../src/phases/registry.js';
import { useSandbox, withSandboxEnv } from '../../helpers/sandbox.js';
import { CLUSTER, type Runner, runner, runTaskScenario } from './harness.js';

const sandbox = useSandbox(() => ({ scenario: runTaskScenario() }));
let r: Runner;
let restore: () => void = () => {};
beforeAll(() => {
  r = runner(sandbox());
  restore = withSandboxEnv(sandbox());
});
afterAll(() => {
  r.close();
  restore();
});

async function running(family: string): Promise<string[]> {
  const { taskArns } = await r.clients.ecs.send(
    new ListTasksCommand({ cluster: CLUSTER, family, desiredStatus: 'RUNNING' }),
  );
  return taskArns ?? [];
}

describe('ecs-run-task: tasks ECS cannot place', () => {
  it('fails naming RESOURCE:MEMORY and what to do, with nothing started', async () => {
    const phase = await r.run({ 'task-definition': 'big-job', 'launch-type': 'EC2' });
    expect(phase.status).toBe('failed');
    expect(phase.error?.kind).toBe('failure');
    expect(phase.summary).toMatch(
      /^ECS could not place the task of big-job:1: RESOURCE:MEMORY \(container instance [0-9a-f]{32}\)$/,
    );
    expect(phase.error?.hint).toContain(
      'no container instance of the cluster has the CPU or memory',
    );
    expect(phase.error?.hint).toContain('api_failures_messages.html');
    expect(phase.error?.hint).toContain('nothing was started, so nothing is left running');
    expect(await running('big-job')).toEqual([]);
  });

  it('says how many of count started, judges those, and fails', async () => {
    const phase = await r.run({
      'task-definition': 'ca-a2a-shards',
      count: 3,
      'network-from': 'orchestrator',
    });
    expect(phase.status).toBe('failed');
    expect(phase.summary).toBe(
      'ECS started only 2 of 3 tasks of ca-a2a-shards:1 (Capacity is unavailable at this time. Please try again later or in a different availability zone); the 2 that started succeeded',
    );
    expect(phase.error?.hint).toContain('Fargate has no capacity');
    expect(r.log.lines).toContainEqual({
      level: 'warning',
      message: expect.stringMatching(
        /^ECS started 2 of 3 tasks of ca-a2a-shards:1: Capacity is unavailable.*waiting for the 2 that started, then the phase fails$/,
      ),
    });
    expect(phase.outputs['task-arns']?.split(',')).toHaveLength(2);
    expect(phase.details).toContain('ECS could not start every task: Capacity is unavailable');
    expect(await running('ca-a2a-shards')).toEqual([]);
  });

  it('quotes the failed task too when one that started failed', async () => {
    const phase = await r.run({
      'task-definition': 'ca-a2a-shards',
      count: 2,
      'network-from': 'orchestrator',
      overrides: { command: ['pytest', 'shard-fails'] },
      'log-lines': 0,
    });
    expect(phase.status).toBe('failed');
    expect(phase.summary).toMatch(
      /^ECS started only 1 of 2 tasks of ca-a2a-shards:1 \(Capacity is unavailable[^)]*\); task [0-9a-f]{8} \(ca-a2a-shards:1\) failed: container ca-a2a-shards exited with code 1: shard 1 failed$/,
    );
  });
});

describe('ecs-run-task through the CLI: tasks ECS cannot place', () => {
  it('exits 2 with the reason and the advice', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'phasegate-placement-'));
    const plan = join(dir, 'release.yml');
    writeFileSync(
      plan,
      `version: 1\napp: ca-a2a\nregion: eu-west-3\nphases:\n  - id: job\n    uses: ecs-run-task\n    with:\n      cluster: ${CLUSTER}\n      task-definition: big-job\n      launch-type: EC2\n      poll-interval: 20ms\n`,
    );
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), env: {} };
    const summary = join(dir, 'summary.md');
    const code = await main(
      ['run', plan, '--summary', summary, '--version', 'v1'],
      io,
      new Registry({ phases: [ecsRunTaskKind as never] }),
    );
    expect(code).toBe(2);
    // The terminal states the failure once, in the table at the end, with the advice under it.
    expect(out.join('')).toContain('ECS could not place the task of big-job:1: RESOURCE:MEMORY');
    expect(out.join('')).toContain('add or enlarge instances');
    expect(err.join('')).not.toContain('RESOURCE:MEMORY');
    const text = readFileSync(summary, 'utf8');
    expect(text).toContain('ECS could not place the task of big-job:1: RESOURCE:MEMORY');
    expect(text).toContain('add or enlarge instances');
  });
});
