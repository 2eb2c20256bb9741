/**
 * The ECS reads of this phase in its own terms (a revision as what it would register again), and
 * ECS client errors turned into the plan mistakes they are.
 */
import type { ECSClient } from '@aws-sdk/client-ecs';
import { errorName, isThrottling } from '../../aws/ecs/errors.js';
import { describeTaskDefinition, type Revision } from '../../aws/ecs/revisions.js';
import { registrationInput, type TaskDefinitionInput } from '../../aws/ecs/task-definitions.js';
import { explainAwsError } from '../../aws/errors.js';
import { PhaseFailure } from '../../core/errors.js';

export interface RegisteredDefinition {
  arn: string;
  input: TaskDefinitionInput;
}

/** A revision by ARN, `family:revision` or family, as the input that would register it again. */
export async function describeRegistered(
  ecs: ECSClient,
  ref: string,
  signal: AbortSignal,
): Promise<RegisteredDefinition> {
  return asRegistered(await describeTaskDefinition(ecs, ref, signal));
}

export function asRegistered(revision: Revision): RegisteredDefinition {
  return { arn: revision.taskDefinitionArn, input: registrationInput(revision) };
}

/** The revision part of a task definition ARN: `orchestrator:7`. */
export function shortName(arn: string | undefined): string {
  if (!arn) return '(none)';
  const at = arn.indexOf('task-definition/');
  return at >= 0 ? arn.slice(at + 'task-definition/'.length) : arn;
}

/** ECS's hints for the client errors a plan can cause. */
const HINTS: Record<string, string> = {
  ClusterNotFoundException: 'check the cluster name (and the region of the plan)',
  ServiceNotFoundException: 'check the service name, or add create: to create it',
  InvalidParameterException: 'check the service settings and the task definition',
  ClientException: 'check the task definition',
};

/**
 * Runs an ECS call whose client errors (a wrong cluster, a refused task definition) are the
 * plan's mistakes: they become a PhaseFailure naming `what` was being done. Access and
 * credential errors stay as they are, for the engine's own explanation.
 */
export async function asPlanMistake<T>(what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const name = errorName(error);
    const client = error instanceof Error && '$fault' in error && error.$fault === 'client';
    if (!client || explainAwsError(error) || name === undefined || isThrottling(error)) throw error;
    const hint = HINTS[name];
    throw new PhaseFailure(`${what}: ECS ${name}: ${error.message}`, {
      ...(hint ? { hint } : {}),
      cause: error,
    });
  }
}
