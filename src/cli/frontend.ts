/**
 * What the terminal shows while a release runs: each phase's log lines, a ▶ line when it starts
 * and a ■ line when it ends. A failure is stated once, in the table at the end (stdout, what a
 * script keeps); its ■ line says only that the phase failed and how its rollback went.
 */
import type { Paint } from '../core/colour.js';
import type { Secrets } from '../core/secrets.js';
import type { PhaseResult } from '../engine/result.js';
import type { Frontend } from '../release/release.js';
import { startLine } from '../release/report/start.js';
import { STATUS_TONE } from '../release/report/terminal.js';
import type { CliIo } from './io.js';
import { TerminalLog } from './terminal-log.js';

export function terminalFrontend(io: CliIo, secrets: Secrets, paint: Paint): Frontend {
  return {
    secrets,
    releaseLog: new TerminalLog('release', (line) => io.stderr(line), secrets),
    onStart: (run, start) => io.stderr(`${secrets.mask(startLine(run, start))}\n`),
    logFor: (phase: { id: string }) =>
      new TerminalLog(phase.id, (line) => io.stderr(line), secrets),
    onPhaseStart: (phase: { id: string; uses: string }) =>
      io.stderr(`[${phase.id}] ${paint(STATUS_TONE.started, '▶ started')} (${phase.uses})\n`),
    onPhaseEnd: (result: PhaseResult) => io.stderr(endLines(result, paint)),
  };
}

function endLines(result: PhaseResult, paint: Paint): string {
  const status = paint(STATUS_TONE[result.status], `■ ${result.status}`);
  // A failure is stated in the table at the end; here only that it happened.
  const failed = result.status === 'failed';
  const lines = [
    failed ? `${status} (the reason follows at the end)` : `${status}: ${result.summary}`,
  ];
  if (result.rollback) lines.push(`rollback ${result.rollback.status}: ${result.rollback.summary}`);
  return lines.map((line) => `[${result.id}] ${line}\n`).join('');
}
