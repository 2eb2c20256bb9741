/**
 * What the plan reader needs to know of the kinds in this build: their names and settings
 * shapes, and whether a phase kind can roll back. The registry (phases/registry.ts) provides
 * it; the plan model never imports the kinds themselves.
 */
import type { Diagnostic, Position } from '../core/errors.js';
import type { Path, Shape } from '../core/shape.js';
import type { Target } from './positions.js';

export interface KindInfo {
  readonly name: string;
  readonly description: string;
  readonly settings: Shape<unknown>;
}

export interface PhaseKindInfo extends KindInfo {
  /** Present when the kind can undo what it changed (`on-failure: rollback`). */
  readonly rollback?: unknown;
  /**
   * True for kinds that change nothing (checks): their phases run on every run, even when the
   * release record says they succeeded, unless the plan says `always-run: false`.
   */
  readonly readOnly?: boolean;
  /** Checks the files a phase's `with:` names (task definition files), without calling AWS. */
  readonly checkFiles?: (settings: unknown, context: FileCheckContext) => Promise<Diagnostic[]>;
  /**
   * The output names a phase of this kind writes, from its `with:` as written, so a
   * `${{ phases.X.outputs.Y }}` naming no such output is refused at validation. Undefined when
   * the kind does not say, or the names depend on a value known only at run time (a template).
   */
  readonly outputs?: (settings: unknown) => readonly string[] | undefined;
  /**
   * The files and folders a phase's `with:` names, as written (relative to the plan, or to the
   * repository root), e.g. the migrations folder: what a pull request must touch for the plan
   * workflow to run. Templates and paths the kind does not read from disk are left out.
   */
  readonly files?: (settings: unknown) => readonly string[];
}

/** What a kind's file check knows of the plan. */
export interface FileCheckContext {
  planFile: string;
  /** Where a path under the phase's `with:` is in the plan file. */
  at(path: Path, target?: Target): Position;
}

export interface KindCatalog {
  phase(name: string): PhaseKindInfo | undefined;
  check(name: string): KindInfo | undefined;
  phaseNames(): string[];
  checkNames(): string[];
  /** Kinds designed but not built yet: a plan naming one is refused plainly. */
  readonly notYetAvailable: { phases: readonly string[]; checks: readonly string[] };
}
