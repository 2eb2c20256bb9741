import { createRequire as __phasegateCreateRequire } from 'node:module';
const require = __phasegateCreateRequire(import.meta.url);
import {
  allow,
  ecsArn,
  scoped
} from "./cli-chunk-4MTFSXSX.js";
import "./cli-chunk-KHYJZ6HU.js";

// src/checks/ecs-service/iam.ts
var actions = ["ecs:DescribeServices", "ecs:DescribeTaskDefinition"];
function permissions(c, scope) {
  const cluster = scoped(scope, c.cluster, "cluster");
  const services = c.services.map(
    (s) => ecsArn.service(scope, cluster, scoped(scope, s, "service"))
  );
  const statements = [allow("EcsReadServices", ["ecs:DescribeServices"], services)];
  if (c["expect-image-tag"] !== void 0)
    statements.push(allow("EcsReadTaskDefinitions", ["ecs:DescribeTaskDefinition"], ["*"]));
  return statements;
}
export {
  actions,
  permissions
};
