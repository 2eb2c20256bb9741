/**
 * The `ecs-service` check: every named service ACTIVE, with one deployment whose rollout
 * COMPLETED and as many tasks running as desired; optionally, running the expected image tag.
 */
import { lazyCheckKind } from '../kind.js';
import { type EcsServiceCheckConfig, ecsServiceSettings } from './settings.js';

export type { EcsServiceCheckConfig } from './settings.js';

export const ecsServiceCheck = lazyCheckKind<EcsServiceCheckConfig>(
  {
    name: 'ecs-service',
    description: 'Check that ECS services are stable (one completed deployment, all tasks running)',
    settings: ecsServiceSettings,
    iam: () => import('./iam.js'),
    describe: (c) =>
      `${c.services.join(', ')} in ${c.cluster} stable${c['expect-image-tag'] ? ` on ${c['expect-image-tag']}` : ''}`,
  },
  () => import('./run.js'),
);
