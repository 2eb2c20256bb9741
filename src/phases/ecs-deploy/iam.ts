/**
 * The `ecs-deploy` phase's IAM side, scoped to the clusters, services and families the plan
 * names (SAR, Amazon Elastic Container Service, actions table):
 * - DescribeServices, CreateService, UpdateService, DeleteService: resource type service, with
 *   the `ecs:cluster` condition on the writes;
 * - RegisterTaskDefinition: resource type task-definition, so `task-definition/FAMILY:*` for a
 *   file's family; a service deployed from its live revision registers in that revision's
 *   family, which the plan does not name: any family, with a note;
 * - DescribeTaskDefinition: no resource type, `*`;
 * - DescribeTasks (task) and ListTasks (container-instance, `ecs:cluster` condition): the
 *   stopped tasks that explain a failed rollout and the crash-loop check;
 * - iam:PassRole on the roles of the revisions registered (RegisterTaskDefinition's dependent
 *   action), towards ecs-tasks.amazonaws.com only.
 */
import { definitionFacts } from '../../aws/ecs/iam.js';
import {
  allow,
  anyRole,
  ecsArn,
  type IamScope,
  type IamStatement,
  inCluster,
  passRoles,
  scoped,
} from '../../aws/iam.js';
import type { EcsDeployConfig, ServiceSettings } from './settings.js';

export const actions: readonly string[] = [
  'ecs:DescribeServices',
  'ecs:DescribeTaskDefinition',
  'ecs:RegisterTaskDefinition',
  'ecs:TagResource',
  'ecs:CreateService',
  'ecs:UpdateService',
  'ecs:DeleteService',
  'ecs:DescribeTasks',
  'ecs:ListTasks',
  'iam:PassRole',
];

interface Target {
  cluster: string;
  arn: string;
  settings: ServiceSettings;
}

export async function permissions(c: EcsDeployConfig, scope: IamScope): Promise<IamStatement[]> {
  const targets = c.services.map((s): Target => {
    const cluster = scoped(scope, s.cluster ?? c.cluster ?? '', 'cluster');
    return {
      cluster,
      arn: ecsArn.service(scope, cluster, scoped(scope, s.service, 'service')),
      settings: s,
    };
  });
  return [
    allow(
      'EcsReadServices',
      ['ecs:DescribeServices'],
      targets.map((t) => t.arn),
    ),
    allow('EcsReadTaskDefinitions', ['ecs:DescribeTaskDefinition'], ['*']),
    ...(await registrations(targets, scope)),
    ...byCluster(targets, (cluster, mine) => serviceWrites(cluster, mine, scope)),
    ...byCluster(targets, (cluster) => taskReads(cluster, scope)),
  ];
}

/** A new revision comes from a file, or from the live one with new images or env. */
function registers(s: ServiceSettings): boolean {
  return (
    s['task-definition'] !== undefined ||
    (s['task-definition-arn'] === undefined && (s.images !== undefined || s.env !== undefined))
  );
}

async function registrations(targets: Target[], scope: IamScope): Promise<IamStatement[]> {
  const registering = targets.filter((t) => registers(t.settings));
  if (registering.length === 0) return [];
  const files = await Promise.all(
    registering.flatMap((t) => {
      const file = t.settings['task-definition'];
      return file === undefined ? [] : [definitionFacts(file, scope)];
    }),
  );
  const live = registering.filter((t) => t.settings['task-definition'] === undefined);
  const families = files.map((f) => ecsArn.family(scope, f.family));
  const roles = files.flatMap((f) => f.roles);
  if (live.length > 0) {
    const names = live.map((t) => t.settings.service).join(', ');
    scope.note(
      `phase ${scope.phase.id}: ${names} register in the family of their live revision, and pass its roles, which the plan does not name: any family, any role of the account`,
    );
    families.push(ecsArn.family(scope, '*'));
    roles.push(anyRole(scope));
  }
  const tagged = files.filter((f) => f.tagged).map((f) => ecsArn.family(scope, f.family));
  return [
    allow('EcsRegisterTaskDefinitions', ['ecs:RegisterTaskDefinition'], families),
    ...(tagged.length > 0 ? [allow('EcsTagTaskDefinitions', ['ecs:TagResource'], tagged)] : []),
    ...(roles.length > 0 ? [passRoles(roles)] : []),
  ];
}

function serviceWrites(cluster: string, mine: Target[], scope: IamScope): IamStatement[] {
  const condition = inCluster(scope, cluster);
  const created = mine.filter((t) => t.settings.create !== undefined).map((t) => t.arn);
  const statements = [
    allow(
      'EcsUpdateServices',
      ['ecs:UpdateService'],
      mine.map((t) => t.arn),
      condition,
    ),
  ];
  if (created.length > 0) {
    statements.push(allow('EcsCreateServices', ['ecs:CreateService'], created, condition));
    // Rolling back a service this phase created deletes it (rollback.ts).
    if (scope.phase.onFailure === 'rollback')
      statements.push(allow('EcsDeleteCreatedServices', ['ecs:DeleteService'], created, condition));
  }
  return statements;
}

/** Stopped tasks explain a failed rollout (explain.ts) and feed the crash-loop check. */
function taskReads(cluster: string, scope: IamScope): IamStatement[] {
  return [
    allow('EcsReadTasks', ['ecs:DescribeTasks'], [ecsArn.tasks(scope, cluster)]),
    allow('EcsListTasks', ['ecs:ListTasks'], ['*'], inCluster(scope, cluster)),
  ];
}

function byCluster(
  targets: Target[],
  make: (cluster: string, mine: Target[]) => IamStatement[],
): IamStatement[] {
  const clusters = [...new Set(targets.map((t) => t.cluster))];
  return clusters.flatMap((cluster) =>
    make(
      cluster,
      targets.filter((t) => t.cluster === cluster),
    ),
  );
}
