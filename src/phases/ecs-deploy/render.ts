/**
 * The task definition a service should run: read from a JSON file (its `${{ }}` templates
 * rendered with the phase's scope) or taken from the live service, then the plan's image and
 * environment overrides applied on top.
 */
import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, resolve } from 'node:path';
import { PhaseFailure } from '../kind.js';
import { isRecord, registrationInput, type TaskDefinitionInput } from './compare.js';

type Container = Record<string, unknown>;

/**
 * A relative path is looked up in the working directory first (the repository root in GitHub
 * Actions, as the official deploy action does), then next to the plan file.
 */
export function candidatePaths(path: string, planFile: string): string[] {
  if (isAbsolute(path)) return [path];
  const fromCwd = resolve(path);
  const fromPlan = resolve(dirname(planFile), path);
  return fromCwd === fromPlan ? [fromCwd] : [fromCwd, fromPlan];
}

export async function readDefinitionFile(
  path: string,
  planFile: string,
  renderTemplates: <T>(value: T) => Promise<T>,
): Promise<TaskDefinitionInput> {
  const tried = candidatePaths(path, planFile);
  const text = await firstReadable(tried);
  if (text === undefined)
    throw new PhaseFailure(`task definition file ${path} not found`, {
      hint: `looked at ${tried.join(' and ')}`,
    });
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new PhaseFailure(`task definition file ${path} is not valid JSON: ${String(error)}`);
  }
  if (!isRecord(parsed))
    throw new PhaseFailure(`task definition file ${path} is not a JSON object`);
  const input = registrationInput(await renderTemplates(parsed));
  if (typeof input.family !== 'string')
    throw new PhaseFailure(`task definition file ${path} has no family`, {
      hint: 'add "family": "<name>" to the file',
    });
  return input;
}

async function firstReadable(paths: string[]): Promise<string | undefined> {
  for (const path of paths) {
    try {
      return await readFile(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return undefined;
}

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
  const containers = containersOf(definition).map((c) => ({ ...c }));
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

export function containersOf(definition: TaskDefinitionInput): Container[] {
  const list = definition.containerDefinitions;
  return Array.isArray(list) ? list.filter(isRecord) : [];
}

function mergeEnvironment(current: unknown, vars: Record<string, string>): Container[] {
  const list = Array.isArray(current) ? current.filter(isRecord) : [];
  const kept = list.filter((e) => !Object.hasOwn(vars, String(e.name)));
  return [...kept, ...Object.entries(vars).map(([name, value]) => ({ name, value }))];
}
