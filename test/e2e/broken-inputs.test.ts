/**
 * Broken inputs other than plan files (those are test/cli/validate-corpus.test.ts, 61 of them):
 * migration folders, task definition files, sandbox scenarios, CLI flags, action inputs and
 * output paths. Each is refused with exit 2 (the action: status `invalid` and a failed step),
 * names file:line where there is a file, prints no stack, and makes no request to AWS.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/action/main.js';
import { main } from '../../src/cli/main.js';
import { runnerFiles } from '../helpers/github-files.js';
import { type CountingAws, countingAws } from '../helpers/no-aws.js';

let aws: CountingAws;
beforeAll(async () => {
  aws = await countingAws();
});
afterAll(() => aws.close());

const STACK = /\n\s+at .+:\d+:\d+\)?\n/;

/** A folder with a plan and the files it names; returns the plan's path. */
function app(files: Record<string, string>, phases: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'phasegate-broken-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  const plan = join(dir, 'release.yml');
  writeFileSync(plan, `version: 1\napp: shop\nregion: eu-west-3\nphases:\n${phases}`);
  return plan;
}

const MIGRATE =
  '  - id: db\n    uses: migrate\n    with: { resource-arn: "arn:aws:rds:eu-west-3:1:cluster:db", secret-arn: "arn:aws:secretsmanager:eu-west-3:1:secret:db", database: shop, directory: migrations }\n';
const DEPLOY =
  '  - id: web\n    uses: ecs-deploy\n    with: { cluster: shop, services: [ { service: web, task-definition: web.json } ] }\n';

async function cli(argv: string[]) {
  let out = '';
  const io = {
    stdout: (t: string) => (out += t),
    stderr: (t: string) => (out += t),
    env: process.env,
  };
  const code = await main(argv, io);
  return { code, out };
}

interface Case {
  name: string;
  argv: () => string[];
  /** The file whose line the message must name, if any. */
  file?: (argv: string[]) => string;
  says: string | RegExp;
}

const planArg = (argv: string[]) => argv[1] ?? '';
const inDir = (name: string) => (argv: string[]) => join(planArg(argv), '..', name);

const CASES: Case[] = [
  // Migration folders.
  {
    name: 'a migration named without a version',
    argv: () => ['validate', app({ 'migrations/create_users.sql': 'SELECT 1;' }, MIGRATE)],
    file: inDir('migrations/create_users.sql'),
    says: 'create_users.sql',
  },
  {
    name: 'two migrations with one version',
    argv: () => [
      'validate',
      app({ 'migrations/001_a.sql': 'SELECT 1;', 'migrations/001_b.sql': 'SELECT 2;' }, MIGRATE),
    ],
    file: inDir('migrations/001_b.sql'),
    says: '001',
  },
  {
    name: 'an empty migration',
    argv: () => ['validate', app({ 'migrations/001_a.sql': '' }, MIGRATE)],
    file: inDir('migrations/001_a.sql'),
    says: 'empty',
  },
  {
    name: 'an unterminated quote',
    argv: () => [
      'validate',
      app({ 'migrations/001_a.sql': "INSERT INTO t VALUES ('x);" }, MIGRATE),
    ],
    file: inDir('migrations/001_a.sql'),
    says: /quote|not closed|unterminated/i,
  },
  {
    name: 'an unclosed block comment',
    argv: () => ['validate', app({ 'migrations/001_a.sql': 'SELECT 1; /* never closed' }, MIGRATE)],
    file: inDir('migrations/001_a.sql'),
    says: /comment/i,
  },
  {
    name: 'a missing migrations folder',
    // Not `migrations`: relative folders are looked for in the working directory too.
    argv: () => [
      'validate',
      app({}, MIGRATE.replace('directory: migrations', 'directory: sql-of-shop')),
    ],
    says: 'sql-of-shop',
  },
  // Task definition files.
  {
    name: 'a task definition that is not JSON',
    argv: () => ['validate', app({ 'web.json': '{ "family": ' }, DEPLOY)],
    file: inDir('web.json'),
    says: 'not valid JSON',
  },
  {
    name: 'a task definition that is a list',
    argv: () => ['validate', app({ 'web.json': '[]' }, DEPLOY)],
    file: inDir('web.json'),
    says: 'web.json',
  },
  {
    name: 'a task definition file that is not there',
    argv: () => ['validate', app({}, DEPLOY)],
    says: 'web.json',
  },
  {
    name: 'a task definition with a wrong type',
    argv: () => [
      'validate',
      app(
        {
          'web.json':
            '{"family":"web","cpu":[256],"containerDefinitions":[{"name":"web","image":"w","memory":512}]}',
        },
        DEPLOY,
      ),
    ],
    file: inDir('web.json'),
    says: 'cpu',
  },
  // Sandbox scenarios.
  {
    name: 'a scenario with an unknown key',
    argv: () => {
      const plan = app(
        {
          'scenario.yml': 'region: eu-west-3\ntime-scal: 3\n',
          'migrations/001_a.sql': 'SELECT 1;',
        },
        MIGRATE,
      );
      return [
        'run',
        plan,
        '--sandbox',
        '--scenario',
        join(plan, '..', 'scenario.yml'),
        '--version',
        'v1',
      ];
    },
    file: (argv) => argv[4] ?? '',
    says: 'time-scal',
  },
  {
    name: 'a scenario that is not there',
    argv: () => [
      'run',
      app({}, MIGRATE),
      '--sandbox',
      '--scenario',
      '/nonexistent/scenario.yml',
      '--version',
      'v1',
    ],
    says: 'scenario',
  },
  // CLI flags.
  { name: 'an unknown command', argv: () => ['deploy', 'x.yml'], says: 'unknown command "deploy"' },
  { name: 'an unknown option', argv: () => ['run', 'x.yml', '--frobnicate'], says: 'frobnicate' },
  { name: 'run without a plan', argv: () => ['run'], says: 'needs a plan file' },
  {
    name: '--max-parallel 0',
    argv: () => ['run', app({}, MIGRATE), '--max-parallel', '0', '--version', 'v1'],
    says: '--max-parallel must be a whole number',
  },
  {
    name: '--phases and --from together',
    argv: () => [
      'plan',
      app({ 'migrations/001_a.sql': 'SELECT 1;' }, MIGRATE),
      '--phases',
      'db',
      '--from',
      'db',
      '--version',
      'v1',
    ],
    says: 'either phases or from',
  },
  {
    name: 'an unknown phase in --phases',
    argv: () => [
      'plan',
      app({ 'migrations/001_a.sql': 'SELECT 1;' }, MIGRATE),
      '--phases',
      'dbb',
      '--version',
      'v1',
    ],
    says: 'did you mean "db"',
  },
  {
    name: 'status without --env',
    argv: () => ['status', app({}, MIGRATE)],
    says: 'status needs an environment',
  },
  {
    name: 'iam-policy with a bad account',
    argv: () => ['iam-policy', 'x.yml', '--env', 'prod', '--account', 'abc'],
    says: '12-digit',
  },
  {
    name: 'an undeclared --var',
    argv: () => [
      'validate',
      app({ 'migrations/001_a.sql': 'SELECT 1;' }, MIGRATE),
      '--var',
      'colour=blue',
    ],
    says: 'colour',
  },
  {
    name: 'run without a version outside a checkout',
    argv: () => ['run', app({ 'migrations/001_a.sql': 'SELECT 1;' }, MIGRATE)],
    says: 'no version to release',
  },
  // Output paths.
  {
    name: '--summary naming a folder',
    argv: () => ['run', app({}, MIGRATE), '--summary', tmpdir(), '--version', 'v1'],
    says: 'is a directory',
  },
];

describe('broken inputs: exit 2, file:line, no stack, no AWS request', () => {
  it.each(CASES)('$name', async (c) => {
    const argv = c.argv();
    const r = await cli(argv);
    expect(r.code, r.out).toBe(2);
    expect(r.out).toMatch(c.says);
    expect(r.out).not.toMatch(STACK);
    if (c.file) expect(r.out).toContain(`${c.file(argv)}:`);
    expect(r.out).toMatch(/\d+:\d+: error|phasegate: /);
  });

  describe('action inputs: status invalid, a failed step, no stack', () => {
    const files = runnerFiles();
    const saved = { ...process.env };
    afterAll(() => {
      process.env = { ...saved };
      process.exitCode = undefined;
    });
    const good = app({ 'migrations/001_a.sql': 'SELECT 1;' }, MIGRATE);
    const INPUTS: [string, Record<string, string>, string][] = [
      ['max-parallel: zero', { 'MAX-PARALLEL': 'zero' }, 'max-parallel must be a whole number'],
      ['dry-run: yes', { 'DRY-RUN': 'yes' }, 'input dry-run must be true or false'],
      [
        'environment-url without a scheme',
        { 'ENVIRONMENT-URL': 'shop.example.com' },
        'environment-url must be an http(s) address',
      ],
      ['vars that are not a map', { VARS: '- a\n- b' }, 'vars'],
      [
        'a plan that is not there',
        { PLAN: '/nonexistent/release.yml' },
        'cannot read the plan file',
      ],
    ];
    it.each(INPUTS)('%s', async (_name, inputs, says) => {
      files.clear();
      process.env = { ...saved, ...files.env, INPUT_PLAN: good, 'INPUT_GITHUB-TOKEN': '' };
      for (const [k, v] of Object.entries(inputs)) process.env[`INPUT_${k}`] = v;
      const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
      let printed = '';
      try {
        await run();
      } finally {
        printed = write.mock.calls.map((x) => String(x[0])).join('');
        write.mockRestore();
      }
      expect(process.exitCode).toBe(1); // a failed step is how an action fails
      expect(files.outputs().status).toBe('invalid');
      expect(printed).toContain(says);
      expect(printed).not.toMatch(STACK);
      expect(readFileSync(files.env.GITHUB_OUTPUT, 'utf8')).toContain('invalid');
    });
  });

  it('made no AWS request', () => {
    expect(aws.requests()).toBe(0);
  });
});
