/**
 * When is a task definition (a file, a rendered one) the same as a registered revision?
 * DescribeTaskDefinition answers with fields AWS adds (ARN, revision, status, requiresAttributes,
 * compatibilities, registeredAt…) and with defaults it filled in (container cpu 0, essential true,
 * empty lists, tcp protocol, the host port of awsvpc tasks). Both sides are reduced to what a
 * registration would send, with the defaults removed, so a live definition equals its re-rendered
 * self and re-running a phase registers nothing.
 */

import { cpuUnits, memoryMiB } from '../../core/fargate-sizes.js';

export type TaskDefinitionInput = Record<string, unknown>;

/** The fields RegisterTaskDefinition accepts; everything else in a description is AWS's. */
const REGISTERABLE = [
  'family',
  'taskRoleArn',
  'executionRoleArn',
  'networkMode',
  'containerDefinitions',
  'volumes',
  'placementConstraints',
  'requiresCompatibilities',
  'cpu',
  'memory',
  'tags',
  'pidMode',
  'ipcMode',
  'proxyConfiguration',
  'inferenceAccelerators',
  'ephemeralStorage',
  'runtimePlatform',
  'enableFaultInjection',
] as const;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A description, a file or `aws ecs describe-task-definition` output → a registration input.
 * That output keeps the tags beside the definition; they are carried over.
 */
export function registrationInput(definition: object): TaskDefinitionInput {
  const outer = definition as TaskDefinitionInput;
  const source = isRecord(outer.taskDefinition)
    ? { ...outer.taskDefinition, ...(outer.tags ? { tags: outer.tags } : {}) }
    : outer;
  const input: TaskDefinitionInput = {};
  for (const key of REGISTERABLE) {
    const value = source[key];
    if (value !== undefined && value !== null) input[key] = value;
  }
  return input;
}

/** The container definitions that are objects; none when the list is missing. */
export function containerDefinitionsOf(definition: object): Record<string, unknown>[] {
  const list = (definition as TaskDefinitionInput).containerDefinitions;
  return Array.isArray(list) ? list.filter(isRecord) : [];
}

/** True when registering `a` would give a revision with the content of `b`. */
export function sameDefinition(a: object, b: object): boolean {
  return stableJson(canonical(a)) === stableJson(canonical(b));
}

/** What matters in a definition, defaults removed; tags are not part of a revision's content. */
export function canonical(definition: object): TaskDefinitionInput {
  const { tags: _tags, ...input } = registrationInput(definition);
  const awsvpc = input.networkMode === 'awsvpc';
  // ECS stores "1 vCPU" and "2 GB" as units and MiB.
  const units = { cpu: cpuUnits(input.cpu), memory: memoryMiB(input.memory) };
  for (const key of ['cpu', 'memory'] as const)
    if (input[key] !== undefined) input[key] = String(units[key] ?? input[key]);
  if (input.enableFaultInjection === false) delete input.enableFaultInjection;
  if (Array.isArray(input.containerDefinitions))
    input.containerDefinitions = input.containerDefinitions.map((c) =>
      isRecord(c) ? canonicalContainer(c, awsvpc) : c,
    );
  return (prune(input) ?? {}) as TaskDefinitionInput;
}

function canonicalContainer(container: Record<string, unknown>, awsvpc: boolean) {
  const c = { ...container };
  if (c.cpu === 0) delete c.cpu;
  if (c.essential === true) delete c.essential;
  // ECS keeps these lists of named values in any order; the order means nothing.
  for (const key of ['environment', 'secrets'] as const)
    if (Array.isArray(c[key])) c[key] = [...c[key]].sort(byName);
  if (Array.isArray(c.portMappings))
    c.portMappings = c.portMappings.map((p) => (isRecord(p) ? canonicalPort(p, awsvpc) : p));
  return c;
}

function canonicalPort(port: Record<string, unknown>, awsvpc: boolean) {
  const p = { ...port };
  if (p.protocol === 'tcp') delete p.protocol;
  // awsvpc tasks have no host port mapping: ECS fills in the container port.
  if (p.hostPort === 0 || (awsvpc && p.hostPort === p.containerPort)) delete p.hostPort;
  return p;
}

function byName(a: unknown, b: unknown): number {
  const name = (v: unknown) => (isRecord(v) ? String(v.name ?? '') : '');
  return name(a).localeCompare(name(b));
}

/** Drops null, undefined, empty lists and empty maps at every depth. */
function prune(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(prune).filter((v) => v !== undefined);
    return items.length > 0 ? items : undefined;
  }
  if (isRecord(value)) {
    const entries = Object.entries(value)
      .map(([k, v]) => [k, prune(v)] as const)
      .filter(([, v]) => v !== undefined);
    return entries.length > 0 ? Object.fromEntries(entries) : undefined;
  }
  return value === null ? undefined : value;
}

/** JSON with keys sorted, so two equal definitions give the same text. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (isRecord(value)) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${stableJson(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
