import { createRequire as __phasegateCreateRequire } from 'node:module';
const require = __phasegateCreateRequire(import.meta.url);
import {
  namedContainers
} from "./cli-chunk-WZJWESXX.js";
import {
  lastLogLines
} from "./cli-chunk-ES2HR7A7.js";
import {
  containerReason,
  describeTasks,
  taskId,
  taskLink
} from "./cli-chunk-DZ4Y47PX.js";
import {
  assertRegistrable
} from "./cli-chunk-L2CRBLOY.js";
import {
  missingContainers,
  missingContainersFailure
} from "./cli-chunk-V467Q2W7.js";
import {
  pollUntil
} from "./cli-chunk-K2QFP72G.js";
import {
  planItem
} from "./cli-chunk-PJXLJJV7.js";
import "./cli-chunk-75MUJ4UL.js";
import {
  readDefinitionFile
} from "./cli-chunk-WBWNTIY6.js";
import "./cli-chunk-N2YYZX6X.js";
import {
  formatAwsDuration
} from "./cli-chunk-ELRKWGRC.js";
import "./cli-chunk-M72AZLB3.js";
import {
  describeServices,
  findTaskDefinition,
  latestRevisionMatching,
  registerTaskDefinition,
  require_dist_cjs
} from "./cli-chunk-SG3GCVAO.js";
import "./cli-chunk-HDFOPGFY.js";
import {
  retryingFaults
} from "./cli-chunk-WFASBRMW.js";
import "./cli-chunk-HAJALABQ.js";
import "./cli-chunk-BVZ7ELGM.js";
import {
  containerDefinitionsOf,
  isRecord
} from "./cli-chunk-VA2HRYOR.js";
import "./cli-chunk-UXGSYE36.js";
import {
  PhaseFailure
} from "./cli-chunk-75YOGVQ5.js";
import {
  cell
} from "./cli-chunk-2SUYFAK7.js";
import {
  plural,
  shortTaskId
} from "./cli-chunk-V74XWLEX.js";
import "./cli-chunk-HT5AY7AV.js";
import {
  __toESM
} from "./cli-chunk-KHYJZ6HU.js";

// src/phases/ecs-run-task/network.ts
var import_client_ecs = __toESM(require_dist_cjs(), 1);
async function resolvePlacement(ctx, definition) {
  const { config } = ctx;
  const serviceName = config["network-from"];
  if (serviceName !== void 0)
    return fromService(ctx, await findService(ctx, serviceName), definition);
  const launchType = config["launch-type"] ?? defaultLaunchType(definition);
  const launch = launchType ? { launchType } : {};
  if (config.network) {
    checkAwsvpc(definition, "network is given");
    return { networkConfiguration: awsvpc(config.network), ...launch, source: "given in the plan" };
  }
  if (definition.networkMode === "awsvpc")
    throw new PhaseFailure(
      `task definition ${definition.label} uses awsvpc networking, which needs a network`,
      {
        hint: "add network: { subnets: [...], security-groups: [...] } or network-from: <service>"
      }
    );
  return { ...launch, source: `none (${definition.networkMode ?? "default"} network mode)` };
}
function awsvpc(network) {
  return {
    awsvpcConfiguration: {
      subnets: network.subnets,
      securityGroups: network["security-groups"] ?? [],
      assignPublicIp: network["assign-public-ip"] ? "ENABLED" : "DISABLED"
    }
  };
}
function defaultLaunchType(definition) {
  const c = definition.compatibilities;
  return c.includes("FARGATE") && !c.includes("EC2") ? "FARGATE" : void 0;
}
function checkAwsvpc(definition, why) {
  const mode = definition.networkMode;
  if (definition.source === "not-known-yet" || mode === void 0 || mode === "awsvpc") return;
  throw new PhaseFailure(
    `${why}, but task definition ${definition.label} uses network mode ${mode}, not awsvpc`,
    { hint: "drop the network setting, or run an awsvpc task definition" }
  );
}
async function findService(ctx, name) {
  const cluster = ctx.config.cluster;
  const found = await describeServices(ctx.aws.client(import_client_ecs.ECSClient), cluster, [name], ctx.signal);
  const [service] = found.values();
  if (service?.status !== "ACTIVE")
    throw new PhaseFailure(
      `network-from: service ${name} ${service ? `is ${service.status}` : "does not exist"} in cluster ${cluster}`,
      { hint: "name an ACTIVE service of the same cluster, or give network: instead" }
    );
  return service;
}
function fromService(ctx, service, definition) {
  const name = service.serviceName ?? ctx.config["network-from"];
  const source = `copied from service ${name}`;
  const launch = launchOf(ctx.config["launch-type"], service);
  const network = service.networkConfiguration;
  if (definition.networkMode === "awsvpc" && !network?.awsvpcConfiguration)
    throw new PhaseFailure(`network-from: service ${name} has no awsvpc network to copy`, {
      hint: "give network: { subnets: [...], security-groups: [...] } instead"
    });
  const copy = definition.networkMode === "awsvpc" || definition.source === "not-known-yet";
  return { ...copy && network ? { networkConfiguration: network } : {}, ...launch, source };
}
function launchOf(given, service) {
  if (given) return { launchType: given };
  const strategy = service.capacityProviderStrategy ?? [];
  if (strategy.length > 0) return { capacityProviderStrategy: strategy };
  if (!service.launchType) return {};
  const platform = service.launchType === "FARGATE" && service.platformVersion ? { platformVersion: service.platformVersion } : {};
  return { launchType: service.launchType, ...platform };
}
function describePlacement(p) {
  const vpc = p.networkConfiguration?.awsvpcConfiguration;
  const launch = p.launchType ? `launch type ${p.launchType}` : p.capacityProviderStrategy ? `capacity providers ${p.capacityProviderStrategy.map((s) => s.capacityProvider).join(", ")}` : "the cluster's default capacity provider";
  if (!vpc) return `${launch}; network ${p.source}`;
  const groups = vpc.securityGroups?.length ? `, security groups ${vpc.securityGroups.join(", ")}` : "";
  return `${launch}; subnets ${(vpc.subnets ?? []).join(", ")}${groups}, public IP ${vpc.assignPublicIp ?? "DISABLED"} (${p.source})`;
}

// src/phases/ecs-run-task/report.ts
var SOURCE = {
  registered: "",
  unchanged: " (the file matches this revision: nothing registered)",
  "new-revision": " (registered from the file by this run)",
  "would-register": " (would be registered: the file differs from the latest revision)",
  "not-known-yet": " (known once the earlier phase has run)"
};
function header(s) {
  const { config, definition } = s;
  const tasks = plural(config.count, "task");
  return [
    `**${definition.label}**${SOURCE[definition.source]}, ${tasks} on cluster \`${config.cluster}\``,
    "",
    `- network: ${describePlacement(s.placement)}`,
    ...overrideLines(config)
  ];
}
function overrideLines(config) {
  const o = config.overrides;
  if (!o) return [];
  const lines = [];
  const on = config.container ? ` (container ${config.container})` : "";
  if (o.command) lines.push(`- command${on}: \`${o.command.join(" ")}\``);
  if (o.environment) lines.push(`- environment${on}: ${Object.keys(o.environment).join(", ")}`);
  for (const [name, c] of Object.entries(o.containers ?? {})) {
    if (c.command) lines.push(`- command (container ${name}): \`${c.command.join(" ")}\``);
    if (c.environment)
      lines.push(`- environment (container ${name}): ${Object.keys(c.environment).join(", ")}`);
  }
  if (o.cpu || o.memory)
    lines.push(
      `- task size: ${[o.cpu && `cpu ${o.cpu}`, o.memory && `memory ${o.memory}`].filter(Boolean).join(", ")}`
    );
  return lines;
}
function table(s) {
  const rows = s.outcomes.map(
    (o) => [
      `[${shortTaskId(o.id)}](${taskLink(s.region, s.config.cluster, o.id)})`,
      o.ok ? "\u2705" : "\u274C",
      cell(o.container),
      cell(o.exitCode),
      cell(o.reason),
      o.durationMs !== void 0 ? formatAwsDuration(o.durationMs, s.simulatedTime) : ""
    ].join(" | ")
  );
  return [
    "| task | | container | exit code | how it ended | duration |",
    "| --- | --- | --- | --- | --- | --- |",
    ...rows.map((r) => `| ${r} |`)
  ];
}
function fenced(lines) {
  const longest = Math.max(
    0,
    ...lines.map((l) => Math.max(0, ...(l.match(/`+/g) ?? []).map((m) => m.length)))
  );
  const fence = "`".repeat(Math.max(3, longest + 1));
  return [`${fence}text`, ...lines, fence];
}
function tailSection(tail, limit) {
  const where = tail.stream ? ` (\`${tail.group}\` \u203A \`${tail.stream}\`)` : "";
  const title = `**Log of \`${tail.container}\` in task ${shortTaskId(tail.taskId)}**${where}`;
  if (tail.lines.length === 0) return [`${title}: ${tail.note ?? "no lines"}`];
  const count = tail.lines.length === limit ? `last ${limit} lines` : plural(tail.lines.length, "line");
  return [`${title}, ${count}:`, "", ...fenced(tail.lines)];
}
function runDetails(s) {
  const parts = [header(s), table(s)];
  if (s.launchFailures) parts.push([`ECS could not start every task: ${s.launchFailures}`]);
  for (const tail of s.tails) parts.push(tailSection(tail, s.config["log-lines"]));
  return parts.map((p) => p.join("\n")).join("\n\n");
}
function planDetails(s) {
  return header(s).join("\n");
}
function runTaskPlan(s) {
  const { config, definition } = s;
  const line = `${plural(config.count, "task")} of ${definition.label} on cluster ${config.cluster}${SOURCE[definition.source]}`;
  const facts = [
    `network: ${describePlacement(s.placement)}`,
    ...overrideLines(config).map((l) => l.replace(/^- /, "").replaceAll("`", ""))
  ];
  return { changes: true, items: [planItem(line, facts)] };
}

// src/phases/ecs-run-task/start.ts
var import_client_ecs3 = __toESM(require_dist_cjs(), 1);
import { randomUUID } from "node:crypto";

// src/phases/ecs-run-task/task-definition.ts
var import_client_ecs2 = __toESM(require_dist_cjs(), 1);
var FAMILY_REF = /^[A-Za-z0-9_-]{1,255}(:\d+)?$/;
var PLACEHOLDER = /^<phases\.[^>]+>$/;
async function resolveTaskDefinition(ctx, mode) {
  const ref = ctx.config["task-definition"].trim();
  if (mode === "plan" && PLACEHOLDER.test(ref))
    return { label: ref, source: "not-known-yet", compatibilities: [], containers: [] };
  if (/\.json$/i.test(ref)) return fromFile(ctx, ref, mode);
  if (!ref.startsWith("arn:") && !FAMILY_REF.test(ref))
    throw new PhaseFailure(
      `task-definition "${ref}" is not a family, a revision, an ARN or a file`,
      {
        hint: "write family, family:revision, arn:aws:ecs:\u2026:task-definition/family:revision, or a path ending in .json"
      }
    );
  const described = await findTaskDefinition(ctx.aws.client(import_client_ecs2.ECSClient), ref, ctx.signal);
  if (!described) throw notFound(ref);
  return view(described, "registered");
}
async function fromFile(ctx, path, mode) {
  const input = await readDefinitionFile(path, ctx.plan.file, ctx.render);
  const ecs = ctx.aws.client(import_client_ecs2.ECSClient);
  const unchanged = await latestRevisionMatching(ecs, input, ctx.signal);
  if (unchanged) return view(unchanged, "unchanged");
  assertRegistrable(input, `task-definition ${path}`, ctx.config["launch-type"]);
  if (mode === "plan") return planView(input, String(input.family));
  return view(await registerTaskDefinition(ecs, input, ctx.signal), "new-revision");
}
function notFound(ref) {
  return new PhaseFailure(`task definition ${ref} not found`, {
    hint: "check the family and revision (aws ecs list-task-definitions --family-prefix \u2026), or give a JSON file"
  });
}
function view(td, source) {
  const label = `${td.family}:${td.revision}`;
  if (td.status === "INACTIVE")
    throw new PhaseFailure(`task definition ${label} is INACTIVE (deregistered) and cannot run`, {
      hint: "name an ACTIVE revision, or the family alone for its latest ACTIVE revision"
    });
  return {
    arn: td.taskDefinitionArn,
    label,
    source,
    ...td.networkMode ? { networkMode: td.networkMode } : {},
    compatibilities: td.requiresCompatibilities ?? [],
    containers: containersOf(containerDefinitionsOf(td))
  };
}
function planView(input, family) {
  return {
    label: `${family} (new revision)`,
    source: "would-register",
    ...typeof input.networkMode === "string" ? { networkMode: input.networkMode } : {},
    compatibilities: Array.isArray(input.requiresCompatibilities) ? input.requiresCompatibilities.map(String) : [],
    containers: containersOf(containerDefinitionsOf(input))
  };
}
function containersOf(list) {
  return list.map((c) => {
    const log = isRecord(c.logConfiguration) ? c.logConfiguration : {};
    const options = isRecord(log.options) ? log.options : {};
    return {
      name: String(c.name ?? ""),
      essential: c.essential !== false,
      image: String(c.image ?? ""),
      ...typeof log.logDriver === "string" ? { logDriver: log.logDriver } : {},
      logOptions: Object.fromEntries(Object.entries(options).map(([k, v]) => [k, String(v)]))
    };
  });
}
function mainContainer(definition, named) {
  if (named !== void 0) return definition.containers.find((c) => c.name === named);
  return definition.containers.find((c) => c.essential) ?? definition.containers[0];
}
function checkContainerNames(definition, config) {
  if (definition.source === "not-known-yet") return;
  const td = { containerDefinitions: definition.containers };
  const missing = missingContainersFailure(
    missingContainers(td, namedContainers(config)),
    definition.label
  );
  if (missing) throw new PhaseFailure(missing.message, { hint: missing.hint });
}

// src/phases/ecs-run-task/start.ts
var OVERRIDES_LIMIT = 8192;
function containerOverrides(config, definition) {
  const o = config.overrides ?? {};
  const byName = /* @__PURE__ */ new Map();
  if (o.command || o.environment) {
    const target = mainContainer(definition, config.container);
    if (!target) throw new PhaseFailure(`task definition ${definition.label} has no container`);
    byName.set(target.name, { ...pick(o) });
  }
  for (const [name, own] of Object.entries(o.containers ?? {}))
    byName.set(name, { ...byName.get(name), ...pick(own) });
  return [...byName].map(([name, s]) => ({
    name,
    ...s.command ? { command: s.command } : {},
    ...s.environment ? { environment: Object.entries(s.environment).map(([k, value]) => ({ name: k, value })) } : {}
  }));
}
function pick(s) {
  return {
    ...s.command ? { command: s.command } : {},
    ...s.environment ? { environment: s.environment } : {}
  };
}
function taskOverrides(config, definition) {
  const overrides = {
    containerOverrides: containerOverrides(config, definition),
    ...config.overrides?.cpu ? { cpu: config.overrides.cpu } : {},
    ...config.overrides?.memory ? { memory: config.overrides.memory } : {}
  };
  const size = JSON.stringify(overrides).length;
  if (size > OVERRIDES_LIMIT)
    throw new PhaseFailure(
      `the overrides take ${size} characters; ECS allows at most ${OVERRIDES_LIMIT}`,
      { hint: "move long values into the task definition or an SSM parameter the task reads" }
    );
  return overrides;
}
function startedBy(config, phaseId) {
  return config["started-by"] ?? `phasegate-${phaseId}`.replace(/[^A-Za-z0-9_-]/g, "-").slice(0, 36);
}
function runTaskInput(config, definition, placement, phaseId) {
  const { source: _source, ...where } = placement;
  return {
    cluster: config.cluster,
    taskDefinition: definition.arn,
    count: config.count,
    startedBy: startedBy(config, phaseId),
    overrides: taskOverrides(config, definition),
    ...where
  };
}
async function startTasks(ctx, input) {
  const command = new import_client_ecs3.RunTaskCommand({ ...input, clientToken: input.clientToken ?? randomUUID() });
  const answer = await retryingFaults(() => ctx.aws.client(import_client_ecs3.ECSClient).send(command), {
    signal: ctx.signal,
    onRetry: (why) => ctx.log.info(`RunTask interrupted (${why}); trying again with its token`)
  });
  return { tasks: answer.tasks ?? [], failures: answer.failures ?? [] };
}

// src/phases/ecs-run-task/plan.ts
async function planRunTask(ctx) {
  const definition = await resolveTaskDefinition(ctx, "plan");
  checkContainerNames(definition, ctx.config);
  if (definition.source !== "not-known-yet") taskOverrides(ctx.config, definition);
  const placement = await resolvePlacement(ctx, definition);
  const { count, cluster } = ctx.config;
  const shown = { config: ctx.config, definition, placement };
  return {
    summary: `would run ${plural(count, "task")} of ${definition.label} on ${cluster}`,
    details: planDetails(shown),
    plan: runTaskPlan(shown)
  };
}

// src/phases/ecs-run-task/run.ts
var import_client_ecs5 = __toESM(require_dist_cjs(), 1);

// src/phases/ecs-run-task/logs.ts
async function readLogTail(ctx, definition, outcome, limit) {
  const name = outcome.container ?? "";
  const base = { taskId: outcome.id, container: name, lines: [] };
  const where = destination(definition, outcome, name);
  if (typeof where === "string") return { ...base, note: where };
  const tail = { ...base, group: where.group, stream: where.stream };
  if (where.region && where.region !== ctx.aws.region)
    return {
      ...tail,
      note: `the log is in region ${where.region}; phasegate reads ${ctx.aws.region}`
    };
  try {
    return { ...tail, lines: await lastLogLines(ctx, where, limit) };
  } catch (error) {
    if (ctx.signal.aborted) throw error;
    return { ...tail, note: unreadable(error, outcome) };
  }
}
function destination(definition, outcome, name) {
  const container = definition.containers.find((c) => c.name === name);
  if (!container) return `no container to read a log from`;
  if (!container.logDriver) return `container ${name} has no log configuration`;
  if (container.logDriver !== "awslogs")
    return `container ${name} logs with ${container.logDriver}, not awslogs: no log tail`;
  const group = container.logOptions["awslogs-group"];
  if (!group) return `container ${name} has no awslogs-group`;
  const region = container.logOptions["awslogs-region"];
  const prefix = container.logOptions["awslogs-stream-prefix"];
  const stream = prefix ? `${prefix}/${name}/${outcome.id}` : runtimeId(outcome, name);
  if (!stream) return `container ${name} has no awslogs-stream-prefix and no runtime id`;
  return { group, stream, ...region ? { region } : {} };
}
function runtimeId(outcome, name) {
  const container = outcome.task.containers?.find((c) => c.name === name);
  return container?.runtimeId;
}
function unreadable(error, outcome) {
  const name = error instanceof Error ? error.name : "";
  if (name === "ResourceNotFoundException")
    return outcome.task.startedAt ? "no log stream: the container wrote nothing, or the log group does not exist" : "no log: the container never started";
  return `the log could not be read: ${error instanceof Error ? error.message : String(error)}`;
}
function logTailLines(tail, limit) {
  const where = tail.stream ? ` (${tail.group} ${tail.stream})` : "";
  const title = `log of container ${tail.container} in task ${shortTaskId(tail.taskId)}${where}`;
  if (tail.lines.length === 0) return [`${title}: ${tail.note ?? "no lines"}`];
  const count = tail.lines.length === limit ? `last ${limit} lines` : plural(tail.lines.length, "line");
  return [`${title}, ${count}:`, ...tail.lines.map((line) => `  | ${line}`)];
}

// src/phases/ecs-run-task/outcome.ts
var INTERRUPTED = [
  "UserInitiated",
  "ServiceSchedulerInitiated",
  "SpotInterruption",
  "TerminationNotice"
];
function judgeTask(task, definition, named) {
  const id = taskId(task.taskArn ?? "");
  const durationMs = durationOf(task);
  const base = { task, id, ...durationMs !== void 0 ? { durationMs } : {} };
  const main = mainContainer(definition, named)?.name ?? task.containers?.[0]?.name;
  if (task.stopCode === "TaskFailedToStart" || !task.startedAt)
    return {
      ...base,
      ...of(task, main),
      ok: false,
      reason: `never started: ${notStartedReason(task)}`
    };
  const failed = decisive(task, definition, named).filter((c) => c.exitCode !== 0);
  const first = failed[0];
  if (first) {
    const reason = `failed: ${failed.map((c) => exitLine(c, task)).join("; ")}`;
    return { ...base, ...of(task, first.name), ok: false, reason };
  }
  if (task.stopCode && INTERRUPTED.includes(task.stopCode))
    return {
      ...base,
      ...of(task, main),
      ok: false,
      reason: `stopped before it finished: ${task.stoppedReason || "no reason given"} (${task.stopCode})`
    };
  const decided = named ?? main;
  return {
    ...base,
    ...of(task, decided),
    ok: true,
    reason: `succeeded: container ${decided} exited with code 0`
  };
}
function decisive(task, definition, named) {
  const names = named !== void 0 ? [named] : definition.containers.filter((c) => c.essential).map((c) => c.name);
  const reported = task.containers ?? [];
  if (names.length === 0) return reported;
  return names.map((name) => reported.find((c) => c.name === name) ?? { name });
}
function of(task, name) {
  if (name === void 0) return {};
  const exitCode = task.containers?.find((c) => c.name === name)?.exitCode;
  return { container: name, ...exitCode !== void 0 ? { exitCode } : {} };
}
function exitLine(c, task) {
  const name = c.name ?? "unnamed";
  if (c.exitCode === void 0 || c.exitCode === null)
    return `container ${name} has no exit code: ${c.reason || task.stoppedReason || `stop code ${task.stopCode ?? "unknown"}`}`;
  return `container ${name} exited with code ${c.exitCode}${c.reason ? `: ${c.reason}` : ""}`;
}
function notStartedReason(task) {
  const containerReasons = (task.containers ?? []).map((c) => containerReason(c, task));
  const reasons = [task.stoppedReason, ...new Set(containerReasons)].filter(Boolean);
  if (reasons.length > 0) return reasons.join("; ");
  return `ECS gave no reason (stop code ${task.stopCode ?? "unknown"})`;
}
function durationOf(task) {
  const from = task.createdAt;
  const to = task.stoppedAt;
  return from && to ? to.getTime() - from.getTime() : void 0;
}
function failureMessage(outcomes, label) {
  const failed = outcomes.filter((o) => !o.ok);
  const first = failed[0];
  if (!first) return `${label}: all tasks succeeded`;
  const task = `task ${shortTaskId(first.id)} (${label}) ${first.reason}`;
  return outcomes.length === 1 ? task : `${failed.length} of ${outcomes.length} tasks failed; ${task}`;
}

// src/phases/ecs-run-task/placement.ts
var DOC = "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/api_failures_messages.html";
var ADVICE = [
  [
    (r) => r === "RESOURCE:CPU" || r === "RESOURCE:MEMORY",
    "no container instance of the cluster has the CPU or memory the task asks for: add or enlarge instances (or raise the capacity provider\u2019s Auto Scaling group), or ask for less (`overrides.cpu`/`overrides.memory`, or the task definition)"
  ],
  [
    (r) => r.startsWith("RESOURCE:PORTS"),
    "the host ports the task needs are taken on every instance: free them, add instances, or use dynamic host ports or awsvpc"
  ],
  [
    (r) => r === "RESOURCE:ENI",
    "no instance has an elastic network interface left for an awsvpc task: add instances, turn on ENI trunking, or run on Fargate"
  ],
  [
    (r) => r.startsWith("RESOURCE:"),
    "the cluster lacks a resource the task asks for: add instances that have it"
  ],
  [
    (r) => r === "AGENT",
    'the ECS agent of the container instance is disconnected: restart or replace the instance (see "How do I troubleshoot a disconnected Amazon ECS agent" on AWS re:Post), then run the phase again'
  ],
  [
    (r) => r === "LOCATION",
    "the container instances are in other Availability Zones than the task\u2019s subnets: give subnets in the instances\u2019 zones"
  ],
  [
    (r) => r === "ATTRIBUTE",
    "the task definition needs an instance attribute the instances lack (for awsvpc, ecs.capability.task-eni): use instances that have it, or change the task definition"
  ],
  [
    (r) => r.startsWith("Capacity is unavailable"),
    "Fargate has no capacity for the task in the subnets\u2019 Availability Zones just now: run the phase again later, or give subnets in more zones"
  ]
];
function describeFailures(failures) {
  return failures.map(describeOne).join("; ");
}
function describeOne(f) {
  const reason = [f.reason ?? "no reason given", f.detail].filter(Boolean).join(": ");
  const instance = f.arn?.includes(":container-instance/") ? f.arn.split("/").at(-1) : void 0;
  return instance ? `${reason} (container instance ${instance})` : reason;
}
function placementAdvice(failures) {
  const advice = /* @__PURE__ */ new Set();
  for (const f of failures) {
    const found = ADVICE.find(([test]) => test(f.reason ?? ""));
    if (found) advice.add(found[1]);
  }
  if (advice.size === 0) advice.add("ECS gave a reason phasegate does not know");
  return `${[...advice].join("; ")} (${DOC})`;
}
function unplacedTasks(started, asked, label, log) {
  const got = started.tasks.length;
  const reasons = started.failures.length > 0 ? describeFailures(started.failures) : "ECS gave no reason";
  if (got >= asked) {
    if (started.failures.length > 0) log.warning(`RunTask reported failures: ${reasons}`);
    return void 0;
  }
  const advice = placementAdvice(started.failures);
  if (got === 0) {
    const what = asked === 1 ? "the task" : `any of the ${asked} tasks`;
    throw new PhaseFailure(`ECS could not place ${what} of ${label}: ${reasons}`, {
      hint: `${advice}; nothing was started, so nothing is left running`
    });
  }
  log.warning(
    `ECS started ${got} of ${asked} tasks of ${label}: ${reasons}; waiting for the ${got} that started, then the phase fails`
  );
  return { reasons, advice };
}

// src/phases/ecs-run-task/wait.ts
var import_client_ecs4 = __toESM(require_dist_cjs(), 1);
var STOP_TIMEOUT_MS = 3e3;
async function waitForTasks(arns, o) {
  const seen = /* @__PURE__ */ new Map();
  const stopped = await pollUntil(async () => {
    const tasks = await describeTasks(o.ecs, o.cluster, arns, o.signal);
    logTransitions(tasks, seen, o.log);
    if (tasks.length === arns.length && tasks.every((t) => t.lastStatus === "STOPPED"))
      return tasks;
    o.log.progress(waitingLine(arns, tasks));
    return void 0;
  }, o);
  if (stopped) return stopped;
  throw await stopAfterAbort(arns, seen, o);
}
function logTransitions(tasks, seen, log) {
  for (const t of tasks) {
    const arn = t.taskArn ?? "";
    const status = t.lastStatus ?? "UNKNOWN";
    if (seen.get(arn) === status) continue;
    seen.set(arn, status);
    log.info(`task ${shortTaskId(taskId(arn))}: ${status}`);
  }
}
function waitingLine(arns, tasks) {
  if (arns.length === 1) {
    const status = tasks[0]?.lastStatus ?? "not visible yet";
    return `waiting for task ${shortTaskId(taskId(arns[0] ?? ""))} to stop (${status})`;
  }
  const counts = /* @__PURE__ */ new Map();
  for (const t of tasks)
    counts.set(t.lastStatus ?? "?", (counts.get(t.lastStatus ?? "?") ?? 0) + 1);
  const parts = [...counts].map(([s, n]) => `${n} ${s}`).join(", ");
  return `waiting for ${arns.length} tasks to stop (${parts || "not visible yet"})`;
}
async function stopAfterAbort(arns, seen, o) {
  const why = o.signal.reason instanceof Error ? o.signal.reason.message : "the phase was stopped";
  const running = arns.filter((arn) => seen.get(arn) !== "STOPPED");
  const lines = await stopTasks(running, `phasegate: ${why}`.slice(0, 255), o);
  return new PhaseFailure(why, { details: lines.map((l) => `- ${l}`).join("\n") });
}
async function stopTasks(arns, reason, o) {
  return Promise.all(
    arns.map(async (arn) => {
      const id = shortTaskId(taskId(arn));
      try {
        await o.ecs.send(new import_client_ecs4.StopTaskCommand({ cluster: o.cluster, task: arn, reason }), {
          abortSignal: AbortSignal.timeout(STOP_TIMEOUT_MS)
        });
        o.log.warning(`stopped task ${id} (StopTask): ${reason}`);
        return `stopped task ${id} (StopTask): ${reason}`;
      } catch (error) {
        const message = `could not stop task ${id}: ${error.message}; stop it in the console`;
        o.log.error(message);
        return message;
      }
    })
  );
}

// src/phases/ecs-run-task/run.ts
async function runRunTask(ctx) {
  const definition = await resolveTaskDefinition(ctx, "run");
  checkContainerNames(definition, ctx.config);
  const arn = known(definition);
  ctx.log.info(`task definition ${definition.label} (${definition.source})`);
  const placement = await resolvePlacement(ctx, definition);
  ctx.log.info(`network: ${describePlacement(placement)}`);
  const started = await startTasks(
    ctx,
    runTaskInput(ctx.config, { ...definition, arn }, placement, ctx.phase.id)
  );
  const unplaced = unplacedTasks(started, ctx.config.count, definition.label, ctx.log);
  const arns = taskArns(started);
  ctx.log.info(
    `started ${arns.map((a) => shortTaskId(taskId(a))).join(", ")} on ${ctx.config.cluster}`
  );
  const tasks = await waitForTasks(arns, {
    ecs: ctx.aws.client(import_client_ecs5.ECSClient),
    cluster: ctx.config.cluster,
    intervalMs: ctx.config["poll-interval"],
    signal: ctx.signal,
    log: ctx.log
  });
  const outcomes = arns.map((a) => judgeTask(byArn(tasks, a), definition, ctx.config.container));
  return finish(ctx, definition, placement, outcomes, unplaced);
}
async function finish(ctx, definition, placement, outcomes, unplaced) {
  const limit = ctx.config["log-lines"];
  const tails = limit === 0 ? [] : await Promise.all(outcomes.map((o) => readLogTail(ctx, definition, o, limit)));
  logOutcomes(ctx, outcomes, tails);
  const details = runDetails({
    region: ctx.aws.region,
    config: ctx.config,
    definition,
    placement,
    outcomes,
    tails,
    ...ctx.run.simulatedTime ? { simulatedTime: true } : {},
    ...unplaced ? { launchFailures: unplaced.reasons } : {}
  });
  const outputs = outputsOf(definition, outcomes);
  if (unplaced) {
    const started = `ECS started only ${outcomes.length} of ${ctx.config.count} tasks of ${definition.label} (${unplaced.reasons})`;
    const judged = outcomes.some((o) => !o.ok) ? failureMessage(outcomes, definition.label) : `the ${outcomes.length} that started succeeded`;
    throw new PhaseFailure(`${started}; ${judged}`, { details, outputs, hint: unplaced.advice });
  }
  if (outcomes.some((o) => !o.ok))
    throw new PhaseFailure(failureMessage(outcomes, definition.label), { details, outputs });
  return {
    summary: successLine(outcomes, definition.label, ctx.run.simulatedTime),
    details,
    outputs
  };
}
function logOutcomes(ctx, outcomes, tails) {
  for (const o of outcomes) {
    if (o.ok) ctx.log.info(`task ${shortTaskId(o.id)} ${o.reason}`);
    else ctx.log.error(`task ${shortTaskId(o.id)} ${o.reason}`);
  }
  for (const tail of tails)
    for (const line of logTailLines(tail, ctx.config["log-lines"])) ctx.log.info(line);
}
function successLine(outcomes, label, simulated) {
  const [first] = outcomes;
  if (outcomes.length === 1 && first) {
    const took = first.durationMs !== void 0 ? ` in ${formatAwsDuration(first.durationMs, simulated)}` : "";
    return `task ${shortTaskId(first.id)} (${label}) ${first.reason}${took}`;
  }
  return `${outcomes.length} tasks of ${label} succeeded (exit code 0)`;
}
function outputsOf(definition, outcomes) {
  const arns = outcomes.map((o) => o.task.taskArn ?? "");
  const exitCode = outcomes[0]?.exitCode;
  return {
    "task-arn": arns[0] ?? "",
    "task-arns": arns.join(","),
    ...exitCode !== void 0 ? { "exit-code": String(exitCode) } : {},
    ...definition.arn ? { "task-definition-arn": definition.arn } : {}
  };
}
function known(definition) {
  if (!definition.arn)
    throw new Error(`task definition ${definition.label} was not resolved to an ARN`);
  return definition.arn;
}
function taskArns(started) {
  return started.tasks.map((t) => t.taskArn).filter((a) => Boolean(a));
}
function byArn(tasks, arn) {
  const task = tasks.find((t) => t.taskArn === arn);
  if (!task) throw new Error(`DescribeTasks did not return task ${arn}`);
  return task;
}
export {
  planRunTask as plan,
  runRunTask as run
};
