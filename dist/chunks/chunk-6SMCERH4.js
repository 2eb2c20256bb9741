import { createRequire as __phasegateCreateRequire } from 'node:module';
const require = __phasegateCreateRequire(import.meta.url);
import {
  cpuUnits,
  fargateSizes,
  memoryListText,
  memoryMiB
} from "./chunk-OHN3HDAN.js";
import {
  PhaseFailure
} from "./chunk-OMC7EZP2.js";

// src/core/task-definition-rules.ts
function taskDefinitionProblems(td, options = {}) {
  const requires = Array.isArray(td.requiresCompatibilities) ? td.requiresCompatibilities.map(String) : [];
  const ctx = {
    td,
    unknown: options.unknown ?? (() => false),
    fargate: requires.includes("FARGATE") || options.launchType === "FARGATE",
    // Without requiresCompatibilities ECS validates for EC2, its default.
    ec2: requires.length === 0 || requires.includes("EC2")
  };
  return [
    ...ctx.fargate ? fargateProblems(ctx) : [],
    ...executionRoleProblems(ctx),
    ...ctx.ec2 ? containerMemoryProblems(ctx) : []
  ];
}
function containers(td) {
  const list = Array.isArray(td.containerDefinitions) ? td.containerDefinitions : [];
  return list.flatMap(
    (c, i) => typeof c === "object" && c !== null ? [{ c, i, name: String(c.name ?? "") }] : []
  );
}
var SIZES_HINT = "Fargate cpu values: 256, 512, 1024, 2048, 4096, 8192, 16384";
function fargateProblems(ctx) {
  const { td } = ctx;
  const problems = [];
  if (td.networkMode !== "awsvpc" && !ctx.unknown(td.networkMode))
    problems.push({
      rule: "fargate-network-mode",
      path: ["networkMode"],
      message: `networkMode is ${td.networkMode === void 0 ? "not set (ECS then uses bridge)" : `"${String(td.networkMode)}"`}; Fargate requires awsvpc`,
      hint: 'write "networkMode": "awsvpc"'
    });
  for (const key of ["cpu", "memory"])
    if (td[key] === void 0 || td[key] === null || td[key] === "")
      problems.push({
        rule: key === "cpu" ? "fargate-cpu-missing" : "fargate-memory-missing",
        path: [key],
        message: `Fargate requires a task-level ${key}, and it is missing`,
        hint: `add "${key}" at the task level, e.g. "cpu": "256", "memory": "512"; ${SIZES_HINT}`
      });
  if (problems.some((p) => p.rule !== "fargate-network-mode")) return problems;
  return [...problems, ...sizeProblems(ctx)];
}
function sizeProblems(ctx) {
  const { td } = ctx;
  if (ctx.unknown(td.cpu) || ctx.unknown(td.memory)) return [];
  const runtime = td.runtimePlatform;
  const windows = String(runtime?.operatingSystemFamily ?? "").startsWith("WINDOWS");
  const sizes = fargateSizes(windows);
  const cpu = cpuUnits(td.cpu);
  const memory = memoryMiB(td.memory);
  const size = sizes.find((s) => s.cpu === cpu);
  if (size && memory !== void 0 && size.memory.includes(memory)) return [];
  const fitting = sizes.filter((s) => memory !== void 0 && s.memory.includes(memory));
  const forMemory = fitting.length > 0 ? `memory ${memory} fits cpu ${fitting.map((s) => s.cpu).join(", ")}` : "";
  if (!size) {
    const cpus = `Fargate${windows ? " (Windows)" : ""} cpu values: ${sizes.map((s) => s.cpu).join(", ")}`;
    return [
      {
        rule: "fargate-size",
        path: ["cpu"],
        message: `cpu ${JSON.stringify(td.cpu)} is not a Fargate size${windows ? " for Windows" : ""}`,
        hint: forMemory ? `${forMemory}; ${cpus}` : cpus
      }
    ];
  }
  const forCpu = `with cpu ${size.cpu}, memory can be ${memoryListText(size.memory)}`;
  return [
    {
      rule: "fargate-size",
      path: ["memory"],
      message: `memory ${JSON.stringify(td.memory)} does not fit cpu ${size.cpu} on Fargate`,
      hint: forMemory ? `${forCpu}; ${forMemory}` : forCpu
    }
  ];
}
var PRIVATE_ECR = /^\d{12}\.dkr\.ecr(-fips)?\.[a-z0-9-]+\.amazonaws\.com(\.cn)?\//;
function executionRoleProblems(ctx) {
  const role = ctx.td.executionRoleArn;
  if (typeof role === "string" && role !== "") return [];
  const hint = 'add "executionRoleArn": "arn:aws:iam::<account>:role/ecsTaskExecutionRole"';
  const problems = [];
  for (const { c, i, name } of containers(ctx.td)) {
    const at = ["containerDefinitions", i];
    const log = c.logConfiguration;
    if (ctx.fargate && log?.logDriver === "awslogs")
      problems.push({
        rule: "execution-role-awslogs",
        path: [...at, "logConfiguration", "logDriver"],
        message: `container "${name}" logs with awslogs on Fargate, which needs executionRoleArn, and the task definition has none`,
        hint,
        container: name
      });
    if (ctx.fargate && typeof c.image === "string" && PRIVATE_ECR.test(c.image))
      problems.push({
        rule: "execution-role-ecr",
        path: [...at, "image"],
        message: `container "${name}" pulls ${c.image} from a private ECR repository on Fargate, which needs executionRoleArn, and the task definition has none`,
        hint,
        container: name
      });
    if (Array.isArray(c.secrets) && c.secrets.length > 0)
      problems.push({
        rule: "execution-role-secrets",
        path: [...at, "secrets"],
        message: `container "${name}" has secrets, which ECS reads with executionRoleArn, and the task definition has none`,
        hint,
        container: name
      });
  }
  return problems;
}
function containerMemoryProblems(ctx) {
  const { td } = ctx;
  if (isSet(td.memory)) return [];
  return containers(td).filter(({ c }) => !isSet(c.memory) && !isSet(c.memoryReservation)).map(({ i, name }) => ({
    rule: "container-memory",
    path: ["containerDefinitions", i],
    message: `container "${name}" has neither memory nor memoryReservation, and the task has no memory: ECS requires one of them for EC2`,
    hint: 'add "memoryReservation": 512 (MiB) to the container, or "memory" at the task level',
    container: name
  }));
}
function isSet(value) {
  return value !== void 0 && value !== null && value !== "" && value !== 0;
}
function missingContainers(td, named) {
  const known = containers(td).map((c) => c.name);
  return named.filter((n) => !known.includes(n.name)).map((n) => ({
    rule: "container-name",
    path: n.path,
    message: `${n.where} names container "${n.name}", which is not in the task definition`,
    hint: known.length > 0 ? `its containers are: ${known.join(", ")}` : "the task definition has no containers",
    container: n.name
  }));
}

// src/aws/ecs/refusals.ts
function assertRegistrable(input, label, launchType) {
  const problems = taskDefinitionProblems(input, { launchType });
  if (problems.length === 0) return;
  const line = (p) => `${keyPath(p.path)}: ${p.message}`;
  throw new PhaseFailure(
    `${label}: ECS would refuse the task definition (nothing was registered): ${problems.map(line).join("; ")}`,
    {
      hint: [...new Set(problems.map((p) => p.hint))].join("; "),
      details: problems.map((p) => `- \`${keyPath(p.path)}\`: ${p.message} (${p.hint})`).join("\n")
    }
  );
}
function keyPath(path) {
  return path.map((k, i) => typeof k === "number" ? `[${k}]` : i === 0 ? k : `.${k}`).join("");
}

export {
  taskDefinitionProblems,
  missingContainers,
  assertRegistrable,
  keyPath
};
