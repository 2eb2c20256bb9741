/**
 * The `ecs-deploy` phase kind: deploys several ECS services side by side, registering revisions
 * only when their content changed, watching every rollout closely, explaining a failure with
 * ECS's own events and stopped-task reasons, and rolling every changed service back on request.
 */
import { lazyPhaseKind } from '../kind.js';
import { checkServiceFiles, serviceFiles } from './check-files.js';
import type { EcsChange } from './deploy.js';
import { ecsDeployOutputs } from './outputs.js';
import { type EcsDeployConfig, ecsDeploySettings } from './settings.js';

export type { EcsChange } from './deploy.js';
export type { EcsDeployConfig } from './settings.js';

export const ecsDeployKind = lazyPhaseKind<EcsDeployConfig, EcsChange>(
  {
    name: 'ecs-deploy',
    description:
      'Deploy ECS services side by side: new revisions from a file or the live one with new images and env, create missing services, watch rollouts, roll back',
    settings: ecsDeploySettings,
    iam: () => import('./iam.js'),
    canRollBack: true,
    checkFiles: checkServiceFiles,
    outputs: ecsDeployOutputs,
    files: serviceFiles,
  },
  () => import('./steps.js'),
);
