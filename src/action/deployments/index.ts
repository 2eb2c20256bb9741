/**
 * Whether this job reports to GitHub Deployments, and for what: on when the action has a token
 * and `deployments` is not false, never for a dry run (nothing is deployed). The Octokit part is
 * imported only then, so runs without deployments never load it.
 */
import type { RunResult } from '../../engine/result.js';
import type { Selection } from '../../engine/selection.js';
import type { Plan } from '../../plan/types.js';
import { runInfo } from '../../release/release.js';
import type { ActionInputs } from '../inputs.js';
import { RETRY_DELAYS_MS } from './calls.js';
import { type DeploymentOut, type DeploymentTarget, GitHubDeployment } from './deployment.js';

/** The deployment's side of a job: set going at start, told the outcome at the end. */
export interface DeploymentReport {
  finish(result: RunResult): Promise<void>;
  stopped(message: string): Promise<void>;
}

export interface OpenOptions {
  env: Record<string, string | undefined>;
  signal: AbortSignal;
  debug: (text: string) => void;
  retryDelaysMs?: readonly number[];
}

/**
 * Opens the deployment alongside the release rather than before it: its GitHub round trips
 * (and loading Octokit) must not delay the first phase. The outcome waits for the opening, so
 * GitHub still sees in_progress before the final status.
 */
export function reportDeployment(
  settings: ActionInputs,
  plan: Plan,
  out: DeploymentOut,
  o: OpenOptions,
): DeploymentReport {
  const opening = openDeployment(settings, plan, out, o);
  // Awaited below; a rejection (only a bug: GitHub's failures are warnings) surfaces in finish.
  opening.catch(() => undefined);
  return {
    finish: async (result) => (await opening)?.finish(result),
    stopped: async (message) => (await opening.catch(() => undefined))?.stopped(message),
  };
}

export async function openDeployment(
  settings: ActionInputs,
  plan: Plan,
  out: DeploymentOut,
  o: OpenOptions,
): Promise<GitHubDeployment | undefined> {
  if (!settings.deployments || !settings.githubToken || settings.dryRun) return undefined;
  const { GITHUB_REPOSITORY: repo = '', GITHUB_SHA: sha = '' } = o.env;
  const [owner, name] = repo.split('/');
  if (!owner || !name || !sha) {
    out.warning(
      'GitHub Deployments are off for this job: GITHUB_REPOSITORY and GITHUB_SHA are not set (not a GitHub Actions run?). The release itself is not affected.',
    );
    return undefined;
  }
  const { octokitDeployments } = await import('./octokit.js');
  const api = octokitDeployments({
    token: settings.githubToken,
    owner,
    repo: name,
    baseUrl: o.env.GITHUB_API_URL || 'https://api.github.com',
    debug: o.debug,
  });
  return GitHubDeployment.open(api, target(settings, plan, o.env, repo, sha), out, {
    delaysMs: o.retryDelaysMs ?? RETRY_DELAYS_MS,
    signal: o.signal,
  });
}

function target(
  settings: ActionInputs,
  plan: Plan,
  env: Record<string, string | undefined>,
  repo: string,
  sha: string,
): DeploymentTarget {
  const { runUrl } = runInfo(plan, settings, env);
  return {
    repo,
    sha,
    environment: settings.environment,
    app: plan.app,
    version: settings.version,
    planFile: settings.planFile,
    work: work(settings.selection),
    ...(runUrl ? { logUrl: runUrl } : {}),
    ...(settings.environmentUrl ? { environmentUrl: settings.environmentUrl } : {}),
  };
}

function work(selection: Selection): string {
  if (selection.phases?.length) return `running ${selection.phases.join(', ')}`;
  if (selection.from) return `running from ${selection.from}`;
  return 'running every phase';
}
