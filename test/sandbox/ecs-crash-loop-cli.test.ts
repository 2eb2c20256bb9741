/**
 * A crash-looping image seen through the AWS CLI v2 (/usr/bin/aws; skipped when absent): the
 * deployment stays IN_PROGRESS with no failed task while its stopped tasks, found by the
 * deployment id in startedBy, carry the exit code and reason. Time scale 100: a CLI start (about
 * 3 s) is 5 simulated minutes, many crash cycles.
 */
import { describe, expect, it } from 'vitest';
import { awsCli, hasAwsCli } from '../helpers/aws-cli.js';
import { useSandbox } from '../helpers/sandbox.js';
import { fargateDefinition } from './ecs-harness.js';

const CLUSTER = 'ca-a2a-cluster';

const sandbox = useSandbox({
  scenario: {
    'time-scale': 100,
    ecs: {
      clusters: [CLUSTER],
      services: [
        {
          name: 'extractor',
          'task-definition': 'ca-a2a-extractor:4',
          image: 'extractor:5.0.3',
          'circuit-breaker': { enable: true, rollback: true },
        },
      ],
      'bad-images': [{ image: 'extractor:5.1.0-crash', 'exit-code': 2, reason: 'panic: no DSN' }],
    },
  },
});

async function aws(...args: string[]) {
  const result = await awsCli(sandbox(), args);
  if (result.code !== 0)
    throw new Error(`aws ${args.join(' ')} exited ${result.code}: ${result.stderr}`);
  return JSON.parse(result.stdout);
}

describe.skipIf(!hasAwsCli)(
  'AWS CLI v2: a crash loop (skipped: /usr/bin/aws is not installed)',
  () => {
    it('stays IN_PROGRESS, uncounted, with exit codes on the stopped tasks', {
      timeout: 60_000,
    }, async () => {
      const definition = JSON.stringify(
        fargateDefinition('ca-a2a-extractor', 'extractor:5.1.0-crash', 'extractor'),
      );
      await aws('ecs', 'register-task-definition', '--cli-input-json', definition);
      const updated = await aws(
        'ecs',
        'update-service',
        '--cluster',
        CLUSTER,
        '--service',
        'extractor',
        '--task-definition',
        'ca-a2a-extractor:5',
      );
      const id: string = updated.service.deployments[0].id;
      const listed = await aws(
        'ecs',
        'list-tasks',
        '--cluster',
        CLUSTER,
        '--service-name',
        'extractor',
        '--desired-status',
        'STOPPED',
      );
      expect(listed.taskArns.length).toBeGreaterThan(3);
      const described = await aws(
        'ecs',
        'describe-tasks',
        '--cluster',
        CLUSTER,
        '--tasks',
        ...listed.taskArns.slice(0, 10),
      );
      const ours = described.tasks.filter((t: { startedBy: string }) => t.startedBy === id);
      expect(ours.length).toBeGreaterThan(0);
      expect(ours[0]).toMatchObject({
        stopCode: 'EssentialContainerExited',
        stoppedReason: 'Essential container in task exited',
        containers: [{ exitCode: 2, reason: 'panic: no DSN' }],
      });
      const services = await aws(
        'ecs',
        'describe-services',
        '--cluster',
        CLUSTER,
        '--services',
        'extractor',
      );
      expect(services.services[0].deployments[0]).toMatchObject({
        id,
        rolloutState: 'IN_PROGRESS',
        failedTasks: 0,
      });
    });
  },
);
