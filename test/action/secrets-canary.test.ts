/**
 * Canary secrets (issue 10, "Done when"): values holding & < > " ' \ % and a 64-character one,
 * learned through an SSM SecureString, a Secrets Manager password, an env var named under
 * `secrets:` and an HTTP header, then echoed back by the world (an HTTP answer, a failing SQL
 * statement, a task's log) and written into task overrides, in passing and failing checks.
 * No exact, escaped, encoded or 8-character fragment may reach any sink of the CLI (stdout,
 * stderr, --json, --summary), the action (stdout, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY) or the
 * release record in Parameter Store.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { GetParametersByPathCommand } from '@aws-sdk/client-ssm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/action/main.js';
import { main } from '../../src/cli/main.js';
import { runnerFiles } from '../helpers/github-files.js';
import { leaks } from '../helpers/leaks.js';
import { clientsFor, useSandbox, withSandboxEnv } from '../helpers/sandbox.js';

const ODD_SSM = `ssm&tok<en>"q'u\\o%te-canary-1`;
const LONG_SSM = `L64${'x9Y8w7V6u5T4s3R2'.repeat(4)}`.slice(0, 64);
const SM_PASSWORD = `sm&pa<ss>"w'o\\r%d-canary-2`;
const ENV_TOKEN = `env&to<ke>"n'v\\a%l-canary-3`;
const HEADER = `hdr&be<ar>"e'r\\x%y-canary-4`;
const CANARIES = { ODD_SSM, LONG_SSM, SM_PASSWORD, ENV_TOKEN, HEADER };
const SECRET_ID = 'canary/db';

const sandbox = useSandbox({
  scenario: {
    'account-id': '555043101106',
    'time-scale': 1000,
    ssm: {
      parameters: [
        { name: '/canary/odd', value: ODD_SSM, type: 'SecureString' },
        { name: '/canary/long', value: LONG_SSM, type: 'SecureString' },
      ],
    },
    'secrets-manager': { secrets: [{ name: SECRET_ID, value: SM_PASSWORD }] },
    'rds-data': {
      clusters: [{ name: 'canary-db', secrets: ['canary/db'], databases: ['app'] }],
    },
    ecs: {
      clusters: ['canary'],
      'task-definitions': [
        {
          family: 'canary-job',
          definition: {
            networkMode: 'bridge',
            requiresCompatibilities: ['EC2'],
            containerDefinitions: [{ name: 'job', image: 'busybox', memory: 128 }],
          },
        },
      ],
      // The world echoes what it was given: the task fails and prints the token it refused.
      'run-task': [
        { family: 'canary-job', 'exit-code': 1, reason: `refused ${ENV_TOKEN}`, logs: [] },
      ],
    },
  },
});

/** An API that echoes the request and, like a careless error page, the database password. */
let server: Server;
let base = '';
const files = runnerFiles();
const plan = join(files.dir, 'canary.yml');
const saved = { ...process.env };
let restore: () => void;

beforeAll(async () => {
  restore = withSandboxEnv(sandbox());
  server = createServer((req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ headers: req.headers, dsn: `postgres://app:${SM_PASSWORD}@db` }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  writeFileSync(plan, canaryPlan(base));
});
afterAll(async () => {
  restore();
  process.env = saved;
  process.exitCode = undefined;
  await new Promise((resolve) => server.close(resolve));
});

function canaryPlan(url: string): string {
  const cluster = 'arn:aws:rds:eu-west-3:555043101106:cluster:canary-db';
  // AWS appends six random characters to a secret's name in its ARN.
  const secret = `arn:aws:secretsmanager:eu-west-3:555043101106:secret:${SECRET_ID}-AbC123`;
  const sql = `resource-arn: "${cluster}", secret-arn: "${secret}", database: app`;
  return `version: 1
app: canary
region: eu-west-3
secrets: [CANARY_TOKEN, CANARY_UNSET]
phases:
  - id: db
    uses: migrate
    on-failure: continue
    with:
      via: pg
      host: 127.0.0.1
      port: 9
      user: app
      database: app
      ssl: disable
      password-secret: ${SECRET_ID}
  - id: passing
    uses: checks
    needs: []
    with:
      checks:
        - uses: http
          with:
            url: ${url}/echo
            headers:
              Authorization: "Bearer ${HEADER.replace(/["\\]/g, '\\$&')}"
              X-Canary: "\${{ ssm:/canary/odd }}"
              X-Env: "\${{ env.CANARY_TOKEN }}"
            expect-json:
              headers.x-canary: "\${{ ssm:/canary/odd }}"
              headers.x-env: "\${{ env.CANARY_TOKEN }}"
        - uses: sql
          with: { ${sql}, query: "SELECT $q$\${{ ssm:/canary/long }}$q$", expect: "\${{ ssm:/canary/long }}" }
  - id: failing
    uses: checks
    needs: []
    on-failure: continue
    with:
      checks:
        - uses: http
          with:
            url: ${url}/echo
            headers: { X-Long: "\${{ ssm:/canary/long }}", X-Env: "\${{ env.CANARY_TOKEN }}" }
            expect-json: { headers.x-env: "not the token", headers.x-long: "no" }
            expect-body-contains: ["\${{ ssm:/canary/long }}-missing"]
        - uses: sql
          with: { ${sql}, query: "SELECT $q$\${{ ssm:/canary/odd }}$q$::int" }
  - id: task
    uses: ecs-run-task
    needs: []
    with:
      cluster: canary
      task-definition: canary-job
      launch-type: EC2
      overrides:
        command: [login, "\${{ env.CANARY_TOKEN }}", "\${{ ssm:/canary/long }}"]
        environment: { TOKEN: "\${{ ssm:/canary/odd }}" }
`;
}

function expectNoLeak(sink: string, text: string): void {
  for (const [name, secret] of Object.entries(CANARIES))
    expect(leaks(text, secret), `${name} in ${sink}`).toEqual([]);
}

describe('canary secrets', () => {
  it('reach no sink of the CLI: stdout, stderr, --json, --summary', async () => {
    let stdout = '';
    let stderr = '';
    const summary = join(files.dir, 'cli-summary.md');
    const io = {
      stdout: (t: string) => (stdout += t),
      stderr: (t: string) => (stderr += t),
      env: { ...process.env, CANARY_TOKEN: ENV_TOKEN },
    };
    const code = await main(['run', plan, '--json', '--summary', summary, '--version', 'v1'], io);
    expect(code, stderr).toBe(2);
    const json = JSON.parse(stdout);
    // The run did reach every path the canaries were meant to take.
    expect(json.phases.map((p: { id: string; status: string }) => `${p.id}:${p.status}`)).toEqual([
      'db:failed',
      'passing:succeeded',
      'failing:failed',
      'task:failed',
    ]);
    expectNoLeak('stdout (--json)', stdout);
    expectNoLeak('stderr', stderr);
    expectNoLeak('--summary', readFileSync(summary, 'utf8'));
    // The world did echo the canaries: a failing statement, an answer, a task's reason.
    const written = readFileSync(summary, 'utf8');
    for (const echo of ['invalid input syntax', 'does not contain', 'refused ***', 'login *** ***'])
      expect(written).toContain(echo);
  });

  it('reach no sink of the action: stdout, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY', async () => {
    files.clear();
    Object.assign(process.env, files.env, { INPUT_PLAN: plan, CANARY_TOKEN: ENV_TOKEN });
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    let printed = '';
    try {
      await run();
    } finally {
      printed = write.mock.calls.map((c) => String(c[0])).join('');
      write.mockRestore();
    }
    // ::add-mask:: hands the forms to the runner, which hides them from the log it shows.
    const log = printed
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n');
    expect(printed).toContain('::add-mask::');
    expectNoLeak('stdout', log);
    expectNoLeak('GITHUB_OUTPUT', readFileSync(files.env.GITHUB_OUTPUT, 'utf8'));
    expectNoLeak('GITHUB_STEP_SUMMARY', files.summary());
    expect(files.outputs().status).toBe('failed');
  });

  it('reach no entry of the release record (both runs above wrote theirs)', async () => {
    const ssm = clientsFor(sandbox()).ssm;
    const out = await ssm.send(
      new GetParametersByPathCommand({ Path: '/phasegate/canary', Recursive: true }),
    );
    const entries = (out.Parameters ?? []).map((p) => `${p.Name} ${p.Value}`);
    expect(entries.some((e) => e.includes('/phases/passing '))).toBe(true);
    expectNoLeak('the release record', entries.join('\n'));
  });
});
