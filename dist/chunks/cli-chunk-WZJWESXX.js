import { createRequire as __phasegateCreateRequire } from 'node:module';
const require = __phasegateCreateRequire(import.meta.url);

// src/phases/ecs-run-task/containers.ts
function namedContainers(config) {
  const named = config.container !== void 0 ? [{ where: "container", name: config.container, path: ["container"] }] : [];
  for (const name of Object.keys(config.overrides?.containers ?? {}))
    named.push({ where: "overrides.containers", name, path: ["overrides", "containers", name] });
  return named;
}

export {
  namedContainers
};
