/**
 * Rules a release must pass before anything changes, from the record: a version older than the
 * one the environment runs is a rollback and must be asked for (`--force`); an environment with
 * `promote-from` takes only versions fully released to that other environment.
 */
import { UserError } from '../core/errors.js';
import type { ReleaseState } from './record/entries.js';

export function checkVersionOrder(
  state: ReleaseState,
  version: string,
  environment: string,
  force: boolean,
): void {
  const current = state.current?.version;
  if (!current || current === version || force || !isOlder(version, current, state)) return;
  throw new UserError(
    `${version} is older than ${current}, the version ${environment} runs now: releasing it would roll ${environment} back`,
    `a rollback release is a deliberate act: run again with --force (the action: force: true), or give the version you meant`,
  );
}

/** Older: released here before the current one, or lower as a dotted version number. */
function isOlder(version: string, current: string, state: ReleaseState): boolean {
  const order = state.released;
  if (order.includes(version)) return order.indexOf(version) > order.indexOf(current);
  const a = numbers(version);
  const b = numbers(current);
  if (!a || !b) return false;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d < 0;
  }
  return false;
}

function numbers(version: string): number[] | undefined {
  const m = /^v?(\d+(?:\.\d+)*)$/.exec(version);
  return m?.[1]?.split('.').map(Number);
}

export function checkPromotion(
  source: { environment: string; state: ReleaseState } | undefined,
  version: string,
  environment: string,
): void {
  if (!source || source.state.released.includes(version)) return;
  const current = source.state.current?.version;
  throw new UserError(
    `${environment} takes only versions fully released to ${source.environment} (promote-from in the plan), and ${version} is not${current ? ` (${source.environment} runs ${current})` : ` (nothing is released to ${source.environment} yet)`}`,
    `release ${version} to ${source.environment} first: phasegate run … --env ${source.environment} --version ${version}`,
  );
}
