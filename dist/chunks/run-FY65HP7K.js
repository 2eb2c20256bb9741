import { createRequire as __phasegateCreateRequire } from 'node:module';
const require = __phasegateCreateRequire(import.meta.url);
import {
  describeServices,
  describeTaskDefinition,
  require_dist_cjs
} from "./chunk-CQSOFXJL.js";
import "./chunk-ONR7VFIP.js";
import "./chunk-UFSUMWFC.js";
import "./chunk-C5Y36SPG.js";
import {
  explainAwsError
} from "./chunk-WQLVJMW6.js";
import "./chunk-MRTSXNED.js";
import "./chunk-A6ZFOA6X.js";
import {
  table
} from "./chunk-NVTSF2YR.js";
import {
  oneLine
} from "./chunk-KTTNFFSQ.js";
import "./chunk-MIYFLX2B.js";
import {
  __toESM
} from "./chunk-6VNXFP75.js";

// src/checks/ecs-service/run.ts
var import_client_ecs = __toESM(require_dist_cjs(), 1);

// src/checks/ecs-service/state.ts
function instabilities(service) {
  if (!service) return ["missing"];
  if (service.status !== "ACTIVE") return [`status ${service.status ?? "unknown"}`];
  const problems = [];
  const deployments = service.deployments ?? [];
  if (deployments.length !== 1)
    problems.push(`${deployments.length} deployments (a rollout is under way)`);
  const primary = primaryOf(service);
  const state = primary?.rolloutState;
  if (state !== void 0 && state !== "COMPLETED")
    problems.push(
      `rollout ${state}${primary?.rolloutStateReason && state === "FAILED" ? `: ${primary.rolloutStateReason}` : ""}`
    );
  const running = service.runningCount ?? 0;
  const desired = service.desiredCount ?? 0;
  if (running !== desired) problems.push(`running ${running}/${desired}`);
  return problems;
}
function primaryOf(service) {
  return service?.deployments?.find((d) => d.status === "PRIMARY");
}
function imageTag(image) {
  const name = image.split("@")[0] ?? image;
  const colon = name.lastIndexOf(":");
  return colon > name.lastIndexOf("/") ? name.slice(colon + 1) : void 0;
}
function revisionName(arn) {
  if (!arn) return "(none)";
  const at = arn.indexOf("task-definition/");
  return at >= 0 ? arn.slice(at + "task-definition/".length) : arn;
}

// src/checks/ecs-service/run.ts
async function run(ctx) {
  const c = ctx.config;
  const ecs = ctx.aws.client(import_client_ecs.ECSClient);
  try {
    const services = await describeServices(ecs, c.cluster, c.services, ctx.signal);
    const verdicts = c.services.map((name) => {
      const service = services.get(name);
      return { name, service, problems: instabilities(service), images: [] };
    });
    const tag = c["expect-image-tag"];
    if (tag !== void 0) await checkImageTags(ecs, verdicts, tag, ctx.signal);
    return result(verdicts, c);
  } catch (error) {
    if (ctx.signal.aborted) throw error;
    const failure = ecsFailure(error, c.cluster);
    if (failure === void 0) throw error;
    return { ok: false, summary: failure };
  }
}
async function checkImageTags(ecs, verdicts, tag, signal) {
  const revisions = /* @__PURE__ */ new Map();
  for (const verdict of verdicts) {
    const arn = primaryOf(verdict.service)?.taskDefinition;
    if (!arn) continue;
    if (!revisions.has(arn)) revisions.set(arn, imagesOf(ecs, arn, signal));
    verdict.images = await revisions.get(arn);
    for (const image of verdict.images) {
      const found = imageTag(image);
      if (found !== tag)
        verdict.problems.push(`runs ${image.split("/").at(-1)}, expected tag ${tag}`);
    }
  }
}
async function imagesOf(ecs, arn, signal) {
  const revision = await describeTaskDefinition(ecs, arn, signal);
  return (revision.containerDefinitions ?? []).map((d) => d.image ?? "");
}
function result(verdicts, c) {
  const stable = verdicts.filter((v) => v.problems.length === 0);
  const tag = c["expect-image-tag"];
  const count = `${stable.length}/${verdicts.length} services stable${tag ? ` on ${tag}` : ""}`;
  const details = detailsTable(verdicts, tag !== void 0);
  if (stable.length === verdicts.length) return { ok: true, summary: count, details };
  const why = verdicts.filter((v) => v.problems.length > 0).map((v) => `${v.name}: ${v.problems.join(", ")}`);
  return { ok: false, summary: `${count}; ${why.join("; ")}`, details };
}
function detailsTable(verdicts, withImages) {
  const rows = verdicts.map(({ name, service, problems, images }) => {
    const primary = primaryOf(service);
    return [
      problems.length === 0 ? "\u2705" : "\u274C",
      name,
      service?.status ?? "MISSING",
      String(service?.deployments?.length ?? 0),
      primary?.rolloutState ?? "",
      service ? `${service.runningCount ?? 0}/${service.desiredCount ?? 0}` : "",
      revisionName(primary?.taskDefinition ?? service?.taskDefinition),
      ...withImages ? [images.map((i) => i.split("/").at(-1)).join(", ")] : []
    ];
  });
  const headers = ["", "service", "status", "deployments", "rollout", "running/desired"];
  return table([...headers, "task definition", ...withImages ? ["images"] : []], rows);
}
function ecsFailure(error, cluster) {
  if (!(error instanceof Error)) return void 0;
  const explained = explainAwsError(error);
  if (explained) return `${explained.message} (${explained.hint})`;
  if (error.name === "ClusterNotFoundException") return `cluster "${cluster}" not found`;
  return "$metadata" in error ? `ECS ${error.name}: ${oneLine(error.message)}` : void 0;
}
export {
  run
};
