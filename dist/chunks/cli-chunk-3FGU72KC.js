import { createRequire as __phasegateCreateRequire } from 'node:module';
const require = __phasegateCreateRequire(import.meta.url);
import {
  missingContainers,
  missingContainersFailure
} from "./cli-chunk-V467Q2W7.js";
import {
  isPlainObject,
  isTemplate
} from "./cli-chunk-4KXVOQRE.js";
import {
  containerDefinitionsOf,
  isRecord
} from "./cli-chunk-VA2HRYOR.js";
import {
  PhaseFailure
} from "./cli-chunk-75YOGVQ5.js";

// src/phases/ecs-deploy/overrides.ts
function applyOverrides(definition, overrides, service) {
  const missing = missingContainersFailure(
    missingContainers(definition, namedContainers(overrides))
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
function namedContainers(overrides) {
  return ["images", "env"].flatMap(
    (where) => Object.keys(overrides[where] ?? {}).map((name) => ({ where, name, path: [where, name] }))
  );
}
function mergeEnvironment(current, vars) {
  const list = Array.isArray(current) ? current.filter(isRecord) : [];
  const kept = list.filter((e) => !Object.hasOwn(vars, String(e.name)));
  return [...kept, ...Object.entries(vars).map(([name, value]) => ({ name, value }))];
}

// src/phases/ecs-deploy/outputs.ts
function taskDefinitionOutput(service) {
  return `${service}-task-definition-arn`;
}
function ecsDeployOutputs(settings) {
  const services = isPlainObject(settings) ? settings.services : void 0;
  if (!Array.isArray(services)) return void 0;
  const names = [];
  for (const service of services) {
    const name = isPlainObject(service) ? service.service : void 0;
    if (typeof name !== "string" || isTemplate(name)) return void 0;
    names.push(taskDefinitionOutput(name));
  }
  return names;
}

export {
  applyOverrides,
  namedContainers,
  taskDefinitionOutput,
  ecsDeployOutputs
};
