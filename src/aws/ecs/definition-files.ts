/**
 * Task definition files a plan names: found next to the plan file or in the working directory,
 * rendered with the phase's `${{ }}` templates, reduced to a registration input.
 */
import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, resolve } from 'node:path';
import { PhaseFailure } from '../../core/errors.js';
import {
  containerDefinitionsOf,
  isRecord,
  registrationInput,
  type TaskDefinitionInput,
} from './task-definitions.js';

/**
 * A relative path is looked up next to the plan file first, so a plan means the same files
 * wherever the CLI is started; then in the working directory (the repository root in GitHub
 * Actions), for plans kept in a folder of their own that name repository paths.
 */
export function candidatePaths(path: string, planFile: string): string[] {
  if (isAbsolute(path)) return [path];
  const fromPlan = resolve(dirname(planFile), path);
  const fromCwd = resolve(path);
  return fromPlan === fromCwd ? [fromPlan] : [fromPlan, fromCwd];
}

/** The file's registration input, its templates rendered; a PhaseFailure says what is wrong. */
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
  const input = registrationInput(await renderTemplates(parseObject(text, path)));
  if (typeof input.family !== 'string' || input.family === '')
    throw new PhaseFailure(`task definition file ${path} has no family`, {
      hint: 'add "family": "<name>" to the file',
    });
  if (containerDefinitionsOf(input).length === 0)
    throw new PhaseFailure(`task definition file ${path} has no containerDefinitions`);
  return input;
}

function parseObject(text: string, path: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new PhaseFailure(
      `task definition file ${path} is not valid JSON: ${(error as Error).message}`,
    );
  }
  if (!isRecord(parsed))
    throw new PhaseFailure(`task definition file ${path} is not a JSON object`);
  return parsed;
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
