/**
 * The `ecs-run-task` phase's IAM side (SAR, Amazon Elastic Container Service): RunTask on the
 * family it runs (resource type task-definition) in its cluster (`ecs:cluster`), DescribeTasks
 * and StopTask on the cluster's tasks, DescribeTaskDefinition (`*`: no resource type),
 * RegisterTaskDefinition for a file, DescribeServices for `network-from`, iam:PassRole on the
 * roles of the task definition (a dependent action of RunTask and RegisterTaskDefinition), and
 * logs:GetLogEvents on the awslogs group of the container whose log it shows.
 */
import { definitionFacts } from '../../aws/ecs/iam.js';
import {
  allow,
  anyRole,
  ecsArn,
  familyOf,
  hasTemplate,
  type IamScope,
  type IamStatement,
  inCluster,
  logStreamsArn,
  passRoles,
  scoped,
} from '../../aws/iam.js';
import type { EcsRunTaskConfig } from './settings.js';

export const actions: readonly string[] = [
  'ecs:DescribeTaskDefinition',
  'ecs:RegisterTaskDefinition',
  'ecs:DescribeServices',
  'ecs:RunTask',
  'ecs:DescribeTasks',
  'ecs:StopTask',
  'logs:GetLogEvents',
  'iam:PassRole',
];

interface Definition {
  family: string;
  roles: string[];
  logStreams: string[];
  statements: IamStatement[];
}

export async function permissions(c: EcsRunTaskConfig, scope: IamScope): Promise<IamStatement[]> {
  const cluster = scoped(scope, c.cluster, 'cluster');
  const definition = await definitionOf(c['task-definition'].trim(), scope);
  const statements = [
    allow('EcsReadTaskDefinitions', ['ecs:DescribeTaskDefinition'], ['*']),
    ...definition.statements,
    allow(
      'EcsRunTasks',
      ['ecs:RunTask'],
      [ecsArn.family(scope, definition.family)],
      inCluster(scope, cluster),
    ),
    allow('EcsReadTasks', ['ecs:DescribeTasks'], [ecsArn.tasks(scope, cluster)]),
    // A timed-out or cancelled phase stops the tasks it started (wait.ts).
    allow('EcsStopTasks', ['ecs:StopTask'], [ecsArn.tasks(scope, cluster)]),
    passRoles(definition.roles),
  ];
  const from = c['network-from'];
  if (from !== undefined)
    statements.push(
      allow(
        'EcsReadServices',
        ['ecs:DescribeServices'],
        [ecsArn.service(scope, cluster, scoped(scope, from, 'network-from'))],
      ),
    );
  if (c['log-lines'] > 0 && definition.logStreams.length > 0)
    statements.push(allow('ReadTaskLogs', ['logs:GetLogEvents'], definition.logStreams));
  return statements;
}

async function definitionOf(ref: string, scope: IamScope): Promise<Definition> {
  if (/\.json$/i.test(ref) && !hasTemplate(ref)) {
    const facts = await definitionFacts(ref, scope);
    return {
      ...facts,
      statements: [
        allow(
          'EcsRegisterTaskDefinitions',
          ['ecs:RegisterTaskDefinition'],
          [ecsArn.family(scope, facts.family)],
        ),
      ],
    };
  }
  // A registered revision (or one an earlier phase makes): its roles and log group are in
  // AWS, not in the plan.
  scope.note(
    `phase ${scope.phase.id}: the roles and log group of task definition ${ref} are not in the plan: any role of the account, any log group`,
  );
  return {
    family: familyOf(scoped(scope, ref, 'task-definition')),
    roles: [anyRole(scope)],
    logStreams: [logStreamsArn(scope, '*')],
    statements: [],
  };
}
