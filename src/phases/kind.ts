/**
 * The interface every phase kind implements (check kinds: checks/kind.ts). A kind reads like a story:
 * its settings shape validates `with`, `plan` says what would change, `run` changes it and
 * reports, `rollback` undoes what `run` recorded.
 */
import type { AwsClients } from '../aws/clients.js';
import type { KindIam } from '../aws/iam.js';
import type { CheckContext } from '../checks/kind.js';
import type { Logger } from '../core/log.js';
import type { PhasePlan } from '../core/plan-view.js';
import type { Secrets } from '../core/secrets.js';
import type { Shape } from '../core/shape.js';
import type { PhaseKindInfo } from '../plan/catalog.js';
import type { PhaseSpec, Plan, RunInfo } from '../plan/types.js';

/** What a phase (or its plan, or its rollback) tells the summary. */
export interface PhaseReport {
  /** One line for the phase table, e.g. "3 migrations applied". */
  summary: string;
  /** Values later phases read as `${{ phases.ID.outputs.NAME }}`. */
  outputs?: Record<string, string>;
  /** Markdown for the phase's collapsible section in the step summary. */
  details?: string;
  /**
   * A dry run's reviewable content (what `plan` returns): rendered for the terminal, the summary
   * and `--json` alike; `details` is then not shown.
   */
  plan?: PhasePlan;
}

/**
 * What a phase kind sees. `Change` is what its `run` records for its `rollback`, typed end to
 * end (the engine only stores the list).
 */
export interface PhaseContext<Config, Change = unknown> {
  config: Config;
  phase: Pick<PhaseSpec, 'id' | 'name' | 'uses' | 'position'>;
  plan: Pick<Plan, 'app' | 'region' | 'file'>;
  run: RunInfo;
  /** Aborted on timeout or cancellation: stop waiting, release locks, return or throw quickly. */
  signal: AbortSignal;
  log: Logger;
  aws: AwsClients;
  secrets: Secrets;
  /** Remember something `run` changed, so `rollback` can undo it. */
  recordChange(change: Change): void;
  /**
   * Renders `${{ }}` templates in a value the kind read itself (e.g. a task definition file),
   * with the same scope as the phase's `with:`, SSM parameters included.
   */
  render<T>(value: T): Promise<T>;
}

export interface PhaseKind<Config = unknown, Change = unknown> {
  readonly name: string;
  readonly description: string;
  /** Validates the phase's `with:`; used at plan time (templates allowed) and at run time. */
  readonly settings: Shape<Config>;
  /** Dry run: what would change. Read-only calls only. */
  plan(ctx: PhaseContext<Config, Change>): Promise<PhaseReport>;
  run(ctx: PhaseContext<Config, Change>): Promise<PhaseReport>;
  /**
   * Undo what `run` recorded with `recordChange`; absent when the kind cannot undo. The report's
   * outputs, if any, replace the phase's outputs of the same name: they say what is live now.
   */
  rollback?(ctx: PhaseContext<Config, Change>, changes: readonly Change[]): Promise<PhaseReport>;
  /** At validation: mistakes in the files `with:` names (no AWS call). */
  readonly checkFiles?: NonNullable<PhaseKindInfo['checkFiles']>;
  /** The kind changes nothing (see PhaseKindInfo.readOnly). */
  readonly readOnly?: boolean;
  /** The IAM permissions its settings need (the kind's `iam.ts`), loaded on first use. */
  readonly iam?: () => Promise<KindIam<Config>>;
  /** The output names a phase writes, from its `with:` as written (see PhaseKindInfo). */
  readonly outputs?: NonNullable<PhaseKindInfo['outputs']>;
  /** The files and folders its `with:` names (see PhaseKindInfo). */
  readonly files?: NonNullable<PhaseKindInfo['files']>;
}

/** What a check sees when it runs inside a phase (as a gate, or in a checks phase). */
export function checkContext<Config>(
  phase: PhaseContext<unknown>,
  check: { name: string; uses: string },
  config: Config,
): CheckContext<Config> {
  const { run, signal, log, aws, secrets } = phase;
  return { config, check: { name: check.name, uses: check.uses }, run, signal, log, aws, secrets };
}

/** What a phase kind does, loaded only when a plan uses the kind (see lazyPhaseKind). */
export type PhaseSteps<Config, Change> = Pick<
  PhaseKind<Config, Change>,
  'plan' | 'run' | 'rollback'
>;

/** What validation, the schema and the docs need of a kind: light, loaded at start. */
export interface PhaseKindAbout<Config> {
  readonly name: string;
  readonly description: string;
  readonly settings: Shape<Config>;
  /** Whether the kind can undo what it changed (`on-failure: rollback`). */
  readonly canRollBack: boolean;
  /** The kind changes nothing (see PhaseKindInfo.readOnly). */
  readonly readOnly?: boolean;
  /** At validation: mistakes in the files `with:` names; light imports only. */
  readonly checkFiles?: NonNullable<PhaseKindInfo['checkFiles']>;
  /** A dynamic import of the kind's `iam.ts`, for `phasegate iam-policy`. */
  readonly iam?: () => Promise<KindIam<Config>>;
  /** The output names a phase writes, from its `with:` as written; light imports only. */
  readonly outputs?: NonNullable<PhaseKindInfo['outputs']>;
  /** The files and folders its `with:` names; light imports only. */
  readonly files?: NonNullable<PhaseKindInfo['files']>;
}

/**
 * A kind whose steps (and their SDK packages) load on first use, so a run pays at start-up only
 * for the kinds its plan uses. `load` is a dynamic import of the kind's steps module.
 */
export function lazyPhaseKind<Config, Change = unknown>(
  about: PhaseKindAbout<Config>,
  load: () => Promise<PhaseSteps<Config, Change>>,
): PhaseKind<Config, Change> {
  let loading: Promise<PhaseSteps<Config, Change>> | undefined;
  const steps = () => {
    loading ??= load();
    return loading;
  };
  const kind: PhaseKind<Config, Change> = {
    name: about.name,
    description: about.description,
    settings: about.settings,
    ...(about.checkFiles ? { checkFiles: about.checkFiles } : {}),
    ...(about.readOnly ? { readOnly: true } : {}),
    ...(about.iam ? { iam: about.iam } : {}),
    ...(about.outputs ? { outputs: about.outputs } : {}),
    ...(about.files ? { files: about.files } : {}),
    plan: async (ctx) => (await steps()).plan(ctx),
    run: async (ctx) => (await steps()).run(ctx),
  };
  if (!about.canRollBack) return kind;
  return {
    ...kind,
    async rollback(ctx, changes) {
      const { rollback } = await steps();
      if (!rollback)
        throw new Error(`phase kind ${about.name} says it can roll back, but has no rollback`);
      return rollback(ctx, changes);
    },
  };
}
