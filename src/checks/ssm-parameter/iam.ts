/**
 * The `ssm-parameter` check: one GetParameter on the parameter it names; with
 * `with-decryption`, kms:Decrypt through SSM for a SecureString's key.
 */
import {
  allow,
  decryptViaSsm,
  type IamScope,
  type IamStatement,
  parameterArn,
  scoped,
} from '../../aws/iam.js';
import type { SsmParameterCheckConfig } from './settings.js';

export const actions: readonly string[] = ['ssm:GetParameter', 'kms:Decrypt'];

export function permissions(c: SsmParameterCheckConfig, scope: IamScope): IamStatement[] {
  const arn = parameterArn(scope, scoped(scope, c.name, 'name'));
  const statements = [allow('ReadCheckedParameters', ['ssm:GetParameter'], [arn])];
  if (c['with-decryption']) statements.push(decryptViaSsm(scope));
  return statements;
}
