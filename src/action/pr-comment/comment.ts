/**
 * One plan comment per pull request, app and environment, updated in place on every push: the
 * marker in its first line finds it among the pull request's comments (every page of them),
 * so reviewers see the plan of the latest commit, not a trail of old ones.
 */
import type { Secrets } from '../../core/secrets.js';
import { type CallOptions, type GitHubFeature, tryCall, warnOnFailure } from '../github/calls.js';
import type { CommentsApi } from './api.js';
import { commentBody, commentMarker } from './body.js';

export const PLAN_COMMENT: GitHubFeature = {
  off: 'No plan comment on the pull request',
  allowed: 'comment on the pull requests',
  permission: 'pull-requests: write',
  optOut: 'comment: false',
};

export interface CommentTarget {
  /** owner/name, for messages. */
  repo: string;
  pullRequest: number;
  app: string;
  environment: string;
  /** The run, whose step summary holds the whole plan when the comment is cut. */
  runUrl?: string;
}

export interface CommentOut {
  secrets: Secrets;
  info(text: string): void;
  warning(text: string): void;
}

/** Creates or updates the comment; a failed call ends as one warning, never as a failure. */
export async function postPlanComment(
  api: CommentsApi,
  t: CommentTarget,
  markdown: string,
  out: CommentOut,
  o: CallOptions,
): Promise<void> {
  const marker = commentMarker(t.app, t.environment);
  // The comment is a sink: masked first, then cut, so a cut never leaves part of a secret.
  const body = commentBody(marker, out.secrets.mask(markdown), t.runUrl);
  await warnOnFailure(out.warning, t.repo, PLAN_COMMENT, async () => {
    const pr = t.pullRequest;
    const found = await tryCall('list the comments', () => api.list(pr), o);
    const ours = found.find((c) => c.body.startsWith(marker));
    if (ours) {
      await tryCall(`update comment ${ours.id}`, () => api.update(ours.id, body), o);
      out.info(`plan comment ${ours.id} on pull request #${pr}: updated`);
      return;
    }
    const id = await tryCall('create the comment', () => api.create(pr, body), o);
    out.info(`plan comment ${id} on pull request #${pr}: created`);
  });
}
