import { createRequire as __phasegateCreateRequire } from 'node:module';
const require = __phasegateCreateRequire(import.meta.url);
import {
  githubClient,
  requestOptions
} from "./chunk-MIPMTJGB.js";
import "./chunk-N46AGAKL.js";
import "./chunk-6VNXFP75.js";

// src/action/pr-comment/octokit.ts
function octokitComments(t) {
  const octokit = githubClient(t);
  const repo = { owner: t.owner, repo: t.repo };
  return {
    async list(issue) {
      const comments = await octokit.paginate(octokit.rest.issues.listComments, {
        ...repo,
        issue_number: issue,
        per_page: 100,
        request: requestOptions()
      });
      return comments.map((c) => ({ id: c.id, body: c.body ?? "" }));
    },
    async update(id, body) {
      await octokit.rest.issues.updateComment({
        ...repo,
        comment_id: id,
        body,
        request: requestOptions()
      });
    },
    async create(issue, body) {
      const { data } = await octokit.rest.issues.createComment({
        ...repo,
        issue_number: issue,
        body,
        request: requestOptions()
      });
      return data.id;
    }
  };
}
export {
  octokitComments
};
