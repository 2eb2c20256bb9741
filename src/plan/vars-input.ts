/** `vars` given from outside the plan: a YAML map (action input) or `--var k=v` (CLI). */
import { parse } from 'yaml';
import { UserError } from '../core/errors.js';
import { isPlainObject } from '../core/shape.js';

export function parseVarsMap(text: string, where: string): Record<string, string> {
  if (!text.trim()) return {};
  let value: unknown;
  try {
    value = parse(text);
  } catch (error) {
    throw new UserError(
      `${where} is not valid YAML: ${(error as Error).message}`,
      'write a YAML map, e.g. "image_tag: v5.1"',
    );
  }
  if (!isPlainObject(value))
    throw new UserError(`${where} must be a YAML map`, 'write one "name: value" per line');
  const vars: Record<string, string> = {};
  for (const [name, v] of Object.entries(value)) {
    if (v !== null && typeof v === 'object') {
      throw new UserError(
        `${where}: "${name}" must be a single value, not a list or map`,
        `write ${name}: some-value`,
      );
    }
    vars[name] = v === null ? '' : String(v);
  }
  return vars;
}

export function parseVarAssignments(assignments: string[]): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const a of assignments) {
    const eq = a.indexOf('=');
    if (eq <= 0)
      throw new UserError(`--var "${a}" is not name=value`, 'write --var image_tag=v5.1');
    vars[a.slice(0, eq)] = a.slice(eq + 1);
  }
  return vars;
}
