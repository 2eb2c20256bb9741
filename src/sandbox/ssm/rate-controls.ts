/**
 * Run Command's rate controls, as the user guide documents them (send-commands-multiple.html,
 * "Using rate controls"):
 * - MaxConcurrency: "the number of managed nodes that run a command simultaneously … an absolute
 *   number … or a percentage of the target set"; "The default for value max-concurrency is 50".
 * - MaxErrors: "If you specify 3, for example, the system stops sending the command when the
 *   fourth error is received. If you specify 0, then the system stops sending the command to
 *   additional managed nodes after the first error"; 10% of 50 nodes stops at the sixth error;
 *   "Invocations that are already running a command when max-errors is reached are allowed to
 *   complete"; "The default for max-errors is 0".
 * - What counts: Failed and "Execution Timed Out" do; "Delivery timeouts don't count against the
 *   parent command's MaxErrors limit", nor do Undeliverable invocations; the ones never sent end
 *   "Terminated: The parent command exceeded its MaxErrors limit and subsequent command
 *   invocations were canceled by the system" (GetCommandInvocation StatusDetails).
 * Not documented, so chosen here: a percentage of the targets is rounded up for concurrency (at
 * least 1) and down for errors (the stricter side of each); the ramp-up ("delivers the command to
 * a single node and waits until the system acknowledges the initial invocation before sending
 * the command to two more") is not modelled, acknowledgement being taken as immediate.
 */
import { AwsError } from '../service.js';
import { type Invocation, naturalOutcome } from './invocation.js';

// The patterns of the botocore ssm model (MaxConcurrency, MaxErrors).
const CONCURRENCY = /^([1-9][0-9]*|[1-9][0-9]%|[1-9]%|100%)$/;
const ERRORS = /^([1-9][0-9]*|[0]|[1-9][0-9]%|[0-9]%|100%)$/;

export const DEFAULT_MAX_CONCURRENCY = '50';
export const DEFAULT_MAX_ERRORS = '0';

export interface RateControls {
  /** Invocations allowed in flight at once. */
  concurrency: number;
  /** Errors allowed; the next one stops the command. */
  errors: number;
}

export function rateControls(
  maxConcurrency: string,
  maxErrors: string,
  targets: number,
): RateControls {
  if (!CONCURRENCY.test(maxConcurrency))
    throw invalid('maxConcurrency', maxConcurrency, CONCURRENCY);
  if (!ERRORS.test(maxErrors)) throw invalid('maxErrors', maxErrors, ERRORS);
  const share = (value: string, round: (n: number) => number) =>
    value.endsWith('%') ? round((Number.parseInt(value, 10) / 100) * targets) : Number(value);
  return {
    concurrency: Math.max(1, share(maxConcurrency, Math.ceil)),
    errors: share(maxErrors, Math.floor),
  };
}

function invalid(member: string, value: string, pattern: RegExp): AwsError {
  return new AwsError(
    'ValidationException',
    `1 validation error detected: Value '${value}' at '${member}' failed to satisfy constraint: Member must satisfy regular expression pattern: ${pattern.source}`,
  );
}

/**
 * Sends the invocations in order, at most `concurrency` in flight; once more than `errors`
 * invocations have erred, those not yet sent are terminated at that moment.
 */
export function schedule(
  invocations: readonly Invocation[],
  controls: RateControls,
  at: number,
): void {
  const running: { endAt: number; error: boolean }[] = [];
  let now = at;
  let errors = 0;
  let stoppedAt: number | undefined;
  const finishUpTo = (t: number) => {
    running.sort((a, b) => a.endAt - b.endAt);
    while (running[0] && running[0].endAt <= t) {
      const done = running.shift() as { endAt: number; error: boolean };
      if (done.error && ++errors > controls.errors && stoppedAt === undefined)
        stoppedAt = done.endAt;
    }
  };
  for (const inv of invocations) {
    finishUpTo(now);
    if (stoppedAt === undefined && running.length >= controls.concurrency) {
      now = Math.max(now, running.sort((a, b) => a.endAt - b.endAt)[0]?.endAt ?? now);
      finishUpTo(now);
    }
    if (stoppedAt !== undefined) {
      inv.terminatedAt = stoppedAt;
      inv.sentAt = Number.POSITIVE_INFINITY; // never sent: Pending until terminated
      continue;
    }
    inv.sentAt = now;
    running.push(naturalOutcome(inv, now));
  }
}
