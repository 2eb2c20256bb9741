/** The few ECS reads every part of the phase needs, batched as ECS allows. */
import {
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  type ECSClient,
  type Service,
} from '@aws-sdk/client-ecs';
import { explainAwsError } from '../../aws/errors.js';
import { PhaseFailure } from '../kind.js';
import { isRecord, registrationInput, type TaskDefinitionInput } from './compare.js';

/** ECS: DescribeServices takes "up to 10 services" per call. */
export const DESCRIBE_SERVICES_LIMIT = 10;

/** The named services of one cluster, by name; one call per 10 services. Missing ones are absent. */
export async function describeServices(
  ecs: ECSClient,
  cluster: string,
  names: readonly string[],
  signal: AbortSignal,
): Promise<Map<string, Service>> {
  const found = new Map<string, Service>();
  for (let i = 0; i < names.length; i += DESCRIBE_SERVICES_LIMIT) {
    const chunk = names.slice(i, i + DESCRIBE_SERVICES_LIMIT);
    const answer = await ecs.send(new DescribeServicesCommand({ cluster, services: chunk }), {
      abortSignal: signal,
    });
    for (const service of answer.services ?? [])
      if (service.serviceName) found.set(service.serviceName, service);
  }
  return found;
}

/** A service that can be deployed to: DRAINING and INACTIVE ones are as good as missing. */
export function isActive(service: Service | undefined): service is Service {
  return service?.status === 'ACTIVE';
}

export interface RegisteredDefinition {
  arn: string;
  input: TaskDefinitionInput;
}

/** A revision by ARN, `family:revision` or family (its latest ACTIVE revision). */
export async function describeTaskDefinition(
  ecs: ECSClient,
  ref: string,
  signal: AbortSignal,
): Promise<RegisteredDefinition> {
  const answer = await ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: ref }), {
    abortSignal: signal,
  });
  const definition = answer.taskDefinition;
  if (!definition?.taskDefinitionArn) throw new Error(`ECS described ${ref} without an ARN`);
  return {
    arn: definition.taskDefinitionArn,
    input: registrationInput(definition as unknown as TaskDefinitionInput),
  };
}

/** The latest ACTIVE revision of a family, or undefined when it has none. */
export async function latestRevision(
  ecs: ECSClient,
  family: string,
  signal: AbortSignal,
): Promise<RegisteredDefinition | undefined> {
  try {
    return await describeTaskDefinition(ecs, family, signal);
  } catch (error) {
    // ECS answers ClientException "Unable to describe task definition." for an unknown family.
    if (errorName(error) === 'ClientException') return undefined;
    throw error;
  }
}

export function errorName(error: unknown): string | undefined {
  return isRecord(error) && typeof error.name === 'string' ? error.name : undefined;
}

/** Throttling that outlasted the SDK's own retries: the poll loop slows down instead of failing. */
export function isThrottling(error: unknown): boolean {
  const name = errorName(error);
  return (
    name === 'ThrottlingException' ||
    name === 'Throttling' ||
    name === 'TooManyRequestsException' ||
    name === 'RequestLimitExceeded'
  );
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
    throw new PhaseFailure(`${what}: ECS ${name}: ${error.message}`, hint ? { hint } : {});
  }
}
