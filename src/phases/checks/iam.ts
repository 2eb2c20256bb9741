/**
 * The `checks` phase asks for nothing of its own: each listed check asks for what its kind's
 * `iam.ts` declares for its settings.
 */
import type { IamScope, IamStatement } from '../../aws/iam.js';
import type { ChecksConfig } from './settings.js';

export const actions: readonly string[] = [];

export async function permissions(c: ChecksConfig, scope: IamScope): Promise<IamStatement[]> {
  const each = await Promise.all(
    c.checks.map(async (check) => {
      if (!check.kind.iam) {
        scope.note(`phase ${scope.phase.id}: check kind ${check.uses} declares no IAM permissions`);
        return [];
      }
      return (await check.kind.iam()).permissions(check.config, scope);
    }),
  );
  return each.flat();
}
