/**
 * ecs-deploy end to end: a plan file read by the CLI (templates in `with:` and in the task
 * definition file), run against an in-process sandbox with `--sandbox`.
 */
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../../src/cli/io.js';
import { main } from '../../../src/cli/main.js';
import { ecsDeployKind } from '../../../src/phases/ecs-deploy/index.js';
import { Registry } from '../../../src/phases/registry.js';
import { AGENTS, CLUSTER, REGISTRY } from './harness.js';

const dir = mkdtempSync(join(tmpdir(), 'phasegate-ecs-'));
copyFileSync('test/fixtures/task-definitions/admin-api.json', join(dir, 'admin-api.json'));

const planFile = join(dir, 'release.yml');
writeFileSync(
  planFile,
  `version: 1
app: ca-a2a
region: eu-west-3
vars:
  cluster: ${CLUSTER}
  registry: ${REGISTRY}
phases:
  - id: services
    uses: ecs-deploy
    with:
      cluster: \${{ vars.cluster }}
      poll-interval: 50ms
      services:
        - service: admin-api
          task-definition: admin-api.json
          create:
            subnets: [subnet-0a1]
            security-groups: [sg-0ecs]
${AGENTS.map(
  (name) => `        - service: ${name}
          images: { ${name}: "\${{ vars.registry }}/${name}:\${{ inputs.version }}" }`,
).join('\n')}
`,
);

const scenarioFile = join(dir, 'scenario.yml');
writeFileSync(
  scenarioFile,
  `time-scale: 100
account-id: "555043101106"
ecs:
  clusters: [${CLUSTER}]
  services:
${AGENTS.map((name) => `    - { name: ${name}, image: "${REGISTRY}/${name}:v5.0" }`).join('\n')}
`,
);

async function cli(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), env: {} };
  const code = await main(argv, io, new Registry({ phases: [ecsDeployKind] }));
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('phasegate with ecs-deploy', () => {
  it('validates a plan whose settings are templates', async () => {
    const r = await cli(['validate', planFile]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('names a mistake in the settings with file:line:column', async () => {
    const broken = join(dir, 'broken.yml');
    writeFileSync(
      broken,
      'version: 1\napp: a\nregion: eu-west-3\nphases:\n  - id: d\n    uses: ecs-deploy\n    with:\n      services:\n        - service: a\n          image: { a: x }\n',
    );
    const r = await cli(['validate', broken]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${broken}:10:11: error: unknown key "image"`);
    expect(r.stderr).toContain('service "a" has no cluster');
  });

  it('runs the release against the sandbox and outputs the new revisions', async () => {
    const r = await cli([
      'run',
      planFile,
      '--sandbox',
      '--scenario',
      scenarioFile,
      '--version',
      'v5.1',
      '--json',
    ]);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result.status).toBe('succeeded');
    const [phase] = result.phases;
    expect(phase.summary).toBe('1 created, 4 updated');
    expect(phase.outputs['admin-api-task-definition-arn']).toBe(
      'arn:aws:ecs:eu-west-3:555043101106:task-definition/admin-api:1',
    );
    expect(phase.outputs['orchestrator-task-definition-arn']).toMatch(/orchestrator:2$/);
  });
});
