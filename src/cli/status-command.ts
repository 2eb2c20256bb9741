/** `phasegate status PLAN --env E [--version V] [--json]`: what the release record says. */
import { createAwsClients } from '../aws/clients.js';
import { UserError } from '../core/errors.js';
import type { Registry } from '../phases/registry.js';
import { loadPlan } from '../plan/load.js';
import { cancelOnSignals } from '../release/signals.js';
import { environmentStatus, statusText } from '../release/status.js';
import type { Command } from './args.js';
import type { CliIo } from './io.js';

type StatusCommand = Extract<Command, { name: 'status' }>;

export async function statusCommand(
  command: StatusCommand,
  io: CliIo,
  registry: Registry,
): Promise<number> {
  if (!command.env)
    throw new UserError(
      'status needs an environment',
      `write: phasegate status ${command.plan} --env production`,
    );
  const plan = await loadPlan(command.plan, { registry });
  const cancel = cancelOnSignals();
  try {
    const status = await environmentStatus(
      plan,
      command.env,
      createAwsClients(plan.region),
      command.version,
      cancel.signal,
    );
    io.stdout(command.json ? `${JSON.stringify(status, null, 2)}\n` : statusText(status));
    return 0;
  } finally {
    cancel.dispose();
  }
}
