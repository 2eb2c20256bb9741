/**
 * The `checks` phase kind: runs a list of checks side by side (the release's verification),
 * retrying failed ones for a while, and fails naming every check that did not pass.
 */

import type { CheckKind } from '../../checks/kind.js';
import { PhaseFailure } from '../../core/errors.js';
import { plural } from '../../core/text.js';
import type { PhaseKind } from '../kind.js';
import { failedSummary, outcomeDetails, passedSummary, planDetails } from './report.js';
import { runChecks } from './run.js';
import { type ChecksConfig, checksSettings } from './settings.js';

export type { CheckOutcome } from './run.js';
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
    async plan(ctx) {
      const { checks } = ctx.config;
      return {
        summary: `would run ${plural(checks.length, 'check')}: ${checks.map((c) => c.name).join(', ')}`,
        details: planDetails(ctx.config),
      };
    },
    async run(ctx) {
      const outcomes = await runChecks(ctx);
      const passed = outcomes.filter((o) => o.result.ok).length;
      const outputs = { passed: String(passed), failed: String(outcomes.length - passed) };
      const details = outcomeDetails(outcomes);
      if (passed < outcomes.length)
        throw new PhaseFailure(failedSummary(outcomes), { details, outputs });
      return { summary: passedSummary(outcomes), outputs, details };
    },
  };
}
