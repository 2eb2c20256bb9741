/**
 * What a task definition file tells the IAM policy: its family (RegisterTaskDefinition and
 * RunTask scope to `task-definition/FAMILY:*`), the roles ECS tasks assume (iam:PassRole) and
 * the awslogs groups a log tail reads. Shared by the ecs-deploy and ecs-run-task `iam.ts`.
 */
import { type IamScope, logStreamsArn, scoped } from '../iam.js';
import { readDefinitionFile } from './definition-files.js';
import { containerDefinitionsOf, isRecord } from './task-definitions.js';

export interface DefinitionFacts {
  family: string;
  roles: string[];
  /** Stream ARNs (`…:log-group:G:log-stream:*`) of its awslogs containers in the plan's region. */
  logStreams: string[];
  tagged: boolean;
}

export async function definitionFacts(path: string, scope: IamScope): Promise<DefinitionFacts> {
  const input = await readDefinitionFile(path, scope.planFile, scope.render);
  const roles = [input.taskRoleArn, input.executionRoleArn].flatMap((r) =>
    typeof r === 'string' && r !== '' ? [scoped(scope, r, `a role of ${path}`)] : [],
  );
  const logStreams = containerDefinitionsOf(input).flatMap((c) => {
    const log = isRecord(c.logConfiguration) ? c.logConfiguration : {};
    const options = isRecord(log.options) ? log.options : {};
    const group = options['awslogs-group'];
    const region = options['awslogs-region'] ?? scope.region;
    // phasegate reads no log in another region than the plan's (docs/phases/ecs-run-task.md).
    if (log.logDriver !== 'awslogs' || typeof group !== 'string' || region !== scope.region)
      return [];
    return [logStreamsArn(scope, scoped(scope, group, `the log group of ${path}`))];
  });
  return {
    family: scoped(scope, String(input.family), `the family of ${path}`),
    roles,
    logStreams,
    tagged: Array.isArray(input.tags) && input.tags.length > 0,
  };
}
