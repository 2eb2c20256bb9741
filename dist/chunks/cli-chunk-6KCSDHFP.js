import { createRequire as __phasegateCreateRequire } from 'node:module';
const require = __phasegateCreateRequire(import.meta.url);
import {
  readDefinitionFile
} from "./cli-chunk-WBWNTIY6.js";
import {
  logStreamsArn,
  scoped
} from "./cli-chunk-4MTFSXSX.js";
import {
  containerDefinitionsOf,
  isRecord
} from "./cli-chunk-VA2HRYOR.js";

// src/aws/ecs/iam.ts
async function definitionFacts(path, scope) {
  const input = await readDefinitionFile(path, scope.planFile, scope.render);
  const roles = [input.taskRoleArn, input.executionRoleArn].flatMap(
    (r) => typeof r === "string" && r !== "" ? [scoped(scope, r, `a role of ${path}`)] : []
  );
  const logStreams = containerDefinitionsOf(input).flatMap((c) => {
    const log = isRecord(c.logConfiguration) ? c.logConfiguration : {};
    const options = isRecord(log.options) ? log.options : {};
    const group = options["awslogs-group"];
    const region = options["awslogs-region"] ?? scope.region;
    if (log.logDriver !== "awslogs" || typeof group !== "string" || region !== scope.region)
      return [];
    return [logStreamsArn(scope, scoped(scope, group, `the log group of ${path}`))];
  });
  return {
    family: scoped(scope, String(input.family), `the family of ${path}`),
    roles,
    logStreams,
    tagged: Array.isArray(input.tags) && input.tags.length > 0
  };
}

export {
  definitionFacts
};
