/**
 * `phasegate validate` over every broken plan: one message per mistake naming file:line:column,
 * no stack trace, exit code 2, and not a single request to AWS (the endpoints point at a local
 * server that counts what reaches it).
 */

import { readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { testRegistry } from '../plan/test-kinds.js';

const DIR = 'test/fixtures/plans/broken';
const files = readdirSync(DIR).filter((f) => f.endsWith('.yml'));
let requests = 0;
const server = createServer((_, res) => {
  requests++;
  res.writeHead(500).end();
});
const saved = { ...process.env };

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  for (const service of ['ECS', 'SSM', 'RDS_DATA', 'CLOUDWATCH_LOGS'])
    process.env[`AWS_ENDPOINT_URL_${service}`] = url;
  Object.assign(process.env, {
    AWS_ACCESS_KEY_ID: 'x',
    AWS_SECRET_ACCESS_KEY: 'x',
    AWS_REGION: 'eu-west-3',
  });
});

afterAll(() => {
  process.env = saved;
  server.close();
});

describe('phasegate validate on broken plans', () => {
  it('has a corpus of at least 25 broken plans', () => {
    expect(files.length).toBeGreaterThanOrEqual(25);
  });

  it.each(files)('%s: file:line:column, exit 2, no stack', async (name) => {
    const err: string[] = [];
    const vars = name === 'undeclared-var-override.yml' ? ['--var', 'colour=blue'] : [];
    const code = await main(
      ['validate', `${DIR}/${name}`, ...vars],
      { stdout: () => {}, stderr: (t) => err.push(t), env: process.env },
      testRegistry(),
    );
    const text = err.join('');
    expect(code).toBe(2);
    expect(text).toMatch(new RegExp(`^${DIR}/${name.replace('.', '\\.')}:\\d+:\\d+: error: `, 'm'));
    expect(text).toContain('nothing was changed');
    expect(text).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
  });

  it('made no AWS request', () => {
    expect(requests).toBe(0);
  });
});
