/**
 * The one interface every phase kind and check kind implements. A kind reads like a story:
 * its settings shape validates `with`, `plan` says what would change, `run` changes it and
 * reports, `rollback` undoes what `run` recorded.
 */
import type { AwsClients } from '../aws/clients.js';
import { UserError } from '../errors.js';
import type { Shape } from '../plan/shape.js';
import type { PhaseSpec, Plan } from '../plan/types.js';
import type { Logger } from '../report/log.js';
import type { Secrets } from '../report/secrets.js';

/** What a phase (or its plan, or its rollback) tells the summary. */
export interface PhaseReport {
  /** One line for the phase table, e.g. "3 migrations applied". */
  summary: string;
  /** Values later phases read as `${{ phases.ID.outputs.NAME }}`. */
  outputs?: Record<string, string>;
  /** Markdown for the phase's collapsible section in the step summary. */
  details?: string;
}

/** Facts about the run that every kind may use. */
export interface RunInfo {
  app: string;
  region: string;
  environment: string;
  version: string;
  dryRun: boolean;
  /** Link to the workflow run, when in GitHub Actions. */
  runUrl?: string;
  actor?: string;
}

export interface PhaseContext<Config> {
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
  recordChange(change: unknown): void;
  /**
   * Renders `${{ }}` templates in a value the kind read itself (e.g. a task definition file),
   * with the same scope as the phase's `with:`, SSM parameters included.
   */
  render<T>(value: T): Promise<T>;
}

export interface PhaseKind<Config = unknown> {
  readonly name: string;
  readonly description: string;
  /** Validates the phase's `with:`; used at plan time (templates allowed) and at run time. */
  readonly settings: Shape<Config>;
  /** Dry run: what would change. Read-only calls only. */
  plan(ctx: PhaseContext<Config>): Promise<PhaseReport>;
  run(ctx: PhaseContext<Config>): Promise<PhaseReport>;
  /** Undo what `run` recorded with `recordChange`; absent when the kind cannot undo. */
  rollback?(ctx: PhaseContext<Config>, changes: readonly unknown[]): Promise<PhaseReport>;
}

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

/** What a check sees when it runs inside a phase (as a gate, or in a checks phase). */
export function checkContext<Config>(
  phase: PhaseContext<unknown>,
  check: { name: string; uses: string },
  config: Config,
): CheckContext<Config> {
  const { run, signal, log, aws, secrets } = phase;
  return { config, check: { name: check.name, uses: check.uses }, run, signal, log, aws, secrets };
}

export interface CheckKind<Config = unknown> {
  readonly name: string;
  readonly description: string;
  readonly settings: Shape<Config>;
  run(ctx: CheckContext<Config>): Promise<CheckResult>;
}

/**
 * An expected failure a kind explains (rollout FAILED, migration refused): reported without a
 * stack, with the kind's details in the summary. Any other exception from a kind is a bug.
 */
export class PhaseFailure extends UserError {
  override readonly name = 'PhaseFailure';
  readonly details: string | undefined;
  readonly outputs: Record<string, string>;

  constructor(
    message: string,
    options: { details?: string; outputs?: Record<string, string>; hint?: string } = {},
  ) {
    super(message, options.hint);
    this.details = options.details;
    this.outputs = options.outputs ?? {};
  }
}
