/**
 * Every request the sandbox receives, so tests and benchmarks can count API calls (including
 * the SDK's retries, which mocks of `client.send` never see).
 */
import type { FaultKind } from './faults.js';
import type { ServiceName } from './service.js';

export type Outcome = 'pending' | 'ok' | 'error' | 'dropped';

export interface RequestRecord {
  /** 1 for the first request, in arrival order. */
  readonly seq: number;
  /** Wall-clock epoch milliseconds at arrival. */
  readonly realTime: number;
  /** Sandbox clock epoch milliseconds at arrival. */
  readonly simulatedTime: number;
  /** `http` for plain routes such as health endpoints. */
  readonly service: ServiceName | 'http';
  /** AWS operation name, or `GET /path` for plain routes. */
  readonly operation: string;
  /** The parameters that identify what the call was about (cluster, names, the SQL's start). */
  readonly params: Readonly<Record<string, unknown>>;
  outcome: Outcome;
  /** HTTP status sent (absent while pending or when the connection was dropped). */
  status?: number;
  /** AWS error code when outcome is `error`. */
  code?: string;
  /** The injected fault, if one applied. */
  fault?: FaultKind;
  /** Real milliseconds from arrival to response. */
  durationMs?: number;
}

export interface RequestFilter {
  service?: ServiceName | 'http';
  operation?: string;
  outcome?: Outcome;
  fault?: FaultKind;
}

const KEY_PARAMS = [
  'cluster',
  'service',
  'services',
  'serviceName',
  'family',
  'taskDefinition',
  'tasks',
  'Name',
  'Names',
  'Path',
  'CommandId',
  'InstanceId',
  'SecretId',
  'DocumentName',
  'logGroupName',
  'logStreamName',
  'logStreamNames',
  'resourceArn',
  'transactionId',
  'sql',
] as const;

const SQL_PREVIEW = 80;

/** The identifying parameters of a decoded input; SQL is cut to its first 80 characters. */
export function keyParams(input: Record<string, unknown>): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const key of KEY_PARAMS) {
    const value = input[key];
    if (value === undefined) continue;
    params[key] =
      key === 'sql' && typeof value === 'string' && value.length > SQL_PREVIEW
        ? `${value.slice(0, SQL_PREVIEW)}…`
        : value;
  }
  return params;
}

export class RequestLog {
  private readonly records: RequestRecord[] = [];
  private nextSeq = 1;

  /** Starts a record at a request's arrival; the server fills in the outcome when it answers. */
  start(entry: Omit<RequestRecord, 'seq' | 'outcome'>): RequestRecord {
    const record: RequestRecord = { ...entry, seq: this.nextSeq++, outcome: 'pending' };
    this.records.push(record);
    return record;
  }

  /** All records so far, oldest first. */
  all(): readonly RequestRecord[] {
    return this.records;
  }

  filter(filter: RequestFilter = {}): RequestRecord[] {
    return this.records.filter(
      (r) =>
        (filter.service === undefined || r.service === filter.service) &&
        (filter.operation === undefined || r.operation === filter.operation) &&
        (filter.outcome === undefined || r.outcome === filter.outcome) &&
        (filter.fault === undefined || r.fault === filter.fault),
    );
  }

  count(filter: RequestFilter = {}): number {
    return this.filter(filter).length;
  }

  /** Request counts keyed `service.Operation`, e.g. `{ "ecs.DescribeServices": 12 }`. */
  countByOperation(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const r of this.records) {
      const key = `${r.service}.${r.operation}`;
      counts[key] = (counts[key] ?? 0) + 1;
    }
    return counts;
  }

  clear(): void {
    this.records.length = 0;
  }
}
