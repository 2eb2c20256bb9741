/**
 * Opening the version's deployment through the real client against the stand-in: transient
 * GitHub faults are retried (delays of 0 here, so nothing is timed), and two jobs racing to
 * create the deployment end up sharing one.
 */
import { describe, expect, it } from 'vitest';
import { openDeployment } from '../../../src/action/deployments/index.js';
import type { ActionInputs } from '../../../src/action/inputs.js';
import { Secrets } from '../../../src/core/secrets.js';
import { useGitHubApi } from '../../helpers/github-api.js';
import { planOf } from '../../helpers/plans.js';

const TOKEN = 'ghs_Z8mQ2vX7kL4pW9rT3nB6cY1hJ5fD';
const api = useGitHubApi(TOKEN);

const settings: ActionInputs = {
  planFile: 'phases/release.yml',
  environment: 'staging',
  version: 'v2.0',
  dryRun: false,
  selection: { phases: ['agents'] },
  force: false,
  vars: {},
  githubToken: TOKEN,
  deployments: true,
};

function sinks() {
  const warnings: string[] = [];
  const out = { secrets: new Secrets(), info: () => {}, warning: (t: string) => warnings.push(t) };
  return { out, warnings };
}

function open(out = sinks().out) {
  return openDeployment(settings, planOf([{ id: 'agents' }]), out, {
    env: {
      GITHUB_API_URL: api().url,
      GITHUB_REPOSITORY: 'acme/ca-a2a',
      GITHUB_SHA: 'a1b2c3d',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_RUN_ID: '77',
    },
    signal: new AbortController().signal,
    debug: () => {},
    retryDelaysMs: [0, 0],
  });
}

describe('opening the deployment', () => {
  it('retries 5xx and network-level failures, then goes on', async () => {
    api().reset();
    api().failNext(502, 1, 'Bad Gateway');
    api().failNext(0, 1);
    const { out, warnings } = sinks();
    const deployment = await open(out);
    expect(warnings).toEqual([]);
    // Three looks for the first find (two failed), one after creating.
    expect(api().requests.filter((r) => r.method === 'GET')).toHaveLength(4);
    expect(deployment?.id).toBe(api().deployments[0]?.id);
    expect(api().deployments[0]?.statuses.map((s) => s.state)).toEqual(['in_progress']);
  });

  it('gives up after three tries with a warning; the job goes on without a deployment', async () => {
    api().reset();
    api().failNext(503, 3, 'Service Unavailable');
    const { out, warnings } = sinks();
    expect(await open(out)).toBeUndefined();
    expect(warnings).toEqual([
      'GitHub Deployments are off for this job: list deployments failed (503 Service Unavailable) after 3 tries. The release itself is not affected.',
    ]);
    expect(api().requests).toHaveLength(3);
  });

  it('a 404 is not retried: it names the permission to add', async () => {
    api().reset();
    api().failAll(404, 'Not Found');
    const { out, warnings } = sinks();
    expect(await open(out)).toBeUndefined();
    expect(api().requests).toHaveLength(1);
    expect(warnings[0]).toContain('add "deployments: write" under the job\'s permissions:');
  });

  it('two jobs racing to create it share one; the other is marked inactive', async () => {
    api().reset();
    // Both look before either has created: both find nothing and both create.
    api().holdLists(2);
    const [a, b] = await Promise.all([open(), open()]);
    expect(api().deployments).toHaveLength(2);
    const [first, second] = api().deployments;
    expect(a?.id).toBe(first?.id);
    expect(b?.id).toBe(first?.id);
    expect(first?.statuses.map((s) => s.state)).toEqual(['in_progress', 'in_progress']);
    expect(second?.statuses).toEqual([
      {
        state: 'inactive',
        description: `duplicate of deployment ${first?.id}, created by a job that raced it`,
      },
    ]);
    // A later job finds the kept one.
    expect((await open())?.id).toBe(first?.id);
  });
});
