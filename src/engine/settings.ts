import { UserError } from '../core/errors.js';
import type { ParseContext, Shape } from '../core/shape.js';
import { findReferences, render, type TemplateScope } from '../plan/interpolate.js';

/** Settings were checked at plan time; rendered templates can still hold a wrong value. */
export function parseFinal<T>(shape: Shape<T>, value: unknown, what: string): T {
  const ctx: ParseContext = { mode: 'final', issues: [] };
  const parsed = shape.parse(value, ['with'], ctx);
  const issue = ctx.issues[0];
  if (issue) {
    throw new UserError(
      `${what}: ${issue.path.join('.')}: ${issue.message} (after rendering its templates)`,
      issue.hint,
    );
  }
  return parsed as T;
}

export type SsmReader = (names: string[], signal: AbortSignal) => Promise<Record<string, string>>;

/** Renders the `with:` of phases or checks, first reading any SSM parameters they name. */
export async function renderWith(
  items: readonly { with: unknown }[],
  scope: TemplateScope,
  readSsm: SsmReader,
  signal: AbortSignal,
): Promise<unknown[]> {
  const names = items.flatMap((item) =>
    findReferences(item.with).flatMap(({ reference }) =>
      reference.scope === 'ssm' && !(reference.name in scope.ssm) ? [reference.name] : [],
    ),
  );
  if (names.length > 0) Object.assign(scope.ssm, await readSsm([...new Set(names)], signal));
  return items.map((item) => render(item.with, scope));
}
