import { createRequire as __phasegateCreateRequire } from 'node:module';
const require = __phasegateCreateRequire(import.meta.url);
import {
  lineDiff
} from "./cli-chunk-VAH4NQHL.js";
import {
  applyOverrides,
  taskDefinitionOutput
} from "./cli-chunk-3FGU72KC.js";
import {
  describeTasks,
  listStoppedTasks,
  serviceLink,
  stoppedReasonOf,
  stoppedReasons,
  taskId
} from "./cli-chunk-DZ4Y47PX.js";
import {
  assertRegistrable
} from "./cli-chunk-L2CRBLOY.js";
import "./cli-chunk-V467Q2W7.js";
import {
  FailedLooks,
  slowerInterval
} from "./cli-chunk-K2QFP72G.js";
import {
  planItem
} from "./cli-chunk-PJXLJJV7.js";
import "./cli-chunk-4KXVOQRE.js";
import "./cli-chunk-75MUJ4UL.js";
import {
  readDefinitionFile
} from "./cli-chunk-WBWNTIY6.js";
import "./cli-chunk-N2YYZX6X.js";
import {
  formatDuration
} from "./cli-chunk-ELRKWGRC.js";
import {
  describeCalls,
  describeServiceRefs,
  describeServices,
  describeTaskDefinition,
  findTaskDefinition,
  isActive,
  latestRevisionMatching,
  namesByCluster,
  registerTaskDefinition,
  require_dist_cjs,
  serviceKey
} from "./cli-chunk-SG3GCVAO.js";
import {
  errorName,
  isThrottling
} from "./cli-chunk-HDFOPGFY.js";
import "./cli-chunk-WFASBRMW.js";
import {
  explainAwsError,
  explainFailure,
  isWorldFault,
  sleep
} from "./cli-chunk-HAJALABQ.js";
import "./cli-chunk-BVZ7ELGM.js";
import {
  canonical,
  containerDefinitionsOf,
  isRecord,
  registrationInput,
  sameDefinition
} from "./cli-chunk-VA2HRYOR.js";
import "./cli-chunk-UXGSYE36.js";
import {
  PhaseFailure
} from "./cli-chunk-75YOGVQ5.js";
import {
  cell,
  table
} from "./cli-chunk-2SUYFAK7.js";
import {
  middleExcerpt,
  plural,
  shortTaskId,
  shortTaskIds,
  wordFor
} from "./cli-chunk-V74XWLEX.js";
import "./cli-chunk-HT5AY7AV.js";
import {
  __toESM
} from "./cli-chunk-KHYJZ6HU.js";

// src/phases/ecs-deploy/plan.ts
var import_client_ecs3 = __toESM(require_dist_cjs(), 1);

// src/phases/ecs-deploy/aws.ts
async function describeRegistered(ecs, ref, signal) {
  return asRegistered(await describeTaskDefinition(ecs, ref, signal));
}
function asRegistered(revision) {
  return { arn: revision.taskDefinitionArn, input: registrationInput(revision) };
}
function shortName(arn) {
  if (!arn) return "(none)";
  const at = arn.indexOf("task-definition/");
  return at >= 0 ? arn.slice(at + "task-definition/".length) : arn;
}
var HINTS = {
  ClusterNotFoundException: "check the cluster name (and the region of the plan)",
  ServiceNotFoundException: "check the service name, or add create: to create it",
  InvalidParameterException: "check the service settings and the task definition",
  ClientException: "check the task definition"
};
async function asPlanMistake(what, call) {
  try {
    return await call();
  } catch (error) {
    const name = errorName(error);
    const client = error instanceof Error && "$fault" in error && error.$fault === "client";
    if (!client || explainAwsError(error) || name === void 0 || isThrottling(error)) throw error;
    const hint = HINTS[name];
    throw new PhaseFailure(`${what}: ECS ${name}: ${error.message}`, {
      ...hint ? { hint } : {},
      cause: error
    });
  }
}

// src/phases/ecs-deploy/deploy.ts
var import_client_ecs = __toESM(require_dist_cjs(), 1);
import { randomUUID } from "node:crypto";

// src/phases/ecs-deploy/events.ts
var EventTracker = class {
  seen = /* @__PURE__ */ new Set();
  /** Events that appeared since the tracker was primed, oldest first. */
  fresh = [];
  /** Marks the events that were there before the deploy as already seen. */
  constructor(existing = []) {
    for (const event of existing) this.seen.add(keyOf(event));
  }
  /** The events not seen before, oldest first. */
  take(events) {
    const unseen = (events ?? []).filter((e) => !this.seen.has(keyOf(e))).reverse();
    for (const event of unseen) {
      this.seen.add(keyOf(event));
      this.fresh.push({ at: event.createdAt, message: event.message ?? "" });
    }
    return unseen.map((e) => e.message ?? "");
  }
  /** The last `count` fresh messages, oldest first. */
  recent(count) {
    return this.fresh.slice(-count).map((e) => e.message);
  }
};
function keyOf(event) {
  return event.id ?? `${event.createdAt?.getTime()}:${event.message}`;
}

// src/phases/ecs-deploy/report.ts
function liveArn({ arn, rollout }) {
  return rollout?.rolledBackByEcs ? rollout.last?.taskDefinition ?? arn : arn;
}
function outputsOf(outcomes) {
  const outputs = {};
  for (const o of outcomes) {
    const arn = liveArn(o);
    if (arn !== void 0) outputs[taskDefinitionOutput(o.prepared.name)] = arn;
  }
  return outputs;
}
function serviceTable(region, outcomes) {
  const rows = outcomes.map((o) => {
    const { prepared: p, rollout: r } = o;
    const primary = r?.last?.deployments?.find((d) => d.status === "PRIMARY");
    const cells = [
      `[${cell(p.name)}](${serviceLink(region, p.cluster, p.name)})`,
      cell(revisionCell(o)),
      imagesOf(o).map(cell).join("<br>"),
      primary ? `${primary.runningCount ?? 0}/${primary.desiredCount ?? 0}` : "",
      cell(stateOf(o)),
      r?.endedAt !== void 0 ? formatDuration(r.endedAt - r.startedAt) : ""
    ];
    return `| ${cells.join(" | ")} |`;
  });
  return [
    "| service | revision | images | running/desired | rollout | duration |",
    "| --- | --- | --- | --- | --- | --- |",
    ...rows
  ].join("\n");
}
function stateOf({ prepared, rollout }) {
  if (!rollout) return prepared.action === "unchanged" ? "unchanged" : "not started";
  if (rollout.outcome === "failed") {
    if (rollout.crashLooped) return "FAILED (crash loop)";
    return rollout.rolledBackByEcs ? "FAILED (rolled back by ECS)" : "FAILED";
  }
  if (rollout.outcome === "completed") return "COMPLETED";
  const primary = rollout.last?.deployments?.find((d) => d.status === "PRIMARY");
  return primary?.rolloutState ?? "IN_PROGRESS";
}
function revisionCell(o) {
  const p = o.prepared;
  const tried = `${p.live ? shortName(p.current?.arn) : "(new)"} \u2192 ${shortName(o.arn)}`;
  const live = liveArn(o);
  return live !== o.arn ? `${tried}, back on ${shortName(live)}` : tried;
}
function imagesOf(o) {
  const back = liveArn(o) !== o.arn && o.prepared.current;
  return containerImages(back ? back.input : o.prepared.desired);
}
function containerImages(definition) {
  return containerDefinitionsOf(definition).map((c) => `${String(c.name)}: ${String(c.image)}`);
}
function countLine(outcomes, verbs = VERBS) {
  const counts = /* @__PURE__ */ new Map();
  for (const { prepared } of outcomes)
    counts.set(prepared.action, (counts.get(prepared.action) ?? 0) + 1);
  return [...counts].map(([action, n]) => `${n} ${verbs[action]}`).join(", ");
}
var VERBS = {
  create: "created",
  update: "updated",
  unchanged: "unchanged",
  "in-flight": "finished rolling out"
};

// src/phases/ecs-deploy/deploy.ts
var BREAKER_ON = { enable: true, rollback: true };
async function startRollout(ecs, prepared, arn, signal, now) {
  const { cluster, name } = prepared;
  const events = new EventTracker(prepared.live?.events);
  const options = { abortSignal: signal };
  const service = prepared.live ? (await ecs.send(new import_client_ecs.UpdateServiceCommand(updateInput(prepared, prepared.live, arn)), options)).service : (
    // A client token makes the SDK's resend of a CreateService whose answer was lost answer
    // the service it created, instead of "Creation of service was not idempotent" (ECS API
    // Reference, Ensuring idempotency: up to 36 characters).
    (await ecs.send(
      new import_client_ecs.CreateServiceCommand({ ...createInput(prepared, arn), clientToken: randomUUID() }),
      options
    )).service
  );
  const deploymentId = service?.deployments?.find((d) => d.status === "PRIMARY")?.id;
  const change = prepared.live ? {
    action: "updated",
    cluster,
    service: name,
    taskDefinitionArn: arn,
    previousTaskDefinitionArn: prepared.live.taskDefinition,
    previousDesiredCount: prepared.live.desiredCount,
    ...prepared.current ? { previousImages: containerImages(prepared.current.input) } : {}
  } : { action: "created", cluster, service: name, taskDefinitionArn: arn };
  const rollout = {
    cluster,
    service: name,
    deploymentId,
    taskDefinitionArn: arn,
    events,
    startedAt: now,
    outcome: "in-progress",
    ...service ? { last: service } : {}
  };
  return { rollout, change };
}
function watchExisting(prepared, arn, now) {
  const live = prepared.live;
  const primary = live?.deployments?.find((d) => d.status === "PRIMARY");
  return {
    cluster: prepared.cluster,
    service: prepared.name,
    deploymentId: primary?.id,
    taskDefinitionArn: arn,
    events: new EventTracker(live?.events),
    startedAt: now,
    outcome: "in-progress",
    ...live ? { last: live } : {}
  };
}
function updateInput(prepared, live, arn) {
  const s = prepared.settings;
  return {
    cluster: prepared.cluster,
    service: prepared.name,
    taskDefinition: arn,
    ...s["desired-count"] !== void 0 ? { desiredCount: s["desired-count"] } : {},
    ...s["force-new-deployment"] ? { forceNewDeployment: true } : {},
    ...needsBreaker(s, live) ? { deploymentConfiguration: withBreaker(live.deploymentConfiguration) } : {}
  };
}
function needsBreaker(settings, live) {
  const breaker = live.deploymentConfiguration?.deploymentCircuitBreaker;
  return settings["circuit-breaker"] && !(breaker?.enable && breaker.rollback);
}
function withBreaker(current) {
  return { ...current, deploymentCircuitBreaker: BREAKER_ON };
}
function createInput(prepared, arn) {
  const s = prepared.settings;
  const c = s.create;
  return {
    cluster: prepared.cluster,
    serviceName: prepared.name,
    taskDefinition: arn,
    desiredCount: s["desired-count"] ?? c["desired-count"],
    ...placement(c),
    ...network(c),
    ...c["load-balancer"] ? {
      loadBalancers: [
        {
          targetGroupArn: c["load-balancer"]["target-group-arn"],
          containerName: c["load-balancer"].container,
          containerPort: c["load-balancer"].port
        }
      ]
    } : {},
    ...c["service-registry-arn"] ? { serviceRegistries: [{ registryArn: c["service-registry-arn"] }] } : {},
    ...c["health-check-grace-period"] !== void 0 ? { healthCheckGracePeriodSeconds: Math.round(c["health-check-grace-period"] / 1e3) } : {},
    deploymentConfiguration: {
      maximumPercent: 200,
      minimumHealthyPercent: 100,
      ...s["circuit-breaker"] ? { deploymentCircuitBreaker: BREAKER_ON } : {}
    }
  };
}
function placement(c) {
  const providers = c["capacity-providers"];
  if (!providers) return { launchType: c["launch-type"] ?? "FARGATE" };
  return {
    capacityProviderStrategy: providers.map((p) => ({
      capacityProvider: p["capacity-provider"],
      ...p.weight !== void 0 ? { weight: p.weight } : {},
      ...p.base !== void 0 ? { base: p.base } : {}
    }))
  };
}
function network(c) {
  if (!c.subnets) return {};
  return {
    networkConfiguration: {
      awsvpcConfiguration: {
        subnets: c.subnets,
        ...c["security-groups"] ? { securityGroups: c["security-groups"] } : {},
        assignPublicIp: c["assign-public-ip"] ? "ENABLED" : "DISABLED"
      }
    }
  };
}

// src/phases/ecs-deploy/diff.ts
var DIFF = { context: 3, maxLines: 400 };
function definitionDiff(before, after) {
  const [a, b] = [canonical(before ?? {}), canonical(after)];
  const blocks = [];
  const task = jsonDiff(taskFields(a, before), taskFields(b, after));
  if (task) blocks.push({ label: "task definition", language: "diff", text: task });
  const [old, now] = [containersByName(a), containersByName(b)];
  for (const name of /* @__PURE__ */ new Set([...old.keys(), ...now.keys()])) {
    const text = jsonDiff(old.get(name), now.get(name));
    if (text) blocks.push({ label: `container ${name}`, language: "diff", text });
  }
  return blocks;
}
function taskFields(definition, given) {
  if (given === void 0) return void 0;
  const { containerDefinitions: _c, family: _f, ...rest } = definition;
  return rest;
}
function containersByName(definition) {
  return new Map(containerDefinitionsOf(definition).map((c) => [String(c.name), c]));
}
function jsonDiff(before, after) {
  if (before === void 0 || after === void 0) {
    const [mark, value] = before === void 0 ? ["+", after] : ["-", before];
    return value === void 0 ? "" : pretty(value).replace(/^/gm, mark);
  }
  return lineDiff(pretty(before), pretty(after), DIFF);
}
function pretty(value) {
  return JSON.stringify(sorted(value), null, 2) ?? "null";
}
function sorted(value) {
  if (Array.isArray(value)) return value.map(sorted);
  if (!isRecord(value)) return value;
  return Object.fromEntries(
    Object.keys(value).sort().map((k) => [k, sorted(value[k])])
  );
}
function changeLine(before, after) {
  const [a, b] = [canonical(before), canonical(after)];
  const parts = fieldChanges(taskFields(a, before) ?? {}, taskFields(b, after) ?? {});
  const [old, now] = [containersByName(a), containersByName(b)];
  const names = [.../* @__PURE__ */ new Set([...old.keys(), ...now.keys()])];
  for (const name of names) {
    const [x, y] = [old.get(name), now.get(name)];
    if (!x || !y) {
      parts.push(`${y ? "+" : "-"}container ${name}`);
      continue;
    }
    const own = containerChanges(x, y);
    parts.push(...names.length > 1 ? own.map((c) => `${name} ${c}`) : own);
  }
  return parts.join(", ");
}
function containerChanges(a, b) {
  const parts = [];
  if (a.image !== b.image) parts.push(`image ${imageChange(String(a.image), String(b.image))}`);
  parts.push(...namedChanges("ENV", a.environment, b.environment));
  parts.push(...namedChanges("SECRET", a.secrets, b.secrets));
  const { image: _i, environment: _e, secrets: _s, ...restA } = a;
  const { image: _j, environment: _f, secrets: _t, ...restB } = b;
  return [...parts, ...fieldChanges(restA, restB)];
}
function imageChange(a, b) {
  const repo = (image) => image.replace(/[:@][^/]*$/, "");
  if (repo(a) === repo(b) && repo(a) !== a && repo(b) !== b)
    return `${a.slice(repo(a).length + 1)} \u2192 ${b.slice(repo(b).length + 1)}`;
  return `${a} \u2192 ${b}`;
}
function namedChanges(label, a, b) {
  const [x, y] = [byName(a), byName(b)];
  const parts = [];
  for (const name of /* @__PURE__ */ new Set([...x.keys(), ...y.keys()])) {
    if (!x.has(name)) parts.push(`+${label} ${name}`);
    else if (!y.has(name)) parts.push(`-${label} ${name}`);
    else if (x.get(name) !== y.get(name)) parts.push(`~${label} ${name}`);
  }
  return parts;
}
function byName(list) {
  const entries = Array.isArray(list) ? list.filter(isRecord) : [];
  return new Map(entries.map((e) => [String(e.name), JSON.stringify(sorted(e))]));
}
function fieldChanges(a, b) {
  const parts = [];
  for (const key of [.../* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    const [x, y] = [a[key], b[key]];
    if (JSON.stringify(sorted(x)) === JSON.stringify(sorted(y))) continue;
    const scalar = (v) => v === void 0 || typeof v !== "object";
    parts.push(scalar(x) && scalar(y) ? `${key} ${shown(x)} \u2192 ${shown(y)}` : key);
  }
  return parts;
}
function shown(value) {
  if (value === void 0) return "(none)";
  const text = String(value);
  return text.startsWith("arn:") ? text.slice(text.lastIndexOf(":") + 1) : text;
}

// src/phases/ecs-deploy/plan-view.ts
var PLAN_VERBS = {
  create: "to create",
  update: "to update",
  unchanged: "unchanged",
  "in-flight": "still rolling out"
};
function planReport(prepared, next) {
  const items = prepared.map((p) => serviceItem(p, next.get(p.name)));
  const outcomes = prepared.map((p) => ({ prepared: p, arn: p.arn }));
  const plan = { changes: prepared.some((p) => p.action !== "unchanged"), items };
  return {
    summary: `${plural(prepared.length, "service")}: ${countLine(outcomes, PLAN_VERBS)}`,
    plan
  };
}
function serviceItem(p, next) {
  const target = p.arn ? shortName(p.arn) : `${next ?? "a new revision"} (to register)`;
  const from = p.live ? shortName(p.current?.arn) : "(new service)";
  if (p.action === "unchanged") return planItem(`${p.name}: unchanged (${target})`);
  const facts = [actionText(p), `revision: ${from} \u2192 ${target}`];
  const what = p.live ? changeLine(p.current?.input ?? {}, p.desired) : "new service";
  const blocks = [...settingsDiff(p), ...definitionDiff(p.current?.input, p.desired)];
  return planItem(`${p.name}: ${what || "same task definition"}`, facts, blocks);
}
function actionText(p) {
  const where = `in ${p.cluster}`;
  if (p.action === "create") return `would create the service ${where}`;
  if (p.action === "update") return `would update ${where} (${p.reasons.join(", ")})`;
  if (p.action === "in-flight")
    return `${where}: its rollout has not finished: the run would wait for it and judge it`;
  return `would update ${where}`;
}
function settingsDiff(p) {
  const arn = p.arn ?? "new";
  const before = p.live ? serviceSettings(p.live) : void 0;
  const after = p.live ? { ...before, ...serviceSettings({ ...p.live, ...updateInput(p, p.live, arn) }) } : serviceSettings(createInput(p, arn));
  const text = jsonDiff(before, after);
  return text ? [{ label: "service settings", language: "diff", text }] : [];
}
function serviceSettings(s) {
  return {
    desiredCount: s.desiredCount,
    deploymentConfiguration: s.deploymentConfiguration,
    networkConfiguration: s.networkConfiguration
  };
}

// src/phases/ecs-deploy/prepare.ts
var import_client_ecs2 = __toESM(require_dist_cjs(), 1);
async function prepareServices(ctx) {
  const ecs = ctx.aws.client(import_client_ecs2.ECSClient);
  const found = /* @__PURE__ */ new Map();
  const refs = ctx.config.services.map((s) => ({
    cluster: clusterOf(ctx.config, s),
    service: s.service
  }));
  for (const [cluster, names] of namesByCluster(refs)) {
    const services = await asPlanMistake(
      `describing services of ${cluster}`,
      () => describeServices(ecs, cluster, names, ctx.signal)
    );
    for (const [name, service] of services) found.set(`${cluster}/${name}`, service);
  }
  const prepared = [];
  for (const settings of ctx.config.services) {
    const cluster = clusterOf(ctx.config, settings);
    const live = found.get(`${cluster}/${settings.service}`);
    refuseDeleted(live, settings, cluster);
    prepared.push(await prepareOne(ctx, ecs, settings, cluster, isActive(live) ? live : void 0));
  }
  return prepared;
}
function refuseDeleted(service, settings, cluster) {
  const name = settings.service;
  if (service?.status === "DRAINING") {
    const then = settings.create ? "then the phase creates it again" : "then add create: to create it again";
    throw new PhaseFailure(
      `service ${name} in cluster ${cluster} is DRAINING (being deleted); ECS can neither update it nor create a service of that name until it is INACTIVE`,
      {
        hint: `wait until it is INACTIVE (aws ecs wait services-inactive --cluster ${cluster} --services ${name}), ${then}`
      }
    );
  }
  if (service?.status === "INACTIVE" && !settings.create)
    throw new PhaseFailure(`service ${name} in cluster ${cluster} is INACTIVE (it was deleted)`, {
      hint: "add create: to create it again"
    });
}
function clusterOf(config, settings) {
  const cluster = settings.cluster ?? config.cluster;
  if (cluster === void 0) throw new Error(`no cluster for ${settings.service}`);
  return cluster;
}
async function prepareOne(ctx, ecs, settings, cluster, live) {
  const name = settings.service;
  if (!live && !settings.create)
    throw new PhaseFailure(`service ${name} does not exist in cluster ${cluster}`, {
      hint: "check the service and cluster names, or add create: to create the service"
    });
  const current = live?.taskDefinition ? await describeRegistered(ecs, live.taskDefinition, ctx.signal) : void 0;
  const { desired, arn } = await resolveTarget(ctx, ecs, settings, current, live);
  const reasons = live ? updateReasons(settings, live, arn, current) : [];
  return {
    settings,
    cluster,
    name,
    live,
    current,
    desired,
    arn,
    action: actionOf(live, reasons),
    reasons
  };
}
async function resolveTarget(ctx, ecs, settings, current, live) {
  const fixed = settings["task-definition-arn"];
  if (fixed !== void 0) {
    const described = await asPlanMistake(
      `${settings.service}: task-definition-arn ${fixed}`,
      () => describeRegistered(ecs, fixed, ctx.signal)
    );
    return { desired: described.input, arn: described.arn };
  }
  const base = await baseDefinition(ctx, settings, current);
  const desired = applyOverrides(base, settings, settings.service);
  const arn = await registeredTwin(ecs, desired, current, ctx.signal);
  if (arn === void 0) assertRegistrable(desired, settings.service, launchTypeOf(settings, live));
  return { desired, arn };
}
function launchTypeOf(settings, live) {
  if (live) return live.launchType;
  if (settings.create?.["capacity-providers"] !== void 0) return void 0;
  return settings.create?.["launch-type"] ?? "FARGATE";
}
async function baseDefinition(ctx, settings, current) {
  const file = settings["task-definition"];
  if (file !== void 0) return readDefinitionFile(file, ctx.plan.file, ctx.render);
  if (current) return current.input;
  throw new PhaseFailure(
    `service ${settings.service} does not exist yet: it needs a task definition`,
    {
      hint: "give task-definition (a JSON file) or task-definition-arn to create it"
    }
  );
}
async function registeredTwin(ecs, desired, current, signal) {
  if (current && sameDefinition(current.input, desired)) return current.arn;
  return (await latestRevisionMatching(ecs, desired, signal))?.taskDefinitionArn;
}
function updateReasons(settings, live, arn, current) {
  const reasons = [];
  if (arn === void 0) reasons.push("new revision");
  else if (arn !== current?.arn) reasons.push("other revision");
  if (settings["force-new-deployment"]) reasons.push("force-new-deployment");
  const wanted = settings["desired-count"];
  if (wanted !== void 0 && wanted !== live.desiredCount)
    reasons.push(`desired count ${live.desiredCount ?? 0} \u2192 ${wanted}`);
  return reasons;
}
function actionOf(live, reasons) {
  if (!live) return "create";
  if (reasons.length > 0) return "update";
  return isSteady(live) ? "unchanged" : "in-flight";
}
function isSteady(live) {
  const deployments = live.deployments ?? [];
  const primary = deployments.find((d) => d.status === "PRIMARY");
  return deployments.length <= 1 && (primary?.rolloutState === void 0 || primary.rolloutState === "COMPLETED");
}

// src/phases/ecs-deploy/plan.ts
async function planDeploy(ctx) {
  const prepared = await prepareServices(ctx);
  const ecs = ctx.aws.client(import_client_ecs3.ECSClient);
  const next = /* @__PURE__ */ new Map();
  for (const p of prepared) {
    const family = p.desired.family;
    if (p.arn !== void 0 || typeof family !== "string") continue;
    const latest = await findTaskDefinition(ecs, family, ctx.signal);
    next.set(p.name, `${family}:${(latest?.revision ?? 0) + 1}`);
  }
  return planReport(prepared, next);
}

// src/phases/ecs-deploy/rollback.ts
var import_client_ecs4 = __toESM(require_dist_cjs(), 1);

// src/phases/ecs-deploy/cadence.ts
var NEAR_END_SPEED_UP = 4;
var NEAR_END_CALLS_PER_SECOND = 2;
function nearEnd(service, deploymentId) {
  const primary = service?.deployments?.find((d) => d.status === "PRIMARY");
  if (!primary || primary.id !== deploymentId || primary.rolloutState !== "IN_PROGRESS")
    return false;
  const draining = (primary.desiredCount ?? 0) > 0 && primary.runningCount === primary.desiredCount;
  const breaker = service?.deploymentConfiguration?.deploymentCircuitBreaker?.enable === true;
  return draining || breaker && (primary.failedTasks ?? 0) > 0;
}
function pollIntervalMs(pollMs, calls, anyNearEnd) {
  if (!anyNearEnd) return pollMs;
  const budgeted = calls * 1e3 / NEAR_END_CALLS_PER_SECOND;
  return Math.min(pollMs, Math.max(pollMs / NEAR_END_SPEED_UP, budgeted));
}

// src/phases/ecs-deploy/watch.ts
var ECS_ROLLBACK_GRACE_MS = 3e4;
function awaitsEcsRollback(service, deploymentId) {
  const primary = service.deployments?.find((d) => d.status === "PRIMARY");
  const breaker = service.deploymentConfiguration?.deploymentCircuitBreaker;
  return primary !== void 0 && primary.id === deploymentId && primary.rolloutState === "FAILED" && breaker?.enable === true && breaker.rollback === true;
}
function judge(service, deploymentId) {
  if (service.status !== "ACTIVE")
    return {
      state: "failed",
      reason: `the service is ${service.status ?? "gone"}`,
      rolledBackByEcs: false
    };
  const deployments = service.deployments ?? [];
  const primary = deployments.find((d) => d.status === "PRIMARY");
  const ours = deployments.find((d) => d.id === deploymentId);
  if (ours?.rolloutState === "FAILED" || !primary || primary.id !== deploymentId)
    return failed(ours, primary);
  const settled = (primary.rolloutState ?? "COMPLETED") === "COMPLETED" && primary.runningCount === primary.desiredCount && deployments.length === 1;
  return settled ? { state: "completed" } : { state: "in-progress" };
}
function failed(ours, primary) {
  const replaced = primary !== void 0 && primary.id !== ours?.id;
  const rolledBackByEcs = replaced && /circuit breaker|rolling back/i.test(primary.rolloutStateReason ?? "");
  const why = ours?.rolloutState === "FAILED" ? ours.rolloutStateReason ?? "the deployment failed" : void 0;
  const after = rolledBackByEcs ? `the ECS circuit breaker rolled back to ${shortName(primary?.taskDefinition)}` : replaced ? `another deployment (${shortName(primary?.taskDefinition)}) replaced it` : void 0;
  return {
    state: "failed",
    reason: [why, after].filter((p) => p !== void 0).join("; ") || "the deployment is gone",
    rolledBackByEcs
  };
}
var Watcher = class {
  constructor(options) {
    this.options = options;
    this.now = options.now ?? Date.now;
    this.random = options.random ?? Math.random;
  }
  options;
  active = [];
  backoffMs = 0;
  failedLooks = new FailedLooks();
  now;
  random;
  add(rollout) {
    this.active.push(rollout);
  }
  get size() {
    return this.active.length;
  }
  /** The services still being watched. */
  get services() {
    return this.active.map((r) => r.service);
  }
  /** The poll interval ±20 % (so parallel phases do not poll in step), or the throttling backoff. */
  async pause() {
    const base = this.backoffMs || this.intervalMs();
    const { signal } = this.options;
    await sleep(base * (0.8 + 0.4 * this.random()), signal);
  }
  /** The interval before jitter: shorter while a rollout is near its end (cadence.ts). */
  intervalMs() {
    const near = this.active.some((r) => nearEnd(r.last, r.deploymentId));
    return pollIntervalMs(this.options.pollMs, describeCalls(this.active), near);
  }
  /** Describes every active service, prints new events; returns the rollouts that ended. */
  async poll() {
    let described;
    try {
      described = await describeServiceRefs(this.options.ecs, this.active, this.options.signal);
    } catch (error) {
      if (!this.failedLooks.tolerate(error) || this.options.signal.aborted) throw error;
      this.backoffMs = slowerInterval(Math.max(this.options.pollMs, this.backoffMs));
      const why = isThrottling(error) ? "ECS throttled DescribeServices" : lookFailed(error);
      this.options.log.warning(`${why}; next poll in ${this.backoffMs} ms`);
      return [];
    }
    this.failedLooks.answered();
    this.backoffMs = 0;
    const ended = [];
    for (const r of [...this.active])
      if (await this.update(r, described.get(serviceKey(r)))) ended.push(r);
    for (const r of ended) this.active.splice(this.active.indexOf(r), 1);
    return ended;
  }
  /** "waiting for 2 services: orchestrator 1/2 IN_PROGRESS, extractor 2/2 COMPLETED". */
  progressLine() {
    const parts = this.active.map((r) => {
      const primary = r.last?.deployments?.find((d) => d.status === "PRIMARY");
      return `${r.service} ${primary?.runningCount ?? 0}/${primary?.desiredCount ?? 0} ${primary?.rolloutState ?? "PENDING"}`;
    });
    const n = this.active.length;
    return `waiting for ${plural(n, "service")}: ${parts.join(", ")}`;
  }
  /** Records what a poll saw; true when the rollout ended. */
  async update(rollout, service) {
    if (!service)
      return this.end(rollout, {
        state: "failed",
        reason: "the service is gone",
        rolledBackByEcs: false
      });
    rollout.last = service;
    const fresh = rollout.events.take(service.events);
    for (const message of fresh)
      this.options.log.info(`${rollout.service}: ${shortTaskIds(message)}`);
    const verdict = judge(service, rollout.deploymentId);
    if (verdict.state === "failed" && this.awaitingRollback(rollout, service)) return false;
    if (verdict.state === "failed" && rollout.failedSeenAt !== void 0 && !verdict.rolledBackByEcs)
      verdict.reason += `; the ECS circuit breaker did not roll back within ${formatDuration(this.grace)}`;
    if (verdict.state !== "in-progress") return this.end(rollout, verdict);
    return rollout.crashLoop?.due(fresh.length) ? this.checkCrashes(rollout, rollout.crashLoop) : false;
  }
  /**
   * True while a FAILED deployment is given time to show ECS's rollback, so that a rollback by ECS
   * is reported as such and phasegate's own rollback does not race it.
   */
  awaitingRollback(rollout, service) {
    if (!awaitsEcsRollback(service, rollout.deploymentId)) return false;
    const now = this.now();
    if (rollout.failedSeenAt === void 0) {
      rollout.failedSeenAt = now;
      this.options.log.info(
        `${rollout.service}: deployment FAILED; waiting for the ECS circuit breaker to roll back`
      );
    }
    return now - rollout.failedSeenAt < this.grace;
  }
  get grace() {
    return this.options.rollbackGraceMs ?? ECS_ROLLBACK_GRACE_MS;
  }
  /** Fails the rollout once its own tasks have crashed `threshold` times; true when it did. */
  async checkCrashes(rollout, check) {
    const { ecs, log, signal } = this.options;
    try {
      for (const task of await check.look(ecs, signal))
        log.warning(`${rollout.service}: ${check.line(task)}`);
    } catch (error) {
      if ((isThrottling(error) || isWorldFault(error)) && !signal.aborted) return false;
      const explained = explainFailure(error);
      if (signal.aborted || !explained) throw error;
      delete rollout.crashLoop;
      log.warning(`${rollout.service}: not watching for a crash loop: ${explained.message}`);
      return false;
    }
    if (!check.tripped) return false;
    rollout.crashLooped = true;
    return this.end(rollout, { state: "failed", reason: check.reason(), rolledBackByEcs: false });
  }
  end(rollout, verdict) {
    rollout.endedAt = this.now();
    rollout.outcome = verdict.state;
    if (verdict.state === "failed") {
      rollout.failure = verdict.reason;
      rollout.rolledBackByEcs = verdict.rolledBackByEcs;
    }
    return true;
  }
};
function lookFailed(error) {
  const e = error;
  return `DescribeServices failed (${e?.name ?? "error"}: ${e?.message ?? String(error)})`;
}

// src/phases/ecs-deploy/rollback.ts
async function rollBack(ctx, changes) {
  const live = await describeServiceRefs(ctx.aws.client(import_client_ecs4.ECSClient), changes, ctx.signal);
  const undone = [];
  for (const change of changes) undone.push(await undo(ctx, change, live.get(serviceKey(change))));
  await waitFor(
    ctx,
    undone.flatMap((u) => u.rollout ? [u.rollout] : [])
  );
  const lines = undone.map((u) => `- ${u.line}`).join("\n");
  const failed2 = undone.filter((u) => u.rollout?.outcome === "failed");
  if (failed2.length > 0)
    throw new PhaseFailure(failed2.map((u) => `${u.service}: ${u.rollout?.failure}`).join("; "), {
      details: lines
    });
  return {
    summary: summaryOf(undone, ctx.run.environment),
    details: `${endedTable(undone)}

${lines}`,
    outputs: liveOutputs(undone)
  };
}
function undo(ctx, change, service) {
  if (change.action === "created") return deleteCreated(ctx, change, service);
  if (!isActive(service))
    return {
      service: change.service,
      how: "left",
      line: `${change.service}: not active, left as it is`
    };
  return restore(ctx, change, service);
}
async function waitFor(ctx, rollouts) {
  const watcher = new Watcher({
    ecs: ctx.aws.client(import_client_ecs4.ECSClient),
    log: ctx.log,
    signal: ctx.signal,
    pollMs: ctx.config["poll-interval"]
  });
  for (const r of rollouts) watcher.add(r);
  while (watcher.size > 0) {
    await watcher.pause();
    await watcher.poll();
    if (watcher.size > 0) ctx.log.progress(`rolling back, ${watcher.progressLine()}`);
  }
}
async function deleteCreated(ctx, change, service) {
  const name = change.service;
  if (!isActive(service)) return { service: name, how: "left", line: `${name}: already gone` };
  await ctx.aws.client(import_client_ecs4.ECSClient).send(new import_client_ecs4.DeleteServiceCommand({ cluster: change.cluster, service: name, force: true }), {
    abortSignal: ctx.signal
  });
  ctx.log.info(`${name}: deleted (this phase created it)`);
  return { service: name, how: "deleted", line: `${name}: deleted (created by this phase)` };
}
async function restore(ctx, change, service) {
  const name = change.service;
  const previous = change.previousTaskDefinitionArn ?? service.taskDefinition ?? "";
  const previousCount = change.previousDesiredCount ?? service.desiredCount;
  const primary = service.deployments?.find((d) => d.status === "PRIMARY");
  const rollout = {
    cluster: change.cluster,
    service: name,
    deploymentId: primary?.id,
    taskDefinitionArn: previous,
    events: new EventTracker(service.events),
    startedAt: Date.now(),
    outcome: "in-progress"
  };
  const back = `${shortName(change.taskDefinitionArn)} \u2192 ${shortName(previous)}`;
  if (primary?.taskDefinition === previous && service.desiredCount === previousCount) {
    const byEcs = change.rolledBackByEcs || /circuit breaker/i.test(primary.rolloutStateReason ?? "");
    const line2 = byEcs ? `${name}: rolled back by the ECS circuit breaker (${back})` : `${name}: already on ${shortName(previous)}`;
    ctx.log.info(line2);
    return {
      service: name,
      how: byEcs ? "by-ecs" : "restored",
      line: line2,
      rollout,
      now: nowOn(change, previous)
    };
  }
  const answer = await ctx.aws.client(import_client_ecs4.ECSClient).send(
    new import_client_ecs4.UpdateServiceCommand({
      cluster: change.cluster,
      service: name,
      taskDefinition: previous,
      ...previousCount !== void 0 ? { desiredCount: previousCount } : {}
    }),
    { abortSignal: ctx.signal }
  );
  rollout.deploymentId = answer.service?.deployments?.find((d) => d.status === "PRIMARY")?.id;
  ctx.log.info(`${name}: rolling back ${back}`);
  const line = `${name}: rolled back ${back}`;
  return { service: name, how: "restored", line, rollout, now: nowOn(change, previous) };
}
function nowOn(change, arn) {
  return { arn, images: change.previousImages ?? [] };
}
function summaryOf(undone, environment) {
  const back = undone.flatMap(
    (u) => u.now ? [`${shortName(u.now.arn)}${imageNote(u.now.images)}`] : []
  );
  const deleted = undone.filter((u) => u.how === "deleted").map((u) => u.service);
  const parts = [];
  if (back.length > 0) parts.push(`${environment} is back on ${back.join(", ")}`);
  if (deleted.length > 0) parts.push(`${deleted.join(", ")} deleted (this phase created it)`);
  return parts.join("; ") || "nothing to roll back";
}
function imageNote(images) {
  if (images.length === 0) return "";
  const short = images.map((i) => {
    const image = i.slice(i.indexOf(": ") + 2);
    return image.includes("/") ? `\u2026/${image.slice(image.lastIndexOf("/") + 1)}` : image;
  });
  return ` (${wordFor(short.length, "image")} ${short.join(", ")})`;
}
function endedTable(undone) {
  const how = {
    restored: "rolled back by phasegate",
    "by-ecs": "rolled back by the ECS circuit breaker",
    deleted: "deleted (created by this phase)",
    left: "left as it is (not active)"
  };
  const rows = undone.map((u) => [
    u.service,
    u.now ? shortName(u.now.arn) : "",
    u.now ? u.now.images.join(", ") : "",
    how[u.how]
  ]);
  return table(["service", "now runs", "images", "how"], rows);
}
function liveOutputs(undone) {
  const outputs = {};
  for (const u of undone) {
    if (u.now) outputs[`${u.service}-task-definition-arn`] = u.now.arn;
    if (u.how === "deleted") outputs[`${u.service}-task-definition-arn`] = "";
  }
  return outputs;
}

// src/phases/ecs-deploy/run.ts
var import_client_ecs5 = __toESM(require_dist_cjs(), 1);

// src/phases/ecs-deploy/crash-loop.ts
var SLOW_CADENCE = 8;
function isCrash(task, deploymentId) {
  return task.startedBy === deploymentId && task.stopCode === "EssentialContainerExited";
}
function crashReason(task) {
  return [task.stopCode, stoppedReasonOf(task)].filter((p) => p).join(": ");
}
var CrashLoopCheck = class {
  constructor(threshold, target) {
    this.threshold = threshold;
    this.target = target;
  }
  threshold;
  target;
  /** Stopped tasks already looked at (ECS lists a stopped task for about an hour). */
  seen = /* @__PURE__ */ new Set();
  crashes = [];
  pollsSinceLook = 0;
  /**
   * Each crash makes ECS start a replacement, and "has started 1 tasks" is a new service event;
   * so a poll that brought new events is worth a look, and otherwise only every 8th poll. Keeps
   * ListTasks off the polls of a quiet rollout.
   */
  due(freshEvents) {
    this.pollsSinceLook += 1;
    if (freshEvents === 0 && this.pollsSinceLook < SLOW_CADENCE) return false;
    this.pollsSinceLook = 0;
    return true;
  }
  /** The deployment's crashes not seen before: one ListTasks, DescribeTasks only for new ones. */
  async look(ecs, signal) {
    const { cluster, service, deploymentId } = this.target;
    const arns = (await listStoppedTasks(ecs, cluster, service, signal)).filter(
      (arn) => !this.seen.has(arn)
    );
    if (arns.length === 0) return [];
    const tasks = await describeTasks(ecs, cluster, arns, signal);
    const stopped = tasks.filter((t) => t.lastStatus === "STOPPED" && t.taskArn);
    for (const t of stopped) this.seen.add(t.taskArn);
    const fresh = stopped.filter((t) => isCrash(t, deploymentId));
    this.crashes.push(...fresh);
    return fresh;
  }
  get tripped() {
    return this.threshold > 0 && this.crashes.length >= this.threshold;
  }
  /** "task 1a2b of the new deployment stopped (2 of 3): EssentialContainerExited: …". */
  line(task) {
    const n = this.crashes.indexOf(task) + 1;
    return `task ${shortTaskId(taskId(task.taskArn ?? ""))} of the new deployment stopped (${n} of ${this.threshold}): ${crashReason(task)}`;
  }
  /** The rollout's failure: how many tasks crashed and, in ECS's words, how the latest did. */
  reason() {
    const latest = this.crashes.at(-1);
    const how = latest ? ` (${crashReason(latest)})` : "";
    return `crash loop: ${this.crashes.length} tasks of deployment ${this.target.deploymentId} exited after starting${how}; the ECS circuit breaker does not count tasks that ran`;
  }
};

// src/phases/ecs-deploy/explain.ts
function explanation(service, events, stopped) {
  const lines = [`**${service}**`, ""];
  if (events.length > 0)
    lines.push("Service events:", "", ...events.map((e) => `> ${shortTaskIds(e)}  `), "");
  if (stopped.length > 0)
    lines.push(
      "Stopped tasks:",
      "",
      ...stopped.map((s) => `- ${s.count > 1 ? `${s.count} tasks: ` : ""}${s.reason}`),
      ""
    );
  if (events.length === 0 && stopped.length === 0)
    lines.push("ECS gave no service event and no stopped task reason.", "");
  return lines.join("\n");
}

// src/phases/ecs-deploy/run.ts
var QUOTED_EVENTS = 15;
var REASON_IN_MESSAGE = 160;
var CRASH_LOOP_HINT = "ECS keeps replacing these tasks until the service is rolled back (on-failure: rollback) or fixed; raise crash-loop-threshold (0: off) if some exits are expected";
async function runDeploy(ctx) {
  const prepared = await prepareServices(ctx);
  const outcomes = await registerNew(ctx, prepared);
  for (const o of outcomes)
    if (o.prepared.action === "unchanged")
      ctx.log.info(`${o.prepared.name}: unchanged (${shortName(o.arn)})`);
  await rollOut(ctx, outcomes);
  return {
    summary: countLine(outcomes),
    outputs: outputsOf(outcomes),
    details: serviceTable(ctx.plan.region, outcomes)
  };
}
async function registerNew(ctx, prepared) {
  const outcomes = [];
  for (const p of prepared) {
    let arn = p.arn;
    if (arn === void 0) {
      const registered = await asPlanMistake(
        `${p.name}: registering its task definition`,
        () => registerTaskDefinition(ctx.aws.client(import_client_ecs5.ECSClient), p.desired, ctx.signal)
      );
      arn = registered.taskDefinitionArn;
      ctx.log.info(`${p.name}: registered ${shortName(arn)}`);
    }
    outcomes.push({ prepared: p, arn });
  }
  return outcomes;
}
async function rollOut(ctx, outcomes) {
  const queue = outcomes.filter((o) => o.prepared.action !== "unchanged");
  const limit = ctx.config["max-parallel"] ?? Math.max(1, queue.length);
  const watcher = new Watcher({
    ecs: ctx.aws.client(import_client_ecs5.ECSClient),
    log: ctx.log,
    signal: ctx.signal,
    pollMs: ctx.config["poll-interval"]
  });
  const changes = /* @__PURE__ */ new Map();
  try {
    while (queue.length > 0 || watcher.size > 0) {
      await startSome(ctx, queue.splice(0, limit - watcher.size), watcher, changes);
      await watcher.pause();
      for (const rollout of await watcher.poll()) await settle(ctx, rollout, changes, outcomes);
      if (watcher.size > 0) ctx.log.progress(watcher.progressLine());
    }
  } catch (error) {
    if (!ctx.signal.aborted || error instanceof PhaseFailure) throw error;
    const names = watcher.services;
    throw new PhaseFailure(`stopped waiting for ${plural(names.length, "service")}`, {
      details: serviceTable(ctx.plan.region, outcomes),
      outputs: outputsOf(outcomes),
      // ECS does not stop a deployment because nobody watches it (nor roll it back unless its
      // circuit breaker trips): the rollouts started here go on.
      ...names.length > 0 ? {
        goesOn: `ECS goes on rolling out ${names.length === 1 ? "service" : "services"} ${names.join(", ")}`
      } : {}
    });
  }
}
async function startSome(ctx, batch, watcher, changes) {
  for (const o of batch.filter((b) => b.prepared.action === "in-flight")) {
    const rollout = watchExisting(o.prepared, o.arn, Date.now());
    o.rollout = rollout;
    watcher.add(rollout);
    ctx.log.info(
      `${rollout.service}: already on ${shortName(rollout.taskDefinitionArn)}, but its rollout has not finished; waiting for it`
    );
  }
  const changing = batch.filter((b) => b.prepared.action !== "in-flight");
  const started = await Promise.allSettled(
    changing.map(
      (o) => asPlanMistake(
        `${o.prepared.name}: ${o.prepared.live ? "updating" : "creating"} the service`,
        () => startRollout(
          ctx.aws.client(import_client_ecs5.ECSClient),
          o.prepared,
          o.arn,
          ctx.signal,
          Date.now()
        )
      )
    )
  );
  started.forEach((result, i) => {
    const outcome = changing[i];
    if (result.status === "rejected") return;
    const { rollout, change } = result.value;
    const threshold = ctx.config["crash-loop-threshold"];
    if (threshold > 0) rollout.crashLoop = new CrashLoopCheck(threshold, rollout);
    ctx.recordChange(change);
    changes.set(rollout, change);
    outcome.rollout = rollout;
    watcher.add(rollout);
    ctx.log.info(
      `${rollout.service}: ${change.action === "created" ? "creating" : "deploying"} ${shortName(rollout.taskDefinitionArn)}`
    );
  });
  const failed2 = started.find((r) => r.status === "rejected");
  if (failed2) throw failed2.reason;
}
async function settle(ctx, rollout, changes, outcomes) {
  if (rollout.outcome === "completed") {
    ctx.log.info(`${rollout.service}: rollout COMPLETED (${shortName(rollout.taskDefinitionArn)})`);
    return;
  }
  const change = changes.get(rollout);
  const failure = await rolloutFailure(ctx, rollout, change, outcomes);
  if (change?.action === "updated" && rollout.rolledBackByEcs) change.rolledBackByEcs = true;
  throw failure;
}
async function rolloutFailure(ctx, rollout, change, outcomes) {
  const stopped = await stoppedReasons(
    ctx.aws.client(import_client_ecs5.ECSClient),
    rollout.cluster,
    rollout.service,
    rollout.deploymentId ? { startedBy: rollout.deploymentId } : { taskDefinitionArn: rollout.taskDefinitionArn },
    ctx.signal
  ).catch(() => []);
  noteBreakerRollback(rollout, change, stopped.length > 0);
  const events = rollout.events.recent(QUOTED_EVENTS);
  return new PhaseFailure(`${rollout.service}: rollout failed: ${headline(rollout, stopped)}`, {
    ...rollout.crashLooped ? { hint: CRASH_LOOP_HINT } : {},
    details: [
      serviceTable(ctx.plan.region, outcomes),
      "",
      explanation(rollout.service, events, stopped)
    ].join("\n"),
    outputs: outputsOf(outcomes)
  });
}
function headline(rollout, stopped) {
  const [first] = stopped;
  if (!first || rollout.crashLooped) return rollout.failure ?? "the deployment failed";
  const count = first.count > 1 ? ` (${plural(first.count, "task")})` : "";
  const cause = `${middleExcerpt(first.reason, REASON_IN_MESSAGE)}${count}`;
  const after = rollout.rolledBackByEcs ? `the ECS circuit breaker rolled back to ${shortName(rollout.last?.taskDefinition)}` : rollout.failure;
  return after ? `${cause}; ${after}` : cause;
}
function noteBreakerRollback(rollout, change, ownTasksStopped) {
  if (rollout.rolledBackByEcs || change?.action !== "updated" || !ownTasksStopped) return;
  const service = rollout.last;
  const breaker = service?.deploymentConfiguration?.deploymentCircuitBreaker;
  const gone = !service?.deployments?.some((d) => d.id === rollout.deploymentId);
  const previous = change.previousTaskDefinitionArn;
  if (breaker?.rollback && gone && previous && service?.taskDefinition === previous)
    rollout.rolledBackByEcs = true;
}
export {
  planDeploy as plan,
  rollBack as rollback,
  runDeploy as run
};
