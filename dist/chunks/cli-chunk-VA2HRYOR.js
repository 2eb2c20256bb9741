import { createRequire as __phasegateCreateRequire } from 'node:module';
const require = __phasegateCreateRequire(import.meta.url);
import {
  cpuUnits,
  memoryMiB
} from "./cli-chunk-UXGSYE36.js";

// src/aws/ecs/task-definitions.ts
var REGISTERABLE = [
  "family",
  "taskRoleArn",
  "executionRoleArn",
  "networkMode",
  "containerDefinitions",
  "volumes",
  "placementConstraints",
  "requiresCompatibilities",
  "cpu",
  "memory",
  "tags",
  "pidMode",
  "ipcMode",
  "proxyConfiguration",
  "inferenceAccelerators",
  "ephemeralStorage",
  "runtimePlatform",
  "enableFaultInjection"
];
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function registrationInput(definition) {
  const outer = definition;
  const source = isRecord(outer.taskDefinition) ? { ...outer.taskDefinition, ...outer.tags ? { tags: outer.tags } : {} } : outer;
  const input = {};
  for (const key of REGISTERABLE) {
    const value = source[key];
    if (value !== void 0 && value !== null) input[key] = value;
  }
  return input;
}
function containerDefinitionsOf(definition) {
  const list = definition.containerDefinitions;
  return Array.isArray(list) ? list.filter(isRecord) : [];
}
function sameDefinition(a, b) {
  return stableJson(canonical(a)) === stableJson(canonical(b));
}
function canonical(definition) {
  const { tags: _tags, ...input } = registrationInput(definition);
  const awsvpc = input.networkMode === "awsvpc";
  const units = { cpu: cpuUnits(input.cpu), memory: memoryMiB(input.memory) };
  for (const key of ["cpu", "memory"])
    if (input[key] !== void 0) input[key] = String(units[key] ?? input[key]);
  if (input.enableFaultInjection === false) delete input.enableFaultInjection;
  if (Array.isArray(input.containerDefinitions))
    input.containerDefinitions = input.containerDefinitions.map(
      (c) => isRecord(c) ? canonicalContainer(c, awsvpc) : c
    );
  return prune(input) ?? {};
}
function canonicalContainer(container, awsvpc) {
  const c = { ...container };
  if (c.cpu === 0) delete c.cpu;
  if (c.essential === true) delete c.essential;
  for (const key of ["environment", "secrets"])
    if (Array.isArray(c[key])) c[key] = [...c[key]].sort(byName);
  if (Array.isArray(c.portMappings))
    c.portMappings = c.portMappings.map((p) => isRecord(p) ? canonicalPort(p, awsvpc) : p);
  return c;
}
function canonicalPort(port, awsvpc) {
  const p = { ...port };
  if (p.protocol === "tcp") delete p.protocol;
  if (p.hostPort === 0 || awsvpc && p.hostPort === p.containerPort) delete p.hostPort;
  return p;
}
function byName(a, b) {
  const name = (v) => isRecord(v) ? String(v.name ?? "") : "";
  return name(a).localeCompare(name(b));
}
function prune(value) {
  if (Array.isArray(value)) {
    const items = value.map(prune).filter((v) => v !== void 0);
    return items.length > 0 ? items : void 0;
  }
  if (isRecord(value)) {
    const entries = Object.entries(value).map(([k, v]) => [k, prune(v)]).filter(([, v]) => v !== void 0);
    return entries.length > 0 ? Object.fromEntries(entries) : void 0;
  }
  return value === null ? void 0 : value;
}
function stableJson(value) {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (isRecord(value)) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${stableJson(value[k])}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

export {
  isRecord,
  registrationInput,
  containerDefinitionsOf,
  sameDefinition,
  canonical
};
