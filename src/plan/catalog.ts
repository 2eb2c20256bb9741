/**
 * What the plan reader needs to know of the kinds in this build: their names and settings
 * shapes, and whether a phase kind can roll back. The registry (phases/registry.ts) provides
 * it; the plan model never imports the kinds themselves.
 */
import type { Shape } from '../core/shape.js';

export interface KindInfo {
  readonly name: string;
  readonly description: string;
  readonly settings: Shape<unknown>;
}

export interface PhaseKindInfo extends KindInfo {
  /** Present when the kind can undo what it changed (`on-failure: rollback`). */
  readonly rollback?: unknown;
}

export interface KindCatalog {
  phase(name: string): PhaseKindInfo | undefined;
  check(name: string): KindInfo | undefined;
  phaseNames(): string[];
  checkNames(): string[];
  /** Kinds designed but not built yet: a plan naming one is refused plainly. */
  readonly notYetAvailable: { phases: readonly string[]; checks: readonly string[] };
}
