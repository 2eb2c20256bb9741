/**
 * At validation: a task definition given as a JSON file, against what ECS refuses, and the
 * containers `container` and `overrides.containers` name. A family or ARN is already
 * registered; the phase checks container names once it has described it.
 */
import { checkDefinitionFile } from '../../aws/ecs/definition-file-check.js';
import type { Diagnostic } from '../../core/errors.js';
import { isPlainObject } from '../../core/shape.js';
import type { FileCheckContext } from '../../plan/catalog.js';
import { namedContainers } from './containers.js';
import type { EcsRunTaskConfig } from './settings.js';

/** The task definition file, when the phase names one (a family or an ARN is not a file). */
export function taskFile(settings: unknown): string[] {
  const file = isPlainObject(settings) ? settings['task-definition'] : undefined;
  return typeof file === 'string' && /\.json$/i.test(file.trim()) ? [file.trim()] : [];
}

export async function checkTaskFile(
  settings: unknown,
  context: FileCheckContext,
): Promise<Diagnostic[]> {
  if (!isPlainObject(settings)) return [];
  const file = settings['task-definition'];
  if (typeof file !== 'string' || !/\.json$/i.test(file.trim())) return [];
  const launchType =
    typeof settings['launch-type'] === 'string' ? settings['launch-type'] : undefined;
  const named = namedContainers(settings as Pick<EcsRunTaskConfig, 'container' | 'overrides'>);
  return checkDefinitionFile(
    { file: file.trim(), at: ['task-definition'], launchType, named },
    context,
  );
}
