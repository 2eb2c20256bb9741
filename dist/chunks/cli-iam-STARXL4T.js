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
  familyOf,
  hasTemplate,
  inCluster,
  logStreamsArn,
  passRoles,
  scoped
} from "./cli-chunk-4MTFSXSX.js";
import "./cli-chunk-VA2HRYOR.js";
import "./cli-chunk-UXGSYE36.js";
import "./cli-chunk-75YOGVQ5.js";
import "./cli-chunk-V74XWLEX.js";
import "./cli-chunk-KHYJZ6HU.js";

// src/phases/ecs-run-task/iam.ts
var actions = [
  "ecs:DescribeTaskDefinition",
  "ecs:RegisterTaskDefinition",
  "ecs:DescribeServices",
  "ecs:RunTask",
  "ecs:DescribeTasks",
  "ecs:StopTask",
  "logs:GetLogEvents",
  "iam:PassRole"
];
async function permissions(c, scope) {
  const cluster = scoped(scope, c.cluster, "cluster");
  const definition = await definitionOf(c["task-definition"].trim(), scope);
  const statements = [
    allow("EcsReadTaskDefinitions", ["ecs:DescribeTaskDefinition"], ["*"]),
    ...definition.statements,
    allow(
      "EcsRunTasks",
      ["ecs:RunTask"],
      [ecsArn.family(scope, definition.family)],
      inCluster(scope, cluster)
    ),
    allow("EcsReadTasks", ["ecs:DescribeTasks"], [ecsArn.tasks(scope, cluster)]),
    // A timed-out or cancelled phase stops the tasks it started (wait.ts).
    allow("EcsStopTasks", ["ecs:StopTask"], [ecsArn.tasks(scope, cluster)]),
    passRoles(definition.roles)
  ];
  const from = c["network-from"];
  if (from !== void 0)
    statements.push(
      allow(
        "EcsReadServices",
        ["ecs:DescribeServices"],
        [ecsArn.service(scope, cluster, scoped(scope, from, "network-from"))]
      )
    );
  if (c["log-lines"] > 0 && definition.logStreams.length > 0)
    statements.push(allow("ReadTaskLogs", ["logs:GetLogEvents"], definition.logStreams));
  return statements;
}
async function definitionOf(ref, scope) {
  if (/\.json$/i.test(ref) && !hasTemplate(ref)) {
    const facts = await definitionFacts(ref, scope);
    return {
      ...facts,
      statements: [
        allow(
          "EcsRegisterTaskDefinitions",
          ["ecs:RegisterTaskDefinition"],
          [ecsArn.family(scope, facts.family)]
        )
      ]
    };
  }
  scope.note(
    `phase ${scope.phase.id}: the roles and log group of task definition ${ref} are not in the plan: any role of the account, any log group`
  );
  return {
    family: familyOf(scoped(scope, ref, "task-definition")),
    roles: [anyRole(scope)],
    logStreams: [logStreamsArn(scope, "*")],
    statements: []
  };
}
export {
  actions,
  permissions
};
