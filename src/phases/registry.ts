/**
 * Which phase and check kinds this build of phasegate has. A kind that is designed but not built
 * yet is named here so a plan using it fails validation plainly, instead of pretending to run.
 */
import { checkKinds } from '../checks/index.js';
import type { CheckKind } from '../checks/kind.js';
import { checksPhaseKind } from './checks/index.js';
import { ecsDeployKind } from './ecs-deploy/index.js';
import { ecsRunTaskKind } from './ecs-run-task/index.js';
import type { PhaseKind } from './kind.js';
import { migrateKind } from './migrate/index.js';
import { ssmCommandKind } from './ssm-command/index.js';

/** Kinds planned in the issues but not landed yet. Remove a name when its kind lands. */
export const PHASE_KINDS_NOT_YET_AVAILABLE: string[] = [];
export const CHECK_KINDS_NOT_YET_AVAILABLE: string[] = [];

export class Registry {
  private readonly phases = new Map<string, PhaseKind<unknown>>();
  private readonly checks = new Map<string, CheckKind<unknown>>();

  constructor(
    kinds: { phases?: PhaseKind<unknown>[]; checks?: CheckKind<unknown>[] } = {},
    readonly notYetAvailable = {
      phases: PHASE_KINDS_NOT_YET_AVAILABLE,
      checks: CHECK_KINDS_NOT_YET_AVAILABLE,
    },
  ) {
    for (const kind of kinds.phases ?? []) this.phases.set(kind.name, kind);
    for (const kind of kinds.checks ?? []) this.checks.set(kind.name, kind);
  }

  phase(name: string): PhaseKind<unknown> | undefined {
    return this.phases.get(name);
  }

  check(name: string): CheckKind<unknown> | undefined {
    return this.checks.get(name);
  }

  phaseNames(): string[] {
    return [...this.phases.keys()];
  }

  checkNames(): string[] {
    return [...this.checks.keys()];
  }
}

/** The kinds shipped in this build. */
export function builtinRegistry(): Registry {
  return new Registry({
    phases: [
      migrateKind,
      ecsDeployKind,
      ecsRunTaskKind,
      ssmCommandKind,
      checksPhaseKind(checkKinds, CHECK_KINDS_NOT_YET_AVAILABLE),
    ],
    checks: [...checkKinds],
  });
}
