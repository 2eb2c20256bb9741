/**
 * The three GitHub REST calls the deployments use, as an interface: the logic (deployment.ts)
 * depends on it, the Octokit implementation (octokit.ts) is loaded only when deployments are on,
 * so @actions/github stays out of the action's start-up path.
 *
 * Reference: https://docs.github.com/en/rest/deployments/deployments (create, list) and
 * https://docs.github.com/en/rest/deployments/statuses (create a deployment status).
 */

export interface FoundDeployment {
  id: number;
  /** As GitHub returns it: the object phasegate sent, or a string of JSON. */
  payload: unknown;
}

interface NewDeployment {
  /** The commit: GitHub accepts a branch, tag or SHA; a SHA pins exactly what was released. */
  ref: string;
  environment: string;
  task: string;
  description: string;
  payload: Record<string, string>;
}

/** The states phasegate uses, of error, failure, inactive, in_progress, queued, pending, success. */
export type DeploymentState = 'in_progress' | 'success' | 'failure' | 'inactive';

interface NewStatus {
  state: DeploymentState;
  /** GitHub's limit: "The maximum description length is 140 characters." */
  description: string;
  log_url?: string;
  environment_url?: string;
}

export interface DeploymentsApi {
  /** `GET /repos/{owner}/{repo}/deployments?environment=&sha=&task=`, one page of 100 at most. */
  list(query: { environment: string; sha: string; task: string }): Promise<FoundDeployment[]>;
  /** `POST /repos/{owner}/{repo}/deployments`; the new deployment's id. */
  create(deployment: NewDeployment): Promise<number>;
  /** `POST /repos/{owner}/{repo}/deployments/{id}/statuses`. */
  addStatus(id: number, status: NewStatus): Promise<void>;
}
