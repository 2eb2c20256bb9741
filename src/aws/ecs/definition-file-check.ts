/**
 * `phasegate validate` on a task definition file a plan names: what ECS would refuse, and the
 * containers the plan names that the file lacks, each shown at file:line:column (the file read
 * with positions; JSON is YAML's flow syntax) with what fits instead. Values that are `${{ }}`
 * templates are not known before the phase runs and are not judged; the phase checks the
 * rendered file again before registering it (refusals.ts). No AWS call.
 */
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { type Diagnostic, type Position, UserError } from '../../core/errors.js';
import { locate } from '../../core/paths.js';
import { isTemplate } from '../../core/shape.js';
import {
  missingContainers,
  type NamedContainer,
  taskDefinitionProblems,
} from '../../core/task-definition-rules.js';
import { shapeProblems } from '../../core/task-definition-types.js';
import type { FileCheckContext } from '../../plan/catalog.js';
import { readYaml, type SourcePositions } from '../../plan/positions.js';
import { keyPath } from './refusals.js';
import { containerDefinitionsOf, isRecord, registrationInput } from './task-definitions.js';

export interface DefinitionFileRef {
  /** The path as the plan writes it. */
  file: unknown;
  /** Where it is under the phase's `with:`, e.g. ["services", 0, "task-definition"]. */
  at: (string | number)[];
  launchType: string | undefined;
  /** Containers the plan names, their paths under `with:`. */
  named: NamedContainer[];
}

export async function checkDefinitionFile(
  ref: DefinitionFileRef,
  context: FileCheckContext,
): Promise<Diagnostic[]> {
  if (typeof ref.file !== 'string' || isTemplate(ref.file)) return [];
  const inPlan = context.at(ref.at);
  const found = await locate(ref.file, context.planFile, {
    kind: 'file',
    name: 'task definition file',
  }).catch((e: unknown) => (e instanceof UserError ? e : Promise.reject(e)));
  if (found instanceof UserError)
    return [error(found.message, inPlan, found.hint ? { hint: found.hint } : {})];
  const near = relative(process.cwd(), found);
  const shown = near === '' || near.startsWith('..') ? found : near;
  const text = await readFile(found, 'utf8');
  const parsed = parseJson(text, shown);
  if ('mistake' in parsed) return [parsed.mistake];
  return definitionMistakes(parsed.value, readYaml(text, shown).positions, ref, context);
}

function parseJson(
  text: string,
  file: string,
): { value: Record<string, unknown> } | { mistake: Diagnostic } {
  const top: Position = { file, line: 1, column: 1 };
  try {
    const value: unknown = JSON.parse(text);
    if (isRecord(value)) return { value };
    return { mistake: error(`task definition file ${file} is not a JSON object`, top) };
  } catch (e) {
    const message = (e as Error).message;
    // Node's message has the offset only sometimes; the YAML reader finds the place anyway.
    const offset = Number(/position (\d+)/.exec(message)?.[1] ?? Number.NaN);
    const yaml = readYaml(text, file).diagnostics.find((d) => d.severity === 'error');
    const at = Number.isNaN(offset) ? (yaml?.position ?? top) : offsetPosition(text, offset, file);
    return { mistake: error(`task definition file ${file} is not valid JSON: ${message}`, at) };
  }
}

function offsetPosition(text: string, offset: number, file: string): Position {
  const before = text.slice(0, offset).split('\n');
  return { file, line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

function definitionMistakes(
  raw: Record<string, unknown>,
  positions: SourcePositions,
  ref: DefinitionFileRef,
  context: FileCheckContext,
): Diagnostic[] {
  // `aws ecs describe-task-definition` output keeps the definition under taskDefinition.
  const prefix = isRecord(raw.taskDefinition) ? ['taskDefinition'] : [];
  const input = registrationInput(raw);
  const inFile = (path: (string | number)[], target?: 'key') =>
    positions.at([...prefix, ...path], target);
  const file = positions.file;
  const source = prefix.length > 0 ? (raw.taskDefinition as Record<string, unknown>) : raw;
  const wrong = shapeProblems(source, { unknown: isTemplate, described: true }).map((p) =>
    error(
      `${keyPath(p.path)}: ${p.message}`,
      inFile(p.path, p.kind === 'unknown-key' ? 'key' : undefined),
      {
        hint: p.hint,
      },
    ),
  );
  // The rules below read the values; a value of the wrong type would only confuse them.
  if (wrong.length > 0) return wrong;
  if (typeof input.family !== 'string' || input.family === '')
    return [
      error(`task definition file ${file} has no family`, inFile([]), {
        hint: 'add "family": "<name>" to the file',
      }),
    ];
  const containers = containerDefinitionsOf(input);
  if (containers.length === 0)
    return [error(`task definition file ${file} has no containerDefinitions`, inFile([]))];
  const refused = taskDefinitionProblems(input, {
    launchType: ref.launchType,
    unknown: isTemplate,
  });
  const mistakes = refused.map((p) =>
    error(`${keyPath(p.path)}: ${p.message} (ECS would refuse it)`, inFile(p.path), {
      hint: p.hint,
    }),
  );
  // A container name that is a template is known only when the phase runs.
  if (containers.some((c) => isTemplate(c.name))) return mistakes;
  const unknownNames = missingContainers(input, ref.named).map((p) =>
    error(`${p.message} ${file}`, context.at(p.path, 'key'), { hint: p.hint }),
  );
  return [...mistakes, ...unknownNames];
}

function error(message: string, position: Position, extra: { hint?: string } = {}): Diagnostic {
  return { message, position, severity: 'error', ...extra };
}
