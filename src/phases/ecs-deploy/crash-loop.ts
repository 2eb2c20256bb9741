/**
 * Crash loops: a new image whose tasks start and then exit. ECS's circuit breaker counts only
 * tasks that never reach RUNNING or fail health checks, and "The failure count resets to 0 each
 * time a task reaches a healthy state" (developerguide/deployment-circuit-breaker.html); on a
 * service without health checks such a rollout stays IN_PROGRESS for ever
 * (aws/containers-roadmap#1206). phasegate is stricter: it counts the stopped tasks of the
 * deployment it started (ECS sets their `startedBy` to the deployment id) whose essential
 * container exited, and fails the rollout at the threshold.
 */
import type { ECSClient, Task } from '@aws-sdk/client-ecs';
import { describeTasks, listStoppedTasks, stoppedReasonOf, taskId } from '../../aws/ecs/tasks.js';
import { shortTaskId } from '../../core/text.js';

/** Without a new service event, look at the stopped tasks every this many polls (16 s at 2 s). */
const SLOW_CADENCE = 8;

/** A task of this deployment that ran and stopped because an essential container exited. */
export function isCrash(task: Task, deploymentId: string | undefined): boolean {
  return task.startedBy === deploymentId && task.stopCode === 'EssentialContainerExited';
}

/** `EssentialContainerExited: Essential container in task exited; container api: exit code 1`. */
export function crashReason(task: Task): string {
  return [task.stopCode, stoppedReasonOf(task)].filter((p) => p).join(': ');
}

export class CrashLoopCheck {
  /** Stopped tasks already looked at (ECS lists a stopped task for about an hour). */
  private readonly seen = new Set<string>();
  readonly crashes: Task[] = [];
  private pollsSinceLook = 0;

  constructor(
    readonly threshold: number,
    private readonly target: { cluster: string; service: string; deploymentId: string | undefined },
  ) {}

  /**
   * Each crash makes ECS start a replacement, and "has started 1 tasks" is a new service event;
   * so a poll that brought new events is worth a look, and otherwise only every 8th poll. Keeps
   * ListTasks off the polls of a quiet rollout.
   */
  due(freshEvents: number): boolean {
    this.pollsSinceLook += 1;
    if (freshEvents === 0 && this.pollsSinceLook < SLOW_CADENCE) return false;
    this.pollsSinceLook = 0;
    return true;
  }

  /** The deployment's crashes not seen before: one ListTasks, DescribeTasks only for new ones. */
  async look(ecs: ECSClient, signal: AbortSignal): Promise<Task[]> {
    const { cluster, service, deploymentId } = this.target;
    const arns = (await listStoppedTasks(ecs, cluster, service, signal)).filter(
      (arn) => !this.seen.has(arn),
    );
    if (arns.length === 0) return [];
    const tasks = await describeTasks(ecs, cluster, arns, signal);
    // A task still stopping may not have its exit codes yet: it is looked at again next time.
    const stopped = tasks.filter((t) => t.lastStatus === 'STOPPED' && t.taskArn);
    for (const t of stopped) this.seen.add(t.taskArn as string);
    const fresh = stopped.filter((t) => isCrash(t, deploymentId));
    this.crashes.push(...fresh);
    return fresh;
  }

  get tripped(): boolean {
    return this.threshold > 0 && this.crashes.length >= this.threshold;
  }

  /** "task 1a2b of the new deployment stopped (2 of 3): EssentialContainerExited: …". */
  line(task: Task): string {
    const n = this.crashes.indexOf(task) + 1;
    return `task ${shortTaskId(taskId(task.taskArn ?? ''))} of the new deployment stopped (${n} of ${this.threshold}): ${crashReason(task)}`;
  }

  /** The rollout's failure: how many tasks crashed and, in ECS's words, how the latest did. */
  reason(): string {
    const latest = this.crashes.at(-1);
    const how = latest ? ` (${crashReason(latest)})` : '';
    return (
      `crash loop: ${this.crashes.length} tasks of deployment ${this.target.deploymentId} ` +
      `exited after starting${how}; the ECS circuit breaker does not count tasks that ran`
    );
  }
}
