/** Secrets Manager through the real SDK client: reads by name and ARN, versions, labels, errors. */
import { ExecuteStatementCommand } from '@aws-sdk/client-rds-data';
import {
  CreateSecretCommand,
  DescribeSecretCommand,
  GetSecretValueCommand,
  InternalServiceError,
  PutSecretValueCommand,
  ResourceExistsException,
  ResourceNotFoundException,
  SecretsManagerClient,
  SecretsManagerServiceException,
} from '@aws-sdk/client-secrets-manager';
import { afterAll, describe, expect, it } from 'vitest';
import { ManualClock, secretArn } from '../../src/sandbox/index.js';
import { clientsFor, useSandbox, withSandboxEnv } from '../helpers/sandbox.js';

const clock = new ManualClock(Date.UTC(2026, 4, 12, 9, 30));
const scope = { region: 'eu-west-3', accountId: '555043101106' };
const DB_SECRET = {
  username: 'ca_a2a_app',
  password: 'pw-current-1',
  host: 'documents-db.cluster-x.eu-west-3.rds.amazonaws.com',
  port: 5432,
  dbname: 'documents',
  engine: 'postgres',
};
const PINNED_ARN = 'arn:aws:secretsmanager:eu-west-3:555043101106:secret:ca-a2a/pinned-AbCdEf';

const sandbox = useSandbox({
  clock,
  scenario: {
    'account-id': '555043101106',
    'secrets-manager': {
      secrets: [
        { name: 'ca-a2a/db', json: DB_SECRET, description: 'Aurora credentials' },
        { name: 'ca-a2a/api-key', value: 'k-0123456789' },
        { name: 'ca-a2a/pinned', value: 'pinned-value', arn: PINNED_ARN },
      ],
    },
    'rds-data': {
      clusters: [{ name: 'documents-db', secrets: ['ca-a2a/db'], databases: ['documents'] }],
    },
  },
});

let clients: ReturnType<typeof clientsFor> | undefined;
const sm = (): SecretsManagerClient => {
  clients ??= clientsFor(sandbox(), { maxAttempts: 1 });
  return clients.secretsManager;
};
afterAll(() => clients?.destroy());

const get = (input: ConstructorParameters<typeof GetSecretValueCommand>[0]) =>
  sm().send(new GetSecretValueCommand(input));
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.fail('the call succeeded'),
    (error: unknown) => error,
  );

describe('GetSecretValue', () => {
  it('returns the AWSCURRENT version by name, with an ARN ending in 6 characters', async () => {
    const out = await get({ SecretId: 'ca-a2a/api-key' });
    expect(out).toMatchObject({
      Name: 'ca-a2a/api-key',
      SecretString: 'k-0123456789',
      VersionStages: ['AWSCURRENT'],
      CreatedDate: new Date(clock.now()),
    });
    expect(out.ARN).toMatch(
      /^arn:aws:secretsmanager:eu-west-3:555043101106:secret:ca-a2a\/api-key-[A-Za-z0-9]{6}$/,
    );
    expect(out.ARN).toBe(secretArn(scope, 'ca-a2a/api-key'));
    expect(out.VersionId).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(out.SecretBinary).toBeUndefined();
  });

  it('stores a json secret as its JSON text, the way RDS stores credentials', async () => {
    const out = await get({ SecretId: 'ca-a2a/db' });
    expect(JSON.parse(out.SecretString ?? '')).toEqual(DB_SECRET);
  });

  it('finds a secret by full ARN and by partial ARN, but not by its name with the suffix', async () => {
    const arn = secretArn(scope, 'ca-a2a/db');
    expect((await get({ SecretId: arn })).Name).toBe('ca-a2a/db');
    const partial = 'arn:aws:secretsmanager:eu-west-3:555043101106:secret:ca-a2a/db';
    expect((await get({ SecretId: partial })).ARN).toBe(arn);
    const error = await failure(get({ SecretId: arn.split(':secret:')[1] as string }));
    expect(error).toBeInstanceOf(ResourceNotFoundException);
    const otherSuffix = `${arn.slice(0, -6)}zzzzzz`;
    expect(await failure(get({ SecretId: otherSuffix }))).toBeInstanceOf(ResourceNotFoundException);
  });

  it('keeps an ARN the scenario pins', async () => {
    expect((await get({ SecretId: PINNED_ARN })).SecretString).toBe('pinned-value');
    expect((await get({ SecretId: 'ca-a2a/pinned' })).ARN).toBe(PINNED_ARN);
  });

  it('raises ResourceNotFoundException for an unknown secret, as AWS words it', async () => {
    const error = await failure(get({ SecretId: 'ca-a2a/nope' }));
    expect(error).toBeInstanceOf(ResourceNotFoundException);
    expect((error as Error).message).toBe("Secrets Manager can't find the specified secret.");
  });

  it('needs a SecretId (ValidationException)', async () => {
    const error = await failure(get({} as never));
    expect(error).toBeInstanceOf(SecretsManagerServiceException);
    expect((error as Error).name).toBe('ValidationException');
  });
});

describe('versions and staging labels', () => {
  it('PutSecretValue makes a new AWSCURRENT; the old one becomes AWSPREVIOUS', async () => {
    const before = await get({ SecretId: 'ca-a2a/api-key' });
    clock.advance(60_000);
    const put = await sm().send(
      new PutSecretValueCommand({ SecretId: 'ca-a2a/api-key', SecretString: 'k-rotated' }),
    );
    expect(put.VersionStages).toEqual(['AWSCURRENT']);
    expect((await get({ SecretId: 'ca-a2a/api-key' })).SecretString).toBe('k-rotated');
    const previous = await get({ SecretId: 'ca-a2a/api-key', VersionStage: 'AWSPREVIOUS' });
    expect(previous).toMatchObject({ SecretString: 'k-0123456789', VersionId: before.VersionId });
    const byId = await get({ SecretId: 'ca-a2a/api-key', VersionId: put.VersionId as string });
    expect(byId.SecretString).toBe('k-rotated');
    const described = await sm().send(new DescribeSecretCommand({ SecretId: 'ca-a2a/api-key' }));
    expect(described.VersionIdsToStages).toEqual({
      [before.VersionId as string]: ['AWSPREVIOUS'],
      [put.VersionId as string]: ['AWSCURRENT'],
    });
    expect(described.LastChangedDate).toEqual(new Date(clock.now()));
  });

  it('names the label or version it cannot find', async () => {
    const stage = await failure(get({ SecretId: 'ca-a2a/db', VersionStage: 'AWSPENDING' }));
    expect(stage).toBeInstanceOf(ResourceNotFoundException);
    expect((stage as Error).message).toBe(
      "Secrets Manager can't find the specified secret value for staging label: AWSPENDING",
    );
    const id = await failure(get({ SecretId: 'ca-a2a/db', VersionId: 'no-such-version' }));
    expect((id as Error).message).toBe(
      "Secrets Manager can't find the specified secret value for VersionId: no-such-version",
    );
  });

  it('treats ClientRequestToken as idempotent, and refuses it for another value', async () => {
    const token = '00000000-aaaa-4bbb-8ccc-000000000001';
    const put = (value: string) =>
      sm().send(
        new PutSecretValueCommand({
          SecretId: 'ca-a2a/pinned',
          SecretString: value,
          ClientRequestToken: token,
        }),
      );
    expect((await put('v2')).VersionId).toBe(token);
    expect((await put('v2')).VersionId).toBe(token);
    expect(await failure(put('v3'))).toBeInstanceOf(ResourceExistsException);
  });

  it('round-trips SecretBinary', async () => {
    const bytes = new Uint8Array([0, 1, 2, 250, 255]);
    await sm().send(new CreateSecretCommand({ Name: 'ca-a2a/blob', SecretBinary: bytes }));
    const out = await get({ SecretId: 'ca-a2a/blob' });
    expect(out.SecretString).toBeUndefined();
    expect([...(out.SecretBinary ?? [])]).toEqual([...bytes]);
  });
});

describe('DescribeSecret and CreateSecret', () => {
  it('describes without the value, with the day of the last read', async () => {
    await get({ SecretId: 'ca-a2a/db' });
    const out = await sm().send(new DescribeSecretCommand({ SecretId: 'ca-a2a/db' }));
    expect(out).toMatchObject({
      ARN: secretArn(scope, 'ca-a2a/db'),
      Name: 'ca-a2a/db',
      Description: 'Aurora credentials',
      LastAccessedDate: new Date(Date.UTC(2026, 4, 12)),
    });
    expect(Object.values(out.VersionIdsToStages ?? {})).toEqual([['AWSCURRENT']]);
    expect(JSON.stringify(out)).not.toContain(DB_SECRET.password);
  });

  it('creates a secret with no value yet: reading it names AWSCURRENT, as AWS does', async () => {
    const created = await sm().send(
      new CreateSecretCommand({ Name: 'ca-a2a/empty', Description: 'filled later' }),
    );
    expect(created.VersionId).toBeUndefined();
    const error = await failure(get({ SecretId: created.ARN as string }));
    expect((error as Error).message).toBe(
      "Secrets Manager can't find the specified secret value for staging label: AWSCURRENT",
    );
    await sm().send(new PutSecretValueCommand({ SecretId: 'ca-a2a/empty', SecretString: 'now' }));
    expect((await get({ SecretId: 'ca-a2a/empty' })).SecretString).toBe('now');
  });

  it('refuses an existing name and a name outside the alphabet', async () => {
    const again = await failure(
      sm().send(new CreateSecretCommand({ Name: 'ca-a2a/db', SecretString: 'x' })),
    );
    expect(again).toBeInstanceOf(ResourceExistsException);
    expect((again as Error).message).toBe(
      'The operation failed because the secret ca-a2a/db already exists.',
    );
    const bad = await failure(
      sm().send(new CreateSecretCommand({ Name: 'has space', SecretString: 'x' })),
    );
    expect((bad as Error).name).toBe('ValidationException');
  });
});

describe('around the service', () => {
  it('is reached through AWS_ENDPOINT_URL_SECRETS_MANAGER alone', async () => {
    expect(sandbox().env.AWS_ENDPOINT_URL_SECRETS_MANAGER).toBe(sandbox().url);
    const restore = withSandboxEnv(sandbox());
    const client = new SecretsManagerClient({ region: 'eu-west-3' });
    try {
      const out = await client.send(new GetSecretValueCommand({ SecretId: 'ca-a2a/db' }));
      expect(out.Name).toBe('ca-a2a/db');
    } finally {
      client.destroy();
      restore();
    }
  });

  it('is the secret an rds-data cluster listing its name accepts', async () => {
    const { ARN } = await sm().send(new DescribeSecretCommand({ SecretId: 'ca-a2a/db' }));
    const out = await (clients ?? clientsFor(sandbox())).rdsData.send(
      new ExecuteStatementCommand({
        resourceArn: 'arn:aws:rds:eu-west-3:555043101106:cluster:documents-db',
        secretArn: ARN,
        database: 'documents',
        sql: 'SELECT 1',
      }),
    );
    expect(out.records).toEqual([[{ longValue: 1 }]]);
  });

  it('logs calls as secrets-manager without the values', async () => {
    const before = sandbox().requests.count({
      service: 'secrets-manager',
      operation: 'PutSecretValue',
    });
    await sm().send(
      new PutSecretValueCommand({ SecretId: 'ca-a2a/empty', SecretString: 'logged-never-1' }),
    );
    const puts = sandbox().requests.filter({
      service: 'secrets-manager',
      operation: 'PutSecretValue',
    });
    expect(puts).toHaveLength(before + 1);
    expect(JSON.stringify(sandbox().requests.all())).not.toContain('logged-never-1');
  });

  it('takes injected faults under its own error names', async () => {
    const remove = sandbox().faults.add({
      service: 'secrets-manager',
      operation: 'GetSecretValue',
      nth: 1,
      fault: 'server-error',
    });
    try {
      expect(await failure(get({ SecretId: 'ca-a2a/db' }))).toBeInstanceOf(InternalServiceError);
      expect((await get({ SecretId: 'ca-a2a/db' })).Name).toBe('ca-a2a/db');
    } finally {
      remove();
    }
  });

  it('answers an operation it does not model with UnknownOperationException', async () => {
    const { ListSecretsCommand } = await import('@aws-sdk/client-secrets-manager');
    const error = await failure(sm().send(new ListSecretsCommand({})));
    expect((error as Error).name).toBe('UnknownOperationException');
  });
});
