/**
 * The release record in SSM Parameter Store, under `/phasegate/<app>/<environment>/`, beside
 * what it describes and readable with the AWS console or CLI.
 *
 * Limits it respects (Parameter Store user guide, "Managing parameter tiers" and "Changing
 * Parameter Store throughput"; PutParameter API reference):
 * - a Standard value is at most 4 KB, an Advanced one 8 KB: values go out with
 *   `Tier: Intelligent-Tiering`, which makes a parameter Advanced only when its value needs it;
 *   a larger value is refused here (RecordTooLarge) rather than cut;
 * - 10,000 Standard parameters per account and Region: a release writes one per phase;
 * - PutParameter shares the account's default throughput with GetParameter(s) and answers
 *   ThrottlingException when it is exceeded: the SDK's adaptive retry backs off, and every call
 *   here is tried again on the world's faults (aws/retry.ts);
 * - hierarchies of at most 15 levels: keys are at most 6 deep;
 * - `Overwrite` is false by default, so PutParameter without it creates a parameter only if
 *   none exists (ParameterAlreadyExists otherwise): the one atomic operation the lease needs.
 * Values are plain String parameters: secrets never enter the record.
 */
import {
  DeleteParameterCommand,
  GetParameterCommand,
  GetParametersByPathCommand,
  PutParameterCommand,
  SSMClient,
} from '@aws-sdk/client-ssm';
import type { AwsClients } from '../../aws/clients.js';
import { retryingFaults } from '../../aws/retry.js';
import { type RecordStore, RecordTooLarge, type StoredEntry, ssmLocation } from './store.js';

const MAX_VALUE_BYTES = 8192;

export class SsmRecordStore implements RecordStore {
  readonly location: string;

  constructor(
    private readonly aws: AwsClients,
    private readonly prefix: string,
  ) {
    this.location = ssmLocation(prefix, aws.region);
  }

  async get(key: string, signal: AbortSignal): Promise<string | undefined> {
    try {
      const out = await this.send(signal, (c) =>
        c.send(new GetParameterCommand({ Name: this.name(key) }), { abortSignal: signal }),
      );
      return out.Parameter?.Value;
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  async list(prefix: string, signal: AbortSignal): Promise<StoredEntry[]> {
    const entries: StoredEntry[] = [];
    const path = this.name(prefix).replace(/\/$/, '');
    let token: string | undefined;
    do {
      const input = { Path: path, Recursive: true, ...(token ? { NextToken: token } : {}) };
      const out = await this.send(signal, (c) =>
        c.send(new GetParametersByPathCommand(input), { abortSignal: signal }),
      );
      for (const p of out.Parameters ?? [])
        if (p.Name && p.Value !== undefined)
          entries.push({ key: p.Name.slice(this.prefix.length + 1), value: p.Value });
      token = out.NextToken;
    } while (token);
    return entries.sort((a, b) => a.key.localeCompare(b.key));
  }

  async create(key: string, value: string, signal: AbortSignal): Promise<boolean> {
    try {
      const command = this.putCommand(key, value, false);
      await this.send(signal, (c) => c.send(command, { abortSignal: signal }));
      return true;
    } catch (error) {
      if (error instanceof Error && error.name === 'ParameterAlreadyExists') return false;
      throw error;
    }
  }

  async put(key: string, value: string, signal: AbortSignal): Promise<void> {
    const command = this.putCommand(key, value, true);
    await this.send(signal, (c) => c.send(command, { abortSignal: signal }));
  }

  async delete(key: string, signal: AbortSignal): Promise<void> {
    try {
      await this.send(signal, (c) =>
        c.send(new DeleteParameterCommand({ Name: this.name(key) }), { abortSignal: signal }),
      );
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
  }

  private putCommand(key: string, value: string, overwrite: boolean): PutParameterCommand {
    const bytes = Buffer.byteLength(value);
    if (bytes > MAX_VALUE_BYTES)
      throw new RecordTooLarge(
        `${this.name(key)} would be ${bytes} bytes; Parameter Store takes at most ${MAX_VALUE_BYTES}`,
      );
    return new PutParameterCommand({
      Name: this.name(key),
      Value: value,
      Type: 'String',
      Tier: 'Intelligent-Tiering',
      ...(overwrite ? { Overwrite: true } : {}),
    });
  }

  private name(key: string): string {
    return `${this.prefix}/${key}`;
  }

  private send<T>(signal: AbortSignal, call: (client: SSMClient) => Promise<T>): Promise<T> {
    // A create whose answer was lost is tried again and may then find its own parameter: the
    // lease reads it back to tell (lease.ts), so retrying it here is safe.
    return retryingFaults(() => call(this.aws.client(SSMClient)), { signal });
  }
}

function isNotFound(error: unknown): boolean {
  return error instanceof Error && error.name === 'ParameterNotFound';
}
