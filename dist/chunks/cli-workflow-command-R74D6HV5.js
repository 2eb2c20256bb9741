import { createRequire as __phasegateCreateRequire } from 'node:module';
const require = __phasegateCreateRequire(import.meta.url);
import {
  checkWritable
} from "./cli-chunk-JEDP43YQ.js";
import {
  loadPlan
} from "./cli-chunk-PZMFLI35.js";
import {
  require_dist
} from "./cli-chunk-3WMBHACJ.js";
import {
  lineDiff
} from "./cli-chunk-VAH4NQHL.js";
import "./cli-chunk-4KXVOQRE.js";
import "./cli-chunk-75MUJ4UL.js";
import {
  candidatePaths
} from "./cli-chunk-N2YYZX6X.js";
import {
  UserError
} from "./cli-chunk-75YOGVQ5.js";
import {
  plural
} from "./cli-chunk-V74XWLEX.js";
import {
  __toESM
} from "./cli-chunk-KHYJZ6HU.js";

// src/cli/workflow-command.ts
var import_yaml5 = __toESM(require_dist(), 1);
import { existsSync, readFileSync } from "node:fs";
import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";

// src/release/workflow/pins.ts
var PINNED_ACTIONS = {
  checkout: {
    uses: "actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683",
    version: "v4.2.2"
  },
  configureAwsCredentials: {
    uses: "aws-actions/configure-aws-credentials@e3dd6a429d7300a6a4c196c26e071d42e0343502",
    version: "v4.0.2"
  }
};
var PINNED_REF = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+(\/[^@\s]+)?@[0-9a-f]{40}$/;

// src/release/workflow/action-ref.ts
var WITH_COMMENT = /^(\S+)\s+#\s*(\S.*)$/;
function parseActionRef(text) {
  const ref = text.trim();
  if (ref === "." || ref.startsWith("./")) return { local: ref === "." ? "./" : ref };
  const [, uses = ref, version] = WITH_COMMENT.exec(ref) ?? [];
  if (!PINNED_REF.test(uses)) {
    throw new UserError(
      `--action "${text}" is not pinned to a commit`,
      'write --action "OWNER/phasegate@<full 40-character commit SHA> # <version>": a tag or branch can be moved to other code, a commit cannot'
    );
  }
  if (!version) {
    throw new UserError(
      `--action "${text}" has no version comment`,
      `write --action "${uses} # v1.2.0" with the release that commit is, so readers know what runs`
    );
  }
  return { uses, version: version.trim() };
}
function actionRefNeeded(root) {
  return new UserError(
    `--action is needed: ${root} is not the phasegate repository (no action.yml named phasegate at its root), and phasegate does not guess which release to run`,
    'write --action "OWNER/phasegate@<full 40-character commit SHA> # <version>", the phasegate release to run, pinned to its commit'
  );
}

// src/release/workflow/compare.ts
var import_yaml = __toESM(require_dist(), 1);
import { isDeepStrictEqual } from "node:util";
function changedParts(committed, expected) {
  const before = readable(committed);
  const after = readable(expected);
  if (!before || !after) return [];
  const keys = union(Object.keys(before), Object.keys(after)).filter((k) => k !== "jobs");
  const top = keys.filter((k) => !isDeepStrictEqual(before[k], after[k]));
  const beforeJobs = before.jobs ?? {};
  const afterJobs = after.jobs ?? {};
  const jobs = union(Object.keys(afterJobs), Object.keys(beforeJobs)).flatMap((id) => {
    if (!(id in beforeJobs)) return [`phase ${id} has no job`];
    if (!(id in afterJobs)) return [`job ${id} is in no phase`];
    return isDeepStrictEqual(beforeJobs[id], afterJobs[id]) ? [] : [`job ${id}`];
  });
  return [...top, ...jobs];
}
function readable(text) {
  try {
    const value = (0, import_yaml.parse)(text);
    return value && typeof value === "object" ? value : void 0;
  } catch {
    return void 0;
  }
}
function union(a, b) {
  return [.../* @__PURE__ */ new Set([...a, ...b])];
}

// src/release/workflow/generate.ts
var import_yaml3 = __toESM(require_dist(), 1);

// src/release/workflow/jobs.ts
var import_yaml2 = __toESM(require_dist(), 1);
var JOB_MARGIN_MINUTES = 10;
var MIN_SESSION_SECONDS = 900;
function phaseJob(phase, context) {
  const minutes = Math.ceil(phase.timeoutMs / 6e4) + JOB_MARGIN_MINUTES;
  return {
    name: plainText(phase.name),
    ...phase.needs.length > 0 ? { needs: phase.needs, if: runsWhen(phase, context.plan) } : {},
    "runs-on": "ubuntu-latest",
    environment: context.environment,
    "timeout-minutes": minutes,
    steps: [
      ...setupSteps(context.options.roleVariable, context.plan.region, minutes),
      phasegateStep(phase, context)
    ]
  };
}
function setupSteps(roleVariable, region, minutes) {
  return [
    {
      uses: pinned(PINNED_ACTIONS.checkout),
      with: { "persist-credentials": false }
    },
    {
      uses: pinned(PINNED_ACTIONS.configureAwsCredentials),
      with: {
        "role-to-assume": `\${{ vars.${roleVariable} }}`,
        "aws-region": region,
        "role-duration-seconds": Math.max(MIN_SESSION_SECONDS, minutes * 60)
      }
    }
  ];
}
function runsWhen(phase, plan) {
  const met = phase.needs.map((id) => {
    const need = plan.phases.find((p) => p.id === id);
    const result = `needs.${id}.result`;
    return need?.onFailure === "continue" ? `(${result} == 'success' || ${result} == 'failure')` : `${result} == 'success'`;
  });
  return `\${{ ${["!cancelled()", ...met].join(" && ")} }}`;
}
function phasegateStep(phase, { options, environment }) {
  return {
    name: `phasegate: ${phase.id}`,
    uses: phasegateUses(options.action),
    with: {
      plan: options.planPath,
      phases: phase.id,
      environment,
      version: "${{ inputs.version }}",
      "dry-run": "${{ inputs.dry-run == true }}",
      force: "${{ inputs.force == true }}"
    }
  };
}
function phasegateUses(action) {
  return "local" in action ? action.local : pinned(action);
}
function pinned(action) {
  const node = new import_yaml2.Scalar(action.uses);
  node.comment = ` ${action.version}`;
  return node;
}
function plainText(text) {
  return text.replaceAll("${{", "$ {{");
}
function literal(text) {
  return text.replaceAll("'", "''");
}

// src/release/workflow/generate.ts
var HEADER = "generated by phasegate workflow; do not edit";
function workflowYaml(plan, options) {
  const environment = `\${{ inputs.environment || '${literal(options.tagEnvironment)}' }}`;
  const context = { plan, options, environment };
  const doc = new import_yaml3.Document({
    name: "release",
    "run-name": `release \${{ inputs.version || github.ref_name }} to ${environment}`,
    on: triggers(),
    permissions: PERMISSIONS,
    concurrency: {
      // One release per environment at a time; a running one is never cancelled half-way. A
      // second run waits (GitHub keeps one pending run per group, a newer one replaces it).
      group: `phasegate-${plainText(plan.app)}-${environment}`,
      "cancel-in-progress": false
    },
    jobs: Object.fromEntries(plan.phases.map((p) => [p.id, phaseJob(p, context)]))
  });
  doc.commentBefore = header(plan, options);
  spaceOut(doc.contents);
  spaceOut(doc.get("jobs", true));
  return doc.toString({ lineWidth: 0 });
}
var PERMISSIONS = { contents: "read", deployments: "write", "id-token": "write" };
function triggers() {
  return {
    workflow_dispatch: {
      inputs: {
        environment: {
          description: "Environment to release to (its protection rules and approvals apply)",
          type: "environment",
          required: true
        },
        version: {
          description: "Version (image tag) to release, e.g. v5.1.0; default: the commit",
          type: "string",
          required: false
        },
        "dry-run": {
          description: "Only show what each phase would change",
          type: "boolean",
          default: false
        },
        force: {
          description: "Run phases even when the release record says they are done, or what they need has not succeeded",
          type: "boolean",
          default: false
        }
      }
    },
    push: { tags: ["v*"] }
  };
}
function header(plan, options) {
  return [
    ` ${HEADER}.`,
    ` The release of ${plan.app} from ${options.planPath}: one job per phase, with the plan's needs.`,
    ` After changing the plan, regenerate:  ${options.command}`,
    ` CI checks it is current:              ${options.command} --check`,
    ' "Re-run failed jobs" re-runs the failed phase and the phases after it; phasegate skips',
    " a phase whose success is recorded for this version (docs/workflow.md)."
  ].join("\n");
}
function spaceOut(node) {
  if (!(0, import_yaml3.isMap)(node)) return;
  node.items.forEach((pair, i) => {
    if (i > 0 && (0, import_yaml3.isScalar)(pair.key)) pair.key.spaceBefore = true;
  });
}

// src/release/workflow/plan-workflow.ts
var import_yaml4 = __toESM(require_dist(), 1);
var JOB_MINUTES = 15;
var PERMISSIONS2 = { contents: "read", "id-token": "write", "pull-requests": "write" };
function planWorkflowYaml(plan, options) {
  const environment = options.tagEnvironment;
  const doc = new import_yaml4.Document({
    name: "plan",
    on: { pull_request: { paths: [...options.paths] } },
    permissions: PERMISSIONS2,
    concurrency: {
      // A newer push makes the running plan out of date: it is cancelled, the new one posts.
      group: `phasegate-plan-${plainText(plan.app)}-\${{ github.event.pull_request.number }}`,
      "cancel-in-progress": true
    },
    jobs: {
      plan: {
        name: plainText(`plan ${plan.app} \u2192 ${environment}`),
        "runs-on": "ubuntu-latest",
        "timeout-minutes": JOB_MINUTES,
        steps: [
          ...setupSteps(options.roleVariable, plan.region, JOB_MINUTES),
          {
            name: "phasegate: plan",
            uses: phasegateUses(options.action),
            with: { plan: options.planPath, environment: plainText(environment), "dry-run": true }
          }
        ]
      }
    }
  });
  doc.commentBefore = header2(plan, options);
  spaceOut(doc.contents);
  return doc.toString({ lineWidth: 0 });
}
function header2(plan, options) {
  return [
    ` ${HEADER}.`,
    ` The plan of ${plan.app} from ${options.planPath} on pull requests that touch it: a dry run`,
    ` with read-only credentials (${options.roleVariable}: a role whose policy is`,
    ` phasegate iam-policy --read-only), posted as one comment on the pull request.`,
    ` After changing the plan, regenerate:  ${options.command}`,
    ` CI checks it is current:              ${options.command} --check`
  ].join("\n");
}

// src/cli/workflow-command.ts
var DEFAULTS = {
  release: { output: ".github/workflows/release.yml", roleVariable: "RELEASE_ROLE_ARN" },
  plan: { output: ".github/workflows/plan.yml", roleVariable: "PLAN_ROLE_ARN" }
};
var TAG_ENVIRONMENT = "production";
async function workflowCommand(command, io, registry) {
  const plan = await loadPlan(command.plan, { registry });
  const root = repositoryRoot(resolve(command.plan));
  const { kind } = command.options;
  const output = command.options.output ? resolve(command.options.output) : join(root, DEFAULTS[kind].output);
  const options = generationOptions(command, root);
  const text = kind === "plan" ? planWorkflowYaml(plan, { ...options, paths: await planPaths(plan, root, registry) }) : workflowYaml(plan, options);
  const shown = relative(process.cwd(), output) || output;
  if (command.options.check) return check(output, shown, text, command, io);
  checkWritable(output, "--output");
  await mkdir(dirname(output), { recursive: true });
  await writeFile(output, text);
  const jobs = kind === "plan" ? ["plan"] : plan.phases.map((p) => p.id);
  io.stdout(`${shown}: written, ${plural(jobs.length, "job")}: ${jobs.join(", ")}
`);
  return 0;
}
async function planPaths(plan, root, registry) {
  const planFile = resolve(plan.file);
  const named = plan.phases.flatMap((p) => registry.phase(p.uses)?.files?.(p.with) ?? []);
  const found = await Promise.all(
    named.map(async (path) => {
      const candidates = candidatePaths(path, planFile, root);
      for (const candidate of candidates) {
        const found2 = await stat(candidate).catch(() => void 0);
        if (found2) return `${repositoryPath(candidate, root)}${found2.isDirectory() ? "/**" : ""}`;
      }
      return repositoryPath(candidates[0] ?? path, root);
    })
  );
  return [.../* @__PURE__ */ new Set([repositoryPath(resolve(plan.file), root), ...found])];
}
async function check(output, shown, expected, command, io) {
  const regenerate = `regenerate it: ${regenerateCommand(command, void 0)}`;
  const committed = await readFile(output, "utf8").catch(() => void 0);
  if (committed === void 0) throw new UserError(`${shown} does not exist`, regenerate);
  const diff = lineDiff(committed, expected);
  if (!diff) {
    io.stdout(`${shown}: matches ${command.plan}
`);
    return 0;
  }
  const parts = changedParts(committed, expected);
  const where = parts.length > 0 ? `; it differs in: ${parts.join(", ")}` : "";
  io.stderr(
    `${shown} does not match ${command.plan}${where}
(- as committed, + as the plan gives it)

${diff}

  ${regenerate}
`
  );
  return 2;
}
function generationOptions(command, root) {
  const { options } = command;
  return {
    planPath: repositoryPath(resolve(command.plan), root),
    action: options.action ? parseActionRef(options.action) : localAction(root),
    roleVariable: variableName(options.roleVariable ?? DEFAULTS[options.kind].roleVariable),
    tagEnvironment: environmentName(options.tagEnvironment ?? TAG_ENVIRONMENT),
    command: regenerateCommand(command, root)
  };
}
function regenerateCommand(command, root) {
  const { options } = command;
  const plan = root ? repositoryPath(resolve(command.plan), root) : command.plan;
  const output = options.output && root ? fromRootPath(resolve(options.output), root) : options.output;
  const flags = [
    ["--kind", options.kind === "plan" ? "plan" : void 0],
    ["--output", output],
    ["--action", options.action],
    ["--role-variable", options.roleVariable],
    ["--tag-environment", options.tagEnvironment]
  ];
  const given = flags.flatMap(
    ([flag, value]) => value === void 0 ? [] : [flag, quoted(value)]
  );
  return ["phasegate workflow", quoted(plan), ...given].join(" ");
}
function quoted(arg) {
  return /^[\w./@=:-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", "'\\''")}'`;
}
function repositoryRoot(planFile) {
  for (let dir = dirname(planFile); ; dir = dirname(dir)) {
    if (existsSync(join(dir, ".git"))) return dir;
    if (dirname(dir) === dir) return process.cwd();
  }
}
function repositoryPath(file, root) {
  const path = relative(root, file);
  if (path.startsWith("..") || isAbsolute(path)) {
    throw new UserError(
      `${file} is outside the repository ${root}`,
      "a workflow can only name files of its own repository: keep the plan (and --output) in it"
    );
  }
  return path.split(sep).join("/");
}
function fromRootPath(file, root) {
  const path = relative(root, file);
  return path.startsWith("..") || isAbsolute(path) ? file : path.split(sep).join("/");
}
function localAction(root) {
  const file = join(root, "action.yml");
  const name = existsSync(file) ? nameOf(readFileSync(file, "utf8")) : void 0;
  if (name === "phasegate") return { local: "./" };
  throw actionRefNeeded(root);
}
function nameOf(source) {
  try {
    return (0, import_yaml5.parse)(source)?.name;
  } catch {
    return void 0;
  }
}
function variableName(name) {
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^GITHUB_/i.test(name)) return name;
  throw new UserError(
    `--role-variable "${name}" is not a GitHub variable name`,
    "write letters, digits and underscores, not starting with a digit or GITHUB_, e.g. --role-variable RELEASE_ROLE_ARN"
  );
}
function environmentName(name) {
  if (name.trim() !== "" && name.length <= 255 && !/[\n\r]/.test(name)) return name;
  throw new UserError(
    `--tag-environment "${name}" is not an environment name`,
    "write the environment a tag push releases to, e.g. --tag-environment production"
  );
}
export {
  workflowCommand
};
