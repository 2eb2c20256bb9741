/**
 * The `checks` phase kind: runs a list of checks side by side (the release's verification),
 * retrying failed ones for a while, and fails naming every check that did not pass.
 */

import type { CheckKind } from '../../checks/kind.js';
import type { PhaseKind } from '../kind.js';
import { CHECKS_OUTPUTS } from './outputs.js';
import { planChecks } from './plan.js';
import { runChecksPhase } from './run.js';
import { type ChecksConfig, checksSettings } from './settings.js';

export type { CheckOutcome } from './report.js';
export type { ChecksConfig, ListedCheck } from './settings.js';

/**
 * A checks phase kind that knows `kinds`; names in `notYetAvailable` are reported as such.
 * The registry passes the check kinds of the build, tests may pass their own.
 */
export function checksPhaseKind(
  kinds: readonly CheckKind<unknown>[],
  notYetAvailable: readonly string[] = [],
): PhaseKind<ChecksConfig> {
  return {
    name: 'checks',
    description: `Run checks side by side (${kinds.map((k) => k.name).join(', ')}), retrying failed ones; fail when any still fails`,
    settings: checksSettings(kinds, notYetAvailable),
    // Verification looks and changes nothing: it runs again on every run (always-run).
    readOnly: true,
    iam: () => import('./iam.js'),
    outputs: () => CHECKS_OUTPUTS,
    plan: planChecks,
    run: runChecksPhase,
  };
}
