/** What the check kinds of this folder add to CheckKind: a line for dry runs. */
import type { CheckKind } from '../phases/kind.js';

export interface DescribedCheckKind<Config> extends CheckKind<Config> {
  /** What the check would look at, in one line, for a dry run. Calls nothing. */
  describe(config: Config): string;
}

/** The kind's own line when it has one; other kinds (registered by tests, say) get their name. */
export function describeCheck(kind: CheckKind<unknown>, config: unknown): string {
  return 'describe' in kind && typeof kind.describe === 'function'
    ? String(kind.describe(config))
    : kind.name;
}
