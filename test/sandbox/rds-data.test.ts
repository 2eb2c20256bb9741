/**
 * Contract tests of the simulated RDS Data API on PGlite, through the real
 * @aws-sdk/client-rds-data over HTTP: results, metadata, parameters and AWS's errors.
 */
import {
  BadRequestException,
  BatchExecuteStatementCommand,
  DatabaseErrorException,
  DatabaseResumingException,
  HttpEndpointNotEnabledException,
  type RDSDataClient,
  SecretsErrorException,
  UnsupportedResultException,
} from '@aws-sdk/client-rds-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/sandbox/index.js';
import { clientsFor, type SandboxClients, useSandbox } from '../helpers/sandbox.js';
import {
  ACCOUNT,
  CLUSTER_ARN,
  dataApi,
  failure,
  ordersScenario,
  REGION,
  SECRET_ARN,
} from './rds-data-fixture.js';

const clock = new ManualClock();
const sandbox = useSandbox({
  clock,
  scenario: ordersScenario([
    { name: 'sleepy', secrets: ['orders/app'], databases: ['orders'], 'paused-for': '60s' },
  ]),
});
let clients: SandboxClients;
let api: ReturnType<typeof dataApi>;
let rdsData: RDSDataClient;

beforeAll(() => {
  clients = clientsFor(sandbox(), { maxAttempts: 1 });
  rdsData = clients.rdsData;
  api = dataApi(rdsData);
});
afterAll(() => clients.destroy());

describe('ExecuteStatement', () => {
  it('binds typed named parameters and reports the rows it changed', async () => {
    const out = await api.execute(
      'INSERT INTO items (name, price, uid, doc) VALUES (:name, :price, :uid, :doc)',
      {
        parameters: [
          { name: 'name', value: { stringValue: "it's :not a parameter" } },
          { name: 'price', value: { stringValue: '12.50' }, typeHint: 'DECIMAL' },
          {
            name: 'uid',
            value: { stringValue: '9b2e5f4c-0d3a-4c55-9a43-1f5e0d2c7a10' },
            typeHint: 'UUID',
          },
          { name: 'doc', value: { stringValue: '{"a": [1, 2]}' }, typeHint: 'JSON' },
        ],
      },
    );
    expect(out.numberOfRecordsUpdated).toBe(1);
    expect(out.generatedFields).toEqual([]);
    expect(out.records).toBeUndefined();
  });

  it('returns records as Field unions, with column metadata on request', async () => {
    const out = await api.execute(
      `SELECT name, price, uid, doc, id = :id AS first, ARRAY['a','b'] AS tags, NULL::int AS nothing,
              '\\x00ff'::bytea AS raw, 2.5::float8 AS ratio
         FROM items WHERE name LIKE :pattern`,
      {
        includeResultMetadata: true,
        parameters: [
          { name: 'id', value: { longValue: 1 } },
          { name: 'pattern', value: { stringValue: 'it%' } },
        ],
      },
    );
    expect(out.numberOfRecordsUpdated).toBe(0);
    const [row] = out.records ?? [];
    expect(row?.slice(0, 6)).toEqual([
      { stringValue: "it's :not a parameter" },
      { stringValue: '12.50' },
      { stringValue: '9b2e5f4c-0d3a-4c55-9a43-1f5e0d2c7a10' },
      { stringValue: '{"a": [1, 2]}' },
      { booleanValue: true },
      { arrayValue: { stringValues: ['a', 'b'] } },
    ]);
    expect(row?.[6]).toEqual({ isNull: true });
    expect(row?.[7]?.blobValue).toEqual(new Uint8Array([0, 255]));
    expect(row?.[8]).toEqual({ doubleValue: 2.5 });
    const meta = out.columnMetadata?.map((c) => [c.name, c.typeName, c.type]);
    expect(meta?.slice(0, 6)).toEqual([
      ['name', 'text', 12],
      ['price', 'numeric', 2],
      ['uid', 'uuid', 1111],
      ['doc', 'jsonb', 1111],
      ['first', 'bool', -7],
      ['tags', '_text', 2003],
    ]);
  });

  it('returns formattedRecords as JSON text when formatRecordsAs is JSON', async () => {
    const out = await api.execute('SELECT 7 AS n, :s AS s, ARRAY[1,2] AS a, NULL AS z', {
      formatRecordsAs: 'JSON',
      parameters: [{ name: 's', value: { stringValue: 'x' } }],
    });
    expect(out.records).toBeUndefined();
    expect(JSON.parse(out.formattedRecords ?? '')).toEqual([{ n: 7, s: 'x', a: [1, 2], z: null }]);
  });

  it('keeps int8 exact with longReturnType STRING and numeric as a number with DOUBLE_OR_LONG', async () => {
    const out = await api.execute('SELECT 9007199254740993::int8, 1.25::numeric', {
      resultSetOptions: { longReturnType: 'STRING', decimalReturnType: 'DOUBLE_OR_LONG' },
    });
    expect(out.records?.[0]).toEqual([{ stringValue: '9007199254740993' }, { doubleValue: 1.25 }]);
  });

  it('types a stringValue as text, so a uuid column needs typeHint UUID as on AWS', async () => {
    const error = await failure(
      api.execute('SELECT * FROM items WHERE uid = :u', {
        parameters: [{ name: 'u', value: { stringValue: '9b2e5f4c-0d3a-4c55-9a43-1f5e0d2c7a10' } }],
      }),
    );
    expect(error).toBeInstanceOf(DatabaseErrorException);
    expect(error.message).toMatch(
      /^ERROR: operator does not exist: uuid = text\n {2}Hint: .*SQLState: 42883$/s,
    );
  });

  it('reports PostgreSQL errors as DatabaseErrorException with position and SQLState', async () => {
    const error = await failure(api.execute('SELECT * FROM missing_table'));
    expect(error).toBeInstanceOf(DatabaseErrorException);
    expect(error.message).toBe(
      'ERROR: relation "missing_table" does not exist\n  Position: 15; SQLState: 42P01',
    );
    expect(error.$metadata).toMatchObject({ httpStatusCode: 400 });
  });

  it('refuses several statements in one call with ValidationException', async () => {
    const error = await failure(api.execute('SELECT 1; SELECT 2;'));
    expect(error.name).toBe('ValidationException');
    expect(error.message).toBe("Multistatements aren't supported.");
    expect((await api.execute("SELECT ';' AS semicolon;")).records).toEqual([
      [{ stringValue: ';' }],
    ]);
  });

  it('refuses the schema parameter and array parameters (Serverless v2 behaviour)', async () => {
    const schema = await failure(api.execute('SELECT 1', { schema: 'public' }));
    expect([schema.name, schema.message]).toEqual([
      'ValidationException',
      "The schema parameter isn't supported",
    ]);
    const array = await failure(
      api.execute('SELECT :a', {
        parameters: [{ name: 'a', value: { arrayValue: { longValues: [1] } } }],
      }),
    );
    expect(array.message).toBe('Array parameters are not supported.');
  });

  it('refuses geometric and monetary results with UnsupportedResultException', async () => {
    const error = await failure(api.execute('SELECT point(1, 2) AS p'));
    expect(error).toBeInstanceOf(UnsupportedResultException);
    expect(error.message).toMatch(/unsupported data type point/);
  });

  it('terminates a call whose result exceeds 1 MiB', async () => {
    const error = await failure(
      api.execute("SELECT repeat('x', 600000) FROM generate_series(1, 2)"),
    );
    expect(error).toBeInstanceOf(BadRequestException);
    expect(error.message).toBe('Database response exceeded size limit');
    const fits = await api.execute("SELECT repeat('x', 600000)");
    expect(fits.records?.[0]?.[0]?.stringValue).toHaveLength(600000);
  });
  it('runs CREATE INDEX CONCURRENTLY outside a transaction, and refuses it inside one', async () => {
    await api.execute('CREATE INDEX CONCURRENTLY items_name_idx ON items (name)');
    const exists = await api.execute("SELECT to_regclass('items_name_idx') IS NOT NULL");
    expect(exists.records).toEqual([[{ booleanValue: true }]]);
    const tx = await api.begin();
    const error = await failure(
      api.execute('CREATE INDEX CONCURRENTLY items_price_idx ON items (price)', {
        transactionId: tx,
      }),
    );
    expect(error.message).toMatch(/cannot run inside a transaction block; SQLState: 25001$/);
  });
});

describe('resource, secret and database checks', () => {
  it('answers HttpEndpointNotEnabledException for a cluster ARN that does not match', async () => {
    const error = await failure(
      api.execute('SELECT 1', { resourceArn: CLUSTER_ARN.replace('orders', 'Orders') } as never),
    );
    expect(error).toBeInstanceOf(HttpEndpointNotEnabledException);
    expect(error.message).toBe('HttpEndpoint is not enabled for cluster Orders');
  });

  it('answers SecretsErrorException for a secret the cluster does not have', async () => {
    const other = `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:other-Ab12Cd`;
    const error = await failure(api.execute('SELECT 1', { secretArn: other } as never));
    expect(error).toBeInstanceOf(SecretsErrorException);
  });

  it('answers a PostgreSQL 3D000 error for a database the cluster does not have', async () => {
    const error = await failure(api.execute('SELECT 1', { database: 'nope' }));
    expect(error).toBeInstanceOf(DatabaseErrorException);
    expect(error.message).toBe('ERROR: database "nope" does not exist; SQLState: 3D000');
  });

  it('answers DatabaseResumingException while the scenario holds a cluster paused', async () => {
    const sleepy = { resourceArn: CLUSTER_ARN.replace('orders', 'sleepy'), secretArn: SECRET_ARN };
    const call = () => api.execute('SELECT 1', sleepy as never);
    const error = await failure(call());
    expect(error).toBeInstanceOf(DatabaseResumingException);
    expect(error.message).toMatch(/is resuming after being auto-paused/);
    clock.advance(60_000);
    expect((await call()).records).toEqual([[{ longValue: 1 }]]);
  });
});

describe('BatchExecuteStatement', () => {
  const insert = (names: string[]) =>
    rdsData.send(
      new BatchExecuteStatementCommand({
        ...api.base,
        sql: 'INSERT INTO items (name, price) VALUES (:name, :price)',
        parameterSets: names.map((name) => [
          { name: 'name', value: name === 'NULL' ? { isNull: true } : { stringValue: name } },
          { name: 'price', value: { doubleValue: 1.5 } },
        ]),
      }),
    );
  const count = async (prefix: string) =>
    (await api.execute(`SELECT count(*) FROM items WHERE name LIKE '${prefix}%'`))
      .records?.[0]?.[0];

  it('runs the statement once per parameter set', async () => {
    const out = await insert(['batch-1', 'batch-2', 'batch-3']);
    expect(out.updateResults).toEqual([
      { generatedFields: [] },
      { generatedFields: [] },
      { generatedFields: [] },
    ]);
    expect(await count('batch-')).toEqual({ longValue: 3 });
  });

  it('applies no set when one fails', async () => {
    const error = await failure(insert(['atomic-1', 'NULL']));
    expect(error.message).toMatch(/null value in column "name".*SQLState: 23502/s);
    expect(await count('atomic-')).toEqual({ longValue: 0 });
  });
});
