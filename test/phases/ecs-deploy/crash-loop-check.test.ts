import type { Task } from '@aws-sdk/client-ecs';
import { describe, expect, it } from 'vitest';
import { CrashLoopCheck, crashReason, isCrash } from '../../../src/phases/ecs-deploy/crash-loop.js';

const DEPLOYMENT = 'ecs-svc/1234567890123456789';

const crashed: Task = {
  taskArn: 'arn:aws:ecs:eu-west-3:555043101106:task/c/abc',
  startedBy: DEPLOYMENT,
  lastStatus: 'STOPPED',
  stopCode: 'EssentialContainerExited',
  stoppedReason: 'Essential container in task exited',
  containers: [{ name: 'api', exitCode: 1, reason: 'panic: no DSN' }],
};

describe('isCrash', () => {
  it('is a task of this deployment whose essential container exited', () => {
    expect(isCrash(crashed, DEPLOYMENT)).toBe(true);
    expect(isCrash({ ...crashed, startedBy: 'ecs-svc/other' }, DEPLOYMENT)).toBe(false);
    expect(isCrash({ ...crashed, stopCode: 'ServiceSchedulerInitiated' }, DEPLOYMENT)).toBe(false);
    expect(isCrash({ ...crashed, stopCode: 'TaskFailedToStart' }, DEPLOYMENT)).toBe(false);
  });

  it('quotes the stop code, stoppedReason, container reason and exit code', () => {
    expect(crashReason(crashed)).toBe(
      'EssentialContainerExited: Essential container in task exited; container api: panic: no DSN, exit code 1',
    );
  });
});

describe('CrashLoopCheck.due', () => {
  it('looks on a poll with new service events, otherwise every 8th poll', () => {
    const check = new CrashLoopCheck(3, { cluster: 'c', service: 's', deploymentId: DEPLOYMENT });
    const quiet = Array.from({ length: 16 }, () => check.due(0));
    expect(quiet.map((d, i) => (d ? i + 1 : 0)).filter((n) => n > 0)).toEqual([8, 16]);
    expect(check.due(1)).toBe(true);
    expect(check.due(0)).toBe(false);
  });
});
