/**
 * The three GitHub REST calls the plan comment uses, as an interface: the logic (comment.ts)
 * depends on it, the Octokit implementation (octokit.ts) is loaded only when a comment is due.
 * A pull request is an issue to this API ("Every pull request is an issue").
 *
 * Reference: https://docs.github.com/en/rest/issues/comments (list issue comments, update an
 * issue comment, create an issue comment).
 */

export interface FoundComment {
  id: number;
  body: string;
}

export interface CommentsApi {
  /** `GET /repos/{owner}/{repo}/issues/{n}/comments`, every page (100 a page, GitHub's most). */
  list(issue: number): Promise<FoundComment[]>;
  /** `PATCH /repos/{owner}/{repo}/issues/comments/{id}`. */
  update(id: number, body: string): Promise<void>;
  /** `POST /repos/{owner}/{repo}/issues/{n}/comments`; the new comment's id. */
  create(issue: number, body: string): Promise<number>;
}
