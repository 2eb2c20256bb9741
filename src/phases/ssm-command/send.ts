/**
 * The SendCommand call: the document's parameters (the `commands` shorthand, working directory
 * and execution time-out of the shell documents), the targets, SSM's rate controls, the
 * comment and where the output goes.
 */

import { SendCommandCommand, type SendCommandCommandInput, SSMClient } from '@aws-sdk/client-ssm';
import { sendOnce } from '../../aws/send-once.js';
import { SECRET_NAME, type Secrets } from '../../core/secrets.js';
import type { PhaseContext } from '../kind.js';
import { SHELL_DOCUMENTS, type SsmCommandConfig } from './settings.js';

type Ctx = Pick<PhaseContext<SsmCommandConfig>, 'config' | 'aws' | 'run' | 'phase' | 'plan'>;

/** The document's parameters, as SendCommand takes them (every value a list of texts). */
export function documentParameters(config: SsmCommandConfig): Record<string, string[]> {
  const parameters: Record<string, string[]> = { ...(config.parameters ?? {}) };
  if (config.commands) parameters.commands = config.commands;
  if (!SHELL_DOCUMENTS.includes(config.document)) return parameters;
  if (config['working-directory']) parameters.workingDirectory = [config['working-directory']];
  // AWS-RunShellScript: executionTimeout is "the time in seconds for a command to be completed".
  const timeout = config['execution-timeout'];
  if (timeout !== undefined)
    parameters.executionTimeout = [String(Math.max(1, Math.ceil(timeout / 1000)))];
  return parameters;
}

/** Parameters whose name says they hold a secret are masked in every log and summary. */
export function registerSecretParameters(config: SsmCommandConfig, secrets: Secrets): void {
  for (const [name, values] of Object.entries(config.parameters ?? {}))
    if (SECRET_NAME.test(name)) for (const value of values) secrets.add(value);
}

/** "ca-a2a production v5.1 warm-cache", cut to SSM's 100 characters. */
export function defaultComment(ctx: Pick<Ctx, 'run' | 'phase' | 'plan'>): string {
  const { app, environment, version } = ctx.run;
  return [`phasegate ${app}`, environment, version, ctx.phase.id]
    .filter(Boolean)
    .join(' ')
    .slice(0, 100);
}

/** `tag:Role=cache-warmer,cache-reader; tag:Env=prod`, or the instance ids. */
export function describeTargets(config: SsmCommandConfig): string {
  if (config['instance-ids']) return config['instance-ids'].join(', ');
  return (config.targets ?? []).map((t) => `${t.key}=${t.values.join(',')}`).join('; ');
}

export function sendCommandInput(ctx: Ctx): SendCommandCommandInput {
  const c = ctx.config;
  return {
    DocumentName: c.document,
    ...(c['document-version'] ? { DocumentVersion: c['document-version'] } : {}),
    Parameters: documentParameters(c),
    ...(c['instance-ids']
      ? { InstanceIds: c['instance-ids'] }
      : { Targets: (c.targets ?? []).map((t) => ({ Key: t.key, Values: t.values })) }),
    ...(c['max-concurrency'] ? { MaxConcurrency: c['max-concurrency'] } : {}),
    ...(c['max-errors'] ? { MaxErrors: c['max-errors'] } : {}),
    Comment: c.comment ?? defaultComment(ctx),
    ...(c['cloudwatch-output']
      ? {
          CloudWatchOutputConfig: {
            CloudWatchOutputEnabled: true,
            CloudWatchLogGroupName: c['cloudwatch-output'],
          },
        }
      : {}),
  };
}

export async function sendCommand(ctx: Ctx): Promise<string> {
  // SendCommand takes no client token: a resend after a lost answer would run the script twice
  // on every instance. So it goes out once (sendOnce); a lost answer fails the phase, explained,
  // and Run Command's history (the comment names this run) says whether it ran.
  const command = new SendCommandCommand(sendCommandInput(ctx));
  sendOnce(command);
  // No abort signal: a SendCommand aborted after SSM received it would run a script whose
  // command id we never learn, and so could not cancel. The call is short.
  const answer = await ctx.aws.client(SSMClient).send(command);
  const id = answer.Command?.CommandId;
  if (!id) throw new Error('SendCommand answered without a CommandId');
  return id;
}
