/** Waiting between two polls of ECS, and slowing the polls down while ECS throttles them. */

/** Throttled polls back off up to this; ECS's Describe* budgets refill within seconds. */
export const MAX_THROTTLED_INTERVAL_MS = 30_000;

/** The interval after one more throttled poll: twice as long, up to the limit. */
export function slowerInterval(ms: number): number {
  return Math.min(MAX_THROTTLED_INTERVAL_MS, ms * 2);
}
