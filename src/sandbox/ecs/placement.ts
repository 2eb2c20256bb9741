/**
 * RunTask's `failures[]`: tasks ECS could not place, as a scenario's `run-task` entry asks
 * (`placement-failure`). AWS lists the reasons RunTask answers with on "API failure reasons"
 * (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/api_failures_messages.html):
 * `RESOURCE:*`, `AGENT`, `LOCATION`, `ATTRIBUTE`. `MISSING` is not one of them (it belongs to
 * the Describe* calls), so a scenario cannot ask for it. Fargate's "capacity unavailable" is
 * not on that page; its wording is as users quote it from real calls (gchq/sleeper#904,
 * sil-org/ecs-deploy#277), with no ARN.
 */
import type { Arns, IdSource } from './ids.js';

/** A wire object (model.ts's Input; not imported, as model.ts imports the scenario). */
type Input = Record<string, unknown>;

export const PLACEMENT_REASONS = [
  'RESOURCE:CPU',
  'RESOURCE:MEMORY',
  'RESOURCE:PORTS',
  'RESOURCE:ENI',
  'RESOURCE:GPU',
  'AGENT',
  'LOCATION',
  'ATTRIBUTE',
  'capacity-unavailable',
] as const;

export type PlacementReason = (typeof PLACEMENT_REASONS)[number];

export interface PlacementFailure {
  reason: PlacementReason;
  detail?: string | undefined;
  /** How many of the call's `count` tasks start anyway; the others are not placed. */
  placed: number;
}

/** Fargate's words when it has no capacity (gchq/sleeper#904: "Failure: ARN null Reason …"). */
export const FARGATE_CAPACITY_UNAVAILABLE =
  'Capacity is unavailable at this time. Please try again later or in a different availability zone';

/**
 * The `failures[]` of one RunTask call that could not place every task. AWS does not document
 * how many entries a call returns for N unplaced tasks (on EC2 they describe container
 * instances, not tasks), so the sandbox returns one: a reader must count the tasks it got, not
 * the failures.
 */
export function placementFailures(
  failure: PlacementFailure,
  where: { cluster: string; arns: Arns; ids: IdSource },
): Input[] {
  if (failure.reason === 'capacity-unavailable') {
    return [{ reason: FARGATE_CAPACITY_UNAVAILABLE, ...detailOf(failure) }];
  }
  // RESOURCE:*, AGENT, LOCATION and ATTRIBUTE describe a container instance that was rejected.
  const instance = where.arns.containerInstance(where.cluster, where.ids.hex(32));
  return [{ arn: instance, reason: failure.reason, ...detailOf(failure) }];
}

function detailOf(failure: PlacementFailure): Input {
  return failure.detail !== undefined ? { detail: failure.detail } : {};
}
