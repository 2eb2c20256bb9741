/**
 * Registered task definition revisions: describing one, finding the family's latest revision
 * with the very content a phase wants (so a re-run registers nothing), and registering.
 */
import {
  DescribeTaskDefinitionCommand,
  type ECSClient,
  RegisterTaskDefinitionCommand,
  type RegisterTaskDefinitionCommandInput,
  type TaskDefinition,
} from '@aws-sdk/client-ecs';
import { isUnknownTaskDefinition } from './errors.js';
import { sameDefinition, type TaskDefinitionInput } from './task-definitions.js';

/** A revision as ECS describes it; ECS always gives the ARN of one. */
export type Revision = TaskDefinition & { taskDefinitionArn: string };

/** A revision by ARN, `family:revision` or family (its latest ACTIVE revision); throws if unknown. */
export async function describeTaskDefinition(
  ecs: ECSClient,
  ref: string,
  signal: AbortSignal,
): Promise<Revision> {
  const answer = await ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: ref }), {
    abortSignal: signal,
  });
  return withArn(answer.taskDefinition, `described ${ref}`);
}

/** As describeTaskDefinition, but undefined when ECS does not know the revision or family. */
export async function findTaskDefinition(
  ecs: ECSClient,
  ref: string,
  signal: AbortSignal,
): Promise<Revision | undefined> {
  try {
    return await describeTaskDefinition(ecs, ref, signal);
  } catch (error) {
    if (isUnknownTaskDefinition(error)) return undefined;
    throw error;
  }
}

/**
 * The family's latest ACTIVE revision when its content equals `definition`, so that registering
 * would only add a copy; undefined when it differs, or the family has no revision yet.
 */
export async function latestRevisionMatching(
  ecs: ECSClient,
  definition: TaskDefinitionInput,
  signal: AbortSignal,
): Promise<Revision | undefined> {
  if (typeof definition.family !== 'string') return undefined;
  const latest = await findTaskDefinition(ecs, definition.family, signal);
  return latest && sameDefinition(latest, definition) ? latest : undefined;
}

export async function registerTaskDefinition(
  ecs: ECSClient,
  definition: TaskDefinitionInput,
  signal: AbortSignal,
): Promise<Revision> {
  const answer = await ecs.send(
    new RegisterTaskDefinitionCommand(definition as unknown as RegisterTaskDefinitionCommandInput),
    { abortSignal: signal },
  );
  return withArn(answer.taskDefinition, `registered ${String(definition.family)}`);
}

function withArn(definition: TaskDefinition | undefined, what: string): Revision {
  if (!definition?.taskDefinitionArn) throw new Error(`ECS ${what} without an ARN`);
  return definition as Revision;
}
