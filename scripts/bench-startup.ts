/**
 * Start-up of the action bundle: from process start to its first AWS request, and its peak RSS,
 * for a one-service ecs-deploy plan (dry run), beside the same figures for a bare `node -e` that
 * makes one request at once, on the same machine. Median of several runs; the sandbox records
 * when each request arrives.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { startSandbox } from '../src/sandbox/index.js';

export const STARTUP_TARGET_MS = 300;
export const STARTUP_RSS_TARGET_MIB = 76;
const RUNS = 9;

// Writes the process's peak RSS (KiB) to stderr as it exits. VmHWM, not getrusage's maxRSS:
// Linux keeps ru_maxrss across fork and exec, so a child would report its parent's peak.
const RSS_HOOK =
  "data:text/javascript,import{readFileSync}from'node:fs';process.on('exit',()=>process.stderr.write('phasegate-maxrss='+/VmHWM:\\s*(\\d+)/.exec(readFileSync('/proc/self/status','utf8'))[1]+'\\n'))";

export interface StartupFigures {
  firstRequestMs: number;
  peakRssMiB: number;
}

export interface StartupResult {
  action: StartupFigures;
  bare: StartupFigures;
}

export async function startupBench(bundle = 'dist/index.js'): Promise<StartupResult> {
  const sandbox = await startSandbox({
    scenario: {
      'time-scale': 1000,
      ecs: {
        clusters: ['bench'],
        services: [{ name: 'api', image: '555043101106.dkr.ecr.eu-west-3.amazonaws.com/api:v1' }],
      },
    },
  });
  try {
    const dir = mkdtempSync(join(tmpdir(), 'phasegate-startup-'));
    const plan = join(dir, 'plan.yml');
    writeFileSync(plan, stringify(onePlan()));
    const env = { ...process.env, ...sandbox.env, ...actionEnv(dir, plan) };
    const action = await medianOf(() => timed(sandbox, [bundle], env));
    // node:http, not fetch: fetch loads undici, which a bare start would not otherwise pay for.
    const bareScript = `require('node:http').get(${JSON.stringify(`${sandbox.url}/health`)}, (r) => r.resume())`;
    const bare = await medianOf(() => timed(sandbox, ['-e', bareScript], env));
    return { action, bare };
  } finally {
    await sandbox.close();
  }
}

function onePlan() {
  return {
    version: 1,
    app: 'bench',
    region: 'eu-west-3',
    phases: [
      {
        id: 'deploy',
        uses: 'ecs-deploy',
        with: { cluster: 'bench', services: [{ service: 'api', images: { api: 'api:v2' } }] },
      },
    ],
  };
}

function actionEnv(dir: string, plan: string): Record<string, string> {
  const summary = join(dir, 'summary.md');
  const output = join(dir, 'output');
  writeFileSync(summary, '');
  writeFileSync(output, '');
  return {
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_OUTPUT: output,
    INPUT_PLAN: plan,
    'INPUT_DRY-RUN': 'true',
    INPUT_ENVIRONMENT: 'bench',
    INPUT_VERSION: 'v2',
    AWS_ACCESS_KEY_ID: 'AKIDBENCH',
    AWS_SECRET_ACCESS_KEY: 'bench',
  };
}

async function timed(
  sandbox: Awaited<ReturnType<typeof startSandbox>>,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<StartupFigures> {
  sandbox.requests.clear();
  const started = Date.now();
  const child = spawn(process.execPath, ['--import', RSS_HOOK, ...args], { env });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  let stdout = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const first = sandbox.requests.all()[0];
  if (!first)
    throw new Error(`no request reached the sandbox (exit ${code}):\n${stdout}\n${stderr}`);
  const rss = /phasegate-maxrss=(\d+)/.exec(stderr);
  return { firstRequestMs: first.realTime - started, peakRssMiB: Number(rss?.[1] ?? 0) / 1024 };
}

async function medianOf(run: () => Promise<StartupFigures>): Promise<StartupFigures> {
  const figures: StartupFigures[] = [];
  for (let i = 0; i < RUNS; i++) figures.push(await run());
  const median = (values: number[]) =>
    values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  return {
    firstRequestMs: median(figures.map((f) => f.firstRequestMs)),
    peakRssMiB: median(figures.map((f) => f.peakRssMiB)),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await startupBench();
  console.log(JSON.stringify(r, null, 2));
}
