import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CloudWatchLogsClient, DescribeLogStreamsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { ECSClient, ListClustersCommand } from '@aws-sdk/client-ecs';
import {
  type BadRequestException,
  ExecuteStatementCommand,
  RDSDataClient,
  StatementTimeoutException,
} from '@aws-sdk/client-rds-data';
import { GetParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock, ScaledClock } from '../../src/sandbox/clock.js';
import { Faults } from '../../src/sandbox/faults.js';
import { exportLines, startSandbox } from '../../src/sandbox/index.js';
import { RequestLog } from '../../src/sandbox/request-log.js';
import { loadScenario, scenarioJsonSchema } from '../../src/sandbox/scenario.js';
import { type RunningServer, startServer } from '../../src/sandbox/server.js';
import {
  AwsError,
  type SandboxService,
  ScenarioError,
  type ServiceName,
} from '../../src/sandbox/service.js';
import { useSandbox, withSandboxEnv } from '../helpers/sandbox.js';

const credentials = { accessKeyId: 'k', secretAccessKey: 's' };

/** A server hosting hand-written services, to test the wire layer on its own. */
function fakeServices(): Map<ServiceName, SandboxService> {
  const seen: { signal?: AbortSignal } = {};
  const rdsData: SandboxService = {
    name: 'rds-data',
    async handle(operation, input) {
      if (input.sql === 'timeout') throw new AwsError('StatementTimeoutException', 'too slow');
      if (input.sql === 'bug') throw new Error('a bug in a service');
      if (operation !== 'ExecuteStatement') throw new AwsError('BadRequestException', operation);
      return {
        numberOfRecordsUpdated: 0,
        records: [[{ blobValue: new Uint8Array([1, 2, 3]) }]],
      };
    },
  };
  const ecs: SandboxService = {
    name: 'ecs',
    async handle(_operation, _input, request) {
      seen.signal = request.signal;
      return { clusterArns: [`at ${new Date(request.at).toISOString()}`] };
    },
    http: (method, path) =>
      method === 'GET' && path === '/orchestrator/health'
        ? { status: 200, body: { status: 'healthy', version: '5.1.0' } }
        : undefined,
  };
  return new Map<ServiceName, SandboxService>([
    ['rds-data', rdsData],
    ['ecs', ecs],
  ]);
}

describe('the wire layer', () => {
  const requests = new RequestLog();
  const clock = new ManualClock(Date.UTC(2026, 0, 2));
  let server: RunningServer;
  let rds: RDSDataClient;

  beforeAll(async () => {
    server = await startServer({ services: fakeServices(), clock, requests, faults: new Faults() });
    rds = new RDSDataClient({
      region: 'eu-west-3',
      endpoint: server.url,
      credentials,
      maxAttempts: 1,
    });
  });
  afterAll(async () => {
    rds.destroy();
    await server.close();
  });

  const post = (path: string, body: string, headers: Record<string, string> = {}) =>
    fetch(`${server.url}${path}`, { method: 'POST', body, headers });

  it('listens on a free port of 127.0.0.1', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
    expect(server.port).toBeGreaterThan(0);
  });

  it('routes RDS Data API REST paths and encodes blobs as base64', async () => {
    const out = await rds.send(
      new ExecuteStatementCommand({ resourceArn: 'arn:r', secretArn: 'arn:s', sql: 'SELECT 1' }),
    );
    expect(out.records?.[0]?.[0]?.blobValue).toEqual(new Uint8Array([1, 2, 3]));
  });

  it('encodes restJson1 errors so the SDK raises its own classes', async () => {
    const arns = { resourceArn: 'arn:r', secretArn: 'arn:s' };
    const timeout = await rds
      .send(new ExecuteStatementCommand({ ...arns, sql: 'timeout' }))
      .catch((e: unknown) => e);
    expect(timeout).toBeInstanceOf(StatementTimeoutException);
    expect((timeout as Error).message).toBe('too slow');
    const raw = await post('/BeginTransaction', '{}', { 'content-type': 'application/json' });
    expect(raw.status).toBe(400);
    expect(raw.headers.get('x-amzn-errortype')).toBe('BadRequestException');
    expect(await raw.json()).toEqual({ message: 'BeginTransaction' });
  });

  it('turns a bug in a service into a 500 InternalFailure', async () => {
    const error = await rds
      .send(new ExecuteStatementCommand({ resourceArn: 'r', secretArn: 's', sql: 'bug' }))
      .catch((e: unknown) => e);
    expect((error as Error).name).toBe('InternalFailure');
    expect((error as { $metadata: { httpStatusCode: number } }).$metadata.httpStatusCode).toBe(500);
  });

  it('gives UnknownOperationException for unknown targets and REST paths', async () => {
    const json = await post('/', '{}', { 'x-amz-target': 'AmazonDynamoDB_20120810.GetItem' });
    expect(json.status).toBe(400);
    expect(await json.json()).toMatchObject({ __type: 'UnknownOperationException' });
    const rest = await post('/ExecuteSql', '{}');
    expect(rest.status).toBe(404);
    expect(rest.headers.get('x-amzn-errortype')).toBe('UnknownOperationException');
  });

  it('answers awsJson1_1 with its content type, a request id, and Date as epoch seconds', async () => {
    const res = await post('/', '{}', {
      'x-amz-target': 'AmazonEC2ContainerServiceV20141113.ListClusters',
      'content-type': 'application/x-amz-json-1.1',
    });
    expect(res.headers.get('content-type')).toBe('application/x-amz-json-1.1');
    expect(res.headers.get('x-amzn-requestid')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await res.json()).toEqual({ clusterArns: ['at 2026-01-02T00:00:00.000Z'] });
  });

  it('rejects a body that is not JSON with SerializationException', async () => {
    const res = await post('/', '{not json', {
      'x-amz-target': 'AmazonEC2ContainerServiceV20141113.ListClusters',
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ __type: 'SerializationException' });
  });

  it('delegates plain GET routes to the services, and 404s the rest', async () => {
    const health = await fetch(`${server.url}/orchestrator/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'healthy', version: '5.1.0' });
    const missing = await fetch(`${server.url}/nothing/here`);
    expect(missing.status).toBe(404);
  });

  it('records every request with its key parameters and outcome', async () => {
    requests.clear();
    const sql = `SELECT ${'x, '.repeat(60)}1`;
    await rds.send(new ExecuteStatementCommand({ resourceArn: 'arn:r', secretArn: 's', sql }));
    await rds
      .send(new ExecuteStatementCommand({ resourceArn: 'arn:r', secretArn: 's', sql: 'timeout' }))
      .catch(() => undefined);
    await fetch(`${server.url}/orchestrator/health`);
    const [ok, failed, health] = requests.all();
    expect(ok).toMatchObject({
      seq: expect.any(Number),
      service: 'rds-data',
      operation: 'ExecuteStatement',
      outcome: 'ok',
      status: 200,
      simulatedTime: clock.now(),
      params: { resourceArn: 'arn:r', sql: `${sql.slice(0, 80)}…` },
    });
    expect(ok?.durationMs).toBeGreaterThanOrEqual(0);
    expect(failed).toMatchObject({
      outcome: 'error',
      code: 'StatementTimeoutException',
      status: 400,
    });
    expect(health).toMatchObject({ service: 'http', operation: 'GET /orchestrator/health' });
    expect(requests.count({ service: 'rds-data', operation: 'ExecuteStatement' })).toBe(2);
    expect(requests.count({ outcome: 'error' })).toBe(1);
    expect(requests.countByOperation()).toEqual({
      'rds-data.ExecuteStatement': 2,
      'http.GET /orchestrator/health': 1,
    });
  });
});

describe('startSandbox', () => {
  const sandbox = useSandbox({
    scenario: {
      'time-scale': 60,
      ssm: { parameters: [{ name: '/p', value: 'v' }] },
      env: { CA_A2A_ALB_URL: '{sandbox-url}/orchestrator' },
    },
  });

  it('adds the scenario env for a rehearsal, with the sandbox address filled in', () => {
    const { env, url } = sandbox();
    expect(env.CA_A2A_ALB_URL).toBe(`${url}/orchestrator`);
    expect(exportLines(sandbox())).toContain(`export CA_A2A_ALB_URL='${url}/orchestrator'`);
  });

  it('exposes the same URL for the four services, a region and dummy credentials', () => {
    const { env, url } = sandbox();
    expect(env).toMatchObject({
      AWS_ENDPOINT_URL_ECS: url,
      AWS_ENDPOINT_URL_SSM: url,
      AWS_ENDPOINT_URL_CLOUDWATCH_LOGS: url,
      AWS_ENDPOINT_URL_RDS_DATA: url,
      AWS_REGION: 'eu-west-3',
      AWS_ACCESS_KEY_ID: expect.any(String),
      AWS_SECRET_ACCESS_KEY: expect.any(String),
    });
    expect(exportLines(sandbox())).toContain(`export AWS_ENDPOINT_URL_SSM='${url}'`);
    expect(exportLines(sandbox()).split('\n')).toHaveLength(Object.keys(env).length);
  });

  it('uses the scenario time-scale for its clock', () => {
    expect(sandbox().clock).toBeInstanceOf(ScaledClock);
    expect(sandbox().clock.scale).toBe(60);
  });

  it('real SDK clients given only a region reach it through the AWS_ENDPOINT_URL_* variables', async () => {
    const restore = withSandboxEnv(sandbox());
    const ssm = new SSMClient({ region: 'eu-west-3' });
    const logs = new CloudWatchLogsClient({ region: 'eu-west-3' });
    const ecs = new ECSClient({ region: 'eu-west-3', maxAttempts: 1 });
    const rds = new RDSDataClient({ region: 'eu-west-3', maxAttempts: 1 });
    try {
      sandbox().requests.clear();
      const { Parameter } = await ssm.send(new GetParameterCommand({ Name: '/p' }));
      expect(Parameter?.Value).toBe('v');
      await logs
        .send(new DescribeLogStreamsCommand({ logGroupName: '/none' }))
        .catch(() => undefined);
      await ecs.send(new ListClustersCommand({})).catch(() => undefined);
      const sql = { resourceArn: 'arn:r', secretArn: 'arn:s', sql: 'SELECT 1' };
      await rds.send(new ExecuteStatementCommand(sql)).catch((e: unknown) => {
        // Whatever the Data API answers, it must be the sandbox answering, not a network error.
        expect((e as { $metadata?: unknown }).$metadata).toBeDefined();
      });
      expect(sandbox().requests.countByOperation()).toEqual({
        'ssm.GetParameter': 1,
        'logs.DescribeLogStreams': 1,
        'ecs.ListClusters': 1,
        'rds-data.ExecuteStatement': 1,
      });
    } finally {
      for (const client of [ssm, logs, ecs, rds]) client.destroy();
      restore();
    }
    expect(process.env.AWS_ENDPOINT_URL_SSM).toBeUndefined();
  });

  it('a test may pass its own clock', async () => {
    const clock = new ManualClock();
    const own = await startSandbox({ clock });
    try {
      expect(own.clock).toBe(clock);
      expect(own.url).not.toBe(sandbox().url);
    } finally {
      await own.close();
    }
  });

  it('RDS Data errors reach the SDK as its own classes', async () => {
    const rds = new RDSDataClient({
      region: 'eu-west-3',
      endpoint: sandbox().url,
      credentials,
      maxAttempts: 1,
    });
    try {
      const error = await rds
        .send(
          new ExecuteStatementCommand({
            resourceArn: 'wrong',
            secretArn: 'wrong',
            sql: 'SELECT 1',
          }),
        )
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
      expect(error).not.toBeInstanceOf(TypeError);
      // The Data API answers a bad ARN with a 4xx of its own, e.g. BadRequestException.
      expect((error as BadRequestException).$metadata.httpStatusCode).toBeGreaterThanOrEqual(400);
    } finally {
      rds.destroy();
    }
  });
});

describe('scenario root', () => {
  it('defaults region, account and time scale', () => {
    expect(loadScenario()).toMatchObject({
      region: 'eu-west-3',
      accountId: '000000000000',
      timeScale: 1,
      faults: [],
    });
  });

  it('names an unknown top-level key with a suggestion', () => {
    const error = (() => {
      try {
        loadScenario({ 'time-scal': 5 });
        return undefined;
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ScenarioError);
    expect(error).toMatchObject({ where: 'time-scal', hint: 'did you mean "time-scale"?' });
  });

  it('refuses a non-positive time scale and an unquoted account id of zeros', () => {
    expect(() => loadScenario({ 'time-scale': 0 })).toThrow(/time-scale must be greater than 0/);
    expect(() => loadScenario({ 'account-id': 0 })).toThrow(ScenarioError);
    expect(loadScenario({ 'account-id': 555043101106 }).accountId).toBe('555043101106');
  });

  it('reads a YAML file and points at the line of a mistake in a service section', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sandbox-scenario-'));
    const file = join(dir, 'scenario.yml');
    writeFileSync(
      file,
      'region: eu-west-1\nssm:\n  parameters:\n    - name: /a\n      value: b\n      type: Number\n',
    );
    const error = await startSandbox({ scenario: file }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ScenarioError);
    expect(error).toMatchObject({ where: 'ssm.parameters[0].type' });
    expect((error as Error).message).toContain(`${file}:6:13`);
    writeFileSync(file, 'region: eu-west-1\ntime-scale: 10\n');
    expect(loadScenario(file)).toMatchObject({ region: 'eu-west-1', timeScale: 10 });
    writeFileSync(file, 'region: [unclosed\n');
    expect(() => loadScenario(file)).toThrow(/YAML syntax/);
  });

  it('reports every mistake at once, in every section, each at its file:line:column with its hint', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sandbox-scenario-'));
    const file = join(dir, 'scenario.yml');
    writeFileSync(
      file,
      [
        'time-scal: 5',
        'ecs:',
        '  services:',
        '    - name: a',
        '      desired-cont: 2',
        '    - name: b',
        '      desired-count: two',
        'ssm:',
        '  parameters:',
        '    - name: /a',
        '      value: b',
        '      type: Number',
        '',
      ].join('\n'),
    );
    const error = (await startSandbox({ scenario: file }).catch(
      (e: unknown) => e,
    )) as ScenarioError;
    expect(error).toBeInstanceOf(ScenarioError);
    expect(error.mistakes.map((m) => m.where)).toEqual([
      'time-scal',
      'ecs.services[0].desired-cont',
      'ecs.services[1].desired-count',
      'ssm.parameters[0].type',
    ]);
    expect(error.message).toContain('scenario: 4 mistakes\n');
    expect(error.message).toContain(
      `  time-scal: unknown key "time-scal" (${file}:1:1)\n      did you mean "time-scale"?\n`,
    );
    expect(error.message).toContain(
      `ecs.services[0].desired-cont: unknown key "desired-cont" (${file}:5:7)`,
    );
    expect(error.message).toContain(`ecs.services[1].desired-count: `);
    expect(error.message).toContain(`(${file}:7:22)`);
    expect(error.message).toContain(
      `(${file}:12:13)\n      write one of: String, StringList, SecureString`,
    );
    expect(error.message).not.toMatch(/more mistake|\(.*\) \(.*\)/);
    expect(error.hint).toBeUndefined();
  });

  it('schema/sandbox-scenario.schema.json is the one the validators describe', () => {
    const file = new URL('../../schema/sandbox-scenario.schema.json', import.meta.url);
    const written = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    // Regenerate with: npx tsx scripts/gen-sandbox-schema.ts
    expect(written).toEqual(scenarioJsonSchema());
  });
});
