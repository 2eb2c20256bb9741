/**
 * The record's layout, in one place:
 *   versions/<version>/phases/<phase-id>   one phase's outcome for that version (JSON)
 *   state                                  the current and previous released versions (JSON)
 *   lease/<generation>                     who may change the environment now (lease.ts)
 */

/**
 * Parameter names allow only `a-zA-Z0-9_.-/` (PutParameter, "Naming Constraints"): any other
 * byte of a version or environment name (`1.0+build`, `QA env`) is written as `_` and its hex
 * code, and `_` itself as `_5f`, so two names never share a key.
 */
export function keySegment(name: string): string {
  return [...name]
    .map((c) =>
      /[A-Za-z0-9.-]/.test(c)
        ? c
        : [...Buffer.from(c)].map((b) => `_${b.toString(16).padStart(2, '0')}`).join(''),
    )
    .join('');
}

/** Where an app's environment keeps its record in Parameter Store. */
export function recordPrefix(app: string, environment: string): string {
  return `/phasegate/${keySegment(app)}/${keySegment(environment)}`;
}

export const phaseKey = (version: string, phaseId: string) =>
  `versions/${keySegment(version)}/phases/${phaseId}`;

export const versionPrefix = (version: string) => `versions/${keySegment(version)}/phases/`;

export const STATE_KEY = 'state';

export const LEASE_PREFIX = 'lease/';

/** Generations are zero-padded so that names sort in generation order. */
export const leaseKey = (generation: number) =>
  `${LEASE_PREFIX}${String(generation).padStart(10, '0')}`;

export function leaseGeneration(key: string): number | undefined {
  const n = Number(key.slice(LEASE_PREFIX.length));
  return key.startsWith(LEASE_PREFIX) && Number.isInteger(n) ? n : undefined;
}
