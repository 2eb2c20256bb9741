/**
 * ecs-run-task from a plan file through the CLI: a task definition file next to the plan, with
 * templates, registered only when it differs; dry runs that start nothing.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../src/cli/io.js';
import { main } from '../../../src/cli/main.js';
import { ecsRunTaskKind } from '../../../src/phases/ecs-run-task/index.js';
import { Registry } from '../../../src/phases/registry.js';
import { useSandbox, withSandboxEnv } from '../../helpers/sandbox.js';
import { CLUSTER, REGISTRY, runTaskScenario } from './harness.js';

const dir = mkdtempSync(join(tmpdir(), 'phasegate-run-task-'));
mkdirs();

function mkdirs(): void {
  writeFileSync(
    join(dir, 'functional-tests.json'),
    JSON.stringify({
      family: 'ca-a2a-functional',
      networkMode: 'awsvpc',
      requiresCompatibilities: ['FARGATE'],
      cpu: '256',
      memory: '512',
      executionRoleArn: 'arn:aws:iam::555043101106:role/ecsTaskExecutionRole',
      containerDefinitions: [
        {
          name: 'tests',
          image: '${{ vars.registry }}/tests:${{ inputs.version }}',
          logConfiguration: {
            logDriver: 'awslogs',
            options: { 'awslogs-group': '/ecs/ca-a2a-functional', 'awslogs-stream-prefix': 'ecs' },
          },
        },
      ],
    }),
  );
  writeFileSync(
    join(dir, 'release.yml'),
    `version: 1
app: ca-a2a
region: eu-west-3
vars:
  cluster: ${CLUSTER}
  registry: ${REGISTRY}
phases:
  - id: functional-tests
    uses: ecs-run-task
    with:
      cluster: \${{ vars.cluster }}
      task-definition: functional-tests.json
      network-from: orchestrator
      overrides:
        command: [python, -m, tests.functional.token_revocation]
        environment: { EXPECTED_VERSION: "\${{ inputs.version }}" }
      poll-interval: 20ms
`,
  );
}

const sandbox = useSandbox(() => ({ scenario: runTaskScenario() }));
let restore: () => void = () => {};
beforeAll(() => {
  restore = withSandboxEnv(sandbox());
});
afterAll(() => restore());

const planFile = join(dir, 'release.yml');
const count = (operation: string) => sandbox().requests.count({ service: 'ecs', operation });

async function cli(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), env: {} };
  const code = await main(argv, io, new Registry({ phases: [ecsRunTaskKind as never] }));
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('phasegate with ecs-run-task', () => {
  it('validates the plan, and names a mistake in its settings', async () => {
    expect((await cli(['validate', planFile])).code).toBe(0);
    const broken = join(dir, 'broken.yml');
    writeFileSync(
      broken,
      'version: 1\napp: a\nregion: eu-west-3\nphases:\n  - id: t\n    uses: ecs-run-task\n    with:\n      cluster: c\n      task-definition: t\n      network: { subnets: [s] }\n      network-from: svc\n',
    );
    const r = await cli(['validate', broken]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${broken}:11:21: error: give network or network-from, not both`);
  });

  it('plan: says what would run and starts nothing', async () => {
    const summary = join(dir, 'plan.md');
    const r = await cli(['plan', planFile, '--version', '5.1.0', '--summary', summary]);
    expect(r.stderr).toContain(
      'would run 1 task of ca-a2a-functional (new revision) on ca-a2a-cluster',
    );
    expect(r.code).toBe(0);
    const text = readFileSync(summary, 'utf8');
    expect(text).toContain('would be registered: the file differs from the latest revision');
    expect(text).toContain('command: python -m tests.functional.token_revocation');
    expect(text).toContain('subnets subnet-0sandbox0000000a');
    expect(count('RunTask')).toBe(0);
    expect(count('RegisterTaskDefinition')).toBe(0);
  });

  it('run: registers the rendered file once, runs it, and a re-run registers nothing', async () => {
    const summary = join(dir, 'run.md');
    const first = await cli(['run', planFile, '--version', '5.1.0', '--summary', summary]);
    expect(first.code).toBe(0);
    expect(count('RegisterTaskDefinition')).toBe(1);
    expect(readFileSync(summary, 'utf8')).toContain(
      'ca-a2a-functional:1** (registered from the file by this run)',
    );
    // --force: the record would skip the done phase; the phase itself must register nothing.
    const again = await cli([
      'run',
      planFile,
      '--version',
      '5.1.0',
      '--summary',
      summary,
      '--force',
    ]);
    expect(again.code).toBe(0);
    expect(count('RegisterTaskDefinition')).toBe(1);
    expect(readFileSync(summary, 'utf8')).toContain(
      'ca-a2a-functional:1** (the file matches this revision: nothing registered)',
    );
    expect(count('RunTask')).toBe(2);
  });

  it('run: a new image tag registers a new revision; an image that cannot be pulled fails the run', async () => {
    const summary = join(dir, 'broken.md');
    const r = await cli(['run', planFile, '--version', '5.1.0-broken', '--summary', summary]);
    expect(r.code).toBe(2);
    expect(count('RegisterTaskDefinition')).toBe(2);
    expect(r.stdout).toContain('(ca-a2a-functional:2) never started: CannotPullContainerError');
    expect(readFileSync(summary, 'utf8')).toContain(`${REGISTRY}/tests:5.1.0-broken: not found`);
  });
});
