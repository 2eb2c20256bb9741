/**
 * The `ecs-deploy` phase kind: deploys several ECS services side by side, registering revisions
 * only when their content changed, watching every rollout closely, explaining a failure with
 * ECS's own events and stopped-task reasons, and rolling every changed service back on request.
 */
import type { PhaseKind } from '../kind.js';
import type { EcsChange } from './deploy.js';
import { planDeploy } from './plan.js';
import { rollBack } from './rollback.js';
import { runDeploy } from './run.js';
import { type EcsDeployConfig, ecsDeploySettings } from './settings.js';

export type { EcsChange } from './deploy.js';
export type { EcsDeployConfig } from './settings.js';

export const ecsDeployKind: PhaseKind<EcsDeployConfig, EcsChange> = {
  name: 'ecs-deploy',
  description:
    'Deploy ECS services side by side: new revisions from a file or the live one with new images and env, create missing services, watch rollouts, roll back',
  settings: ecsDeploySettings,
  plan: planDeploy,
  run: runDeploy,
  rollback: rollBack,
};
