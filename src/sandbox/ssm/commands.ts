/**
 * SSM Run Command with scripted outcomes: each SendCommand is matched to a scenario script that
 * decides how long each invocation stays Pending and InProgress (simulated time), how it ends,
 * and what it prints. State is derived from the clock when asked, never from timers.
 */
import { randomUUID } from 'node:crypto';
import { decodeToken, encodeToken, Input } from '../input.js';
import { AwsError } from '../service.js';
import { DEFAULT_SCRIPT, type FinalStatus, type ScriptedCommand } from './scenario.js';

interface SentCommand {
  id: string;
  documentName: string;
  comment: string;
  parameters: Record<string, string[]>;
  instanceIds: string[];
  targets: unknown[];
  requestedAt: number;
  timeoutSeconds: number;
  script: ScriptedCommand;
}

interface Phase {
  status: 'Pending' | 'InProgress' | FinalStatus;
  details: string;
  done: boolean;
}

export interface CommandContext {
  now(): number;
  region: string;
  scripts: readonly ScriptedCommand[];
  /** Managed instances from the scenario; undefined accepts any id. */
  instances: readonly string[] | undefined;
}

// Documented: GetCommandInvocation returns the first 24,000 characters of output,
// ListCommandInvocations (Details) the first 2,500; SendCommand targets at most 50 instance ids.
const INVOCATION_OUTPUT_LIMIT = 24_000;
const LIST_OUTPUT_LIMIT = 2_500;
const MAX_INSTANCE_IDS = 50;
const MAX_LIST_PAGE = 50;
const DEFAULT_DELIVERY_TIMEOUT_S = 3600;

const FINAL_DETAILS: Record<FinalStatus, string> = {
  Success: 'Success',
  Failed: 'Failed',
  TimedOut: 'ExecutionTimedOut',
  Cancelled: 'Cancelled',
};

export class CommandRunner {
  private readonly commands: SentCommand[] = [];

  constructor(private readonly ctx: CommandContext) {}

  sendCommand(raw: Record<string, unknown>) {
    const input = new Input(raw, 'ValidationException');
    const documentName = input.string('DocumentName');
    const instanceIds = this.instanceIds(input, raw.Targets);
    const parameters = input.stringListMap('Parameters');
    const command: SentCommand = {
      id: randomUUID(),
      documentName,
      comment: input.optionalString('Comment') ?? '',
      parameters,
      instanceIds,
      targets: Array.isArray(raw.Targets) ? raw.Targets : [],
      requestedAt: this.ctx.now(),
      timeoutSeconds:
        input.integer('TimeoutSeconds', { min: 30, max: 2_592_000 }) ?? DEFAULT_DELIVERY_TIMEOUT_S,
      script: this.scriptFor(documentName, (parameters.commands ?? []).join('\n')),
    };
    this.commands.push(command);
    return { Command: this.describeCommand(command) };
  }

  getCommandInvocation(raw: Record<string, unknown>) {
    const input = new Input(raw, 'ValidationException');
    const command = this.visible(input.string('CommandId'));
    const instanceId = input.string('InstanceId');
    if (!command?.instanceIds.includes(instanceId))
      throw new AwsError(
        'InvocationDoesNotExist',
        'The command ID and instance ID you specified did not match any invocations.',
      );
    const phase = this.phase(command);
    const output = (text: string) => (phase.done ? truncate(text, INVOCATION_OUTPUT_LIMIT) : '');
    return {
      CommandId: command.id,
      InstanceId: instanceId,
      Comment: command.comment,
      DocumentName: command.documentName,
      DocumentVersion: '$DEFAULT',
      PluginName: pluginName(command.documentName),
      ResponseCode: this.responseCode(command, phase),
      ...this.executionTimes(command, phase),
      Status: phase.status,
      StatusDetails: phase.details,
      StandardOutputContent: output(command.script.stdout),
      StandardOutputUrl: '',
      StandardErrorContent: output(command.script.stderr),
      StandardErrorUrl: '',
      CloudWatchOutputConfig: { CloudWatchLogGroupName: '', CloudWatchOutputEnabled: false },
    };
  }

  listCommandInvocations(raw: Record<string, unknown>) {
    const input = new Input(raw, 'ValidationException');
    const commandId = input.optionalString('CommandId');
    const instanceId = input.optionalString('InstanceId');
    const limit = input.integer('MaxResults', { min: 1, max: MAX_LIST_PAGE }) ?? MAX_LIST_PAGE;
    const details = input.boolean('Details');
    const all = this.commands
      .filter((c) => this.hasAppeared(c) && (commandId === undefined || c.id === commandId))
      .reverse()
      .flatMap((c) =>
        c.instanceIds.filter((i) => !instanceId || i === instanceId).map((i) => ({ c, i })),
      );
    const start = listStart(input.optionalString('NextToken'));
    const page = all.slice(start, start + limit);
    return {
      CommandInvocations: page.map(({ c, i }) => this.describeInvocation(c, i, details)),
      ...(start + limit < all.length ? { NextToken: encodeToken({ offset: start + limit }) } : {}),
    };
  }

  private instanceIds(input: Input, targets: unknown): string[] {
    const ids = input.strings('InstanceIds', MAX_INSTANCE_IDS) ?? targetInstanceIds(targets);
    if (!ids || ids.length === 0)
      throw new AwsError(
        'ValidationException',
        'Specify InstanceIds or Targets (the sandbox resolves only the InstanceIds target key).',
      );
    const known = this.ctx.instances;
    const unknown = known ? ids.filter((id) => !known.includes(id)) : [];
    if (unknown.length > 0)
      throw new AwsError(
        'InvalidInstanceId',
        `Instances [${unknown.join(', ')}] not in a valid state for account`,
      );
    return ids;
  }

  private scriptFor(documentName: string, commands: string): ScriptedCommand {
    const matches = (s: ScriptedCommand) =>
      (s.document === undefined || s.document === documentName) &&
      (s.match === undefined || commands.includes(s.match));
    return this.ctx.scripts.find(matches) ?? DEFAULT_SCRIPT;
  }

  private hasAppeared(command: SentCommand): boolean {
    return this.ctx.now() - command.requestedAt >= command.script['appears-after'];
  }

  /** AWS knows an invocation only a moment after SendCommand returns. */
  private visible(commandId: string): SentCommand | undefined {
    const command = this.commands.find((c) => c.id === commandId);
    return command && this.hasAppeared(command) ? command : undefined;
  }

  private phase(command: SentCommand): Phase {
    const elapsed = this.ctx.now() - command.requestedAt;
    const { pending, duration, status } = command.script;
    if (elapsed < pending) return { status: 'Pending', details: 'Pending', done: false };
    if (elapsed < pending + duration)
      return { status: 'InProgress', details: 'InProgress', done: false };
    return { status, details: FINAL_DETAILS[status], done: true };
  }

  private responseCode(command: SentCommand, phase: Phase): number {
    if (!phase.done) return -1;
    const scripted = command.script['response-code'];
    if (scripted !== undefined) return scripted;
    return phase.status === 'Success' ? 0 : phase.status === 'Failed' ? 1 : -1;
  }

  /** GetCommandInvocation's times are ISO texts, not timestamps, in the service model. */
  private executionTimes(command: SentCommand, phase: Phase) {
    if (phase.status === 'Pending')
      return { ExecutionStartDateTime: '', ExecutionElapsedTime: '', ExecutionEndDateTime: '' };
    const start = command.requestedAt + command.script.pending;
    const end = phase.done ? start + command.script.duration : this.ctx.now();
    return {
      ExecutionStartDateTime: new Date(start).toISOString(),
      ExecutionElapsedTime: `PT${((end - start) / 1000).toFixed(3)}S`,
      ExecutionEndDateTime: phase.done ? new Date(end).toISOString() : '',
    };
  }

  private describeCommand(command: SentCommand) {
    const phase = this.phase(command);
    return {
      CommandId: command.id,
      DocumentName: command.documentName,
      DocumentVersion: '$DEFAULT',
      Comment: command.comment,
      ExpiresAfter: new Date(command.requestedAt + command.timeoutSeconds * 1000),
      Parameters: command.parameters,
      InstanceIds: command.instanceIds,
      Targets: command.targets,
      RequestedDateTime: new Date(command.requestedAt),
      Status: phase.status,
      StatusDetails: phase.details,
      OutputS3Region: this.ctx.region,
      MaxConcurrency: '50',
      MaxErrors: '0',
      TargetCount: command.instanceIds.length,
      CompletedCount: phase.done ? command.instanceIds.length : 0,
      ErrorCount: phase.done && phase.status !== 'Success' ? command.instanceIds.length : 0,
      DeliveryTimedOutCount: 0,
      TimeoutSeconds: command.timeoutSeconds,
    };
  }

  private describeInvocation(command: SentCommand, instanceId: string, details: boolean) {
    const phase = this.phase(command);
    return {
      CommandId: command.id,
      InstanceId: instanceId,
      InstanceName: '',
      Comment: command.comment,
      DocumentName: command.documentName,
      DocumentVersion: '$DEFAULT',
      RequestedDateTime: new Date(command.requestedAt),
      Status: phase.status,
      StatusDetails: phase.details,
      TraceOutput: '',
      StandardOutputUrl: '',
      StandardErrorUrl: '',
      CommandPlugins: details ? [this.describePlugin(command, phase)] : [],
    };
  }

  private describePlugin(command: SentCommand, phase: Phase) {
    const start = command.requestedAt + command.script.pending;
    return {
      Name: pluginName(command.documentName),
      Status: phase.status,
      StatusDetails: phase.details,
      ResponseCode: this.responseCode(command, phase),
      ...(phase.status !== 'Pending' ? { ResponseStartDateTime: new Date(start) } : {}),
      ...(phase.done ? { ResponseFinishDateTime: new Date(start + command.script.duration) } : {}),
      Output: phase.done
        ? truncate(command.script.stdout + command.script.stderr, LIST_OUTPUT_LIMIT)
        : '',
      StandardOutputUrl: '',
      StandardErrorUrl: '',
    };
  }
}

function targetInstanceIds(targets: unknown): string[] | undefined {
  if (!Array.isArray(targets)) return undefined;
  const byId = targets.find(
    (t): t is { Key: string; Values: string[] } =>
      typeof t === 'object' && t !== null && (t as { Key?: unknown }).Key === 'InstanceIds',
  );
  return byId?.Values;
}

function pluginName(documentName: string): string {
  return documentName === 'AWS-RunPowerShellScript'
    ? 'aws:runPowerShellScript'
    : 'aws:runShellScript';
}

function truncate(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit)}\n---Output truncated---`;
}

function listStart(token: string | undefined): number {
  if (token === undefined) return 0;
  return decodeToken(
    token,
    (c): c is { offset: number } => typeof c.offset === 'number',
    () => new AwsError('InvalidNextToken', "The specified token isn't valid."),
  ).offset;
}
