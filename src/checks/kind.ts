/**
 * The interface every check kind implements, used by gates and the `checks` phase alike. A check
 * looks at the world and says whether it is as the release expects; it never changes anything.
 */
import type { AwsClients } from '../aws/clients.js';
import type { Logger } from '../core/log.js';
import type { Secrets } from '../core/secrets.js';
import type { Shape } from '../core/shape.js';
import type { RunInfo } from '../plan/types.js';

export interface CheckResult {
  ok: boolean;
  /** One line: what was checked and what was found. */
  summary: string;
  details?: string;
}

export interface CheckContext<Config> {
  config: Config;
  check: { name: string; uses: string };
  run: RunInfo;
  signal: AbortSignal;
  log: Logger;
  aws: AwsClients;
  secrets: Secrets;
}

export interface CheckKind<Config = unknown> {
  readonly name: string;
  readonly description: string;
  readonly settings: Shape<Config>;
  run(ctx: CheckContext<Config>): Promise<CheckResult>;
}

/** What the check kinds of this folder add to CheckKind: a line for dry runs. */

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
