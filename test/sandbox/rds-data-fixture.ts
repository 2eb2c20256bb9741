/**
 * Shared by the Data API contract tests: a scenario with one cluster, calls through the real
 * @aws-sdk/client-rds-data, and a way to let the 45 s statement timeout pass on a ManualClock.
 */
import {
  BeginTransactionCommand,
  CommitTransactionCommand,
  ExecuteStatementCommand,
  type ExecuteStatementCommandInput,
  type ExecuteStatementCommandOutput,
  type RDSDataClient,
} from '@aws-sdk/client-rds-data';
import type { ManualClock, Sandbox } from '../../src/sandbox/index.js';

export const REGION = 'eu-west-3';
export const ACCOUNT = '123456789012';
export const CLUSTER_ARN = `arn:aws:rds:${REGION}:${ACCOUNT}:cluster:orders`;
export const SECRET_ARN = `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:orders/app-Ab12Cd`;

export const ITEMS_TABLE = `
  CREATE TABLE items (
    id serial PRIMARY KEY,
    name text NOT NULL,
    price numeric(10, 2),
    uid uuid,
    doc jsonb,
    tags text[]
  );
  CREATE TABLE counters (name text PRIMARY KEY, n int NOT NULL);
  INSERT INTO counters VALUES ('a', 0);
`;

export function ordersScenario(extraClusters: Record<string, unknown>[] = []) {
  return {
    region: REGION,
    'account-id': ACCOUNT,
    'rds-data': {
      clusters: [
        { name: 'orders', secrets: ['orders/app'], databases: ['orders'], 'init-sql': ITEMS_TABLE },
        ...extraClusters,
      ],
    },
  };
}

export type Call = Omit<ExecuteStatementCommandInput, 'resourceArn' | 'secretArn'>;

export function dataApi(client: RDSDataClient, resourceArn = CLUSTER_ARN) {
  const base = { resourceArn, secretArn: SECRET_ARN, database: 'orders' };
  return {
    base,
    execute: (sql: string, extra: Omit<Call, 'sql'> = {}): Promise<ExecuteStatementCommandOutput> =>
      client.send(new ExecuteStatementCommand({ ...base, ...extra, sql })),
    begin: async () =>
      (await client.send(new BeginTransactionCommand(base))).transactionId as string,
    commit: (transactionId: string) =>
      client.send(new CommitTransactionCommand({ ...base, transactionId })),
  };
}

/** The error a call failed with (the test fails if it succeeded). */
export async function failure(call: Promise<unknown>): Promise<Error & Record<string, unknown>> {
  try {
    await call;
  } catch (error) {
    return error as Error & Record<string, unknown>;
  }
  throw new Error('expected the call to fail');
}

const realPause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Moves simulated time 45 s at a time until the call settles. The statement under test sleeps
 * for real seconds, far longer than the call takes to reach the engine, so the first step that
 * lands after the statement started is the one that times it out.
 */
export async function passStatementTimeout<T>(clock: ManualClock, call: Promise<T>): Promise<T> {
  let settled = false;
  call.then(
    () => {
      settled = true;
    },
    () => {
      settled = true;
    },
  );
  for (let i = 0; i < 200 && !settled; i++) {
    clock.advance(45_000);
    await realPause(20);
  }
  return call;
}

/** Waits (in real time) until the sandbox has received `count` calls of an operation. */
export async function untilReceived(sandbox: Sandbox, operation: string, count: number) {
  for (let i = 0; i < 500; i++) {
    if (sandbox.requests.count({ service: 'rds-data', operation }) >= count) return;
    await realPause(10);
  }
  throw new Error(`the sandbox did not receive ${count} ${operation} calls`);
}

/** Retries while the transaction is still running its previous (timed-out) statement. */
export async function whenIdle<T>(call: () => Promise<T>): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await call();
    } catch (error) {
      const busy = (error as Error).message === 'Transaction is still running a query';
      if (!busy || i > 300) throw error;
      await realPause(20);
    }
  }
}
