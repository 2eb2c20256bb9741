/**
 * The files a plan names (task definition files, migrations directories), checked by their
 * phase kinds at validation. A phase's files are checked once its own part of the plan is right
 * (a kind's settings must be right before it can say which files they name), even when other
 * phases have mistakes: every mistake is reported at once. No AWS call.
 */
import type { Diagnostic } from '../core/errors.js';
import { isPlainObject, type Path } from '../core/shape.js';
import type { KindCatalog } from './catalog.js';
import type { SourcePositions } from './positions.js';

/** A phase whose files can be checked: its kind and its `with:` as written. */
export interface FilePhase {
  index: number;
  uses: string;
  with: unknown;
}

/** The phases with no mistake of their own (none under `phases[i]`), whose kind is known. */
export function phasesToCheck(
  phases: unknown,
  mistakes: readonly { path: Path }[],
  registry: KindCatalog,
): FilePhase[] {
  if (!Array.isArray(phases)) return [];
  const wrong = new Set(
    mistakes.flatMap((m) =>
      m.path[0] === 'phases' && typeof m.path[1] === 'number' ? [m.path[1]] : [],
    ),
  );
  return phases.flatMap((raw: unknown, index): FilePhase[] => {
    if (!isPlainObject(raw) || typeof raw.uses !== 'string' || wrong.has(index)) return [];
    if (!registry.phase(raw.uses)?.checkFiles) return [];
    return [{ index, uses: raw.uses, with: raw.with ?? {} }];
  });
}

export async function checkPhaseFiles(
  phases: readonly FilePhase[],
  context: { planFile: string; registry: KindCatalog; positions: SourcePositions },
): Promise<Diagnostic[]> {
  const found = await Promise.all(
    phases.map((phase) => {
      const check = context.registry.phase(phase.uses)?.checkFiles;
      if (!check) return [];
      return check(phase.with, {
        planFile: context.planFile,
        at: (path, target) =>
          context.positions.at(['phases', phase.index, 'with', ...path], target),
      });
    }),
  );
  return found.flat();
}
