/**
 * What a launched task will do, decided from the scenario when it is launched: an image listed
 * under `bad-images` fails (cannot be pulled, fails its health checks, or its container exits),
 * a one-off task follows the first `run-task` entry that matches it, anything else starts and
 * keeps running.
 */
import type { Input, TaskDefinitionRecord, TaskFailure } from './model.js';
import type { BadImage, EcsScenario, RunTaskOutcome } from './scenario.js';
import type { StopCause, TaskPlan } from './tasks.js';

export function imageMatches(pattern: string, image: string): boolean {
  if (!pattern.includes('*')) return pattern === image;
  const escaped = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${escaped.join('.*')}$`).test(image);
}

function containersOf(td: TaskDefinitionRecord): Input[] {
  return td.body.containerDefinitions as Input[];
}

/** The bad-images entry and container that make this task definition fail, if any. */
export function badImageOf(
  scenario: EcsScenario,
  td: TaskDefinitionRecord,
): { bad: BadImage; container: string; image: string } | undefined {
  for (const c of containersOf(td)) {
    const image = String(c.image);
    const bad = scenario.badImages.find((b) => imageMatches(b.image, image));
    if (bad) return { bad, container: String(c.name), image };
  }
  return undefined;
}

function cannotPull(image: string): string {
  return (
    'CannotPullContainerError: pull image manifest has been retried 7 time(s): ' +
    `failed to resolve ref ${image}: ${image}: not found`
  );
}

/**
 * ECS's words for a task its scheduler stops because it failed its health checks ("Task failed
 * container health checks"; with a load balancer, "Task failed ELB health checks in …").
 */
const UNHEALTHY: StopCause = {
  stopCode: 'ServiceSchedulerInitiated',
  stoppedReason: 'Task failed container health checks',
};

/** How a bad image fails: never starts, starts and is never healthy, or starts and exits. */
function failureOf(bad: BadImage): TaskFailure {
  if (bad.unhealthy) return 'health-check';
  return bad['exit-code'] === undefined ? 'launch' : 'exit';
}

function failingPlan(
  scenario: EcsScenario,
  found: NonNullable<ReturnType<typeof badImageOf>>,
): { plan: TaskPlan; failing: TaskFailure } {
  const failAfter = found.bad['fail-after'] ?? scenario.timing['task-fail-after'];
  const failing = failureOf(found.bad);
  const reason = found.bad.reason;
  if (failing === 'launch') {
    return {
      plan: { kind: 'no-start', failAfter, reason: reason ?? cannotPull(found.image) },
      failing,
    };
  }
  // The container starts, then exits (or is stopped): half the time to start, half running.
  const exitCode = found.bad['exit-code'] ?? 0;
  const plan: TaskPlan = {
    kind: 'run',
    startAfter: failAfter / 2,
    runFor: failAfter / 2,
    exits: { [found.container]: { exitCode, ...(reason !== undefined ? { reason } : {}) } },
    logs: {},
    ...(failing === 'health-check' ? { stop: UNHEALTHY } : {}),
  };
  return { plan, failing };
}

/** A service task: fails when its image is bad, otherwise runs until replaced. */
export function serviceTaskPlan(
  scenario: EcsScenario,
  td: TaskDefinitionRecord,
  startAfter: number,
): { plan: TaskPlan; failing?: TaskFailure } {
  const bad = badImageOf(scenario, td);
  if (bad) return failingPlan(scenario, bad);
  return { plan: { kind: 'run', startAfter, exits: {}, logs: {} } };
}

/** The command a container will run: its override, else its definition's. */
function commandOf(td: TaskDefinitionRecord, overrides: Input, name: string): string {
  const list = (overrides.containerOverrides ?? []) as Input[];
  const override = list.find((o) => o.name === name)?.command;
  const definition = containersOf(td).find((c) => c.name === name)?.command;
  const command = override ?? definition;
  return Array.isArray(command) ? command.join(' ') : '';
}

function matches(entry: RunTaskOutcome, td: TaskDefinitionRecord, overrides: Input): boolean {
  if (entry.family !== undefined && entry.family !== td.family) return false;
  const containers = containersOf(td);
  if (entry.image !== undefined) {
    const image = entry.image;
    if (!containers.some((c) => imageMatches(image, String(c.image)))) return false;
  }
  if (entry.command !== undefined) {
    const wanted = entry.command;
    if (!containers.some((c) => commandOf(td, overrides, String(c.name)).includes(wanted))) {
      return false;
    }
  }
  return true;
}

/** The first `run-task` entry that matches a RunTask call, if any. */
export function runTaskEntry(
  scenario: EcsScenario,
  td: TaskDefinitionRecord,
  overrides: Input,
): RunTaskOutcome | undefined {
  return scenario.runTask.find((e) => matches(e, td, overrides));
}

/** A one-off task (RunTask): bad image, else the first matching run-task entry, else exit 0. */
export function runTaskPlan(
  scenario: EcsScenario,
  td: TaskDefinitionRecord,
  overrides: Input,
): TaskPlan {
  const bad = badImageOf(scenario, td);
  if (bad) return failingPlan(scenario, bad).plan;
  const entry = runTaskEntry(scenario, td, overrides);
  const startAfter = scenario.timing['task-start'];
  if (entry?.['stop-reason'] !== undefined) {
    return { kind: 'no-start', failAfter: startAfter, reason: entry['stop-reason'] };
  }
  const exits: Record<string, { exitCode: number; reason?: string }> = {};
  const logs: Record<string, string[]> = {};
  let firstEssential = true;
  for (const c of containersOf(td)) {
    const name = String(c.name);
    const essential = c.essential !== false;
    const own = entry?.containers?.[name];
    const reason = own?.reason ?? (essential ? entry?.reason : undefined);
    exits[name] = {
      exitCode: own?.['exit-code'] ?? (essential ? (entry?.['exit-code'] ?? 0) : 0),
      ...(reason !== undefined ? { reason } : {}),
    };
    const lines = [
      ...(essential && firstEssential ? (entry?.logs ?? []) : []),
      ...(own?.logs ?? []),
    ];
    if (lines.length > 0) logs[name] = lines;
    if (essential) firstEssential = false;
  }
  const runFor = entry?.['run-time'] ?? scenario.timing['task-run'];
  return { kind: 'run', startAfter, runFor, exits, logs };
}
