/**
 * Whether this job reports to GitHub Deployments, and for what: on when the action has a token
 * and `deployments` is not false, never for a dry run (nothing is deployed). The Octokit part is
 * imported only then, so runs without deployments never load it.
 */
import type { RunResult } from '../../engine/result.js';
import type { Selection } from '../../engine/selection.js';
import type { Plan } from '../../plan/types.js';
import { runInfo } from '../../release/release.js';
import { callOptions, type GitHubOptions, octokitTarget } from '../github/calls.js';
import type { ActionInputs } from '../inputs.js';
import { type DeploymentOut, type DeploymentTarget, GitHubDeployment } from './deployment.js';

/** The deployment's side of a job: set going at start, told the outcome at the end. */
export interface DeploymentReport {
  finish(result: RunResult): Promise<void>;
  stopped(message: string): Promise<void>;
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
  o: GitHubOptions,
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
  o: GitHubOptions,
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
  const api = octokitDeployments(octokitTarget(settings.githubToken, repo, o));
  const t = target(settings, plan, o.env, repo, sha);
  return GitHubDeployment.open(api, t, out, callOptions(o));
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
