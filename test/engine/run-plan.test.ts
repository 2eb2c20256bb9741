import { describe, expect, it } from 'vitest';
import { MemoryLogger } from '../../src/core/log.js';
import { Secrets } from '../../src/core/secrets.js';
import { RunCancelled } from '../../src/engine/abort.js';
import type { RunResult } from '../../src/engine/result.js';
import { type RunPlanOptions, runPlan } from '../../src/engine/run-plan.js';
import type { Plan } from '../../src/plan/types.js';
import { type Journal, newJournal, testRegistry, unusedAws } from '../helpers/kinds.js';
import { planOf } from '../helpers/plans.js';

function options(
  plan: Plan,
  journal: Journal,
  extra: Partial<RunPlanOptions> = {},
): RunPlanOptions {
  return {
    plan,
    registry: testRegistry(journal),
    run: { app: 'demo', region: 'eu-west-3', environment: 'test', version: 'v1', dryRun: false },
    mode: 'run',
    aws: unusedAws(),
    secrets: new Secrets(),
    resolveSsm: async (names) => Object.fromEntries(names.map((n) => [n, `value of ${n}`])),
    scope: { inputs: { environment: 'test', version: 'v1' }, vars: {}, env: {}, github: {} },
    signal: new AbortController().signal,
    logFor: () => new MemoryLogger(),
    graceMs: 50,
    ...extra,
  };
}

const statuses = (r: RunResult) => Object.fromEntries(r.phases.map((p) => [p.id, p.status]));
const summaries = (r: RunResult) => Object.fromEntries(r.phases.map((p) => [p.id, p.summary]));

describe('runPlan: order', () => {
  it('runs a chain in order and a diamond with its middle side by side', async () => {
    const journal = newJournal();
    const plan = planOf([
      { id: 'db', with: { ms: 5 } },
      { id: 'left', with: { ms: 30 }, needs: ['db'] },
      { id: 'right', with: { ms: 30 }, needs: ['db'] },
      { id: 'verify', needs: ['left', 'right'] },
    ]);
    const result = await runPlan(options(plan, journal));
    expect(result.status).toBe('succeeded');
    expect(journal.events.indexOf('end:db')).toBeLessThan(journal.events.indexOf('start:left'));
    expect(journal.events.indexOf('start:right')).toBeLessThan(journal.events.indexOf('end:left'));
    expect(journal.events.indexOf('end:left')).toBeLessThan(journal.events.indexOf('start:verify'));
    expect(journal.events.indexOf('end:right')).toBeLessThan(
      journal.events.indexOf('start:verify'),
    );
    expect(journal.maxRunning).toBe(2);
  });

  it('never runs more phases at once than max-parallel', async () => {
    const journal = newJournal();
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const plan = planOf(
      ids.map((id) => ({ id, needs: [], with: { ms: 20 } })),
      2,
    );
    const result = await runPlan(options(plan, journal));
    expect(result.status).toBe('succeeded');
    expect(journal.maxRunning).toBe(2);
    expect(journal.events.filter((e) => e.startsWith('end:'))).toHaveLength(5);
  });

  it('passes outputs to later phases through templates', async () => {
    const journal = newJournal();
    const plan = planOf([
      { id: 'build', with: { outputs: { image: 'app:v1' } } },
      { id: 'deploy', with: { outputs: { deployed: '${{ phases.build.outputs.image }}' } } },
    ]);
    const result = await runPlan(options(plan, journal));
    expect(result.phases[1]?.outputs).toEqual({ deployed: 'app:v1' });
  });
});

describe('runPlan: failures', () => {
  it('stop: skips the phases that need the failed one and starts nothing new', async () => {
    const journal = newJournal();
    const plan = planOf(
      [
        { id: 'db', with: { fail: 'migration 003 refused' } },
        { id: 'api', needs: ['db'] },
        { id: 'docs', needs: [] },
        { id: 'verify', needs: ['api'] },
      ],
      1,
    );
    const result = await runPlan(options(plan, journal));
    expect(result.status).toBe('failed');
    expect(result.failedPhase).toBe('db');
    expect(statuses(result)).toEqual({
      db: 'failed',
      api: 'skipped',
      docs: 'skipped',
      verify: 'skipped',
    });
    expect(summaries(result)).toMatchObject({
      db: 'migration 003 refused',
      api: 'skipped (needs db)',
      verify: 'skipped (needs api)',
      docs: 'not started: db failed',
    });
    expect(result.phases[0]?.error?.kind).toBe('failure');
    expect(result.phases[0]?.details).toBe('details of db');
  });

  it('continue: lets dependents run and still fails the release', async () => {
    const journal = newJournal();
    const plan = planOf([
      { id: 'optional', with: { fail: 'smoke test flaky' }, onFailure: 'continue' },
      { id: 'next' },
    ]);
    const result = await runPlan(options(plan, journal));
    expect(statuses(result)).toEqual({ optional: 'failed', next: 'succeeded' });
    expect(result.status).toBe('failed');
  });

  it('rollback: asks the kind to undo exactly what it recorded', async () => {
    const journal = newJournal();
    const plan = planOf([
      {
        id: 'agents',
        with: { change: 'orchestrator:41', fail: 'rollout FAILED' },
        onFailure: 'rollback',
      },
    ]);
    const result = await runPlan(options(plan, journal));
    expect(journal.rolledBack).toEqual([['orchestrator:41']]);
    expect(result.phases[0]?.rollback).toEqual({
      status: 'succeeded',
      summary: 'undid orchestrator:41',
    });
  });

  it('stop: does not roll back', async () => {
    const journal = newJournal();
    const plan = planOf([{ id: 'agents', with: { change: 'x', fail: 'rollout FAILED' } }]);
    const result = await runPlan(options(plan, journal));
    expect(journal.rolledBack).toEqual([]);
    expect(result.phases[0]?.rollback).toBeUndefined();
  });

  it('reports an unexpected exception as a bug with its stack', async () => {
    const journal = newJournal();
    const result = await runPlan(options(planOf([{ id: 'x', with: { bug: true } }]), journal));
    expect(result.bug).toBe(true);
    expect(result.phases[0]?.error?.kind).toBe('bug');
    expect(result.phases[0]?.error?.stack).toContain('TypeError');
  });

  it('maps an AWS access error to a user failure, not a bug', async () => {
    const journal = newJournal();
    const registry = testRegistry(journal);
    const denied = Object.assign(new Error('not authorized to perform ecs:UpdateService'), {
      name: 'AccessDeniedException',
    });
    const kind = registry.phase('step');
    if (!kind) throw new Error('test kind missing');
    kind.run = async () => {
      throw denied;
    };
    const result = await runPlan(options(planOf([{ id: 'x' }]), journal, { registry }));
    expect(result.bug).toBe(false);
    expect(result.phases[0]?.error).toMatchObject({
      kind: 'failure',
      message: expect.stringContaining('ecs:UpdateService'),
    });
  });
});

describe('runPlan: gates', () => {
  it('a failing gate before a phase keeps it from starting and skips its dependents', async () => {
    const journal = newJournal();
    const plan = planOf([
      { id: 'api', before: [{ name: 'db reachable', with: { ok: false, message: 'no answer' } }] },
      { id: 'verify' },
    ]);
    const result = await runPlan(options(plan, journal));
    expect(journal.events).not.toContain('start:api');
    expect(statuses(result)).toEqual({ api: 'failed', verify: 'skipped' });
    expect(result.phases[0]?.error?.kind).toBe('gate');
    expect(result.phases[0]?.summary).toContain('db reachable: no answer');
    expect(result.phases[0]?.gates).toMatchObject([
      { when: 'before', ok: false, name: 'db reachable' },
    ]);
  });

  it('a failing gate after a phase fails it and triggers its rollback', async () => {
    const journal = newJournal();
    const plan = planOf([
      {
        id: 'api',
        with: { change: 'api:7' },
        onFailure: 'rollback',
        after: [{ name: 'healthy', with: { ok: false } }],
      },
    ]);
    const result = await runPlan(options(plan, journal));
    expect(journal.events).toEqual(['start:api', 'end:api', 'check:healthy', 'rollback:api']);
    expect(result.phases[0]?.status).toBe('failed');
    expect(result.phases[0]?.rollback?.status).toBe('succeeded');
  });

  it('an explained AWS error in a gate is a failed gate, as in a checks phase; a bug is a bug', async () => {
    const journal = newJournal();
    const denied = planOf([
      { id: 'api', before: [{ name: 'db', with: { ok: true, throws: 'AccessDeniedException' } }] },
    ]);
    const result = await runPlan(options(denied, journal));
    expect(result.phases[0]?.error?.kind).toBe('gate');
    expect(result.phases[0]?.summary).toContain('db: AWS denied access: denied');
    expect(result.bug).toBeFalsy();
    const buggy = planOf([
      { id: 'api', before: [{ name: 'db', with: { ok: true, throws: 'TypeError' } }] },
    ]);
    const bug = await runPlan(options(buggy, newJournal()));
    expect(bug.phases[0]?.error?.kind).toBe('bug');
    expect(bug.bug).toBe(true);
  });

  it('passing gates are recorded', async () => {
    const journal = newJournal();
    const plan = planOf([{ id: 'api', before: [{ name: 'pre' }], after: [{ name: 'post' }] }]);
    const result = await runPlan(options(plan, journal));
    expect(result.status).toBe('succeeded');
    expect(result.phases[0]?.gates.map((g) => `${g.when}:${g.name}:${g.ok}`)).toEqual([
      'before:pre:true',
      'after:post:true',
    ]);
  });
});

describe('runPlan: timeouts and cancellation', () => {
  it('fails a phase that outlives its timeout', async () => {
    const journal = newJournal();
    const plan = planOf([{ id: 'slow', with: { ms: 10_000 }, timeoutMs: 50 }, { id: 'after' }]);
    const result = await runPlan(options(plan, journal));
    expect(result.phases[0]).toMatchObject({
      status: 'failed',
      error: { kind: 'timeout', message: 'timed out after 50ms' },
    });
    expect(result.phases[1]?.status).toBe('skipped');
  });

  it('stops waiting for a kind that ignores its signal after the grace period', async () => {
    const journal = newJournal();
    const plan = planOf([
      { id: 'stubborn', with: { ms: 5_000, 'ignore-signal': true }, timeoutMs: 30 },
    ]);
    const started = Date.now();
    const result = await runPlan(options(plan, journal, { graceMs: 30 }));
    expect(result.phases[0]?.error?.kind).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(4_000);
  });

  it('on cancellation marks the running phase and the pending ones cancelled', async () => {
    const journal = newJournal();
    const controller = new AbortController();
    const plan = planOf([{ id: 'deploy', with: { ms: 10_000 } }, { id: 'verify' }]);
    const result = await runPlan(
      options(plan, journal, {
        signal: controller.signal,
        onPhaseStart: () =>
          setTimeout(
            () => controller.abort(new RunCancelled('the run was cancelled (SIGTERM)')),
            10,
          ),
      }),
    );
    expect(result.status).toBe('cancelled');
    expect(statuses(result)).toEqual({ deploy: 'cancelled', verify: 'cancelled' });
    expect(result.phases[0]?.summary).toBe('the run was cancelled (SIGTERM)');
    expect(result.phases[1]?.summary).toBe('not started: the run was cancelled (SIGTERM)');
  });
});

describe('runPlan: selection and dry run', () => {
  const plan = () => planOf([{ id: 'db' }, { id: 'api' }, { id: 'agents' }, { id: 'verify' }]);

  it('phases: runs exactly the named phases', async () => {
    const journal = newJournal();
    const result = await runPlan(
      options(plan(), journal, { selection: { phases: ['agents', 'verify'] } }),
    );
    expect(statuses(result)).toEqual({
      db: 'not-selected',
      api: 'not-selected',
      agents: 'succeeded',
      verify: 'succeeded',
    });
  });

  it('from: runs that phase and every later one', async () => {
    const journal = newJournal();
    const result = await runPlan(options(plan(), journal, { selection: { from: 'api' } }));
    expect(statuses(result)).toEqual({
      db: 'not-selected',
      api: 'succeeded',
      agents: 'succeeded',
      verify: 'succeeded',
    });
  });

  it('keeps the plan order through phases that are not selected', async () => {
    const journal = newJournal();
    const p = planOf([{ id: 'deploy', with: { ms: 30 } }, { id: 'verify' }, { id: 'smoke-test' }]);
    const result = await runPlan(
      options(p, journal, { selection: { phases: ['deploy', 'smoke-test'] } }),
    );
    expect(statuses(result)).toMatchObject({ deploy: 'succeeded', 'smoke-test': 'succeeded' });
    expect(journal.events.indexOf('end:deploy')).toBeLessThan(
      journal.events.indexOf('start:smoke-test'),
    );
  });

  it('settled results are not run, and their outputs are in scope', async () => {
    const journal = newJournal();
    const p = planOf([
      { id: 'agents', with: { outputs: { arn: 'new' } } },
      { id: 'tests', with: { outputs: { seen: '${{ phases.agents.outputs.arn }}' } } },
    ]);
    const earlier = {
      id: 'agents',
      name: 'agents',
      uses: 'step',
      status: 'done-earlier' as const,
      summary: 'done in run 1 attempt 1',
      outputs: { arn: 'recorded' },
      gates: [],
    };
    const result = await runPlan(options(p, journal, { settled: [earlier] }));
    expect(statuses(result)).toEqual({ agents: 'done-earlier', tests: 'succeeded' });
    expect(journal.events).not.toContain('start:agents');
    expect(result.phases[1]?.outputs).toEqual({ seen: 'recorded' });
    expect(result.releaseComplete).toBe(true);
  });

  it('refuses an unknown phase with a suggestion', async () => {
    const journal = newJournal();
    await expect(
      runPlan(options(plan(), journal, { selection: { from: 'agent' } })),
    ).rejects.toMatchObject({
      message: 'from: the plan has no phase "agent"',
      hint: expect.stringContaining('did you mean "agents"?'),
    });
  });

  it('dry run shows a placeholder for an output no plan can know yet', async () => {
    const journal = newJournal();
    const p = planOf([
      { id: 'agents' },
      {
        id: 'tests',
        with: { outputs: { td: '${{ phases.agents.outputs.orchestrator-task-definition-arn }}' } },
      },
    ]);
    const result = await runPlan(options(p, journal, { mode: 'plan' }));
    expect(result.status).toBe('succeeded');
    expect(result.phases[1]?.outputs).toEqual({
      td: '<phases.agents.outputs.orchestrator-task-definition-arn>',
    });
  });

  it('dry run asks every kind for its plan and runs no gate', async () => {
    const journal = newJournal();
    const p = planOf([{ id: 'db', before: [{ name: 'pre' }] }, { id: 'api' }]);
    const result = await runPlan(options(p, journal, { mode: 'plan' }));
    expect(journal.events).toEqual(['plan:db', 'plan:api']);
    expect(statuses(result)).toEqual({ db: 'planned', api: 'planned' });
  });
});

describe('runPlan: ssm parameters', () => {
  it('reads ssm references when the phase starts and renders them', async () => {
    const journal = newJournal();
    const asked: string[][] = [];
    const plan = planOf([{ id: 'x', with: { outputs: { url: '${{ ssm:/app/url }}' } } }]);
    const result = await runPlan(
      options(plan, journal, {
        resolveSsm: async (names) => {
          asked.push(names);
          return { '/app/url': 'https://example.test' };
        },
      }),
    );
    expect(asked).toEqual([['/app/url']]);
    expect(result.phases[0]?.outputs).toEqual({ url: 'https://example.test' });
  });
});
