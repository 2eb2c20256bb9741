/** Telling ECS's errors apart by name, for the few that a phase handles itself. */

export function errorName(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('name' in error)) return undefined;
  return typeof error.name === 'string' ? error.name : undefined;
}

/** Throttling that outlasted the SDK's own retries: a poll loop slows down instead of failing. */
export function isThrottling(error: unknown): boolean {
  const name = errorName(error);
  return (
    name === 'ThrottlingException' ||
    name === 'Throttling' ||
    name === 'TooManyRequestsException' ||
    name === 'RequestLimitExceeded'
  );
}

/** ECS answers ClientException "Unable to describe task definition." for an unknown one. */
export function isUnknownTaskDefinition(error: unknown): boolean {
  return errorName(error) === 'ClientException';
}
