/**
 * The last look before RegisterTaskDefinition: the final input (a file rendered, or the live
 * definition with the plan's images and env) against what ECS refuses, so a phase fails before
 * it changes anything, listing every problem at once instead of AWS's first one.
 */
import { PhaseFailure } from '../../core/errors.js';
import {
  type RegistrationProblem,
  taskDefinitionProblems,
} from '../../core/task-definition-rules.js';
import { type ShapeProblem, shapeProblems } from '../../core/task-definition-types.js';
import type { TaskDefinitionInput } from './task-definitions.js';

type Problem = RegistrationProblem | ShapeProblem;

/** Throws a PhaseFailure naming every problem, for `label` (a service, a file). */
export function assertRegistrable(
  input: TaskDefinitionInput,
  label: string,
  launchType: string | undefined,
): void {
  const wrong = shapeProblems(input);
  const problems = wrong.length > 0 ? wrong : taskDefinitionProblems(input, { launchType });
  if (problems.length === 0) return;
  const line = (p: Problem) => `${keyPath(p.path)}: ${p.message}`;
  throw new PhaseFailure(
    `${label}: ECS would refuse the task definition (nothing was registered): ${problems.map(line).join('; ')}`,
    {
      hint: [...new Set(problems.map((p) => p.hint))].join('; '),
      details: problems.map((p) => `- \`${keyPath(p.path)}\`: ${p.message} (${p.hint})`).join('\n'),
    },
  );
}

/** ["containerDefinitions", 0, "image"] → "containerDefinitions[0].image". */
export function keyPath(path: readonly (string | number)[]): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
}
