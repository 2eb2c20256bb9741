/**
 * Running the listed checks side by side, each retried on its own until it passes or its tries
 * run out. A check that throws a UserError (or an AWS error a user can fix) has failed; any other
 * exception is a bug and ends the phase.
 */
import { explainAwsError } from '../../aws/errors.js';
import type { CheckResult } from '../../checks/kind.js';
import { formatDuration } from '../../core/duration.js';
import { UserError } from '../../core/errors.js';
import { sleep } from '../../core/sleep.js';
import { checkContext, type PhaseContext } from '../kind.js';
import type { ChecksConfig, ListedCheck } from './settings.js';

export interface CheckOutcome {
  check: ListedCheck;
  result: CheckResult;
  attempts: number;
  durationMs: number;
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

async function runOnce(check: ListedCheck, ctx: PhaseContext<ChecksConfig>): Promise<CheckResult> {
  try {
    return await check.kind.run(checkContext(ctx, check, check.config));
  } catch (error) {
    if (ctx.signal.aborted) throw error;
    const explained = error instanceof UserError ? error : explainAwsError(error);
    if (!explained) throw error;
    const hint = explained.hint ? ` (${explained.hint})` : '';
    return { ok: false, summary: `${explained.message}${hint}` };
  }
}
