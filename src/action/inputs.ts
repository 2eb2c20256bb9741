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
  /** GitHub Deployments for this run: on unless `deployments: false` (and only with a token). */
  deployments: boolean;
  /** The deployed environment's address, shown on the deployment (`environment_url`). */
  environmentUrl?: string;
  /**
   * The plan as one pull-request comment: true or false as given; undefined (not given) means
   * on for a dry run on a pull_request event.
   */
  comment?: boolean;
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
    deployments: booleanInput('deployments', true),
    ...environmentUrl(core.getInput('environment-url').trim()),
    ...(core.getInput('comment').trim() ? { comment: booleanInput('comment') } : {}),
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

/** GitHub links the deployment to this address, so it must be an absolute http(s) URL. */
function environmentUrl(text: string): { environmentUrl?: string } {
  if (!text) return {};
  if (!URL.canParse(text) || !/^https?:$/.test(new URL(text).protocol)) {
    throw new UserError(
      `input environment-url must be an http(s) address, got "${text}"`,
      'write environment-url: https://app.example.com',
    );
  }
  return { environmentUrl: text };
}

function booleanInput(name: string, byDefault = false): boolean {
  const text = core.getInput(name).trim().toLowerCase();
  if (text === '') return byDefault;
  if (text === 'false') return false;
  if (text === 'true') return true;
  throw new UserError(`input ${name} must be true or false, got "${text}"`, `write ${name}: true`);
}
