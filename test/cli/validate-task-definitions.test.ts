/**
 * `phasegate validate` refuses task definition files ECS would refuse, and container names the
 * file lacks: exit 2, file:line:column in the JSON file, what fits instead, no AWS call (no
 * endpoint is configured: any call would fail differently).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';

const dir = mkdtempSync(join(tmpdir(), 'phasegate-validate-td-'));
const shown = (name: string) => join(dir, name);

function write(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

function plan(phases: string): string {
  return write(
    'release.yml',
    `version: 1\napp: ca-a2a\nregion: eu-west-3\nvars:\n  registry: r\n  cpu: "256"\nphases:\n${phases}`,
  );
}

async function validate(file: string) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), env: {} };
  const code = await main(['validate', file], io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

const FARGATE_MISTAKES = `{
  "family": "admin-api",
  "networkMode": "bridge",
  "requiresCompatibilities": ["FARGATE"],
  "cpu": "256",
  "memory": "4096",
  "containerDefinitions": [
    {
      "name": "admin-api",
      "image": "555043101106.dkr.ecr.eu-west-3.amazonaws.com/ca-a2a/admin-api:v5.1",
      "secrets": [{ "name": "DB_PASSWORD", "valueFrom": "arn:aws:secretsmanager:eu-west-3:1:secret:db" }],
      "logConfiguration": { "logDriver": "awslogs", "options": {} }
    }
  ]
}
`;

describe('phasegate validate: task definition files', () => {
  it('ecs-deploy: every refusal at file:line:column with what fits, and unknown containers', async () => {
    write('admin-api.json', FARGATE_MISTAKES);
    const r = await validate(
      plan(`  - id: api
    uses: ecs-deploy
    with:
      cluster: c
      services:
        - service: admin-api
          task-definition: admin-api.json
          images: { adminapi: "\${{ vars.registry }}/admin-api:v5.1" }
`),
    );
    expect(r.code).toBe(2);
    const file = shown('admin-api.json');
    expect(r.stderr).toContain(
      `${file}:3:18: error: networkMode: networkMode is "bridge"; Fargate requires awsvpc (ECS would refuse it)\n    write "networkMode": "awsvpc"`,
    );
    expect(r.stderr).toContain(
      `${file}:6:13: error: memory: memory "4096" does not fit cpu 256 on Fargate (ECS would refuse it)\n    with cpu 256, memory can be 512, 1024, 2048; memory 4096 fits cpu 512, 1024, 2048`,
    );
    expect(r.stderr).toContain(
      `${file}:12:42: error: containerDefinitions[0].logConfiguration.logDriver: container "admin-api" logs with awslogs on Fargate, which needs executionRoleArn`,
    );
    expect(r.stderr).toContain(
      `${file}:10:16: error: containerDefinitions[0].image: container "admin-api" pulls`,
    );
    expect(r.stderr).toContain(`${file}:11:18: error: containerDefinitions[0].secrets:`);
    expect(r.stderr).toContain(
      'add "executionRoleArn": "arn:aws:iam::<account>:role/ecsTaskExecutionRole"',
    );
    expect(r.stderr).toMatch(
      /release\.yml:15:21: error: images names container "adminapi", which is not in the task definition .*admin-api\.json\n {4}its containers are: admin-api/,
    );
    expect(r.stderr).toContain('6 mistakes found; nothing was changed.');
  });

  it('ecs-run-task: an EC2 container without memory, and a container the file lacks', async () => {
    write(
      'job.json',
      '{\n  "family": "job",\n  "containerDefinitions": [{ "name": "job", "image": "busybox" }]\n}\n',
    );
    const r = await validate(
      plan(`  - id: job
    uses: ecs-run-task
    with: { cluster: c, task-definition: job.json, container: jobs }
`),
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      `${shown('job.json')}:3:28: error: containerDefinitions[0]: container "job" has neither memory nor memoryReservation, and the task has no memory: ECS requires one of them for EC2 (ECS would refuse it)`,
    );
    expect(r.stderr).toContain(
      'error: container names container "jobs", which is not in the task definition',
    );
    expect(r.stderr).toContain('its containers are: job');
  });

  it('a valid file passes, and values that are templates are not judged', async () => {
    write(
      'ok.json',
      JSON.stringify({
        family: 'ok',
        networkMode: 'awsvpc',
        requiresCompatibilities: ['FARGATE'],
        cpu: '${{ vars.cpu }}',
        memory: '512',
        executionRoleArn: 'arn:aws:iam::${{ vars.account }}:role/exec',
        containerDefinitions: [{ name: 'app', image: '${{ vars.registry }}/app:1' }],
      }),
    );
    const r = await validate(
      plan(`  - id: job
    uses: ecs-run-task
    with: { cluster: c, task-definition: ok.json, launch-type: FARGATE, network: { subnets: [s] } }
`),
    );
    expect([r.code, r.stderr]).toEqual([0, '']);
  });

  it('a file that is not there, or not JSON, is named with where it was looked for', async () => {
    write('broken.json', '{ "family": "x",\n  "containerDefinitions": [ }');
    const missing = await validate(
      plan(`  - id: job
    uses: ecs-run-task
    with: { cluster: c, task-definition: nope.json }
  - id: job2
    uses: ecs-run-task
    with: { cluster: c, task-definition: broken.json }
`),
    );
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(
      /release\.yml:10:42: error: task definition file nope\.json not found\n {4}looked at /,
    );
    expect(missing.stderr).toMatch(
      /broken\.json:2:\d+: error: task definition file .*broken\.json is not valid JSON/,
    );
  });

  it('wrong types and unknown keys at any depth, against the RegisterTaskDefinition shape', async () => {
    write(
      'typed.json',
      `{
  "family": "api",
  "cpu": [512],
  "memory": "1024",
  "containerDefinitions": [
    {
      "name": "api",
      "image": "api:1",
      "essential": "yes",
      "portMappings": [{ "containerPort": "eighty", "hostPrt": 80 }],
      "logConfiguration": { "logDriver": "awslogs", "optoins": {} }
    }
  ],
  "taskDefinitionArn": "arn:aws:ecs:eu-west-3:1:task-definition/api:3",
  "revison": 3
}
`,
    );
    const r = await validate(
      plan(`  - id: job
    uses: ecs-run-task
    with: { cluster: c, task-definition: typed.json, launch-type: EC2 }
`),
    );
    expect(r.code).toBe(2);
    const file = shown('typed.json');
    expect(r.stderr).toContain(
      `${file}:3:10: error: cpu: cpu is a list; RegisterTaskDefinition takes a string here\n    write "cpu": "512"`,
    );
    expect(r.stderr).toContain(
      `${file}:9:20: error: containerDefinitions[0].essential: essential is the text "yes"; RegisterTaskDefinition takes a boolean here\n    write "essential": true or false, without quotes`,
    );
    expect(r.stderr).toContain(
      `${file}:10:43: error: containerDefinitions[0].portMappings[0].containerPort: containerPort is the text "eighty"; RegisterTaskDefinition takes an integer here\n    write "containerPort" as a whole number, such as 8080`,
    );
    expect(r.stderr).toContain(
      `${file}:10:53: error: containerDefinitions[0].portMappings[0].hostPrt: unknown key "hostPrt": RegisterTaskDefinition has no such member here (the SDK would drop it without a word)\n    did you mean "hostPort"?`,
    );
    expect(r.stderr).toContain(
      `${file}:11:53: error: containerDefinitions[0].logConfiguration.optoins: unknown key "optoins"`,
    );
    expect(r.stderr).toContain(`${file}:15:3: error: revison: unknown key "revison"`);
    expect(r.stderr).toContain('did you mean "revision"?');
    // taskDefinitionArn is DescribeTaskDefinition output, which a file may keep.
    expect(r.stderr).not.toContain('taskDefinitionArn');
  });

  it('env and overrides.containers: each unknown container at once, naming those that exist', async () => {
    write(
      'billing.json',
      JSON.stringify({
        family: 'billing',
        containerDefinitions: [
          { name: 'billing', image: 'b', memory: 512 },
          { name: 'worker', image: 'w', memory: 512 },
        ],
      }),
    );
    const r = await validate(
      plan(`  - id: deploy
    uses: ecs-deploy
    with:
      cluster: c
      services:
        - service: billing
          task-definition: billing.json
          images: { billing-worker: "w:2" }
          env: { billing-api: { MODE: fast } }
  - id: job
    uses: ecs-run-task
    with: { cluster: c, task-definition: billing.json, overrides: { containers: { workr: { command: [x] } } } }
`),
    );
    expect(r.code).toBe(2);
    const names = [...r.stderr.matchAll(/error: (\S+) names container "([^"]+)"/g)].map(
      (m) => `${m[1]} ${m[2]}`,
    );
    expect(names).toEqual([
      'images billing-worker',
      'env billing-api',
      'overrides.containers workr',
    ]);
    expect(r.stderr.match(/its containers are: billing, worker/g)).toHaveLength(3);
  });

  it('the repository plans and their files are valid', async () => {
    const r = await validate('phases/ca-a2a.yml');
    expect([r.code, r.stderr]).toEqual([0, '']);
  });
});
