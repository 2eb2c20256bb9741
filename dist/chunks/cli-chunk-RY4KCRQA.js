import { createRequire as __phasegateCreateRequire } from 'node:module';
const require = __phasegateCreateRequire(import.meta.url);
import {
  lazyPhaseKind,
  parsePhaseList,
  parseVarAssignments
} from "./cli-chunk-XHJIA7M2.js";
import {
  migrateSettings
} from "./cli-chunk-LGRDOLKG.js";
import {
  isPlainObject
} from "./cli-chunk-4KXVOQRE.js";
import {
  UserError
} from "./cli-chunk-75YOGVQ5.js";

// src/phases/migrate/outputs.ts
var MIGRATE_OUTPUTS = ["applied", "pending", "current-version"];

// src/phases/migrate/index.ts
var migrateKind = lazyPhaseKind(
  {
    name: "migrate",
    description: "Apply versioned SQL migrations (migrations/NNN_description.sql) through the RDS Data API or a PostgreSQL connection, each file once, in its own transaction",
    settings: migrateSettings,
    iam: () => import("./cli-iam-YYYTYCYS.js"),
    canRollBack: false,
    outputs: () => MIGRATE_OUTPUTS,
    files: (settings) => {
      const dir = isPlainObject(settings) ? settings.directory ?? "migrations" : void 0;
      return typeof dir === "string" && !dir.includes("${{") ? [dir.trim()] : [];
    },
    // Loaded when a plan has a migrate phase: the SQL reader and lint stay out of other start-ups.
    checkFiles: async (settings, context) => (await import("./cli-check-files-G3L6E7E3.js")).checkMigrationFiles(settings, context)
  },
  () => import("./cli-steps-FEDML262.js")
);

// src/cli/terminal-log.ts
var TerminalLog = class {
  constructor(id, write, secrets, verbose = false) {
    this.id = id;
    this.write = write;
    this.secrets = secrets;
    this.verbose = verbose;
  }
  id;
  write;
  secrets;
  verbose;
  info(message) {
    this.line(message);
  }
  warning(message, position) {
    this.line(`warning: ${where(position)}${message}`);
  }
  error(message, position) {
    this.line(`error: ${where(position)}${message}`);
  }
  debug(message) {
    if (this.verbose) this.line(`debug: ${message}`);
  }
  progress(message) {
    this.line(message);
  }
  line(message) {
    for (const line of this.secrets.mask(message).split("\n")) this.write(`[${this.id}] ${line}
`);
  }
};
function where(position) {
  return position ? `${position.file}:${position.line}:${position.column}: ` : "";
}

// src/release/version.ts
import { execFileSync } from "node:child_process";
import { dirname } from "node:path";
var runGit = (args, cwd) => {
  try {
    return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim().split("\n")[0];
  } catch {
    return void 0;
  }
};
function resolveVersion(given, planFile, env, git = runGit) {
  const commit = env.GITHUB_SHA || git(["rev-parse", "HEAD"], dirname(planFile)) || void 0;
  const withCommit = commit ? { commit } : {};
  if (given?.trim()) return { version: given.trim(), from: "given", ...withCommit };
  if (env.GITHUB_REF_TYPE === "tag" && env.GITHUB_REF_NAME)
    return { version: env.GITHUB_REF_NAME, from: "tag", ...withCommit };
  if (!env.GITHUB_SHA) {
    const tag = git(["describe", "--tags", "--exact-match", "HEAD"], dirname(planFile));
    if (tag) return { version: tag, from: "tag", ...withCommit };
  }
  if (commit) return { version: commit.slice(0, 7), from: "commit", commit };
  throw new UserError(
    "no version to release: not started by a tag, and the plan is not in a git checkout",
    "give the version the images are tagged with: --version v1.2.3 (the action: version: v1.2.3)"
  );
}

// src/cli/settings.ts
function releaseSettings(file, o, dryRun, env, versionRequired = true) {
  const phases = parsePhaseList(o.phases);
  const { version, commit } = versionRequired ? resolveVersion(o.version, file, env) : { version: o.version ?? "", commit: void 0 };
  return {
    planFile: file,
    environment: o.env ?? "default",
    version,
    ...commit ? { commit } : {},
    dryRun,
    selection: { ...phases ? { phases } : {}, ...o.from ? { from: o.from } : {} },
    force: o.force,
    vars: parseVarAssignments(o.vars),
    ...o.maxParallel !== void 0 ? { maxParallel: o.maxParallel } : {},
    ...o.sandbox ? { simulatedTime: true } : {}
  };
}

export {
  migrateKind,
  TerminalLog,
  releaseSettings
};
