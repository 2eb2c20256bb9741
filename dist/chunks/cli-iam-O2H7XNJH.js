import { createRequire as __phasegateCreateRequire } from 'node:module';
const require = __phasegateCreateRequire(import.meta.url);
import {
  definitionFacts
} from "./cli-chunk-6KCSDHFP.js";
import "./cli-chunk-WBWNTIY6.js";
import "./cli-chunk-N2YYZX6X.js";
import {
  allow,
  anyRole,
  ecsArn,
  inCluster,
  passRoles,
  scoped
} from "./cli-chunk-4MTFSXSX.js";
import "./cli-chunk-VA2HRYOR.js";
import "./cli-chunk-UXGSYE36.js";
import "./cli-chunk-75YOGVQ5.js";
import "./cli-chunk-V74XWLEX.js";
import "./cli-chunk-KHYJZ6HU.js";

// src/phases/ecs-deploy/iam.ts
var actions = [
  "ecs:DescribeServices",
  "ecs:DescribeTaskDefinition",
  "ecs:RegisterTaskDefinition",
  "ecs:TagResource",
  "ecs:CreateService",
  "ecs:UpdateService",
  "ecs:DeleteService",
  "ecs:DescribeTasks",
  "ecs:ListTasks",
  "iam:PassRole"
];
async function permissions(c, scope) {
  const targets = c.services.map((s) => {
    const cluster = scoped(scope, s.cluster ?? c.cluster ?? "", "cluster");
    return {
      cluster,
      arn: ecsArn.service(scope, cluster, scoped(scope, s.service, "service")),
      settings: s
    };
  });
  return [
    allow(
      "EcsReadServices",
      ["ecs:DescribeServices"],
      targets.map((t) => t.arn)
    ),
    allow("EcsReadTaskDefinitions", ["ecs:DescribeTaskDefinition"], ["*"]),
    ...await registrations(targets, scope),
    ...byCluster(targets, (cluster, mine) => serviceWrites(cluster, mine, scope)),
    ...byCluster(targets, (cluster) => taskReads(cluster, scope))
  ];
}
function registers(s) {
  return s["task-definition"] !== void 0 || s["task-definition-arn"] === void 0 && (s.images !== void 0 || s.env !== void 0);
}
async function registrations(targets, scope) {
  const registering = targets.filter((t) => registers(t.settings));
  if (registering.length === 0) return [];
  const files = await Promise.all(
    registering.flatMap((t) => {
      const file = t.settings["task-definition"];
      return file === void 0 ? [] : [definitionFacts(file, scope)];
    })
  );
  const live = registering.filter((t) => t.settings["task-definition"] === void 0);
  const families = files.map((f) => ecsArn.family(scope, f.family));
  const roles = files.flatMap((f) => f.roles);
  if (live.length > 0) {
    const names = live.map((t) => t.settings.service).join(", ");
    scope.note(
      `phase ${scope.phase.id}: ${names} register in the family of their live revision, and pass its roles, which the plan does not name: any family, any role of the account`
    );
    families.push(ecsArn.family(scope, "*"));
    roles.push(anyRole(scope));
  }
  const tagged = files.filter((f) => f.tagged).map((f) => ecsArn.family(scope, f.family));
  return [
    allow("EcsRegisterTaskDefinitions", ["ecs:RegisterTaskDefinition"], families),
    ...tagged.length > 0 ? [allow("EcsTagTaskDefinitions", ["ecs:TagResource"], tagged)] : [],
    ...roles.length > 0 ? [passRoles(roles)] : []
  ];
}
function serviceWrites(cluster, mine, scope) {
  const condition = inCluster(scope, cluster);
  const created = mine.filter((t) => t.settings.create !== void 0).map((t) => t.arn);
  const statements = [
    allow(
      "EcsUpdateServices",
      ["ecs:UpdateService"],
      mine.map((t) => t.arn),
      condition
    )
  ];
  if (created.length > 0) {
    statements.push(allow("EcsCreateServices", ["ecs:CreateService"], created, condition));
    if (scope.phase.onFailure === "rollback")
      statements.push(allow("EcsDeleteCreatedServices", ["ecs:DeleteService"], created, condition));
  }
  return statements;
}
function taskReads(cluster, scope) {
  return [
    allow("EcsReadTasks", ["ecs:DescribeTasks"], [ecsArn.tasks(scope, cluster)]),
    allow("EcsListTasks", ["ecs:ListTasks"], ["*"], inCluster(scope, cluster))
  ];
}
function byCluster(targets, make) {
  const clusters = [...new Set(targets.map((t) => t.cluster))];
  return clusters.flatMap(
    (cluster) => make(
      cluster,
      targets.filter((t) => t.cluster === cluster)
    )
  );
}
export {
  actions,
  permissions
};
