import { createRequire as __phasegateCreateRequire } from 'node:module';
const require = __phasegateCreateRequire(import.meta.url);
import {
  require_dist_cjs
} from "./cli-chunk-SG3GCVAO.js";
import {
  __toESM
} from "./cli-chunk-KHYJZ6HU.js";

// src/aws/ecs/tasks.ts
var import_client_ecs = __toESM(require_dist_cjs(), 1);
var DESCRIBE_TASKS_LIMIT = 100;
function taskId(arn) {
  return arn.slice(arn.lastIndexOf("/") + 1);
}
async function describeTasks(ecs, cluster, arns, signal) {
  const tasks = [];
  for (let i = 0; i < arns.length; i += DESCRIBE_TASKS_LIMIT) {
    const chunk = arns.slice(i, i + DESCRIBE_TASKS_LIMIT);
    const answer = await ecs.send(new import_client_ecs.DescribeTasksCommand({ cluster, tasks: chunk }), {
      abortSignal: signal
    });
    tasks.push(...answer.tasks ?? []);
  }
  return tasks;
}
function containerReason(container, task) {
  return container.reason && container.reason !== task.stoppedReason ? container.reason : void 0;
}
function stoppedReasonOf(task) {
  const parts = task.stoppedReason ? [task.stoppedReason] : [];
  for (const c of task.containers ?? []) {
    const details = [
      containerReason(c, task),
      c.exitCode !== void 0 && c.exitCode !== 0 ? `exit code ${c.exitCode}` : void 0
    ].filter((d) => d !== void 0);
    if (details.length > 0) parts.push(`container ${c.name}: ${details.join(", ")}`);
  }
  return [...new Set(parts)].join("; ");
}
async function listStoppedTasks(ecs, cluster, service, signal) {
  const listed = await ecs.send(
    new import_client_ecs.ListTasksCommand({ cluster, serviceName: service, desiredStatus: "STOPPED" }),
    { abortSignal: signal }
  );
  return (listed.taskArns ?? []).slice(0, DESCRIBE_TASKS_LIMIT);
}
async function stoppedReasons(ecs, cluster, service, of, signal) {
  const arns = await listStoppedTasks(ecs, cluster, service, signal);
  if (arns.length === 0) return [];
  const ours = (await describeTasks(ecs, cluster, arns, signal)).filter(
    (t) => (of.startedBy === void 0 || t.startedBy === of.startedBy) && (of.taskDefinitionArn === void 0 || t.taskDefinitionArn === of.taskDefinitionArn)
  );
  return countReasons(ours.map(stoppedReasonOf).filter((r) => r !== ""));
}
function countReasons(reasons) {
  const counts = /* @__PURE__ */ new Map();
  for (const r of reasons) counts.set(r, (counts.get(r) ?? 0) + 1);
  return [...counts].map(([reason, count]) => ({ reason, count }));
}

// src/aws/ecs/links.ts
function clusterPage(region, cluster) {
  return `https://${region}.console.aws.amazon.com/ecs/v2/clusters/${encodeURIComponent(cluster)}`;
}
function serviceLink(region, cluster, service) {
  return `${clusterPage(region, cluster)}/services/${encodeURIComponent(service)}/deployments`;
}
function taskLink(region, cluster, taskId2) {
  return `${clusterPage(region, cluster)}/tasks/${encodeURIComponent(taskId2)}/configuration`;
}

export {
  serviceLink,
  taskLink,
  taskId,
  describeTasks,
  containerReason,
  stoppedReasonOf,
  listStoppedTasks,
  stoppedReasons
};
