import {
  CloudWatchLogsClient,
  DescribeLogStreamsCommand,
  InternalServerException,
  ServiceUnavailableException,
} from '@aws-sdk/client-cloudwatch-logs';
import { ECSServiceException, ListClustersCommand } from '@aws-sdk/client-ecs';
import {
  BeginTransactionCommand,
  DatabaseResumingException,
  DatabaseUnavailableException,
  ExecuteStatementCommand,
  InternalServerErrorException,
} from '@aws-sdk/client-rds-data';
import {
  GetParameterCommand,
  InternalServerError,
  PutParameterCommand,
  ThrottlingException,
} from '@aws-sdk/client-ssm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type FaultDecision, Faults, faultError, parseFaults } from '../../src/sandbox/faults.js';
import { startSandbox } from '../../src/sandbox/index.js';
import { ScenarioError } from '../../src/sandbox/service.js';
import { clientsFor, type SandboxClients, useSandbox } from '../helpers/sandbox.js';

describe('Faults', () => {
  it('fires on the Nth matching call, or on each listed N', () => {
    const faults = new Faults([
      { service: 'ssm', operation: 'GetParameter', nth: 2, fault: 'throttling' },
      { service: 'ecs', nth: [1, 3], fault: 'drop' },
    ]);
    const ssm = [1, 2, 3].map(() => faults.decide('ssm', 'GetParameter')?.fault);
    expect(ssm).toEqual([undefined, 'throttling', undefined]);
    expect(faults.decide('ssm', 'PutParameter')).toBeUndefined();
    const ecs = ['ListServices', 'DescribeServices', 'UpdateService'].map(
      (op) => faults.decide('ecs', op)?.fault,
    );
    expect(ecs).toEqual(['drop', undefined, 'drop']);
  });

  it('draws rates from a seeded generator: same seed, same failures', () => {
    const run = (seed: number) => {
      const faults = new Faults([{ service: 'ssm', rate: 0.3, fault: 'throttling' }], seed);
      return Array.from({ length: 200 }, () => faults.decide('ssm', 'GetParameter') !== undefined);
    };
    expect(run(7)).toEqual(run(7));
    expect(run(7)).not.toEqual(run(8));
    const hits = run(7).filter(Boolean).length;
    expect(hits).toBeGreaterThan(35);
    expect(hits).toBeLessThan(85);
  });

  it('rate 0 never fires, no rate and no nth always fires', () => {
    const faults = new Faults([
      { service: 'logs', rate: 0, fault: 'server-error' },
      { service: 'ecs', fault: 'server-error', status: 503 },
    ]);
    expect(faults.decide('logs', 'GetLogEvents')).toBeUndefined();
    expect(faults.decide('ecs', 'ListTasks')).toEqual({
      latencyMs: 0,
      fault: 'server-error',
      status: 503,
      kinds: ['server-error'],
    });
  });

  it('adds latencies together and keeps the first failing fault', () => {
    const faults = new Faults([
      { service: 'ssm', fault: 'latency', latencyMs: 100 },
      { service: 'ssm', fault: 'latency', latencyMs: 50 },
      { service: 'ssm', fault: 'drop' },
      { service: 'ssm', fault: 'throttling' },
    ]);
    expect(faults.decide('ssm', 'GetParameter')).toMatchObject({ latencyMs: 150, fault: 'drop' });
  });

  it('removes a rule added at run time, and refuses a malformed one', () => {
    const faults = new Faults();
    const remove = faults.add({ service: 'ssm', fault: 'throttling' });
    expect(faults.decide('ssm', 'GetParameter')).toBeDefined();
    remove();
    expect(faults.decide('ssm', 'GetParameter')).toBeUndefined();
    expect(() => faults.add({ service: 'ssm', fault: 'throttling', rate: 2 })).toThrow(/rate/);
    expect(() => faults.add({ service: 'ssm', fault: 'latency' })).toThrow(/latencyMs/);
    expect(() => faults.add({ service: 'ssm', fault: 'drop', nth: 0 })).toThrow(/nth/);
  });

  it('reads the scenario form, with durations and statuses', () => {
    expect(
      parseFaults([
        { service: 'rds-data', operation: 'ExecuteStatement', fault: 'latency', latency: '2s' },
        { service: 'logs', fault: 'server-error', status: 503, nth: [2, 4] },
      ]),
    ).toEqual([
      { service: 'rds-data', operation: 'ExecuteStatement', fault: 'latency', latencyMs: 2000 },
      { service: 'logs', fault: 'server-error', status: 503, nth: [2, 4] },
    ]);
  });

  it('names the scenario mistake and its place', () => {
    const mistake = (value: unknown) => {
      try {
        parseFaults(value);
      } catch (error) {
        return error as ScenarioError;
      }
      return expect.fail('expected a ScenarioError');
    };
    expect(mistake([{ service: 'ssm', fault: 'throtling' }])).toMatchObject({
      where: 'faults[0].fault',
      hint: 'did you mean "throttling"?',
    });
    expect(mistake([{ service: 'ssm', fault: 'drop', rate: 0.1, nth: 1 }]).where).toBe(
      'faults[0].nth',
    );
    expect(mistake([{ service: 'ssm', fault: 'latency' }])).toBeInstanceOf(ScenarioError);
    expect(mistake([{ service: 'ssm', fault: 'server-error', status: 502 }]).where).toBe(
      'faults[0].status',
    );
    expect(mistake([{ service: 'rds-data', fault: 'error' }])).toMatchObject({
      where: 'faults[0].code',
    });
    expect(mistake([{ service: 'rds-data', fault: 'error', code: 'X', status: 302 }]).where).toBe(
      'faults[0].status',
    );
  });

  it('answers an error fault with the named code, its own status unless given', () => {
    const faults = new Faults();
    faults.add({
      service: 'rds-data',
      operation: 'BeginTransaction',
      nth: 2,
      fault: 'error',
      code: 'DatabaseUnavailableException',
    });
    expect(faults.decide('rds-data', 'BeginTransaction')).toBeUndefined();
    const decision = faults.decide('rds-data', 'BeginTransaction');
    expect(decision).toMatchObject({ fault: 'error', code: 'DatabaseUnavailableException' });
    const error = faultError('rds-data', decision as FaultDecision);
    expect([error.code, error.status]).toEqual(['DatabaseUnavailableException', 504]);
    const resuming = faultError('rds-data', {
      latencyMs: 0,
      kinds: ['error'],
      fault: 'error',
      code: 'DatabaseResumingException',
      message: 'resuming',
    });
    expect([resuming.code, resuming.status, resuming.message]).toEqual([
      'DatabaseResumingException',
      400,
      'resuming',
    ]);
    expect(() => faults.add({ service: 'ssm', fault: 'error' })).toThrow(/needs code/);
    expect(() => faults.add({ service: 'ssm', fault: 'drop', code: 'X' })).toThrow(/fault: error/);
    expect(
      parseFaults([
        { service: 'rds-data', fault: 'error', code: 'DatabaseResumingException', nth: 1 },
      ]),
    ).toEqual([
      { service: 'rds-data', fault: 'error', code: 'DatabaseResumingException', nth: [1] },
    ]);
  });
});

describe('faults through the real SDK', () => {
  const sandbox = useSandbox({ scenario: { ssm: { parameters: [{ name: '/p', value: 'v' }] } } });
  let clients: SandboxClients;
  let once: SandboxClients;

  beforeAll(() => {
    clients = clientsFor(sandbox());
    once = clientsFor(sandbox(), { maxAttempts: 1 });
  });
  afterEach(() => {
    sandbox().faults.clear();
    sandbox().requests.clear();
  });
  afterAll(() => {
    clients.destroy();
    once.destroy();
  });

  const getParameter = (c: SandboxClients) => c.ssm.send(new GetParameterCommand({ Name: '/p' }));

  it('the SDK retries a throttle and succeeds: two requests for one call', async () => {
    sandbox().faults.add({
      service: 'ssm',
      operation: 'GetParameter',
      nth: 1,
      fault: 'throttling',
    });
    const { Parameter } = await getParameter(clients);
    expect(Parameter?.Value).toBe('v');
    const calls = sandbox().requests.filter({ service: 'ssm', operation: 'GetParameter' });
    expect(calls.map((r) => [r.outcome, r.code, r.fault])).toEqual([
      ['error', 'ThrottlingException', 'throttling'],
      ['ok', undefined, undefined],
    ]);
  });

  it('a throttle that persists raises ThrottlingException after maxAttempts', async () => {
    sandbox().faults.add({ service: 'ssm', fault: 'throttling' });
    const error = await getParameter(once).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ThrottlingException);
    expect((error as ThrottlingException).$metadata.httpStatusCode).toBe(400);
    expect(sandbox().requests.count({ service: 'ssm' })).toBe(1);
  });

  it('answer-lost carries the call out and then drops the connection', async () => {
    sandbox().faults.add({ service: 'ssm', operation: 'PutParameter', fault: 'answer-lost' });
    const put = once.ssm.send(
      new PutParameterCommand({ Name: '/lost', Value: 'kept', Type: 'String' }),
    );
    await expect(put).rejects.toThrow();
    sandbox().faults.clear();
    const { Parameter } = await once.ssm.send(new GetParameterCommand({ Name: '/lost' }));
    expect(Parameter?.Value).toBe('kept');
    const [record] = sandbox().requests.filter({ operation: 'PutParameter' });
    expect([record?.outcome, record?.fault]).toEqual(['dropped', 'answer-lost']);
  });

  it('ECS, which models no ThrottlingException class, still names the error', async () => {
    sandbox().faults.add({ service: 'ecs', fault: 'throttling' });
    const error = await once.ecs.send(new ListClustersCommand({})).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ECSServiceException);
    expect((error as Error).name).toBe('ThrottlingException');
  });

  it('server errors use each service its own 500 and 503 classes', async () => {
    sandbox().faults.add({ service: 'ssm', fault: 'server-error' });
    expect(await getParameter(once).catch((e: unknown) => e)).toBeInstanceOf(InternalServerError);
    sandbox().faults.add({ service: 'logs', fault: 'server-error', status: 503 });
    const unavailable = await once.logs
      .send(new DescribeLogStreamsCommand({ logGroupName: '/g' }))
      .catch((e: unknown) => e);
    expect(unavailable).toBeInstanceOf(ServiceUnavailableException);
    expect((unavailable as ServiceUnavailableException).$metadata.httpStatusCode).toBe(503);
    sandbox().faults.add({ service: 'rds-data', fault: 'server-error' });
    const sql = { resourceArn: 'arn:r', secretArn: 'arn:s', sql: 'SELECT 1' };
    const rds = await once.rdsData.send(new ExecuteStatementCommand(sql)).catch((e: unknown) => e);
    expect(rds).toBeInstanceOf(InternalServerErrorException);
  });

  it('an error fault reaches the SDK as its exception class, with the AWS status', async () => {
    const call = () =>
      once.rdsData
        .send(new BeginTransactionCommand({ resourceArn: 'arn:r', secretArn: 'arn:s' }))
        .catch((e: unknown) => e);
    sandbox().faults.add({
      service: 'rds-data',
      operation: 'BeginTransaction',
      nth: 1,
      fault: 'error',
      code: 'DatabaseUnavailableException',
    });
    const unavailable = await call();
    expect(unavailable).toBeInstanceOf(DatabaseUnavailableException);
    expect((unavailable as DatabaseUnavailableException).$metadata.httpStatusCode).toBe(504);
    sandbox().faults.add({
      service: 'rds-data',
      nth: 1,
      fault: 'error',
      code: 'DatabaseResumingException',
    });
    const resuming = await call();
    expect(resuming).toBeInstanceOf(DatabaseResumingException);
    expect((resuming as Error).message).toBe('DatabaseResumingException (injected fault)');
    expect(
      sandbox()
        .requests.all()
        .map((r) => [r.code, r.fault]),
    ).toEqual([
      ['DatabaseUnavailableException', 'error'],
      ['DatabaseResumingException', 'error'],
    ]);
  });

  it('the scenario fault list applies from the start', async () => {
    const fresh = await startSandbox({
      scenario: { faults: [{ service: 'logs', fault: 'server-error', nth: 1 }] },
    });
    const logs = new CloudWatchLogsClient({
      region: 'eu-west-3',
      endpoint: fresh.url,
      credentials: { accessKeyId: 'k', secretAccessKey: 's' },
      maxAttempts: 1,
    });
    try {
      const first = await logs
        .send(new DescribeLogStreamsCommand({ logGroupName: '/g' }))
        .catch((e: unknown) => e);
      expect(first).toBeInstanceOf(InternalServerException);
      const second = await logs
        .send(new DescribeLogStreamsCommand({ logGroupName: '/g' }))
        .catch((e: unknown) => e);
      expect((second as Error).name).toBe('ResourceNotFoundException');
    } finally {
      logs.destroy();
      await fresh.close();
    }
  });

  it('a dropped connection is retried by the SDK, or fails without retries', async () => {
    sandbox().faults.add({ service: 'ssm', nth: 1, fault: 'drop' });
    expect((await getParameter(clients)).Parameter?.Value).toBe('v');
    expect(
      sandbox()
        .requests.all()
        .map((r) => r.outcome),
    ).toEqual(['dropped', 'ok']);
    sandbox().faults.add({ service: 'ssm', fault: 'drop' });
    const error = await getParameter(once).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    // A network error, not an AWS answer: no HTTP status, Node's ECONNRESET.
    expect(error).toMatchObject({ code: 'ECONNRESET' });
    expect((error as { $metadata: { httpStatusCode?: number } }).$metadata.httpStatusCode).toBe(
      undefined,
    );
  });

  it('latency delays the answer by real time and is recorded', async () => {
    sandbox().faults.add({ service: 'ssm', fault: 'latency', latencyMs: 250 });
    const started = performance.now();
    await getParameter(clients);
    expect(performance.now() - started).toBeGreaterThanOrEqual(240);
    expect(sandbox().requests.all()).toEqual([
      expect.objectContaining({ outcome: 'ok', fault: 'latency' }),
    ]);
    expect(sandbox().requests.all()[0]?.durationMs).toBeGreaterThanOrEqual(240);
  });
});
