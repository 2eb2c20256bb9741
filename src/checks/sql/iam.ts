/**
 * The `sql` check: one query in a read-only Data API transaction (db/read-only.ts), which it
 * rolls back. "Data API transparently calls Secrets Manager, which allows (or denies) the user's
 * request for the secret" (Aurora User Guide, "Authorizing access to the Amazon RDS Data API"),
 * so the caller needs secretsmanager:GetSecretValue on the secret too.
 */
import {
  allow,
  type IamScope,
  type IamStatement,
  rdsClusterArn,
  readSecret,
} from '../../aws/iam.js';
import type { SqlCheckConfig } from './settings.js';

const QUERY = [
  'rds-data:BeginTransaction',
  'rds-data:ExecuteStatement',
  'rds-data:RollbackTransaction',
];

export const actions: readonly string[] = [...QUERY, 'secretsmanager:GetSecretValue'];

export function permissions(c: SqlCheckConfig, scope: IamScope): IamStatement[] {
  return [
    allow('DataApiQuery', QUERY, [rdsClusterArn(scope, c['resource-arn'])]),
    readSecret(scope, c['secret-arn'], 'secret-arn'),
  ];
}
