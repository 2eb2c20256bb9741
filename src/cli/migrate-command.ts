/**
 * `phasegate migrate repair` (the one command that accepts changed migration checksums) and
 * `phasegate migrate unlock` (removes a lease a killed runner left).
 */
import { createAwsClients } from '../aws/clients.js';
import { UserError } from '../core/errors.js';
import { markdownAsText } from '../core/markdown.js';
import type { Secrets } from '../core/secrets.js';
import { migrateKind } from '../phases/migrate/index.js';
import { repairChecksums } from '../phases/migrate/repair.js';
import { unlockMigrations } from '../phases/migrate/unlock.js';
import type { Registry } from '../phases/registry.js';
import { loadPlan } from '../plan/load.js';
import type { PhaseSpec, Plan } from '../plan/types.js';
import { runInfo, standaloneSettings } from '../release/release.js';
import { cancelOnSignals } from '../release/signals.js';
import type { Command } from './args.js';
import type { CliIo } from './io.js';
import { releaseSettings } from './settings.js';
import { TerminalLog } from './terminal-log.js';

type MigrateCommand = Extract<Command, { name: 'migrate-repair' | 'migrate-unlock' }>;

export async function migrateCommand(
  command: MigrateCommand,
  io: CliIo,
  registry: Registry,
  secrets: Secrets,
): Promise<number> {
  const settings = releaseSettings(command.plan, command.options, false, io.env, false);
  const plan = await loadPlan(command.plan, { registry, vars: settings.vars });
  const phase = migratePhase(plan, command.phase);
  const aws = createAwsClients(plan.region);
  const cancel = cancelOnSignals();
  try {
    const deps = { env: io.env, aws, secrets, signal: cancel.signal };
    const config = await standaloneSettings(plan, phase, migrateKind.settings, settings, deps);
    const ctx = {
      config,
      aws,
      secrets,
      signal: cancel.signal,
      log: new TerminalLog(phase.id, (line) => io.stderr(line), secrets),
      run: runInfo(plan, settings, io.env),
      plan: { app: plan.app, region: plan.region, file: plan.file },
    };
    const report =
      command.name === 'migrate-repair'
        ? (await repairChecksums(ctx)).report
        : await unlockMigrations(ctx);
    // The report is written for the step summary; a terminal gets it as plain text.
    const details = report.details ? `\n${markdownAsText(report.details)}\n` : '';
    io.stdout(`${report.summary}\n${details}`);
    return 0;
  } finally {
    cancel.dispose();
  }
}

function migratePhase(plan: Plan, id: string | undefined): PhaseSpec {
  const migrates = plan.phases.filter((p) => p.uses === 'migrate');
  const ids = migrates.map((p) => p.id).join(', ') || 'none';
  if (id) {
    const phase = migrates.find((p) => p.id === id);
    if (!phase)
      throw new UserError(`the plan has no migrate phase "${id}"`, `its migrate phases: ${ids}`);
    return phase;
  }
  const [only, ...others] = migrates;
  if (!only)
    throw new UserError(
      `${plan.file} has no migrate phase`,
      'migrate repair and unlock work on a phase with uses: migrate',
    );
  if (others.length > 0)
    throw new UserError('the plan has several migrate phases', `choose one with --phase: ${ids}`);
  return only;
}
