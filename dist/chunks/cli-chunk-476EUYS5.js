import { createRequire as __phasegateCreateRequire } from 'node:module';
const require = __phasegateCreateRequire(import.meta.url);
import {
  require_dist
} from "./cli-chunk-3WMBHACJ.js";
import {
  esm_default
} from "./cli-chunk-P5NTSUGJ.js";
import {
  shapeProblems,
  taskDefinitionProblems
} from "./cli-chunk-V467Q2W7.js";
import {
  array,
  boolean,
  duration,
  isPlainObject,
  listOf,
  number,
  object,
  oneOf,
  optional,
  record,
  refine,
  string,
  unknownValue,
  withDefault
} from "./cli-chunk-4KXVOQRE.js";
import {
  cpuUnits,
  memoryMiB
} from "./cli-chunk-UXGSYE36.js";
import {
  UserError
} from "./cli-chunk-75YOGVQ5.js";
import {
  __toESM
} from "./cli-chunk-KHYJZ6HU.js";

// src/sandbox/clock.ts
var ScaledClock = class {
  constructor(scale = 1, simulatedStart = Date.now()) {
    this.scale = scale;
    this.simulatedStart = simulatedStart;
    if (!(scale > 0)) throw new Error(`time scale must be positive, got ${scale}`);
  }
  scale;
  simulatedStart;
  realStart = Date.now();
  now() {
    return this.simulatedStart + (Date.now() - this.realStart) * this.scale;
  }
  sleep(ms, signal) {
    return abortableTimeout(Math.max(0, ms / this.scale), signal);
  }
};
var ManualClock = class {
  scale = 1;
  current;
  waiters = [];
  constructor(start = Date.UTC(2026, 0, 1)) {
    this.current = start;
  }
  now() {
    return this.current;
  }
  advance(ms) {
    this.current += ms;
    const due = this.waiters.filter((w) => w.at <= this.current);
    this.waiters = this.waiters.filter((w) => w.at > this.current);
    for (const w of due) w.resolve();
  }
  sleep(ms, signal) {
    if (ms <= 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const waiter = { at: this.current + ms, resolve };
      this.waiters.push(waiter);
      signal?.addEventListener("abort", () => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(signal.reason);
      });
    });
  }
};
function abortableTimeout(ms, signal) {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true }
    );
  });
}

// src/sandbox/service.ts
var AwsError = class extends Error {
  constructor(code, message, status = 400, fields = {}) {
    super(message);
    this.code = code;
    this.status = status;
    this.fields = fields;
    this.name = code;
  }
  code;
  status;
  fields;
};
var ScenarioError = class extends UserError {
  constructor(where, message, hint, others = []) {
    const all = [{ where, message, hint }, ...others];
    const one = others.length === 0;
    super(one ? `scenario ${where}: ${message}` : listed(all), one ? hint : void 0);
    this.where = where;
    this.mistakes = all;
  }
  where;
  name = "ScenarioError";
  mistakes;
};
function listed(mistakes) {
  const lines = mistakes.map(
    (m) => `
  ${m.where}: ${m.message}${m.hint ? `
      ${m.hint}` : ""}`
  );
  return `scenario: ${mistakes.length} mistakes${lines.join("")}`;
}

// src/sandbox/ecs/agenda.ts
var Agenda = class {
  entries = [];
  seq = 0;
  /** Simulated time of the action running now, or of the last catch-up. */
  current;
  constructor(start) {
    this.current = start;
  }
  /** Runs `action` at `at`; a time already past runs at the current time. */
  schedule(at, run) {
    const entry = { at: Math.max(at, this.current), seq: this.seq++, run };
    const index = this.entries.findIndex((e) => e.at > entry.at);
    if (index === -1) this.entries.push(entry);
    else this.entries.splice(index, 0, entry);
  }
  /** Runs every action due at or before `now`, including ones those actions schedule. */
  runUntil(now) {
    for (let next = this.entries[0]; next && next.at <= now; next = this.entries[0]) {
      this.entries.shift();
      this.current = next.at;
      next.run(next.at);
    }
    this.current = Math.max(this.current, now);
  }
  get size() {
    return this.entries.length;
  }
};

// src/sandbox/ecs/service-tasks.ts
function tasksOfService(state, service2) {
  return [...state.tasks.values()].filter(
    (t2) => t2.cluster === service2.cluster && t2.serviceName === service2.name
  );
}
function tasksOfDeployment(state, deployment) {
  return [...state.tasks.values()].filter((t2) => t2.deploymentId === deployment.id);
}
var isLive = (t2) => t2.lastStatus !== "STOPPED";
var isRunning = (t2) => t2.lastStatus === "RUNNING";
var isPending = (t2) => t2.lastStatus === "PROVISIONING" || t2.lastStatus === "PENDING";
function countsOf(tasks) {
  return {
    running: tasks.filter(isRunning).length,
    pending: tasks.filter(isPending).length,
    live: tasks.filter(isLive).length
  };
}

// src/sandbox/ecs/health.ts
var ROUTE = /^\/([A-Za-z0-9_-]+)\/health\/?$/;
function agentName(serviceName) {
  return serviceName.replace(
    /(^|-)([a-z])/g,
    (_m, dash, c) => dash + c.toUpperCase()
  );
}
function imageTag(image) {
  const at = image.indexOf("@");
  if (at !== -1) return image.slice(at + 1);
  const lastSlash = image.lastIndexOf("/");
  const colon = image.lastIndexOf(":");
  return colon > lastSlash ? image.slice(colon + 1) : "latest";
}
function healthReply(state, method, path) {
  const match = ROUTE.exec(path.split("?")[0] ?? "");
  if (!match || method !== "GET") return void 0;
  const service2 = [...state.services.values()].find(
    (s) => s.name === match[1] && s.health && s.status === "ACTIVE"
  );
  if (!service2?.health) return void 0;
  const version = runningVersion(state, service2);
  if (version === void 0) return { status: 503, body: { status: "unhealthy" } };
  return { status: 200, body: { status: "healthy", agent: service2.health.agent, version } };
}
function runningVersion(state, service2) {
  for (const deployment of service2.deployments) {
    const running = tasksOfDeployment(state, deployment).filter((t2) => isRunning(t2) && !t2.failing);
    if (running.length === 0) continue;
    const first = deployment.taskDefinition.body.containerDefinitions[0];
    return imageTag(String(first?.image ?? ""));
  }
  return void 0;
}

// src/sandbox/ecs/ids.ts
import { createHash } from "node:crypto";
var IdSource = class {
  counter = 0;
  /** 32 lowercase hex characters, the form of Fargate task ids. */
  taskId() {
    return this.digest("task").slice(0, 32);
  }
  /** `ecs-svc/` followed by 19 digits, as deployment ids look. */
  deploymentId() {
    const n = BigInt(`0x${this.digest("deployment").slice(0, 15)}`);
    return `ecs-svc/${n % 9000000000000000000n + 1000000000000000000n}`;
  }
  /** A UUID-shaped id (service events, container ARNs, runtime ids). */
  uuid() {
    const h = this.digest("uuid");
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
  }
  hex(length) {
    return this.digest("hex").slice(0, length);
  }
  digest(kind) {
    this.counter += 1;
    return createHash("sha256").update(`${kind}:${this.counter}`).digest("hex");
  }
};
var Arns = class {
  constructor(region, accountId) {
    this.region = region;
    this.accountId = accountId;
  }
  region;
  accountId;
  ecs(resource) {
    return `arn:aws:ecs:${this.region}:${this.accountId}:${resource}`;
  }
  cluster(name) {
    return this.ecs(`cluster/${name}`);
  }
  service(cluster, name) {
    return this.ecs(`service/${cluster}/${name}`);
  }
  task(cluster, id) {
    return this.ecs(`task/${cluster}/${id}`);
  }
  container(cluster, taskId, uuid) {
    return this.ecs(`container/${cluster}/${taskId}/${uuid}`);
  }
  /** `container-instance/<cluster>/<id>`, the long ARN format ECS uses since 2018. */
  containerInstance(cluster, id) {
    return this.ecs(`container-instance/${cluster}/${id}`);
  }
  taskDefinition(family, revision) {
    return this.ecs(`task-definition/${family}:${revision}`);
  }
  targetGroup(name, suffix) {
    return `arn:aws:elasticloadbalancing:${this.region}:${this.accountId}:targetgroup/${name}/${suffix}`;
  }
  /** Who registered task definitions and created services in the sandbox. */
  principal() {
    return `arn:aws:iam::${this.accountId}:root`;
  }
  /** The role name AWS's console and docs give the task execution role. */
  executionRole() {
    return `arn:aws:iam::${this.accountId}:role/ecsTaskExecutionRole`;
  }
};
function nameFromArn(nameOrArn) {
  if (!nameOrArn.startsWith("arn:")) return nameOrArn;
  const resource = nameOrArn.split(":").slice(5).join(":");
  return resource.slice(resource.lastIndexOf("/") + 1);
}
function clusterFromArn(arn) {
  if (!arn.startsWith("arn:")) return void 0;
  const parts = arn.split(":").slice(5).join(":").split("/");
  return parts.length === 3 ? parts[1] : void 0;
}

// src/sandbox/ecs/outcomes.ts
function imageMatches(pattern, image) {
  if (!pattern.includes("*")) return pattern === image;
  const escaped = pattern.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${escaped.join(".*")}$`).test(image);
}
function containersOf(td) {
  return td.body.containerDefinitions;
}
function badImageOf(scenario, td) {
  for (const c of containersOf(td)) {
    const image = String(c.image);
    const bad = scenario.badImages.find((b) => imageMatches(b.image, image));
    if (bad) return { bad, container: String(c.name), image };
  }
  return void 0;
}
function cannotPull(image) {
  return `CannotPullContainerError: pull image manifest has been retried 7 time(s): failed to resolve ref ${image}: ${image}: not found`;
}
var UNHEALTHY = {
  stopCode: "ServiceSchedulerInitiated",
  stoppedReason: "Task failed container health checks"
};
function failureOf(bad) {
  if (bad.unhealthy) return "health-check";
  return bad["exit-code"] === void 0 ? "launch" : "exit";
}
function failingPlan(scenario, found) {
  const failAfter = found.bad["fail-after"] ?? scenario.timing["task-fail-after"];
  const failing = failureOf(found.bad);
  const reason = found.bad.reason;
  if (failing === "launch") {
    return {
      plan: { kind: "no-start", failAfter, reason: reason ?? cannotPull(found.image) },
      failing
    };
  }
  const exitCode = found.bad["exit-code"] ?? 0;
  const plan = {
    kind: "run",
    startAfter: failAfter / 2,
    runFor: failAfter / 2,
    exits: { [found.container]: { exitCode, ...reason !== void 0 ? { reason } : {} } },
    logs: {},
    ...failing === "health-check" ? { stop: UNHEALTHY } : {}
  };
  return { plan, failing };
}
function serviceTaskPlan(scenario, td, startAfter) {
  const bad = badImageOf(scenario, td);
  if (bad) return failingPlan(scenario, bad);
  return { plan: { kind: "run", startAfter, exits: {}, logs: {} } };
}
function commandOf(td, overrides, name) {
  const list = overrides.containerOverrides ?? [];
  const override = list.find((o) => o.name === name)?.command;
  const definition = containersOf(td).find((c) => c.name === name)?.command;
  const command = override ?? definition;
  return Array.isArray(command) ? command.join(" ") : "";
}
function matches(entry, td, overrides) {
  if (entry.family !== void 0 && entry.family !== td.family) return false;
  const containers = containersOf(td);
  if (entry.image !== void 0) {
    const image = entry.image;
    if (!containers.some((c) => imageMatches(image, String(c.image)))) return false;
  }
  if (entry.command !== void 0) {
    const wanted = entry.command;
    if (!containers.some((c) => commandOf(td, overrides, String(c.name)).includes(wanted))) {
      return false;
    }
  }
  return true;
}
function runTaskEntry(scenario, td, overrides) {
  return scenario.runTask.find((e) => matches(e, td, overrides));
}
function runTaskPlan(scenario, td, overrides) {
  const bad = badImageOf(scenario, td);
  if (bad) return failingPlan(scenario, bad).plan;
  const entry = runTaskEntry(scenario, td, overrides);
  const startAfter = scenario.timing["task-start"];
  if (entry?.["stop-reason"] !== void 0) {
    return { kind: "no-start", failAfter: startAfter, reason: entry["stop-reason"] };
  }
  const exits = {};
  const logs = {};
  let firstEssential = true;
  for (const c of containersOf(td)) {
    const name = String(c.name);
    const essential = c.essential !== false;
    const own = entry?.containers?.[name];
    const reason = own?.reason ?? (essential ? entry?.reason : void 0);
    exits[name] = {
      exitCode: own?.["exit-code"] ?? (essential ? entry?.["exit-code"] ?? 0 : 0),
      ...reason !== void 0 ? { reason } : {}
    };
    const lines = [
      ...essential && firstEssential ? entry?.logs ?? [] : [],
      ...own?.logs ?? []
    ];
    if (lines.length > 0) logs[name] = lines;
    if (essential) firstEssential = false;
  }
  const runFor = entry?.["run-time"] ?? scenario.timing["task-run"];
  return { kind: "run", startAfter, runFor, exits, logs };
}

// src/sandbox/scenario-shapes.ts
function dottedPath(path) {
  let out = "";
  for (const part of path) {
    out += typeof part === "number" ? `[${part}]` : out === "" ? part : `.${part}`;
  }
  return out === "" ? "(root)" : out;
}
function parseScenarioValue(shape, value, path) {
  const ctx = { mode: "final", issues: [] };
  const parsed = shape.parse(value, path, ctx);
  const error = issuesToError(ctx.issues);
  if (error) throw error;
  return parsed;
}
function issuesToError(issues) {
  const [first, ...rest] = issues.map((i) => ({
    where: dottedPath(i.path),
    message: i.message,
    hint: i.hint
  }));
  return first && new ScenarioError(first.where, first.message, first.hint, rest);
}
function durationMs(description) {
  const text = duration(description);
  const ms = number({ min: 0, ...description ? { description } : {} });
  return {
    expected: "a duration such as 500ms, 30s or 5m (or a number of milliseconds)",
    jsonSchema: () => ({
      anyOf: [text.jsonSchema(), ms.jsonSchema()],
      ...description ? { description } : {}
    }),
    parse: (value, path, ctx) => typeof value === "number" ? ms.parse(value, path, ctx) : text.parse(value, path, ctx)
  };
}

// src/sandbox/ecs/placement.ts
var PLACEMENT_REASONS = [
  "RESOURCE:CPU",
  "RESOURCE:MEMORY",
  "RESOURCE:PORTS",
  "RESOURCE:ENI",
  "RESOURCE:GPU",
  "AGENT",
  "LOCATION",
  "ATTRIBUTE",
  "capacity-unavailable"
];
var FARGATE_CAPACITY_UNAVAILABLE = "Capacity is unavailable at this time. Please try again later or in a different availability zone";
function placementFailures(failure, where) {
  if (failure.reason === "capacity-unavailable") {
    return [{ reason: FARGATE_CAPACITY_UNAVAILABLE, ...detailOf(failure) }];
  }
  const instance = where.arns.containerInstance(where.cluster, where.ids.hex(32));
  return [{ arn: instance, reason: failure.reason, ...detailOf(failure) }];
}
function detailOf(failure) {
  return failure.detail !== void 0 ? { detail: failure.detail } : {};
}

// src/sandbox/ecs/scenario.ts
var FAMILY = /^[A-Za-z0-9_-]{1,255}$/;
var timing = object(
  {
    rollout: optional(duration("Time a service deployment takes to complete (default 20s).")),
    "task-start": optional(duration("PROVISIONING to RUNNING for a one-off task (default 4s).")),
    "task-run": optional(
      duration("How long a one-off task runs unless run-task says (default 5s).")
    ),
    "task-stop": optional(duration("StopTask to STOPPED (default 2s).")),
    "task-fail-after": optional(
      duration("How long a task of a bad image takes to fail (default 5s).")
    ),
    "relaunch-delay": optional(
      duration(
        "ECS's launch throttle: the wait before relaunching tasks that never started, doubled each round up to 27 minutes. Unset: three rounds at once, then doubling (kinder than the field)."
      )
    ),
    "rollback-delay": optional(
      duration(
        "From the circuit breaker's FAILED to its rollback deployment (default 0: both in one DescribeServices answer). AWS documents no timing; set it to rehearse a rollback that appears a moment later."
      )
    )
  },
  { description: "Durations in simulated time (see time-scale)." }
);
var taskDefinition = refine(
  object({
    family: string({ pattern: FAMILY, expected: "a family name (letters, digits, - and _)" }),
    revision: optional(number({ integer: true, min: 1 })),
    image: optional(string({ description: "Image of the single container." })),
    container: optional(string({ description: "Container name; defaults to the family." })),
    port: optional(number({ integer: true, min: 1, max: 65535 })),
    cpu: optional(string()),
    memory: optional(string()),
    status: optional(oneOf(["ACTIVE", "INACTIVE"])),
    definition: optional(
      unknownValue("A full RegisterTaskDefinition input (camelCase, as in the ECS API).")
    )
  }),
  (td) => td.image === void 0 && td.definition === void 0 ? { message: "give image (one container) or definition (the full task definition)" } : void 0
);
var circuitBreaker = object({
  enable: boolean(),
  rollback: withDefault(boolean(), false)
});
var service = object({
  name: string({ pattern: /^[A-Za-z0-9_-]{1,255}$/ }),
  cluster: optional(string({ description: "Defaults to the first cluster." })),
  "task-definition": optional(
    string({ description: "family or family:revision; generated from image when not declared." })
  ),
  image: optional(string()),
  container: optional(string()),
  port: optional(number({ integer: true, min: 1, max: 65535 })),
  "desired-count": withDefault(number({ integer: true, min: 0 }), 1),
  rollout: optional(duration("Time this service takes to roll out a deployment.")),
  "load-balancer": withDefault(
    boolean("Attach a target group and serve GET /<name>/health on the sandbox."),
    false
  ),
  "launch-type": withDefault(oneOf(["FARGATE", "EC2", "EXTERNAL"]), "FARGATE"),
  "circuit-breaker": optional(circuitBreaker),
  agent: optional(string({ description: 'The "agent" field of the health answer.' }))
});
var badImage = object({
  image: string({ description: "Exact image, or a pattern where * matches any text." }),
  reason: optional(string()),
  "exit-code": optional(
    number({
      integer: true,
      description: "The task starts, then its container exits with this code (a crash loop). ECS does not count it toward the circuit breaker: the task ran."
    })
  ),
  unhealthy: optional(
    boolean(
      "The task starts but fails its health checks, and ECS stops it. Counted toward the circuit breaker (its second stage)."
    )
  ),
  "fail-after": optional(duration())
});
var containerOutcome = object({
  "exit-code": optional(number({ integer: true })),
  reason: optional(string()),
  logs: optional(array(string()))
});
var placementFailure = object(
  {
    reason: oneOf(
      PLACEMENT_REASONS,
      'A RunTask failure reason AWS documents (RESOURCE:*, AGENT, LOCATION, ATTRIBUTE), or capacity-unavailable for Fargate ("Capacity is unavailable at this time. \u2026").'
    ),
    detail: optional(string({ description: "The failure's detail (absent by default)." })),
    placed: withDefault(
      number({
        integer: true,
        min: 0,
        description: "How many of the call's count tasks start anyway (default 0)."
      }),
      0
    )
  },
  { description: "RunTask cannot place the tasks: they are reported in failures[], not started." }
);
var runTask = object({
  family: optional(string()),
  command: optional(
    string({ description: "Matches when the command, joined by spaces, contains it." })
  ),
  image: optional(string()),
  "exit-code": optional(number({ integer: true })),
  reason: optional(string()),
  "run-time": optional(duration()),
  "stop-reason": optional(string({ description: "The task never starts and stops with this." })),
  logs: optional(array(string())),
  containers: optional(record(containerOutcome)),
  "placement-failure": optional(placementFailure)
});
var ecsSectionShape = object(
  {
    timing: optional(timing),
    clusters: optional(array(string())),
    "task-definitions": optional(array(taskDefinition)),
    services: optional(array(service)),
    "bad-images": optional(array(badImage)),
    "run-task": optional(array(runTask))
  },
  { description: "The simulated Amazon ECS (docs/sandbox-ecs.md)." }
);
var DEFAULT_TIMING = {
  rollout: 2e4,
  "task-start": 4e3,
  "task-run": 5e3,
  "task-stop": 2e3,
  "task-fail-after": 5e3,
  "relaunch-delay": 0,
  "rollback-delay": 0
};
function parseEcsScenario(section) {
  const ctx = { mode: "final", issues: [] };
  const parsed = section === void 0 || section === null ? {} : ecsSectionShape.parse(section, ["ecs"], ctx);
  if (ctx.issues.length > 0 || parsed === void 0)
    throw issuesToError(ctx.issues) ?? new ScenarioError("ecs", "the section could not be read");
  const services = parsed.services ?? [];
  const declared = parsed.clusters ?? [];
  const clusters = [...declared];
  for (const s of services)
    if (s.cluster && !clusters.includes(s.cluster)) clusters.push(s.cluster);
  if (clusters.length === 0) clusters.push("default");
  return {
    timing: { ...DEFAULT_TIMING, ...parsed.timing },
    clusters,
    taskDefinitions: parsed["task-definitions"] ?? [],
    services,
    badImages: parsed["bad-images"] ?? [],
    runTask: parsed["run-task"] ?? []
  };
}

// src/sandbox/ecs/wire.ts
function epochSeconds(ms) {
  return ms / 1e3;
}
function invalidParameter(message) {
  return new AwsError("InvalidParameterException", message);
}
function clientException(message) {
  return new AwsError("ClientException", message);
}
function optionalString(input, key) {
  const value = input[key];
  if (value === void 0 || value === null) return void 0;
  if (typeof value !== "string") throw invalidParameter(`${key} must be a string.`);
  return value;
}
function requiredString(input, key, display = capitalize(key)) {
  const value = optionalString(input, key);
  if (value === void 0 || value.trim() === "")
    throw invalidParameter(`${display} can not be blank.`);
  return value;
}
function optionalInteger(input, key) {
  const value = input[key];
  if (value === void 0 || value === null) return void 0;
  if (typeof value !== "number" || !Number.isInteger(value)) {
    throw invalidParameter(`${key} must be an integer.`);
  }
  return value;
}
function optionalBoolean(input, key) {
  const value = input[key];
  if (value === void 0 || value === null) return void 0;
  if (typeof value !== "boolean") throw invalidParameter(`${key} must be a boolean.`);
  return value;
}
function optionalStringList(input, key) {
  const value = input[key];
  if (value === void 0 || value === null) return void 0;
  if (!Array.isArray(value) || value.some((v) => typeof v !== "string")) {
    throw invalidParameter(`${key} must be a list of strings.`);
  }
  return value;
}
function optionalObject(input, key) {
  const value = input[key];
  if (value === void 0 || value === null) return void 0;
  if (typeof value !== "object" || Array.isArray(value)) {
    throw invalidParameter(`${key} must be an object.`);
  }
  return value;
}
function optionalList(input, key) {
  const value = input[key];
  if (value === void 0 || value === null) return void 0;
  if (!Array.isArray(value)) throw invalidParameter(`${key} must be a list.`);
  return value;
}
function capitalize(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
function paginate(items, input, limits) {
  const maxResults = optionalInteger(input, "maxResults") ?? limits.default;
  if (maxResults < 1 || maxResults > limits.max) {
    throw invalidParameter(`maxResults must be between 1 and ${limits.max}.`);
  }
  const token2 = optionalString(input, "nextToken");
  const start = token2 === void 0 ? 0 : decodeToken(token2);
  const page = items.slice(start, start + maxResults);
  const end = start + page.length;
  return end < items.length ? { page, nextToken: encodeToken(end) } : { page };
}
function encodeToken(offset) {
  return Buffer.from(JSON.stringify({ offset })).toString("base64");
}
function decodeToken(token2) {
  try {
    const parsed = JSON.parse(Buffer.from(token2, "base64").toString("utf8"));
    const offset = parsed.offset;
    if (typeof offset === "number" && Number.isInteger(offset) && offset >= 0) return offset;
  } catch {
  }
  throw invalidParameter("Invalid nextToken.");
}
function describeEach(refs, rules, find, toWire, arnOf) {
  if (refs.length === 0) throw invalidParameter(rules.empty);
  if (refs.length > rules.limit) {
    throw invalidParameter(`${rules.what} can have at most ${rules.limit} items`);
  }
  const found = [];
  const failures = [];
  for (const ref of refs) {
    const item = find(ref);
    if (item) found.push(toWire(item));
    else failures.push({ arn: ref.startsWith("arn:") ? ref : arnOf(ref), reason: "MISSING" });
  }
  return { found, failures };
}

// src/sandbox/ecs/clusters.ts
function resolveCluster(state, input) {
  const name = nameFromArn(optionalString(input, "cluster") ?? "default");
  const cluster = state.clusters.get(name);
  if (!cluster) throw new AwsError("ClusterNotFoundException", "Cluster not found.");
  return cluster;
}
function addCluster(state, name) {
  if (!state.clusters.has(name)) state.clusters.set(name, { name, arn: state.arns.cluster(name) });
}
function findService(state, cluster, nameOrArn) {
  const inArn = clusterFromArn(nameOrArn);
  if (inArn !== void 0 && inArn !== cluster.name) return void 0;
  return state.services.get(`${cluster.name}/${nameFromArn(nameOrArn)}`);
}
function activeService(state, cluster, nameOrArn) {
  const service2 = findService(state, cluster, nameOrArn);
  if (!service2) throw new AwsError("ServiceNotFoundException", "Service not found.");
  if (service2.status !== "ACTIVE") {
    throw new AwsError("ServiceNotActiveException", "Service was not ACTIVE.");
  }
  return service2;
}

// src/sandbox/ecs/circuit-breaker.ts
function failureThreshold(config, desiredCount) {
  const { type, value } = config.thresholdConfiguration ?? { type: "BOUNDED_PERCENT", value: 50 };
  if (type === "COUNT") return value;
  const percent = Math.ceil(value / 100 * desiredCount);
  if (type === "UNBOUNDED_PERCENT") return Math.max(1, percent);
  return Math.min(200, Math.max(3, percent));
}
var DISABLED = { enable: false, rollback: false };
function parseCircuitBreaker(raw, current) {
  if (!raw) return current;
  if (typeof raw.enable !== "boolean" || typeof raw.rollback !== "boolean") {
    throw invalidParameter("deploymentCircuitBreaker requires enable and rollback.");
  }
  const threshold = raw.thresholdConfiguration;
  const config = { enable: raw.enable, rollback: raw.rollback };
  if (threshold && typeof threshold.type === "string" && typeof threshold.value === "number") {
    config.thresholdConfiguration = { type: threshold.type, value: threshold.value };
  }
  return config;
}

// src/sandbox/ecs/events.ts
var KEPT_EVENTS = 100;
function addEvent(state, service2, at, message) {
  service2.events.unshift({ id: state.ids.uuid(), createdAt: at, message });
  if (service2.events.length > KEPT_EVENTS) service2.events.length = KEPT_EVENTS;
}
var taskList = (tasks) => tasks.map((t2) => `(task ${t2.id})`).join(" ");
var say = {
  started: (s, tasks) => `(service ${s.name}) has started ${tasks.length} tasks: ${taskList(tasks)}.`,
  stopped: (s, tasks) => `(service ${s.name}) has stopped ${tasks.length} running tasks: ${taskList(tasks)}.`,
  completed: (s, deploymentId) => `(service ${s.name}) (deployment ${deploymentId}) deployment completed.`,
  steady: (s) => `(service ${s.name}) has reached a steady state.`,
  failed: (s, deploymentId) => `(service ${s.name}) (deployment ${deploymentId}) deployment failed: tasks failed to start.`,
  rollingBack: (s, failedId, targetId) => `(service ${s.name}) (deployment ${failedId}) rolling back to deployment ${targetId}.`,
  unstable: (s) => `(service ${s.name}) is unable to consistently start tasks successfully. For more information, see the Troubleshooting section of the Amazon ECS Developer Guide.`
};
var reasons = {
  inProgress: (id) => `ECS deployment ${id} in progress.`,
  completed: (id) => `ECS deployment ${id} completed.`,
  failed: "ECS deployment circuit breaker: tasks failed to start.",
  rollingBack: (targetId) => `ECS deployment circuit breaker: rolling back to deploymentId ${targetId}.`,
  /** stoppedReason of tasks the scheduler stops while replacing or scaling. */
  scaling: (deploymentId) => `Scaling activity initiated by (deployment ${deploymentId})`
};

// src/sandbox/ecs/tasks.ts
var ESSENTIAL_EXITED = {
  stopCode: "EssentialContainerExited",
  stoppedReason: "Essential container in task exited"
};
var hooksOf = /* @__PURE__ */ new WeakMap();
function launchTask(state, spec, plan, at, hooks = {}) {
  const id = state.ids.taskId();
  const task = {
    id,
    arn: state.arns.task(spec.cluster, id),
    cluster: spec.cluster,
    taskDefinition: spec.taskDefinition,
    group: spec.group,
    launchType: spec.launchType,
    overrides: spec.overrides ?? { containerOverrides: [], inferenceAcceleratorOverrides: [] },
    containers: containersOf2(state, spec, id),
    lastStatus: "PROVISIONING",
    desiredStatus: "RUNNING",
    createdAt: at,
    version: 1,
    ...spec.startedBy !== void 0 ? { startedBy: spec.startedBy } : {},
    ...spec.serviceName !== void 0 ? { serviceName: spec.serviceName } : {},
    ...spec.deploymentId !== void 0 ? { deploymentId: spec.deploymentId } : {},
    ...spec.failing ? { failing: spec.failing } : {}
  };
  state.tasks.set(id, task);
  hooksOf.set(task, hooks);
  schedulePlan(state, task, plan, at);
  return task;
}
function containersOf2(state, spec, taskId) {
  const definitions = spec.taskDefinition.body.containerDefinitions;
  return definitions.map((c) => {
    const name = String(c.name);
    const log = awslogsDestination(c, name, taskId);
    return {
      name,
      image: String(c.image),
      essential: c.essential !== false,
      arn: state.arns.container(spec.cluster, taskId, state.ids.uuid()),
      runtimeId: `${taskId}-${state.ids.hex(10)}`,
      lastStatus: "PENDING",
      ...log ? { log } : {}
    };
  });
}
function awslogsDestination(c, name, taskId) {
  const config = c.logConfiguration;
  const options = config?.options ?? {};
  const group = options["awslogs-group"];
  const prefix = options["awslogs-stream-prefix"];
  if (config?.logDriver !== "awslogs" || !group || !prefix) return void 0;
  return { group, stream: `${prefix}/${name}/${taskId}` };
}
function schedulePlan(state, task, plan, at) {
  const untilPending = (plan.kind === "run" ? plan.startAfter : plan.failAfter) / 2;
  state.agenda.schedule(at + untilPending, (t2) => {
    if (task.desiredStatus !== "RUNNING") return;
    change(task, { lastStatus: "PENDING", pullStartedAt: t2 });
  });
  if (plan.kind === "no-start") {
    state.agenda.schedule(at + plan.failAfter, (t2) => failToStart(task, plan.reason, t2));
    return;
  }
  state.agenda.schedule(at + plan.startAfter, (t2) => {
    if (task.desiredStatus !== "RUNNING") return;
    change(task, { lastStatus: "RUNNING", pullStoppedAt: t2, startedAt: t2 });
    for (const c of task.containers) c.lastStatus = "RUNNING";
    scheduleLogs(state, task, plan, t2);
    hooksOf.get(task)?.onRunning?.(task, t2);
    if (plan.runFor !== void 0) {
      const runFor = plan.runFor;
      state.agenda.schedule(t2 + runFor, (end) => exit(task, plan, end));
    }
  });
}
function failToStart(task, reason, at) {
  if (task.lastStatus === "STOPPED" || task.desiredStatus !== "RUNNING") return;
  for (const c of task.containers) {
    c.lastStatus = "STOPPED";
    c.reason = reason;
  }
  finish(task, at, { stopCode: "TaskFailedToStart", stoppedReason: reason });
}
function exit(task, plan, at) {
  if (task.lastStatus === "STOPPED" || task.desiredStatus !== "RUNNING") return;
  for (const c of task.containers) {
    const outcome = plan.exits[c.name] ?? { exitCode: 0 };
    c.lastStatus = "STOPPED";
    c.exitCode = outcome.exitCode;
    if (outcome.reason !== void 0) c.reason = outcome.reason;
  }
  finish(task, at, plan.stop ?? ESSENTIAL_EXITED);
}
function requestStop(state, task, stop) {
  if (task.lastStatus === "STOPPED" || task.desiredStatus === "STOPPED") return;
  change(task, { desiredStatus: "STOPPED", stoppingAt: stop.at });
  const complete = (t2) => {
    if (task.lastStatus === "STOPPED") return;
    for (const c of task.containers) {
      if (c.lastStatus === "RUNNING") c.exitCode = 0;
      c.lastStatus = "STOPPED";
    }
    finish(task, t2, { stopCode: stop.stopCode, stoppedReason: stop.reason });
  };
  if (stop.delay === 0) complete(stop.at);
  else state.agenda.schedule(stop.at + stop.delay, complete);
}
function finish(task, at, why) {
  change(task, {
    lastStatus: "STOPPED",
    desiredStatus: "STOPPED",
    stoppingAt: task.stoppingAt ?? at,
    executionStoppedAt: at,
    stoppedAt: at,
    ...why
  });
  hooksOf.get(task)?.onStopped?.(task, at);
}
function change(task, fields) {
  Object.assign(task, fields);
  task.version += 1;
}
function scheduleLogs(state, task, plan, startedAt) {
  for (const c of task.containers) {
    const lines = plan.logs[c.name] ?? [];
    const destination = c.log;
    if (!destination || lines.length === 0) continue;
    const step = plan.runFor !== void 0 ? plan.runFor / lines.length : 100;
    lines.forEach((message, i) => {
      const timestamp = Math.round(startedAt + step * i);
      state.agenda.schedule(
        timestamp,
        () => state.logs.append(destination.group, destination.stream, [{ timestamp, message }])
      );
    });
  }
}
function forgetOldTasks(state, now) {
  const HOUR = 36e5;
  for (const [id, task] of state.tasks) {
    if (task.stoppedAt !== void 0 && now - task.stoppedAt > HOUR) state.tasks.delete(id);
  }
}

// src/sandbox/ecs/throttle.ts
var MAX_RELAUNCH_DELAY = 27 * 6e4;
function relaunchDelay(task, deployment, timing2) {
  if (task.failing !== "launch") return 0;
  const desired = Math.max(1, deployment.desiredCount);
  if (timing2.relaunchDelay > 0) {
    const round = Math.ceil(deployment.failedTasks / desired);
    if (round < 1) return 0;
    return Math.min(MAX_RELAUNCH_DELAY, timing2.relaunchDelay * 2 ** (round - 1));
  }
  const rounds = Math.floor(deployment.failedTasks / desired);
  if (rounds < 3) return 0;
  return Math.min(MAX_RELAUNCH_DELAY, timing2.failAfter * 2 ** (rounds - 3));
}

// src/sandbox/ecs/deployments.ts
var countsAsFailure = (t2) => t2.failing === "launch" || t2.failing === "health-check";
function startDeployment(state, service2, taskDefinition2, at, options = {}) {
  const id = state.ids.deploymentId();
  const deployment = {
    id,
    status: "PRIMARY",
    taskDefinition: taskDefinition2,
    desiredCount: service2.desiredCount,
    failedTasks: 0,
    createdAt: at,
    updatedAt: at,
    rolloutState: options.completed ? "COMPLETED" : "IN_PROGRESS",
    rolloutStateReason: options.completed ? reasons.completed(id) : options.rollbackTo ? reasons.rollingBack(options.rollbackTo) : reasons.inProgress(id),
    launchType: service2.launchType,
    failedBatches: 0,
    isRollback: options.rollbackTo !== void 0,
    ...service2.networkConfiguration ? { networkConfiguration: service2.networkConfiguration } : {}
  };
  for (const old of service2.deployments) {
    old.status = "ACTIVE";
    stopTasks(state, service2, tasksOfDeployment(state, old).filter(isPending), deployment, at);
  }
  const hasOldTasks = tasksOfService(state, service2).some(isRunning);
  service2.deployments.unshift(deployment);
  service2.awaitingSteadyState = true;
  if (options.completed) service2.lastCompleted = { deploymentId: id, taskDefinition: taskDefinition2 };
  const startWindow = options.completed ? 0 : hasOldTasks ? service2.rolloutTime / 2 : service2.rolloutTime;
  const launched = launch(state, service2, deployment, service2.desiredCount, at, startWindow);
  if (!launched.some(countsAsFailure)) drainOthers(state, service2, deployment, at);
  evaluate(state, service2, at);
  return deployment;
}
function launch(state, service2, deployment, count, at, window) {
  const tasks = [];
  for (let i = 0; i < count; i++) {
    const startAfter = window * (i + 1) / count;
    const { plan, failing } = serviceTaskPlan(
      state.scenario,
      deployment.taskDefinition,
      startAfter
    );
    const task = launchTask(
      state,
      {
        cluster: service2.cluster,
        taskDefinition: deployment.taskDefinition,
        group: `service:${service2.name}`,
        launchType: service2.launchType,
        startedBy: deployment.id,
        serviceName: service2.name,
        deploymentId: deployment.id,
        ...failing ? { failing } : {}
      },
      plan,
      at,
      {
        onRunning: (running, t2) => onTaskRunning(state, service2, deployment, running, t2),
        onStopped: (stopped, t2) => onTaskStopped(state, service2, deployment, stopped, t2)
      }
    );
    tasks.push(task);
  }
  if (tasks.length > 0) addEvent(state, service2, at, say.started(service2, tasks));
  return tasks;
}
function drainOthers(state, service2, primary, at) {
  const old = tasksOfService(state, service2).filter(
    (t2) => t2.deploymentId !== primary.id && isRunning(t2) && !t2.drainScheduled
  );
  const half = service2.rolloutTime / 2;
  old.forEach((task, j) => {
    task.drainScheduled = true;
    state.agenda.schedule(
      at + half + half * (j + 1) / old.length,
      (t2) => stopTasks(state, service2, [task], primary, t2)
    );
  });
}
function stopTasks(state, service2, tasks, cause, at) {
  const live = tasks.filter((t2) => isLive(t2) && t2.desiredStatus === "RUNNING");
  const running = live.filter(isRunning);
  if (running.length > 0) addEvent(state, service2, at, say.stopped(service2, running));
  for (const task of live) {
    requestStop(state, task, {
      at,
      delay: 0,
      stopCode: "ServiceSchedulerInitiated",
      reason: reasons.scaling(cause.id)
    });
  }
}
function scaleService(state, service2, desired, at) {
  service2.desiredCount = desired;
  const primary = service2.deployments[0];
  if (!primary) return;
  primary.desiredCount = desired;
  primary.updatedAt = at;
  service2.awaitingSteadyState = true;
  if (primary.rolloutState !== "FAILED") {
    const live = tasksOfDeployment(state, primary).filter(
      (t2) => isLive(t2) && t2.desiredStatus === "RUNNING"
    );
    if (live.length < desired) {
      launch(state, service2, primary, desired - live.length, at, service2.rolloutTime / 2);
    } else if (live.length > desired) {
      const byPreference = [...live.filter(isPending), ...live.filter(isRunning)].reverse();
      stopTasks(state, service2, byPreference.slice(0, live.length - desired), primary, at);
    }
  }
  evaluate(state, service2, at);
}
function onTaskRunning(state, service2, deployment, task, at) {
  if (task.failing !== "health-check" && deployment.failedTasks > 0) {
    deployment.failedTasks = 0;
    deployment.updatedAt = at;
  }
  evaluate(state, service2, at);
}
function onTaskStopped(state, service2, deployment, task, at) {
  const current = deployment.status === "PRIMARY" && deployment.rolloutState !== "FAILED";
  const replaced = task.stopCode === "ServiceSchedulerInitiated" && task.failing !== "health-check";
  if (current && !replaced && service2.status === "ACTIVE") {
    if (countsAsFailure(task)) countFailure(state, service2, deployment, at);
    if (deployment.rolloutState !== "FAILED") {
      const delay2 = relaunchDelay(task, deployment, relaunchTiming(state));
      state.agenda.schedule(at + delay2, (t2) => replaceMissing(state, service2, deployment, t2));
    }
  }
  evaluate(state, service2, at);
}
function relaunchTiming(state) {
  const { timing: timing2 } = state.scenario;
  return { relaunchDelay: timing2["relaunch-delay"], failAfter: timing2["task-fail-after"] };
}
function replaceMissing(state, service2, deployment, at) {
  if (deployment.status !== "PRIMARY" || deployment.rolloutState === "FAILED") return;
  if (service2.status !== "ACTIVE") return;
  const live = tasksOfDeployment(state, deployment).filter(
    (t2) => isLive(t2) && t2.desiredStatus === "RUNNING"
  );
  const missing = deployment.desiredCount - live.length;
  if (missing > 0) launch(state, service2, deployment, missing, at, service2.rolloutTime / 2);
}
function countFailure(state, service2, deployment, at) {
  deployment.failedTasks += 1;
  deployment.updatedAt = at;
  const breaker = service2.circuitBreaker;
  if (breaker.enable && deployment.failedTasks >= failureThreshold(breaker, deployment.desiredCount)) {
    failDeployment(state, service2, deployment, at);
  } else if (!deployment.warnedUnstable && deployment.failedTasks >= 2) {
    deployment.warnedUnstable = true;
    addEvent(state, service2, at, say.unstable(service2));
  }
}
function failDeployment(state, service2, deployment, at) {
  deployment.rolloutState = "FAILED";
  deployment.rolloutStateReason = reasons.failed;
  addEvent(state, service2, at, say.failed(service2, deployment.id));
  service2.awaitingSteadyState = false;
  const target = service2.lastCompleted;
  if (!service2.circuitBreaker.rollback || !target || deployment.isRollback) {
    stopTasks(state, service2, tasksOfDeployment(state, deployment), deployment, at);
    return;
  }
  const delay2 = state.scenario.timing["rollback-delay"];
  state.agenda.schedule(at + delay2, (t2) => rollBack(state, service2, deployment, target, t2));
}
function rollBack(state, service2, failed, target, at) {
  if (service2.status !== "ACTIVE" || service2.deployments[0] !== failed) return;
  addEvent(state, service2, at, say.rollingBack(service2, failed.id, target.deploymentId));
  startDeployment(state, service2, target.taskDefinition, at, { rollbackTo: target.deploymentId });
}
function evaluate(state, service2, at) {
  const primary = service2.deployments[0];
  if (service2.status === "DRAINING" && !tasksOfService(state, service2).some(isLive)) {
    service2.status = "INACTIVE";
  }
  if (!primary || service2.status !== "ACTIVE") return;
  const own = countsOf(tasksOfDeployment(state, primary).filter((t2) => !t2.failing));
  const othersLive = tasksOfService(state, service2).some(
    (t2) => t2.deploymentId !== primary.id && isLive(t2)
  );
  const settled = own.running === primary.desiredCount && own.pending === 0 && !othersLive;
  if (primary.rolloutState === "IN_PROGRESS" && settled) {
    primary.rolloutState = "COMPLETED";
    primary.rolloutStateReason = reasons.completed(primary.id);
    primary.updatedAt = at;
    service2.deployments = [primary];
    service2.lastCompleted = { deploymentId: primary.id, taskDefinition: primary.taskDefinition };
    addEvent(state, service2, at, say.completed(service2, primary.id));
  }
  if (service2.awaitingSteadyState && primary.rolloutState === "COMPLETED" && settled) {
    service2.awaitingSteadyState = false;
    addEvent(state, service2, at, say.steady(service2));
  }
}

// src/sandbox/ecs/task-definitions.ts
var FAMILY2 = /^[A-Za-z0-9_-]{1,255}$/;
function registerTaskDefinition(state, input, options) {
  const family = optionalString(input, "family");
  if (!family) throw clientException("Family can not be blank.");
  if (!FAMILY2.test(family)) {
    throw clientException(
      "Family name can only contain letters, numbers, hyphens and underscores (1-255 characters)."
    );
  }
  const { tags, ...definition } = modelled(input);
  const body = normalize(definition);
  const revisions = state.taskDefinitions.get(family) ?? [];
  const revision = options.revision ?? (revisions.at(-1)?.revision ?? 0) + 1;
  if (revisions.some((r) => r.revision === revision)) {
    throw clientException(`Revision ${revision} of ${family} already exists.`);
  }
  const record2 = {
    family,
    revision,
    arn: state.arns.taskDefinition(family, revision),
    status: options.status ?? "ACTIVE",
    body,
    registeredAt: options.at,
    tags: Array.isArray(tags) ? tags : []
  };
  if (record2.status === "INACTIVE") record2.deregisteredAt = options.at;
  revisions.push(record2);
  revisions.sort((a, b) => a.revision - b.revision);
  state.taskDefinitions.set(family, revisions);
  return record2;
}
function modelled(input) {
  const problems = shapeProblems(input);
  const wrong = problems.find((p) => p.kind === "type");
  if (wrong) throw new AwsError("SerializationException", serializationMessage(wrong));
  const copy = structuredClone(input);
  for (const p of problems) removeAt(copy, p.path);
  return copy;
}
function serializationMessage(p) {
  const v = p.value;
  if (Array.isArray(v)) return "Start of list found where not expected";
  if (typeof v === "object" && v !== null)
    return "Start of structure or map found where not expected";
  const token2 = typeof v === "string" ? "STRING_VALUE" : typeof v === "number" ? "NUMBER_VALUE" : "BOOLEAN_VALUE";
  const type = p.expected === "integer" ? "Integer" : p.expected === "boolean" ? "Boolean" : "String";
  return `${token2} cannot be converted to ${type}`;
}
function removeAt(root, path) {
  const parent = path.slice(0, -1).reduce((at, key) => at?.[key], root);
  if (typeof parent === "object" && parent !== null) delete parent[String(path.at(-1))];
}
function normalize(definition) {
  const containers = optionalList(definition, "containerDefinitions") ?? [];
  if (containers.length === 0) throw clientException("Container list cannot be empty.");
  const networkMode = optionalString(definition, "networkMode");
  const normalized = containers.map((c) => normalizeContainer(c, networkMode));
  const names = normalized.map((c) => c.name);
  const duplicate = names.find((n, i) => names.indexOf(n) !== i);
  if (duplicate !== void 0) throw clientException(`Duplicate container name: ${duplicate}.`);
  if (!normalized.some((c) => c.essential === true)) {
    throw clientException("A task definition must have at least one essential container.");
  }
  const body = { ...definition, containerDefinitions: normalized };
  const units = { cpu: cpuUnits(body.cpu), memory: memoryMiB(body.memory) };
  for (const key of ["cpu", "memory"]) {
    if (body[key] !== void 0) body[key] = String(units[key] ?? body[key]);
  }
  refuseWhatAwsRefuses(body);
  return { volumes: [], placementConstraints: [], ...body };
}
function normalizeContainer(raw, networkMode) {
  if (typeof raw !== "object" || raw === null)
    throw clientException("Invalid container definition.");
  const c = raw;
  if (typeof c.name !== "string" || c.name === "") {
    throw clientException("Container.name should not be null or empty.");
  }
  if (typeof c.image !== "string" || c.image === "") {
    throw clientException("Container.image should not be null or empty.");
  }
  const ports = Array.isArray(c.portMappings) ? c.portMappings : [];
  return {
    cpu: 0,
    environment: [],
    mountPoints: [],
    volumesFrom: [],
    systemControls: [],
    ...c,
    essential: c.essential ?? true,
    // awsvpc tasks use the container port as host port; AWS fills it in and adds the protocol.
    portMappings: ports.map((p) => ({
      ...p,
      ...networkMode === "awsvpc" && p.hostPort === void 0 ? { hostPort: p.containerPort } : {},
      protocol: p.protocol ?? "tcp"
    }))
  };
}
var AWS_MESSAGES = {
  "fargate-network-mode": () => "Fargate only supports network mode \u2018awsvpc\u2019.",
  "fargate-cpu-missing": () => "Fargate requires that 'cpu' be defined at the task level.",
  "fargate-memory-missing": () => "Fargate requires that 'memory' be defined at the task level.",
  // The developer guide gives this one text for any unsupported cpu or memory; Terraform users
  // also report "No Fargate configuration exists for given values." (when is not documented).
  "fargate-size": () => "Invalid 'cpu' setting for task.",
  // The next three are AWS's texts as users quote them (AWS does not document its messages).
  "execution-role-awslogs": () => "Fargate requires task definition to have execution role ARN to support log driver awslogs.",
  "execution-role-ecr": () => "Fargate requires task definition to have execution role ARN to support ECR images.",
  "execution-role-secrets": () => "When you are specifying container secrets, you must also specify a value for 'executionRoleArn'.",
  // Quoted by users since 2016; AWS's text for the task-level memory case is not known.
  "container-memory": (p) => `Invalid setting for container '${p.container}'. At least one of 'memory' or 'memoryReservation' must be specified.`
};
function refuseWhatAwsRefuses(body) {
  const [first] = taskDefinitionProblems(body);
  if (first) throw clientException(AWS_MESSAGES[first.rule](first));
}
function resolveTaskDefinition(state, ref) {
  const name = ref.startsWith("arn:") ? ref.slice(ref.indexOf("task-definition/") + 16) : ref;
  const [family = "", revisionText] = name.split(":");
  const revisions = state.taskDefinitions.get(family) ?? [];
  const found = revisionText === void 0 ? revisions.filter((r) => r.status === "ACTIVE").at(-1) : revisions.find((r) => String(r.revision) === revisionText);
  if (!found) throw clientException("Unable to describe task definition.");
  return found;
}
function requiresAttributes(body) {
  const names = /* @__PURE__ */ new Set(["com.amazonaws.ecs.capability.docker-remote-api.1.18"]);
  const containers = body.containerDefinitions;
  if (body.taskRoleArn) names.add("com.amazonaws.ecs.capability.task-iam-role");
  if (body.networkMode === "awsvpc") names.add("ecs.capability.task-eni");
  for (const c of containers) {
    const log = c.logConfiguration;
    if (log?.logDriver === "awslogs") {
      names.add("com.amazonaws.ecs.capability.logging-driver.awslogs");
      if (body.executionRoleArn) names.add("ecs.capability.execution-role-awslogs");
    }
    if (String(c.image).includes(".dkr.ecr.")) {
      names.add("com.amazonaws.ecs.capability.ecr-auth");
      if (body.executionRoleArn) names.add("ecs.capability.execution-role-ecr-pull");
    }
    if (Array.isArray(c.secrets) && c.secrets.length > 0) {
      names.add("ecs.capability.secrets.asm.environment-variables");
    }
    if (c.healthCheck) names.add("ecs.capability.container-health-check");
  }
  return [...names].map((name) => ({ name }));
}
function compatibilities(body) {
  const fargate = taskDefinitionProblems(body, { launchType: "FARGATE" }).length === 0;
  return fargate ? ["EC2", "FARGATE"] : ["EC2"];
}
function taskDefinitionToWire(state, td) {
  return {
    taskDefinitionArn: td.arn,
    ...td.body,
    family: td.family,
    revision: td.revision,
    status: td.status,
    requiresAttributes: requiresAttributes(td.body),
    compatibilities: compatibilities(td.body),
    registeredAt: epochSeconds(td.registeredAt),
    registeredBy: state.arns.principal(),
    ...td.deregisteredAt !== void 0 ? { deregisteredAt: epochSeconds(td.deregisteredAt) } : {}
  };
}
function supportsLaunchType(td, launchType) {
  return launchType !== "FARGATE" || compatibilities(td.body).includes("FARGATE");
}
function listTaskDefinitionArns(state, input) {
  const prefix = optionalString(input, "familyPrefix");
  const status = optionalString(input, "status") ?? "ACTIVE";
  const sort = optionalString(input, "sort") ?? "ASC";
  const all = [...state.taskDefinitions.entries()].filter(([family]) => prefix === void 0 || family === prefix).sort(([a], [b]) => a.localeCompare(b)).flatMap(([, revisions]) => revisions).filter((td) => status === "ALL" || td.status === status).map((td) => td.arn);
  if (sort === "DESC") all.reverse();
  const { page, nextToken } = paginate(all, input, { default: 100, max: 100 });
  return { taskDefinitionArns: page, ...nextToken ? { nextToken } : {} };
}

// src/sandbox/ecs/seed.ts
var SANDBOX_NETWORK = {
  awsvpcConfiguration: {
    subnets: ["subnet-0sandbox0000000a"],
    securityGroups: ["sg-0sandbox00000000a"],
    assignPublicIp: "DISABLED"
  }
};
function seed(state, at) {
  for (const name of state.scenario.clusters) addCluster(state, name);
  for (const [i, td] of state.scenario.taskDefinitions.entries()) {
    declareTaskDefinition(state, td, i, at);
  }
  for (const [i, s] of state.scenario.services.entries()) declareService(state, s, i, at);
}
function generatedDefinition(state, family, image, options) {
  return {
    family,
    networkMode: "awsvpc",
    requiresCompatibilities: ["FARGATE"],
    cpu: options.cpu ?? "512",
    memory: options.memory ?? "1024",
    executionRoleArn: state.arns.executionRole(),
    containerDefinitions: [
      {
        name: options.container ?? family,
        image,
        essential: true,
        portMappings: options.port ? [{ containerPort: options.port }] : [],
        logConfiguration: {
          logDriver: "awslogs",
          options: {
            "awslogs-group": `/ecs/${family}`,
            "awslogs-region": state.region,
            "awslogs-stream-prefix": "ecs"
          }
        }
      }
    ]
  };
}
function declareTaskDefinition(state, td, i, at) {
  const where = `ecs.task-definitions[${i}]`;
  const body = td.definition ? { ...td.definition, family: td.family } : generatedDefinition(state, td.family, td.image ?? "", td);
  try {
    registerTaskDefinition(state, body, {
      at,
      ...td.revision !== void 0 ? { revision: td.revision } : {},
      ...td.status !== void 0 ? { status: td.status } : {}
    });
  } catch (error) {
    if (error instanceof AwsError) throw new ScenarioError(where, error.message);
    throw error;
  }
}
function serviceTaskDefinition(state, s, where, at) {
  const ref = s["task-definition"] ?? s.name;
  try {
    return resolveTaskDefinition(state, ref);
  } catch {
    if (!s.image) {
      throw new ScenarioError(
        where,
        `task definition ${ref} is not declared`,
        "add image: to generate one, or declare it under ecs.task-definitions"
      );
    }
  }
  const [family = s.name, revision] = ref.split(":");
  const body = generatedDefinition(state, family, s.image, {
    container: s.container ?? s.name,
    port: s.port
  });
  return registerTaskDefinition(state, body, {
    at,
    ...revision ? { revision: Number(revision) } : {}
  });
}
function declareService(state, s, i, at) {
  const where = `ecs.services[${i}]`;
  const cluster = s.cluster ?? state.scenario.clusters[0] ?? "default";
  if (state.services.has(`${cluster}/${s.name}`)) {
    throw new ScenarioError(where, `service ${s.name} is declared twice in cluster ${cluster}`);
  }
  const td = serviceTaskDefinition(state, s, where, at);
  const container = String(td.body.containerDefinitions[0]?.name);
  const service2 = {
    name: s.name,
    arn: state.arns.service(cluster, s.name),
    cluster,
    status: "ACTIVE",
    desiredCount: s["desired-count"],
    launchType: s["launch-type"],
    deploymentConfiguration: { maximumPercent: 200, minimumHealthyPercent: 100 },
    circuitBreaker: s["circuit-breaker"] ?? { enable: false, rollback: false },
    ...td.body.networkMode === "awsvpc" ? { networkConfiguration: SANDBOX_NETWORK } : {},
    loadBalancers: s["load-balancer"] ? [
      {
        targetGroupArn: state.arns.targetGroup(`${s.name}-tg`, state.ids.hex(16)),
        containerName: container,
        containerPort: s.port ?? 80
      }
    ] : [],
    serviceRegistries: [],
    createdAt: at,
    createdBy: state.arns.principal(),
    tags: [],
    rolloutTime: s.rollout ?? state.scenario.timing.rollout,
    deployments: [],
    events: [],
    awaitingSteadyState: true,
    extras: {},
    ...s["load-balancer"] ? { health: { agent: s.agent ?? agentName(s.name) } } : {}
  };
  state.services.set(`${cluster}/${s.name}`, service2);
  startDeployment(state, service2, td, at, { completed: true });
}

// src/sandbox/ecs/service-wire.ts
function platform(launchType) {
  return launchType === "FARGATE" ? { platformVersion: "1.4.0", platformFamily: "Linux" } : {};
}
function deploymentToWire(state, d) {
  const counts = countsOf(tasksOfDeployment(state, d));
  return {
    id: d.id,
    status: d.status,
    taskDefinition: d.taskDefinition.arn,
    // An ACTIVE deployment is scaled down as its tasks are replaced.
    desiredCount: d.status === "PRIMARY" ? d.desiredCount : counts.live,
    pendingCount: counts.pending,
    runningCount: counts.running,
    failedTasks: d.failedTasks,
    createdAt: epochSeconds(d.createdAt),
    updatedAt: epochSeconds(d.updatedAt),
    launchType: d.launchType,
    ...platform(d.launchType),
    ...d.networkConfiguration ? { networkConfiguration: d.networkConfiguration } : {},
    rolloutState: d.rolloutState,
    rolloutStateReason: d.rolloutStateReason
  };
}
function serviceToWire(state, s, includeTags = false) {
  const counts = countsOf(tasksOfService(state, s));
  const primary = s.deployments[0];
  return {
    serviceArn: s.arn,
    serviceName: s.name,
    clusterArn: state.arns.cluster(s.cluster),
    loadBalancers: s.loadBalancers,
    serviceRegistries: s.serviceRegistries,
    status: s.status,
    desiredCount: s.desiredCount,
    runningCount: counts.running,
    pendingCount: counts.pending,
    launchType: s.launchType,
    ...s.launchType === "FARGATE" ? { platformVersion: "LATEST" } : {},
    ...primary ? { taskDefinition: primary.taskDefinition.arn } : {},
    deploymentConfiguration: {
      ...s.deploymentConfiguration,
      deploymentCircuitBreaker: s.circuitBreaker
    },
    deployments: s.deployments.map((d) => deploymentToWire(state, d)),
    events: s.events.map((e) => ({
      id: e.id,
      createdAt: epochSeconds(e.createdAt),
      message: e.message
    })),
    createdAt: epochSeconds(s.createdAt),
    placementConstraints: [],
    placementStrategy: [],
    ...s.networkConfiguration ? { networkConfiguration: s.networkConfiguration } : {},
    healthCheckGracePeriodSeconds: 0,
    schedulingStrategy: "REPLICA",
    deploymentController: { type: "ECS" },
    createdBy: s.createdBy,
    enableECSManagedTags: false,
    propagateTags: "NONE",
    enableExecuteCommand: false,
    ...s.extras,
    ...includeTags ? { tags: s.tags } : {}
  };
}

// src/sandbox/ecs/services.ts
function usableTaskDefinition(state, ref, launchType) {
  const td = resolveTaskDefinition(state, ref);
  if (td.status !== "ACTIVE") throw invalidParameter("TaskDefinition is inactive");
  if (!supportsLaunchType(td, launchType)) {
    throw invalidParameter(`Task definition does not support launch_type ${launchType}.`);
  }
  return td;
}
function checkNetwork(td, network) {
  if (td.body.networkMode === "awsvpc" && !network?.awsvpcConfiguration) {
    throw invalidParameter(
      "Network Configuration must be provided when networkMode 'awsvpc' is specified."
    );
  }
}
function launchTypeOf(input) {
  const given = optionalString(input, "launchType");
  if (given) return given;
  return optionalList(input, "capacityProviderStrategy") ? "FARGATE" : "EC2";
}
function checkLoadBalancers(td, balancers) {
  const names = td.body.containerDefinitions.map((c) => c.name);
  for (const lb of balancers) {
    if (!names.includes(lb.containerName)) {
      throw invalidParameter(
        `The container ${String(lb.containerName)} does not exist in the task definition.`
      );
    }
  }
}
function createToken(input) {
  const { clientToken, ...rest } = input;
  if (clientToken !== void 0 && !/^[\x21-\x7e]{1,36}$/.test(String(clientToken)))
    throw invalidParameter("clientToken must be 1 to 36 ASCII characters in the range 33-126.");
  return {
    ...clientToken !== void 0 ? { token: String(clientToken) } : {},
    params: JSON.stringify(rest)
  };
}
function createService(state, input, at) {
  const cluster = resolveCluster(state, input);
  const name = requiredString(input, "serviceName", "ServiceName");
  const existing = state.services.get(`${cluster.name}/${name}`);
  const request = createToken(input);
  if (existing && existing.status !== "INACTIVE") {
    const same = existing.createdWith;
    if (request.token && same?.token === request.token && same.params === request.params)
      return { service: serviceToWire(state, existing) };
    throw invalidParameter("Creation of service was not idempotent.");
  }
  const launchType = launchTypeOf(input);
  const td = usableTaskDefinition(
    state,
    requiredString(input, "taskDefinition", "TaskDefinition"),
    launchType
  );
  const desiredCount = optionalInteger(input, "desiredCount");
  if (desiredCount === void 0) {
    throw invalidParameter("desiredCount is required for services using the REPLICA strategy.");
  }
  const network = optionalObject(input, "networkConfiguration");
  checkNetwork(td, network);
  const loadBalancers = optionalList(input, "loadBalancers") ?? [];
  checkLoadBalancers(td, loadBalancers);
  const config = optionalObject(input, "deploymentConfiguration") ?? {};
  const service2 = {
    name,
    arn: state.arns.service(cluster.name, name),
    cluster: cluster.name,
    status: "ACTIVE",
    desiredCount,
    launchType,
    deploymentConfiguration: { maximumPercent: 200, minimumHealthyPercent: 100, ...config },
    circuitBreaker: parseCircuitBreaker(
      config.deploymentCircuitBreaker,
      DISABLED
    ),
    loadBalancers,
    serviceRegistries: optionalList(input, "serviceRegistries") ?? [],
    createdAt: at,
    createdBy: state.arns.principal(),
    tags: optionalList(input, "tags") ?? [],
    rolloutTime: state.scenario.timing.rollout,
    deployments: [],
    events: [],
    awaitingSteadyState: true,
    extras: pick(input, [
      "capacityProviderStrategy",
      "healthCheckGracePeriodSeconds",
      "enableExecuteCommand",
      "propagateTags",
      "enableECSManagedTags"
    ]),
    ...network ? { networkConfiguration: network } : {},
    ...loadBalancers.length > 0 ? { health: { agent: agentName(name) } } : {},
    ...request.token ? { createdWith: request } : {}
  };
  state.services.set(`${cluster.name}/${name}`, service2);
  startDeployment(state, service2, td, at);
  return { service: serviceToWire(state, service2) };
}
function pick(input, keys) {
  return Object.fromEntries(keys.filter((k) => input[k] !== void 0).map((k) => [k, input[k]]));
}
function updateService(state, input, at) {
  const cluster = resolveCluster(state, input);
  const service2 = activeService(state, cluster, requiredString(input, "service", "Service"));
  const primary = service2.deployments[0];
  const tdRef = optionalString(input, "taskDefinition");
  const launchType = optionalString(input, "launchType") ?? service2.launchType;
  const td = tdRef ? usableTaskDefinition(state, tdRef, launchType) : primary?.taskDefinition;
  const desired = optionalInteger(input, "desiredCount");
  if (desired !== void 0 && desired < 0)
    throw invalidParameter("desiredCount must be 0 or more.");
  const network = optionalObject(input, "networkConfiguration");
  const config = optionalObject(input, "deploymentConfiguration");
  if (config) {
    const { deploymentCircuitBreaker, ...rest } = config;
    service2.deploymentConfiguration = { ...service2.deploymentConfiguration, ...rest };
    service2.circuitBreaker = parseCircuitBreaker(
      deploymentCircuitBreaker,
      service2.circuitBreaker
    );
  }
  const balancers = optionalList(input, "loadBalancers");
  if (balancers && td) {
    checkLoadBalancers(td, balancers);
    service2.loadBalancers = balancers;
  }
  if (!td) throw invalidParameter("TaskDefinition can not be blank.");
  const networkChanged = network !== void 0 && JSON.stringify(network) !== JSON.stringify(service2.networkConfiguration);
  if (network) {
    checkNetwork(td, network);
    service2.networkConfiguration = network;
  }
  const force = optionalBoolean(input, "forceNewDeployment") ?? false;
  if (force || networkChanged || td.arn !== primary?.taskDefinition.arn) {
    checkNetwork(td, service2.networkConfiguration);
    if (desired !== void 0) service2.desiredCount = desired;
    service2.launchType = launchType;
    startDeployment(state, service2, td, at);
  } else if (desired !== void 0 && desired !== service2.desiredCount) {
    scaleService(state, service2, desired, at);
  }
  return { service: serviceToWire(state, service2) };
}
var DESCRIBE_LIMIT = 10;
function describeServices(state, input) {
  const cluster = resolveCluster(state, input);
  const includeTags = (optionalStringList(input, "include") ?? []).includes("TAGS");
  const { found, failures } = describeEach(
    optionalStringList(input, "services") ?? [],
    { what: "service names", empty: "Services cannot be empty.", limit: DESCRIBE_LIMIT },
    (name) => findService(state, cluster, name),
    (service2) => serviceToWire(state, service2, includeTags),
    (name) => state.arns.service(cluster.name, name)
  );
  return { services: found, failures };
}
function listServices(state, input) {
  const cluster = resolveCluster(state, input);
  const launchType = optionalString(input, "launchType");
  const arns = [...state.services.values()].filter((s) => s.cluster === cluster.name && s.status === "ACTIVE").filter((s) => launchType === void 0 || s.launchType === launchType).map((s) => s.arn);
  const { page, nextToken } = paginate(arns, input, { default: 10, max: 100 });
  return { serviceArns: page, ...nextToken ? { nextToken } : {} };
}
function deleteService(state, input, at) {
  const cluster = resolveCluster(state, input);
  const service2 = activeService(state, cluster, requiredString(input, "service", "Service"));
  if (service2.desiredCount > 0 && optionalBoolean(input, "force") !== true) {
    throw invalidParameter("The service cannot be stopped while it is scaled above 0.");
  }
  service2.status = "DRAINING";
  service2.desiredCount = 0;
  for (const task of tasksOfService(state, service2).filter(isLive)) {
    requestStop(state, task, {
      at,
      delay: state.scenario.timing["task-stop"],
      stopCode: "ServiceSchedulerInitiated",
      reason: "Service deletion"
    });
  }
  evaluate(state, service2, at);
  return { service: serviceToWire(state, service2) };
}

// src/sandbox/ecs/task-wire.ts
function containerToWire(task, c) {
  return {
    containerArn: c.arn,
    taskArn: task.arn,
    name: c.name,
    image: c.image,
    runtimeId: c.runtimeId,
    lastStatus: c.lastStatus,
    ...c.exitCode !== void 0 ? { exitCode: c.exitCode } : {},
    ...c.reason !== void 0 ? { reason: c.reason } : {},
    networkBindings: [],
    networkInterfaces: [],
    healthStatus: "UNKNOWN",
    cpu: "0"
  };
}
var TIMES = [
  "createdAt",
  "pullStartedAt",
  "pullStoppedAt",
  "startedAt",
  "stoppingAt",
  "executionStoppedAt",
  "stoppedAt"
];
function taskToWire(state, task, includeTags = false) {
  const body = task.taskDefinition.body;
  const times = {};
  for (const key of TIMES) {
    const value = task[key];
    if (value !== void 0) times[key] = epochSeconds(value);
  }
  return {
    attachments: [],
    attributes: [{ name: "ecs.cpu-architecture", value: "x86_64" }],
    availabilityZone: `${state.region}a`,
    clusterArn: state.arns.cluster(task.cluster),
    connectivity: "CONNECTED",
    connectivityAt: epochSeconds(task.createdAt),
    containers: task.containers.map((c) => containerToWire(task, c)),
    ...body.cpu !== void 0 ? { cpu: body.cpu } : {},
    ...body.memory !== void 0 ? { memory: body.memory } : {},
    desiredStatus: task.desiredStatus,
    enableExecuteCommand: false,
    group: task.group,
    healthStatus: "UNKNOWN",
    lastStatus: task.lastStatus,
    launchType: task.launchType,
    overrides: task.overrides,
    ...task.launchType === "FARGATE" ? { platformVersion: "1.4.0", platformFamily: "Linux" } : {},
    ...task.startedBy !== void 0 ? { startedBy: task.startedBy } : {},
    ...task.stopCode !== void 0 ? { stopCode: task.stopCode } : {},
    ...task.stoppedReason !== void 0 ? { stoppedReason: task.stoppedReason } : {},
    taskArn: task.arn,
    taskDefinitionArn: task.taskDefinition.arn,
    version: task.version,
    ...times,
    ...includeTags ? { tags: [] } : {}
  };
}

// src/sandbox/ecs/task-api.ts
var MAX_RUN_COUNT = 10;
var MAX_DESCRIBE = 100;
var TOKEN_TTL_MS = 24 * 60 * 60 * 1e3;
function runTask2(state, input, at) {
  const cluster = resolveCluster(state, input);
  const token2 = optionalString(input, "clientToken");
  if (token2 === void 0) return startTasks(state, input, at, cluster).answer;
  if (!/^[\x21-\x7e]{1,64}$/.test(token2))
    throw invalidParameter("clientToken must be 1 to 64 ASCII characters in the range 33-126.");
  const key = `${cluster.name}/${token2}`;
  const { clientToken: _token, ...rest } = input;
  const params = JSON.stringify(rest);
  const earlier = state.runTaskTokens.get(key);
  if (earlier && at - earlier.at < TOKEN_TTL_MS) return repeated(state, earlier, params);
  const { answer, taskIds } = startTasks(state, input, at, cluster);
  const failures = answer.failures ?? [];
  state.runTaskTokens.set(key, { params, taskIds, failures, at });
  return answer;
}
function repeated(state, earlier, params) {
  const tasks = earlier.taskIds.flatMap((id) => state.tasks.get(id) ?? []);
  if (earlier.params !== params) {
    throw new AwsError(
      "ConflictException",
      "The specified client token has already been used in a different request.",
      400,
      { resourceIds: tasks.map((t2) => t2.arn) }
    );
  }
  return { tasks: tasks.map((t2) => taskToWire(state, t2)), failures: earlier.failures };
}
function startTasks(state, input, at, cluster) {
  const launchType = optionalString(input, "launchType") ?? (optionalList(input, "capacityProviderStrategy") ? "FARGATE" : "EC2");
  const td = usableTaskDefinition(
    state,
    requiredString(input, "taskDefinition", "TaskDefinition"),
    launchType
  );
  checkNetwork(td, optionalObject(input, "networkConfiguration"));
  const count = optionalInteger(input, "count") ?? 1;
  if (count < 1 || count > MAX_RUN_COUNT) {
    throw invalidParameter(`count must be between 1 and ${MAX_RUN_COUNT}.`);
  }
  const overrides = optionalObject(input, "overrides") ?? {};
  const startedBy = optionalString(input, "startedBy");
  const spec = {
    cluster: cluster.name,
    taskDefinition: td,
    group: optionalString(input, "group") ?? `family:${td.family}`,
    launchType,
    overrides: { containerOverrides: [], inferenceAcceleratorOverrides: [], ...overrides },
    ...startedBy !== void 0 ? { startedBy } : {}
  };
  const unplaced = runTaskEntry(state.scenario, td, overrides)?.["placement-failure"];
  const placed = unplaced ? Math.min(count, unplaced.placed) : count;
  const tasks = [];
  for (let i = 0; i < placed; i++) {
    tasks.push(launchTask(state, spec, runTaskPlan(state.scenario, td, overrides), at));
  }
  const failures = unplaced && placed < count ? placementFailures(unplaced, { cluster: cluster.name, arns: state.arns, ids: state.ids }) : [];
  return {
    answer: { tasks: tasks.map((t2) => taskToWire(state, t2)), failures },
    taskIds: tasks.map((t2) => t2.id)
  };
}
function findTask(state, cluster, ref) {
  const task = state.tasks.get(nameFromArn(ref));
  return task && task.cluster === cluster.name ? task : void 0;
}
function describeTasks(state, input) {
  const cluster = resolveCluster(state, input);
  const includeTags = (optionalStringList(input, "include") ?? []).includes("TAGS");
  const { found, failures } = describeEach(
    optionalStringList(input, "tasks") ?? [],
    { what: "tasks", empty: "Tasks cannot be empty.", limit: MAX_DESCRIBE },
    (ref) => findTask(state, cluster, ref),
    (task) => taskToWire(state, task, includeTags),
    (ref) => state.arns.task(cluster.name, ref)
  );
  return { tasks: found, failures };
}
function listTasks(state, input) {
  const cluster = resolveCluster(state, input);
  const serviceName = optionalString(input, "serviceName");
  if (serviceName !== void 0 && !findService(state, cluster, serviceName)) {
    throw new AwsError("ServiceNotFoundException", "Service not found.");
  }
  const family = optionalString(input, "family");
  const startedBy = optionalString(input, "startedBy");
  const launchType = optionalString(input, "launchType");
  const desiredStatus = optionalString(input, "desiredStatus") ?? "RUNNING";
  const arns = [...state.tasks.values()].filter((t2) => t2.cluster === cluster.name && t2.desiredStatus === desiredStatus).filter((t2) => serviceName === void 0 || t2.serviceName === nameFromArn(serviceName)).filter((t2) => family === void 0 || t2.taskDefinition.family === family).filter((t2) => startedBy === void 0 || t2.startedBy === startedBy).filter((t2) => launchType === void 0 || t2.launchType === launchType).reverse().map((t2) => t2.arn);
  const { page, nextToken } = paginate(arns, input, { default: 100, max: 100 });
  return { taskArns: page, ...nextToken ? { nextToken } : {} };
}
function stopTask(state, input, at) {
  const cluster = resolveCluster(state, input);
  const task = findTask(state, cluster, requiredString(input, "task", "Task"));
  if (!task) throw invalidParameter("The referenced task was not found.");
  const reason = optionalString(input, "reason");
  requestStop(state, task, {
    at,
    delay: state.scenario.timing["task-stop"],
    stopCode: "UserInitiated",
    reason: reason ?? "Task stopped by user"
  });
  return { task: taskToWire(state, task) };
}

// src/sandbox/ecs/index.ts
function describeTaskDefinition(state, input) {
  const td = resolveTaskDefinition(
    state,
    requiredString(input, "taskDefinition", "TaskDefinition")
  );
  const withTags = (optionalStringList(input, "include") ?? []).includes("TAGS");
  return {
    taskDefinition: taskDefinitionToWire(state, td),
    ...withTags ? { tags: td.tags } : {}
  };
}
function deregisterTaskDefinition(state, input, at) {
  const ref = requiredString(input, "taskDefinition", "TaskDefinition");
  if (!ref.includes(":")) throw clientException("Invalid revision number. Number: undefined");
  const td = resolveTaskDefinition(state, ref);
  if (td.status === "ACTIVE") {
    td.status = "INACTIVE";
    td.deregisteredAt = at;
  }
  return { taskDefinition: taskDefinitionToWire(state, td) };
}
function register(state, input, at) {
  const td = registerTaskDefinition(state, input, { at });
  return { taskDefinition: taskDefinitionToWire(state, td), tags: td.tags };
}
var OPERATIONS = {
  RegisterTaskDefinition: register,
  DescribeTaskDefinition: describeTaskDefinition,
  DeregisterTaskDefinition: deregisterTaskDefinition,
  ListTaskDefinitions: listTaskDefinitionArns,
  CreateService: createService,
  UpdateService: updateService,
  DeleteService: deleteService,
  DescribeServices: describeServices,
  ListServices: listServices,
  RunTask: runTask2,
  DescribeTasks: describeTasks,
  ListTasks: listTasks,
  StopTask: stopTask,
  DescribeClusters: describeClusters
};
function describeClusters(state, input) {
  const names = optionalStringList(input, "clusters") ?? ["default"];
  const clusters = [];
  const failures = [];
  for (const ref of names) {
    const name = ref.startsWith("arn:") ? ref.slice(ref.lastIndexOf("/") + 1) : ref;
    const cluster = state.clusters.get(name);
    if (cluster)
      clusters.push({ clusterArn: cluster.arn, clusterName: cluster.name, status: "ACTIVE" });
    else failures.push({ arn: state.arns.cluster(name), reason: "MISSING" });
  }
  return { clusters, failures };
}
function createEcsState(section, deps) {
  const start = deps.clock.now();
  const state = {
    clock: deps.clock,
    logs: deps.logs,
    region: deps.region,
    accountId: deps.accountId,
    scenario: parseEcsScenario(section),
    ids: new IdSource(),
    arns: new Arns(deps.region, deps.accountId),
    agenda: new Agenda(start),
    clusters: /* @__PURE__ */ new Map(),
    taskDefinitions: /* @__PURE__ */ new Map(),
    services: /* @__PURE__ */ new Map(),
    tasks: /* @__PURE__ */ new Map(),
    runTaskTokens: /* @__PURE__ */ new Map()
  };
  seed(state, start);
  return state;
}
function catchUp(state, at) {
  const now = Math.max(at, state.agenda.current);
  state.agenda.runUntil(now);
  forgetOldTasks(state, now);
  return now;
}
function createEcsService(section, deps) {
  const state = createEcsState(section, deps);
  return {
    name: "ecs",
    pushImage(image) {
      const before = state.scenario.badImages.length;
      state.scenario.badImages = state.scenario.badImages.filter(
        (b) => !imageMatches(b.image, image)
      );
      return before - state.scenario.badImages.length;
    },
    async handle(operation, input, request) {
      const run = OPERATIONS[operation];
      if (!run) {
        throw new AwsError(
          "UnknownOperationException",
          `The sandbox does not model ECS ${operation}.`
        );
      }
      return run(state, input, catchUp(state, request.at));
    },
    http(method, path) {
      catchUp(state, deps.clock.now());
      return healthReply(state, method, path);
    }
  };
}

// src/sandbox/faults.ts
var FAULT_KINDS = [
  "throttling",
  "server-error",
  "error",
  "drop",
  "answer-lost",
  "latency"
];
var SERVICES = [
  "ecs",
  "ssm",
  "logs",
  "rds-data",
  "secrets-manager"
];
var Faults = class {
  active = [];
  random;
  constructor(rules = [], seed2 = 1) {
    this.random = mulberry32(seed2);
    for (const rule of rules) this.add(rule);
  }
  /** Adds a rule; its Nth counts start now. Returns a function that removes it. */
  add(rule) {
    checkRule(rule);
    const entry = { rule: { ...rule }, calls: 0 };
    this.active.push(entry);
    return () => {
      this.active = this.active.filter((a) => a !== entry);
    };
  }
  clear() {
    this.active = [];
  }
  rules() {
    return this.active.map((a) => a.rule);
  }
  /** Advances every matching rule's count; undefined when nothing fires. */
  decide(service2, operation) {
    const decision = { latencyMs: 0, kinds: [] };
    for (const entry of this.active) {
      const { rule } = entry;
      if (rule.service !== service2 || rule.operation && rule.operation !== operation) continue;
      entry.calls += 1;
      if (!this.fires(rule, entry.calls)) continue;
      decision.kinds.push(rule.fault);
      if (rule.fault === "latency") decision.latencyMs += rule.latencyMs ?? 0;
      else if (!decision.fault) Object.assign(decision, failingPart(rule));
    }
    return decision.kinds.length > 0 ? decision : void 0;
  }
  fires(rule, call) {
    if (rule.nth !== void 0) return [].concat(rule.nth).includes(call);
    if (rule.rate !== void 0) return this.random() < rule.rate;
    return true;
  }
};
function failingPart(rule) {
  const { fault, status, code, message } = rule;
  return {
    fault,
    ...status !== void 0 ? { status } : {},
    ...code !== void 0 ? { code } : {},
    ...message !== void 0 ? { message } : {}
  };
}
function checkRule(rule) {
  const problem = ruleProblem(rule);
  if (problem) throw new TypeError(`invalid fault rule: ${problem}`);
}
function ruleProblem(rule) {
  if (!SERVICES.includes(rule.service))
    return `service must be one of ${SERVICES.join(", ")}`;
  if (!FAULT_KINDS.includes(rule.fault))
    return `fault must be one of ${FAULT_KINDS.join(", ")}`;
  if (rule.rate !== void 0 && rule.nth !== void 0) return "give rate or nth, not both";
  if (rule.rate !== void 0 && !(rule.rate >= 0 && rule.rate <= 1))
    return "rate must be between 0 and 1";
  const nths = rule.nth === void 0 ? [] : [].concat(rule.nth);
  if (nths.some((n) => !Number.isInteger(n) || n < 1)) return "nth must be whole numbers from 1";
  if (rule.fault === "latency" && !(rule.latencyMs !== void 0 && rule.latencyMs >= 0))
    return "a latency fault needs latencyMs (scenario: latency)";
  return statusProblem(rule);
}
function statusProblem(rule) {
  if (rule.fault === "error") {
    if (!rule.code || !/^[A-Za-z][A-Za-z0-9]*$/.test(rule.code))
      return "an error fault needs code, an AWS error code such as DatabaseUnavailableException";
    if (rule.status !== void 0 && !(Number.isInteger(rule.status) && rule.status >= 400 && rule.status <= 599))
      return "status must be an HTTP error status, 400 to 599";
    return void 0;
  }
  if (rule.code !== void 0) return "code is for fault: error";
  if (rule.status !== void 0 && rule.status !== 500 && rule.status !== 503)
    return "status must be 500 or 503";
  return void 0;
}
function faultError(service2, decision) {
  if (decision.fault === "error" && decision.code) {
    const status = decision.status ?? ERROR_STATUS[decision.code] ?? 400;
    return new AwsError(
      decision.code,
      decision.message ?? `${decision.code} (injected fault)`,
      status
    );
  }
  if (decision.fault === "throttling") return new AwsError("ThrottlingException", "Rate exceeded");
  if (decision.status === 503) {
    const code = service2 === "rds-data" ? "ServiceUnavailableError" : "ServiceUnavailableException";
    return new AwsError(code, "Service unavailable (injected fault)", 503);
  }
  return new AwsError(INTERNAL_ERROR[service2], "Internal failure (injected fault)", 500);
}
var INTERNAL_ERROR = {
  ecs: "ServerException",
  ssm: "InternalServerError",
  logs: "InternalServerException",
  "rds-data": "InternalServerErrorException",
  "secrets-manager": "InternalServiceError"
};
var ERROR_STATUS = {
  DatabaseUnavailableException: 504,
  DatabaseNotFoundException: 404,
  ForbiddenException: 403,
  AccessDeniedException: 403,
  NotFoundException: 404,
  InternalServerErrorException: 500,
  ServiceUnavailableError: 503
};
function mulberry32(seed2) {
  let a = seed2 >>> 0;
  return () => {
    a = a + 1831565813 >>> 0;
    let t2 = a;
    t2 = Math.imul(t2 ^ t2 >>> 15, t2 | 1);
    t2 ^= t2 + Math.imul(t2 ^ t2 >>> 7, t2 | 61);
    return ((t2 ^ t2 >>> 14) >>> 0) / 4294967296;
  };
}
var ruleShape = refine(
  object(
    {
      service: oneOf(SERVICES, "The service whose calls fail."),
      operation: optional(string({ description: "AWS operation name; absent means all." })),
      fault: oneOf(FAULT_KINDS, "What happens to a call the rule picks."),
      rate: optional(number({ min: 0, max: 1, description: "Probability per call (seeded)." })),
      nth: optional(
        listOf(number({ integer: true, min: 1 }), "The Nth matching call (1-based), or a list.")
      ),
      latency: optional(durationMs("Real time added by a latency fault.")),
      status: optional(
        number({
          integer: true,
          description: "server-error: 500 (internal) or 503 (unavailable); error: the answer's HTTP status."
        })
      ),
      code: optional(
        string({ description: "error: the AWS error code, e.g. DatabaseUnavailableException." })
      ),
      message: optional(string({ description: "error: the error's message." }))
    },
    { description: "One injected failure." }
  ),
  (r) => {
    if (r.rate !== void 0 && r.nth !== void 0)
      return { message: "give rate or nth, not both", at: ["nth"] };
    if (r.fault === "latency" && r.latency === void 0)
      return { message: "a latency fault needs latency", hint: "add latency: 500ms" };
    const problem = statusProblem(r);
    if (problem)
      return { message: problem, at: [problem.startsWith("status") ? "status" : "code"] };
    return void 0;
  }
);
var faultsShape = (() => {
  const list = array(ruleShape, {
    description: "Injected failures; see docs/sandbox.md#faults."
  });
  return {
    expected: list.expected,
    jsonSchema: list.jsonSchema,
    parse: (value, path, ctx) => list.parse(value, path, ctx)?.map(({ latency, ...r }) => ({
      ...r,
      ...latency !== void 0 ? { latencyMs: latency } : {}
    }))
  };
})();

// src/sandbox/input.ts
var Input = class {
  constructor(raw, errorCode) {
    this.raw = raw;
    this.errorCode = errorCode;
  }
  raw;
  errorCode;
  /** AWS's wording: "Value null at 'name' failed to satisfy constraint: Member must not be null". */
  fail(member, constraint) {
    const value = this.raw[member];
    const shown = value === void 0 ? "null" : `'${String(value)}'`;
    throw new AwsError(
      this.errorCode,
      `1 validation error detected: Value ${shown} at '${lowerFirst(member)}' failed to satisfy constraint: ${constraint}`
    );
  }
  string(member) {
    const value = this.optionalString(member);
    if (value === void 0 || value === "") this.fail(member, "Member must not be null");
    return value;
  }
  optionalString(member) {
    const value = this.raw[member];
    if (value === void 0 || value === null) return void 0;
    if (typeof value !== "string") this.fail(member, "Member must be a string");
    return value;
  }
  boolean(member) {
    const value = this.raw[member];
    if (value === void 0 || value === null) return false;
    if (typeof value !== "boolean") this.fail(member, "Member must be a boolean");
    return value;
  }
  /** An optional whole number within AWS's documented bounds. */
  integer(member, bounds) {
    const value = this.raw[member];
    if (value === void 0 || value === null) return void 0;
    if (typeof value !== "number" || !Number.isInteger(value))
      this.fail(member, "Member must be an integer");
    if (value < bounds.min)
      this.fail(member, `Member must have value greater than or equal to ${bounds.min}`);
    if (value > bounds.max)
      this.fail(member, `Member must have value less than or equal to ${bounds.max}`);
    return value;
  }
  /** An optional list of strings with at most `max` members. */
  strings(member, max = Number.POSITIVE_INFINITY) {
    const value = this.raw[member];
    if (value === void 0 || value === null) return void 0;
    if (!Array.isArray(value) || value.some((v) => typeof v !== "string"))
      this.fail(member, "Member must be a list of strings");
    if (value.length > max)
      this.fail(member, `Member must have length less than or equal to ${max}`);
    return value;
  }
  /** A map of string lists, as SSM command parameters are. */
  stringListMap(member) {
    const value = this.raw[member];
    if (value === void 0 || value === null) return {};
    const ok = typeof value === "object" && !Array.isArray(value) && Object.values(value).every((v) => Array.isArray(v) && v.every((s) => typeof s === "string"));
    if (!ok) this.fail(member, "Member must be a map of string lists");
    return value;
  }
  has(member) {
    return this.raw[member] !== void 0 && this.raw[member] !== null;
  }
};
function lowerFirst(text) {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
function encodeToken2(cursor) {
  return Buffer.from(JSON.stringify(cursor)).toString("base64");
}
function decodeToken2(token2, isCursor, error) {
  try {
    const value = JSON.parse(Buffer.from(token2, "base64").toString("utf8"));
    if (typeof value === "object" && value !== null && isCursor(value))
      return value;
  } catch {
  }
  throw error();
}
function offsetFromToken(token2, error) {
  if (token2 === void 0) return 0;
  return decodeToken2(token2, (c) => typeof c.offset === "number", error).offset;
}

// src/sandbox/protocol.ts
var JSON_TARGETS = {
  AmazonEC2ContainerServiceV20141113: "ecs",
  AmazonSSM: "ssm",
  Logs_20140328: "logs",
  secretsmanager: "secrets-manager"
};
var REST_OPERATIONS = {
  "/Execute": "ExecuteStatement",
  "/BatchExecute": "BatchExecuteStatement",
  "/BeginTransaction": "BeginTransaction",
  "/CommitTransaction": "CommitTransaction",
  "/RollbackTransaction": "RollbackTransaction"
};
function route(method, path, target) {
  if (target !== void 0) return jsonRoute(target);
  if (method !== "POST") return { kind: "plain" };
  const operation = REST_OPERATIONS[path];
  return operation ? { kind: "call", call: { service: "rds-data", operation, protocol: "restJson1" } } : { kind: "unknown-call", protocol: "restJson1", name: `POST ${path}` };
}
function jsonRoute(target) {
  const dot = target.lastIndexOf(".");
  const service2 = JSON_TARGETS[target.slice(0, dot)];
  const operation = target.slice(dot + 1);
  if (dot < 0 || !service2 || operation === "")
    return { kind: "unknown-call", protocol: "awsJson1_1", name: target };
  return { kind: "call", call: { service: service2, operation, protocol: "awsJson1_1" } };
}
function unknownOperation(name, protocol = "awsJson1_1") {
  return new AwsError(
    "UnknownOperationException",
    `Operation ${name} is not supported by the phasegate sandbox`,
    protocol === "restJson1" ? 404 : 400
  );
}
function decodeBody(raw) {
  if (raw.trim() === "") return {};
  let parsed;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new AwsError("SerializationException", "Request body is not valid JSON");
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
    throw new AwsError("SerializationException", "Request body must be a JSON object");
  return parsed;
}
var CONTENT_TYPE = {
  awsJson1_1: "application/x-amz-json-1.1",
  restJson1: "application/json"
};
function encodeOutput(protocol, output, requestId) {
  return {
    status: 200,
    headers: { "content-type": CONTENT_TYPE[protocol], "x-amzn-requestid": requestId },
    body: toWireJson(output ?? {})
  };
}
function encodeError(protocol, error, requestId) {
  const message = error.message === "" ? {} : { message: error.message };
  const body = protocol === "awsJson1_1" ? { __type: error.code, ...message, ...error.fields } : { ...message, ...error.fields };
  return {
    status: error.status,
    headers: {
      "content-type": CONTENT_TYPE[protocol],
      "x-amzn-requestid": requestId,
      "x-amzn-errortype": error.code
    },
    body: JSON.stringify(body)
  };
}
function toWireJson(value) {
  return JSON.stringify(value, function(key, encoded) {
    const raw = this[key];
    if (raw instanceof Date) return raw.getTime() / 1e3;
    if (raw instanceof Uint8Array) return Buffer.from(raw).toString("base64");
    return encoded;
  });
}

// src/sandbox/logs/get-log-events.ts
var MAX_EVENTS = 1e4;
var MAX_BYTES = 1048576;
var EVENT_OVERHEAD = 26;
var FULL_PAGES = { emptyPages: 0, pageEvents: MAX_EVENTS };
function readLogEvents(events, input, paging = FULL_PAGES) {
  const visible = inTimeRange(events, input);
  const asked = input.integer("limit", { min: 1, max: MAX_EVENTS }) ?? MAX_EVENTS;
  const limit = Math.min(asked, paging.pageEvents);
  const cursor = startCursor(input, visible.length);
  const atEnd = cursor.direction === "f" ? cursor.position >= visible.length : cursor.position <= 0;
  if (!atEnd && cursor.empties < paging.emptyPages) return emptyPage(cursor);
  const [start, end] = cursor.direction === "f" ? [cursor.position, forwardEnd(visible, cursor.position, limit)] : [backwardStart(visible, cursor.position, limit), cursor.position];
  return {
    events: visible.slice(start, end).map((e) => ({
      timestamp: e.timestamp,
      message: e.message,
      ingestionTime: e.ingestionTime
    })),
    nextForwardToken: token("f", end),
    nextBackwardToken: token("b", start)
  };
}
function inTimeRange(events, input) {
  const start = input.integer("startTime", { min: 0, max: Number.MAX_SAFE_INTEGER });
  const end = input.integer("endTime", { min: 0, max: Number.MAX_SAFE_INTEGER });
  return events.filter(
    (e) => (start === void 0 || e.timestamp >= start) && (end === void 0 || e.timestamp < end)
  );
}
function emptyPage(cursor) {
  const empties = cursor.empties + 1;
  return {
    events: [],
    nextForwardToken: token("f", cursor.position, empties),
    nextBackwardToken: token("b", cursor.position, empties)
  };
}
function startCursor(input, count) {
  const text = input.optionalString("nextToken");
  if (text === void 0)
    return input.boolean("startFromHead") ? { direction: "f", position: 0, empties: 0 } : { direction: "b", position: count, empties: 0 };
  const match = /^([fb])\/(\d{1,56})(?:\/e(\d{1,2}))?$/.exec(text);
  const position = Number(match?.[2]);
  if (!match || position > count)
    throw new AwsError("InvalidParameterException", "The specified nextToken is invalid.");
  return { direction: match[1], position, empties: Number(match[3] ?? 0) };
}
function token(direction, position, empties = 0) {
  const base = `${direction}/${String(position).padStart(56, "0")}`;
  return empties > 0 ? `${base}/e${empties}` : base;
}
function size(event) {
  return Buffer.byteLength(event.message) + EVENT_OVERHEAD;
}
function forwardEnd(events, start, limit) {
  let end = start;
  let bytes = 0;
  while (end < events.length && end - start < limit) {
    bytes += size(events[end]);
    if (bytes > MAX_BYTES) break;
    end += 1;
  }
  return end;
}
function backwardStart(events, end, limit) {
  let start = end;
  let bytes = 0;
  while (start > 0 && end - start < limit) {
    bytes += size(events[start - 1]);
    if (bytes > MAX_BYTES) break;
    start -= 1;
  }
  return start;
}

// src/sandbox/logs/queries.ts
var MAX_STREAM_NAMES = 100;
var MAX_FILTER_EVENTS = 1e4;
var MAX_STREAMS_PAGE = 50;
function filterLogEvents(group, input) {
  const streams = selectStreams(group, input);
  const matches3 = patternMatcher(input.optionalString("filterPattern"));
  const events = streams.flatMap((s) => inTimeRange(s.events, input).map((e) => ({ stream: s.name, event: e }))).filter(({ event }) => matches3(event.message)).sort((a, b) => a.event.timestamp - b.event.timestamp || compare(a.event, b.event));
  const limit = input.integer("limit", { min: 1, max: MAX_FILTER_EVENTS }) ?? MAX_FILTER_EVENTS;
  const start = offsetFrom(input.optionalString("nextToken"));
  const page = events.slice(start, start + limit);
  return {
    events: page.map(({ stream, event }) => ({
      logStreamName: stream,
      timestamp: event.timestamp,
      message: event.message,
      ingestionTime: event.ingestionTime,
      eventId: event.eventId
    })),
    searchedLogStreams: streams.map((s) => ({ logStreamName: s.name, searchedCompletely: true })),
    ...start + limit < events.length ? { nextToken: encodeToken2({ offset: start + limit }) } : {}
  };
}
function compare(a, b) {
  return a.eventId < b.eventId ? -1 : a.eventId > b.eventId ? 1 : 0;
}
function selectStreams(group, input) {
  const names = input.strings("logStreamNames", MAX_STREAM_NAMES);
  const prefix = input.optionalString("logStreamNamePrefix");
  if (names && prefix !== void 0)
    throw new AwsError(
      "InvalidParameterException",
      "You cannot specify both LogStreamNames and LogStreamNamePrefix"
    );
  const all = [...group.streams.values()];
  if (names) return all.filter((s) => names.includes(s.name));
  return prefix === void 0 ? all : all.filter((s) => s.name.startsWith(prefix));
}
function patternMatcher(pattern) {
  const text = pattern?.trim() ?? "";
  if (text === "") return () => true;
  if (/^[{[%]/.test(text))
    throw new AwsError(
      "InvalidParameterException",
      "JSON, space-delimited and regex filter patterns are not modelled by the sandbox"
    );
  const terms = [...text.matchAll(/(-?)"([^"]*)"|(-?)(\S+)/g)].map((m) => ({
    exclude: (m[1] ?? m[3]) === "-",
    text: m[2] ?? m[4] ?? ""
  }));
  return (message) => terms.every((t2) => message.includes(t2.text) !== t2.exclude);
}
function describeLogStreams(group, input, arnOf) {
  const prefix = input.optionalString("logStreamNamePrefix");
  const orderBy = input.optionalString("orderBy") ?? "LogStreamName";
  if (orderBy !== "LogStreamName" && orderBy !== "LastEventTime")
    input.fail("orderBy", "Member must satisfy enum value set: [LogStreamName, LastEventTime]");
  if (orderBy === "LastEventTime" && prefix !== void 0)
    throw new AwsError(
      "InvalidParameterException",
      "Cannot order by LastEventTime with a logStreamNamePrefix."
    );
  const streams = [...group.streams.values()].filter((s) => prefix === void 0 || s.name.startsWith(prefix)).sort(orderBy === "LastEventTime" ? byLastEvent : byName);
  if (input.boolean("descending")) streams.reverse();
  const limit = input.integer("limit", { min: 1, max: MAX_STREAMS_PAGE }) ?? MAX_STREAMS_PAGE;
  const start = offsetFrom(input.optionalString("nextToken"));
  return {
    logStreams: streams.slice(start, start + limit).map((s) => describeStream(s, arnOf(s.name))),
    ...start + limit < streams.length ? { nextToken: encodeToken2({ offset: start + limit }) } : {}
  };
}
function describeStream(stream, arn) {
  const first = stream.events[0];
  const last = stream.events.at(-1);
  return {
    logStreamName: stream.name,
    creationTime: stream.creationTime,
    ...first ? { firstEventTimestamp: first.timestamp } : {},
    ...last ? { lastEventTimestamp: last.timestamp } : {},
    ...stream.lastIngestionTime !== void 0 ? { lastIngestionTime: stream.lastIngestionTime } : {},
    arn,
    storedBytes: 0
  };
}
var byName = (a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
var byLastEvent = (a, b) => (a.events.at(-1)?.timestamp ?? 0) - (b.events.at(-1)?.timestamp ?? 0);
function offsetFrom(token2) {
  if (token2 === void 0) return 0;
  return decodeToken2(
    token2,
    (c) => typeof c.offset === "number",
    () => new AwsError("InvalidParameterException", "The specified nextToken is invalid.")
  ).offset;
}

// src/sandbox/logs/scenario.ts
var logsSectionShape = object(
  {
    "empty-pages": withDefault(
      number({
        integer: true,
        min: 0,
        max: 10,
        description: "Empty pages GetLogEvents returns before each page that has events (with a new token each, so the end is still the token coming back unchanged)."
      }),
      0
    ),
    "page-events": withDefault(
      number({
        integer: true,
        min: 1,
        max: 1e4,
        description: "At most this many events a page, below the documented 10,000."
      }),
      1e4
    )
  },
  { description: "CloudWatch Logs: how GetLogEvents pages; see docs/sandbox.md#cloudwatch-logs." }
);
function parseLogsSection(section) {
  const raw = parseScenarioValue(logsSectionShape, section ?? {}, [
    "logs"
  ]);
  return { emptyPages: raw["empty-pages"], pageEvents: raw["page-events"] };
}

// src/sandbox/logs/store.ts
var MemoryLogStore = class {
  /** `now` gives the simulated time, used as creation and ingestion times. */
  constructor(now) {
    this.now = now;
  }
  now;
  groups = /* @__PURE__ */ new Map();
  nextEventId = 1;
  append(group, stream, events) {
    const target = this.createStream(group, stream);
    const ingestionTime = this.now();
    for (const event of events) insertSorted(target.events, this.stored(event, ingestionTime));
    if (events.length > 0) target.lastIngestionTime = ingestionTime;
  }
  createGroup(name) {
    let group = this.groups.get(name);
    if (!group) {
      group = { name, creationTime: this.now(), streams: /* @__PURE__ */ new Map() };
      this.groups.set(name, group);
    }
    return group;
  }
  createStream(groupName2, name) {
    const group = this.createGroup(groupName2);
    let stream = group.streams.get(name);
    if (!stream) {
      stream = { name, creationTime: this.now(), events: [] };
      group.streams.set(name, stream);
    }
    return stream;
  }
  group(name) {
    return this.groups.get(name);
  }
  /** Every message of a stream, oldest first: a convenience for tests. */
  messages(group, stream) {
    return this.groups.get(group)?.streams.get(stream)?.events.map((e) => e.message) ?? [];
  }
  stored(event, ingestionTime) {
    const eventId = String(this.nextEventId++).padStart(56, "0");
    return { timestamp: event.timestamp, message: event.message, ingestionTime, eventId };
  }
};
function insertSorted(events, event) {
  let low = 0;
  let high = events.length;
  while (low < high) {
    const mid = low + high >>> 1;
    if (events[mid].timestamp <= event.timestamp) low = mid + 1;
    else high = mid;
  }
  events.splice(low, 0, event);
}

// src/sandbox/logs/index.ts
function createLogsService(deps) {
  const { store } = deps;
  const paging = parseLogsSection(deps.section);
  const groupArn = (group2) => `arn:aws:logs:${deps.region}:${deps.accountId}:log-group:${group2}`;
  const group = (input) => {
    const name = groupName(input);
    const found = store.group(name);
    if (!found)
      throw new AwsError("ResourceNotFoundException", "The specified log group does not exist.");
    return found;
  };
  const stream = (input) => {
    const found = group(input).streams.get(input.string("logStreamName"));
    if (!found)
      throw new AwsError("ResourceNotFoundException", "The specified log stream does not exist.");
    return found;
  };
  const operations = {
    GetLogEvents: (i) => readLogEvents(stream(i).events, i, paging),
    FilterLogEvents: (i) => filterLogEvents(group(i), i),
    DescribeLogStreams: (i) => {
      const g = group(i);
      return describeLogStreams(g, i, (s) => `${groupArn(g.name)}:log-stream:${s}`);
    }
  };
  return {
    name: "logs",
    async handle(operation, input) {
      const handler = operations[operation];
      if (!handler) throw unknownOperation(`Logs_20140328.${operation}`);
      return handler(new Input(input, "InvalidParameterException"));
    }
  };
}
function groupName(input) {
  const identifier = input.optionalString("logGroupIdentifier");
  if (identifier === void 0) return input.string("logGroupName");
  if (input.has("logGroupName"))
    throw new AwsError(
      "InvalidParameterException",
      "LogGroup name and LogGroup ARN are mutually exclusive parameters."
    );
  const arn = /^arn:aws[\w-]*:logs:[^:]*:\d*:log-group:([^:]+)(?::\*)?$/.exec(identifier);
  return arn?.[1] ?? identifier;
}

// src/sandbox/rds-data/errors.ts
var SqlError = class extends Error {
  constructor(message, code, details = {}) {
    super(message);
    this.code = code;
    this.details = details;
    this.name = "SqlError";
  }
  code;
  details;
};
var StatementTimeoutError = class extends AwsError {
  constructor(dbConnectionId) {
    super("StatementTimeoutException", "Request timed out", 400, { dbConnectionId });
    this.dbConnectionId = dbConnectionId;
  }
  dbConnectionId;
};
function databaseError(error) {
  const { detail, hint, position, where } = error.details;
  const lines = [`ERROR: ${error.message}`];
  if (detail) lines.push(`  Detail: ${detail}`);
  if (hint) lines.push(`  Hint: ${hint}`);
  if (position) lines.push(`  Position: ${position}`);
  if (where) lines.push(`  Where: ${where}`);
  return new AwsError("DatabaseErrorException", `${lines.join("\n")}; SQLState: ${error.code}`);
}
var multistatement = () => new AwsError("ValidationException", "Multistatements aren't supported.");
var schemaNotSupported = () => new AwsError("ValidationException", "The schema parameter isn't supported");
var continueInTransaction = () => new AwsError(
  "BadRequestException",
  "continueAfterTimeout is not supported for a statement in a transaction (sandbox: as reported in jeremydaly/data-api-client#38; set transactional-continue-after-timeout: allowed to accept it)"
);
var stillRunning = () => new AwsError("DatabaseErrorException", "Transaction is still running a query");
var CAUSES = {
  expired: "Transaction may be expired: no call used it for 3 minutes.",
  ended: "Transaction was ended by a previous CommitTransaction or RollbackTransaction call.",
  aborted: "Transaction was aborted due to an error from a previous call.",
  unknown: "The transaction ID was not created by a BeginTransaction call."
};
function transactionNotFound(id, cause) {
  return new AwsError(
    "TransactionNotFoundException",
    `Transaction ${id} is not found. ${CAUSES[cause]}`,
    404
  );
}
var responseTooLarge = () => new AwsError("BadRequestException", "Database response exceeded size limit");
function resuming(cluster) {
  return new AwsError(
    "DatabaseResumingException",
    `The Aurora DB instance ${cluster}-instance-1 is resuming after being auto-paused. Please wait a few seconds and try again.`
  );
}
var unsupportedType = (typeName) => new AwsError(
  "UnsupportedResultException",
  `The result contains the unsupported data type ${typeName}.`
);
var invalid = (message) => new AwsError("ValidationException", message);

// src/sandbox/rds-data/pg-types.ts
var JDBC = {
  BIT: -7,
  BIGINT: -5,
  BINARY: -2,
  CHAR: 1,
  NUMERIC: 2,
  INTEGER: 4,
  SMALLINT: 5,
  REAL: 7,
  DOUBLE: 8,
  VARCHAR: 12,
  DATE: 91,
  TIME: 92,
  TIMESTAMP: 93,
  OTHER: 1111,
  ARRAY: 2003
};
var MAX = 2147483647;
var t = (name, jdbc, family, precision = MAX) => ({
  name,
  jdbc,
  family,
  precision
});
var TYPES = /* @__PURE__ */ new Map([
  [16, t("bool", JDBC.BIT, "bool", 1)],
  [17, t("bytea", JDBC.BINARY, "blob")],
  [18, t("char", JDBC.CHAR, "text", 1)],
  [19, t("name", JDBC.VARCHAR, "text")],
  [20, t("int8", JDBC.BIGINT, "long", 19)],
  [21, t("int2", JDBC.SMALLINT, "long", 5)],
  [23, t("int4", JDBC.INTEGER, "long", 10)],
  [25, t("text", JDBC.VARCHAR, "text")],
  [26, t("oid", JDBC.BIGINT, "long", 10)],
  [114, t("json", JDBC.OTHER, "text")],
  [700, t("float4", JDBC.REAL, "double", 8)],
  [701, t("float8", JDBC.DOUBLE, "double", 17)],
  [1042, t("bpchar", JDBC.CHAR, "text")],
  [1043, t("varchar", JDBC.VARCHAR, "text")],
  [1082, t("date", JDBC.DATE, "text", 13)],
  [1083, t("time", JDBC.TIME, "text", 15)],
  [1114, t("timestamp", JDBC.TIMESTAMP, "text", 29)],
  [1184, t("timestamptz", JDBC.TIMESTAMP, "timestamptz", 35)],
  [1186, t("interval", JDBC.OTHER, "text", 49)],
  [1266, t("timetz", JDBC.TIME, "text", 21)],
  [1700, t("numeric", JDBC.NUMERIC, "decimal", 0)],
  [2950, t("uuid", JDBC.OTHER, "text")],
  [3802, t("jsonb", JDBC.OTHER, "text")]
]);
var ARRAY_ELEMENTS = /* @__PURE__ */ new Map([
  [1e3, 16],
  [1001, 17],
  [1005, 21],
  [1007, 23],
  [1009, 25],
  [1014, 1042],
  [1015, 1043],
  [1016, 20],
  [1021, 700],
  [1022, 701],
  [1115, 1114],
  [1182, 1082],
  [1183, 1083],
  [1185, 1184],
  [1231, 1700],
  [2951, 2950],
  [199, 114],
  [3807, 3802]
]);
var UNSUPPORTED = /* @__PURE__ */ new Map([
  [600, "point"],
  [601, "lseg"],
  [602, "path"],
  [603, "box"],
  [604, "polygon"],
  [628, "line"],
  [718, "circle"],
  [790, "money"]
]);
var JDBC_ARRAY = JDBC.ARRAY;
var JDBC_OTHER = JDBC.OTHER;
var PARAM_TYPES = {
  stringValue: 25,
  longValue: 20,
  doubleValue: 701,
  booleanValue: 16,
  blobValue: 17,
  isNull: 0,
  DATE: 1082,
  TIME: 1083,
  TIMESTAMP: 1114,
  DECIMAL: 1700,
  UUID: 2950,
  JSON: 114
};

// src/sandbox/rds-data/metadata.ts
var NULLABLE_UNKNOWN = 2;
async function columnMetadata(fields, lookupName) {
  const out = [];
  for (const field of fields) out.push(await describeColumn(field, lookupName));
  return out;
}
async function describeColumn(field, lookupName) {
  const element = ARRAY_ELEMENTS.get(field.typeId);
  const info = TYPES.get(field.typeId);
  const typeName = info?.name ?? await arrayOrLookup(field.typeId, element, lookupName);
  const { precision, scale } = size2(field);
  const family = (element !== void 0 ? TYPES.get(element) : info)?.family;
  return {
    name: field.name,
    label: field.name,
    type: element !== void 0 ? JDBC_ARRAY : info?.jdbc ?? JDBC_OTHER,
    typeName,
    arrayBaseColumnType: element !== void 0 ? TYPES.get(element)?.jdbc ?? JDBC_OTHER : 0,
    isAutoIncrement: false,
    isSigned: family === "long" || family === "double" || family === "decimal",
    isCurrency: false,
    isCaseSensitive: family === void 0 || family === "text",
    nullable: NULLABLE_UNKNOWN,
    precision,
    scale,
    schemaName: "",
    tableName: ""
  };
}
async function arrayOrLookup(typeId, element, lookupName) {
  const elementName = element !== void 0 ? TYPES.get(element)?.name : void 0;
  return elementName ? `_${elementName}` : lookupName(typeId);
}
function size2(field) {
  const info = TYPES.get(field.typeId);
  const mod = field.typeModifier ?? -1;
  if (field.typeId === 1700 && mod >= 4) {
    return { precision: mod - 4 >> 16 & 65535, scale: mod - 4 & 65535 };
  }
  if ((field.typeId === 1043 || field.typeId === 1042) && mod >= 4) {
    return { precision: mod - 4, scale: 0 };
  }
  const fractional = [1083, 1114, 1184, 1266].includes(field.typeId) ? 6 : 0;
  const floating = field.typeId === 700 ? 8 : field.typeId === 701 ? 17 : 0;
  return { precision: info?.precision ?? 2147483647, scale: fractional || floating };
}

// src/sandbox/rds-data/params.ts
var HINTS = ["DATE", "TIME", "TIMESTAMP", "DECIMAL", "UUID", "JSON"];
function readParameters(raw) {
  const out = /* @__PURE__ */ new Map();
  if (raw === void 0) return out;
  if (!Array.isArray(raw)) throw invalid("parameters must be a list");
  for (const item of raw) {
    if (!isPlainObject(item) || typeof item.name !== "string" || item.name === "")
      throw invalid("Each parameter needs a name");
    const value = isPlainObject(item.value) ? item.value : { isNull: true };
    const hint = item.typeHint;
    if (hint !== void 0 && !HINTS.includes(hint))
      throw invalid(`Invalid typeHint ${String(hint)}; expected one of ${HINTS.join(", ")}`);
    out.set(item.name, { value, ...hint ? { typeHint: hint } : {} });
  }
  return out;
}
function bindParameters(names, values) {
  return names.map((name) => {
    const param = values.get(name);
    if (!param)
      throw new AwsError(
        "DatabaseErrorException",
        `No value specified for parameter ${name}.; SQLState: 22023`
      );
    return toEngineParam(name, param);
  });
}
function toEngineParam(name, { value, typeHint }) {
  const members = Object.keys(value).filter((k) => value[k] !== void 0);
  const [member] = members;
  if (members.length !== 1 || member === void 0)
    throw invalid(`Parameter ${name} must set exactly one value member`);
  const raw = value[member];
  switch (member) {
    case "isNull":
      return { value: null, typeId: PARAM_TYPES.isNull };
    case "stringValue":
      return { value: String(raw), typeId: PARAM_TYPES[typeHint ?? "stringValue"] };
    case "longValue":
      return { value: integerText(name, raw), typeId: PARAM_TYPES.longValue };
    case "doubleValue":
      return { value: String(Number(raw)), typeId: PARAM_TYPES.doubleValue };
    case "booleanValue":
      return { value: raw ? "true" : "false", typeId: PARAM_TYPES.booleanValue };
    case "blobValue":
      return { value: blobText(raw), typeId: PARAM_TYPES.blobValue };
    case "arrayValue":
      throw invalid("Array parameters are not supported.");
    default:
      throw invalid(`Parameter ${name} has an unknown value member ${member}`);
  }
}
function integerText(name, raw) {
  const n = typeof raw === "string" ? Number(raw) : raw;
  if (typeof n !== "number" || !Number.isInteger(n))
    throw invalid(`Parameter ${name}: longValue must be a whole number`);
  return String(raw);
}
function blobText(raw) {
  const bytes = raw instanceof Uint8Array ? raw : Buffer.from(String(raw), "base64");
  return `\\x${Buffer.from(bytes).toString("hex")}`;
}

// src/sandbox/rds-data/requests.ts
var ClusterDirectory = class {
  constructor(clusters, clock) {
    this.clock = clock;
    this.byArn = new Map(clusters.map((c) => [c.arn, c]));
    this.startedAt = clock.now();
  }
  clock;
  byArn;
  startedAt;
  /** The cluster a call addresses, once its ARN, secret and state allow the call. */
  resolve(input) {
    const resourceArn = requireText(input, "resourceArn");
    const secretArn2 = requireText(input, "secretArn");
    const cluster = this.byArn.get(resourceArn);
    if (!cluster)
      throw new AwsError(
        "HttpEndpointNotEnabledException",
        `HttpEndpoint is not enabled for cluster ${clusterId(resourceArn)}`
      );
    if (!cluster.acceptsSecret(secretArn2))
      throw new AwsError(
        "SecretsErrorException",
        `Secrets Manager can't find the specified secret ${secretArn2}, or it is not a secret of cluster ${cluster.name}.`
      );
    if (this.clock.now() < this.startedAt + cluster.pausedForMs) throw resuming(cluster.name);
    return cluster;
  }
  /** `database` must name a database of the cluster; `schema` is refused on v2 clusters. */
  checkDatabase(cluster, input) {
    if (input.schema !== void 0 && input.schema !== "") throw schemaNotSupported();
    const database = input.database;
    if (database === void 0 || database === "") return;
    if (typeof database !== "string") throw invalid("database must be a text");
    if (!cluster.databases.includes(database))
      throw new AwsError(
        "DatabaseErrorException",
        `ERROR: database "${database}" does not exist; SQLState: 3D000`
      );
  }
};
function requireText(input, key) {
  const value = input[key];
  if (typeof value !== "string" || value === "")
    throw invalid(
      `1 validation error detected: Value at '${key}' failed to satisfy constraint: Member must not be null`
    );
  return value;
}
function clusterId(arn) {
  return arn.split(":cluster:")[1] ?? arn;
}

// src/sandbox/rds-data/sql-text.ts
var IDENT_START = /[A-Za-z_]/;
var IDENT_PART = /[A-Za-z0-9_$]/;
function translateSql(sql) {
  const scan = new Scanner(sql);
  scan.run();
  return { text: scan.out, names: scan.names, statements: scan.statements };
}
var Scanner = class {
  constructor(sql) {
    this.sql = sql;
  }
  sql;
  out = "";
  names = [];
  statements = 0;
  i = 0;
  /** Whether the current statement has any content yet. */
  content = false;
  /** Depth of `BEGIN ATOMIC` bodies (and `CASE` inside them, which also ends with END). */
  atomicDepth = 0;
  lastWord = "";
  run() {
    while (this.i < this.sql.length) this.step();
    if (this.content) this.statements++;
  }
  step() {
    const c = this.sql[this.i];
    const next = this.sql[this.i + 1];
    if (c === "-" && next === "-") this.copyUntil("\n", false);
    else if (c === "/" && next === "*") this.blockComment();
    else {
      this.content ||= !/\s/.test(c) && c !== ";";
      this.token(c, next);
    }
  }
  token(c, next) {
    if (c === "'") this.quoted("'", this.isEscapeString());
    else if (c === '"') this.quoted('"', false);
    else if (c === "$" && this.dollarQuote()) return;
    else if (c === ":" && next === ":") this.copy(2);
    else if (c === ":" && next !== void 0 && IDENT_START.test(next)) this.placeholder();
    else if (c === ";" && this.atomicDepth === 0) this.endStatement();
    else if (IDENT_START.test(c)) this.word();
    else this.copy(1);
  }
  copy(n) {
    this.out += this.sql.slice(this.i, this.i + n);
    this.i += n;
  }
  copyUntil(end, inclusive) {
    const at = this.sql.indexOf(end, this.i + 1);
    const stop = at < 0 ? this.sql.length : at + (inclusive ? end.length : 0);
    this.copy(stop - this.i);
  }
  endStatement() {
    if (this.content) this.statements++;
    this.content = false;
    this.copy(1);
  }
  blockComment() {
    let depth = 0;
    const start = this.i;
    while (this.i < this.sql.length) {
      if (this.sql.startsWith("/*", this.i)) {
        depth++;
        this.i += 2;
      } else if (this.sql.startsWith("*/", this.i)) {
        depth--;
        this.i += 2;
        if (depth === 0) break;
      } else this.i++;
    }
    this.out += this.sql.slice(start, this.i);
  }
  /** `E'…'` strings take backslash escapes; standard strings only double the quote. */
  isEscapeString() {
    const before = this.sql[this.i - 1];
    const beforeThat = this.sql[this.i - 2];
    return (before === "E" || before === "e") && !(beforeThat && IDENT_PART.test(beforeThat));
  }
  quoted(quote, backslashEscapes) {
    const start = this.i;
    this.i++;
    while (this.i < this.sql.length) {
      const c = this.sql[this.i];
      if (backslashEscapes && c === "\\") this.i += 2;
      else if (c === quote && this.sql[this.i + 1] === quote) this.i += 2;
      else if (c === quote) {
        this.i++;
        break;
      } else this.i++;
    }
    this.out += this.sql.slice(start, this.i);
  }
  dollarQuote() {
    const tag = /^\$(?:[A-Za-z_][A-Za-z0-9_]*)?\$/.exec(this.sql.slice(this.i))?.[0];
    const before = this.sql[this.i - 1];
    if (!tag || before && IDENT_PART.test(before)) return false;
    const end = this.sql.indexOf(tag, this.i + tag.length);
    const stop = end < 0 ? this.sql.length : end + tag.length;
    this.copy(stop - this.i);
    return true;
  }
  placeholder() {
    let end = this.i + 1;
    while (end < this.sql.length && IDENT_PART.test(this.sql[end])) end++;
    const name = this.sql.slice(this.i + 1, end);
    let index = this.names.indexOf(name);
    if (index < 0) index = this.names.push(name) - 1;
    this.out += `$${index + 1}`;
    this.i = end;
  }
  word() {
    let end = this.i;
    while (end < this.sql.length && IDENT_PART.test(this.sql[end])) end++;
    const word = this.sql.slice(this.i, end).toUpperCase();
    if (word === "ATOMIC" && this.lastWord === "BEGIN") this.atomicDepth++;
    else if (word === "CASE" && this.atomicDepth > 0) this.atomicDepth++;
    else if (word === "END" && this.atomicDepth > 0) this.atomicDepth--;
    this.lastWord = word;
    this.copy(end - this.i);
  }
};

// src/sandbox/rds-data/values.ts
function checkSupported(fields) {
  for (const field of fields) {
    const unsupported = UNSUPPORTED.get(field.typeId);
    if (unsupported) throw unsupportedType(unsupported);
    const element = ARRAY_ELEMENTS.get(field.typeId);
    if (element !== void 0 && UNSUPPORTED.has(element))
      throw unsupportedType(`_${UNSUPPORTED.get(element)}`);
  }
}
function toRecords(fields, rows, options) {
  return rows.map((row) => row.map((text, i) => toField(text, fields[i]?.typeId ?? 0, options)));
}
function toField(text, typeId, options) {
  if (text === null) return { isNull: true };
  const element = ARRAY_ELEMENTS.get(typeId);
  if (element !== void 0) return { arrayValue: toArrayValue(text, element, options) };
  const family = TYPES.get(typeId)?.family ?? "text";
  const value = scalar(text, family, options);
  if (typeof value === "boolean") return { booleanValue: value };
  if (value instanceof Uint8Array) return { blobValue: value };
  if (typeof value === "number")
    return Number.isInteger(value) && family !== "double" ? { longValue: value } : { doubleValue: value };
  return { stringValue: value };
}
function scalar(text, family, options) {
  switch (family) {
    case "bool":
      return text === "t" || text === "true";
    case "long":
      return options.longAsString ? text : Number(text);
    case "double":
      return Number.isFinite(Number(text)) ? Number(text) : text;
    case "decimal":
      return options.decimalAsNumber && Number.isFinite(Number(text)) ? Number(text) : text;
    case "blob":
      return Buffer.from(text.slice(2), "hex");
    case "timestamptz":
      return text.replace(/\+00(?::00)?$/, "");
    default:
      return text;
  }
}
function toArrayValue(text, element, options) {
  const items = parseArrayLiteral(text);
  const family = TYPES.get(element)?.family ?? "text";
  const values = items.map((item) => item === null ? null : scalar(item, family, options));
  if (family === "bool") return { booleanValues: values };
  if (family === "long" && !options.longAsString) return { longValues: values };
  if (family === "double") return { doubleValues: values };
  return { stringValues: values.map((v) => v instanceof Uint8Array ? b64(v) : v) };
}
function parseArrayLiteral(text) {
  const body = text.replace(/^\[[^\]]*\]=/, "");
  if (!body.startsWith("{") || !body.endsWith("}")) return [text];
  const inner = body.slice(1, -1);
  if (inner.startsWith("{")) throw unsupportedType("multidimensional array");
  const items = [];
  let i = 0;
  while (i <= inner.length && inner !== "") {
    const [item, next] = inner[i] === '"' ? readQuoted(inner, i) : readBare(inner, i);
    items.push(item);
    i = next + 1;
  }
  return items;
}
function readQuoted(text, start) {
  let out = "";
  let i = start + 1;
  while (i < text.length && text[i] !== '"') {
    if (text[i] === "\\") i++;
    out += text[i] ?? "";
    i++;
  }
  return [out, i + 1];
}
function readBare(text, start) {
  const end = text.indexOf(",", start);
  const stop = end < 0 ? text.length : end;
  const item = text.slice(start, stop).trim();
  return [item.toUpperCase() === "NULL" ? null : item, stop];
}
function toFormattedRecords(fields, rows, options) {
  const objects = rows.map(
    (row) => Object.fromEntries(
      row.map((text, i) => [
        fields[i]?.name ?? `${i}`,
        jsonValue(text, fields[i]?.typeId ?? 0, options)
      ])
    )
  );
  return JSON.stringify(objects);
}
function jsonValue(text, typeId, options) {
  if (text === null) return null;
  const element = ARRAY_ELEMENTS.get(typeId);
  const family = TYPES.get(element ?? typeId)?.family ?? "text";
  const convert = (t2) => {
    const v = scalar(t2, family, options);
    return v instanceof Uint8Array ? b64(v) : v;
  };
  if (element === void 0) return convert(text);
  return parseArrayLiteral(text).map((item) => item === null ? null : convert(item));
}
var b64 = (bytes) => Buffer.from(bytes).toString("base64");
function resultBytes(rows) {
  let total = 0;
  for (const row of rows) for (const v of row) if (v !== null) total += Buffer.byteLength(v);
  return total;
}

// src/sandbox/rds-data/operations.ts
var RESPONSE_LIMIT_BYTES = 1024 * 1024;
var Operations = class {
  constructor(clusters, transactions, runner) {
    this.clusters = clusters;
    this.transactions = transactions;
    this.runner = runner;
  }
  clusters;
  transactions;
  runner;
  typeNames = /* @__PURE__ */ new Map();
  async executeStatement(input) {
    const cluster = this.checkCall(input);
    const { text, names } = readSql(input);
    const params = bindParameters(names, readParameters(input.parameters));
    const shape = outputShape(input);
    return this.run(cluster, input, async (connection) => {
      const result = await connection.query(text, params);
      return this.statementOutput(connection, result, shape);
    });
  }
  async batchExecuteStatement(input) {
    const cluster = this.checkCall(input);
    const { text, names } = readSql(input);
    const sets = Array.isArray(input.parameterSets) ? input.parameterSets : [];
    const bound = (sets.length > 0 ? sets : [[]]).map(
      (set) => bindParameters(names, readParameters(set))
    );
    const updateResults = await this.run(
      cluster,
      input,
      async (connection) => {
        for (const params of bound) await connection.query(text, params);
        return bound.map(() => ({ generatedFields: [] }));
      },
      true
    );
    return { updateResults };
  }
  async beginTransaction(input) {
    const cluster = this.checkCall(input);
    return { transactionId: await this.transactions.begin(cluster.name) };
  }
  async commitTransaction(input) {
    const cluster = this.clusters.resolve(input);
    const tx = this.transactions.take(requireText(input, "transactionId"), cluster.name);
    await this.transactions.finish(tx, "COMMIT", "ended");
    return { transactionStatus: "Transaction Committed" };
  }
  async rollbackTransaction(input) {
    const cluster = this.clusters.resolve(input);
    const tx = this.transactions.take(requireText(input, "transactionId"), cluster.name);
    await this.transactions.finish(tx, "ROLLBACK", "ended");
    return { transactionStatus: "Rollback Complete" };
  }
  checkCall(input) {
    const cluster = this.clusters.resolve(input);
    this.clusters.checkDatabase(cluster, input);
    return cluster;
  }
  run(cluster, input, work, atomic = false) {
    const options = {
      continueAfterTimeout: input.continueAfterTimeout === true,
      atomic
    };
    const id = input.transactionId;
    if (typeof id === "string" && id !== "") {
      const tx = this.transactions.take(id, cluster.name);
      if (options.continueAfterTimeout && !cluster.continueInTransaction)
        return this.refuseContinueInTransaction(tx);
      return this.runner.inTransaction(tx, work, options);
    }
    return this.runner.autocommit(work, options);
  }
  /** As an error inside a transaction does (troubleshooting guide), the refusal aborts it. */
  async refuseContinueInTransaction(tx) {
    await this.transactions.finish(tx, "ROLLBACK", "aborted");
    throw continueInTransaction();
  }
  async statementOutput(connection, result, shape) {
    const { fields, rows } = result;
    const returnsRows = fields.length > 0;
    if (returnsRows) checkSupported(fields);
    if (resultBytes(rows) > RESPONSE_LIMIT_BYTES) throw responseTooLarge();
    const output = {
      numberOfRecordsUpdated: result.command === "SELECT" ? 0 : result.rowCount
    };
    if (!returnsRows) output.generatedFields = [];
    else if (shape.json) output.formattedRecords = toFormattedRecords(fields, rows, shape.values);
    else output.records = toRecords(fields, rows, shape.values);
    if (shape.metadata && returnsRows)
      output.columnMetadata = await columnMetadata(fields, (id) => this.typeName(connection, id));
    return output;
  }
  /** Names of types the table does not know (enums, domains, extensions), asked once each. */
  async typeName(connection, typeId) {
    const known = this.typeNames.get(typeId);
    if (known) return known;
    const result = await connection.query("SELECT typname FROM pg_type WHERE oid = $1", [
      { value: String(typeId), typeId: 26 }
    ]);
    const name = result.rows[0]?.[0] ?? "unknown";
    this.typeNames.set(typeId, name);
    return name;
  }
};
function outputShape(input) {
  const options = isPlainObject(input.resultSetOptions) ? input.resultSetOptions : {};
  const format = input.formatRecordsAs ?? "NONE";
  if (format !== "NONE" && format !== "JSON") throw invalid("formatRecordsAs must be NONE or JSON");
  return {
    json: format === "JSON",
    metadata: input.includeResultMetadata === true,
    values: {
      decimalAsNumber: options.decimalReturnType === "DOUBLE_OR_LONG",
      longAsString: options.longReturnType === "STRING"
    }
  };
}
function readSql(input) {
  const sql = requireText(input, "sql");
  const translated = translateSql(sql);
  if (translated.statements > 1) throw multistatement();
  return translated;
}

// src/sandbox/rds-data/pglite-engine.ts
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";

// src/sandbox/rds-data/mutex.ts
var Mutex = class {
  held = false;
  waiters = [];
  /** Resolves with the function that releases the lock (calling it twice is harmless). */
  async acquire() {
    if (this.held) await new Promise((resolve) => this.waiters.push(resolve));
    this.held = true;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiters.shift();
      if (next) next();
      else this.held = false;
    };
  }
};

// src/sandbox/rds-data/pglite-worker.ts
var PGLITE_WORKER_SOURCE = `
(async () => {
  const { parentPort, workerData, threadId } = await import('node:worker_threads');
  const fs = await import('node:fs/promises');
  const cacheFile = workerData.cacheFile;
  const fromCache = async (PGlite) => {
    try {
      const data = await fs.readFile(cacheFile);
      return await PGlite.create({ loadDataDir: new Blob([data]) });
    } catch {
      return undefined;
    }
  };
  const fresh = async (PGlite) => {
    const created = await PGlite.create();
    try {
      const dump = await created.dumpDataDir('gzip');
      const partial = cacheFile + '.' + process.pid + '-' + threadId;
      await fs.writeFile(partial, Buffer.from(await dump.arrayBuffer()));
      await fs.rename(partial, cacheFile);
    } catch {
      // No cache this time; the next start initialises again.
    }
    return created;
  };
  let pg;
  try {
    const { PGlite, types } = await import(workerData.pgliteUrl);
    pg = (await fromCache(PGlite)) || (await fresh(PGlite));
    // Every value stays in PostgreSQL's text format; the sandbox converts it like the Data API.
    const keys = new Set([...Object.keys(types.parsers), ...Object.keys(pg.parsers)]);
    const identity = Object.fromEntries([...keys].map((k) => [k, (v) => v]));
    const serializers = Object.fromEntries(
      [...new Set([...keys, ...Object.keys(types.serializers)])].map((k) => [k, (v) => v]),
    );
    globalThis.queryOptions = (params) => ({
      rowMode: 'array',
      parsers: identity,
      serializers,
      paramTypes: params.map((p) => p.typeId),
    });
    await pg.exec("SET TimeZone = 'UTC'");
    const pid = (await pg.query('SELECT pg_backend_pid() AS pid')).rows[0].pid;
    parentPort.postMessage({ id: 0, ready: true, pid });
  } catch (error) {
    parentPort.postMessage({ id: 0, fatal: String(error && error.stack || error) });
    return;
  }
  const describe = (e) => ({
    message: String(e && e.message || e),
    code: e && e.code || 'XX000',
    detail: e && e.detail || undefined,
    hint: e && e.hint || undefined,
    position: e && e.position || undefined,
    where: e && e.where || undefined,
  });
  const run = async (request) => {
    if (request.op === 'query') {
      const params = request.params || [];
      const r = await pg.query(request.sql, params.map((p) => p.value), globalThis.queryOptions(params));
      return {
        command: r.command || '',
        rowCount: r.rowCount ?? r.affectedRows ?? 0,
        fields: r.fields.map((f) => ({ name: f.name, typeId: f.dataTypeID })),
        rows: r.rows,
      };
    }
    if (request.op === 'exec') {
      await pg.exec(request.sql);
      return undefined;
    }
    await pg.close();
    return undefined;
  };
  parentPort.on('message', async (request) => {
    try {
      const result = await run(request);
      parentPort.postMessage({ id: request.id, ok: true, result });
      if (request.op === 'close') parentPort.close();
    } catch (e) {
      parentPort.postMessage({ id: request.id, ok: false, error: describe(e) });
    }
  });
})();
`;

// src/sandbox/rds-data/pglite-engine.ts
async function startPglite() {
  const pgliteUrl = import.meta.resolve("@electric-sql/pglite");
  const worker = new Worker(PGLITE_WORKER_SOURCE, {
    eval: true,
    workerData: { pgliteUrl, cacheFile: cacheFileFor(pgliteUrl) }
  });
  const channel = new WorkerChannel(worker);
  const pid = await channel.ready;
  return new PgliteEngine(channel, pid);
}
function cacheFileFor(pgliteUrl) {
  const manifest = new URL("../package.json", pgliteUrl);
  const { version } = JSON.parse(readFileSync(manifest, "utf8"));
  return join(tmpdir(), `phasegate-pglite-${version}-datadir.tgz`);
}
var WorkerChannel = class {
  constructor(worker) {
    this.worker = worker;
    this.ready = new Promise((resolve, reject) => {
      worker.on("message", (reply) => {
        if ("ready" in reply) resolve(reply.pid);
        else if ("fatal" in reply) reject(new Error(`PGlite did not start: ${reply.fatal}`));
        else this.settle(reply);
      });
      worker.on("error", (error) => this.fail(error, reject));
      worker.on("exit", (code) => this.fail(new Error(`PGlite worker exited (${code})`), reject));
    });
  }
  worker;
  ready;
  nextId = 1;
  pending = /* @__PURE__ */ new Map();
  failure;
  send(request) {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...request, id });
    });
  }
  terminate() {
    return this.worker.terminate();
  }
  settle(reply) {
    const pending = this.pending.get(reply.id);
    this.pending.delete(reply.id);
    if (!pending) return;
    if (reply.ok) pending.resolve(reply.result);
    else {
      const { message, code, ...details } = reply.error;
      pending.reject(new SqlError(message, code, dropUndefined(details)));
    }
  }
  fail(error, reject) {
    this.failure ??= error;
    reject(error);
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
  }
};
var PgliteEngine = class {
  constructor(channel, pid) {
    this.channel = channel;
    this.pid = pid;
  }
  channel;
  pid;
  kind = "pglite";
  canCancel = false;
  turn = new Mutex();
  closed = false;
  async connect() {
    const release = await this.turn.acquire();
    const { channel, pid } = this;
    return {
      pid,
      query: (sql, params = []) => channel.send({ op: "query", sql, params }),
      release: () => release()
    };
  }
  cancel() {
    return Promise.resolve();
  }
  async exec(script) {
    const release = await this.turn.acquire();
    try {
      await this.channel.send({ op: "exec", sql: script });
    } finally {
      release();
    }
  }
  /** A statement still running (the worker is busy) cannot be waited for: the worker is ended. */
  async close() {
    if (this.closed) return;
    this.closed = true;
    const closing = this.channel.send({ op: "close" }).catch(() => void 0);
    const timeout = new Promise((resolve) => setTimeout(resolve, 2e3).unref());
    await Promise.race([closing, timeout]);
    await this.channel.terminate();
  }
};
function dropUndefined(value) {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== void 0));
}

// src/sandbox/rds-data/postgres-engine.ts
var asText = (value) => value;
async function startPostgres(url) {
  const pool = new esm_default.Pool({ connectionString: url, max: 20 });
  pool.on("error", () => void 0);
  pool.on("connect", (client) => {
    client.query("SET TimeZone = 'UTC'").catch(() => void 0);
  });
  const engine = new PostgresEngine(pool);
  const probe = await engine.connect().catch((error) => {
    throw new Error(`cannot connect to the PostgreSQL server (${url}): ${String(error)}`);
  });
  probe.release();
  return engine;
}
var PostgresEngine = class {
  constructor(pool) {
    this.pool = pool;
  }
  pool;
  kind = "postgres";
  canCancel = true;
  async connect() {
    const client = await this.pool.connect();
    try {
      const pid = Number((await client.query("SELECT pg_backend_pid() AS pid")).rows[0].pid);
      return {
        pid,
        query: (sql, params) => runQuery(client, sql, params ?? []),
        release: (broken) => client.release(broken === true)
      };
    } catch (error) {
      client.release(true);
      throw toSqlError(error);
    }
  }
  async cancel(connection) {
    await this.pool.query("SELECT pg_cancel_backend($1)", [connection.pid]);
  }
  async exec(script) {
    await this.pool.query(script).catch((error) => {
      throw toSqlError(error);
    });
  }
  async close() {
    await this.pool.end();
  }
};
async function runQuery(client, text, params) {
  const types = Object.assign(
    params.map((p) => p.typeId),
    { getTypeParser: () => asText }
  );
  try {
    const result = await client.query({
      text,
      values: params.map((p) => p.value),
      rowMode: "array",
      types
    });
    return {
      command: result.command ?? "",
      rowCount: result.rowCount ?? 0,
      fields: (result.fields ?? []).map((f) => ({
        name: f.name,
        typeId: f.dataTypeID,
        typeModifier: f.dataTypeModifier
      })),
      rows: result.rows
    };
  } catch (error) {
    throw toSqlError(error);
  }
}
function toSqlError(error) {
  if (!(error instanceof Error) || !("code" in error) || typeof error.code !== "string")
    return error instanceof Error ? error : new Error(String(error));
  const e = error;
  const details = {};
  for (const key of ["detail", "hint", "position", "where"]) {
    const value = e[key];
    if (value) details[key] = value;
  }
  return new SqlError(e.message, e.code ?? "XX000", details);
}

// src/sandbox/rds-data/runner.ts
var STATEMENT_TIMEOUT_MS = 45e3;
var SIMULATED_CANCEL = `DO $$ BEGIN RAISE EXCEPTION USING ERRCODE = 'query_canceled',
  MESSAGE = 'canceling statement due to user request'; END $$`;
var ACTIVE_SQL_TRANSACTION = "25001";
var CANCEL_RETRY_MS = 100;
var Runner = class {
  constructor(engine, clock, transactions) {
    this.engine = engine;
    this.clock = clock;
    this.transactions = transactions;
  }
  engine;
  clock;
  transactions;
  /** A call without transactionId: its changes are committed when it succeeds. */
  async autocommit(work, options) {
    const connection = await this.engine.connect();
    const wrap = options.atomic === true || !this.engine.canCancel;
    try {
      return await this.runAutocommit(connection, work, options, wrap);
    } catch (error) {
      if (!(error instanceof SqlError) || error.code !== ACTIVE_SQL_TRANSACTION || options.atomic)
        throw error;
      return await this.runAutocommit(await this.engine.connect(), work, options, false);
    }
  }
  async runAutocommit(connection, work, options, wrap) {
    let running;
    try {
      if (wrap) await connection.query("BEGIN");
      running = work(connection);
    } catch (error) {
      connection.release(true);
      throw error;
    }
    const end = (ok) => this.endAutocommit(connection, wrap, ok);
    const outcome = await this.race(running).catch(async (error) => {
      await end(false);
      throw error;
    });
    if (outcome.finished) {
      await end(true);
      return outcome.value;
    }
    if (!options.continueAfterTimeout && this.engine.canCancel)
      await this.engine.cancel(connection);
    running.then(
      () => end(options.continueAfterTimeout),
      () => end(false)
    );
    throw new StatementTimeoutError(connection.pid);
  }
  async endAutocommit(connection, wrapped, commit) {
    try {
      if (wrapped) await connection.query(commit ? "COMMIT" : "ROLLBACK");
      connection.release();
    } catch {
      connection.release(true);
    }
  }
  /**
   * A call inside a transaction. An error ends the transaction: the Data API answers
   * "Transaction … is not found" afterwards ("aborted due to an error from a previous call").
   */
  async inTransaction(tx, work, options) {
    const running = work(tx.connection);
    const outcome = await this.race(running).catch(async (error) => {
      tx.busy = false;
      await this.transactions.finish(tx, "ROLLBACK", "aborted");
      throw error;
    });
    if (outcome.finished) {
      this.transactions.done(tx);
      return outcome.value;
    }
    const cancel = !options.continueAfterTimeout;
    if (cancel && this.engine.canCancel) this.cancelUntilDone(tx.connection, running);
    const settle = async () => {
      if (cancel && !this.engine.canCancel)
        await tx.connection.query(SIMULATED_CANCEL).catch(() => void 0);
      this.transactions.done(tx);
    };
    running.then(settle, settle);
    throw new StatementTimeoutError(tx.connection.pid);
  }
  /**
   * pg_cancel_backend only stops a statement that has started; one still on its way to the
   * server would run on. So the cancel is repeated until the statement has ended.
   */
  cancelUntilDone(connection, running) {
    let done = false;
    const ended = running.then(
      () => {
        done = true;
      },
      () => {
        done = true;
      }
    );
    const pause = () => new Promise((resolve) => setTimeout(resolve, CANCEL_RETRY_MS));
    void (async () => {
      while (!done) {
        await this.engine.cancel(connection).catch(() => void 0);
        await Promise.race([ended, pause()]);
      }
    })();
  }
  async race(running) {
    const stop = new AbortController();
    const timeout = this.clock.sleep(STATEMENT_TIMEOUT_MS, stop.signal).then(() => ({ finished: false }));
    try {
      return await Promise.race([
        running.then((value) => ({ finished: true, value })),
        timeout
      ]);
    } finally {
      stop.abort();
      timeout.catch(() => void 0);
    }
  }
};

// src/sandbox/rds-data/scenario.ts
var clusterShape = object(
  {
    name: string({
      pattern: /^[A-Za-z][A-Za-z0-9-]{0,62}$/,
      description: "DB cluster identifier; its ARN is arn:aws:rds:<region>:<account>:cluster:<name>."
    }),
    secrets: array(
      string({
        description: "A secret name (any arn:aws:secretsmanager:<region>:<account>:secret:<name>-XXXXXX matches, as Secrets Manager adds 6 random characters) or a full secret ARN."
      }),
      { min: 1, description: "Secrets the Data API accepts for this cluster." }
    ),
    databases: array(string({ pattern: /^[A-Za-z_][A-Za-z0-9_$-]{0,62}$/ }), {
      min: 1,
      description: "Database names the cluster has. On PGlite and on a --database server they all name the one engine database."
    }),
    "paused-for": withDefault(
      durationMs(
        "Simulated time from sandbox start during which every call gets DatabaseResumingException (an auto-paused Aurora Serverless v2 cluster waking up)."
      ),
      0
    ),
    "transactional-continue-after-timeout": withDefault(
      oneOf(
        ["refused", "allowed"],
        "What the Data API answers to continueAfterTimeout sent with a transactionId. AWS does not document it; the one public report says it is an error, so the default refuses it (BadRequestException, and the transaction is aborted)."
      ),
      "refused"
    ),
    "init-sql": optional(
      string({ description: "SQL run once at start (several statements allowed), e.g. tables." })
    )
  },
  { description: "An Aurora PostgreSQL cluster with the Data API enabled." }
);
var rdsDataSectionShape = object(
  {
    clusters: withDefault(
      refine(array(clusterShape), (clusters) => {
        const names = clusters.map((c) => c.name);
        const twice = names.find((n, i) => names.indexOf(n) !== i);
        return twice ? { message: `cluster "${twice}" is declared twice` } : void 0;
      }),
      []
    )
  },
  { description: "RDS Data API backed by PostgreSQL: see docs/sandbox-rds-data.md." }
);
function parseRdsDataSection(section, where) {
  const raw = parseScenarioValue(rdsDataSectionShape, section ?? {}, ["rds-data"]);
  return raw.clusters.map((c) => toCluster(c, where));
}
function toCluster(c, where) {
  const secretPrefix = `arn:aws:secretsmanager:${where.region}:${where.accountId}:secret:`;
  const matchers = c.secrets.map(
    (s) => s.startsWith("arn:") ? (arn) => arn === s : (arn) => arn.startsWith(`${secretPrefix}${s}-`) && /^[A-Za-z0-9]{6}$/.test(arn.slice(secretPrefix.length + s.length + 1))
  );
  return {
    name: c.name,
    arn: `arn:aws:rds:${where.region}:${where.accountId}:cluster:${c.name}`,
    databases: c.databases,
    pausedForMs: c["paused-for"],
    continueInTransaction: c["transactional-continue-after-timeout"] === "allowed",
    ...c["init-sql"] ? { initSql: c["init-sql"] } : {},
    acceptsSecret: (arn) => matchers.some((match) => match(arn))
  };
}

// src/sandbox/rds-data/transactions.ts
import { randomBytes } from "node:crypto";
var IDLE_EXPIRY_MS = 3 * 6e4;
var MAX_LIFETIME_MS = 24 * 36e5;
var RECHECK_MS = 1e3;
var TransactionStore = class {
  constructor(engine, clock) {
    this.engine = engine;
    this.clock = clock;
  }
  engine;
  clock;
  open = /* @__PURE__ */ new Map();
  /** Why an id that no longer works ended, for the error message. */
  ended = /* @__PURE__ */ new Map();
  /** On PGlite this waits until the transaction before it has ended. */
  async begin(cluster) {
    const connection = await this.engine.connect();
    try {
      await connection.query("BEGIN");
    } catch (error) {
      connection.release(true);
      throw error;
    }
    const now = this.clock.now();
    const tx = {
      id: randomBytes(48).toString("base64"),
      cluster,
      connection,
      startedAt: now,
      lastUsed: now,
      busy: false,
      watchdog: new AbortController()
    };
    this.open.set(tx.id, tx);
    void this.watch(tx);
    return tx.id;
  }
  /** Marks the transaction busy for one call; throws the Data API's errors when it cannot be used. */
  take(id, cluster) {
    const tx = this.open.get(id);
    if (!tx || tx.cluster !== cluster)
      throw transactionNotFound(id, this.ended.get(id) ?? "unknown");
    if (tx.busy) throw stillRunning();
    if (this.isExpired(tx)) {
      void this.finish(tx, "ROLLBACK", "expired");
      throw transactionNotFound(id, "expired");
    }
    tx.busy = true;
    return tx;
  }
  /** The call on it is over: its 3-minute idle clock starts again. */
  done(tx) {
    tx.busy = false;
    tx.lastUsed = this.clock.now();
  }
  /** Commits or rolls back and forgets it; `cause` is what later calls with its id are told. */
  async finish(tx, command, cause) {
    if (!this.open.has(tx.id)) return;
    this.open.delete(tx.id);
    this.ended.set(tx.id, cause);
    tx.watchdog.abort();
    try {
      await tx.connection.query(command);
      tx.connection.release();
    } catch (error) {
      tx.connection.release(true);
      if (command === "COMMIT") throw error;
    }
  }
  async closeAll() {
    for (const tx of [...this.open.values()]) {
      if (tx.busy) tx.watchdog.abort();
      else await this.finish(tx, "ROLLBACK", "expired");
    }
  }
  isExpired(tx) {
    const now = this.clock.now();
    return now - tx.lastUsed >= IDLE_EXPIRY_MS || now - tx.startedAt >= MAX_LIFETIME_MS;
  }
  /**
   * Rolls the transaction back once it expires even if nobody calls again, so an abandoned
   * transaction does not keep PGlite's only connection (or a server connection) forever.
   */
  async watch(tx) {
    const { signal } = tx.watchdog;
    try {
      while (!signal.aborted) {
        const idleLeft = tx.lastUsed + IDLE_EXPIRY_MS - this.clock.now();
        const lifeLeft = tx.startedAt + MAX_LIFETIME_MS - this.clock.now();
        const wait = Math.min(idleLeft, lifeLeft);
        if (wait <= 0 && !tx.busy) return await this.finish(tx, "ROLLBACK", "expired");
        await this.clock.sleep(wait > 0 ? wait : RECHECK_MS, signal);
      }
    } catch {
    }
  }
};

// src/sandbox/rds-data/index.ts
async function createRdsDataService(section, deps) {
  const clusters = parseRdsDataSection(section, deps);
  const engine = clusters.length > 0 ? await startEngine(deps.databaseUrl, clusters) : void 0;
  const directory = new ClusterDirectory(clusters, deps.clock);
  if (!engine) return { name: "rds-data", handle: (_op, input) => handleWithout(directory, input) };
  const transactions = new TransactionStore(engine, deps.clock);
  const operations = new Operations(
    directory,
    transactions,
    new Runner(engine, deps.clock, transactions)
  );
  return {
    name: "rds-data",
    handle: (operation, input, request) => handle(operations, operation, input, request),
    async close() {
      await transactions.closeAll();
      await engine.close();
    }
  };
}
async function startEngine(url, clusters) {
  const engine = url ? await startPostgres(url) : await startPglite();
  try {
    for (const cluster of clusters) if (cluster.initSql) await engine.exec(cluster.initSql);
  } catch (error) {
    await engine.close();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`rds-data init-sql failed: ${reason}`);
  }
  return engine;
}
var HANDLERS = {
  ExecuteStatement: (o, i) => o.executeStatement(i),
  BatchExecuteStatement: (o, i) => o.batchExecuteStatement(i),
  BeginTransaction: (o, i) => o.beginTransaction(i),
  CommitTransaction: (o, i) => o.commitTransaction(i),
  RollbackTransaction: (o, i) => o.rollbackTransaction(i)
};
async function handle(operations, operation, input, _request) {
  const handler = HANDLERS[operation];
  if (!handler)
    throw new AwsError("UnknownOperationException", `${operation} is not supported`, 404);
  try {
    return await handler(operations, input);
  } catch (error) {
    throw error instanceof SqlError ? databaseError(error) : error;
  }
}
async function handleWithout(directory, input) {
  directory.resolve(input);
  throw new Error("unreachable: a scenario without clusters resolves no ARN");
}

// src/sandbox/request-log.ts
var KEY_PARAMS = [
  "cluster",
  "service",
  "services",
  "serviceName",
  "family",
  "taskDefinition",
  "tasks",
  "Name",
  "Names",
  "Path",
  "CommandId",
  "InstanceId",
  "SecretId",
  "DocumentName",
  "logGroupName",
  "logStreamName",
  "logStreamNames",
  "resourceArn",
  "transactionId",
  "sql"
];
var SQL_PREVIEW = 80;
function keyParams(input) {
  const params = {};
  for (const key of KEY_PARAMS) {
    const value = input[key];
    if (value === void 0) continue;
    params[key] = key === "sql" && typeof value === "string" && value.length > SQL_PREVIEW ? `${value.slice(0, SQL_PREVIEW)}\u2026` : value;
  }
  return params;
}
var RequestLog = class {
  records = [];
  nextSeq = 1;
  /** Starts a record at a request's arrival; the server fills in the outcome when it answers. */
  start(entry) {
    const record2 = { ...entry, seq: this.nextSeq++, outcome: "pending" };
    this.records.push(record2);
    return record2;
  }
  /** All records so far, oldest first. */
  all() {
    return this.records;
  }
  filter(filter = {}) {
    return this.records.filter(
      (r) => (filter.service === void 0 || r.service === filter.service) && (filter.operation === void 0 || r.operation === filter.operation) && (filter.outcome === void 0 || r.outcome === filter.outcome) && (filter.fault === void 0 || r.fault === filter.fault)
    );
  }
  count(filter = {}) {
    return this.filter(filter).length;
  }
  /** Request counts keyed `service.Operation`, e.g. `{ "ecs.DescribeServices": 12 }`. */
  countByOperation() {
    const counts = {};
    for (const r of this.records) {
      const key = `${r.service}.${r.operation}`;
      counts[key] = (counts[key] ?? 0) + 1;
    }
    return counts;
  }
  clear() {
    this.records.length = 0;
  }
};

// src/sandbox/scenario.ts
var import_yaml = __toESM(require_dist(), 1);
import { readFileSync as readFileSync2 } from "node:fs";

// src/sandbox/secrets-manager/scenario.ts
var SECRET_NAME = /^[A-Za-z0-9/_+=.@!-]{1,512}$/;
var secretShape = refine(
  object(
    {
      name: string({
        pattern: SECRET_NAME,
        description: "Secret name, e.g. ca-a2a/db. Its ARN is arn:aws:secretsmanager:<region>:<account>:secret:<name>-XXXXXX; an rds-data cluster that lists this name in its secrets accepts that ARN."
      }),
      value: optional(string({ description: "The SecretString, as plain text." })),
      json: optional(
        record(
          unknownValue(),
          "The SecretString as a JSON object, e.g. the credentials RDS stores: username, password, host, port, dbname, engine."
        )
      ),
      description: optional(string()),
      arn: optional(
        string({
          pattern: /^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\d{12}:secret:.+-[A-Za-z0-9]{6}$/,
          description: "The full ARN to use (its 6-character suffix), e.g. the one a plan file names; default: a suffix derived from the name, the same on every start."
        })
      )
    },
    { description: "A secret with one version, labelled AWSCURRENT." }
  ),
  (s) => {
    if (s.value === void 0 === (s.json === void 0))
      return { message: "give value or json (one of them)", hint: "value: s3cret" };
    if (s.arn !== void 0 && !s.arn.endsWith(`:secret:${s.name}${s.arn.slice(-7)}`))
      return { message: `the ARN does not name the secret "${s.name}"`, at: ["arn"] };
    return void 0;
  }
);
var secretsManagerSectionShape = object(
  {
    secrets: withDefault(
      refine(array(secretShape), (secrets) => {
        const names = secrets.map((s) => s.name);
        const twice = names.find((n, i) => names.indexOf(n) !== i);
        return twice ? { message: `secret "${twice}" is declared twice` } : void 0;
      }),
      []
    )
  },
  { description: "AWS Secrets Manager: see docs/sandbox.md#secrets-manager." }
);
function parseSecretsManagerSection(section) {
  return parseScenarioValue(secretsManagerSectionShape, section ?? {}, ["secrets-manager"]);
}
function secretString(secret) {
  return secret.value ?? JSON.stringify(secret.json);
}

// src/sandbox/ssm/scenario.ts
var PARAMETER_TYPES = ["String", "StringList", "SecureString"];
var FINAL_STATUSES = [
  "Success",
  "Failed",
  "TimedOut",
  "Cancelled",
  "DeliveryTimedOut",
  "Undeliverable"
];
var PING_STATUSES = ["Online", "ConnectionLost", "Inactive"];
var parameterShape = object({
  name: string({ description: "Parameter name, e.g. /ca-a2a/db/host." }),
  value: string({ description: "Plain text value (SecureString values are stored decrypted)." }),
  type: withDefault(oneOf(PARAMETER_TYPES), "String"),
  description: optional(string())
});
var INSTANCE_ID = /^(i|mi)-[0-9a-f]+$/;
var instanceObject = object(
  {
    id: string({ pattern: INSTANCE_ID, expected: "an instance id such as i-0123456789abcdef0" }),
    tags: withDefault(record(string(), "EC2 tags, e.g. { Role: cache-warmer }."), {}),
    ping: withDefault(oneOf(PING_STATUSES, "DescribeInstanceInformation PingStatus."), "Online"),
    platform: withDefault(oneOf(["Linux", "Windows", "MacOS"]), "Linux"),
    name: optional(string({ description: "ComputerName." }))
  },
  { description: "A managed instance with its tags and agent status." }
);
var instanceShape = {
  expected: "an instance id or { id, tags, ping }",
  jsonSchema: () => ({
    anyOf: [{ type: "string", pattern: INSTANCE_ID.source }, instanceObject.jsonSchema()]
  }),
  parse: (value, path, ctx) => instanceObject.parse(isPlainObject(value) ? value : { id: value }, path, ctx)
};
var commandShape = object(
  {
    document: optional(string({ description: "Matches SendCommand DocumentName exactly." })),
    match: optional(
      string({ description: "Matches when the `commands` parameter contains this text." })
    ),
    instance: optional(
      string({
        description: "Matches only the invocation on this instance id.",
        pattern: INSTANCE_ID
      })
    ),
    status: withDefault(oneOf(FINAL_STATUSES, "How each invocation ends."), "Success"),
    "appears-after": withDefault(
      durationMs("Simulated time before GetCommandInvocation knows the invocation."),
      500
    ),
    pending: withDefault(durationMs("Simulated time spent Pending."), 1e3),
    delayed: withDefault(
      durationMs("Then simulated time spent Delayed (the node was not reachable; SSM retries)."),
      0
    ),
    duration: withDefault(durationMs("Simulated time spent InProgress."), 5e3),
    cancelling: withDefault(
      durationMs("After CancelCommand, simulated time spent Cancelling before Cancelled."),
      1e3
    ),
    stdout: withDefault(string(), ""),
    stderr: withDefault(string(), ""),
    "response-code": optional(
      number({ integer: true, description: "Default: 0 on Success, 1 on Failed, -1 otherwise." })
    )
  },
  { description: "A scripted outcome for the invocations it matches (first match wins)." }
);
var ssmSectionShape = object(
  {
    parameters: withDefault(array(parameterShape), []),
    instances: optional(
      array(instanceShape, {
        description: "Managed instances; when given, other ids are InvalidInstanceId and tag targets resolve against their tags."
      })
    ),
    commands: withDefault(array(commandShape), [])
  },
  { description: "AWS Systems Manager: Parameter Store and Run Command." }
);
var DEFAULT_SCRIPT = parseScenarioValue(
  commandShape,
  {},
  []
);
function parseSsmSection(section) {
  return parseScenarioValue(ssmSectionShape, section ?? {}, ["ssm"]);
}

// src/sandbox/scenario.ts
var DEFAULT_REGION = "eu-west-3";
var DEFAULT_ACCOUNT_ID = "000000000000";
var accountIdShape = {
  expected: "a 12-digit account id in quotes",
  jsonSchema: () => ({
    type: "string",
    pattern: "^\\d{12}$",
    description: "AWS account id in ARNs."
  }),
  parse(value, path, ctx) {
    const text = typeof value === "number" ? String(value) : value;
    if (typeof text === "string" && /^\d{12}$/.test(text)) return text;
    ctx.issues.push({
      path,
      message: `expected ${accountIdShape.expected}`,
      hint: 'write it quoted, for example account-id: "000000000000"'
    });
    return void 0;
  }
};
var timeScaleShape = (() => {
  const shape = refine(
    number({ description: "Simulated milliseconds per real millisecond (60: 5 min \u2192 5 s)." }),
    (n) => n > 0 ? void 0 : { message: "time-scale must be greater than 0" }
  );
  return { ...shape, jsonSchema: () => ({ ...shape.jsonSchema(), exclusiveMinimum: 0 }) };
})();
function serviceSection(description) {
  return {
    expected: "a map",
    jsonSchema: () => ({ type: "object", additionalProperties: true, description }),
    parse(value, path, ctx) {
      if (value === void 0 || value === null || isPlainObject(value)) return value ?? void 0;
      ctx.issues.push({ path, message: "expected a map" });
      return void 0;
    }
  };
}
function rootShape(sections) {
  return object(
    {
      "time-scale": withDefault(timeScaleShape, 1),
      region: withDefault(
        string({ pattern: /^[a-z]{2}(-[a-z]+)+-\d+$/, description: "Region in ARNs." }),
        DEFAULT_REGION
      ),
      "account-id": withDefault(accountIdShape, DEFAULT_ACCOUNT_ID),
      ecs: optional(sections.ecs),
      ssm: optional(sections.ssm),
      "rds-data": optional(sections.rdsData),
      "secrets-manager": optional(sections.secretsManager),
      logs: optional(sections.logs),
      faults: optional(faultsShape),
      "fault-seed": withDefault(
        number({
          integer: true,
          min: 1,
          description: "Seed of the generator the faults draw their rates from (default 1)."
        }),
        1
      ),
      env: optional(
        record(
          string(),
          "Environment variables for a rehearsal, e.g. the URL of a load balancer the plan checks: {sandbox-url} is the sandbox address."
        )
      )
    },
    { description: "A phasegate sandbox scenario: see docs/sandbox.md." }
  );
}
function loadScenario(source) {
  if (typeof source === "string") return withFilePositions(source, () => rootFromFile(source));
  return rootFromValue(source ?? {});
}
function rootFromValue(value) {
  const open = {
    ecs: serviceSection("Amazon ECS: see docs/sandbox-ecs.md."),
    ssm: serviceSection("SSM: see docs/sandbox.md."),
    rdsData: serviceSection("RDS Data API: see docs/sandbox-rds-data.md."),
    secretsManager: serviceSection("Secrets Manager: see docs/sandbox.md#secrets-manager."),
    logs: serviceSection("CloudWatch Logs: see docs/sandbox.md#cloudwatch-logs.")
  };
  const ctx = { mode: "final", issues: [] };
  const root = rootShape(open).parse(value ?? {}, [], ctx);
  checkSections(value, ctx);
  const error = issuesToError(ctx.issues);
  if (error || root === void 0) throw error ?? new ScenarioError("(root)", "expected a map");
  return {
    timeScale: root["time-scale"],
    region: root.region,
    accountId: root["account-id"],
    faults: root.faults ?? [],
    faultSeed: root["fault-seed"],
    env: root.env ?? {},
    ecs: root.ecs,
    ssm: root.ssm,
    rdsData: root["rds-data"],
    secretsManager: root["secrets-manager"],
    logs: root.logs
  };
}
var SECTIONS = {
  ecs: ecsSectionShape,
  ssm: ssmSectionShape,
  "rds-data": rdsDataSectionShape,
  "secrets-manager": secretsManagerSectionShape,
  logs: logsSectionShape
};
function checkSections(value, ctx) {
  if (!isPlainObject(value)) return;
  for (const [key, shape] of Object.entries(SECTIONS)) {
    const section = value[key];
    if (isPlainObject(section)) shape.parse(section, [key], ctx);
  }
}
function rootFromFile(file) {
  return rootFromValue(readYaml(file).value);
}
function readYaml(file) {
  let text;
  try {
    text = readFileSync2(file, "utf8");
  } catch (error) {
    throw new ScenarioError(file, `cannot read the file (${error.message})`);
  }
  const lines = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter: lines, prettyErrors: true });
  const [first] = doc.errors;
  if (first) throw new ScenarioError(file, `YAML syntax: ${first.message}`);
  return { value: doc.toJS(), doc, lines };
}
function withFilePositions(file, load) {
  try {
    return load();
  } catch (error) {
    throw locateScenarioError(error, file);
  }
}
function locateScenarioError(error, file) {
  if (!(error instanceof ScenarioError) || error instanceof LocatedScenarioError) return error;
  if (error.where === file) return error;
  const position = positionsIn(file);
  const [first, ...others] = error.mistakes.map((m) => ({
    ...m,
    message: `${m.message} (${position(m)})`
  }));
  if (!first) return error;
  return new LocatedScenarioError(first.where, first.message, first.hint, others);
}
var LocatedScenarioError = class extends ScenarioError {
};
function positionsIn(file) {
  let read;
  try {
    read = readYaml(file);
  } catch {
  }
  return (mistake) => {
    const atKey = mistake.message.startsWith("unknown key");
    const node = read && nodeAt(read.doc, pathOf(mistake.where), atKey);
    const at = node?.range ? read?.lines.linePos(node.range[0]) : void 0;
    return at ? `${file}:${at.line}:${at.col}` : file;
  };
}
function nodeAt(doc, path, atKey) {
  const parent = atKey ? doc.getIn(path.slice(0, -1), true) : void 0;
  if ((0, import_yaml.isMap)(parent)) {
    const pair = parent.items.find((p) => (0, import_yaml.isScalar)(p.key) && p.key.value === path.at(-1));
    if ((0, import_yaml.isScalar)(pair?.key)) return pair.key;
  }
  return doc.getIn(path, true);
}
function pathOf(where) {
  return [...where.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map(
    (m) => m[2] !== void 0 ? Number(m[2]) : m[1]
  );
}

// src/sandbox/secrets-manager/ids.ts
import { createHash as createHash2 } from "node:crypto";
var ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
function secretArnPrefix(scope) {
  return `arn:aws:secretsmanager:${scope.region}:${scope.accountId}:secret:`;
}
function secretArn(scope, name) {
  const digest = createHash2("sha256").update(`${scope.accountId}\0${name}`).digest();
  const suffix = [...digest.subarray(0, 6)].map((b) => ALPHABET[b % ALPHABET.length]).join("");
  return `${secretArnPrefix(scope)}${name}-${suffix}`;
}
function stableVersionId(seed2) {
  const hex = createHash2("sha256").update(seed2).digest("hex");
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    `4${hex.slice(13, 16)}`,
    `8${hex.slice(17, 20)}`,
    hex.slice(20, 32)
  ].join("-");
}
function dayOf(epochMs) {
  const day = 24 * 60 * 60 * 1e3;
  return Math.floor(epochMs / day) * day;
}

// src/sandbox/secrets-manager/store.ts
import { randomUUID } from "node:crypto";
var CURRENT = "AWSCURRENT";
var PREVIOUS = "AWSPREVIOUS";
var MAX_VALUE_BYTES = 65536;
var MAX_STAGES = 20;
var SecretStore = class {
  constructor(ctx) {
    this.ctx = ctx;
  }
  ctx;
  secrets = /* @__PURE__ */ new Map();
  seed(s) {
    const secret = this.create(s.name, s.description, [], s.arn);
    const value = secretString(s);
    this.addVersion(secret, stableVersionId(`${secret.arn}\0${value}`), { string: value }, [
      CURRENT
    ]);
  }
  getSecretValue(raw) {
    const input = new Input(raw, "ValidationException");
    const secret = this.find(input.string("SecretId"));
    const version = selectVersion(
      secret,
      input.optionalString("VersionId"),
      input.optionalString("VersionStage")
    );
    secret.accessedAt = dayOf(this.ctx.now());
    return {
      ARN: secret.arn,
      Name: secret.name,
      VersionId: version.id,
      ...version.string !== void 0 ? { SecretString: version.string } : {},
      ...version.binary !== void 0 ? { SecretBinary: version.binary } : {},
      VersionStages: [...version.stages],
      CreatedDate: new Date(version.createdAt)
    };
  }
  describeSecret(raw) {
    const secret = this.find(new Input(raw, "ValidationException").string("SecretId"));
    const staged = secret.versions.filter((v) => v.stages.length > 0);
    return {
      ARN: secret.arn,
      Name: secret.name,
      ...secret.description !== void 0 ? { Description: secret.description } : {},
      LastChangedDate: new Date(secret.changedAt),
      ...secret.accessedAt !== void 0 ? { LastAccessedDate: new Date(secret.accessedAt) } : {},
      ...secret.tags.length > 0 ? { Tags: secret.tags } : {},
      VersionIdsToStages: Object.fromEntries(staged.map((v) => [v.id, [...v.stages]])),
      CreatedDate: new Date(secret.createdAt)
    };
  }
  putSecretValue(raw) {
    const input = new Input(raw, "ValidationException");
    const secret = this.find(input.string("SecretId"));
    const content = contentOf(input);
    if (!content)
      throw new AwsError(
        "InvalidRequestException",
        "You must provide either SecretString or SecretBinary."
      );
    const stages = input.strings("VersionStages", MAX_STAGES) ?? [CURRENT];
    const version = this.versionFor(secret, input, content, stages);
    return {
      ARN: secret.arn,
      Name: secret.name,
      VersionId: version.id,
      VersionStages: [...version.stages]
    };
  }
  createSecret(raw) {
    const input = new Input(raw, "ValidationException");
    const name = input.string("Name");
    if (!SECRET_NAME.test(name))
      throw new AwsError(
        "ValidationException",
        "Invalid name. Must be a valid name containing alphanumeric characters, or any of the following: -/_+=.@!"
      );
    if (this.secrets.has(name))
      throw new AwsError(
        "ResourceExistsException",
        `The operation failed because the secret ${name} already exists.`
      );
    const content = contentOf(input);
    const secret = this.create(name, input.optionalString("Description"), tagsOf(input, raw.Tags));
    const version = content ? this.versionFor(secret, input, content, [CURRENT]) : void 0;
    return { ARN: secret.arn, Name: secret.name, ...version ? { VersionId: version.id } : {} };
  }
  /** A name, a full ARN, or a partial ARN (without the -XXXXXX suffix). */
  find(id) {
    const found = id.startsWith("arn:") ? this.byArn(id) : this.secrets.get(id);
    if (!found)
      throw new AwsError(
        "ResourceNotFoundException",
        "Secrets Manager can't find the specified secret."
      );
    return found;
  }
  byArn(arn) {
    for (const secret of this.secrets.values()) if (secret.arn === arn) return secret;
    const prefix = secretArnPrefix(this.ctx);
    return arn.startsWith(prefix) ? this.secrets.get(arn.slice(prefix.length)) : void 0;
  }
  create(name, description, tags, arn = secretArn(this.ctx, name)) {
    const now = this.ctx.now();
    const secret = {
      name,
      arn,
      ...description !== void 0 ? { description } : {},
      tags,
      createdAt: now,
      changedAt: now,
      versions: []
    };
    this.secrets.set(name, secret);
    return secret;
  }
  /**
   * ClientRequestToken is the idempotency token (the SDK and the CLI fill it in) and becomes the
   * VersionId: the same token with the same value is the same version, with another value an error.
   */
  versionFor(secret, input, content, stages) {
    const id = input.optionalString("ClientRequestToken") ?? randomUUID();
    const existing = secret.versions.find((v) => v.id === id);
    if (!existing) return this.addVersion(secret, id, content, stages);
    if (existing.string === content.string && existing.binary === content.binary) return existing;
    throw new AwsError(
      "ResourceExistsException",
      "You can't modify an existing version, you can only create a new version."
    );
  }
  addVersion(secret, id, content, stages) {
    for (const stage of stages) moveStage(secret, stage);
    const version = {
      id,
      ...content,
      stages: [...new Set(stages)],
      createdAt: this.ctx.now()
    };
    secret.versions.push(version);
    secret.changedAt = version.createdAt;
    return version;
  }
};
function moveStage(secret, stage) {
  const holder = secret.versions.find((v) => v.stages.includes(stage));
  if (!holder) return;
  holder.stages = holder.stages.filter((s) => s !== stage);
  if (stage !== CURRENT) return;
  moveStage(secret, PREVIOUS);
  holder.stages.push(PREVIOUS);
}
function selectVersion(secret, versionId, stage) {
  const missing = (what) => new AwsError(
    "ResourceNotFoundException",
    `Secrets Manager can't find the specified secret value for ${what}`
  );
  if (versionId !== void 0) {
    const version2 = secret.versions.find((v) => v.id === versionId);
    if (!version2 || stage !== void 0 && !version2.stages.includes(stage))
      throw missing(`VersionId: ${versionId}`);
    return version2;
  }
  const label = stage ?? CURRENT;
  const version = secret.versions.find((v) => v.stages.includes(label));
  if (!version) throw missing(`staging label: ${label}`);
  return version;
}
function contentOf(input) {
  const string2 = input.optionalString("SecretString");
  const binary = input.optionalString("SecretBinary");
  if (string2 !== void 0 && binary !== void 0)
    throw new AwsError(
      "InvalidParameterException",
      "You can't specify both a binary secret value and a string secret value in the same secret."
    );
  const bytes = string2 !== void 0 ? Buffer.byteLength(string2) : Buffer.from(binary ?? "", "base64").length;
  if (bytes > MAX_VALUE_BYTES)
    throw new AwsError(
      "ValidationException",
      `1 validation error detected: Value at '${string2 !== void 0 ? "secretString" : "secretBinary"}' failed to satisfy constraint: Member must have length less than or equal to ${MAX_VALUE_BYTES}`
    );
  if (string2 !== void 0) return { string: string2 };
  return binary !== void 0 ? { binary } : void 0;
}
function tagsOf(input, tags) {
  if (tags === void 0 || tags === null) return [];
  const raw = tags;
  const ok = Array.isArray(raw) && raw.every((t2) => typeof t2?.Key === "string" && typeof t2?.Value === "string");
  if (!ok) input.fail("Tags", "Member must be a list of Key/Value pairs");
  return raw.map((t2) => ({ Key: t2.Key, Value: t2.Value }));
}

// src/sandbox/secrets-manager/index.ts
function createSecretsManagerService(section, deps) {
  const scenario = parseSecretsManagerSection(section);
  checkArns(scenario, deps);
  const store = new SecretStore({
    now: () => deps.clock.now(),
    region: deps.region,
    accountId: deps.accountId
  });
  for (const secret of scenario.secrets) store.seed(secret);
  const operations = {
    GetSecretValue: (i) => store.getSecretValue(i),
    DescribeSecret: (i) => store.describeSecret(i),
    PutSecretValue: (i) => store.putSecretValue(i),
    CreateSecret: (i) => store.createSecret(i)
  };
  return {
    name: "secrets-manager",
    async handle(operation, input) {
      const handler = operations[operation];
      if (!handler) throw unknownOperation(`secretsmanager.${operation}`);
      return handler(input);
    }
  };
}
function checkArns(scenario, deps) {
  const prefix = secretArnPrefix(deps);
  scenario.secrets.forEach((secret, i) => {
    if (secret.arn !== void 0 && !secret.arn.startsWith(prefix))
      throw new ScenarioError(
        `secrets-manager.secrets[${i}].arn`,
        `the ARN must be in the scenario's region and account (${prefix}\u2026)`
      );
  });
}

// src/sandbox/server.ts
import { randomUUID as randomUUID2 } from "node:crypto";
import { createServer } from "node:http";
var MAX_BODY_BYTES = 16 * 1024 * 1024;
async function startServer(options) {
  const inFlight = /* @__PURE__ */ new Set();
  const server = createServer((req, res) => {
    const controller = new AbortController();
    inFlight.add(controller);
    res.on("close", () => {
      inFlight.delete(controller);
      if (!res.writableFinished) controller.abort(new Error("client closed the connection"));
    });
    serve(options, req, res, controller.signal).catch((error) => {
      process.stderr.write(`sandbox: ${error.stack ?? String(error)}
`);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  const port = await listen(server, options.port ?? 0, options.host ?? "127.0.0.1");
  return {
    url: `http://${options.host ?? "127.0.0.1"}:${port}`,
    port,
    close: () => closeServer(server, inFlight)
  };
}
function listen(server, port, host) {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve(server.address().port));
  });
}
function closeServer(server, inFlight) {
  for (const controller of inFlight) controller.abort(new Error("sandbox closing"));
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
async function serve(options, req, res, signal) {
  const arrivedAt = { realTime: Date.now(), simulatedTime: options.clock.now() };
  const body = await readBody(req);
  if (body === void 0) return void res.writeHead(413).end();
  const method = req.method ?? "GET";
  const path = new URL(req.url ?? "/", "http://sandbox").pathname;
  const target = req.headers["x-amz-target"];
  const decided = route(method, path, Array.isArray(target) ? target[0] : target);
  if (decided.kind === "call")
    return serveCall(options, decided.call, body, res, signal, arrivedAt);
  const operation = decided.kind === "plain" ? `${method} ${path}` : decided.name;
  const record2 = options.requests.start({ ...arrivedAt, service: "http", operation, params: {} });
  if (decided.kind === "plain") return servePlain(options, method, path, new Exchange(res, record2));
  new Exchange(res, record2, decided.protocol).fail(
    unknownOperation(decided.name, decided.protocol)
  );
}
var Exchange = class {
  constructor(res, record2, protocol = "awsJson1_1") {
    this.res = res;
    this.record = record2;
    this.protocol = protocol;
  }
  res;
  record;
  protocol;
  requestId = randomUUID2();
  ok(output) {
    this.send(encodeOutput(this.protocol, output, this.requestId));
  }
  fail(error) {
    this.send(encodeError(this.protocol, error, this.requestId), error.code);
  }
  send(encoded, errorCode) {
    const { record: record2, res } = this;
    record2.durationMs = Date.now() - record2.realTime;
    record2.status = encoded.status;
    record2.outcome = errorCode ? "error" : "ok";
    if (errorCode) record2.code = errorCode;
    if (res.destroyed) {
      record2.outcome = "dropped";
      return;
    }
    const length = String(Buffer.byteLength(encoded.body));
    res.writeHead(encoded.status, { ...encoded.headers, "content-length": length });
    res.end(encoded.body);
  }
  /** Ends the connection with no answer at all, as a network failure would. */
  drop() {
    this.res.socket?.destroy();
    this.record.durationMs = Date.now() - this.record.realTime;
    this.record.outcome = "dropped";
  }
};
async function serveCall(options, call, body, res, signal, arrivedAt) {
  const { input, error } = decode(body);
  const record2 = options.requests.start({
    ...arrivedAt,
    service: call.service,
    operation: call.operation,
    params: keyParams(input)
  });
  const exchange = new Exchange(res, record2, call.protocol);
  if (error) return exchange.fail(error);
  const fault = await injectFault(options.faults, call, exchange, signal);
  if (fault === "answered") return;
  const service2 = options.services.get(call.service);
  if (!service2) return exchange.fail(unknownOperation(call.operation, call.protocol));
  const request = {
    service: call.service,
    operation: call.operation,
    at: arrivedAt.simulatedTime,
    signal
  };
  try {
    const output = await service2.handle(call.operation, input, request);
    if (fault === "answer-lost") exchange.drop();
    else exchange.ok(output);
  } catch (thrown) {
    if (signal.aborted) exchange.drop();
    else exchange.fail(asAwsError(thrown));
  }
}
function decode(body) {
  try {
    return { input: decodeBody(body) };
  } catch (error) {
    return { input: {}, error: asAwsError(error) };
  }
}
async function injectFault(faults, call, exchange, signal) {
  const decision = faults.decide(call.service, call.operation);
  if (!decision) return void 0;
  exchange.record.fault = decision.fault ?? "latency";
  if (decision.latencyMs > 0 && !await delay(decision.latencyMs, signal)) {
    exchange.drop();
    return "answered";
  }
  if (decision.fault === "answer-lost") return "answer-lost";
  if (decision.fault === "drop") exchange.drop();
  else if (decision.fault) exchange.fail(faultError(call.service, decision));
  return decision.fault ? "answered" : void 0;
}
async function servePlain(options, method, path, exchange) {
  for (const service2 of options.services.values()) {
    const answer = await service2.http?.(method, path);
    if (!answer) continue;
    const body2 = typeof answer.body === "string" ? answer.body : JSON.stringify(answer.body);
    const headers = { "content-type": "application/json", ...answer.headers };
    const failed = answer.status >= 400 ? `HTTP ${answer.status}` : void 0;
    return exchange.send({ status: answer.status, headers, body: body2 }, failed);
  }
  const body = JSON.stringify({ message: "Not Found" });
  exchange.send({ status: 404, headers: { "content-type": "application/json" }, body }, "HTTP 404");
}
function asAwsError(error) {
  if (error instanceof AwsError) return error;
  process.stderr.write(`sandbox: internal error: ${error?.stack ?? String(error)}
`);
  return new AwsError(
    "InternalFailure",
    `sandbox internal error: ${error?.message ?? String(error)}`,
    500
  );
}
function delay(ms, signal) {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve(false);
    const timer = setTimeout(() => resolve(true), ms);
    signal.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        resolve(false);
      },
      { once: true }
    );
  });
}
async function readBody(req) {
  const chunks = [];
  let size3 = 0;
  for await (const chunk of req) {
    size3 += chunk.length;
    if (size3 > MAX_BODY_BYTES) return void 0;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

// src/sandbox/ssm/commands.ts
import { randomUUID as randomUUID3 } from "node:crypto";

// src/sandbox/ssm/invocation.ts
var ENDINGS = {
  Success: { status: "Success", details: "Success" },
  Failed: { status: "Failed", details: "Failed" },
  TimedOut: { status: "TimedOut", details: "Execution Timed Out" },
  Cancelled: { status: "Cancelled", details: "Cancelled" },
  DeliveryTimedOut: { status: "TimedOut", details: "Delivery Timed Out" },
  Undeliverable: { status: "Failed", details: "Undeliverable" }
};
var NEVER_RUNS = ["DeliveryTimedOut", "Undeliverable"];
function natural(inv, sentAt = inv.sentAt) {
  const { pending, delayed, duration: duration2, status } = inv.script;
  const startAt = sentAt + pending + delayed;
  if (NEVER_RUNS.includes(status)) return { endAt: startAt, ending: status, startAt };
  const limit = inv.executionTimeoutMs;
  if (limit !== void 0 && duration2 > limit)
    return { endAt: startAt + limit, ending: "TimedOut", startAt };
  return { endAt: startAt + duration2, ending: status, startAt };
}
function naturalOutcome(inv, sentAt) {
  const { endAt, ending } = natural(inv, sentAt);
  return { endAt, error: ending === "Failed" || ending === "TimedOut" };
}
function stateAt(inv, now) {
  const { endAt, ending, startAt } = natural(inv);
  const cancelAt = inv.cancelledAt;
  const terminated = inv.terminatedAt;
  if (terminated !== void 0 && now >= terminated && !(cancelAt !== void 0 && cancelAt < terminated))
    return {
      status: "Cancelled",
      details: "Terminated",
      done: true,
      started: false,
      startAt,
      endAt: terminated
    };
  if (cancelAt !== void 0 && now >= cancelAt) {
    const over = cancelAt + inv.script.cancelling;
    const started = cancelAt > startAt;
    if (now < over)
      return { status: "Cancelling", details: "Cancelling", done: false, started, startAt };
    return { status: "Cancelled", details: "Cancelled", done: true, started, startAt, endAt: over };
  }
  if (now >= endAt) {
    const { status, details } = ENDINGS[ending];
    return { status, details, done: true, started: !NEVER_RUNS.includes(ending), startAt, endAt };
  }
  const base = { done: false, started: false, startAt };
  if (now < inv.sentAt + inv.script.pending)
    return { ...base, status: "Pending", details: "Pending" };
  if (now < startAt) return { ...base, status: "Delayed", details: "Delayed" };
  return { ...base, status: "InProgress", details: "In Progress", started: true };
}
function cancellable(inv, now) {
  return inv.cancelledAt === void 0 && !stateAt(inv, now).done;
}
function responseCode(inv, state) {
  if (!state.done || !state.started) return -1;
  const scripted = inv.script["response-code"];
  if (state.status === "Success") return scripted ?? 0;
  if (state.status === "Failed") return scripted ?? 1;
  return -1;
}
var STDOUT_LIMIT = 24e3;
var STDERR_LIMIT = 8e3;
var PLUGIN_OUTPUT_LIMIT = 2500;
var ERROR_HEADER = "\n----------ERROR-------\n";
var TRUNCATED = "\n---Output truncated---";
function hasOutput(state) {
  return state.status === "Success" || state.status === "Failed" && state.started;
}
function truncate(text, limit) {
  if (text.length <= limit) return text;
  return `${text.slice(0, limit - TRUNCATED.length)}${TRUNCATED}`;
}
function pluginOutput(stdout, stderr) {
  return truncate(stderr ? `${stdout}${ERROR_HEADER}${stderr}` : stdout, PLUGIN_OUTPUT_LIMIT);
}

// src/sandbox/ssm/rate-controls.ts
var CONCURRENCY = /^([1-9][0-9]*|[1-9][0-9]%|[1-9]%|100%)$/;
var ERRORS = /^([1-9][0-9]*|[0]|[1-9][0-9]%|[0-9]%|100%)$/;
var DEFAULT_MAX_CONCURRENCY = "50";
var DEFAULT_MAX_ERRORS = "0";
function rateControls(maxConcurrency, maxErrors, targets) {
  if (!CONCURRENCY.test(maxConcurrency))
    throw invalid2("maxConcurrency", maxConcurrency, CONCURRENCY);
  if (!ERRORS.test(maxErrors)) throw invalid2("maxErrors", maxErrors, ERRORS);
  const share = (value, round) => value.endsWith("%") ? round(Number.parseInt(value, 10) / 100 * targets) : Number(value);
  return {
    concurrency: Math.max(1, share(maxConcurrency, Math.ceil)),
    errors: share(maxErrors, Math.floor)
  };
}
function invalid2(member, value, pattern) {
  return new AwsError(
    "ValidationException",
    `1 validation error detected: Value '${value}' at '${member}' failed to satisfy constraint: Member must satisfy regular expression pattern: ${pattern.source}`
  );
}
function schedule(invocations, controls, at) {
  const running = [];
  let now = at;
  let errors = 0;
  let stoppedAt;
  const finishUpTo = (t2) => {
    running.sort((a, b) => a.endAt - b.endAt);
    while (running[0] && running[0].endAt <= t2) {
      const done = running.shift();
      if (done.error && ++errors > controls.errors && stoppedAt === void 0)
        stoppedAt = done.endAt;
    }
  };
  for (const inv of invocations) {
    finishUpTo(now);
    if (stoppedAt === void 0 && running.length >= controls.concurrency) {
      now = Math.max(now, running.sort((a, b) => a.endAt - b.endAt)[0]?.endAt ?? now);
      finishUpTo(now);
    }
    if (stoppedAt !== void 0) {
      inv.terminatedAt = stoppedAt;
      inv.sentAt = Number.POSITIVE_INFINITY;
      continue;
    }
    inv.sentAt = now;
    running.push(naturalOutcome(inv, now));
  }
}

// src/sandbox/ssm/commands.ts
var MAX_LIST_PAGE = 50;
var DEFAULT_DELIVERY_TIMEOUT_S = 3600;
var NOT_FOUND = () => new AwsError(
  "InvocationDoesNotExist",
  "The command ID and instance ID you specified did not match any invocations."
);
var CommandRunner = class {
  constructor(ctx) {
    this.ctx = ctx;
  }
  ctx;
  commands = [];
  sendCommand(raw) {
    const input = new Input(raw, "ValidationException");
    const documentName = input.string("DocumentName");
    const instanceIds = this.ctx.instances.resolve(input, raw.Targets);
    const parameters = input.stringListMap("Parameters");
    const now = this.ctx.now();
    const text = (parameters.commands ?? []).join("\n");
    const timeout = executionTimeoutMs(parameters);
    const command = {
      id: randomUUID3(),
      documentName,
      comment: input.optionalString("Comment") ?? "",
      parameters,
      targets: Array.isArray(raw.Targets) ? raw.Targets : [],
      requestedAt: now,
      timeoutSeconds: input.integer("TimeoutSeconds", { min: 30, max: 2592e3 }) ?? DEFAULT_DELIVERY_TIMEOUT_S,
      maxConcurrency: input.optionalString("MaxConcurrency") ?? DEFAULT_MAX_CONCURRENCY,
      maxErrors: input.optionalString("MaxErrors") ?? DEFAULT_MAX_ERRORS,
      logGroup: logGroupOf(raw.CloudWatchOutputConfig, documentName),
      invocations: instanceIds.map((instanceId) => ({
        instanceId,
        script: this.scriptFor(documentName, text, instanceId),
        requestedAt: now,
        sentAt: now,
        executionTimeoutMs: timeout
      })),
      cancelled: false
    };
    const controls = rateControls(
      command.maxConcurrency,
      command.maxErrors,
      command.invocations.length
    );
    schedule(command.invocations, controls, now);
    this.commands.push(command);
    return { Command: this.describeCommand(command) };
  }
  cancelCommand(raw) {
    const input = new Input(raw, "ValidationException");
    const id = input.string("CommandId");
    const command = this.commands.find((c) => c.id === id);
    if (!command) throw new AwsError("InvalidCommandId", `Command ${id} is not valid.`);
    const only = input.strings("InstanceIds");
    const now = this.ctx.now();
    command.cancelled = true;
    for (const inv of command.invocations)
      if ((!only || only.includes(inv.instanceId)) && cancellable(inv, now)) inv.cancelledAt = now;
    return {};
  }
  getCommandInvocation(raw) {
    const input = new Input(raw, "ValidationException");
    const commandId = input.string("CommandId");
    const instanceId = input.string("InstanceId");
    const command = this.commands.find((c) => c.id === commandId);
    const inv = command?.invocations.find((i) => i.instanceId === instanceId);
    if (!command || !inv || !this.hasAppeared(inv)) throw NOT_FOUND();
    const state = this.settle(command, inv);
    const out = hasOutput(state);
    return {
      CommandId: command.id,
      InstanceId: instanceId,
      Comment: command.comment,
      DocumentName: command.documentName,
      DocumentVersion: "$DEFAULT",
      PluginName: pluginName(command.documentName),
      ResponseCode: responseCode(inv, state),
      ...executionTimes(state, this.ctx.now()),
      Status: state.status,
      StatusDetails: state.details,
      StandardOutputContent: out ? truncate(inv.script.stdout, STDOUT_LIMIT) : "",
      StandardOutputUrl: "",
      StandardErrorContent: out ? truncate(inv.script.stderr, STDERR_LIMIT) : "",
      StandardErrorUrl: "",
      CloudWatchOutputConfig: cloudWatchConfig(command)
    };
  }
  listCommandInvocations(raw) {
    const input = new Input(raw, "ValidationException");
    const commandId = input.optionalString("CommandId");
    const instanceId = input.optionalString("InstanceId");
    const limit = input.integer("MaxResults", { min: 1, max: MAX_LIST_PAGE }) ?? MAX_LIST_PAGE;
    const details = input.boolean("Details");
    const all = [...this.commands].filter((c) => commandId === void 0 || c.id === commandId).reverse().flatMap(
      (c) => c.invocations.filter((i) => this.hasAppeared(i) && (!instanceId || i.instanceId === instanceId)).map((i) => ({ c, i }))
    );
    const start = offsetFromToken(input.optionalString("NextToken"), badToken);
    const page = all.slice(start, start + limit);
    return {
      CommandInvocations: page.map(({ c, i }) => this.describeInvocation(c, i, details)),
      ...start + limit < all.length ? { NextToken: encodeToken2({ offset: start + limit }) } : {}
    };
  }
  listCommands(raw) {
    const input = new Input(raw, "ValidationException");
    const commandId = input.optionalString("CommandId");
    const limit = input.integer("MaxResults", { min: 1, max: MAX_LIST_PAGE }) ?? MAX_LIST_PAGE;
    const all = [...this.commands].reverse().filter((c) => commandId === void 0 || c.id === commandId);
    if (commandId !== void 0 && all.length === 0)
      throw new AwsError("InvalidCommandId", `Command ${commandId} is not valid.`);
    const start = offsetFromToken(input.optionalString("NextToken"), badToken);
    return {
      Commands: all.slice(start, start + limit).map((c) => this.describeCommand(c)),
      ...start + limit < all.length ? { NextToken: encodeToken2({ offset: start + limit }) } : {}
    };
  }
  scriptFor(documentName, commands, instanceId) {
    const matches3 = (s) => (s.document === void 0 || s.document === documentName) && (s.match === void 0 || commands.includes(s.match)) && (s.instance === void 0 || s.instance === instanceId);
    return this.ctx.scripts.find(matches3) ?? DEFAULT_SCRIPT;
  }
  /** AWS knows an invocation only a moment after SendCommand returns. */
  hasAppeared(inv) {
    return this.ctx.now() - inv.requestedAt >= inv.script["appears-after"];
  }
  /** The invocation's state; once it ended with output, the agent has streamed it to CloudWatch. */
  settle(command, inv) {
    const state = stateAt(inv, this.ctx.now());
    if (command.logGroup && !inv.logged && state.done) {
      inv.logged = true;
      if (hasOutput(state)) this.writeLogs(command, inv, state.endAt ?? this.ctx.now());
    }
    return state;
  }
  /** Streams `<command id>/<instance id>/<plugin id>/stdout` and `/stderr`, full length. */
  writeLogs(command, inv, at) {
    const group = command.logGroup;
    const prefix = `${command.id}/${inv.instanceId}/${pluginName(command.documentName).replace(":", "-")}`;
    const events = (text) => text.split("\n").filter((line, i, all) => line !== "" || i < all.length - 1).map((message) => ({ timestamp: at, message }));
    if (inv.script.stdout)
      this.ctx.logs.append(group, `${prefix}/stdout`, events(inv.script.stdout));
    if (inv.script.stderr)
      this.ctx.logs.append(group, `${prefix}/stderr`, events(inv.script.stderr));
  }
  describeCommand(command) {
    const states = command.invocations.map((i) => this.settle(command, i));
    const { status, details } = commandStatus(command, states, this.ctx.now());
    return {
      CommandId: command.id,
      DocumentName: command.documentName,
      DocumentVersion: "$DEFAULT",
      Comment: command.comment,
      ExpiresAfter: new Date(command.requestedAt + command.timeoutSeconds * 1e3),
      Parameters: command.parameters,
      InstanceIds: command.targets.length > 0 ? [] : command.invocations.map((i) => i.instanceId),
      Targets: command.targets,
      RequestedDateTime: new Date(command.requestedAt),
      Status: status,
      StatusDetails: details,
      OutputS3Region: this.ctx.region,
      MaxConcurrency: command.maxConcurrency,
      MaxErrors: command.maxErrors,
      TargetCount: command.invocations.length,
      CompletedCount: states.filter((s) => s.done).length,
      // "The number of targets for which the status is Failed or Execution Timed Out" (model).
      ErrorCount: states.filter(
        (s) => s.details === "Failed" || s.details === "Execution Timed Out"
      ).length,
      DeliveryTimedOutCount: states.filter((s) => s.details === "Delivery Timed Out").length,
      TimeoutSeconds: command.timeoutSeconds,
      CloudWatchOutputConfig: cloudWatchConfig(command)
    };
  }
  describeInvocation(command, inv, details) {
    const state = this.settle(command, inv);
    return {
      CommandId: command.id,
      InstanceId: inv.instanceId,
      InstanceName: "",
      Comment: command.comment,
      DocumentName: command.documentName,
      DocumentVersion: "$DEFAULT",
      RequestedDateTime: new Date(command.requestedAt),
      Status: state.status,
      StatusDetails: state.details,
      TraceOutput: "",
      StandardOutputUrl: "",
      StandardErrorUrl: "",
      CommandPlugins: details ? [this.describePlugin(command, inv, state)] : [],
      CloudWatchOutputConfig: cloudWatchConfig(command)
    };
  }
  describePlugin(command, inv, state) {
    return {
      Name: pluginName(command.documentName),
      // CommandPluginStatus has no Delayed or Cancelling: the plugin is still Pending or InProgress.
      Status: pluginStatus(state.status),
      StatusDetails: state.details,
      ResponseCode: responseCode(inv, state),
      ...state.started ? { ResponseStartDateTime: new Date(state.startAt) } : {},
      ...state.done && state.endAt ? { ResponseFinishDateTime: new Date(state.endAt) } : {},
      Output: hasOutput(state) ? pluginOutput(inv.script.stdout, inv.script.stderr) : "",
      StandardOutputUrl: "",
      StandardErrorUrl: ""
    };
  }
};
function commandStatus(command, states, now) {
  const at = (status, details = status) => ({ status, details });
  if (states.some((s) => !s.done)) {
    if (command.cancelled) return at("Cancelling");
    if (states.every((s) => s.status === "Pending") && now - command.requestedAt < DEFAULT_SCRIPT["appears-after"])
      return at("Pending");
    return at("InProgress", "In Progress");
  }
  if (command.cancelled && states.some((s) => s.status === "Cancelled")) return at("Cancelled");
  if (states.every((s) => s.status === "Success")) return at("Success");
  if (states.some((s) => s.status === "Failed")) return at("Failed");
  if (states.some((s) => s.status === "TimedOut"))
    return at(
      "TimedOut",
      states.some((s) => s.details === "Execution Timed Out") ? "Execution Timed Out" : "Delivery Timed Out"
    );
  return at("Cancelled");
}
function pluginStatus(status) {
  if (status === "Delayed") return "Pending";
  if (status === "Cancelling") return "InProgress";
  return status;
}
function executionTimeoutMs(parameters) {
  const value = parameters.executionTimeout?.[0];
  const seconds = value === void 0 ? Number.NaN : Number(value);
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1e3 : void 0;
}
function logGroupOf(config, documentName) {
  if (typeof config !== "object" || config === null) return void 0;
  const c = config;
  if (c.CloudWatchOutputEnabled !== true) return void 0;
  return typeof c.CloudWatchLogGroupName === "string" && c.CloudWatchLogGroupName !== "" ? c.CloudWatchLogGroupName : `aws/ssm/${documentName}`;
}
function cloudWatchConfig(command) {
  return {
    CloudWatchLogGroupName: command.logGroup ?? "",
    CloudWatchOutputEnabled: command.logGroup !== void 0
  };
}
function executionTimes(state, now) {
  if (!state.started)
    return { ExecutionStartDateTime: "", ExecutionElapsedTime: "", ExecutionEndDateTime: "" };
  const end = state.done ? state.endAt ?? now : now;
  return {
    ExecutionStartDateTime: new Date(state.startAt).toISOString(),
    ExecutionElapsedTime: `PT${((end - state.startAt) / 1e3).toFixed(3)}S`,
    ExecutionEndDateTime: state.done ? new Date(end).toISOString() : ""
  };
}
function pluginName(documentName) {
  return documentName === "AWS-RunPowerShellScript" ? "aws:runPowerShellScript" : "aws:runShellScript";
}
var badToken = () => new AwsError("InvalidNextToken", "The specified token isn't valid.");

// src/sandbox/ssm/instances.ts
var MAX_TARGETS = 5;
var MAX_INSTANCE_IDS = 50;
var MAX_TARGET_VALUES = 50;
var ManagedInstances = class {
  /** `undefined`: the scenario has no inventory, and any instance id is accepted. */
  constructor(known, now) {
    this.known = known;
    this.now = now;
  }
  known;
  now;
  /** The instances a SendCommand reaches, from InstanceIds or Targets. */
  resolve(input, rawTargets) {
    const ids = input.strings("InstanceIds", MAX_INSTANCE_IDS);
    const targets = parseTargets(input, rawTargets);
    if (ids && targets.length > 0)
      throw new AwsError("ValidationException", "Specify InstanceIds or Targets, not both.");
    if (ids) return this.checkIds(ids);
    if (targets.length === 0)
      throw new AwsError("ValidationException", "Specify InstanceIds or Targets.");
    const byIds = targets.find((t2) => t2.Key === "InstanceIds");
    if (byIds && targets.length === 1) return this.checkIds(byIds.Values);
    return (this.known ?? []).filter((i) => targets.every((t2) => matches2(i, t2))).map((i) => i.id);
  }
  checkIds(ids) {
    const known = this.known;
    const unknown = known ? ids.filter((id) => !known.some((i) => i.id === id)) : [];
    if (unknown.length > 0)
      throw new AwsError(
        "InvalidInstanceId",
        `Instances [${unknown.join(", ")}] not in a valid state for account`
      );
    return ids;
  }
  describeInstanceInformation(raw) {
    const input = new Input(raw, "ValidationException");
    const limit = input.integer("MaxResults", { min: 5, max: 50 }) ?? 50;
    const wanted = wantedIds(raw);
    const pool = this.known ?? (wanted ?? []).map((id) => ({ id, tags: {}, ping: "Online", platform: "Linux" }));
    const all = pool.filter((i) => !wanted || wanted.includes(i.id));
    const start = offsetFromToken(input.optionalString("NextToken"), badToken2);
    const page = all.slice(start, start + limit);
    return {
      InstanceInformationList: page.map((i) => this.information(i)),
      ...start + limit < all.length ? { NextToken: encodeToken2({ offset: start + limit }) } : {}
    };
  }
  information(i) {
    return {
      InstanceId: i.id,
      PingStatus: i.ping,
      LastPingDateTime: new Date(this.now() - (i.ping === "Online" ? 3e4 : 36e5)),
      AgentVersion: "3.3.0.0",
      IsLatestVersion: true,
      PlatformType: i.platform,
      PlatformName: i.platform === "Linux" ? "Amazon Linux" : i.platform,
      ResourceType: i.id.startsWith("mi-") ? "ManagedInstance" : "EC2Instance",
      ComputerName: i.name ?? `${i.id}.ec2.internal`
    };
  }
};
function parseTargets(input, raw) {
  if (raw === void 0 || raw === null) return [];
  const ok = Array.isArray(raw) && raw.every(
    (t2) => typeof t2 === "object" && t2 !== null && typeof t2.Key === "string" && Array.isArray(t2.Values)
  );
  if (!ok) input.fail("Targets", "Member must be a list of { Key, Values }");
  const targets = raw;
  if (targets.length > MAX_TARGETS)
    input.fail("Targets", `Member must have length less than or equal to ${MAX_TARGETS}`);
  if (targets.some((t2) => t2.Values.length > MAX_TARGET_VALUES))
    input.fail("Targets", `Values must have length less than or equal to ${MAX_TARGET_VALUES}`);
  for (const t2 of targets)
    if (t2.Key !== "InstanceIds" && t2.Key !== "tag-key" && !t2.Key.startsWith("tag:"))
      throw new AwsError(
        "ValidationException",
        `Target key ${t2.Key} is not modelled by the sandbox (InstanceIds, tag:<name> and tag-key are).`
      );
  return targets;
}
function matches2(instance, target) {
  if (target.Key === "InstanceIds") return target.Values.includes(instance.id);
  if (target.Key === "tag-key") return target.Values.some((k) => Object.hasOwn(instance.tags, k));
  const value = instance.tags[target.Key.slice("tag:".length)];
  return value !== void 0 && target.Values.includes(value);
}
function wantedIds(raw) {
  const lists = [raw.InstanceInformationFilterList, raw.Filters].filter(Array.isArray).flat();
  const filters = lists.filter(
    (f) => typeof f === "object" && f !== null
  );
  const byId = filters.filter((f) => (f.key ?? f.Key) === "InstanceIds");
  if (byId.length === 0) return void 0;
  return byId.flatMap((f) => f.valueSet ?? f.Values ?? []);
}
var badToken2 = () => new AwsError("InvalidNextToken", "The specified token isn't valid.");

// src/sandbox/ssm/parameters.ts
import { createHash as createHash3 } from "node:crypto";
function parameterNotFound() {
  return new AwsError("ParameterNotFound", "");
}
function versionNotFound(name, selector) {
  return new AwsError(
    "ParameterVersionNotFound",
    `Systems Manager could not find version ${selector} of ${name}. Verify the version and try again.`
  );
}
var MAX_NAMES = 10;
var MAX_PAGE = 10;
var MAX_STANDARD_BYTES = 4096;
var MAX_ADVANCED_BYTES = 8192;
var TIERS = ["Standard", "Advanced", "Intelligent-Tiering"];
var NAME = /^[a-zA-Z0-9_.\-/]+$/;
var ParameterStore = class {
  constructor(ctx) {
    this.ctx = ctx;
  }
  ctx;
  parameters = /* @__PURE__ */ new Map();
  seed(p) {
    this.write(p.name, p.value, p.type, p.description);
  }
  getParameter(raw) {
    const input = new Input(raw, "ValidationException");
    const reference = input.string("Name");
    const found = this.resolve(reference);
    if (!found) {
      const [name = "", selector] = stripArn(reference).split(":");
      if (selector !== void 0 && this.parameters.has(name))
        throw versionNotFound(name, selector);
      throw parameterNotFound();
    }
    return { Parameter: this.describe(found, input.boolean("WithDecryption")) };
  }
  getParameters(raw) {
    const input = new Input(raw, "ValidationException");
    const names = input.strings("Names", MAX_NAMES) ?? input.fail("Names", "Member must not be null");
    const decrypt = input.boolean("WithDecryption");
    const found = names.map((name) => ({ name, found: this.resolve(name) }));
    return {
      Parameters: found.flatMap((f) => f.found ? [this.describe(f.found, decrypt)] : []),
      InvalidParameters: found.filter((f) => !f.found).map((f) => f.name)
    };
  }
  getParametersByPath(raw) {
    const input = new Input(raw, "ValidationException");
    const path = normalisePath(input.string("Path"));
    if (input.has("ParameterFilters"))
      throw new AwsError("ValidationException", "ParameterFilters are not modelled by the sandbox");
    const limit = input.integer("MaxResults", { min: 1, max: MAX_PAGE }) ?? MAX_PAGE;
    const after = pageStart(input.optionalString("NextToken"));
    const names = [...this.parameters.keys()].filter((name) => isUnder(name, path, input.boolean("Recursive"))).sort().filter((name) => after === void 0 || name > after);
    const page = names.slice(0, limit);
    const last = page.at(-1);
    const decrypt = input.boolean("WithDecryption");
    return {
      Parameters: page.map((name) => this.describe(this.latest(name), decrypt)),
      ...names.length > limit && last ? { NextToken: encodeToken2({ after: last }) } : {}
    };
  }
  putParameter(raw) {
    const input = new Input(raw, "ValidationException");
    const name = checkName(input.string("Name"));
    const value = input.string("Value");
    const tier = parameterTier(input, Buffer.byteLength(value));
    const type = parameterType(input);
    const existing = this.parameters.get(name)?.at(-1);
    const overwrite = input.boolean("Overwrite");
    if (overwrite && input.has("Tags"))
      throw new AwsError(
        "ValidationException",
        "Invalid request: tags and overwrite can't be used together. To create a parameter with tags, please remove overwrite flag. To update tags for an existing parameter, please use AddTagsToResource or RemoveTagsFromResource."
      );
    if (existing && !overwrite)
      throw new AwsError(
        "ParameterAlreadyExists",
        "The parameter already exists. To overwrite this request, set the overwrite option in the request to true."
      );
    const resolvedType = type ?? existing?.type;
    if (!resolvedType)
      throw new AwsError(
        "ValidationException",
        "A parameter type is required when you create a parameter."
      );
    const description = input.optionalString("Description") ?? existing?.description;
    const stored = this.write(name, value, resolvedType, description);
    return { Version: stored.version, Tier: tier };
  }
  deleteParameter(raw) {
    const name = new Input(raw, "ValidationException").string("Name");
    if (!this.parameters.delete(name)) throw parameterNotFound();
    return {};
  }
  write(name, value, type, description) {
    const versions = this.parameters.get(name) ?? [];
    const version = {
      value,
      type,
      version: (versions.at(-1)?.version ?? 0) + 1,
      modifiedAt: this.ctx.now(),
      ...description !== void 0 ? { description } : {}
    };
    this.parameters.set(name, [...versions, version]);
    return version;
  }
  latest(name) {
    return { name, version: this.parameters.get(name)?.at(-1) };
  }
  /** A name, an ARN, or `name:version` (labels are not modelled). */
  resolve(reference) {
    const [name = "", selector] = stripArn(reference).split(":");
    const versions = this.parameters.get(name);
    if (!versions) return void 0;
    if (selector === void 0) return { name, version: versions.at(-1) };
    const version = versions.find((v) => String(v.version) === selector);
    return version ? { name, version, selector: `:${selector}` } : void 0;
  }
  describe(p, decrypt) {
    const { name, version } = p;
    const secret = version.type === "SecureString" && !decrypt;
    return {
      Name: name,
      Type: version.type,
      Value: secret ? ciphertext(name, version) : version.value,
      Version: version.version,
      ...p.selector ? { Selector: p.selector } : {},
      LastModifiedDate: new Date(version.modifiedAt),
      ARN: this.arn(name),
      DataType: "text"
    };
  }
  arn(name) {
    const resource = name.startsWith("/") ? name : `/${name}`;
    return `arn:aws:ssm:${this.ctx.region}:${this.ctx.accountId}:parameter${resource}`;
  }
};
function parameterType(input) {
  const type = input.optionalString("Type");
  if (type === void 0) return void 0;
  if (!PARAMETER_TYPES.includes(type))
    input.fail("Type", `Member must satisfy enum value set: [${PARAMETER_TYPES.join(", ")}]`);
  return type;
}
function checkName(name) {
  const bad = (why) => new AwsError("ValidationException", `Parameter name: ${why}`);
  if (!NAME.test(name)) throw bad("can only contain letters, numbers and the symbols . - _ /");
  if (/^\/?(aws|ssm)/i.test(name))
    throw bad(`can't be prefixed with "aws" or "ssm" (case-insensitive).`);
  if (name.includes("/") && !name.startsWith("/"))
    throw bad("a hierarchical name must be fully qualified (start with /).");
  return name;
}
function stripArn(reference) {
  const match = /^arn:aws[\w-]*:ssm:[^:]*:\d*:parameter(\/.*)$/.exec(reference);
  if (!match?.[1]) return reference;
  const resource = match[1];
  return resource.indexOf("/", 1) < 0 ? resource.slice(1) : resource;
}
function normalisePath(path) {
  if (!path.startsWith("/"))
    throw new AwsError(
      "ValidationException",
      "The parameter path must begin with a forward slash (/)."
    );
  return path.length > 1 && path.endsWith("/") ? path.slice(0, -1) : path;
}
function isUnder(name, path, recursive) {
  const prefix = path === "/" ? "/" : `${path}/`;
  if (!name.startsWith(prefix) || name.length === prefix.length) return false;
  return recursive || !name.slice(prefix.length).includes("/");
}
function pageStart(token2) {
  if (token2 === void 0) return void 0;
  return decodeToken2(
    token2,
    (c) => typeof c.after === "string",
    () => new AwsError("InvalidNextToken", "The specified token isn't valid.")
  ).after;
}
function ciphertext(name, version) {
  const digest = createHash3("sha256").update(`${name}\0${version.version}\0${version.value}`);
  const body = digest.digest();
  const blocks = Math.ceil((version.value.length + 48) / body.length);
  const header = Buffer.from([1, 2, 2, 0, 120]);
  return Buffer.concat([header, ...Array.from({ length: blocks }, () => body)]).toString("base64");
}
function parameterTier(input, bytes) {
  const asked = input.optionalString("Tier") ?? "Standard";
  if (!TIERS.includes(asked))
    input.fail("Tier", `Member must satisfy enum value set: [${TIERS.join(", ")}]`);
  if (bytes > MAX_ADVANCED_BYTES)
    input.fail("Value", `Member must have length less than or equal to ${MAX_ADVANCED_BYTES}`);
  if (asked === "Standard" && bytes > MAX_STANDARD_BYTES)
    throw new AwsError(
      "ValidationException",
      `Standard tier parameters support a maximum parameter value of ${MAX_STANDARD_BYTES} characters. To create a larger parameter value, upgrade the parameter to use the advanced-parameter tier. For more information, see https://docs.aws.amazon.com/systems-manager/latest/userguide/parameter-store-advanced-parameters.html`
    );
  return asked === "Standard" || asked === "Intelligent-Tiering" && bytes <= MAX_STANDARD_BYTES ? "Standard" : "Advanced";
}

// src/sandbox/ssm/index.ts
function createSsmService(section, deps) {
  const scenario = parseSsmSection(section);
  const now = () => deps.clock.now();
  const parameters = new ParameterStore({ now, region: deps.region, accountId: deps.accountId });
  for (const p of scenario.parameters) parameters.seed(p);
  const instances = new ManagedInstances(scenario.instances, now);
  const commands = new CommandRunner({
    now,
    region: deps.region,
    scripts: scenario.commands,
    instances,
    logs: deps.logs
  });
  const operations = {
    GetParameter: (i) => parameters.getParameter(i),
    GetParameters: (i) => parameters.getParameters(i),
    GetParametersByPath: (i) => parameters.getParametersByPath(i),
    PutParameter: (i) => parameters.putParameter(i),
    DeleteParameter: (i) => parameters.deleteParameter(i),
    SendCommand: (i) => commands.sendCommand(i),
    CancelCommand: (i) => commands.cancelCommand(i),
    GetCommandInvocation: (i) => commands.getCommandInvocation(i),
    ListCommandInvocations: (i) => commands.listCommandInvocations(i),
    ListCommands: (i) => commands.listCommands(i),
    DescribeInstanceInformation: (i) => instances.describeInstanceInformation(i)
  };
  return {
    name: "ssm",
    async handle(operation, input) {
      const handler = operations[operation];
      if (!handler) throw unknownOperation(`AmazonSSM.${operation}`);
      return handler(input);
    }
  };
}

// src/sandbox/index.ts
async function startSandbox(options = {}) {
  const file = typeof options.scenario === "string" ? options.scenario : void 0;
  try {
    return await buildSandbox(options);
  } catch (error) {
    throw file ? locateScenarioError(error, file) : error;
  }
}
async function buildSandbox(options) {
  const scenario = loadScenario(options.scenario);
  const clock = options.clock ?? new ScaledClock(scenario.timeScale);
  const logs = new MemoryLogStore(() => clock.now());
  const deps = { clock, logs, region: scenario.region, accountId: scenario.accountId };
  const services = await createServices(scenario, deps, logs, options.databaseUrl);
  const requests = new RequestLog();
  const faults = new Faults(scenario.faults, options.seed ?? scenario.faultSeed);
  let server;
  try {
    server = await startServer({ services, clock, requests, faults, ...listenOptions(options) });
  } catch (error) {
    await closeServices(services);
    throw error;
  }
  return {
    url: server.url,
    port: server.port,
    env: { ...sandboxEnv(server.url, scenario.region), ...rehearsalEnv(scenario.env, server.url) },
    clock,
    requests,
    faults,
    logs,
    scenario,
    pushImage: (image) => services.get("ecs").pushImage(image),
    close: async () => {
      await server.close();
      await closeServices(services);
    }
  };
}
async function createServices(scenario, deps, store, databaseUrl) {
  const services = /* @__PURE__ */ new Map();
  try {
    services.set("ssm", createSsmService(scenario.ssm, deps));
    services.set("logs", createLogsService({ ...deps, store, section: scenario.logs }));
    services.set("secrets-manager", createSecretsManagerService(scenario.secretsManager, deps));
    services.set("ecs", createEcsService(scenario.ecs, deps));
    const rdsDeps = { ...deps, ...databaseUrl !== void 0 ? { databaseUrl } : {} };
    services.set("rds-data", await createRdsDataService(scenario.rdsData, rdsDeps));
  } catch (error) {
    await closeServices(services);
    throw error;
  }
  return services;
}
async function closeServices(services) {
  await Promise.all([...services.values()].map((s) => s.close?.()));
}
function listenOptions(options) {
  return {
    ...options.host !== void 0 ? { host: options.host } : {},
    ...options.port !== void 0 ? { port: options.port } : {}
  };
}
function sandboxEnv(url, region) {
  return {
    AWS_ENDPOINT_URL_ECS: url,
    AWS_ENDPOINT_URL_SSM: url,
    AWS_ENDPOINT_URL_CLOUDWATCH_LOGS: url,
    AWS_ENDPOINT_URL_RDS_DATA: url,
    // The SDK derives the name from the service id "Secrets Manager".
    AWS_ENDPOINT_URL_SECRETS_MANAGER: url,
    AWS_REGION: region,
    AWS_DEFAULT_REGION: region,
    AWS_ACCESS_KEY_ID: "sandbox",
    AWS_SECRET_ACCESS_KEY: "sandbox"
  };
}
function rehearsalEnv(env, url) {
  return Object.fromEntries(
    Object.entries(env).map(([k, v]) => [k, v.replaceAll("{sandbox-url}", url)])
  );
}
function exportLines(sandbox) {
  return Object.entries(sandbox.env).map(([name, value]) => `export ${name}='${value.replaceAll("'", "'\\''")}'`).join("\n");
}

export {
  ScaledClock,
  ManualClock,
  ScenarioError,
  Faults,
  MemoryLogStore,
  RequestLog,
  secretArn,
  startSandbox,
  exportLines
};
