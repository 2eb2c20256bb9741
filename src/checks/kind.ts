/**
 * The interface every check kind implements, used by gates and the `checks` phase alike. A check
 * looks at the world and says whether it is as the release expects; it never changes anything.
 */
import type { AwsClients } from '../aws/clients.js';
import type { KindIam } from '../aws/iam.js';
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
  /** The IAM permissions its settings need (the kind's `iam.ts`), loaded on first use. */
  readonly iam?: () => Promise<KindIam<Config>>;
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

/** What validation, dry runs and the docs need of a check kind: light, loaded at start. */
export type CheckKindAbout<Config> = Omit<DescribedCheckKind<Config>, 'run'>;

/**
 * A check kind whose `run` (and its SDK packages) loads on first use, so a plan pays at
 * start-up only for the kinds it uses. `load` is a dynamic import of the kind's run module.
 */
export function lazyCheckKind<Config>(
  about: CheckKindAbout<Config>,
  load: () => Promise<{ run(ctx: CheckContext<Config>): Promise<CheckResult> }>,
): DescribedCheckKind<Config> {
  let loading: ReturnType<typeof load> | undefined;
  return {
    ...about,
    async run(ctx) {
      loading ??= load();
      return (await loading).run(ctx);
    },
  };
}
