import { UserError } from '../errors.js';
import type { ParseContext, Shape } from '../plan/shape.js';

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
