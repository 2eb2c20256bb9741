/**
 * Running one check, the same way for gates and the `checks` phase: an error the user can act
 * on (a UserError, AccessDenied, a fault AWS kept returning) is a failed check with that
 * sentence; any other exception is a bug and propagates. A cancelled run propagates too.
 */
import { explainFailure } from '../aws/errors.js';
import type { CheckContext, CheckKind, CheckResult } from './kind.js';

export async function runCheck<Config>(
  kind: CheckKind<Config>,
  ctx: CheckContext<Config>,
): Promise<CheckResult> {
  try {
    return await kind.run(ctx);
  } catch (error) {
    if (ctx.signal.aborted) throw error;
    return failedCheck(error);
  }
}

/** A failed check for an explained error; rethrows a bug. */
export function failedCheck(error: unknown): CheckResult {
  const explained = explainFailure(error);
  if (!explained) throw error;
  const hint = explained.hint ? ` (${explained.hint})` : '';
  return { ok: false, summary: `${explained.message}${hint}` };
}
