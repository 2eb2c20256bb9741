/**
 * The migrate phase driven through the real engine (runPlan) against the sandbox's Data API, and
 * helpers to write migration directories and read the database back through the Data API.
 */

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ExecuteStatementCommand } from '@aws-sdk/client-rds-data';
import type { AwsClients } from '../../../src/aws/clients.js';
import { MemoryLogger } from '../../../src/core/log.js';
import type { Secrets } from '../../../src/core/secrets.js';
import type { PhaseResult, RunResult } from '../../../src/engine/result.js';
import { migrateKind } from '../../../src/phases/migrate/index.js';
import { Registry } from '../../../src/phases/registry.js';
import type { Plan, RunInfo } from '../../../src/plan/types.js';
import type { Sandbox } from '../../../src/sandbox/index.js';
import { keptLogs, runEngine } from '../../helpers/engine.js';
import { planOf } from '../../helpers/plans.js';
import { awsClientsOf, clientsFor, type SandboxClients } from '../../helpers/sandbox.js';

export const CLUSTER_ARN = 'arn:aws:rds:eu-west-3:555043101106:cluster:documents-db';
export const PAUSED_ARN = 'arn:aws:rds:eu-west-3:555043101106:cluster:paused-db';
export const SECRET_ARN =
  'arn:aws:secretsmanager:eu-west-3:555043101106:secret:ca-a2a/db-password-AbCdEf';

/** time-scale 100: the 45 s statement timeout is 0.45 s, 3-minute transaction expiry 1.8 s. */
export function migrateScenario(extra: { pausedFor?: string } = {}): Record<string, unknown> {
  const cluster = (name: string) => ({
    name,
    secrets: ['ca-a2a/db-password'],
    databases: ['documents'],
  });
  return {
    'time-scale': 100,
    'account-id': '555043101106',
    'rds-data': {
      clusters: [
        cluster('documents-db'),
        ...(extra.pausedFor ? [{ ...cluster('paused-db'), 'paused-for': extra.pausedFor }] : []),
      ],
    },
  };
}

/** A fresh directory holding the given files. */
export function migrationsDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'phasegate-migrate-'));
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

export function writeFile(dir: string, name: string, text: string): void {
  writeFileSync(join(dir, name), text);
}

export interface RunOptions {
  mode?: 'run' | 'plan';
  signal?: AbortSignal;
  timeoutMs?: number;
  run?: Partial<RunInfo>;
  /** Where the run registers its secrets; a fresh one when absent. */
  secrets?: Secrets;
}

export interface Migrator {
  clients: SandboxClients;
  /** phasegate's view of the same clients, as a kind gets them. */
  aws: AwsClients;
  /** The last run's log per phase id. */
  logs: Map<string, MemoryLogger>;
  run(settings: Record<string, unknown>, options?: RunOptions): Promise<RunResult>;
  close(): void;
}

export function dataApiSettings(
  directory: string,
  table: string,
  extra: Record<string, unknown> = {},
) {
  return {
    'resource-arn': CLUSTER_ARN,
    'secret-arn': SECRET_ARN,
    database: 'documents',
    directory,
    table,
    'poll-interval': '50ms',
    ...extra,
  };
}

export function migrator(sandbox: Sandbox): Migrator {
  const clients = clientsFor(sandbox);
  const aws: AwsClients = awsClientsOf(sandbox, clients);
  const logs = new Map<string, MemoryLogger>();
  const registry = new Registry({ phases: [migrateKind] });
  return {
    clients,
    aws,
    logs,
    run: (settings, options = {}) => runMigratePlan(settings, options, aws, registry, logs),
    close: () => clients.destroy(),
  };
}

export function runMigratePlan(
  settings: Record<string, unknown>,
  options: RunOptions,
  aws: AwsClients,
  registry: Registry,
  logs: Map<string, MemoryLogger>,
): Promise<RunResult> {
  const plan: Plan = planOf([
    {
      id: 'migrate',
      uses: 'migrate',
      timeoutMs: options.timeoutMs ?? 60_000,
      with: settings,
    },
  ]);
  return runEngine({
    plan,
    registry,
    aws,
    ...(options.mode ? { mode: options.mode } : {}),
    ...(options.run ? { run: options.run } : {}),
    ...(options.secrets ? { secrets: options.secrets } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
    logFor: keptLogs(logs, () => new MemoryLogger()),
  });
}

export function phaseOf(result: RunResult): PhaseResult {
  const phase = result.phases[0];
  if (!phase) throw new Error('no phase in the result');
  return phase;
}

let counter = 0;
/** A history table name of its own for each test, so tests sharing one database stay apart. */
export function uniqueTable(prefix = 'history'): string {
  counter += 1;
  return `${prefix}_${process.pid}_${counter}`;
}

/** Runs one statement through the Data API directly (not through phasegate's executor). */
export async function query(
  clients: SandboxClients,
  sql: string,
  resourceArn = CLUSTER_ARN,
): Promise<Record<string, unknown>[]> {
  const out = await clients.rdsData.send(
    new ExecuteStatementCommand({
      resourceArn,
      secretArn: SECRET_ARN,
      database: 'documents',
      sql,
      formatRecordsAs: 'JSON',
    }),
  );
  return out.formattedRecords
    ? (JSON.parse(out.formattedRecords) as Record<string, unknown>[])
    : [];
}

export async function historyOf(clients: SandboxClients, table: string) {
  return query(
    clients,
    `SELECT version, description, file_name, checksum, applied_by, execution_ms, statements, success
FROM public.${table} ORDER BY version`,
  );
}

/**
 * Seven files for concurrency tests: 002–006 each log their version once per time they are
 * applied, and 007 builds an index outside a transaction (under the lease).
 */
export function countedFiles(prefix: string): Record<string, string> {
  const files: Record<string, string> = {
    [`001_create_${prefix}_log.sql`]: `CREATE TABLE ${prefix}_log (version int NOT NULL);\n`,
  };
  for (let v = 2; v <= 6; v++)
    files[`00${v}_step_${v}.sql`] =
      `CREATE TABLE ${prefix}_t${v} (id int);\nINSERT INTO ${prefix}_log VALUES (${v});\n`;
  files['007_index_log.sql'] =
    `CREATE INDEX CONCURRENTLY IF NOT EXISTS ${prefix}_log_version ON ${prefix}_log (version);\n`;
  return files;
}
