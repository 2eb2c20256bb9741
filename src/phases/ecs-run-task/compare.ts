/**
 * Is a task definition file the same as a registered revision? DescribeTaskDefinition adds
 * fields (ARN, revision, status, requiresAttributes, compatibilities, registeredAt…) and fills in
 * defaults (container cpu 0, essential true, empty lists, tcp, the host port of awsvpc tasks).
 * Both sides are reduced to what a registration sends, defaults removed, before comparing.
 *
 * ecs-deploy has the same logic in its own compare.ts; the two can merge into a shared module.
 */

export type Definition = Record<string, unknown>;

/** The fields RegisterTaskDefinition accepts; anything else in a description is AWS's. */
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

/** A file, a description or `aws ecs describe-task-definition` output → a registration input. */
export function registrationInput(definition: Definition): Definition {
  const source = isRecord(definition.taskDefinition) ? definition.taskDefinition : definition;
  const input: Definition = {};
  for (const key of REGISTERABLE) {
    const value = source[key];
    if (value !== undefined && value !== null) input[key] = value;
  }
  return input;
}

export function sameDefinition(a: Definition, b: Definition): boolean {
  return stableJson(canonical(a)) === stableJson(canonical(b));
}

function canonical(definition: Definition): unknown {
  const { tags: _tags, ...input } = registrationInput(definition);
  for (const key of ['cpu', 'memory'] as const)
    if (typeof input[key] === 'number') input[key] = String(input[key]);
  if (input.enableFaultInjection === false) delete input.enableFaultInjection;
  const awsvpc = input.networkMode === 'awsvpc';
  if (Array.isArray(input.containerDefinitions))
    input.containerDefinitions = input.containerDefinitions.map((c) =>
      isRecord(c) ? canonicalContainer(c, awsvpc) : c,
    );
  return prune(input);
}

function canonicalContainer(container: Record<string, unknown>, awsvpc: boolean) {
  const c = { ...container };
  if (c.cpu === 0) delete c.cpu;
  if (c.essential === true) delete c.essential;
  // ECS keeps these named lists in any order; the order means nothing.
  for (const key of ['environment', 'secrets'] as const)
    if (Array.isArray(c[key])) c[key] = [...c[key]].sort(byName);
  if (Array.isArray(c.portMappings))
    c.portMappings = c.portMappings.map((p) => {
      if (!isRecord(p)) return p;
      const port = { ...p };
      if (port.protocol === 'tcp') delete port.protocol;
      if (port.hostPort === 0 || (awsvpc && port.hostPort === port.containerPort))
        delete port.hostPort;
      return port;
    });
  return c;
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

/** JSON with sorted keys, so two equal definitions give the same text. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (isRecord(value)) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${stableJson(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
