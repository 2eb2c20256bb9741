/**
 * `${{ ssm:… }}` parameters that do not exist: phasegate names them itself (GetParameters'
 * InvalidParameters), so its message never depends on AWS's error text, which for
 * ParameterNotFound is empty. Through the real @aws-sdk/client-ssm, the CLI and the AWS CLI.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetParameterCommand, ParameterNotFound } from '@aws-sdk/client-ssm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ssmResolver } from '../../src/aws/ssm-parameters.js';
import { main } from '../../src/cli/main.js';
import { UserError } from '../../src/core/errors.js';
import { Secrets } from '../../src/core/secrets.js';
import { awsCli, hasAwsCli } from '../helpers/aws-cli.js';
import { newJournal, testRegistry } from '../helpers/kinds.js';
import {
  awsClientsOf,
  clientsFor,
  type SandboxClients,
  useSandbox,
  withSandboxEnv,
} from '../helpers/sandbox.js';

/** Eleven parameters: a lookup of twelve names takes two GetParameters calls. */
const PARAMETERS = Array.from({ length: 11 }, (_, i) => ({ name: `/app/p${i}`, value: `v${i}` }));
const sandbox = useSandbox({ scenario: { ssm: { parameters: PARAMETERS } } });
let clients: SandboxClients;
beforeAll(() => {
  clients = clientsFor(sandbox(), { maxAttempts: 1 });
});
afterAll(() => clients.destroy());

describe('ParameterNotFound on the wire', () => {
  it('comes with no message, as AWS sends it', async () => {
    const raw = await fetch(sandbox().url, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': 'AmazonSSM.GetParameter',
      },
      body: JSON.stringify({ Name: '/app/nope' }),
    });
    expect(raw.status).toBe(400);
    expect(await raw.json()).toEqual({ __type: 'ParameterNotFound' });
  });

  it('the SDK then says "UnknownError": nothing to show a user', async () => {
    const error = await clients.ssm.send(new GetParameterCommand({ Name: '/app/nope' })).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ParameterNotFound);
    // @aws-sdk/core fills in `message ?? Message ?? "UnknownError"` when the body has none.
    expect((error as ParameterNotFound).message).toBe('UnknownError');
  });

  it.skipIf(!hasAwsCli)(
    'the AWS CLI prints nothing after the colon (skipped without /usr/bin/aws)',
    {
      timeout: 30_000,
    },
    async () => {
      const result = await awsCli(sandbox(), ['ssm', 'get-parameter', '--name', '/app/nope']);
      expect(result.code).toBe(254);
      expect(result.stderr.trim()).toBe(
        'An error occurred (ParameterNotFound) when calling the GetParameter operation:',
      );
    },
  );
});

describe('${{ ssm: }} parameters phasegate cannot find', () => {
  it('are named by phasegate, across batches of 10, with what to do', async () => {
    const resolve = ssmResolver(awsClientsOf(sandbox(), clients), new Secrets());
    const names = [...PARAMETERS.map((p) => p.name), '/app/missing'];
    const error = await resolve(names, new AbortController().signal).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toBe('SSM parameter not found in eu-west-3: /app/missing');
    expect((error as UserError).hint).toBe('create the parameter, or fix its name in the plan');
    const found = await resolve(names.slice(0, 11), new AbortController().signal);
    expect(found['/app/p10']).toBe('v10');
  });

  it('name:version reads that version; a version that does not exist is named as such', async () => {
    const resolve = ssmResolver(awsClientsOf(sandbox(), clients), new Secrets());
    const signal = new AbortController().signal;
    expect(await resolve(['/app/p1:1', '/app/p2'], signal)).toEqual({
      '/app/p1:1': 'v1',
      '/app/p2': 'v2',
    });
    const error = await resolve(['/app/p1:7'], signal).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toBe(
      'SSM parameter version not found in eu-west-3: /app/p1:7 (the latest version of /app/p1 is 1)',
    );
    expect((error as UserError).hint).toBe(
      'fix the version after the colon in the plan, or leave it out to read the latest',
    );
    const gone = await resolve(['/app/nope:2'], signal).catch((e: unknown) => e);
    expect((gone as UserError).message).toBe('SSM parameter not found in eu-west-3: /app/nope:2');
  });

  it('fail `phasegate run` with exit code 2 and the name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'phasegate-ssm-'));
    const plan = join(dir, 'plan.yml');
    writeFileSync(
      plan,
      'version: 1\napp: demo\nregion: eu-west-3\nphases:\n  - id: a\n    uses: step\n    with:\n      outputs: { url: "${{ ssm:/app/url }}" }\n',
    );
    const restore = withSandboxEnv(sandbox());
    let text = '';
    const io = { stdout: (t: string) => (text += t), stderr: (t: string) => (text += t), env: {} };
    try {
      expect(await main(['run', plan, '--version', 'v1'], io, testRegistry(newJournal()))).toBe(2);
    } finally {
      restore();
    }
    expect(text).toContain('SSM parameter not found in eu-west-3: /app/url');
  });
});
