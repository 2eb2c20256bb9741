/**
 * The deployment circuit breaker's arithmetic. AWS: "The deployment circuit breaker has a
 * minimum threshold of 3 and a maximum threshold of 200" over "0.5 * desired task count"
 * (rounded up: 25 desired tasks give 13); `thresholdConfiguration` (COUNT, BOUNDED_PERCENT,
 * UNBOUNDED_PERCENT) changes the formula when given.
 */
import type { CircuitBreakerConfig, Input } from './model.js';
import { invalidParameter } from './wire.js';

export function failureThreshold(config: CircuitBreakerConfig, desiredCount: number): number {
  const { type, value } = config.thresholdConfiguration ?? { type: 'BOUNDED_PERCENT', value: 50 };
  if (type === 'COUNT') return value;
  const percent = Math.ceil((value / 100) * desiredCount);
  if (type === 'UNBOUNDED_PERCENT') return Math.max(1, percent);
  return Math.min(200, Math.max(3, percent));
}

/** CreateService default: no circuit breaker unless the caller enables it, as on AWS. */
export const DISABLED: CircuitBreakerConfig = { enable: false, rollback: false };

export function parseCircuitBreaker(raw: Input | undefined, current: CircuitBreakerConfig) {
  if (!raw) return current;
  if (typeof raw.enable !== 'boolean' || typeof raw.rollback !== 'boolean') {
    throw invalidParameter('deploymentCircuitBreaker requires enable and rollback.');
  }
  const threshold = raw.thresholdConfiguration as Input | undefined;
  const config: CircuitBreakerConfig = { enable: raw.enable, rollback: raw.rollback };
  if (threshold && typeof threshold.type === 'string' && typeof threshold.value === 'number') {
    config.thresholdConfiguration = { type: threshold.type, value: threshold.value };
  }
  return config;
}
