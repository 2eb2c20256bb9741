/**
 * The `migrate` phase's IAM side. Through the Data API: the four transaction actions on the
 * cluster (each file is applied in a transaction, or statement by statement outside one) and
 * secretsmanager:GetSecretValue on the credentials' secret, which "Data API transparently calls
 * Secrets Manager" for on the caller's behalf (Aurora User Guide, "Authorizing access to the
 * Amazon RDS Data API"; resource type cluster: SAR, Amazon RDS Data API). Through `pg`: only the
 * `password-secret` it reads, if any; the connection itself is PostgreSQL's, not IAM's.
 */
import {
  allow,
  type IamScope,
  type IamStatement,
  rdsClusterArn,
  readSecret,
} from '../../aws/iam.js';
import type { MigrateConfig } from './settings.js';

const DATA_API = [
  'rds-data:BeginTransaction',
  'rds-data:CommitTransaction',
  'rds-data:ExecuteStatement',
  'rds-data:RollbackTransaction',
];

export const actions: readonly string[] = [...DATA_API, 'secretsmanager:GetSecretValue'];

export function permissions(c: MigrateConfig, scope: IamScope): IamStatement[] {
  const secret = c.via === 'data-api' ? c['secret-arn'] : c['password-secret'];
  const what = c.via === 'data-api' ? 'secret-arn' : 'password-secret';
  const statements: IamStatement[] = [];
  if (c.via === 'data-api' && c['resource-arn'])
    statements.push(allow('DataApiMigrate', DATA_API, [rdsClusterArn(scope, c['resource-arn'])]));
  if (secret) statements.push(readSecret(scope, secret, what));
  return statements;
}
