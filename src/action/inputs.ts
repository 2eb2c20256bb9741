/**
 * Every action input, read once and turned into the typed settings the rest of the code uses
 * (the rest never calls getInput). GitHub passes inputs as INPUT_<NAME> with hyphens kept.
 */
import * as core from '@actions/core';
import { UserError } from '../core/errors.js';
import { parsePhaseList } from '../engine/selection.js';
import { parseVarsMap } from '../plan/vars-input.js';
import type { ReleaseSettings } from '../release/settings.js';
import { resolveVersion } from '../release/version.js';

export interface ActionInputs extends ReleaseSettings {
  githubToken: string;
}

export function readInputs(env: Record<string, string | undefined> = process.env): ActionInputs {
  // Registered as a secret by the caller (main.ts), with the plan's other secrets.
  const githubToken = core.getInput('github-token');
  const phases = parsePhaseList(core.getInput('phases'));
  const from = core.getInput('from').trim();
  const planFile = core.getInput('plan') || 'phases/release.yml';
  const { version, commit } = resolveVersion(core.getInput('version'), planFile, env);
  return {
    planFile,
    environment: core.getInput('environment') || 'default',
    version,
    ...(commit ? { commit } : {}),
    dryRun: booleanInput('dry-run'),
    force: booleanInput('force'),
    selection: { ...(phases ? { phases } : {}), ...(from ? { from } : {}) },
    vars: parseVarsMap(core.getInput('vars'), 'the vars input'),
    ...maxParallel(core.getInput('max-parallel')),
    githubToken,
  };
}

function maxParallel(text: string): { maxParallel?: number } {
  if (!text.trim()) return {};
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) {
    throw new UserError(
      `max-parallel must be a whole number of at least 1, got "${text}"`,
      'write max-parallel: 4',
    );
  }
  return { maxParallel: n };
}

function booleanInput(name: string): boolean {
  const text = core.getInput(name).trim().toLowerCase();
  if (text === '' || text === 'false') return false;
  if (text === 'true') return true;
  throw new UserError(`input ${name} must be true or false, got "${text}"`, `write ${name}: true`);
}
