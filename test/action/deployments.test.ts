/**
 * GitHub Deployments from the action, against a local stand-in of the REST endpoints, through
 * the real @actions/github client: one deployment per environment and version shared by the
 * jobs of a run (one job per phase) and by re-runs; statuses in_progress → failure / success.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/action/main.js';
import { useGitHubApi } from '../helpers/github-api.js';
import { runnerFiles } from '../helpers/github-files.js';
import { newJournal, testRegistry } from '../helpers/kinds.js';

const TOKEN = 'ghs_Q7xv2LmZ9pT4kR8wN3cY6bH1jF5d';
const SHA = '4f2c9e1b7a0d3c5e8f6a1b2c3d4e5f6a7b8c9d0e';
const api = useGitHubApi(TOKEN);
const files = runnerFiles();
const saved = { ...process.env };

beforeEach(() => {
  files.clear();
  api().reset();
  Object.assign(process.env, files.env, {
    GITHUB_API_URL: api().url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'acme/ca-a2a',
    GITHUB_SHA: SHA,
    GITHUB_RUN_ID: '1234',
    GITHUB_RUN_ATTEMPT: '1',
    // Not a pull request (CI may run these tests on one): a dry run would post its plan there.
    GITHUB_EVENT_NAME: 'push',
    'INPUT_GITHUB-TOKEN': TOKEN,
    INPUT_ENVIRONMENT: 'production',
    INPUT_VERSION: 'v5.1',
  });
});

afterEach(() => {
  process.env = { ...saved };
  process.exitCode = undefined;
});

const TWO_PHASES = '  - id: migrate\n    uses: step\n  - id: deploy\n    uses: step\n';

function plan(body = TWO_PHASES): string {
  const file = join(files.dir, 'plan.yml');
  writeFileSync(
    file,
    `version: 1\napp: ca-a2a\nregion: eu-west-3\nrecord: { store: none }\nphases:\n${body}`,
  );
  return file;
}

/** One job of the release workflow: the action run with these inputs; what it printed. */
async function job(inputs: Record<string, string>, journal = newJournal()): Promise<string> {
  for (const [name, value] of Object.entries(inputs))
    process.env[`INPUT_${name.toUpperCase()}`] = value;
  const stdout = vi.spyOn(process.stdout, 'write');
  try {
    await run(testRegistry(journal));
    return stdout.mock.calls.map((c) => String(c[0])).join('');
  } finally {
    stdout.mockRestore();
  }
}

const states = (i = 0) => api().deployments[i]?.statuses.map((s) => s.state);

describe('GitHub Deployments', () => {
  it('the first job creates the deployment for the commit and sets it in progress', async () => {
    await job({ plan: plan(), phases: 'migrate' });
    expect(process.exitCode).toBeUndefined();
    const [created] = api().requests.filter(
      (r) => r.method === 'POST' && r.path.endsWith('/deployments'),
    );
    expect(created?.path).toBe('/repos/acme/ca-a2a/deployments');
    expect(created?.body).toEqual({
      ref: SHA,
      environment: 'production',
      task: 'deploy',
      description: 'phasegate ca-a2a v5.1',
      payload: { tool: 'phasegate', app: 'ca-a2a', version: 'v5.1', plan: plan() },
      auto_merge: false,
      required_contexts: [],
    });
    expect(api().deployments).toHaveLength(1);
    // Only migrate ran: the release is not complete, so the deployment stays in progress.
    expect(api().deployments[0]?.statuses).toEqual([
      {
        state: 'in_progress',
        description: 'phasegate ca-a2a v5.1: running migrate',
        log_url: 'https://github.com/acme/ca-a2a/actions/runs/1234',
      },
    ]);
  });

  it('the release does not wait for GitHub: the phase runs while the deployment is opening', async () => {
    api().holdLists(2);
    const journal = newJournal();
    const running = job({ plan: plan(), phases: 'migrate' }, journal);
    while (!journal.events.includes('end:migrate')) await new Promise(setImmediate);
    expect(api().deployments).toEqual([]);
    api().releaseHeld();
    await running;
    expect(states()).toEqual(['in_progress']);
  });

  it('a later job of the same run finds the deployment instead of creating another', async () => {
    await job({ plan: plan(), phases: 'migrate' });
    await job({ plan: plan(), phases: 'deploy' });
    expect(api().deployments).toHaveLength(1);
    expect(states()).toEqual(['in_progress', 'in_progress']);
    expect(api().deployments[0]?.statuses[1]?.description).toBe(
      'phasegate ca-a2a v5.1: running deploy',
    );
  });

  it('a failed phase: a failure status naming the phase, cut to GitHub’s 140 characters', async () => {
    const why = `health check failed ${'on every target '.repeat(20)}`;
    const body = `  - id: migrate\n    uses: step\n  - id: deploy\n    uses: step\n    with: { fail: "${why}" }\n`;
    await job({ plan: plan(body), phases: 'migrate' });
    await job({ plan: plan(body), phases: 'deploy' });
    expect(process.exitCode).toBe(1);
    expect(files.outputs()['failed-phase']).toBe('deploy');
    const last = api().deployments[0]?.statuses.at(-1);
    expect(last?.state).toBe('failure');
    expect(last?.description).toMatch(
      /^phasegate ca-a2a v5\.1: phase deploy failed: health check failed on every/,
    );
    expect(String(last?.description).length).toBe(140);
  });

  it('a status description is masked before it leaves for GitHub', async () => {
    const body = `  - id: migrate\n    uses: step\n    with: { fail: "login refused for ${TOKEN}" }\n`;
    await job({ plan: plan(body) });
    expect(api().deployments[0]?.statuses.at(-1)).toMatchObject({
      state: 'failure',
      description: 'phasegate ca-a2a v5.1: phase migrate failed: login refused for ***',
    });
  });

  it('success only when the release is complete, with the environment-url', async () => {
    await job({ plan: plan(), phases: 'migrate', 'environment-url': 'https://ca-a2a.example.com' });
    expect(states()).toEqual(['in_progress']);
    delete process.env.INPUT_PHASES;
    await job({ plan: plan(), 'environment-url': 'https://ca-a2a.example.com' });
    expect(states()).toEqual(['in_progress', 'in_progress', 'success']);
    expect(api().deployments[0]?.statuses[2]).toEqual({
      state: 'success',
      description: 'phasegate ca-a2a v5.1 released to production',
      log_url: 'https://github.com/acme/ca-a2a/actions/runs/1234',
      environment_url: 'https://ca-a2a.example.com',
    });
  });

  it('a re-run (attempt 2) finds the same deployment and links the new attempt', async () => {
    await job({ plan: plan(), phases: 'migrate' });
    process.env.GITHUB_RUN_ATTEMPT = '2';
    await job({ plan: plan(), phases: 'migrate' });
    expect(api().deployments).toHaveLength(1);
    expect(api().deployments[0]?.statuses[1]?.log_url).toBe(
      'https://github.com/acme/ca-a2a/actions/runs/1234/attempts/2',
    );
  });

  it('another version of the same commit gets a deployment of its own', async () => {
    await job({ plan: plan(), phases: 'migrate' });
    await job({ plan: plan(), phases: 'migrate', version: 'v5.2' });
    expect(api().deployments.map((d) => (d.payload as { version: string }).version)).toEqual([
      'v5.1',
      'v5.2',
    ]);
  });

  it('403: a warning saying what to add to permissions:, and the release result is unchanged', async () => {
    // Like a careless error page, the answer echoes the token: it must still reach no sink.
    api().failAll(403, `Resource not accessible by integration (token ${TOKEN})`);
    const printed = await job({ plan: plan() });
    expect(process.exitCode).toBeUndefined();
    expect(files.outputs().status).toBe('succeeded');
    expect(files.summary()).toContain('release succeeded');
    expect(printed).toContain(
      '::warning::GitHub Deployments are off for this job: list deployments failed (403 Resource not accessible by integration (token ***))',
    );
    expect(printed).toContain('add "deployments: write" under the job\'s permissions:');
    expect(api().requests).toHaveLength(1);
    expect(printed.replace(`::add-mask::${TOKEN}`, '')).not.toContain(TOKEN.slice(4, 16));
  });

  it('a dry run, or deployments: false, creates no deployment', async () => {
    await job({ plan: plan(), 'dry-run': 'true' });
    process.env['INPUT_DRY-RUN'] = 'false';
    await job({ plan: plan(), deployments: 'false' });
    expect(files.outputs().status).toBe('succeeded');
    expect(api().requests).toEqual([]);
  });

  it('a bad environment-url is refused before anything runs', async () => {
    await job({ plan: plan(), 'environment-url': 'ca-a2a.example.com' });
    expect(process.exitCode).toBe(1);
    expect(files.outputs().status).toBe('invalid');
    expect(api().requests).toEqual([]);
  });
});
