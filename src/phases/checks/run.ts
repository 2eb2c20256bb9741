/**
 * Running the listed checks side by side, each retried on its own until it passes or its tries
 * run out. Each try goes through runCheck, as gates do: an explained error is a failed check.
 */

import type { CheckResult } from '../../checks/kind.js';
import { runCheck } from '../../checks/run.js';
import { formatDuration } from '../../core/duration.js';
import { PhaseFailure } from '../../core/errors.js';
import { sleep } from '../../core/sleep.js';
import { checkContext, type PhaseContext, type PhaseReport } from '../kind.js';
import type { ChecksOutput } from './outputs.js';
import { type CheckOutcome, failedSummary, outcomeDetails, passedSummary } from './report.js';
import type { ChecksConfig, ListedCheck } from './settings.js';

/** Runs every check; fails naming each one that did not pass. */
export async function runChecksPhase(ctx: PhaseContext<ChecksConfig>): Promise<PhaseReport> {
  const outcomes = await runChecks(ctx);
  const passed = outcomes.filter((o) => o.result.ok).length;
  const outputs: Record<ChecksOutput, string> = {
    passed: String(passed),
    failed: String(outcomes.length - passed),
  };
  const details = outcomeDetails(outcomes);
  if (passed < outcomes.length)
    throw new PhaseFailure(failedSummary(outcomes), { details, outputs });
  return { summary: passedSummary(outcomes), outputs, details };
}

export function runChecks(ctx: PhaseContext<ChecksConfig>): Promise<CheckOutcome[]> {
  return Promise.all(ctx.config.checks.map((check) => runWithRetries(check, ctx)));
}

async function runWithRetries(
  check: ListedCheck,
  ctx: PhaseContext<ChecksConfig>,
): Promise<CheckOutcome> {
  const { attempts, interval } = ctx.config.retry;
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    const result = await runOnce(check, ctx);
    const done = result.ok || attempt >= attempts;
    if (done) {
      ctx.log.info(`${check.name}: ${result.ok ? 'passed' : 'FAILED'}: ${result.summary}`);
      return { check, result, attempts: attempt, durationMs: Date.now() - started };
    }
    ctx.log.info(
      `${check.name}: failed (try ${attempt} of ${attempts}): ${result.summary}; trying again in ${formatDuration(interval)}`,
    );
    await sleep(interval, ctx.signal);
  }
}

function runOnce(check: ListedCheck, ctx: PhaseContext<ChecksConfig>): Promise<CheckResult> {
  return runCheck(check.kind, checkContext(ctx, check, check.config));
}
