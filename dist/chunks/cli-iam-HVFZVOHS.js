import { createRequire as __phasegateCreateRequire } from 'node:module';
const require = __phasegateCreateRequire(import.meta.url);
import "./cli-chunk-KHYJZ6HU.js";

// src/phases/checks/iam.ts
var actions = [];
async function permissions(c, scope) {
  const each = await Promise.all(
    c.checks.map(async (check) => {
      if (!check.kind.iam) {
        scope.note(`phase ${scope.phase.id}: check kind ${check.uses} declares no IAM permissions`);
        return [];
      }
      return (await check.kind.iam()).permissions(check.config, scope);
    })
  );
  return each.flat();
}
export {
  actions,
  permissions
};
