/**
 * Gates: checks that must pass before a phase starts or after it ends. A check runs through
 * runCheck, as in a checks phase: an explained error (a UserError, AccessDenied, an AWS fault)
 * fails the gate with its message; any other exception is a bug and propagates.
 */
import type { CheckKind, CheckResult } from '../checks/kind.js';
import { failedCheck, runCheck } from '../checks/run.js';
import { checkContext, type PhaseContext } from '../phases/kind.js';
import type { Registry } from '../phases/registry.js';
import type { CheckSpec } from '../plan/types.js';
import type { GateResult } from './result.js';
import { parseFinal } from './settings.js';

export interface GateContext extends PhaseContext<unknown> {
  registry: Registry;
  now(): number;
}

export async function runGate(
  check: CheckSpec,
  settings: unknown,
  when: 'before' | 'after',
  ctx: GateContext,
): Promise<GateResult> {
  const started = ctx.now();
  const done = (ok: boolean, summary: string, details?: string): GateResult => ({
    when,
    name: check.name,
    uses: check.uses,
    ok,
    summary,
    durationMs: ctx.now() - started,
    ...(details ? { details } : {}),
  });
  const kind = ctx.registry.check(check.uses);
  if (!kind) throw new Error(`check kind "${check.uses}" passed validation but is not registered`);
  const outcome = await checkOnce(kind, check, settings, ctx);
  ctx.log.info(
    `gate ${when}: ${check.name}: ${outcome.ok ? 'passed' : 'FAILED'}: ${outcome.summary}`,
  );
  return done(outcome.ok, outcome.summary, outcome.details);
}

async function checkOnce(
  kind: CheckKind<unknown>,
  check: CheckSpec,
  settings: unknown,
  ctx: GateContext,
): Promise<CheckResult> {
  let config: unknown;
  try {
    config = parseFinal(kind.settings, settings, `check "${check.name}"`);
  } catch (error) {
    return failedCheck(error);
  }
  return runCheck(kind, checkContext(ctx, check, config));
}
