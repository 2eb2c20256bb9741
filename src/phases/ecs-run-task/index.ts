/**
 * The `ecs-run-task` phase kind: runs a one-off ECS task (functional tests, migrations shipped in
 * the application image), waits for it to stop, fails with ECS's reason and the container's exit
 * code, and shows the end of its CloudWatch log.
 */
import { lazyPhaseKind } from '../kind.js';
import { checkTaskFile, taskFile } from './check-files.js';
import { ECS_RUN_TASK_OUTPUTS } from './outputs.js';
import { type EcsRunTaskConfig, ecsRunTaskSettings } from './settings.js';

export type { EcsRunTaskConfig } from './settings.js';

export const ecsRunTaskKind = lazyPhaseKind<EcsRunTaskConfig>(
  {
    name: 'ecs-run-task',
    description:
      'Run a one-off ECS task (family, ARN or JSON file) with overrides, wait for it to stop, fail on a non-zero exit with the reason and the log tail',
    settings: ecsRunTaskSettings,
    iam: () => import('./iam.js'),
    canRollBack: false,
    checkFiles: checkTaskFile,
    outputs: () => ECS_RUN_TASK_OUTPUTS,
    files: taskFile,
  },
  () => import('./steps.js'),
);
