/**
 * The typed plan the engine runs. The plan reader (load.ts) is the only code that looks at the
 * user's YAML; everything downstream trusts these shapes and never re-checks them.
 */
import type { Position } from '../core/errors.js';

export type OnFailure = 'stop' | 'rollback' | 'continue';

/** A check, run as a gate before or after a phase (and by the checks phase kind). */
export interface CheckSpec {
  /** Shown in logs and the summary; defaults to the check kind. */
  name: string;
  /** The check kind, for example `http` or `sql`. */
  uses: string;
  /** The kind's settings as written: may hold `${{ }}` templates, rendered when the check runs. */
  with: unknown;
  position: Position;
}

export interface PhaseSpec {
  /** Unique slug: lowercase letters, digits and hyphens. */
  id: string;
  name: string;
  /** The phase kind, for example `migrate` or `ecs-deploy`. */
  uses: string;
  /** The kind's settings as written, already checked against the kind's shape in check mode. */
  with: unknown;
  /** Phase ids this phase waits for. Defaults to the phase before it. */
  needs: string[];
  timeoutMs: number;
  gates: { before: CheckSpec[]; after: CheckSpec[] };
  onFailure: OnFailure;
  /** Re-run even when the release record says it already succeeded for this version. */
  alwaysRun: boolean;
  /** Where the phase starts in the plan file, for annotations at run time. */
  position: Position;
}

export interface Plan {
  /** The plan file as given (relative paths stay relative, for annotations). */
  file: string;
  version: 1;
  app: string;
  region: string;
  /** Plan variables after overrides from `--var` / the `vars` input. */
  vars: Record<string, string>;
  /** Environment variables whose values are secrets (`secrets:`), masked like SecureStrings. */
  secrets: string[];
  defaults: { timeoutMs: number; onFailure: OnFailure };
  /** How many phases may run at once when `needs` allow it. */
  maxParallel: number;
  record: RecordSettings;
  /** Rules per environment name. */
  environments: Record<string, { promoteFrom?: string }>;
  phases: PhaseSpec[];
}

export interface RecordSettings {
  store: 'ssm' | 'none';
  leaseTtlMs: number;
  leaseWaitMs: number;
}

/** Facts about the run that every kind may use. */
export interface RunInfo {
  app: string;
  region: string;
  environment: string;
  version: string;
  dryRun: boolean;
  /**
   * The AWS it talks to is phasegate's sandbox (`--sandbox`): times that come from AWS (a task's
   * startedAt/stoppedAt) are the sandbox's simulated ones, and reports label them so.
   */
  simulatedTime?: boolean;
  /** Link to the workflow run, when in GitHub Actions. */
  runUrl?: string;
  actor?: string;
  /** The commit the release is made from, when known. */
  commit?: string;
  /** The version the environment ran when this run started (the release record's current). */
  currentVersion?: string;
}
