/**
 * The `ecs-service` check: DescribeServices on the services it names, and with
 * `expect-image-tag` DescribeTaskDefinition on their primary revisions. DescribeTaskDefinition
 * has no resource type in the SAR (Amazon Elastic Container Service, actions table): `*`.
 */
import { allow, ecsArn, type IamScope, type IamStatement, scoped } from '../../aws/iam.js';
import type { EcsServiceCheckConfig } from './settings.js';

export const actions: readonly string[] = ['ecs:DescribeServices', 'ecs:DescribeTaskDefinition'];

export function permissions(c: EcsServiceCheckConfig, scope: IamScope): IamStatement[] {
  const cluster = scoped(scope, c.cluster, 'cluster');
  const services = c.services.map((s) =>
    ecsArn.service(scope, cluster, scoped(scope, s, 'service')),
  );
  const statements = [allow('EcsReadServices', ['ecs:DescribeServices'], services)];
  if (c['expect-image-tag'] !== undefined)
    statements.push(allow('EcsReadTaskDefinitions', ['ecs:DescribeTaskDefinition'], ['*']));
  return statements;
}
