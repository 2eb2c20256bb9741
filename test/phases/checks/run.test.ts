/**
 * The checks phase and gates through the engine, against one sandbox (ECS with a health route,
 * and the Data API on PGlite): the CA-A2A verify phase, retries, failures, dry runs, and sql and
 * http checks as gates before and after a phase.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkKinds } from '../../../src/checks/index.js';
import type { CheckKind } from '../../../src/checks/kind.js';
import { MemoryLogger } from '../../../src/core/log.js';
import { Secrets } from '../../../src/core/secrets.js';
import { boolean, number, object, optional, string } from '../../../src/core/shape.js';
import type { RunResult } from '../../../src/engine/result.js';
import { runPlan } from '../../../src/engine/run-plan.js';
import { checksPhaseKind } from '../../../src/phases/checks/index.js';
import { Registry } from '../../../src/phases/registry.js';
import type { Sandbox } from '../../../src/sandbox/index.js';
import { sandboxAws } from '../../checks/context.js';
import { newJournal, stepKind } from '../../helpers/kinds.js';
import { type PhaseInput, planOf } from '../../helpers/plans.js';
import { useSandbox } from '../../helpers/sandbox.js';

const CLUSTER = 'ca-a2a-cluster';
const REGISTRY = '555043101106.dkr.ecr.eu-west-3.amazonaws.com/ca-a2a';
const SERVICES = ['orchestrator', 'extractor'];

const sandbox = useSandbox({
  scenario: {
    'account-id': '555043101106',
    'rds-data': {
      clusters: [
        {
          name: 'documents-db',
          secrets: ['arn:aws:secretsmanager:eu-west-3:555043101106:secret:ca-a2a/db-password'],
          databases: ['documents'],
          'init-sql': 'CREATE TABLE revoked_tokens (jti varchar(255) PRIMARY KEY);',
        },
      ],
    },
    ecs: {
      clusters: [CLUSTER],
      services: SERVICES.map((name, i) => ({
        name,
        image: `${REGISTRY}/${name}:v5.1`,
        port: 8001 + i,
        'load-balancer': name === 'orchestrator',
      })),
    },
  },
});

/** A check that fails its first `fail-times` runs (counted per key), then passes. */
const tries = new Map<string, number>();
const flakyCheck: CheckKind<{ key: string; 'fail-times': number; bug?: boolean }> = {
  name: 'flaky',
  description: 'test check: fails a number of times, then passes',
  settings: object({
    key: string(),
    'fail-times': number({ integer: true, min: 0 }),
    bug: optional(boolean()),
  }),
  async run(ctx) {
    if (ctx.config.bug) throw new TypeError('flaky check has a bug');
    const n = (tries.get(ctx.config.key) ?? 0) + 1;
    tries.set(ctx.config.key, n);
    return n > ctx.config['fail-times']
      ? { ok: true, summary: `passed on try ${n}` }
      : { ok: false, summary: `not yet (try ${n})` };
  },
};

const journal = newJournal();
const registry = new Registry({
  phases: [checksPhaseKind([...checkKinds, flakyCheck]), stepKind(journal)],
  checks: [...checkKinds],
});

let box: Sandbox;
let aws: ReturnType<typeof sandboxAws>;
let logs: Map<string, MemoryLogger>;
beforeAll(() => {
  box = sandbox();
  aws = sandboxAws(box);
});
afterAll(() => aws?.destroy());

const vars = () => ({
  'alb-url': `${box.url}/orchestrator`,
  'image-tag': 'v5.1',
  cluster: CLUSTER,
  'db-cluster-arn': 'arn:aws:rds:eu-west-3:555043101106:cluster:documents-db',
  'db-secret-arn': 'arn:aws:secretsmanager:eu-west-3:555043101106:secret:ca-a2a/db-password',
});

async function run(phases: PhaseInput[], mode: 'run' | 'plan' = 'run'): Promise<RunResult> {
  logs = new Map();
  return runPlan({
    plan: planOf(phases),
    registry,
    run: {
      app: 'ca-a2a',
      region: 'eu-west-3',
      environment: 'test',
      version: 'v5.1',
      dryRun: mode === 'plan',
    },
    mode,
    aws,
    secrets: new Secrets(),
    resolveSsm: async () => ({}),
    scope: { inputs: { version: 'v5.1' }, vars: vars(), env: {}, github: {} },
    signal: new AbortController().signal,
    logFor: (phase) => {
      const log = new MemoryLogger();
      logs.set(phase.id, log);
      return log;
    },
  });
}

const sqlTarget = {
  'resource-arn': '${{ vars.db-cluster-arn }}',
  'secret-arn': '${{ vars.db-secret-arn }}',
  database: 'documents',
};
const tableExists = (table: string) => ({
  name: `${table} table exists`,
  uses: 'sql',
  with: {
    ...sqlTarget,
    query: `SELECT to_regclass('public.${table}') IS NOT NULL`,
    expect: 'true',
  },
});
const healthy = {
  name: 'orchestrator healthy on the release version',
  uses: 'http',
  with: {
    url: '${{ vars.alb-url }}/health',
    'expect-status': 200,
    'expect-json': { status: 'healthy', version: '${{ vars.image-tag }}' },
  },
};

/** The verify phase of phases/ca-a2a.yml, on this sandbox's services. */
const verify = {
  checks: [
    healthy,
    {
      name: 'services stable',
      uses: 'ecs-service',
      with: {
        cluster: '${{ vars.cluster }}',
        services: SERVICES,
        'expect-image-tag': '${{ vars.image-tag }}',
      },
    },
    {
      name: 'revoked_tokens table readable',
      uses: 'sql',
      with: { ...sqlTarget, query: 'SELECT COUNT(*) FROM revoked_tokens' },
    },
  ],
};

const flaky = (key: string, failTimes: number) => ({
  name: key,
  uses: 'flaky',
  with: { key, 'fail-times': failTimes },
});
const fastRetry = (attempts: number) => ({ attempts, interval: '10ms' });

describe('the checks phase kind', () => {
  it('runs the CA-A2A verification: every check passes', async () => {
    const result = await run([{ id: 'verify', uses: 'checks', with: verify }]);
    const phase = result.phases[0];
    expect(phase?.error).toBeUndefined();
    expect(phase?.status).toBe('succeeded');
    expect(phase?.summary).toBe('3/3 checks passed');
    expect(phase?.outputs).toEqual({ passed: '3', failed: '0' });
    expect(phase?.details).toMatch(
      /\| ✅ \| services stable \| ecs-service \| 1 \| .* \| 2\/2 services stable on v5\.1 \|/,
    );
    expect(phase?.details).toContain('version=v5.1');
    expect(phase?.details).toContain('#### ✅ services stable');
  });

  it('retries a failed check until it passes', async () => {
    const result = await run([
      {
        id: 'verify',
        uses: 'checks',
        with: { checks: [flaky('twice', 2), healthy], retry: fastRetry(3) },
      },
    ]);
    const phase = result.phases[0];
    expect(phase?.status).toBe('succeeded');
    expect(phase?.summary).toBe('2/2 checks passed (1 check after retries)');
    expect(phase?.details).toMatch(/\| ✅ \| twice \| flaky \| 3 \| .* \| passed on try 3 \|/);
    const text = logs.get('verify')?.text() ?? '';
    expect(text).toContain('twice: failed (try 1 of 3): not yet (try 1); trying again in 10ms');
    expect(text).toContain('twice: failed (try 2 of 3): not yet (try 2)');
  });

  it('fails naming every check that still fails once its tries run out', async () => {
    const result = await run([
      {
        id: 'verify',
        uses: 'checks',
        with: { checks: [flaky('always', 99), tableExists('users'), healthy], retry: fastRetry(2) },
      },
    ]);
    const phase = result.phases[0];
    expect(phase?.status).toBe('failed');
    expect(phase?.error?.kind).toBe('failure');
    expect(phase?.summary).toBe(
      `2 of 3 checks failed: always: not yet (try 2); users table exists: SELECT to_regclass('public.users') IS NOT NULL: returned "false", expected "true"`,
    );
    expect(phase?.outputs).toEqual({ passed: '1', failed: '2' });
    expect(phase?.details).toMatch(/\| ❌ \| always \| flaky \| 2 \|/);
    expect(tries.get('always')).toBe(2);
  });

  it('lists what it would check in a dry run, calling nothing', async () => {
    box.requests.clear();
    const before = tries.get('dry') ?? 0;
    const result = await run(
      [
        {
          id: 'verify',
          uses: 'checks',
          with: { ...verify, checks: [...verify.checks, flaky('dry', 0)] },
        },
      ],
      'plan',
    );
    const phase = result.phases[0];
    expect(phase?.status).toBe('planned');
    expect(phase?.summary).toBe(
      'would run 4 checks: orchestrator healthy on the release version, services stable, revoked_tokens table readable, dry',
    );
    const lines = phase?.plan?.items.map((i) => i.line) ?? [];
    expect(lines[0]).toContain(`GET ${box.url}/orchestrator/health → 200`);
    expect(lines[1]).toContain(`orchestrator, extractor in ${CLUSTER} stable on v5.1`);
    expect(lines[2]).toContain('SELECT COUNT(*) FROM revoked_tokens on documents-db');
    expect(phase?.plan?.items[0]?.facts).toEqual(['tried up to 3 times, 5s apart']);
    expect(phase?.plan?.changes).toBe(false);
    expect(box.requests.all()).toEqual([]);
    expect(tries.get('dry') ?? 0).toBe(before);
  });

  it('treats an exception that is not a user error as a bug', async () => {
    const result = await run([
      {
        id: 'verify',
        uses: 'checks',
        with: { checks: [{ uses: 'flaky', with: { key: 'b', 'fail-times': 0, bug: true } }] },
      },
    ]);
    expect(result.phases[0]?.error).toMatchObject({
      kind: 'bug',
      message: 'unexpected error: flaky check has a bug',
    });
    expect(result.bug).toBe(true);
  });
});

describe('sql and http checks as gates', () => {
  it('lets a phase run when its gates pass, before and after', async () => {
    journal.events.length = 0;
    const result = await run([
      { id: 'agents', before: [tableExists('revoked_tokens')], after: [healthy] },
    ]);
    const phase = result.phases[0];
    expect(phase?.status).toBe('succeeded');
    expect(phase?.gates.map((g) => [g.when, g.uses, g.ok])).toEqual([
      ['before', 'sql', true],
      ['after', 'http', true],
    ]);
    expect(phase?.gates[1]?.summary).toBe(
      `GET ${box.url}/orchestrator/health: 200, status=healthy, version=v5.1`,
    );
    expect(journal.events).toEqual(['start:agents', 'end:agents']);
  });

  it('keeps a phase from starting when a gate before it fails', async () => {
    journal.events.length = 0;
    const result = await run([
      { id: 'agents', before: [tableExists('revoked_tokenz')] },
      { id: 'verify', uses: 'checks', with: verify },
    ]);
    const [agents, after] = result.phases;
    expect(agents?.status).toBe('failed');
    expect(agents?.error?.kind).toBe('gate');
    expect(agents?.summary).toBe(
      `gate before the phase failed: revoked_tokenz table exists: SELECT to_regclass('public.revoked_tokenz') IS NOT NULL: returned "false", expected "true"`,
    );
    expect(after?.status).toBe('skipped');
    expect(journal.events).toEqual([]);
  });

  it('fails the phase when a gate after it fails', async () => {
    const wrongVersion = {
      ...healthy,
      with: { ...healthy.with, 'expect-json': { version: 'v5.2' } },
    };
    const result = await run([{ id: 'agents', after: [wrongVersion] }]);
    const phase = result.phases[0];
    expect(phase?.status).toBe('failed');
    expect(phase?.error?.kind).toBe('gate');
    expect(phase?.summary).toMatch(
      /^gate after the phase failed: .*version is "v5\.1", expected "v5\.2"$/,
    );
  });
});
