/**
 * How soon the watcher polls again. The configured `poll-interval` (2 s) while rollouts are far
 * from their end; a quarter of it (0.5 s) once one is near it, so that COMPLETED or FAILED is
 * known within about half a second instead of within one interval. A longer `poll-interval`,
 * chosen to spare API calls, stretches both.
 *
 * Near its end a rollout is either draining (its new tasks all run; ECS now stops the old
 * deployments' tasks and then sets COMPLETED) or tripping (its deployment counts failed tasks,
 * `failedTasks`, toward the circuit breaker's threshold, after which ECS sets FAILED:
 * developerguide/deployment-circuit-breaker.html).
 *
 * The sooner polls are bounded by DescribeServices calls, not by time: ECS throttles every API
 * per account and Region with a token bucket (APIReference/request-throttling.html; its example,
 * cluster read actions such as DescribeClusters, bursts to 50 calls). Two calls a second for one
 * phase leave most of that to the account's other callers and to parallel phases; a poll of more
 * than 10 services costs one call per 10 (DESCRIBE_SERVICES_LIMIT), so it waits longer.
 */
import type { Service } from '@aws-sdk/client-ecs';

/** Near the end the interval is `poll-interval` divided by this. */
export const NEAR_END_SPEED_UP = 4;
/** DescribeServices calls a second one watcher allows itself while a rollout is near its end. */
export const NEAR_END_CALLS_PER_SECOND = 2;

/**
 * Our deployment is PRIMARY and IN_PROGRESS, and either runs all its tasks or counts failures
 * toward an enabled circuit breaker.
 */
export function nearEnd(service: Service | undefined, deploymentId: string | undefined): boolean {
  const primary = service?.deployments?.find((d) => d.status === 'PRIMARY');
  if (!primary || primary.id !== deploymentId || primary.rolloutState !== 'IN_PROGRESS')
    return false;
  const draining = (primary.desiredCount ?? 0) > 0 && primary.runningCount === primary.desiredCount;
  // Without the breaker nothing sets FAILED: failed tasks are only replaced, maybe for hours.
  const breaker = service?.deploymentConfiguration?.deploymentCircuitBreaker?.enable === true;
  return draining || (breaker && (primary.failedTasks ?? 0) > 0);
}

/** The wait before the next poll, before jitter: `calls` is what one poll costs. */
export function pollIntervalMs(pollMs: number, calls: number, anyNearEnd: boolean): number {
  if (!anyNearEnd) return pollMs;
  const budgeted = (calls * 1000) / NEAR_END_CALLS_PER_SECOND;
  return Math.min(pollMs, Math.max(pollMs / NEAR_END_SPEED_UP, budgeted));
}
