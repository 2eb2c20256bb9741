/**
 * ECS's service throttle: "If tasks for a service repeatedly fail to enter the RUNNING state
 * (progressing directly from a PENDING to a STOPPED status), then the time between subsequent
 * restart attempts is incrementally increased up to a maximum of 27 minutes" (earlier versions
 * of the page said 15). "Tasks that are stopped after they reach the RUNNING state don't start
 * the throttle logic", failed health checks and crashing commands included
 * (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-throttle-logic.html).
 * AWS documents neither the first wait nor the growth; users report "10 to 12" restarts "each
 * with a long period of time" before the circuit breaker fails a deployment
 * (aws/containers-roadmap#1573). So the spacing is the scenario's `timing.relaunch-delay`.
 */
import type { DeploymentRecord, TaskRecord } from './model.js';

/** The documented ceiling of the wait between restart attempts. */
export const MAX_RELAUNCH_DELAY = 27 * 60_000;

export interface RelaunchTiming {
  /** The first wait, doubled each round; 0: the sandbox's quick default (below). */
  relaunchDelay: number;
  failAfter: number;
}

/**
 * How long ECS waits before relaunching after this stopped task. Only tasks that never reached
 * RUNNING are throttled. With a `relaunch-delay` D, round r (1-based) waits D × 2^(r−1); without
 * one, the first three rounds go at once and later ones wait fail-after × 2^(r−3): kinder than
 * the field, so a rehearsal that times its phases should set `relaunch-delay`.
 */
export function relaunchDelay(
  task: TaskRecord,
  deployment: DeploymentRecord,
  timing: RelaunchTiming,
): number {
  if (task.failing !== 'launch') return 0;
  const desired = Math.max(1, deployment.desiredCount);
  if (timing.relaunchDelay > 0) {
    const round = Math.ceil(deployment.failedTasks / desired);
    if (round < 1) return 0;
    return Math.min(MAX_RELAUNCH_DELAY, timing.relaunchDelay * 2 ** (round - 1));
  }
  const rounds = Math.floor(deployment.failedTasks / desired);
  if (rounds < 3) return 0;
  return Math.min(MAX_RELAUNCH_DELAY, timing.failAfter * 2 ** (rounds - 3));
}
