/**
 * Whether this job posts its plan on a pull request: on for a dry run started by a
 * `pull_request` (or `pull_request_target`) event, or when the `comment` input says so; off
 * with `comment: false` or without a token. The pull request's number is the event payload's
 * `pull_request.number` (GITHUB_EVENT_PATH, "Webhook events and payloads": pull_request).
 * The Octokit part is imported only when a comment is posted.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { runUrl } from '../../release/release.js';
import { callOptions, type GitHubOptions, octokitTarget } from '../github/calls.js';
import type { ActionInputs } from '../inputs.js';
import { type CommentOut, type CommentTarget, postPlanComment } from './comment.js';

export interface PlanComment {
  /** The plan's markdown (the step summary, or the plan's mistakes) as the comment. */
  post(markdown: string): Promise<void>;
}

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);

export function planComment(
  settings: ActionInputs,
  out: CommentOut,
  o: GitHubOptions,
): PlanComment | undefined {
  if (!(settings.comment ?? settings.dryRun) || !settings.githubToken) return undefined;
  const event = o.env.GITHUB_EVENT_NAME ?? '';
  const pullRequest = PULL_REQUEST_EVENTS.has(event) ? prNumber(o.env.GITHUB_EVENT_PATH) : 0;
  const [owner, name] = (o.env.GITHUB_REPOSITORY ?? '').split('/');
  if (!pullRequest || !owner || !name) {
    if (settings.comment) {
      out.info(
        `No plan comment: this run is not for a pull request (event "${event || 'none'}"); comment: true posts only on pull_request events`,
      );
    }
    return undefined;
  }
  const url = runUrl(o.env);
  const target: CommentTarget = {
    repo: `${owner}/${name}`,
    pullRequest,
    app: appOf(settings.planFile),
    environment: settings.environment,
    ...(url ? { runUrl: url } : {}),
  };
  return {
    async post(markdown) {
      const { octokitComments } = await import('./octokit.js');
      const api = octokitComments(octokitTarget(settings.githubToken, target.repo, o));
      await postPlanComment(api, target, markdown, out, callOptions(o));
    },
  };
}

/** The pull request's number from the event payload; 0 when there is none. */
function prNumber(eventPath: string | undefined): number {
  if (!eventPath) return 0;
  try {
    const payload = JSON.parse(readFileSync(eventPath, 'utf8')) as {
      pull_request?: { number?: unknown };
    };
    const n = payload.pull_request?.number;
    return typeof n === 'number' && Number.isInteger(n) ? n : 0;
  } catch {
    return 0;
  }
}

/**
 * The plan's app, read on its own: the comment of a plan that does not pass validation must
 * carry the same marker as the one it replaces. The plan file's path when there is no app.
 */
function appOf(planFile: string): string {
  try {
    const app = (parse(readFileSync(planFile, 'utf8')) as { app?: unknown } | null)?.app;
    return typeof app === 'string' && app.trim() ? app : planFile;
  } catch {
    return planFile;
  }
}
