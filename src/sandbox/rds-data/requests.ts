/**
 * Checks every Data API call makes before touching the database, in the order AWS reports
 * them: the cluster (resourceArn), the secret, the cluster's state, then the request itself.
 */
import type { Clock } from '../clock.js';
import { AwsError } from '../service.js';
import { invalid, resuming, schemaNotSupported } from './errors.js';
import type { ClusterConfig } from './scenario.js';

export class ClusterDirectory {
  private readonly byArn: Map<string, ClusterConfig>;
  private readonly startedAt: number;

  constructor(
    clusters: ClusterConfig[],
    private readonly clock: Clock,
  ) {
    this.byArn = new Map(clusters.map((c) => [c.arn, c]));
    this.startedAt = clock.now();
  }

  /** The cluster a call addresses, once its ARN, secret and state allow the call. */
  resolve(input: Record<string, unknown>): ClusterConfig {
    const resourceArn = requireText(input, 'resourceArn');
    const secretArn = requireText(input, 'secretArn');
    const cluster = this.byArn.get(resourceArn);
    // The troubleshooting guide gives this error for an ARN that does not exactly match a
    // cluster with the Data API enabled (a typo, wrong letter case, a renamed cluster).
    if (!cluster)
      throw new AwsError(
        'HttpEndpointNotEnabledException',
        `HttpEndpoint is not enabled for cluster ${clusterId(resourceArn)}`,
      );
    if (!cluster.acceptsSecret(secretArn))
      throw new AwsError(
        'SecretsErrorException',
        `Secrets Manager can't find the specified secret ${secretArn}, or it is not a secret of cluster ${cluster.name}.`,
      );
    if (this.clock.now() < this.startedAt + cluster.pausedForMs) throw resuming(cluster.name);
    return cluster;
  }

  /** `database` must name a database of the cluster; `schema` is refused on v2 clusters. */
  checkDatabase(cluster: ClusterConfig, input: Record<string, unknown>): void {
    if (input.schema !== undefined && input.schema !== '') throw schemaNotSupported();
    const database = input.database;
    if (database === undefined || database === '') return;
    if (typeof database !== 'string') throw invalid('database must be a text');
    if (!cluster.databases.includes(database))
      throw new AwsError(
        'DatabaseErrorException',
        `ERROR: database "${database}" does not exist; SQLState: 3D000`,
      );
  }
}

export function requireText(input: Record<string, unknown>, key: string): string {
  const value = input[key];
  if (typeof value !== 'string' || value === '')
    throw invalid(
      `1 validation error detected: Value at '${key}' failed to satisfy constraint: Member must not be null`,
    );
  return value;
}

function clusterId(arn: string): string {
  return arn.split(':cluster:')[1] ?? arn;
}
