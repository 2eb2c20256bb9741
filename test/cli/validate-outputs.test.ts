/**
 * `phasegate validate` refuses a `${{ phases.X.outputs.Y }}` that X's kind never writes: exit 2,
 * file:line:column, the outputs X writes and what to write instead, no request to AWS.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { type CountingAws, countingAws } from '../helpers/no-aws.js';

let aws: CountingAws;
beforeAll(async () => {
  aws = await countingAws();
});
afterAll(() => aws.close());

describe('phasegate validate: phase outputs', () => {
  it('names the outputs the producing kind writes', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'phasegate-validate-outputs-')), 'release.yml');
    writeFileSync(
      file,
      `version: 1
app: ca-a2a
region: eu-west-3
phases:
  - id: agents
    uses: ecs-deploy
    with:
      cluster: ca-a2a
      services: [{ service: orchestrator }, { service: extractor }]
  - id: functional-tests
    uses: ecs-run-task
    with:
      cluster: ca-a2a
      task-definition: \${{ phases.agents.outputs.orchestrator-arn }}
`,
    );
    const err: string[] = [];
    const code = await main(['validate', file], {
      stdout: () => {},
      stderr: (t) => err.push(t),
      env: process.env,
    });
    expect(code).toBe(2);
    expect(err.join('')).toContain(
      `${file}:14:24: error: phases.agents.outputs.orchestrator-arn: phase "agents" has no output "orchestrator-arn" (ecs-deploy writes orchestrator-task-definition-arn, extractor-task-definition-arn)\n`,
    );
    expect(err.join('')).toContain('1 mistake found; nothing was changed.');
    expect(aws.requests()).toBe(0);
  });
});
