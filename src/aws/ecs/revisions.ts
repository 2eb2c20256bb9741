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
import { isWorldFault } from '../errors.js';
import { retryingFaults } from '../retry.js';
import { OutcomeUnknownError, sendOnce } from '../send-once.js';
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

/**
 * RegisterTaskDefinition is not idempotent: every call ECS carries out adds a revision, and it
 * takes no client token. So it goes out once (sendOnce, no resend by the SDK after a 5xx or a
 * lost connection); when the world interrupted it, the family's latest revision is looked at
 * first and used if it is this content (the interrupted call did register it), and only
 * otherwise registered again, through the one retry loop. ECS's reads are eventually consistent
 * ("the result of an API command you run that affects your Amazon ECS resources might not be
 * immediately visible", ECS API Reference), so the worst case is one identical extra revision.
 */
export async function registerTaskDefinition(
  ecs: ECSClient,
  definition: TaskDefinitionInput,
  signal: AbortSignal,
): Promise<Revision> {
  let interrupted = false;
  return retryingFaults(
    async () => {
      const earlier = interrupted
        ? await latestRevisionMatching(ecs, definition, signal)
        : undefined;
      interrupted = true;
      return earlier ?? (await registerOnce(ecs, definition, signal));
    },
    { signal, retryable: (e) => e instanceof OutcomeUnknownError || isWorldFault(e) },
  );
}

async function registerOnce(
  ecs: ECSClient,
  definition: TaskDefinitionInput,
  signal: AbortSignal,
): Promise<Revision> {
  const command = new RegisterTaskDefinitionCommand(
    definition as unknown as RegisterTaskDefinitionCommandInput,
  );
  sendOnce(command);
  const answer = await ecs.send(command, { abortSignal: signal });
  return withArn(answer.taskDefinition, `registered ${String(definition.family)}`);
}

function withArn(definition: TaskDefinition | undefined, what: string): Revision {
  if (!definition?.taskDefinitionArn) throw new Error(`ECS ${what} without an ARN`);
  return definition as Revision;
}
