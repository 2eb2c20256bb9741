/**
 * The plan's image and environment overrides, applied on top of the task definition a service
 * should run (read from a file, or the live service's).
 */
import {
  containerDefinitionsOf,
  isRecord,
  type TaskDefinitionInput,
} from '../../aws/ecs/task-definitions.js';
import { PhaseFailure } from '../../core/errors.js';

type Container = Record<string, unknown>;

export interface Overrides {
  images?: Record<string, string>;
  env?: Record<string, Record<string, string>>;
}

/** A copy of `definition` with images replaced and environment variables merged per container. */
export function applyOverrides(
  definition: TaskDefinitionInput,
  overrides: Overrides,
  service: string,
): TaskDefinitionInput {
  const containers = containerDefinitionsOf(definition).map((c) => ({ ...c }));
  const byName = new Map(containers.map((c) => [String(c.name), c]));
  const find = (name: string, what: string) => {
    const container = byName.get(name);
    if (container) return container;
    throw new PhaseFailure(
      `${service}: ${what} names container "${name}", which is not in the task definition`,
      {
        hint: `its containers are: ${[...byName.keys()].join(', ')}`,
      },
    );
  };
  for (const [name, image] of Object.entries(overrides.images ?? {}))
    find(name, 'images').image = image;
  for (const [name, vars] of Object.entries(overrides.env ?? {})) {
    const container = find(name, 'env');
    container.environment = mergeEnvironment(container.environment, vars);
  }
  return { ...definition, containerDefinitions: containers };
}

function mergeEnvironment(current: unknown, vars: Record<string, string>): Container[] {
  const list = Array.isArray(current) ? current.filter(isRecord) : [];
  const kept = list.filter((e) => !Object.hasOwn(vars, String(e.name)));
  return [...kept, ...Object.entries(vars).map(([name, value]) => ({ name, value }))];
}
