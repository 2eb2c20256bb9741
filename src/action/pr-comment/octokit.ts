/** The comments API through @actions/github's Octokit; loaded on first use (index.ts). */
import { githubClient, type OctokitTarget, requestOptions } from '../github/client.js';
import type { CommentsApi } from './api.js';

export function octokitComments(t: OctokitTarget): CommentsApi {
  const octokit = githubClient(t);
  const repo = { owner: t.owner, repo: t.repo };
  return {
    async list(issue) {
      // paginate follows the Link header's rel="next" until the last page.
      const comments = await octokit.paginate(octokit.rest.issues.listComments, {
        ...repo,
        issue_number: issue,
        per_page: 100,
        request: requestOptions(),
      });
      return comments.map((c) => ({ id: c.id, body: c.body ?? '' }));
    },
    async update(id, body) {
      await octokit.rest.issues.updateComment({
        ...repo,
        comment_id: id,
        body,
        request: requestOptions(),
      });
    },
    async create(issue, body) {
      const { data } = await octokit.rest.issues.createComment({
        ...repo,
        issue_number: issue,
        body,
        request: requestOptions(),
      });
      return data.id;
    },
  };
}
