import { createRequire as __phasegateCreateRequire } from 'node:module';
const require = __phasegateCreateRequire(import.meta.url);

// src/aws/iam.ts
function allow(Sid, Action, Resource, Condition) {
  return { Sid, Effect: "Allow", Action, Resource, ...Condition ? { Condition } : {} };
}
var TEMPLATE = /\$\{\{[^}]*\}\}/g;
function hasTemplate(value) {
  return /\$\{\{/.test(value);
}
function scoped(scope, value, what) {
  if (!hasTemplate(value)) return value;
  scope.note(`phase ${scope.phase.id}: ${what} is ${value}, known only at run time: any matches`);
  return value.replace(TEMPLATE, "*");
}
function base(scope, service) {
  return `arn:${scope.partition}:${service}:${scope.region}:${scope.account}`;
}
function clusterName(cluster) {
  const at = cluster.lastIndexOf(":cluster/");
  return at >= 0 ? cluster.slice(at + ":cluster/".length) : cluster;
}
var ecsArn = {
  cluster: (scope, cluster) => cluster.startsWith("arn:") ? cluster : `${base(scope, "ecs")}:cluster/${cluster}`,
  service: (scope, cluster, service) => `${base(scope, "ecs")}:service/${clusterName(cluster)}/${service}`,
  tasks: (scope, cluster) => `${base(scope, "ecs")}:task/${clusterName(cluster)}/*`,
  family: (scope, family) => `${base(scope, "ecs")}:task-definition/${family}:*`
};
function inCluster(scope, cluster) {
  return { ArnEquals: { "ecs:cluster": ecsArn.cluster(scope, cluster) } };
}
function familyOf(ref) {
  const name = ref.includes(":task-definition/") ? ref.split(":task-definition/")[1] : ref;
  return (name ?? ref).split(":")[0] ?? ref;
}
function passRoles(roles) {
  return allow("PassTaskRoles", ["iam:PassRole"], roles, {
    StringEquals: { "iam:PassedToService": "ecs-tasks.amazonaws.com" }
  });
}
function anyRole(scope) {
  return `arn:${scope.partition}:iam::${scope.account}:role/*`;
}
function parameterArn(scope, name) {
  if (name.startsWith("arn:")) return name.replace(/(:parameter\/[^:]*):[^:/]+$/, "$1");
  const bare = name.replace(/^\//, "").replace(/:[^:/]+$/, "");
  return `${base(scope, "ssm")}:parameter/${bare}`;
}
function decryptViaSsm(scope) {
  return allow("DecryptSecureStrings", ["kms:Decrypt"], [`${base(scope, "kms")}:key/*`], {
    StringEquals: { "kms:ViaService": `ssm.${scope.region}.amazonaws.com` }
  });
}
function secretArns(scope, secret) {
  const arn = secret.startsWith("arn:") ? secret : `${base(scope, "secretsmanager")}:secret:${secret}`;
  return /-[A-Za-z0-9]{6}$/.test(arn) ? [arn] : [arn, `${arn}-??????`];
}
function readSecret(scope, secret, what) {
  return allow(
    "DatabaseSecret",
    ["secretsmanager:GetSecretValue"],
    secretArns(scope, scoped(scope, secret, what))
  );
}
function logStreamsArn(scope, group) {
  return `${base(scope, "logs")}:log-group:${group}:log-stream:*`;
}
function rdsClusterArn(scope, arn) {
  return scoped(scope, arn, "resource-arn");
}
function matchesPattern(pattern, name, ignoreCase = false) {
  const source = pattern.split("").map((c) => c === "*" ? ".*" : c === "?" ? "." : c.replace(/[.+^${}()|[\]\\]/g, "\\$&")).join("");
  return new RegExp(`^${source}$`, ignoreCase ? "is" : "s").test(name);
}

export {
  allow,
  hasTemplate,
  scoped,
  ecsArn,
  inCluster,
  familyOf,
  passRoles,
  anyRole,
  parameterArn,
  decryptViaSsm,
  readSecret,
  logStreamsArn,
  rdsClusterArn,
  matchesPattern
};
