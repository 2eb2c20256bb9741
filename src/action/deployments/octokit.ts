/**
 * The deployments API through @actions/github's Octokit. Loaded on first use (index.ts imports
 * it dynamically), because Octokit and undici cost start-up that runs without deployments do
 * not need to pay.
 */
import { githubClient, type OctokitTarget, requestOptions } from '../github/client.js';
import type { DeploymentsApi } from './api.js';

export function octokitDeployments(t: OctokitTarget): DeploymentsApi {
  const octokit = githubClient(t);
  const repo = { owner: t.owner, repo: t.repo };
  const request = requestOptions;
  return {
    async list(query) {
      const { data } = await octokit.rest.repos.listDeployments({
        ...repo,
        ...query,
        per_page: 100,
        request: request(),
      });
      return data.map((d) => ({ id: d.id, payload: d.payload }));
    },
    async create(deployment) {
      const response = await octokit.rest.repos.createDeployment({
        ...repo,
        ...deployment,
        // The commit is deployed as it is: no merge of the default branch into it, and no wait
        // for its commit statuses (the workflow's own `needs` decide what runs before).
        auto_merge: false,
        required_contexts: [],
        request: request(),
      });
      // 202 is GitHub's answer when it merged the default branch in, which auto_merge: false rules out.
      if (!('id' in response.data)) {
        throw new Error(
          `GitHub created no deployment: ${response.data.message ?? response.status}`,
        );
      }
      return response.data.id;
    },
    async addStatus(id, status) {
      await octokit.rest.repos.createDeploymentStatus({
        ...repo,
        deployment_id: id,
        ...status,
        request: request(),
      });
    },
  };
}
