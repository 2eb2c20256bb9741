/** The settings of one release run, read by the action (inputs) or the CLI (options). */
import type { Selection } from '../engine/selection.js';

/** Everything a release run needs from its inputs, read and checked in one place. */
export interface ReleaseSettings {
  planFile: string;
  environment: string;
  /** The release version (version.ts: given, else the tag, else the commit; never made up). */
  version: string;
  /** The commit the release is made from, when known. */
  commit?: string;
  dryRun: boolean;
  selection: Selection;
  /**
   * Run the selected phases even when the record says they are done, or when phases they need
   * have not succeeded for this version; also allows releasing an older version (a rollback).
   */
  force: boolean;
  /** Overrides of the plan's `vars`. */
  vars: Record<string, string>;
  maxParallel?: number;
  /** The run talks to phasegate's sandbox, whose clock is simulated (RunInfo.simulatedTime). */
  simulatedTime?: boolean;
}
