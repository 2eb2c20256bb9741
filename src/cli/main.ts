/**
 * The CLI: the same release engine as the action, with a terminal for a log, a compact table at
 * the end, and exit codes a script can act on (0 ok, 2 explained failure, 1 bug, 3 a plan with
 * nothing to change, 130 cancelled).
 */

import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { explainFailure } from '../aws/errors.js';
import { colourWanted, painter } from '../core/colour.js';
import {
  bugReport,
  type Diagnostic,
  formatDiagnostic,
  InvalidFileError,
  UserError,
} from '../core/errors.js';
import { checkWritable } from '../core/output-paths.js';
import { Secrets } from '../core/secrets.js';
import { plural } from '../core/text.js';
import { planHasChanges, type RunResult } from '../engine/result.js';
import { builtinRegistry, type Registry } from '../phases/registry.js';
import { graphText } from '../plan/graph.js';
import { loadPlan } from '../plan/load.js';
import type { Plan } from '../plan/types.js';
import { parseVarAssignments } from '../plan/vars-input.js';
import { runRelease } from '../release/release.js';
import { resultJson } from '../release/report/outputs.js';
import { planText } from '../release/report/plan-view.js';
import { renderSummary } from '../release/report/summary.js';
import { terminalTable } from '../release/report/terminal.js';
import { cancelOnSignals } from '../release/signals.js';
import { type Command, parseCommand, type RunOptions } from './args.js';
import { terminalFrontend } from './frontend.js';
import { helpText } from './help.js';
import { type CliIo, maskedIo } from './io.js';
import { releaseSettings } from './settings.js';

/**
 * `noChanges`: `phasegate plan --detailed-exitcode` found nothing to change. Opt-in, as
 * terraform's -detailed-exitcode, so a plain `plan` under `set -e` never fails for lack of work;
 * not 2, which is phasegate's failure. Documented in the README and --help.
 */
export const EXIT = { ok: 0, bug: 1, failed: 2, noChanges: 3, cancelled: 130 } as const;

export async function main(
  argv: string[],
  io: CliIo = processIo(),
  registry = builtinRegistry(),
): Promise<number> {
  const secrets = new Secrets();
  const out = maskedIo(io, secrets);
  try {
    return await execute(parseCommand(argv), out, registry, secrets);
  } catch (error) {
    return reportError(error, out);
  }
}

async function execute(
  command: Command,
  io: CliIo,
  registry: Registry,
  secrets: Secrets,
): Promise<number> {
  switch (command.name) {
    case 'help':
      io.stdout(helpText(command.topic));
      return EXIT.ok;
    case 'validate':
      return validate(command.plan, parseVarAssignments(command.vars), io, registry);
    case 'sandbox':
      return (await import('./sandbox-command.js')).serveSandbox(command, io);
    case 'status':
      return (await import('./status-command.js')).statusCommand(command, io, registry);
    case 'migrate-repair':
    case 'migrate-unlock':
      return (await import('./migrate-command.js')).migrateCommand(command, io, registry, secrets);
    case 'iam-policy':
      return (await import('./iam-policy-command.js')).iamPolicyCommand(
        command,
        io,
        registry,
        secrets,
      );
    case 'workflow':
      return (await import('./workflow-command.js')).workflowCommand(command, io, registry);
    default:
      return release(command.plan, command.options, command.name === 'plan', io, registry, secrets);
  }
}

async function validate(
  file: string,
  vars: Record<string, string>,
  io: CliIo,
  registry: Registry,
): Promise<number> {
  const onWarning = (d: Diagnostic) => io.stderr(`${formatDiagnostic(d)}\n`);
  const plan = await loadPlan(file, { registry, vars, onWarning });
  io.stdout(
    `${file}: valid, ${plural(plan.phases.length, 'phase')}: ${plan.phases.map((p) => p.id).join(', ')}\n${graphText(plan.phases)}\n`,
  );
  return EXIT.ok;
}

async function release(
  file: string,
  options: RunOptions,
  dryRun: boolean,
  io: CliIo,
  registry: Registry,
  secrets: Secrets,
): Promise<number> {
  const settings = releaseSettings(file, options, dryRun, io.env);
  if (options.summary) checkWritable(options.summary, '--summary');
  const plan = await loadPlan(file, { registry, vars: settings.vars });
  if (dryRun) io.stderr(`phases:\n${graphText(plan.phases)}\n`);
  const sandbox = options.sandbox ? await startSandboxFor(plan, options, io) : undefined;
  const cancel = cancelOnSignals();
  try {
    const env = { ...io.env, ...sandbox?.env };
    const { result: raw, run } = await runRelease(
      plan,
      settings,
      terminalFrontend(io, secrets, painter(io.colour?.stderr === true)),
      {
        registry,
        env,
        signal: cancel.signal,
      },
    );
    // Values masked before they are escaped into markdown and JSON; the final text is masked
    // again as it is written (maskedIo, and here for the summary file).
    const result = secrets.maskValues(raw);
    io.stdout(
      options.json
        ? `${JSON.stringify(resultJson(result, plan.phases), null, 2)}\n`
        : terminalText(result, io),
    );
    printBugs(result, io);
    if (options.summary) {
      const markdown = secrets.mask(
        renderSummary({ result, run, planFile: plan.file, graph: graphText(plan.phases) }),
      );
      // The table is out already: a failed write loses nothing but the file.
      await writeSummary(options.summary, markdown).catch((error: unknown) => {
        throw new UserError(
          `the summary could not be written to ${options.summary}: ${String(error)}`,
        );
      });
    }
    return exitCode(result, options.detailedExitcode);
  } finally {
    cancel.dispose();
    await sandbox?.close();
  }
}

async function writeSummary(file: string, markdown: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, markdown);
}

/**
 * `--sandbox`: an in-process sandbox whose endpoints the AWS clients of this run use. Loaded
 * lazily so the sandbox (and PGlite) stay out of every path that does not ask for it.
 */
async function startSandboxFor(plan: Plan, options: RunOptions, io: CliIo) {
  const { startSandbox } = await import('../sandbox/index.js');
  const conventional = join('sandbox', basename(plan.file, extname(plan.file)) + '.yml');
  const scenario = options.scenario ?? (existsSync(conventional) ? conventional : undefined);
  const sandbox = await startSandbox(scenario ? { scenario } : {});
  // Every region's requests reach the one sandbox; AWS would answer them from another Region,
  // where none of the scenario's resources exist. Say so before the run, not as a Data API error.
  if (sandbox.scenario.region !== plan.region) {
    await sandbox.close();
    throw new UserError(
      `the sandbox scenario${scenario ? ` ${scenario}` : ''} plays ${sandbox.scenario.region}, but the plan works in ${plan.region}`,
      `write region: ${plan.region} in the scenario, or use a scenario made for this plan`,
    );
  }
  io.stderr(
    `sandbox: listening on ${sandbox.url}${scenario ? ` with scenario ${scenario}` : ''}\n`,
  );
  // The SDK reads AWS_ENDPOINT_URL_* and credentials from the environment when clients are made.
  Object.assign(process.env, sandbox.env);
  return sandbox;
}

function printBugs(result: RunResult, io: CliIo): void {
  for (const p of result.phases) {
    if (p.error?.kind !== 'bug') continue;
    io.stderr(
      `\n${bugReport(p.error.stack ?? p.error.message, `phase ${p.id} hit an unexpected error`)}\n`,
    );
  }
}

/** A dry run's plan (what would change, phase by phase), then the phase table. */
function terminalText(result: RunResult, io: CliIo): string {
  const paint = painter(io.colour?.stdout === true);
  const plan = result.mode === 'plan' ? planText(result, paint) : '';
  const table = terminalTable(result, paint);
  return `${plan ? `${plan}\n\n` : ''}${table}\n`;
}

function exitCode(result: RunResult, detailed: boolean): number {
  if (result.status === 'cancelled') return EXIT.cancelled;
  if (result.bug) return EXIT.bug;
  if (result.status !== 'succeeded') return EXIT.failed;
  const nothing = result.mode === 'plan' && !planHasChanges(result);
  return detailed && nothing ? EXIT.noChanges : EXIT.ok;
}

function reportError(error: unknown, io: CliIo): number {
  if (error instanceof InvalidFileError) {
    for (const d of error.diagnostics) io.stderr(`${formatDiagnostic(d)}\n`);
    io.stderr(`\n${error.message}; nothing was changed.\n`);
    return EXIT.failed;
  }
  const explained = explainFailure(error);
  if (explained) {
    io.stderr(`phasegate: ${explained.message}\n${explained.hint ? `  ${explained.hint}\n` : ''}`);
    return EXIT.failed;
  }
  io.stderr(`${bugReport(error)}\n`);
  return EXIT.bug;
}

function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    colour: {
      stdout: colourWanted(process.stdout.isTTY, process.env),
      stderr: colourWanted(process.stderr.isTTY, process.env),
    },
  };
}
