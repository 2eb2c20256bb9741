/** The check kinds of this build, for gates and the `checks` phase kind. */

import { ecsServiceCheck } from './ecs-service.js';
import { httpCheck } from './http.js';
import type { CheckKind } from './kind.js';
import { sqlCheck } from './sql.js';

export type { EcsServiceCheckConfig } from './ecs-service.js';
export type { HttpCheckConfig } from './http.js';
export { type DescribedCheckKind, describeCheck } from './kind.js';
export type { SqlCheckConfig } from './sql.js';
export { ecsServiceCheck, httpCheck, sqlCheck };

export const checkKinds: CheckKind<unknown>[] = [httpCheck, sqlCheck, ecsServiceCheck];
