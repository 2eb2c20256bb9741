import { describe, expect, it } from 'vitest';
import { Secrets } from '../../../src/core/secrets.js';
import type { PhaseResult, RunResult } from '../../../src/engine/result.js';
import { runOutputs } from '../../../src/release/report/outputs.js';
import { renderSummary } from '../../../src/release/report/summary.js';
import { terminalTable } from '../../../src/release/report/terminal.js';

const t0 = Date.UTC(2026, 10, 25, 12, 0, 0);

function phase(id: string, extra: Partial<PhaseResult> = {}): PhaseResult {
  return {
    id,
    name: id,
    uses: 'step',
    status: 'succeeded',
    summary: `ran ${id}`,
    outputs: {},
    gates: [],
    ...extra,
  };
}

function result(phases: PhaseResult[], extra: Partial<RunResult> = {}): RunResult {
  return {
    mode: 'run',
    status: 'succeeded',
    startedAt: t0,
    endedAt: t0 + 95_000,
    phases,
    bug: false,
    releaseComplete: false,
    ...extra,
  };
}

const run = {
  app: 'ca-a2a',
  region: 'eu-west-3',
  environment: 'production',
  version: 'v5.1',
  dryRun: false,
  runUrl: 'https://github.com/o/r/actions/runs/42',
  actor: 'alice',
};

describe('renderSummary: a cancelled run', () => {
  it('says Cancelled, not Failed, and which rollouts ECS goes on with', () => {
    const goesOn = 'ECS goes on rolling out services extractor, validator';
    const md = renderSummary({
      planFile: 'phases/ca-a2a.yml',
      run,
      result: result(
        [
          phase('agents', {
            status: 'cancelled',
            summary: `the run was cancelled (SIGTERM); ${goesOn}`,
            startedAt: t0,
            endedAt: t0 + 9_000,
            error: {
              kind: 'cancelled',
              message: `the run was cancelled (SIGTERM); ${goesOn}`,
              hint: 'check them, or re-run the release',
              goesOn,
            },
          }),
          phase('verify', { status: 'cancelled', summary: 'not started: the run was cancelled' }),
        ],
        { status: 'cancelled' },
      ),
    });
    expect(md).toContain('release cancelled');
    expect(md).toContain(
      `> 🚫 **agents** cancelled: the run was cancelled (SIGTERM); ${goesOn}; check them or re-run`,
    );
    expect(md).toContain(`**Cancelled**: the run was cancelled (SIGTERM); ${goesOn}`);
    expect(md).not.toContain('**Failed**');
    expect(md).not.toContain('**verify** cancelled');
  });
});

describe('renderSummary', () => {
  it('has a header, a phase table, per-phase sections and a gantt chart', () => {
    const md = renderSummary({
      planFile: 'phases/ca-a2a.yml',
      run,
      result: result(
        [
          phase('migrate', {
            startedAt: t0,
            endedAt: t0 + 12_000,
            details: '3 files applied',
            outputs: { applied: '3' },
          }),
          phase('agents', {
            status: 'failed',
            summary: 'orchestrator: rollout FAILED | see events',
            startedAt: t0 + 12_000,
            endedAt: t0 + 95_000,
            error: { kind: 'failure', message: 'rollout FAILED' },
            rollback: { status: 'succeeded', summary: 'back on :41' },
          }),
          phase('verify', { status: 'skipped', summary: 'skipped (needs agents)' }),
        ],
        { status: 'failed', failedPhase: 'agents' },
      ),
    });
    expect(md).toContain('## ❌ ca-a2a v5.1 → production: release failed');
    expect(md).toContain('**Duration** 1m35s');
    expect(md).toContain('**Run** [#42](https://github.com/o/r/actions/runs/42)');
    expect(md).toContain('> **agents** failed: orchestrator: rollout FAILED | see events');
    expect(md).toContain('| ✅ | migrate | `step` | 12s | ran migrate |');
    expect(md).toContain(
      '| ❌ | agents | `step` | 1m23s | orchestrator: rollout FAILED \\| see events |',
    );
    expect(md).toContain('| ⏭️ | verify | `step` |  | skipped (needs agents) |');
    expect(md).toContain('<details open>\n<summary>❌ agents (1m23s)</summary>');
    expect(md).toContain('**Rollback** ↩️ back on :41');
    expect(md).toContain('| `applied` | 3 |');
    expect(md).toMatch(
      /```mermaid\ngantt\n {4}dateFormat x\n {4}axisFormat %M:%S\n {4}migrate :done, p0, 0, 12000\n {4}agents :crit, p1, 12000, 95000\n```/,
    );
  });

  it('stays under the size limit and says what it left out', () => {
    const huge = 'x'.repeat(300_000);
    const phases = ['a', 'b', 'c', 'd', 'e'].map((id) => phase(id, { details: huge }));
    const md = renderSummary({ planFile: 'p.yml', run, result: result(phases) }, 1_000_000);
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(1_000_000);
    expect(md).toContain('2 phase sections were left out');
    expect(md).toContain('| ✅ | e |');
  });

  it('flags a bug and keeps its stack', () => {
    const md = renderSummary({
      planFile: 'p.yml',
      run,
      result: result(
        [
          phase('x', {
            status: 'failed',
            error: {
              kind: 'bug',
              message: 'unexpected error: boom',
              stack: 'TypeError: boom\n    at f',
            },
          }),
        ],
        { status: 'failed', failedPhase: 'x', bug: true },
      ),
    });
    expect(md).toContain('this is a bug');
    expect(md).toContain('TypeError: boom\n    at f');
  });
});

describe('outputs and terminal table', () => {
  it('gives status, failed-phase and a JSON result', () => {
    const out = runOutputs(
      result(
        [
          phase('a', { startedAt: t0, endedAt: t0 + 1000, outputs: { arn: 'x' } }),
          phase('b', { status: 'failed', summary: 'no' }),
        ],
        { status: 'failed', failedPhase: 'b' },
      ),
    );
    expect(out.status).toBe('failed');
    expect(out['failed-phase']).toBe('b');
    const json = JSON.parse(out.result);
    expect(json.phases[0]).toMatchObject({
      id: 'a',
      status: 'succeeded',
      durationMs: 1000,
      outputs: { arn: 'x' },
    });
    expect(json.phases[1]).toMatchObject({ id: 'b', status: 'failed', durationMs: null });
  });

  it('prints an aligned table', () => {
    const text = terminalTable(
      result([
        phase('migrate', { startedAt: t0, endedAt: t0 + 2000 }),
        phase('agents', { status: 'failed', summary: 'rollout FAILED' }),
      ]),
    );
    expect(text.split('\n').slice(0, 3)).toEqual([
      'status  phase    kind  time  result',
      'ok      migrate  step  2s    ran migrate',
      'FAILED  agents   step        rollout FAILED',
    ]);
  });
});

describe('Secrets', () => {
  it('masks every registered value, longest first, and each line of a multi-line one', () => {
    const seen: string[] = [];
    const secrets = new Secrets((v) => seen.push(v));
    secrets.add('hunter2-long-password');
    secrets.add('-----BEGIN KEY-----\nabcdef123\n-----END KEY-----');
    expect(secrets.mask('pw=hunter2-long-password and abcdef123')).toBe('pw=*** and ***');
    expect(seen).toContain('abcdef123');
  });
});
