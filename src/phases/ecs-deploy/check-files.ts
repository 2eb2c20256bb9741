/**
 * At validation: each service's task definition file against what ECS refuses, and the
 * containers its `images` and `env` name. A service without a file uses its live definition,
 * which only the phase can read (the check before registering covers it).
 */
import { checkDefinitionFile } from '../../aws/ecs/definition-file-check.js';
import type { Diagnostic } from '../../core/errors.js';
import { isPlainObject } from '../../core/shape.js';
import type { FileCheckContext } from '../../plan/catalog.js';
import { namedContainers, type Overrides } from './overrides.js';

/** The task definition files the services name. */
export function serviceFiles(settings: unknown): string[] {
  const services =
    isPlainObject(settings) && Array.isArray(settings.services) ? settings.services : [];
  return services.flatMap((service: unknown) => {
    const file = isPlainObject(service) ? service['task-definition'] : undefined;
    return typeof file === 'string' && !file.includes('${{') ? [file.trim()] : [];
  });
}

export async function checkServiceFiles(
  settings: unknown,
  context: FileCheckContext,
): Promise<Diagnostic[]> {
  const services =
    isPlainObject(settings) && Array.isArray(settings.services) ? settings.services : [];
  const found = await Promise.all(
    services.map((service: unknown, i) => {
      if (!isPlainObject(service) || service['task-definition'] === undefined) return [];
      const create = isPlainObject(service.create) ? service.create : {};
      const launchType =
        typeof create['launch-type'] === 'string' ? create['launch-type'] : undefined;
      const named = namedContainers(service as Overrides).map((n) => ({
        ...n,
        path: ['services', i, ...n.path],
      }));
      return checkDefinitionFile(
        {
          file: service['task-definition'],
          at: ['services', i, 'task-definition'],
          launchType,
          named,
        },
        context,
      );
    }),
  );
  return found.flat();
}
