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
import {
  missingContainers,
  missingContainersFailure,
  type NamedContainer,
} from '../../core/task-definition-rules.js';

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
  const missing = missingContainersFailure(
    missingContainers(definition, namedContainers(overrides)),
  );
  if (missing) throw new PhaseFailure(`${service}: ${missing.message}`, { hint: missing.hint });
  const containers = containerDefinitionsOf(definition).map((c) => ({ ...c }));
  const byName = new Map(containers.map((c) => [String(c.name), c]));
  for (const [name, image] of Object.entries(overrides.images ?? {})) {
    const container = byName.get(name);
    if (container) container.image = image;
  }
  for (const [name, vars] of Object.entries(overrides.env ?? {})) {
    const container = byName.get(name);
    if (container) container.environment = mergeEnvironment(container.environment, vars);
  }
  return { ...definition, containerDefinitions: containers };
}

/** The containers `images` and `env` name, with their place under the service's settings. */
export function namedContainers(overrides: Overrides): NamedContainer[] {
  return (['images', 'env'] as const).flatMap((where) =>
    Object.keys(overrides[where] ?? {}).map((name) => ({ where, name, path: [where, name] })),
  );
}

function mergeEnvironment(current: unknown, vars: Record<string, string>): Container[] {
  const list = Array.isArray(current) ? current.filter(isRecord) : [];
  const kept = list.filter((e) => !Object.hasOwn(vars, String(e.name)));
  return [...kept, ...Object.entries(vars).map(([name, value]) => ({ name, value }))];
}
