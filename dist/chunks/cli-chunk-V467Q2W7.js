import { createRequire as __phasegateCreateRequire } from 'node:module';
const require = __phasegateCreateRequire(import.meta.url);
import {
  closest
} from "./cli-chunk-75MUJ4UL.js";
import {
  cpuUnits,
  fargateSizes,
  memoryListText,
  memoryMiB
} from "./cli-chunk-UXGSYE36.js";

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
function missingContainersFailure(problems, label) {
  const [first] = problems;
  if (!first) return void 0;
  const names = problems.map((p) => p.message).join("; ");
  const hint = first.hint ?? "the task definition has no containers";
  return { message: `${names}${label ? ` ${label}` : ""} (${hint})`, hint };
}

// src/core/task-definition-shape.ts
var TASK_DEFINITION_ROOT = "RegisterTaskDefinitionRequest";
var TASK_DEFINITION_STRUCTS = {
  RegisterTaskDefinitionRequest: {
    family: "string",
    containerDefinitions: { list: { struct: "ContainerDefinition" } },
    taskRoleArn: "string",
    executionRoleArn: "string",
    networkMode: "string",
    volumes: { list: { struct: "Volume" } },
    placementConstraints: { list: { struct: "TaskDefinitionPlacementConstraint" } },
    requiresCompatibilities: { list: "string" },
    cpu: "string",
    memory: "string",
    tags: { list: { struct: "Tag" } },
    pidMode: "string",
    ipcMode: "string",
    proxyConfiguration: { struct: "ProxyConfiguration" },
    inferenceAccelerators: { list: { struct: "InferenceAccelerator" } },
    ephemeralStorage: { struct: "EphemeralStorage" },
    runtimePlatform: { struct: "RuntimePlatform" },
    enableFaultInjection: "boolean"
  },
  ContainerDefinition: {
    name: "string",
    image: "string",
    repositoryCredentials: { struct: "RepositoryCredentials" },
    cpu: "integer",
    memory: "integer",
    memoryReservation: "integer",
    links: { list: "string" },
    portMappings: { list: { struct: "PortMapping" } },
    essential: "boolean",
    restartPolicy: { struct: "ContainerRestartPolicy" },
    entryPoint: { list: "string" },
    command: { list: "string" },
    environment: { list: { struct: "KeyValuePair" } },
    environmentFiles: { list: { struct: "EnvironmentFile" } },
    mountPoints: { list: { struct: "MountPoint" } },
    volumesFrom: { list: { struct: "VolumeFrom" } },
    linuxParameters: { struct: "LinuxParameters" },
    secrets: { list: { struct: "Secret" } },
    dependsOn: { list: { struct: "ContainerDependency" } },
    startTimeout: "integer",
    stopTimeout: "integer",
    versionConsistency: "string",
    hostname: "string",
    user: "string",
    workingDirectory: "string",
    disableNetworking: "boolean",
    privileged: "boolean",
    readonlyRootFilesystem: "boolean",
    dnsServers: { list: "string" },
    dnsSearchDomains: { list: "string" },
    extraHosts: { list: { struct: "HostEntry" } },
    dockerSecurityOptions: { list: "string" },
    interactive: "boolean",
    pseudoTerminal: "boolean",
    dockerLabels: { map: "string" },
    ulimits: { list: { struct: "Ulimit" } },
    logConfiguration: { struct: "LogConfiguration" },
    healthCheck: { struct: "HealthCheck" },
    systemControls: { list: { struct: "SystemControl" } },
    resourceRequirements: { list: { struct: "ResourceRequirement" } },
    firelensConfiguration: { struct: "FirelensConfiguration" },
    credentialSpecs: { list: "string" }
  },
  ContainerDependency: { containerName: "string", condition: "string" },
  ContainerRestartPolicy: {
    enabled: "boolean",
    ignoredExitCodes: { list: "integer" },
    restartAttemptPeriod: "integer"
  },
  Device: { hostPath: "string", containerPath: "string", permissions: { list: "string" } },
  DockerVolumeConfiguration: {
    scope: "string",
    autoprovision: "boolean",
    driver: "string",
    driverOpts: { map: "string" },
    labels: { map: "string" }
  },
  EFSAuthorizationConfig: { accessPointId: "string", iam: "string" },
  EFSVolumeConfiguration: {
    fileSystemId: "string",
    rootDirectory: "string",
    transitEncryption: "string",
    transitEncryptionPort: "integer",
    authorizationConfig: { struct: "EFSAuthorizationConfig" }
  },
  EnvironmentFile: { value: "string", type: "string" },
  EphemeralStorage: { sizeInGiB: "integer" },
  FirelensConfiguration: { type: "string", options: { map: "string" } },
  FSxWindowsFileServerAuthorizationConfig: { credentialsParameter: "string", domain: "string" },
  FSxWindowsFileServerVolumeConfiguration: {
    fileSystemId: "string",
    rootDirectory: "string",
    authorizationConfig: { struct: "FSxWindowsFileServerAuthorizationConfig" }
  },
  HealthCheck: {
    command: { list: "string" },
    interval: "integer",
    timeout: "integer",
    retries: "integer",
    startPeriod: "integer"
  },
  HostEntry: { hostname: "string", ipAddress: "string" },
  HostVolumeProperties: { sourcePath: "string" },
  InferenceAccelerator: { deviceName: "string", deviceType: "string" },
  KernelCapabilities: { add: { list: "string" }, drop: { list: "string" } },
  KeyValuePair: { name: "string", value: "string" },
  LinuxParameters: {
    capabilities: { struct: "KernelCapabilities" },
    devices: { list: { struct: "Device" } },
    initProcessEnabled: "boolean",
    sharedMemorySize: "integer",
    tmpfs: { list: { struct: "Tmpfs" } },
    maxSwap: "integer",
    swappiness: "integer"
  },
  LogConfiguration: {
    logDriver: "string",
    options: { map: "string" },
    secretOptions: { list: { struct: "Secret" } }
  },
  MountPoint: { sourceVolume: "string", containerPath: "string", readOnly: "boolean" },
  PortMapping: {
    containerPort: "integer",
    hostPort: "integer",
    protocol: "string",
    name: "string",
    appProtocol: "string",
    containerPortRange: "string"
  },
  ProxyConfiguration: {
    containerName: "string",
    type: "string",
    properties: { list: { struct: "KeyValuePair" } }
  },
  RepositoryCredentials: { credentialsParameter: "string" },
  ResourceRequirement: { type: "string", value: "string", sharingStrategy: "any" },
  RuntimePlatform: { cpuArchitecture: "string", operatingSystemFamily: "string" },
  S3FilesVolumeConfiguration: {
    fileSystemArn: "string",
    rootDirectory: "string",
    transitEncryptionPort: "integer",
    accessPointArn: "string"
  },
  Secret: { name: "string", valueFrom: "string" },
  SystemControl: { namespace: "string", value: "string" },
  Tag: { key: "string", value: "string" },
  TaskDefinitionPlacementConstraint: { type: "string", expression: "string" },
  Tmpfs: { containerPath: "string", size: "integer", mountOptions: { list: "string" } },
  Ulimit: { name: "string", softLimit: "integer", hardLimit: "integer" },
  Volume: {
    name: "string",
    host: { struct: "HostVolumeProperties" },
    dockerVolumeConfiguration: { struct: "DockerVolumeConfiguration" },
    efsVolumeConfiguration: { struct: "EFSVolumeConfiguration" },
    s3filesVolumeConfiguration: { struct: "S3FilesVolumeConfiguration" },
    fsxWindowsFileServerVolumeConfiguration: { struct: "FSxWindowsFileServerVolumeConfiguration" },
    configuredAtLaunch: "boolean"
  },
  VolumeFrom: { sourceContainer: "string", readOnly: "boolean" }
};

// src/core/task-definition-types.ts
var DESCRIBED_ONLY = [
  "taskDefinitionArn",
  "revision",
  "status",
  "requiresAttributes",
  "compatibilities",
  "registeredAt",
  "registeredBy",
  "deregisteredAt"
];
function shapeProblems(td, options = {}) {
  const problems = [];
  const extra = options.described ? DESCRIBED_ONLY : [];
  walk(td, { struct: TASK_DEFINITION_ROOT }, [], {
    problems,
    unknown: options.unknown ?? (() => false),
    extra
  });
  return problems;
}
function walk(value, node, path, w) {
  if (value === null || value === void 0 || node === "any" || w.unknown(value)) return;
  const expected = expectedOf(node);
  if (!fits(value, node)) {
    w.problems.push(typeProblem(value, expected, path));
    return;
  }
  if (typeof node === "string") return;
  if ("list" in node)
    value.forEach((item, i) => {
      walk(item, node.list, [...path, i], w);
    });
  else if ("map" in node)
    for (const [key, item] of Object.entries(value))
      walk(item, node.map, [...path, key], w);
  else walkStruct(value, node.struct, path, w);
}
function walkStruct(value, name, path, w) {
  const members = TASK_DEFINITION_STRUCTS[name] ?? {};
  const allowed = path.length === 0 ? [...Object.keys(members), ...w.extra] : Object.keys(members);
  for (const [key, item] of Object.entries(value)) {
    const member = members[key];
    if (member) walk(item, member, [...path, key], w);
    else if (!allowed.includes(key)) w.problems.push(unknownKey(key, allowed, path));
  }
}
function fits(value, node) {
  if (node === "string") return typeof value === "string";
  if (node === "integer") return typeof value === "number" && Number.isInteger(value);
  if (node === "boolean") return typeof value === "boolean";
  if (node === "timestamp") return typeof value === "number" || typeof value === "string";
  if (node === "any") return true;
  if ("list" in node) return Array.isArray(value);
  return typeof value === "object" && !Array.isArray(value);
}
function expectedOf(node) {
  if (typeof node === "string") return node;
  if ("list" in node) return "list";
  if ("map" in node) return "map";
  return "object";
}
function typeProblem(value, expected, path) {
  const key = String(path.at(-1) ?? "value");
  const given = Array.isArray(value) ? "a list" : typeof value === "object" ? "an object" : typeof value === "string" ? `the text ${JSON.stringify(value)}` : `${typeof value === "number" ? "the number" : ""} ${JSON.stringify(value)}`.trim();
  return {
    kind: "type",
    path,
    message: `${key} is ${given}; RegisterTaskDefinition takes ${article(expected)} here`,
    hint: instead(key, value, expected),
    expected,
    value
  };
}
var article = (type) => type === "integer" ? "an integer" : type === "object" ? "an object" : `a ${type}`;
function instead(key, value, expected) {
  const single = Array.isArray(value) && value.length === 1 ? value[0] : value;
  if (expected === "string" && (typeof single === "number" || typeof single === "string"))
    return `write "${key}": ${JSON.stringify(String(single))}`;
  if (expected === "integer" && /^\d+$/.test(String(single)))
    return `write "${key}": ${String(single)} (a number, without quotes)`;
  if (expected === "integer") return `write "${key}" as a whole number, such as 8080`;
  if (expected === "boolean") return `write "${key}": true or false, without quotes`;
  if (expected === "list") return `write "${key}" as a list: [ \u2026 ]`;
  return `write "${key}" as ${article(expected)}`;
}
function unknownKey(key, known, path) {
  const near = closest(key, known);
  return {
    kind: "unknown-key",
    path: [...path, key],
    message: `unknown key "${key}": RegisterTaskDefinition has no such member here (the SDK would drop it without a word)`,
    hint: near ? `did you mean "${near}"?` : `the keys here are: ${known.join(", ")}`
  };
}

export {
  taskDefinitionProblems,
  missingContainers,
  missingContainersFailure,
  shapeProblems
};
