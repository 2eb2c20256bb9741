/**
 * The sandbox's RDS Data API, backed by a real PostgreSQL engine: PGlite in a worker thread by
 * default, or a PostgreSQL server when the sandbox is given a database URL.
 */
import type { RequestInfo, SandboxService, ServiceDeps } from '../service.js';
import { AwsError } from '../service.js';
import type { Engine } from './engine.js';
import { databaseError, SqlError } from './errors.js';
import { Operations } from './operations.js';
import { startPglite } from './pglite-engine.js';
import { startPostgres } from './postgres-engine.js';
import { ClusterDirectory } from './requests.js';
import { Runner } from './runner.js';
import { type ClusterConfig, parseRdsDataSection } from './scenario.js';
import { TransactionStore } from './transactions.js';

export { rdsDataSectionShape } from './scenario.js';

export interface RdsDataDeps extends ServiceDeps {
  /** postgres://… of a server to use instead of PGlite. */
  databaseUrl?: string;
}

export async function createRdsDataService(
  section: unknown,
  deps: RdsDataDeps,
): Promise<SandboxService> {
  const clusters = parseRdsDataSection(section, deps);
  // A scenario without clusters answers every call with an error and needs no engine (PGlite
  // takes about 5 s to start).
  const engine = clusters.length > 0 ? await startEngine(deps.databaseUrl, clusters) : undefined;
  const directory = new ClusterDirectory(clusters, deps.clock);
  if (!engine) return { name: 'rds-data', handle: (_op, input) => handleWithout(directory, input) };
  const transactions = new TransactionStore(engine, deps.clock);
  const operations = new Operations(
    directory,
    transactions,
    new Runner(engine, deps.clock, transactions),
  );
  return {
    name: 'rds-data',
    handle: (operation, input, request) => handle(operations, operation, input, request),
    async close() {
      await transactions.closeAll();
      await engine.close();
    },
  };
}

async function startEngine(url: string | undefined, clusters: ClusterConfig[]): Promise<Engine> {
  const engine = url ? await startPostgres(url) : await startPglite();
  try {
    for (const cluster of clusters) if (cluster.initSql) await engine.exec(cluster.initSql);
  } catch (error) {
    await engine.close();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`rds-data init-sql failed: ${reason}`);
  }
  return engine;
}

const HANDLERS = {
  ExecuteStatement: (o: Operations, i: Record<string, unknown>) => o.executeStatement(i),
  BatchExecuteStatement: (o: Operations, i: Record<string, unknown>) => o.batchExecuteStatement(i),
  BeginTransaction: (o: Operations, i: Record<string, unknown>) => o.beginTransaction(i),
  CommitTransaction: (o: Operations, i: Record<string, unknown>) => o.commitTransaction(i),
  RollbackTransaction: (o: Operations, i: Record<string, unknown>) => o.rollbackTransaction(i),
} as const;

async function handle(
  operations: Operations,
  operation: string,
  input: Record<string, unknown>,
  _request: RequestInfo,
): Promise<unknown> {
  const handler = HANDLERS[operation as keyof typeof HANDLERS];
  if (!handler)
    throw new AwsError('UnknownOperationException', `${operation} is not supported`, 404);
  try {
    return await handler(operations, input);
  } catch (error) {
    throw error instanceof SqlError ? databaseError(error) : error;
  }
}

async function handleWithout(directory: ClusterDirectory, input: Record<string, unknown>) {
  directory.resolve(input);
  throw new Error('unreachable: a scenario without clusters resolves no ARN');
}
