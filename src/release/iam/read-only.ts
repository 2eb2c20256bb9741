/**
 * `--read-only`: the policy of a dry run (`phasegate plan` on a pull request), which only looks.
 * Kept: the actions named Describe…, List… and Get… (Parameter Store and Secrets Manager reads
 * included) and kms:Decrypt, which is only granted through SSM (`kms:ViaService`). Everything
 * else is left out, iam:PassRole too.
 */
import type { IamStatement } from '../../aws/iam.js';

const READ = /^[a-z0-9-]+:(Describe|List|Get)[A-Za-z]*$/;

export function isReadAction(action: string): boolean {
  return READ.test(action) || action === 'kms:Decrypt';
}

export function readOnly(statements: readonly IamStatement[], notes: string[]): IamStatement[] {
  if (statements.some((s) => s.Action.includes('rds-data:ExecuteStatement')))
    notes.push(
      'read-only: rds-data:ExecuteStatement is left out (the Data API runs any SQL with it), so the dry run of a Data API migrate phase, which reads its history table, is refused (AccessDeniedException): plan it with a role that may call it with the secret of a read-only database user',
    );
  return statements.flatMap((s) => {
    const kept = s.Action.filter(isReadAction);
    return kept.length > 0 ? [{ ...s, Action: kept }] : [];
  });
}
