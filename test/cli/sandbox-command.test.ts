/** `phasegate sandbox`: prints the exports to paste, serves until Ctrl-C, then exits 0. */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import { expect, it } from 'vitest';

it('prints export lines that point a real SDK client at it, and stops on SIGINT', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'phasegate-sandbox-cmd-'));
  const scenario = join(dir, 'scenario.yml');
  writeFileSync(
    scenario,
    'ssm:\n  parameters:\n    - { name: /ca-a2a/alb-url, value: http://alb.local }\n',
  );
  const child = spawn(process.execPath, [
    '--import',
    'tsx',
    'src/cli.ts',
    'sandbox',
    '--scenario',
    scenario,
  ]);
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  await new Promise<void>((resolve, reject) => {
    child.on('exit', (code) => reject(new Error(`exited early with ${code}: ${out}`)));
    const check = () => (/AWS_SECRET_ACCESS_KEY/.test(out) ? resolve() : setTimeout(check, 50));
    check();
  });
  const env = Object.fromEntries(
    [...out.matchAll(/^export (\w+)='([^']*)'$/gm)].map((m) => [m[1], m[2]]),
  );
  expect(Object.keys(env)).toEqual(
    expect.arrayContaining([
      'AWS_ENDPOINT_URL_ECS',
      'AWS_ENDPOINT_URL_SSM',
      'AWS_ENDPOINT_URL_RDS_DATA',
      'AWS_ENDPOINT_URL_CLOUDWATCH_LOGS',
    ]),
  );
  const ssm = new SSMClient({
    region: 'eu-west-3',
    endpoint: env.AWS_ENDPOINT_URL_SSM,
    credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
  });
  const answer = await ssm.send(new GetParameterCommand({ Name: '/ca-a2a/alb-url' }));
  expect(answer.Parameter?.Value).toBe('http://alb.local');
  ssm.destroy();
  child.removeAllListeners('exit');
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  child.kill('SIGINT');
  expect(await exited).toBe(0);
}, 30_000);
