/**
 * The CA-A2A release killed with SIGKILL at one point, then run again: both runs are
 * `phasegate run` processes against one sandbox started here, which keeps the world between them
 * (ECS, the database, the release record in Parameter Store). Used by killed-release.test.ts and
 * by scripts/bench-kills.ts.
 *
 * Every kill point is an event, never a delay: a line of the run's log (`[agents] ▶ started`),
 * or a request arriving at the sandbox (the hook below sees it before the sandbox answers). Where
 * a kill must land while something is still going on in AWS (a rollout, a task), the sandbox's
 * clock is stopped first, so the rollout cannot finish however slow the machine is.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DescribeServicesCommand,
  DescribeTasksCommand,
  ECSClient,
  ListTasksCommand,
} from '@aws-sdk/client-ecs';
import { ExecuteStatementCommand, RDSDataClient } from '@aws-sdk/client-rds-data';
import { parse } from 'yaml';
import { type RequestRecord, type Sandbox, startSandbox } from '../../src/sandbox/index.js';
import { PausableClock } from '../helpers/pausable-clock.js';

export const KILL_POINTS = [
  'start of migrate',
  'start of admin-api',
  'start of agents',
  'start of verify',
  'start of functional-tests',
  'mid-migration, in a transaction',
  'mid-migration, no-transaction file',
  'mid-rollout',
  'mid-task',
] as const;
export type KillPoint = (typeof KILL_POINTS)[number];

/** The five families one release registers a revision of, once each. */
export const FAMILIES = ['admin-api', 'orchestrator', 'extractor', 'validator', 'archivist'].map(
  (s) => `ca-a2a-${s}`,
);
const SERVICES = ['admin-api', 'orchestrator', 'extractor', 'validator', 'archivist'];
const CLUSTER = 'ca-a2a-cluster';
const DB = {
  resourceArn: 'arn:aws:rds:eu-west-3:555043101106:cluster:documents-db',
  secretArn: 'arn:aws:secretsmanager:eu-west-3:555043101106:secret:ca-a2a/db-password',
  database: 'documents',
};

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  wallMs: number;
}

export interface KillResult {
  point: KillPoint;
  killed: Run;
  rerun: Run;
  /** Migration versions recorded as applied, in order (1, 2, 3 once each when all is well). */
  history: number[];
  /** Files whose effect was committed more than once (their kill_log marker, or history). */
  appliedTwice: number;
  /** RegisterTaskDefinition calls per family over both runs (1 each is one release's worth). */
  registrations: Record<string, number>;
  /** Registrations beyond one per family. */
  needlessRevisions: number;
  /** The re-run's wait for the killed run's release lease, as the lease code reports it. */
  leaseWaitMs: number | undefined;
  /** Whether the re-run also waited on the migration lease (a killed no-transaction file). */
  waitedOnMigrationLease: boolean;
  /** Services whose rollout was IN_PROGRESS when the run was killed. */
  inFlightAtKill: string[];
  /** Who held the migration lease right after the kill (no-transaction file only). */
  migrationLeaseAtKill?: string;
  /** The killed run's one-off task, as ECS saw it right after the kill (mid-task only). */
  taskAtKill?: { arn: string; lastStatus: string | undefined };
  /** RunTask and StopTask calls over both runs. */
  runTasks: number;
  stopTasks: number;
}

/**
 * The CA-A2A plan with two more migration files: 002 runs in a transaction, 003 outside one
 * (CREATE INDEX CONCURRENTLY), each leaving a marker row per time its effect is committed.
 */
function variantPlan(leaseSeconds?: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'phasegate-kills-'));
  const migrations = join(dir, 'migrations');
  mkdirSync(migrations);
  const first = '001_create_revoked_tokens_table.sql';
  copyFileSync(join('migrations', first), join(migrations, first));
  writeFileSync(
    join(migrations, '002_create_kill_log.sql'),
    "CREATE TABLE kill_log (file text NOT NULL);\nINSERT INTO kill_log VALUES ('002');\n",
  );
  writeFileSync(
    join(migrations, '003_index_revoked_by.sql'),
    [
      '-- phasegate:no-transaction',
      'CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_revoked_tokens_revoked_by ON revoked_tokens (revoked_by);',
      // Safe to run again, as a no-transaction file must be: a killed run leaves it half done.
      "INSERT INTO kill_log SELECT '003' WHERE NOT EXISTS (SELECT 1 FROM kill_log WHERE file = '003');",
      '',
    ].join('\n'),
  );
  const plan = join(dir, 'ca-a2a.yml');
  const text = readFileSync('phases/ca-a2a.yml', 'utf8');
  if (!text.includes('directory: migrations')) throw new Error('phases/ca-a2a.yml changed');
  let variant = text.replace('directory: migrations', `directory: ${migrations}`);
  // A shorter release lease and migration lease (both a minute by default) for the tests:
  // the re-run waits one out, and the figure to check is "no more than one lease".
  if (leaseSeconds !== undefined)
    variant = variant
      .replace('\napp: ca-a2a\n', `\napp: ca-a2a\nrecord:\n  lease: ${leaseSeconds}s\n`)
      .replace(
        `directory: ${migrations}`,
        `directory: ${migrations}\n      lease-duration: ${leaseSeconds}s`,
      );
  writeFileSync(plan, variant);
  return plan;
}

const plans = new Map<number | undefined, string>();
const planFor = (leaseSeconds?: number): string => {
  const known = plans.get(leaseSeconds);
  if (known) return known;
  const made = variantPlan(leaseSeconds);
  plans.set(leaseSeconds, made);
  return made;
};

interface World {
  box: Sandbox;
  clock: PausableClock;
  ecs: ECSClient;
  rds: RDSDataClient;
}

/** A sandbox of its own playing sandbox/ca-a2a.yml at `timeScale`, closed after `use`. */
async function inWorld<T>(timeScale: number, use: (world: World) => Promise<T>): Promise<T> {
  const clock = new PausableClock(timeScale);
  const base = parse(readFileSync('sandbox/ca-a2a.yml', 'utf8')) as Record<string, unknown>;
  const box = await startSandbox({ scenario: { ...base, 'time-scale': timeScale }, clock });
  const ecs = new ECSClient(sdkConfig(box));
  const rds = new RDSDataClient(sdkConfig(box));
  try {
    return await use({ box, clock, ecs, rds });
  } finally {
    ecs.destroy();
    rds.destroy();
    await box.close();
  }
}

/** The same release, not killed: what one release registers, and how long it takes. */
export function unkilledRelease(timeScale: number) {
  return inWorld(timeScale, async ({ box }) => {
    const run = await release(box, planFor(), ['--json'], () => {});
    return { run, ...revisions(box) };
  });
}

/** Lets `n` works run at a time. */
export function lanes(n: number): <T>(work: () => Promise<T>) => Promise<T> {
  let free = n;
  const queue: (() => void)[] = [];
  return async (work) => {
    if (free > 0) free--;
    else await new Promise<void>((go) => queue.push(go));
    try {
      return await work();
    } finally {
      const next = queue.shift();
      if (next) next();
      else free++;
    }
  };
}

/**
 * Runs the release to `point`, kills it, runs it again and reads what the world holds. `lane`
 * bounds how many runs go to their kill point at once (the busy part: the re-runs mostly wait
 * out a lease), so side by side kill points do not starve each other or other tests of CPU.
 * `leaseSeconds` sets the plan's release and migration leases (a minute each by default).
 */
export function killAndRerun(
  point: KillPoint,
  timeScale: number,
  lane: <T>(work: () => Promise<T>) => Promise<T> = (work) => work(),
  leaseSeconds?: number,
): Promise<KillResult> {
  return inWorld(timeScale, async ({ box, clock, ecs, rds }) => {
    const arrivals = onArrival(box);
    const killed = await lane(() =>
      release(box, planFor(leaseSeconds), [], ...armKill(point, clock, arrivals)),
    );
    if (killed.signal !== 'SIGKILL')
      throw new Error(
        `${point}: the run ended (exit ${killed.code}) before the kill point\n${killed.stderr}${killed.stdout}`,
      );
    const inFlightAtKill = await inFlight(ecs);
    const taskAtKill = point === 'mid-task' ? await killedTask(ecs, clock) : undefined;
    const leaseAtKill =
      point === 'mid-migration, no-transaction file' ? await migrationLease(rds) : undefined;
    if (point !== 'mid-rollout') clock.resume();
    const rerun = await release(box, planFor(leaseSeconds), ['--json'], (line) => {
      // The re-run has judged each agent (its first line about one comes after): let the
      // rollouts left in flight finish now.
      if (/^\[agents\] (orchestrator|extractor|validator|archivist): /.test(line)) clock.resume();
    });
    return {
      point,
      killed,
      rerun,
      ...(await migrations(rds)),
      ...revisions(box),
      leaseWaitMs: leaseWait(rerun.stderr),
      waitedOnMigrationLease: rerun.stderr.includes('waiting for the migration lease'),
      inFlightAtKill,
      ...(taskAtKill ? { taskAtKill } : {}),
      ...(leaseAtKill ? { migrationLeaseAtKill: leaseAtKill } : {}),
      runTasks: box.requests.count({ service: 'ecs', operation: 'RunTask' }),
      stopTasks: box.requests.count({ service: 'ecs', operation: 'StopTask' }),
    };
  });
}

type Arrivals = (listener: (r: RequestRecord) => void) => void;

/** Calls the listeners with each request as it arrives, before the sandbox handles it. */
function onArrival(box: Sandbox): Arrivals {
  const listeners: ((r: RequestRecord) => void)[] = [];
  const start = box.requests.start.bind(box.requests);
  box.requests.start = (entry) => {
    const record = start(entry);
    for (const listener of listeners) listener(record);
    return record;
  };
  return (listener) => listeners.push(listener);
}

/** What sees each log line of the run, and what receives the function that kills it. */
type Kill = [onLine: (line: string) => void, bind: (kill: () => void) => void];

function armKill(point: KillPoint, clock: PausableClock, arrivals: Arrivals): Kill {
  let killNow: () => void = () => {};
  let lineTest: (line: string) => boolean = () => false;
  const started = /^start of (.+)$/.exec(point)?.[1];
  const sql = (r: RequestRecord) =>
    r.operation === 'ExecuteStatement' ? String(r.params.sql) : '';
  if (started) lineTest = (l) => l.startsWith(`[${started}] ▶ started (`);
  else if (point === 'mid-migration, in a transaction')
    arrivals((r) => {
      if (sql(r).includes('INSERT INTO kill_log VALUES') && r.params.transactionId) killNow();
    });
  else if (point === 'mid-migration, no-transaction file')
    arrivals((r) => {
      if (sql(r).includes('CREATE INDEX CONCURRENTLY')) killNow();
    });
  else if (point === 'mid-rollout') {
    // The clock stops as the first agent's rollout starts; the kill follows the second's.
    arrivals(
      once(
        (r) => r.operation === 'UpdateService' && r.params.service === 'orchestrator',
        () => clock.pause(),
      ),
    );
    lineTest = (l) => l.startsWith('[agents] extractor: deploying ');
  } else {
    arrivals(
      once(
        (r) => r.operation === 'RunTask',
        () => clock.pause(),
      ),
    );
    lineTest = (l) => /^\[functional-tests\] started \S+ on /.test(l);
  }
  return [(line) => lineTest(line) && killNow(), (k) => (killNow = k)];
}

/** A listener that acts on the killed run's request only, not on the re-run's like it. */
function once(test: (r: RequestRecord) => boolean, act: () => void) {
  let done = false;
  return (r: RequestRecord) => {
    if (done || !test(r)) return;
    done = true;
    act();
  };
}

/** `phasegate run` of the plan, v5.1 in production, as a process; `onLine` sees its log lines. */
function release(
  box: Sandbox,
  planFile: string,
  extra: string[],
  onLine: (line: string) => void,
  bind?: (kill: () => void) => void,
): Promise<Run> {
  const args = ['--import', 'tsx', 'src/cli.ts', 'run', planFile, '--env', 'production'];
  const started = Date.now();
  const child = spawn(process.execPath, [...args, '--version', 'v5.1', ...extra], {
    env: { ...process.env, ...box.env },
    stdio: 'pipe',
  });
  bind?.(() => child.kill('SIGKILL'));
  let stdout = '';
  let stderr = '';
  let partial = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d: Buffer) => {
    stderr += d;
    const lines = (partial + d.toString()).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) onLine(line);
  });
  return new Promise((resolve) =>
    child.on('close', (code, signal) =>
      resolve({ code, signal, stdout, stderr, wallMs: Date.now() - started }),
    ),
  );
}

function sdkConfig(box: Sandbox) {
  return {
    region: box.scenario.region,
    endpoint: box.url,
    credentials: { accessKeyId: 'sandbox', secretAccessKey: 'sandbox' },
  };
}

async function inFlight(ecs: ECSClient): Promise<string[]> {
  const out = await ecs.send(new DescribeServicesCommand({ cluster: CLUSTER, services: SERVICES }));
  return (out.services ?? [])
    .filter((s) =>
      s.deployments?.some((d) => d.status === 'PRIMARY' && d.rolloutState === 'IN_PROGRESS'),
    )
    .map((s) => s.serviceName ?? '');
}

/** The killed run's task, once its container has had the time to start (the clock stands). */
async function killedTask(ecs: ECSClient, clock: PausableClock) {
  clock.advance(15_000); // the scenario's task-start is 10 s
  const { taskArns = [] } = await ecs.send(
    new ListTasksCommand({ cluster: CLUSTER, startedBy: 'phasegate-functional-tests' }),
  );
  if (taskArns.length !== 1) throw new Error(`expected one task, found ${taskArns.length}`);
  const { tasks = [] } = await ecs.send(
    new DescribeTasksCommand({ cluster: CLUSTER, tasks: taskArns }),
  );
  return { arn: taskArns[0] as string, lastStatus: tasks[0]?.lastStatus };
}

async function rows(rds: RDSDataClient, sql: string): Promise<Record<string, unknown>[]> {
  const out = await rds.send(new ExecuteStatementCommand({ ...DB, sql, formatRecordsAs: 'JSON' }));
  return JSON.parse(out.formattedRecords ?? '[]') as Record<string, unknown>[];
}

async function migrations(rds: RDSDataClient) {
  const history = (
    await rows(
      rds,
      'SELECT version FROM public.phasegate_schema_history WHERE success ORDER BY version',
    )
  ).map((r) => Number(r.version));
  const markers = await rows(rds, 'SELECT file, count(*) AS n FROM kill_log GROUP BY file');
  const twice =
    markers.filter((m) => Number(m.n) > 1).length + (history.length - new Set(history).size);
  return { history, appliedTwice: twice };
}

async function migrationLease(rds: RDSDataClient): Promise<string | undefined> {
  const [lease] = await rows(
    rds,
    'SELECT owner FROM public.phasegate_schema_history_lease WHERE expires_at > now()',
  );
  return lease ? String(lease.owner) : undefined;
}

function revisions(box: Sandbox) {
  const registrations = Object.fromEntries(FAMILIES.map((f) => [f, 0]));
  for (const r of box.requests.filter({ service: 'ecs', operation: 'RegisterTaskDefinition' }))
    if (r.outcome === 'ok')
      registrations[String(r.params.family)] = (registrations[String(r.params.family)] ?? 0) + 1;
  const needless = Object.values(registrations).reduce((n, count) => n + Math.max(0, count - 1), 0);
  return { registrations, needlessRevisions: needless };
}

/** "took over the release lease after waiting 1m00s" → 60 000. */
function leaseWait(stderr: string): number | undefined {
  const m = /took over the release lease after waiting (?:(\d+)m)?(\d+)(ms|s)/.exec(stderr);
  if (!m) return undefined;
  const unit = m[3] === 'ms' ? 1 : 1000;
  return Number(m[1] ?? 0) * 60_000 + Number(m[2]) * unit;
}
