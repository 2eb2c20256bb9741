import {
  DeleteParameterCommand,
  DescribeParametersCommand,
  GetCommandInvocationCommand,
  GetParameterCommand,
  GetParametersByPathCommand,
  GetParametersCommand,
  InvalidInstanceId,
  InvalidNextToken,
  InvocationDoesNotExist,
  ListCommandInvocationsCommand,
  ParameterAlreadyExists,
  ParameterNotFound,
  ParameterVersionNotFound,
  PutParameterCommand,
  SendCommandCommand,
  type SSMClient,
  SSMServiceException,
  UnsupportedOperationException,
  ValidationException,
  waitUntilCommandExecuted,
} from '@aws-sdk/client-ssm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/sandbox/clock.js';
import { clientsFor, useSandbox } from '../helpers/sandbox.js';

const clock = new ManualClock(Date.UTC(2026, 2, 1, 12));
const INSTANCE = 'i-0123456789abcdef0';

const sandbox = useSandbox({
  clock,
  scenario: {
    region: 'eu-west-3',
    'account-id': '555043101106',
    ssm: {
      parameters: [
        { name: '/ca-a2a/db/host', value: 'documents-db.local' },
        { name: '/ca-a2a/db/password', value: 's3cret-value', type: 'SecureString' },
        { name: '/ca-a2a/agents/list', value: 'orchestrator,extractor', type: 'StringList' },
        { name: '/ca-a2a/agents/orchestrator/port', value: '8001' },
        { name: 'flat-name', value: 'no hierarchy' },
      ],
      instances: [INSTANCE],
      commands: [
        {
          document: 'AWS-RunShellScript',
          match: 'alembic upgrade',
          pending: '2s',
          duration: '30s',
          stdout: 'migrated to head\n',
        },
        { match: 'exit 3', status: 'Failed', stderr: 'boom\n', 'response-code': 3 },
      ],
    },
  },
});

let ssm: SSMClient;
beforeAll(() => {
  ssm = clientsFor(sandbox()).ssm;
});
afterAll(() => ssm.destroy());

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail('expected the call to fail'),
    (error: unknown) => error,
  );
}

describe('Parameter Store', () => {
  it('GetParameter returns a String with its ARN, version and date', async () => {
    const { Parameter } = await ssm.send(new GetParameterCommand({ Name: '/ca-a2a/db/host' }));
    expect(Parameter).toMatchObject({
      Name: '/ca-a2a/db/host',
      Type: 'String',
      Value: 'documents-db.local',
      Version: 1,
      DataType: 'text',
      ARN: 'arn:aws:ssm:eu-west-3:555043101106:parameter/ca-a2a/db/host',
    });
    expect(Parameter?.LastModifiedDate).toEqual(new Date(Date.UTC(2026, 2, 1, 12)));
  });

  it('hides a SecureString value unless WithDecryption is set', async () => {
    const hidden = await ssm.send(new GetParameterCommand({ Name: '/ca-a2a/db/password' }));
    expect(hidden.Parameter?.Value).not.toContain('s3cret');
    expect(hidden.Parameter?.Value).toMatch(/^AQICAH[A-Za-z0-9+/=]+$/);
    const shown = await ssm.send(
      new GetParameterCommand({ Name: '/ca-a2a/db/password', WithDecryption: true }),
    );
    expect(shown.Parameter?.Value).toBe('s3cret-value');
  });

  it('GetParameter of a missing name raises ParameterNotFound', async () => {
    const error = await rejection(ssm.send(new GetParameterCommand({ Name: '/nope' })));
    expect(error).toBeInstanceOf(ParameterNotFound);
    expect(error).toBeInstanceOf(SSMServiceException);
    expect((error as ParameterNotFound).$metadata.httpStatusCode).toBe(400);
  });

  it('GetParameter accepts an ARN and a version selector', async () => {
    const arn = 'arn:aws:ssm:eu-west-3:555043101106:parameter/ca-a2a/db/host';
    const byArn = await ssm.send(new GetParameterCommand({ Name: arn }));
    expect(byArn.Parameter?.Name).toBe('/ca-a2a/db/host');
    const flat = await ssm.send(
      new GetParameterCommand({ Name: 'arn:aws:ssm:eu-west-3:555043101106:parameter/flat-name' }),
    );
    expect(flat.Parameter?.ARN).toBe('arn:aws:ssm:eu-west-3:555043101106:parameter/flat-name');
    const byVersion = await ssm.send(new GetParameterCommand({ Name: '/ca-a2a/db/host:1' }));
    expect(byVersion.Parameter).toMatchObject({ Version: 1, Selector: ':1' });
    const error = await rejection(ssm.send(new GetParameterCommand({ Name: '/ca-a2a/db/host:9' })));
    expect(error).toBeInstanceOf(ParameterVersionNotFound);
    expect((error as Error).message).toBe(
      'Systems Manager could not find version 9 of /ca-a2a/db/host. Verify the version and try again.',
    );
    const missing = await rejection(ssm.send(new GetParameterCommand({ Name: '/nope:1' })));
    expect(missing).toBeInstanceOf(ParameterNotFound);
    const listed = await ssm.send(
      new GetParametersCommand({ Names: ['/ca-a2a/db/host:1', '/ca-a2a/db/host:9'] }),
    );
    expect(listed.Parameters?.map((p) => [p.Name, p.Selector])).toEqual([
      ['/ca-a2a/db/host', ':1'],
    ]);
    expect(listed.InvalidParameters).toEqual(['/ca-a2a/db/host:9']);
  });

  it('GetParameters splits found and invalid names and takes at most 10', async () => {
    const result = await ssm.send(
      new GetParametersCommand({
        Names: ['/ca-a2a/db/host', '/missing', '/ca-a2a/db/password'],
        WithDecryption: true,
      }),
    );
    expect(result.Parameters?.map((p) => [p.Name, p.Value])).toEqual([
      ['/ca-a2a/db/host', 'documents-db.local'],
      ['/ca-a2a/db/password', 's3cret-value'],
    ]);
    expect(result.InvalidParameters).toEqual(['/missing']);
    const names = Array.from({ length: 11 }, (_, i) => `/p${i}`);
    const error = await rejection(ssm.send(new GetParametersCommand({ Names: names })));
    expect(error).toBeInstanceOf(ValidationException);
    expect((error as Error).message).toContain('less than or equal to 10');
  });

  it('GetParametersByPath reads one level, or all levels with Recursive', async () => {
    const oneLevel = await ssm.send(new GetParametersByPathCommand({ Path: '/ca-a2a/agents' }));
    expect(oneLevel.Parameters?.map((p) => p.Name)).toEqual(['/ca-a2a/agents/list']);
    const all = await ssm.send(
      new GetParametersByPathCommand({ Path: '/ca-a2a/', Recursive: true }),
    );
    expect(all.Parameters?.map((p) => p.Name)).toEqual([
      '/ca-a2a/agents/list',
      '/ca-a2a/agents/orchestrator/port',
      '/ca-a2a/db/host',
      '/ca-a2a/db/password',
    ]);
    const secret = all.Parameters?.find((p) => p.Type === 'SecureString');
    expect(secret?.Value).not.toBe('s3cret-value');
  });

  it('GetParametersByPath pages with NextToken and MaxResults at most 10', async () => {
    const names: string[] = [];
    let NextToken: string | undefined;
    let pages = 0;
    do {
      const page = await ssm.send(
        new GetParametersByPathCommand({ Path: '/', Recursive: true, MaxResults: 2, NextToken }),
      );
      names.push(...(page.Parameters ?? []).map((p) => p.Name ?? ''));
      NextToken = page.NextToken;
      pages += 1;
    } while (NextToken);
    expect(pages).toBe(2);
    // flat-name has no leading slash: it is under no path.
    expect(names).toEqual([
      '/ca-a2a/agents/list',
      '/ca-a2a/agents/orchestrator/port',
      '/ca-a2a/db/host',
      '/ca-a2a/db/password',
    ]);
    const tooMany = await rejection(
      ssm.send(new GetParametersByPathCommand({ Path: '/', MaxResults: 11 })),
    );
    expect(tooMany).toBeInstanceOf(ValidationException);
    const badToken = await rejection(
      ssm.send(new GetParametersByPathCommand({ Path: '/', NextToken: 'garbage' })),
    );
    expect(badToken).toBeInstanceOf(InvalidNextToken);
  });

  it('PutParameter creates, refuses to overwrite silently, then versions', async () => {
    const name = '/ca-a2a/release/version';
    const created = await ssm.send(
      new PutParameterCommand({ Name: name, Value: '5.0', Type: 'String' }),
    );
    expect(created).toMatchObject({ Version: 1, Tier: 'Standard' });
    const refused = await rejection(
      ssm.send(new PutParameterCommand({ Name: name, Value: '5.1', Type: 'String' })),
    );
    expect(refused).toBeInstanceOf(ParameterAlreadyExists);
    clock.advance(60_000);
    const updated = await ssm.send(
      new PutParameterCommand({ Name: name, Value: '5.1', Overwrite: true }),
    );
    expect(updated.Version).toBe(2);
    const { Parameter } = await ssm.send(new GetParameterCommand({ Name: name }));
    expect(Parameter).toMatchObject({ Value: '5.1', Version: 2, Type: 'String' });
    expect(Parameter?.LastModifiedDate?.getTime()).toBe(clock.now());
    const first = await ssm.send(new GetParameterCommand({ Name: `${name}:1` }));
    expect(first.Parameter?.Value).toBe('5.0');
  });

  it('PutParameter validates type, name and a missing type', async () => {
    const badType = await rejection(
      ssm.send(
        new PutParameterCommand({ Name: '/x', Value: 'v', Type: 'Number' as unknown as 'String' }),
      ),
    );
    expect(badType).toBeInstanceOf(ValidationException);
    const noType = await rejection(ssm.send(new PutParameterCommand({ Name: '/y', Value: 'v' })));
    expect((noType as Error).message).toContain('type is required');
    const reserved = await rejection(
      ssm.send(new PutParameterCommand({ Name: '/aws/x', Value: 'v', Type: 'String' })),
    );
    expect(reserved).toBeInstanceOf(ValidationException);
  });

  it('PutParameter stores a SecureString encrypted-looking and StringList as given', async () => {
    await ssm.send(
      new PutParameterCommand({ Name: '/t/secret', Value: 'hunter2', Type: 'SecureString' }),
    );
    const got = await ssm.send(new GetParametersCommand({ Names: ['/t/secret'] }));
    expect(got.Parameters?.[0]?.Value).not.toBe('hunter2');
    const list = await ssm.send(new GetParameterCommand({ Name: '/ca-a2a/agents/list' }));
    expect(list.Parameter).toMatchObject({ Type: 'StringList', Value: 'orchestrator,extractor' });
  });

  it('DeleteParameter removes a parameter, and a second delete raises ParameterNotFound', async () => {
    await ssm.send(new PutParameterCommand({ Name: '/t/gone', Value: 'x', Type: 'String' }));
    await ssm.send(new DeleteParameterCommand({ Name: '/t/gone' }));
    const error = await rejection(ssm.send(new DeleteParameterCommand({ Name: '/t/gone' })));
    expect(error).toBeInstanceOf(ParameterNotFound);
  });

  it('an operation the sandbox does not model is an UnknownOperationException', async () => {
    const error = await rejection(ssm.send(new DescribeParametersCommand({})));
    expect((error as Error).name).toBe('UnknownOperationException');
    expect(error).not.toBeInstanceOf(UnsupportedOperationException);
  });
});

describe('Run Command', () => {
  const send = (commands: string[], DocumentName = 'AWS-RunShellScript') =>
    ssm.send(
      new SendCommandCommand({
        DocumentName,
        InstanceIds: [INSTANCE],
        Parameters: { commands },
        Comment: 'phasegate test',
      }),
    );

  it('walks a scripted command from InvocationDoesNotExist to Success', async () => {
    const { Command } = await send(['cd /app', 'alembic upgrade head']);
    expect(Command).toMatchObject({
      Status: 'Pending',
      TargetCount: 1,
      DocumentName: 'AWS-RunShellScript',
    });
    const CommandId = Command?.CommandId ?? '';
    const get = () =>
      ssm.send(new GetCommandInvocationCommand({ CommandId, InstanceId: INSTANCE }));

    expect(await rejection(get())).toBeInstanceOf(InvocationDoesNotExist);
    clock.advance(500);
    expect(await get()).toMatchObject({
      Status: 'Pending',
      ResponseCode: -1,
      StandardOutputContent: '',
    });
    clock.advance(1500);
    expect(await get()).toMatchObject({ Status: 'InProgress', StatusDetails: 'In Progress' });
    clock.advance(30_000);
    const done = await get();
    expect(done).toMatchObject({
      Status: 'Success',
      StatusDetails: 'Success',
      ResponseCode: 0,
      StandardOutputContent: 'migrated to head\n',
      PluginName: 'aws:runShellScript',
      ExecutionElapsedTime: 'PT30.000S',
    });
    expect(Date.parse(done.ExecutionEndDateTime ?? '')).toBe(clock.now());
  });

  it('reports a scripted failure with its stderr and response code', async () => {
    const { Command } = await send(['./deploy.sh', 'exit 3']);
    clock.advance(10_000);
    const result = await ssm.send(
      new GetCommandInvocationCommand({ CommandId: Command?.CommandId, InstanceId: INSTANCE }),
    );
    expect(result).toMatchObject({
      Status: 'Failed',
      ResponseCode: 3,
      StandardErrorContent: 'boom\n',
    });
  });

  it('lists invocations newest first, with plugin details on request', async () => {
    const { Command } = await send(['echo unmatched']);
    const before = await ssm.send(
      new ListCommandInvocationsCommand({ CommandId: Command?.CommandId }),
    );
    expect(before.CommandInvocations).toEqual([]);
    clock.advance(10_000);
    const all = await ssm.send(new ListCommandInvocationsCommand({ Details: true }));
    expect(all.CommandInvocations?.[0]).toMatchObject({
      CommandId: Command?.CommandId,
      InstanceId: INSTANCE,
      Status: 'Success',
      CommandPlugins: [{ Name: 'aws:runShellScript', ResponseCode: 0, Status: 'Success' }],
    });
    expect(all.CommandInvocations?.length).toBeGreaterThanOrEqual(3);
    const paged = await ssm.send(new ListCommandInvocationsCommand({ MaxResults: 1 }));
    expect(paged.CommandInvocations).toHaveLength(1);
    expect(paged.NextToken).toBeDefined();
  });

  it('refuses an instance the scenario does not manage', async () => {
    const error = await rejection(
      ssm.send(
        new SendCommandCommand({
          DocumentName: 'AWS-RunShellScript',
          InstanceIds: ['i-0fffffffffffffff0'],
        }),
      ),
    );
    expect(error).toBeInstanceOf(InvalidInstanceId);
  });

  it("works with the SDK's waitUntilCommandExecuted", async () => {
    const { Command } = await send(['alembic upgrade head']);
    const advancing = setInterval(() => clock.advance(10_000), 20);
    try {
      const result = await waitUntilCommandExecuted(
        { client: ssm, maxWaitTime: 60, minDelay: 1, maxDelay: 1 },
        { CommandId: Command?.CommandId, InstanceId: INSTANCE },
      );
      expect(result.state).toBe('SUCCESS');
    } finally {
      clearInterval(advancing);
    }
  });
});
