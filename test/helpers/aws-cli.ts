/**
 * The AWS CLI v2 (Debian's `awscli`, installed by .ci/run) as a second, independent client of the
 * sandbox. `--endpoint-url` is passed on every call because Debian's 2.9 predates the
 * AWS_ENDPOINT_URL_<SERVICE> variables (2.13+). Asynchronous: the sandbox answering the CLI runs
 * in the test's own process.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { Sandbox } from '../../src/sandbox/index.js';

export const AWS_CLI = '/usr/bin/aws';
export const hasAwsCli = existsSync(AWS_CLI);

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `aws ARGS --endpoint-url <sandbox> --output json` with the sandbox's credentials only. */
export function awsCli(sandbox: Sandbox, args: string[], timeoutMs = 30_000): Promise<CliResult> {
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: tmpdir(),
    ...sandbox.env,
    AWS_CONFIG_FILE: '/dev/null',
    AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
    AWS_PAGER: '',
  };
  return new Promise((resolve) => {
    execFile(
      AWS_CLI,
      [...args, '--endpoint-url', sandbox.url, '--output', 'json'],
      { env, timeout: timeoutMs },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}
