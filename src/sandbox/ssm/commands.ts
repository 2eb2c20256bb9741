/**
 * SSM Run Command with scripted outcomes: each invocation (a command on one instance) is matched
 * to a scenario script that decides how long it stays Pending, Delayed and InProgress (simulated
 * time), how it ends, and what it prints. State is derived from the clock when asked, never from
 * timers; CancelCommand records when it arrived.
 */
import { randomUUID } from 'node:crypto';
import { encodeToken, Input, offsetFromToken } from '../input.js';
import { AwsError, type LogStore } from '../service.js';
import type { ManagedInstances } from './instances.js';
import {
  cancellable,
  hasOutput,
  type Invocation,
  type InvocationStatus,
  pluginOutput,
  responseCode,
  STDERR_LIMIT,
  STDOUT_LIMIT,
  type State,
  stateAt,
  truncate,
} from './invocation.js';
import {
  DEFAULT_MAX_CONCURRENCY,
  DEFAULT_MAX_ERRORS,
  rateControls,
  schedule,
} from './rate-controls.js';
import { DEFAULT_SCRIPT, type ScriptedCommand } from './scenario.js';

interface SentCommand {
  id: string;
  documentName: string;
  comment: string;
  parameters: Record<string, string[]>;
  targets: unknown[];
  requestedAt: number;
  timeoutSeconds: number;
  maxConcurrency: string;
  maxErrors: string;
  /** Log group of CloudWatchOutputConfig, when enabled. */
  logGroup: string | undefined;
  invocations: Invocation[];
  cancelled: boolean;
}

export interface CommandContext {
  now(): number;
  region: string;
  scripts: readonly ScriptedCommand[];
  instances: ManagedInstances;
  logs: LogStore;
}

const MAX_LIST_PAGE = 50;
const DEFAULT_DELIVERY_TIMEOUT_S = 3600;
const NOT_FOUND = () =>
  new AwsError(
    'InvocationDoesNotExist',
    'The command ID and instance ID you specified did not match any invocations.',
  );

export class CommandRunner {
  private readonly commands: SentCommand[] = [];

  constructor(private readonly ctx: CommandContext) {}

  sendCommand(raw: Record<string, unknown>) {
    const input = new Input(raw, 'ValidationException');
    const documentName = input.string('DocumentName');
    const instanceIds = this.ctx.instances.resolve(input, raw.Targets);
    const parameters = input.stringListMap('Parameters');
    const now = this.ctx.now();
    const text = (parameters.commands ?? []).join('\n');
    const timeout = executionTimeoutMs(parameters);
    const command: SentCommand = {
      id: randomUUID(),
      documentName,
      comment: input.optionalString('Comment') ?? '',
      parameters,
      targets: Array.isArray(raw.Targets) ? raw.Targets : [],
      requestedAt: now,
      timeoutSeconds:
        input.integer('TimeoutSeconds', { min: 30, max: 2_592_000 }) ?? DEFAULT_DELIVERY_TIMEOUT_S,
      maxConcurrency: input.optionalString('MaxConcurrency') ?? DEFAULT_MAX_CONCURRENCY,
      maxErrors: input.optionalString('MaxErrors') ?? DEFAULT_MAX_ERRORS,
      logGroup: logGroupOf(raw.CloudWatchOutputConfig, documentName),
      invocations: instanceIds.map((instanceId) => ({
        instanceId,
        script: this.scriptFor(documentName, text, instanceId),
        requestedAt: now,
        sentAt: now,
        executionTimeoutMs: timeout,
      })),
      cancelled: false,
    };
    const controls = rateControls(
      command.maxConcurrency,
      command.maxErrors,
      command.invocations.length,
    );
    schedule(command.invocations, controls, now);
    this.commands.push(command);
    return { Command: this.describeCommand(command) };
  }

  cancelCommand(raw: Record<string, unknown>) {
    const input = new Input(raw, 'ValidationException');
    const id = input.string('CommandId');
    const command = this.commands.find((c) => c.id === id);
    if (!command) throw new AwsError('InvalidCommandId', `Command ${id} is not valid.`);
    const only = input.strings('InstanceIds');
    const now = this.ctx.now();
    command.cancelled = true;
    for (const inv of command.invocations)
      if ((!only || only.includes(inv.instanceId)) && cancellable(inv, now)) inv.cancelledAt = now;
    return {};
  }

  getCommandInvocation(raw: Record<string, unknown>) {
    const input = new Input(raw, 'ValidationException');
    const commandId = input.string('CommandId');
    const instanceId = input.string('InstanceId');
    const command = this.commands.find((c) => c.id === commandId);
    const inv = command?.invocations.find((i) => i.instanceId === instanceId);
    if (!command || !inv || !this.hasAppeared(inv)) throw NOT_FOUND();
    const state = this.settle(command, inv);
    const out = hasOutput(state);
    return {
      CommandId: command.id,
      InstanceId: instanceId,
      Comment: command.comment,
      DocumentName: command.documentName,
      DocumentVersion: '$DEFAULT',
      PluginName: pluginName(command.documentName),
      ResponseCode: responseCode(inv, state),
      ...executionTimes(state, this.ctx.now()),
      Status: state.status,
      StatusDetails: state.details,
      StandardOutputContent: out ? truncate(inv.script.stdout, STDOUT_LIMIT) : '',
      StandardOutputUrl: '',
      StandardErrorContent: out ? truncate(inv.script.stderr, STDERR_LIMIT) : '',
      StandardErrorUrl: '',
      CloudWatchOutputConfig: cloudWatchConfig(command),
    };
  }

  listCommandInvocations(raw: Record<string, unknown>) {
    const input = new Input(raw, 'ValidationException');
    const commandId = input.optionalString('CommandId');
    const instanceId = input.optionalString('InstanceId');
    const limit = input.integer('MaxResults', { min: 1, max: MAX_LIST_PAGE }) ?? MAX_LIST_PAGE;
    const details = input.boolean('Details');
    const all = [...this.commands]
      .filter((c) => commandId === undefined || c.id === commandId)
      .reverse()
      .flatMap((c) =>
        c.invocations
          .filter((i) => this.hasAppeared(i) && (!instanceId || i.instanceId === instanceId))
          .map((i) => ({ c, i })),
      );
    const start = offsetFromToken(input.optionalString('NextToken'), badToken);
    const page = all.slice(start, start + limit);
    return {
      CommandInvocations: page.map(({ c, i }) => this.describeInvocation(c, i, details)),
      ...(start + limit < all.length ? { NextToken: encodeToken({ offset: start + limit }) } : {}),
    };
  }

  listCommands(raw: Record<string, unknown>) {
    const input = new Input(raw, 'ValidationException');
    const commandId = input.optionalString('CommandId');
    const limit = input.integer('MaxResults', { min: 1, max: MAX_LIST_PAGE }) ?? MAX_LIST_PAGE;
    const all = [...this.commands]
      .reverse()
      .filter((c) => commandId === undefined || c.id === commandId);
    if (commandId !== undefined && all.length === 0)
      throw new AwsError('InvalidCommandId', `Command ${commandId} is not valid.`);
    const start = offsetFromToken(input.optionalString('NextToken'), badToken);
    return {
      Commands: all.slice(start, start + limit).map((c) => this.describeCommand(c)),
      ...(start + limit < all.length ? { NextToken: encodeToken({ offset: start + limit }) } : {}),
    };
  }

  private scriptFor(documentName: string, commands: string, instanceId: string): ScriptedCommand {
    const matches = (s: ScriptedCommand) =>
      (s.document === undefined || s.document === documentName) &&
      (s.match === undefined || commands.includes(s.match)) &&
      (s.instance === undefined || s.instance === instanceId);
    return this.ctx.scripts.find(matches) ?? DEFAULT_SCRIPT;
  }

  /** AWS knows an invocation only a moment after SendCommand returns. */
  private hasAppeared(inv: Invocation): boolean {
    return this.ctx.now() - inv.requestedAt >= inv.script['appears-after'];
  }

  /** The invocation's state; once it ended with output, the agent has streamed it to CloudWatch. */
  private settle(command: SentCommand, inv: Invocation): State {
    const state = stateAt(inv, this.ctx.now());
    if (command.logGroup && !inv.logged && state.done) {
      inv.logged = true;
      if (hasOutput(state)) this.writeLogs(command, inv, state.endAt ?? this.ctx.now());
    }
    return state;
  }

  /** Streams `<command id>/<instance id>/<plugin id>/stdout` and `/stderr`, full length. */
  private writeLogs(command: SentCommand, inv: Invocation, at: number): void {
    const group = command.logGroup as string;
    const prefix = `${command.id}/${inv.instanceId}/${pluginName(command.documentName).replace(':', '-')}`;
    const events = (text: string) =>
      text
        .split('\n')
        .filter((line, i, all) => line !== '' || i < all.length - 1)
        .map((message) => ({ timestamp: at, message }));
    if (inv.script.stdout)
      this.ctx.logs.append(group, `${prefix}/stdout`, events(inv.script.stdout));
    if (inv.script.stderr)
      this.ctx.logs.append(group, `${prefix}/stderr`, events(inv.script.stderr));
  }

  private describeCommand(command: SentCommand) {
    const states = command.invocations.map((i) => this.settle(command, i));
    const { status, details } = commandStatus(command, states, this.ctx.now());
    return {
      CommandId: command.id,
      DocumentName: command.documentName,
      DocumentVersion: '$DEFAULT',
      Comment: command.comment,
      ExpiresAfter: new Date(command.requestedAt + command.timeoutSeconds * 1000),
      Parameters: command.parameters,
      InstanceIds: command.targets.length > 0 ? [] : command.invocations.map((i) => i.instanceId),
      Targets: command.targets,
      RequestedDateTime: new Date(command.requestedAt),
      Status: status,
      StatusDetails: details,
      OutputS3Region: this.ctx.region,
      MaxConcurrency: command.maxConcurrency,
      MaxErrors: command.maxErrors,
      TargetCount: command.invocations.length,
      CompletedCount: states.filter((s) => s.done).length,
      // "The number of targets for which the status is Failed or Execution Timed Out" (model).
      ErrorCount: states.filter(
        (s) => s.details === 'Failed' || s.details === 'Execution Timed Out',
      ).length,
      DeliveryTimedOutCount: states.filter((s) => s.details === 'Delivery Timed Out').length,
      TimeoutSeconds: command.timeoutSeconds,
      CloudWatchOutputConfig: cloudWatchConfig(command),
    };
  }

  private describeInvocation(command: SentCommand, inv: Invocation, details: boolean) {
    const state = this.settle(command, inv);
    return {
      CommandId: command.id,
      InstanceId: inv.instanceId,
      InstanceName: '',
      Comment: command.comment,
      DocumentName: command.documentName,
      DocumentVersion: '$DEFAULT',
      RequestedDateTime: new Date(command.requestedAt),
      Status: state.status,
      StatusDetails: state.details,
      TraceOutput: '',
      StandardOutputUrl: '',
      StandardErrorUrl: '',
      CommandPlugins: details ? [this.describePlugin(command, inv, state)] : [],
      CloudWatchOutputConfig: cloudWatchConfig(command),
    };
  }

  private describePlugin(command: SentCommand, inv: Invocation, state: State) {
    return {
      Name: pluginName(command.documentName),
      // CommandPluginStatus has no Delayed or Cancelling: the plugin is still Pending or InProgress.
      Status: pluginStatus(state.status),
      StatusDetails: state.details,
      ResponseCode: responseCode(inv, state),
      ...(state.started ? { ResponseStartDateTime: new Date(state.startAt) } : {}),
      ...(state.done && state.endAt ? { ResponseFinishDateTime: new Date(state.endAt) } : {}),
      Output: hasOutput(state) ? pluginOutput(inv.script.stdout, inv.script.stderr) : '',
      StandardOutputUrl: '',
      StandardErrorUrl: '',
    };
  }
}

/**
 * The command's own status, from its invocations. AWS documents the command-level values
 * (monitor-commands) but not the exact rule that combines them; this one is: not done while
 * any invocation is not, Cancelled after CancelCommand, else Success only when all succeeded,
 * else the first of Failed, TimedOut. A command that reached no instance is Success at once.
 */
function commandStatus(command: SentCommand, states: readonly State[], now: number) {
  const at = (status: string, details = status) => ({ status, details });
  if (states.some((s) => !s.done)) {
    if (command.cancelled) return at('Cancelling');
    if (
      states.every((s) => s.status === 'Pending') &&
      now - command.requestedAt < DEFAULT_SCRIPT['appears-after']
    )
      return at('Pending');
    return at('InProgress', 'In Progress');
  }
  if (command.cancelled && states.some((s) => s.status === 'Cancelled')) return at('Cancelled');
  if (states.every((s) => s.status === 'Success')) return at('Success');
  if (states.some((s) => s.status === 'Failed')) return at('Failed');
  if (states.some((s) => s.status === 'TimedOut'))
    return at(
      'TimedOut',
      states.some((s) => s.details === 'Execution Timed Out')
        ? 'Execution Timed Out'
        : 'Delivery Timed Out',
    );
  return at('Cancelled');
}

function pluginStatus(status: InvocationStatus): string {
  if (status === 'Delayed') return 'Pending';
  if (status === 'Cancelling') return 'InProgress';
  return status;
}

/** AWS-RunShellScript's `executionTimeout` parameter: seconds as text, default 3600. */
function executionTimeoutMs(parameters: Record<string, string[]>): number | undefined {
  const value = parameters.executionTimeout?.[0];
  const seconds = value === undefined ? Number.NaN : Number(value);
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : undefined;
}

/** CloudWatchOutputConfig: enabled, with a group name or AWS's default `aws/ssm/<document>` (API_CloudWatchOutputConfig). */
function logGroupOf(config: unknown, documentName: string): string | undefined {
  if (typeof config !== 'object' || config === null) return undefined;
  const c = config as { CloudWatchOutputEnabled?: unknown; CloudWatchLogGroupName?: unknown };
  if (c.CloudWatchOutputEnabled !== true) return undefined;
  return typeof c.CloudWatchLogGroupName === 'string' && c.CloudWatchLogGroupName !== ''
    ? c.CloudWatchLogGroupName
    : `aws/ssm/${documentName}`;
}

function cloudWatchConfig(command: SentCommand) {
  return {
    CloudWatchLogGroupName: command.logGroup ?? '',
    CloudWatchOutputEnabled: command.logGroup !== undefined,
  };
}

/** GetCommandInvocation's times are ISO texts, not timestamps, in the service model. */
function executionTimes(state: State, now: number) {
  if (!state.started)
    return { ExecutionStartDateTime: '', ExecutionElapsedTime: '', ExecutionEndDateTime: '' };
  const end = state.done ? (state.endAt ?? now) : now;
  return {
    ExecutionStartDateTime: new Date(state.startAt).toISOString(),
    ExecutionElapsedTime: `PT${((end - state.startAt) / 1000).toFixed(3)}S`,
    ExecutionEndDateTime: state.done ? new Date(end).toISOString() : '',
  };
}

function pluginName(documentName: string): string {
  return documentName === 'AWS-RunPowerShellScript'
    ? 'aws:runPowerShellScript'
    : 'aws:runShellScript';
}

const badToken = () => new AwsError('InvalidNextToken', "The specified token isn't valid.");
