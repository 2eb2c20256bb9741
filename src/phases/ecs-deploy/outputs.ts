/**
 * The outputs an ecs-deploy phase writes: `<service>-task-definition-arn` per service, so the
 * names follow from `with:` before the phase runs (validation checks references against them).
 */
import { isPlainObject, isTemplate } from '../../core/shape.js';

export function taskDefinitionOutput(service: string): string {
  return `${service}-task-definition-arn`;
}

/** The output names, from `with:` as written; undefined when a service name is a template. */
export function ecsDeployOutputs(settings: unknown): string[] | undefined {
  const services = isPlainObject(settings) ? settings.services : undefined;
  if (!Array.isArray(services)) return undefined;
  const names: string[] = [];
  for (const service of services) {
    const name = isPlainObject(service) ? service.service : undefined;
    if (typeof name !== 'string' || isTemplate(name)) return undefined;
    names.push(taskDefinitionOutput(name));
  }
  return names;
}
