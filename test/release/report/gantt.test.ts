import { describe, expect, it } from 'vitest';
import type { PhaseResult, RunResult } from '../../../src/engine/result.js';
import { ganttChart } from '../../../src/release/report/gantt.js';

const t0 = Date.UTC(2026, 10, 25, 12, 0, 0);

function phase(id: string, from: number, to: number): PhaseResult {
  const times = { startedAt: t0 + from, endedAt: t0 + to };
  return {
    id,
    name: id,
    uses: 'step',
    status: 'succeeded',
    summary: '',
    outputs: {},
    gates: [],
    ...times,
  };
}

function run(phases: PhaseResult[], spanMs: number): RunResult {
  return {
    mode: 'run',
    status: 'succeeded',
    startedAt: t0,
    endedAt: t0 + spanMs,
    phases,
    bug: false,
    releaseComplete: false,
  };
}

describe('ganttChart', () => {
  it('keeps a 47 ms phase 47 ms long, ending before the next one starts', () => {
    const chart = ganttChart(run([phase('lookup', 0, 47), phase('deploy', 48, 2_300)], 2_300));
    expect(chart).toContain('    lookup :done, p0, 0, 47\n');
    expect(chart).toContain('    deploy :done, p1, 48, 2300\n');
    // A run of seconds gets millisecond ticks (Mermaid's %L).
    expect(chart).toContain('    axisFormat %S.%L\n');
  });

  it('gives a phase that took no measurable time 1 ms, and long runs coarser ticks', () => {
    expect(ganttChart(run([phase('noop', 5, 5)], 60_000))).toContain('noop :done, p0, 5, 6\n');
    expect(ganttChart(run([phase('a', 0, 10)], 60_000))).toContain('axisFormat %M:%S');
    expect(ganttChart(run([phase('a', 0, 10)], 4_000_000))).toContain('axisFormat %H:%M');
  });
});
