import { createRequire as __phasegateCreateRequire } from 'node:module';
const require = __phasegateCreateRequire(import.meta.url);
import {
  githubClient,
  requestOptions
} from "./chunk-MIPMTJGB.js";
import "./chunk-N46AGAKL.js";
import "./chunk-6VNXFP75.js";

// src/action/deployments/octokit.ts
function octokitDeployments(t) {
  const octokit = githubClient(t);
  const repo = { owner: t.owner, repo: t.repo };
  const request = requestOptions;
  return {
    async list(query) {
      const { data } = await octokit.rest.repos.listDeployments({
        ...repo,
        ...query,
        per_page: 100,
        request: request()
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
        request: request()
      });
      if (!("id" in response.data)) {
        throw new Error(
          `GitHub created no deployment: ${response.data.message ?? response.status}`
        );
      }
      return response.data.id;
    },
    async addStatus(id, status) {
      await octokit.rest.repos.createDeploymentStatus({
        ...repo,
        deployment_id: id,
        ...status,
        request: request()
      });
    }
  };
}
export {
  octokitDeployments
};
