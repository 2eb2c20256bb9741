/**
 * Data API transactions and the 45 s statement timeout on PGlite, through the real SDK: commit
 * and rollback, the 3-minute expiry, one call at a time per transaction, transactions taking
 * turns on PGlite's single connection, and what continueAfterTimeout changes. Also the AWS CLI
 * against the same sandbox (sharing its PGlite, which takes seconds to start).
 */
import {
  BadRequestException,
  DatabaseErrorException,
  RollbackTransactionCommand,
  StatementTimeoutException,
  TransactionNotFoundException,
} from '@aws-sdk/client-rds-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/sandbox/index.js';
import { awsCli, hasAwsCli } from '../helpers/aws-cli.js';
import { clientsFor, type SandboxClients, useSandbox } from '../helpers/sandbox.js';
import {
  CLUSTER_ARN,
  dataApi,
  failure,
  ordersScenario,
  passStatementTimeout,
  SECRET_ARN,
  untilReceived,
  whenIdle,
} from './rds-data-fixture.js';

const clock = new ManualClock();
// A second cluster that accepts continueAfterTimeout in a transaction, which AWS does not
// document and the sandbox refuses by default.
const LENIENT = {
  name: 'orders-lenient',
  secrets: ['orders/app'],
  databases: ['orders'],
  'transactional-continue-after-timeout': 'allowed',
};
const sandbox = useSandbox({ clock, scenario: ordersScenario([LENIENT]) });
let clients: SandboxClients;
let api: ReturnType<typeof dataApi>;

beforeAll(() => {
  clients = clientsFor(sandbox(), { maxAttempts: 1 });
  api = dataApi(clients.rdsData);
});
afterAll(() => clients.destroy());

const countNamed = async (name: string) =>
  (
    await api.execute('SELECT count(*) FROM items WHERE name = :n', {
      parameters: [{ name: 'n', value: { stringValue: name } }],
    })
  ).records?.[0]?.[0]?.longValue;

const insertNamed = (name: string, transactionId?: string) =>
  api.execute('INSERT INTO items (name) VALUES (:n)', {
    parameters: [{ name: 'n', value: { stringValue: name } }],
    ...(transactionId ? { transactionId } : {}),
  });

const rollback = (transactionId: string) =>
  clients.rdsData.send(new RollbackTransactionCommand({ ...api.base, transactionId }));

describe('transactions', () => {
  it('commits: the change is visible afterwards and the id is gone', async () => {
    const tx = await api.begin();
    await insertNamed('committed', tx);
    expect((await api.commit(tx)).transactionStatus).toBe('Transaction Committed');
    expect(await countNamed('committed')).toBe(1);
    const again = await failure(api.commit(tx));
    expect(again).toBeInstanceOf(TransactionNotFoundException);
    expect(again.message).toMatch(/^Transaction .* is not found\. .*ended by a previous/);
  });

  it('rolls back: the change is gone', async () => {
    const tx = await api.begin();
    await insertNamed('rolled-back', tx);
    expect((await rollback(tx)).transactionStatus).toBe('Rollback Complete');
    expect(await countNamed('rolled-back')).toBe(0);
  });

  it('ends a transaction whose statement failed ("aborted due to an error")', async () => {
    const tx = await api.begin();
    await insertNamed('before-error', tx);
    expect(await failure(api.execute('SELECT 1/0', { transactionId: tx }))).toBeInstanceOf(
      DatabaseErrorException,
    );
    const after = await failure(insertNamed('after-error', tx));
    expect(after).toBeInstanceOf(TransactionNotFoundException);
    expect(after.message).toMatch(/aborted due to an error/);
    expect(await countNamed('before-error')).toBe(0);
  });

  it('refuses an unknown transaction id', async () => {
    const error = await failure(insertNamed('x', 'AQoDYXdzEJr/unknown'));
    expect(error).toBeInstanceOf(TransactionNotFoundException);
    expect(error.$metadata).toMatchObject({ httpStatusCode: 404 });
  });

  it('expires after 3 minutes without a call, rolling back and freeing the connection', async () => {
    const tx = await api.begin();
    await insertNamed('expired', tx);
    clock.advance(2 * 60_000);
    await insertNamed('expired', tx); // a call restarts the 3 minutes
    clock.advance(3 * 60_000);
    const error = await failure(api.commit(tx));
    expect(error).toBeInstanceOf(TransactionNotFoundException);
    expect(error.message).toMatch(/expired/);
    expect(await countNamed('expired')).toBe(0);
  });

  it('refuses a second call while the transaction still runs one', async () => {
    const tx = await api.begin();
    const slow = api.execute('SELECT pg_sleep(0.5)', { transactionId: tx });
    await untilReceived(sandbox(), 'ExecuteStatement', 1);
    const second = await failure(insertNamed('concurrent', tx));
    expect(second).toBeInstanceOf(DatabaseErrorException);
    expect(second.message).toBe('Transaction is still running a query');
    await slow;
    await rollback(tx);
  });

  it('serializes transactions on PGlite: the second begins when the first ends', async () => {
    sandbox().requests.clear();
    const events: string[] = [];
    const first = await api.begin();
    const second = api.begin().then((id) => {
      events.push('second began');
      return id;
    });
    const autocommit = countNamed('serial').then((n) => events.push(`autocommit saw ${n}`));
    await untilReceived(sandbox(), 'BeginTransaction', 2);
    await untilReceived(sandbox(), 'ExecuteStatement', 1);
    await insertNamed('serial', first);
    events.push('first inserted');
    await api.commit(first);
    events.push('first committed');
    await rollback(await second);
    await autocommit;
    expect(events.slice(0, 3)).toEqual(['first inserted', 'first committed', 'second began']);
    expect(events).toContain('autocommit saw 1');
  });
});

describe('45-second statement timeout (simulated time)', () => {
  const slowInsert = (
    name: string,
    extra: { transactionId?: string; continueAfterTimeout?: boolean },
  ) =>
    api.execute('INSERT INTO items (name) SELECT :n FROM pg_sleep(1)', {
      parameters: [{ name: 'n', value: { stringValue: name } }],
      ...extra,
    });

  it('cancels the statement without continueAfterTimeout: its change does not land', async () => {
    const error = await failure(passStatementTimeout(clock, slowInsert('cancelled', {})));
    expect(error).toBeInstanceOf(StatementTimeoutException);
    expect(error.message).toBe('Request timed out');
    // The SDK deserializes the error shape's own member, as AWS sends it.
    expect(error).toMatchObject({ dbConnectionId: expect.any(Number) });
    expect(await countNamed('cancelled')).toBe(0);
  });

  it('lets the statement finish with continueAfterTimeout: its change lands', async () => {
    const call = slowInsert('continued', { continueAfterTimeout: true });
    expect(await failure(passStatementTimeout(clock, call))).toBeInstanceOf(
      StatementTimeoutException,
    );
    expect(await countNamed('continued')).toBe(1);
  });

  it('in a transaction, a cancelled statement leaves the transaction aborted', async () => {
    const tx = await api.begin();
    const error = await failure(
      passStatementTimeout(clock, slowInsert('tx-cancelled', { transactionId: tx })),
    );
    expect(error).toBeInstanceOf(StatementTimeoutException);
    const next = await failure(whenIdle(() => api.execute('SELECT 1', { transactionId: tx })));
    expect(next.message).toMatch(/current transaction is aborted.*SQLState: 25P02/s);
    expect(await countNamed('tx-cancelled')).toBe(0);
  });

  it('in a transaction, continueAfterTimeout is refused by default and aborts the transaction', async () => {
    const tx = await api.begin();
    const refused = await failure(
      slowInsert('tx-refused', { transactionId: tx, continueAfterTimeout: true }),
    );
    expect(refused).toBeInstanceOf(BadRequestException);
    expect(refused.message).toMatch(/continueAfterTimeout is not supported.*in a transaction/);
    const next = await failure(api.execute('SELECT 1', { transactionId: tx }));
    expect(next).toBeInstanceOf(TransactionNotFoundException);
    expect(next.message).toContain('aborted due to an error from a previous call');
    expect(await countNamed('tx-refused')).toBe(0);
  });

  it('in a transaction on a cluster that allows it, continueAfterTimeout lets the statement land', async () => {
    const lenient = dataApi(clients.rdsData, CLUSTER_ARN.replace(/orders$/, 'orders-lenient'));
    const tx = await lenient.begin();
    const call = lenient.execute('INSERT INTO items (name) SELECT :n FROM pg_sleep(1)', {
      parameters: [{ name: 'n', value: { stringValue: 'tx-continued' } }],
      transactionId: tx,
      continueAfterTimeout: true,
    });
    expect(await failure(passStatementTimeout(clock, call))).toBeInstanceOf(
      StatementTimeoutException,
    );
    const busy = await failure(lenient.execute('SELECT 1', { transactionId: tx }));
    expect(busy.message).toBe('Transaction is still running a query');
    await whenIdle(() => lenient.commit(tx));
    expect(await countNamed('tx-continued')).toBe(1);
  });
});

describe.skipIf(!hasAwsCli)('AWS CLI v2 (/usr/bin/aws rds-data)', () => {
  const cli = (...args: string[]) =>
    awsCli(sandbox(), [
      'rds-data',
      ...args,
      ...['--resource-arn', CLUSTER_ARN, '--secret-arn', SECRET_ARN, '--database', 'orders'],
    ]);

  it('runs execute-statement with parameters and result metadata', async () => {
    const run = await cli(
      'execute-statement',
      '--sql',
      'SELECT :n::int + 1 AS answer',
      '--parameters',
      '[{"name":"n","value":{"longValue":41}}]',
      '--include-result-metadata',
    );
    expect(run.stderr).toBe('');
    const out = JSON.parse(run.stdout);
    expect(out.records).toEqual([[{ longValue: 42 }]]);
    expect(out.columnMetadata[0]).toMatchObject({ name: 'answer', typeName: 'int4', type: 4 });
  });

  it('fails a multi-statement call the way AWS documents it, without retrying', async () => {
    const before = sandbox().requests.count({ operation: 'ExecuteStatement' });
    const run = await cli(
      'execute-statement',
      '--sql',
      'SELECT * FROM items; SELECT * FROM counters;',
    );
    expect(run.code).toBe(254);
    expect(sandbox().requests.count({ operation: 'ExecuteStatement' }) - before).toBe(1);
    expect(run.stderr.trim()).toBe(
      "An error occurred (ValidationException) when calling the ExecuteStatement operation: Multistatements aren't supported.",
    );
  });
});
