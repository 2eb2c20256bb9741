/** The check kinds of this build, for gates and the `checks` phase kind. */

import { commandCheck } from './command/index.js';
import { ecsServiceCheck } from './ecs-service/index.js';
import { httpCheck } from './http/index.js';
import type { CheckKind } from './kind.js';
import { sqlCheck } from './sql/index.js';
import { ssmParameterCheck } from './ssm-parameter/index.js';

export type { CommandCheckConfig } from './command/index.js';
export type { EcsServiceCheckConfig } from './ecs-service/index.js';
export type { HttpCheckConfig } from './http/index.js';
export { type DescribedCheckKind, describeCheck } from './kind.js';
export type { SqlCheckConfig } from './sql/index.js';
export type { SsmParameterCheckConfig } from './ssm-parameter/index.js';
export { commandCheck, ecsServiceCheck, httpCheck, sqlCheck, ssmParameterCheck };

export const checkKinds: CheckKind<unknown>[] = [
  httpCheck,
  sqlCheck,
  ecsServiceCheck,
  ssmParameterCheck,
  commandCheck,
];
