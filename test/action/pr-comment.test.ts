/**
 * The plan on a pull request, from the action on a `pull_request` event, against a local
 * stand-in of GitHub's issue comment endpoints, through the real @actions/github client: one
 * comment per app and environment, created by the first run and updated by every later one.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/action/main.js';
import { useGitHubApi } from '../helpers/github-api.js';
import { runnerFiles } from '../helpers/github-files.js';
import { newJournal, testRegistry } from '../helpers/kinds.js';

const TOKEN = 'ghs_Pr7cMm3nTq8ZxW2vL5kR9yB4hJ6d';
const PR = 42;
const MARKER = '<!-- phasegate plan: ca-a2a production -->';
const api = useGitHubApi(TOKEN);
const files = runnerFiles();
const saved = { ...process.env };

beforeEach(() => {
  files.clear();
  api().reset();
  const event = join(files.dir, 'event.json');
  writeFileSync(event, JSON.stringify({ action: 'synchronize', pull_request: { number: PR } }));
  Object.assign(process.env, files.env, {
    GITHUB_API_URL: api().url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'acme/ca-a2a',
    GITHUB_RUN_ID: '777',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event,
    'INPUT_GITHUB-TOKEN': TOKEN,
    INPUT_ENVIRONMENT: 'production',
    'INPUT_DRY-RUN': 'true',
  });
});

afterEach(() => {
  process.env = { ...saved };
  process.exitCode = undefined;
});

function plan(phases: string, head = ''): string {
  const file = join(files.dir, 'plan.yml');
  writeFileSync(
    file,
    `version: 1\napp: ca-a2a\nregion: eu-west-3\nrecord: { store: none }\n${head}phases:\n${phases}`,
  );
  return file;
}

/** One run of the plan workflow's job on a push to the pull request; what it printed. */
async function push(inputs: Record<string, string>): Promise<string> {
  for (const [name, value] of Object.entries(inputs))
    process.env[`INPUT_${name.toUpperCase()}`] = value;
  const stdout = vi.spyOn(process.stdout, 'write');
  try {
    await run(testRegistry(newJournal()));
    return stdout.mock.calls.map((c) => String(c[0])).join('');
  } finally {
    stdout.mockRestore();
  }
}

const writes = () => api().requests.filter((r) => r.method !== 'GET');

describe('the plan on a pull request', () => {
  it('the first push creates the comment, the next one updates that same comment', async () => {
    const first = await push({ plan: plan('  - id: db\n    uses: step\n'), version: 'a1b2c3d' });
    expect(process.exitCode).toBeUndefined();
    expect(first).toContain(`on pull request #${PR}: created`);
    expect(api().comments).toHaveLength(1);
    const [comment] = api().comments;
    expect(comment?.issue).toBe(PR);
    expect(comment?.body.startsWith(`${MARKER}\n`)).toBe(true);
    // The comment is the step summary, as written.
    expect(comment?.body).toContain(files.summary().trim());
    expect(comment?.body).toContain('would run db');

    files.clear();
    const phases = '  - id: db\n    uses: step\n  - id: web\n    uses: step\n';
    const second = await push({ plan: plan(phases), version: 'e4f5a6b' });
    expect(second).toContain(`plan comment ${comment?.id} on pull request #${PR}: updated`);
    expect(api().comments).toHaveLength(1);
    expect(api().comments[0]?.body).toContain('would run web');
    expect(writes().map((r) => `${r.method} ${r.path}`)).toEqual([
      `POST /repos/acme/ca-a2a/issues/${PR}/comments`,
      `PATCH /repos/acme/ca-a2a/issues/comments/${comment?.id}`,
    ]);
  });

  it('finds its comment past the first page of the conversation', async () => {
    for (let i = 0; i < 130; i++) api().seedComment(PR, `looks good ${i}`);
    const ours = api().seedComment(PR, `${MARKER}\n\nan older plan`);
    api().seedComment(PR, '<!-- phasegate plan: ca-a2a staging -->\n\nanother environment');
    await push({ plan: plan('  - id: db\n    uses: step\n') });
    expect(api().comments).toHaveLength(132);
    expect(ours.body).toContain('would run db');
    expect(api().requests.filter((r) => r.method === 'GET').length).toBe(2);
  });

  it('an invalid plan fails the check with annotations, and the comment says so', async () => {
    await push({ plan: plan('  - id: db\n    uses: step\n'), version: 'a1b2c3d' });
    files.clear();
    const file = plan(
      '  - id: db\n    uses: stepp\n  - id: web\n    uses: step\n    needs: [api]\n',
    );
    const printed = await push({ plan: file, version: 'e4f5a6b' });
    expect(process.exitCode).toBe(1);
    expect(printed).toMatch(new RegExp(`::error title=phasegate plan,file=${file},line=\\d+`));
    expect(api().comments).toHaveLength(1);
    const body = api().comments[0]?.body ?? '';
    expect(body.startsWith(MARKER)).toBe(true);
    expect(body).toContain('the plan has 2 mistakes; nothing was changed');
    expect(body).toContain('unknown phase kind "stepp"');
    expect(body).toContain('api');
    expect(body).not.toContain('would run db');
  });

  it('masks secrets: the comment is a sink', async () => {
    const secret = 'pr-canary-Zq81LmXv';
    process.env.PR_CANARY = secret;
    const phases =
      '  - id: db\n    uses: step\n    with: { outputs: { key: "${{ env.PR_CANARY }}" } }\n';
    await push({ plan: plan(phases, 'secrets: [PR_CANARY]\n') });
    const body = api().comments[0]?.body ?? '';
    // The output is in the plan's outputs list, masked.
    expect(body).toMatch(/key.*\*\*\*/);
    expect(body).not.toContain(secret.slice(0, 8));
    expect(body).not.toContain(secret.slice(-8));
  });

  it('a token that may not comment: one warning naming the permission, the plan passes', async () => {
    api().failAll(403, 'Resource not accessible by integration');
    const printed = await push({ plan: plan('  - id: db\n    uses: step\n') });
    expect(process.exitCode).toBeUndefined();
    expect(printed).toContain(
      '::warning::No plan comment on the pull request: list the comments failed (403',
    );
    expect(printed).toContain('add "pull-requests: write" under the job\'s permissions:');
  });

  it('comment: false, or a run that is not for a pull request, posts nothing', async () => {
    await push({ plan: plan('  - id: db\n    uses: step\n'), comment: 'false' });
    process.env.GITHUB_EVENT_NAME = 'push';
    const printed = await push({ comment: 'true' });
    expect(printed).toContain('No plan comment: this run is not for a pull request (event "push")');
    expect(api().requests).toEqual([]);
  });

  it('a release (not a dry run) posts nothing unless comment: true', async () => {
    await push({
      plan: plan('  - id: db\n    uses: step\n'),
      'dry-run': 'false',
      deployments: 'false',
    });
    expect(api().requests).toEqual([]);
    await push({ comment: 'true' });
    expect(api().comments[0]?.body).toContain('ran db');
  });
});
