/** The containers an ecs-run-task phase names, checked at validation and before RunTask. */
import type { NamedContainer } from '../../core/task-definition-rules.js';
import type { EcsRunTaskConfig } from './settings.js';

/** The containers `container` and `overrides.containers` name, with their place in `with`. */
export function namedContainers(
  config: Pick<EcsRunTaskConfig, 'container' | 'overrides'>,
): NamedContainer[] {
  const named: NamedContainer[] =
    config.container !== undefined
      ? [{ where: 'container', name: config.container, path: ['container'] }]
      : [];
  for (const name of Object.keys(config.overrides?.containers ?? {}))
    named.push({ where: 'overrides.containers', name, path: ['overrides', 'containers', name] });
  return named;
}
