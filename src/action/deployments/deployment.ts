/**
 * One GitHub deployment per app, environment and version, shared by every job of a release:
 * the release workflow runs one job per phase (each a separate action run), and re-runs come
 * back with a new attempt number, so each job looks for the deployment before creating one.
 *
 * Statuses: `in_progress` when a job starts its phases; `failure` naming the failed phase when
 * one fails; `success` only when the whole release is done (`releaseComplete`); a job that
 * succeeded while phases are still to come leaves it in progress for the next job.
 *
 * Two jobs may start at the same moment (phases side by side) and both find nothing. GitHub
 * has no conditional create, so each looks again after creating and keeps the lowest id it
 * knows (its own included): both then keep the same one, and the one that lost marks its own
 * `inactive`. What remains: if each second look still misses the other's new deployment (the
 * list lags behind a create), both keep their own; later jobs then all pick the lower id, and
 * the other stays as a second, abandoned deployment of that version.
 */
import type { Secrets } from '../../core/secrets.js';
import type { RunResult } from '../../engine/result.js';
import {
  type CallOptions,
  type GitHubFeature,
  tryCall,
  warnOnFailure as warnIf,
} from '../github/calls.js';
import type { DeploymentState, DeploymentsApi, FoundDeployment } from './api.js';

/** The GitHub task phasegate's deployments have: GitHub's default, "deploy". */
const TASK = 'deploy';
/** "The maximum description length is 140 characters" (create a deployment status). */
const DESCRIPTION_LIMIT = 140;

export interface DeploymentTarget {
  /** owner/name, for messages. */
  repo: string;
  sha: string;
  environment: string;
  app: string;
  version: string;
  planFile: string;
  /** What this job runs, for the in-progress description ("running agents"). */
  work: string;
  /** The workflow run, with its attempt. */
  logUrl?: string;
  environmentUrl?: string;
}

export interface DeploymentOut {
  secrets: Secrets;
  info(text: string): void;
  warning(text: string): void;
}

export class GitHubDeployment {
  private constructor(
    readonly id: number,
    private readonly api: DeploymentsApi,
    private readonly t: DeploymentTarget,
    private readonly out: DeploymentOut,
    private readonly o: CallOptions,
  ) {}

  /** The version's deployment, found or created, set in progress; undefined after a warning. */
  static open(
    api: DeploymentsApi,
    t: DeploymentTarget,
    out: DeploymentOut,
    o: CallOptions,
  ): Promise<GitHubDeployment | undefined> {
    return warnOnFailure(out, t, async () => {
      const id = await findOrCreate(api, t, out.secrets, o);
      const deployment = new GitHubDeployment(id, api, t, out, o);
      await deployment.post('in_progress', `${label(t)}: ${t.work}`);
      out.info(`GitHub deployment ${id} (${t.environment}): in progress`);
      return deployment;
    });
  }

  /** The status the run's result calls for, if any. */
  async finish(result: RunResult): Promise<void> {
    const end = endStatus(result, this.t);
    if (!end) {
      this.out.info(`GitHub deployment ${this.id} stays in progress: the release is not complete`);
      return;
    }
    await this.settle(end.state, end.description);
  }

  /** The run stopped before it had a result (e.g. a selection naming no phase of the plan). */
  async stopped(message: string): Promise<void> {
    await this.settle('failure', `phasegate stopped: ${message}`);
  }

  private async settle(state: DeploymentState, description: string): Promise<void> {
    await warnOnFailure(this.out, this.t, async () => {
      await this.post(state, description);
      this.out.info(`GitHub deployment ${this.id} (${this.t.environment}): ${state}`);
    });
  }

  private post(state: DeploymentState, description: string): Promise<void> {
    const { logUrl, environmentUrl } = this.t;
    const status = {
      state,
      // Masked, then cut: GitHub is a sink too, and a cut must not leave a secret's prefix.
      description: this.out.secrets.excerpt(description, DESCRIPTION_LIMIT),
      ...(logUrl ? { log_url: logUrl } : {}),
      ...(environmentUrl ? { environment_url: environmentUrl } : {}),
    };
    return tryCall(
      `set deployment ${this.id} ${state}`,
      () => this.api.addStatus(this.id, status),
      this.o,
    );
  }
}

async function findOrCreate(
  api: DeploymentsApi,
  t: DeploymentTarget,
  secrets: Secrets,
  o: CallOptions,
): Promise<number> {
  const query = { environment: t.environment, sha: t.sha, task: TASK };
  const find = async () => lowest(await tryCall('list deployments', () => api.list(query), o), t);
  const found = await find();
  if (found !== undefined) return found;
  const payload = { tool: 'phasegate', app: t.app, version: t.version, plan: t.planFile };
  const created = await tryCall(
    'create a deployment',
    () =>
      api.create({
        ref: t.sha,
        environment: t.environment,
        task: TASK,
        description: secrets.mask(label(t)),
        payload: secrets.maskValues(payload),
      }),
    o,
  );
  const kept = Math.min(created, (await find()) ?? created);
  if (kept !== created) {
    const description = `duplicate of deployment ${kept}, created by a job that raced it`;
    await tryCall(
      'retire a duplicate deployment',
      () => api.addStatus(created, { state: 'inactive', description }),
      o,
    );
  }
  return kept;
}

/** The lowest id among phasegate's deployments of this app and version (a total order all jobs share). */
function lowest(found: FoundDeployment[], t: DeploymentTarget): number | undefined {
  const ids = found.filter((d) => isOurs(d.payload, t)).map((d) => d.id);
  return ids.length > 0 ? Math.min(...ids) : undefined;
}

function isOurs(payload: unknown, t: DeploymentTarget): boolean {
  const p = typeof payload === 'string' ? parseJson(payload) : payload;
  if (!p || typeof p !== 'object') return false;
  const { tool, app, version } = p as Record<string, unknown>;
  return tool === 'phasegate' && app === t.app && version === t.version;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function endStatus(
  result: RunResult,
  t: DeploymentTarget,
): { state: DeploymentState; description: string } | undefined {
  if (result.status === 'succeeded') {
    return result.releaseComplete
      ? { state: 'success', description: `${label(t)} released to ${t.environment}` }
      : undefined;
  }
  const failed = result.phases.find((p) => p.id === result.failedPhase);
  const why = failed
    ? `phase ${failed.id} failed: ${failed.summary}`
    : `the run was ${result.status}`;
  return { state: 'failure', description: `${label(t)}: ${why}` };
}

function label(t: DeploymentTarget): string {
  return `phasegate ${t.app} ${t.version}`;
}

const DEPLOYMENTS: GitHubFeature = {
  off: 'GitHub Deployments are off for this job',
  allowed: 'write deployments',
  permission: 'deployments: write',
  optOut: 'deployments: false',
};

function warnOnFailure<T>(
  out: DeploymentOut,
  t: DeploymentTarget,
  work: () => Promise<T>,
): Promise<T | undefined> {
  return warnIf((text) => out.warning(text), t.repo, DEPLOYMENTS, work);
}
