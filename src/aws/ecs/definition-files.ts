/**
 * Task definition files a plan names: found by core/paths.ts (next to the plan, then the working directory),
 * rendered with the phase's `${{ }}` templates, reduced to a registration input.
 */
import { readFile } from 'node:fs/promises';
import { PhaseFailure } from '../../core/errors.js';
import { locate } from '../../core/paths.js';
import {
  containerDefinitionsOf,
  isRecord,
  registrationInput,
  type TaskDefinitionInput,
} from './task-definitions.js';

/** The file's registration input, its templates rendered; a PhaseFailure says what is wrong. */
export async function readDefinitionFile(
  path: string,
  planFile: string,
  renderTemplates: <T>(value: T) => Promise<T>,
): Promise<TaskDefinitionInput> {
  const found = await locate(path, planFile, { kind: 'file', name: 'task definition file' });
  const text = await readFile(found, 'utf8');
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
