/**
 * For tests that must make no AWS call: every AWS endpoint points at a local server that counts
 * what reaches it and answers 500, so a call would both fail and be counted.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const SERVICES = ['ECS', 'SSM', 'RDS_DATA', 'CLOUDWATCH_LOGS', 'SECRETS_MANAGER'];

export interface CountingAws {
  /** How many requests reached the endpoints so far. */
  requests(): number;
  /** Stops the server and restores the environment. */
  close(): Promise<void>;
}

export async function countingAws(): Promise<CountingAws> {
  let requests = 0;
  const server = createServer((_, res) => {
    requests++;
    res.writeHead(500).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const saved = { ...process.env };
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  for (const service of SERVICES) process.env[`AWS_ENDPOINT_URL_${service}`] = url;
  Object.assign(process.env, {
    AWS_ACCESS_KEY_ID: 'x',
    AWS_SECRET_ACCESS_KEY: 'x',
    AWS_REGION: 'eu-west-3',
  });
  return {
    requests: () => requests,
    close: async () => {
      process.env = saved;
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
