/**
 * The files a plan names (task definition files), checked by their phase kinds at validation,
 * after the plan itself is valid: reading files costs I/O, and a kind's settings must be right
 * before it can say which files they name. No AWS call.
 */
import type { Diagnostic } from '../core/errors.js';
import type { KindCatalog } from './catalog.js';
import type { SourcePositions } from './positions.js';
import type { Plan } from './types.js';

export async function checkPhaseFiles(
  plan: Plan,
  registry: KindCatalog,
  positions: SourcePositions,
): Promise<Diagnostic[]> {
  const found = await Promise.all(
    plan.phases.map((phase, index) => {
      const check = registry.phase(phase.uses)?.checkFiles;
      if (!check) return [];
      return check(phase.with, {
        planFile: plan.file,
        at: (path, target) => positions.at(['phases', index, 'with', ...path], target),
      });
    }),
  );
  return found.flat();
}
