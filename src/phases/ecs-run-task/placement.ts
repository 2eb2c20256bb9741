/**
 * Tasks RunTask could not place (`failures[]`): what ECS said, in one line, and what to do about
 * it. AWS lists the reasons RunTask answers with on "API failure reasons"
 * (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/api_failures_messages.html):
 * `RESOURCE:*`, `AGENT`, `LOCATION`, `ATTRIBUTE`; Fargate answers "Capacity is unavailable at
 * this time. …" as its reason (gchq/sleeper#904). phasegate counts the tasks it got, never the
 * failures: AWS does not say how many entries N unplaced tasks give.
 */
import type { Failure } from '@aws-sdk/client-ecs';
import { PhaseFailure } from '../../core/errors.js';
import type { Logger } from '../../core/log.js';
import type { Started } from './start.js';

const DOC =
  'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/api_failures_messages.html';

/** What to do, by reason (or its start); the first that matches wins. */
const ADVICE: readonly [test: (reason: string) => boolean, advice: string][] = [
  [
    (r) => r === 'RESOURCE:CPU' || r === 'RESOURCE:MEMORY',
    'no container instance of the cluster has the CPU or memory the task asks for: add or enlarge instances (or raise the capacity provider’s Auto Scaling group), or ask for less (`overrides.cpu`/`overrides.memory`, or the task definition)',
  ],
  [
    (r) => r.startsWith('RESOURCE:PORTS'),
    'the host ports the task needs are taken on every instance: free them, add instances, or use dynamic host ports or awsvpc',
  ],
  [
    (r) => r === 'RESOURCE:ENI',
    'no instance has an elastic network interface left for an awsvpc task: add instances, turn on ENI trunking, or run on Fargate',
  ],
  [
    (r) => r.startsWith('RESOURCE:'),
    'the cluster lacks a resource the task asks for: add instances that have it',
  ],
  [
    (r) => r === 'AGENT',
    'the ECS agent of the container instance is disconnected: restart or replace the instance (see "How do I troubleshoot a disconnected Amazon ECS agent" on AWS re:Post), then run the phase again',
  ],
  [
    (r) => r === 'LOCATION',
    'the container instances are in other Availability Zones than the task’s subnets: give subnets in the instances’ zones',
  ],
  [
    (r) => r === 'ATTRIBUTE',
    'the task definition needs an instance attribute the instances lack (for awsvpc, ecs.capability.task-eni): use instances that have it, or change the task definition',
  ],
  [
    (r) => r.startsWith('Capacity is unavailable'),
    'Fargate has no capacity for the task in the subnets’ Availability Zones just now: run the phase again later, or give subnets in more zones',
  ],
];

/** `RESOURCE:MEMORY (container instance 7de7…)`, joined with `; `. */
export function describeFailures(failures: readonly Failure[]): string {
  return failures.map(describeOne).join('; ');
}

function describeOne(f: Failure): string {
  const reason = [f.reason ?? 'no reason given', f.detail].filter(Boolean).join(': ');
  const instance = f.arn?.includes(':container-instance/') ? f.arn.split('/').at(-1) : undefined;
  return instance ? `${reason} (container instance ${instance})` : reason;
}

/** What to do about these failures, one sentence per distinct reason, and where AWS says more. */
export function placementAdvice(failures: readonly Failure[]): string {
  const advice = new Set<string>();
  for (const f of failures) {
    const found = ADVICE.find(([test]) => test(f.reason ?? ''));
    if (found) advice.add(found[1]);
  }
  if (advice.size === 0) advice.add('ECS gave a reason phasegate does not know');
  return `${[...advice].join('; ')} (${DOC})`;
}

/** Tasks ECS did not place, when it placed some: the phase fails once those are judged. */
export interface Unplaced {
  /** ECS's reasons, one line. */
  reasons: string;
  advice: string;
}

/**
 * None placed: the phase fails here, with ECS's reasons and what to do; nothing runs, so
 * nothing is left behind. Some placed: a warning now, and the phase fails once the ones that
 * started are judged. They are not stopped: a started task may be a migration or a data fix
 * that must not be cut in the middle, and its result tells more than a stop would.
 */
export function unplacedTasks(
  started: Started,
  asked: number,
  label: string,
  log: Logger,
): Unplaced | undefined {
  const got = started.tasks.length;
  const reasons =
    started.failures.length > 0 ? describeFailures(started.failures) : 'ECS gave no reason';
  if (got >= asked) {
    if (started.failures.length > 0) log.warning(`RunTask reported failures: ${reasons}`);
    return undefined;
  }
  const advice = placementAdvice(started.failures);
  if (got === 0) {
    const what = asked === 1 ? 'the task' : `any of the ${asked} tasks`;
    throw new PhaseFailure(`ECS could not place ${what} of ${label}: ${reasons}`, {
      hint: `${advice}; nothing was started, so nothing is left running`,
    });
  }
  log.warning(
    `ECS started ${got} of ${asked} tasks of ${label}: ${reasons}; waiting for the ${got} that started, then the phase fails`,
  );
  return { reasons, advice };
}
