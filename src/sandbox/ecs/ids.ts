/**
 * Identifiers and ARNs as ECS writes them. Ids come from a counter run through SHA-256 rather
 * than from randomness, so the same sequence of calls always yields the same task ids,
 * deployment ids and event ids: tests and rehearsal transcripts can be compared run to run.
 */
import { createHash } from 'node:crypto';

export class IdSource {
  private counter = 0;

  /** 32 lowercase hex characters, the form of Fargate task ids. */
  taskId(): string {
    return this.digest('task').slice(0, 32);
  }

  /** `ecs-svc/` followed by 19 digits, as deployment ids look. */
  deploymentId(): string {
    const n = BigInt(`0x${this.digest('deployment').slice(0, 15)}`);
    return `ecs-svc/${(n % 9_000_000_000_000_000_000n) + 1_000_000_000_000_000_000n}`;
  }

  /** A UUID-shaped id (service events, container ARNs, runtime ids). */
  uuid(): string {
    const h = this.digest('uuid');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
  }

  hex(length: number): string {
    return this.digest('hex').slice(0, length);
  }

  private digest(kind: string): string {
    this.counter += 1;
    return createHash('sha256').update(`${kind}:${this.counter}`).digest('hex');
  }
}

export class Arns {
  constructor(
    private readonly region: string,
    private readonly accountId: string,
  ) {}

  private ecs(resource: string): string {
    return `arn:aws:ecs:${this.region}:${this.accountId}:${resource}`;
  }

  cluster(name: string): string {
    return this.ecs(`cluster/${name}`);
  }

  service(cluster: string, name: string): string {
    return this.ecs(`service/${cluster}/${name}`);
  }

  task(cluster: string, id: string): string {
    return this.ecs(`task/${cluster}/${id}`);
  }

  container(cluster: string, taskId: string, uuid: string): string {
    return this.ecs(`container/${cluster}/${taskId}/${uuid}`);
  }

  /** `container-instance/<cluster>/<id>`, the long ARN format ECS uses since 2018. */
  containerInstance(cluster: string, id: string): string {
    return this.ecs(`container-instance/${cluster}/${id}`);
  }

  taskDefinition(family: string, revision: number): string {
    return this.ecs(`task-definition/${family}:${revision}`);
  }

  targetGroup(name: string, suffix: string): string {
    return `arn:aws:elasticloadbalancing:${this.region}:${this.accountId}:targetgroup/${name}/${suffix}`;
  }

  /** Who registered task definitions and created services in the sandbox. */
  principal(): string {
    return `arn:aws:iam::${this.accountId}:root`;
  }

  /** The role name AWS's console and docs give the task execution role. */
  executionRole(): string {
    return `arn:aws:iam::${this.accountId}:role/ecsTaskExecutionRole`;
  }
}

/** The last path segment of an ARN, or the text itself when it is a plain name. */
export function nameFromArn(nameOrArn: string): string {
  if (!nameOrArn.startsWith('arn:')) return nameOrArn;
  const resource = nameOrArn.split(':').slice(5).join(':');
  return resource.slice(resource.lastIndexOf('/') + 1);
}

/** The cluster named inside a `service/<cluster>/<name>` or `task/<cluster>/<id>` ARN. */
export function clusterFromArn(arn: string): string | undefined {
  if (!arn.startsWith('arn:')) return undefined;
  const parts = arn.split(':').slice(5).join(':').split('/');
  return parts.length === 3 ? parts[1] : undefined;
}
