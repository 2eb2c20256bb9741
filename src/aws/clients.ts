/**
 * One lazily created SDK client per AWS service, shared by every phase of a run. The endpoint
 * comes from the SDK's own configuration, so `AWS_ENDPOINT_URL_ECS` and friends point the real
 * clients at the sandbox without any code path of our own.
 */
import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { ECSClient } from '@aws-sdk/client-ecs';
import { RDSDataClient } from '@aws-sdk/client-rds-data';
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { SSMClient } from '@aws-sdk/client-ssm';

export interface AwsClients {
  readonly region: string;
  ecs(): ECSClient;
  ssm(): SSMClient;
  rdsData(): RDSDataClient;
  logs(): CloudWatchLogsClient;
  secretsManager(): SecretsManagerClient;
}

// Adaptive retry backs off on throttling across all calls of a client, which matters when many
// services are polled side by side.
const clientConfig = (region: string) => ({
  region,
  maxAttempts: 5,
  retryMode: 'adaptive' as const,
});

export function createAwsClients(region: string): AwsClients {
  const cache = new Map<string, unknown>();
  const once = <T>(key: string, make: () => T): T => {
    if (!cache.has(key)) cache.set(key, make());
    return cache.get(key) as T;
  };
  return {
    region,
    ecs: () => once('ecs', () => new ECSClient(clientConfig(region))),
    ssm: () => once('ssm', () => new SSMClient(clientConfig(region))),
    rdsData: () => once('rds-data', () => new RDSDataClient(clientConfig(region))),
    logs: () => once('logs', () => new CloudWatchLogsClient(clientConfig(region))),
    secretsManager: () =>
      once('secrets-manager', () => new SecretsManagerClient(clientConfig(region))),
  };
}
