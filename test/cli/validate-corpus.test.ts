/**
 * `phasegate validate` over every broken plan: one message per mistake naming file:line:column,
 * no stack trace, exit code 2, and not a single request to AWS (the endpoints point at a local
 * server that counts what reaches it).
 */

import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { type CountingAws, countingAws } from '../helpers/no-aws.js';
import { testRegistry } from '../plan/test-kinds.js';

const DIR = 'test/fixtures/plans/broken';
const files = readdirSync(DIR).filter((f) => f.endsWith('.yml'));
let aws: CountingAws;

beforeAll(async () => {
  aws = await countingAws();
});

afterAll(() => aws.close());

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
    expect(aws.requests()).toBe(0);
  });
});
