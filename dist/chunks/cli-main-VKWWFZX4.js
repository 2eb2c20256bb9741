import { createRequire as __phasegateCreateRequire } from 'node:module';
const require = __phasegateCreateRequire(import.meta.url);
import {
  TerminalLog,
  migrateKind,
  releaseSettings
} from "./cli-chunk-RY4KCRQA.js";
import {
  cancelOnSignals
} from "./cli-chunk-DM46DMU6.js";
import {
  checkContext,
  durationOf,
  lazyPhaseKind,
  parseVarAssignments,
  planHasChanges,
  runCheck,
  runRelease
} from "./cli-chunk-XHJIA7M2.js";
import "./cli-chunk-5S4WVAEV.js";
import {
  checkWritable
} from "./cli-chunk-JEDP43YQ.js";
import {
  graphText,
  loadPlan,
  readYaml,
  stages
} from "./cli-chunk-PZMFLI35.js";
import "./cli-chunk-3WMBHACJ.js";
import {
  namedContainers as namedContainers2
} from "./cli-chunk-WZJWESXX.js";
import "./cli-chunk-LGRDOLKG.js";
import {
  keyword,
  splitStatements,
  tokenize
} from "./cli-chunk-U3OTYJXE.js";
import {
  ssmCommandSettings
} from "./cli-chunk-IZ5BNR4K.js";
import "./cli-chunk-SK6X4MLL.js";
import {
  httpSettings
} from "./cli-chunk-IXUPEDNB.js";
import {
  ecsDeployOutputs,
  namedContainers
} from "./cli-chunk-3FGU72KC.js";
import {
  keyPath
} from "./cli-chunk-L2CRBLOY.js";
import {
  missingContainers,
  shapeProblems,
  taskDefinitionProblems
} from "./cli-chunk-V467Q2W7.js";
import {
  planItem
} from "./cli-chunk-PJXLJJV7.js";
import {
  array,
  boolean,
  duration,
  isPlainObject,
  isTemplate,
  listOf,
  number,
  object,
  oneOf,
  optional,
  record,
  refine,
  regExpProblem,
  string,
  unknownValue,
  withDefault
} from "./cli-chunk-4KXVOQRE.js";
import {
  closest
} from "./cli-chunk-75MUJ4UL.js";
import {
  locate,
  shownPath
} from "./cli-chunk-N2YYZX6X.js";
import {
  Secrets
} from "./cli-chunk-FY4NPDDL.js";
import {
  formatDuration
} from "./cli-chunk-ELRKWGRC.js";
import {
  explainFailure,
  sleep
} from "./cli-chunk-HAJALABQ.js";
import {
  containerDefinitionsOf,
  isRecord,
  registrationInput
} from "./cli-chunk-VA2HRYOR.js";
import "./cli-chunk-UXGSYE36.js";
import {
  BUG_NOTE,
  InvalidFileError,
  PhaseFailure,
  UserError,
  bugReport,
  formatDiagnostic
} from "./cli-chunk-75YOGVQ5.js";
import {
  cell,
  escapeHtml,
  fenced,
  table
} from "./cli-chunk-2SUYFAK7.js";
import {
  excerpt,
  oneLine,
  plural
} from "./cli-chunk-V74XWLEX.js";
import "./cli-chunk-KHYJZ6HU.js";

// src/cli/main.ts
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";

// src/core/colour.ts
var SGR = { good: "32", bad: "1;31", warn: "33", info: "36", dim: "2" };
function colourWanted(isTerminal, env) {
  const force = env.FORCE_COLOR;
  if (force !== void 0) return ["", "1", "2", "3", "true"].includes(force);
  if (env.NO_COLOR !== void 0 && env.NO_COLOR !== "") return false;
  return isTerminal === true && env.TERM !== "dumb";
}
var plain = (_tone, text) => text;
var ansi = (tone, text) => `\x1B[${SGR[tone]}m${text}\x1B[0m`;
function painter(on) {
  return on ? ansi : plain;
}

// src/checks/kind.ts
function describeCheck(kind, config) {
  return "describe" in kind && typeof kind.describe === "function" ? String(kind.describe(config)) : kind.name;
}
function lazyCheckKind(about, load) {
  let loading;
  return {
    ...about,
    async run(ctx) {
      loading ??= load();
      return (await loading).run(ctx);
    }
  };
}

// src/checks/command/settings.ts
var fields = object({
  run: listOf(
    string(),
    "The program and its arguments, e.g. [curl, -fsS, https://\u2026]; with shell: bash, the script."
  ),
  shell: optional(
    oneOf(
      ["bash"],
      "Run `run` as a bash script (bash -c); without it no shell is involved."
    )
  ),
  env: optional(
    record(
      string(),
      "Environment variables added to the runner\u2019s; values of secret-looking names are masked."
    )
  ),
  "working-directory": optional(
    string({ description: "Directory to run in (default: the working directory)." })
  ),
  timeout: withDefault(duration("How long the program may run before it is killed."), 6e4),
  "exit-code": withDefault(
    number({ integer: true, min: 0, max: 255, description: "The exit code that passes." }),
    0
  ),
  "stdout-contains": optional(
    listOf(string(), "A text, or texts, the standard output must contain.")
  ),
  "stdout-match": optional(
    string({
      description: "A regular expression (JavaScript syntax) the standard output must match."
    })
  )
});
var commandSettings = refine(fields, (c) => {
  if (c.run.length === 0 || c.run[0] === "") return { message: "run needs a program", at: ["run"] };
  if (c.shell && c.run.length > 1)
    return {
      message: "with shell: bash, run is one script",
      at: ["run"],
      hint: "write run: | followed by the script lines"
    };
  return regExpProblem(c["stdout-match"], "stdout-match");
});

// src/checks/command/index.ts
var commandCheck = lazyCheckKind(
  {
    name: "command",
    description: "Run a program on the runner and check its exit code and output",
    settings: commandSettings,
    iam: () => import("./cli-iam-UY4YE5KF.js"),
    describe: (c) => `run ${c.shell ? "bash -c \u2026" : c.run.join(" ")} \u2192 exit ${c["exit-code"]}`
  },
  () => import("./cli-run-ZNB5XDOS.js")
);

// src/checks/ecs-service/settings.ts
var ecsServiceSettings = object({
  cluster: string({ description: "The ECS cluster of the services." }),
  services: array(string({ pattern: /^[A-Za-z0-9_-]{1,255}$/, expected: "an ECS service name" }), {
    min: 1,
    description: "The services that must be stable."
  }),
  "expect-image-tag": optional(
    string({
      description: "The image tag every container of each service's PRIMARY deployment runs."
    })
  )
});

// src/checks/ecs-service/index.ts
var ecsServiceCheck = lazyCheckKind(
  {
    name: "ecs-service",
    description: "Check that ECS services are stable (one completed deployment, all tasks running)",
    settings: ecsServiceSettings,
    iam: () => import("./cli-iam-HRZS6OEI.js"),
    describe: (c) => `${c.services.join(", ")} in ${c.cluster} stable${c["expect-image-tag"] ? ` on ${c["expect-image-tag"]}` : ""}`
  },
  () => import("./cli-run-GGNQS4YO.js")
);

// src/checks/http/index.ts
var httpCheck = lazyCheckKind(
  {
    name: "http",
    description: "Call a URL and check the status, JSON fields and body of its answer",
    settings: httpSettings,
    iam: () => import("./cli-iam-UYKKPMMG.js"),
    describe: (c) => `${c.method} ${c.url} \u2192 ${c["expect-status"].join(" or ")}`
  },
  () => import("./cli-run-ML7CX3E2.js")
);

// src/checks/sql/query.ts
var READING_STARTS = ["SELECT", "WITH", "SHOW", "EXPLAIN"];
var WRITING_WORDS = /* @__PURE__ */ new Set([
  "INSERT",
  "UPDATE",
  "DELETE",
  "MERGE",
  "TRUNCATE",
  "DROP",
  "ALTER",
  "CREATE",
  "GRANT",
  "REVOKE",
  "COPY",
  "CALL",
  "INTO",
  "VACUUM",
  "REINDEX",
  "CLUSTER",
  "LOCK"
]);
var HINT_READ = "write one SELECT (or WITH, SHOW, EXPLAIN) that changes nothing";
function readOnlyProblem(query2) {
  const { statements, transactionControl, problems } = splitStatements(query2);
  const broken = problems[0];
  if (broken) return { message: broken.message, hint: "fix the query text" };
  const count = statements.length + transactionControl.length;
  if (count === 0) return { message: "the query is empty", hint: HINT_READ };
  if (count > 1)
    return {
      message: `the query holds ${count} statements; a check runs one`,
      hint: "keep one statement, or write one check per query"
    };
  const words = tokenize(query2).flatMap((t) => keyword(t) ?? []);
  const first = words[0];
  if (first === void 0 || !READING_STARTS.includes(first))
    return {
      message: `a check only reads; its query cannot start with ${first ?? "that"}`,
      hint: `${HINT_READ}; changes belong in a migrate phase`
    };
  const writing = words.find((w) => WRITING_WORDS.has(w));
  if (writing)
    return {
      message: `a check only reads; its query cannot use ${writing}`,
      hint: `${HINT_READ}; changes belong in a migrate phase`
    };
  return void 0;
}

// src/checks/sql/settings.ts
var query = refine(
  string({ description: "One statement that reads: SELECT, WITH, SHOW or EXPLAIN." }),
  (text) => readOnlyProblem(text)
);
var sqlSettings = object({
  "resource-arn": string({
    pattern: /^arn:aws[a-z-]*:rds:/,
    expected: "an Aurora cluster ARN",
    hint: "write arn:aws:rds:<region>:<account>:cluster:<name>",
    description: "ARN of the Aurora cluster with the Data API enabled."
  }),
  "secret-arn": string({
    pattern: /^arn:aws[a-z-]*:secretsmanager:/,
    expected: "a Secrets Manager secret ARN",
    hint: "write arn:aws:secretsmanager:<region>:<account>:secret:<name>",
    description: "ARN of the secret holding the database credentials."
  }),
  database: optional(string({ description: "Database name (default: the secret\u2019s)." })),
  query,
  expect: optional(
    string({ description: "The first column of the first row, as text (true, 0, v5.1)." })
  ),
  "expect-rows": optional(number({ integer: true, min: 0, description: "Number of rows." })),
  "resume-timeout": withDefault(
    duration("How long to wait for an auto-paused Aurora cluster to resume (default 60s)."),
    6e4
  )
});

// src/checks/sql/index.ts
var sqlCheck = lazyCheckKind(
  {
    name: "sql",
    description: "Run one read-only query through the RDS Data API and check its first value or rows",
    settings: sqlSettings,
    iam: () => import("./cli-iam-XHNK3NBE.js"),
    describe: (c) => `${excerpt(c.query)} on ${clusterName(c["resource-arn"])}${expectation(c)}`
  },
  () => import("./cli-run-WE6KRFPE.js")
);
function clusterName(arn) {
  return arn.split(":").at(-1) ?? arn;
}
function expectation(c) {
  const parts = [
    ...c.expect !== void 0 ? [`expect "${c.expect}"`] : [],
    ...c["expect-rows"] !== void 0 ? [`expect ${plural(c["expect-rows"], "row")}`] : []
  ];
  return parts.length > 0 ? ` (${parts.join(", ")})` : "";
}

// src/checks/ssm-parameter/settings.ts
var NAME = /^(arn:[^:\s]+:ssm:[^:\s]+:\d{12}:parameter)?\/?[A-Za-z0-9_.\-/]{1,1011}(:[A-Za-z0-9_.-]{1,100})?$/;
var fields2 = object({
  name: string({
    pattern: NAME,
    expected: "a Parameter Store name such as /ca-a2a/version",
    description: "The parameter: a name (/app/version), name:version, or its ARN."
  }),
  expect: optional(string({ description: "The exact value." })),
  "expect-match": optional(
    string({ description: "A regular expression (JavaScript syntax) the value must match." })
  ),
  "expect-json": optional(
    record(
      string(),
      "Dotted paths into the JSON value (build.commit, agents.0.name) to expected values, compared as text."
    )
  ),
  "with-decryption": withDefault(
    boolean("Decrypt a SecureString (its value is then masked everywhere)."),
    false
  )
});
var ssmParameterSettings = refine(fields2, (c) => {
  const given = ["expect", "expect-match", "expect-json"].filter(
    (k) => c[k] !== void 0
  );
  if (given.length > 1)
    return {
      message: `give one of expect, expect-match, expect-json, not ${given.join(" and ")}`,
      at: [given[1] ?? ""]
    };
  return regExpProblem(c["expect-match"], "expect-match");
});

// src/checks/ssm-parameter/index.ts
var ssmParameterCheck = lazyCheckKind(
  {
    name: "ssm-parameter",
    description: "Check that an SSM Parameter Store parameter holds the expected value",
    settings: ssmParameterSettings,
    iam: () => import("./cli-iam-WW6MXI4B.js"),
    describe: (c) => {
      if (c.expect !== void 0) return `${c.name} is "${c.expect}"`;
      if (c["expect-match"] !== void 0) return `${c.name} matches /${c["expect-match"]}/`;
      if (c["expect-json"]) return `${c.name} has ${Object.keys(c["expect-json"]).join(", ")}`;
      return `${c.name} exists`;
    }
  },
  () => import("./cli-run-FIRSYLRH.js")
);

// src/checks/index.ts
var checkKinds = [
  httpCheck,
  sqlCheck,
  ecsServiceCheck,
  ssmParameterCheck,
  commandCheck
];

// src/phases/checks/outputs.ts
var CHECKS_OUTPUTS = ["passed", "failed"];

// src/phases/checks/report.ts
function outcomeTable(outcomes) {
  const rows = outcomes.map(({ check, result, attempts, durationMs }) => [
    result.ok ? "\u2705" : "\u274C",
    check.name,
    check.uses,
    String(attempts),
    formatDuration(durationMs),
    result.summary
  ]);
  return table(["", "check", "kind", "tries", "duration", "result"], rows);
}
function outcomeDetails(outcomes) {
  const sections = outcomes.filter(({ result }) => result.details).map(
    ({ check, result }) => `#### ${result.ok ? "\u2705" : "\u274C"} ${check.name}

${result.details}`
  );
  return [outcomeTable(outcomes), ...sections].join("\n\n");
}
function passedSummary(outcomes) {
  const retried = outcomes.filter((o) => o.attempts > 1).length;
  const after = retried > 0 ? ` (${plural(retried, "check")} after retries)` : "";
  return `${outcomes.length}/${outcomes.length} checks passed${after}`;
}
function failedSummary(outcomes) {
  const failed = outcomes.filter((o) => !o.result.ok);
  const names = failed.map((o) => `${o.check.name}: ${o.result.summary}`);
  return `${failed.length} of ${plural(outcomes.length, "check")} failed: ${names.join("; ")}`;
}
function checksPlan(config) {
  const { attempts, interval } = config.retry;
  const retry2 = attempts > 1 ? `tried up to ${attempts} times, ${formatDuration(interval)} apart` : "tried once";
  const items = config.checks.map(
    (c) => planItem(`${c.name} (${c.uses}): ${describeCheck(c.kind, c.config)}`, [retry2])
  );
  return { changes: false, items };
}

// src/phases/checks/plan.ts
async function planChecks(ctx) {
  const { checks } = ctx.config;
  return {
    summary: `would run ${plural(checks.length, "check")}: ${checks.map((c) => c.name).join(", ")}`,
    plan: checksPlan(ctx.config)
  };
}

// src/phases/checks/run.ts
async function runChecksPhase(ctx) {
  const outcomes = await runChecks(ctx);
  const passed = outcomes.filter((o) => o.result.ok).length;
  const outputs = {
    passed: String(passed),
    failed: String(outcomes.length - passed)
  };
  const details = outcomeDetails(outcomes);
  if (passed < outcomes.length)
    throw new PhaseFailure(failedSummary(outcomes), { details, outputs });
  return { summary: passedSummary(outcomes), outputs, details };
}
function runChecks(ctx) {
  return Promise.all(ctx.config.checks.map((check) => runWithRetries(check, ctx)));
}
async function runWithRetries(check, ctx) {
  const { attempts, interval } = ctx.config.retry;
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    const result = await runOnce(check, ctx);
    const done = result.ok || attempt >= attempts;
    if (done) {
      ctx.log.info(`${check.name}: ${result.ok ? "passed" : "FAILED"}: ${result.summary}`);
      return { check, result, attempts: attempt, durationMs: Date.now() - started };
    }
    ctx.log.info(
      `${check.name}: failed (try ${attempt} of ${attempts}): ${result.summary}; trying again in ${formatDuration(interval)}`
    );
    await sleep(interval, ctx.signal);
  }
}
function runOnce(check, ctx) {
  return runCheck(check.kind, checkContext(ctx, check, check.config));
}

// src/phases/checks/settings.ts
var entryFields = object({
  name: optional(string({ description: "Shown in the report. Default: the check kind." })),
  uses: string({ description: "The check kind: http, sql, ecs-service." }),
  with: optional(unknownValue("The check kind's settings; may use ${{ }} templates."))
});
var retry = object(
  {
    attempts: withDefault(
      number({
        integer: true,
        min: 1,
        max: 100,
        description: "Tries per check, the first included (default 3)."
      }),
      3
    ),
    interval: withDefault(
      duration("Pause between two tries of a failed check (default 5s)."),
      5e3
    )
  },
  { description: "Retry failed checks: a freshly deployed service may need a few seconds." }
);
var DEFAULT_RETRY = { attempts: 3, interval: 5e3 };
function checksSettings(kinds, notYetAvailable = []) {
  return object({
    checks: array(checkEntry(kinds, notYetAvailable), {
      min: 1,
      description: "The checks to run, side by side."
    }),
    retry: withDefault(retry, DEFAULT_RETRY)
  });
}
function checkEntry(kinds, notYetAvailable) {
  const byName = new Map(kinds.map((k) => [k.name, k]));
  return {
    expected: "a check (uses: and with:)",
    jsonSchema: () => entrySchema(kinds),
    parse(value, path, ctx) {
      const entry = entryFields.parse(value, path, ctx);
      if (entry?.uses === void 0) return void 0;
      const kind = byName.get(entry.uses);
      if (!kind) {
        ctx.issues.push({
          path: [...path, "uses"],
          ...unknownKind(entry.uses, [...byName.keys()], notYetAvailable)
        });
        return void 0;
      }
      const raw = isPlainObject(value) ? value.with ?? {} : {};
      const before = ctx.issues.length;
      const config = kind.settings.parse(raw, [...path, "with"], ctx);
      if (ctx.issues.length > before) return void 0;
      return { name: entry.name ?? entry.uses, uses: entry.uses, kind, config };
    }
  };
}
function unknownKind(name, available, notYet) {
  const inBuild = `check kinds in this build: ${available.join(", ") || "none"}`;
  if (notYet.includes(name))
    return { message: `check kind "${name}" is not available yet`, hint: inBuild };
  const near = closest(name, available);
  return {
    message: `unknown check kind "${name}"`,
    hint: near ? `did you mean "${near}"?` : inBuild
  };
}
function entrySchema(kinds) {
  const schema = entryFields.jsonSchema();
  const properties = schema.properties;
  return {
    ...schema,
    properties: {
      ...properties,
      uses: { ...properties.uses, examples: kinds.map((k) => k.name) }
    },
    allOf: kinds.map((kind) => ({
      if: { properties: { uses: { const: kind.name } }, required: ["uses"] },
      // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keyword, never awaited.
      then: {
        properties: { with: { description: kind.description, ...kind.settings.jsonSchema() } }
      }
    }))
  };
}

// src/phases/checks/index.ts
function checksPhaseKind(kinds, notYetAvailable = []) {
  return {
    name: "checks",
    description: `Run checks side by side (${kinds.map((k) => k.name).join(", ")}), retrying failed ones; fail when any still fails`,
    settings: checksSettings(kinds, notYetAvailable),
    // Verification looks and changes nothing: it runs again on every run (always-run).
    readOnly: true,
    iam: () => import("./cli-iam-HVFZVOHS.js"),
    outputs: () => CHECKS_OUTPUTS,
    plan: planChecks,
    run: runChecksPhase
  };
}

// src/aws/ecs/definition-file-check.ts
import { readFile } from "node:fs/promises";
import { relative } from "node:path";
async function checkDefinitionFile(ref, context) {
  if (typeof ref.file !== "string" || isTemplate(ref.file)) return [];
  const inPlan = context.at(ref.at);
  const found = await locate(ref.file, context.planFile, {
    kind: "file",
    name: "task definition file"
  }).catch((e) => e instanceof UserError ? e : Promise.reject(e));
  if (found instanceof UserError)
    return [error(found.message, inPlan, found.hint ? { hint: found.hint } : {})];
  const near = relative(process.cwd(), found);
  const shown = near === "" || near.startsWith("..") ? found : near;
  const text = await readFile(found, "utf8");
  const parsed = parseJson(text, shown);
  if ("mistake" in parsed) return [parsed.mistake];
  return definitionMistakes(parsed.value, readYaml(text, shown).positions, ref, context);
}
function parseJson(text, file) {
  const top = { file, line: 1, column: 1 };
  try {
    const value = JSON.parse(text);
    if (isRecord(value)) return { value };
    return { mistake: error(`task definition file ${file} is not a JSON object`, top) };
  } catch (e) {
    const message = e.message;
    const offset = Number(/position (\d+)/.exec(message)?.[1] ?? Number.NaN);
    const yaml = readYaml(text, file).diagnostics.find((d) => d.severity === "error");
    const at = Number.isNaN(offset) ? yaml?.position ?? top : offsetPosition(text, offset, file);
    return { mistake: error(`task definition file ${file} is not valid JSON: ${message}`, at) };
  }
}
function offsetPosition(text, offset, file) {
  const before = text.slice(0, offset).split("\n");
  return { file, line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}
function definitionMistakes(raw, positions, ref, context) {
  const prefix = isRecord(raw.taskDefinition) ? ["taskDefinition"] : [];
  const input = registrationInput(raw);
  const inFile = (path, target) => positions.at([...prefix, ...path], target);
  const file = positions.file;
  const source = prefix.length > 0 ? raw.taskDefinition : raw;
  const wrong = shapeProblems(source, { unknown: isTemplate, described: true }).map(
    (p) => error(
      `${keyPath(p.path)}: ${p.message}`,
      inFile(p.path, p.kind === "unknown-key" ? "key" : void 0),
      {
        hint: p.hint
      }
    )
  );
  if (wrong.length > 0) return wrong;
  if (typeof input.family !== "string" || input.family === "")
    return [
      error(`task definition file ${file} has no family`, inFile([]), {
        hint: 'add "family": "<name>" to the file'
      })
    ];
  const containers = containerDefinitionsOf(input);
  if (containers.length === 0)
    return [error(`task definition file ${file} has no containerDefinitions`, inFile([]))];
  const refused = taskDefinitionProblems(input, {
    launchType: ref.launchType,
    unknown: isTemplate
  });
  const mistakes = refused.map(
    (p) => error(`${keyPath(p.path)}: ${p.message} (ECS would refuse it)`, inFile(p.path), {
      hint: p.hint
    })
  );
  if (containers.some((c) => isTemplate(c.name))) return mistakes;
  const unknownNames = missingContainers(input, ref.named).map(
    (p) => error(`${p.message} ${file}`, context.at(p.path, "key"), { hint: p.hint })
  );
  return [...mistakes, ...unknownNames];
}
function error(message, position, extra = {}) {
  return { message, position, severity: "error", ...extra };
}

// src/phases/ecs-deploy/check-files.ts
function serviceFiles(settings) {
  const services = isPlainObject(settings) && Array.isArray(settings.services) ? settings.services : [];
  return services.flatMap((service2) => {
    const file = isPlainObject(service2) ? service2["task-definition"] : void 0;
    return typeof file === "string" && !file.includes("${{") ? [file.trim()] : [];
  });
}
async function checkServiceFiles(settings, context) {
  const services = isPlainObject(settings) && Array.isArray(settings.services) ? settings.services : [];
  const found = await Promise.all(
    services.map((service2, i) => {
      if (!isPlainObject(service2) || service2["task-definition"] === void 0) return [];
      const create2 = isPlainObject(service2.create) ? service2.create : {};
      const launchType = typeof create2["launch-type"] === "string" ? create2["launch-type"] : void 0;
      const named = namedContainers(service2).map((n) => ({
        ...n,
        path: ["services", i, ...n.path]
      }));
      return checkDefinitionFile(
        {
          file: service2["task-definition"],
          at: ["services", i, "task-definition"],
          launchType,
          named
        },
        context
      );
    })
  );
  return found.flat();
}

// src/phases/ecs-deploy/settings.ts
var CRASH_LOOP_THRESHOLD = 3;
var loadBalancer = object(
  {
    "target-group-arn": string({
      description: "ARN of the target group the service registers in."
    }),
    container: string({ description: "Container that receives the traffic." }),
    port: number({ integer: true, min: 1, max: 65535, description: "Its container port." })
  },
  { description: "Attach the service to a load balancer target group." }
);
var capacityProvider = object({
  "capacity-provider": string({ description: "For example FARGATE or FARGATE_SPOT." }),
  weight: optional(number({ integer: true, min: 0, max: 1e3 })),
  base: optional(number({ integer: true, min: 0, max: 1e5 }))
});
var create = refine(
  object(
    {
      "launch-type": optional(oneOf(["FARGATE", "EC2", "EXTERNAL"])),
      "capacity-providers": optional(array(capacityProvider, { min: 1 })),
      subnets: optional(array(string(), { min: 1, description: "Subnets of the tasks (awsvpc)." })),
      "security-groups": optional(array(string())),
      "assign-public-ip": withDefault(boolean(), false),
      "desired-count": withDefault(number({ integer: true, min: 0 }), 1),
      "load-balancer": optional(loadBalancer),
      "service-registry-arn": optional(
        string({ description: "Cloud Map service ARN (service discovery)." })
      ),
      "health-check-grace-period": optional(
        duration("How long ECS ignores failing load balancer health checks of new tasks.")
      )
    },
    { description: "Create the service when it does not exist (it is left alone when it does)." }
  ),
  (c) => c["launch-type"] !== void 0 && c["capacity-providers"] !== void 0 ? { message: "give launch-type or capacity-providers, not both", at: ["capacity-providers"] } : void 0
);
var service = refine(
  object(
    {
      service: string({ pattern: /^[A-Za-z0-9_-]{1,255}$/, description: "ECS service name." }),
      cluster: optional(string({ description: "Overrides the phase's cluster." })),
      "task-definition": optional(
        string({ description: "A task definition JSON file (see docs/phases/ecs-deploy.md)." })
      ),
      "task-definition-arn": optional(
        string({ description: "Deploy this existing revision (ARN or family:revision)." })
      ),
      images: optional(record(string(), "Container name \u2192 image to run.")),
      env: optional(
        record(record(string()), "Container name \u2192 environment variables to set or replace.")
      ),
      "desired-count": optional(number({ integer: true, min: 0 })),
      "force-new-deployment": withDefault(boolean(), false),
      "circuit-breaker": withDefault(
        boolean("Turn on the deployment circuit breaker with rollback (default true)."),
        true
      ),
      create: optional(create)
    },
    { description: "One service to deploy." }
  ),
  (s) => {
    if (s["task-definition"] !== void 0 && s["task-definition-arn"] !== void 0)
      return { message: "give task-definition (a file) or task-definition-arn, not both" };
    if (s["task-definition-arn"] !== void 0 && (s.images || s.env))
      return {
        message: "images and env cannot change an existing revision (task-definition-arn)",
        hint: "drop task-definition-arn to register a new revision with these changes"
      };
    return void 0;
  }
);
var phase = refine(
  object({
    cluster: optional(string({ description: "Default cluster of the services." })),
    "max-parallel": optional(
      number({ integer: true, min: 1, description: "Services rolled out at once (default all)." })
    ),
    "poll-interval": withDefault(
      duration(
        "Time between two DescribeServices polls; a quarter of it once a rollout is near its end, at most two calls a second."
      ),
      2e3
    ),
    "crash-loop-threshold": withDefault(
      number({
        integer: true,
        min: 0,
        description: "Fail a rollout once this many tasks of its new deployment ran and exited (an essential container exited): ECS's circuit breaker does not count those. 0 turns the check off."
      }),
      CRASH_LOOP_THRESHOLD
    ),
    services: array(service, { min: 1 })
  }),
  (c) => {
    const keys = c.services.map((s) => `${s.cluster ?? c.cluster}/${s.service}`);
    const twice = keys.findIndex((k, i) => keys.indexOf(k) !== i);
    if (twice >= 0)
      return { message: `service ${keys[twice]} is listed twice`, at: ["services", twice] };
    return void 0;
  }
);
var ecsDeploySettings = {
  ...phase,
  parse(value, path, ctx) {
    const parsed = phase.parse(value, path, ctx);
    const before = ctx.issues.length;
    checkClusters(value, path, ctx.issues);
    return ctx.issues.length === before ? parsed : void 0;
  }
};
function checkClusters(value, path, issues) {
  if (!isPlainObject(value) || value.cluster !== void 0 || !Array.isArray(value.services))
    return;
  value.services.forEach((s, i) => {
    if (!isPlainObject(s) || s.cluster !== void 0) return;
    issues.push({
      path: [...path, "services", i],
      message: `service "${String(s.service)}" has no cluster`,
      hint: "add cluster: to the phase (the default of all its services) or to the service"
    });
  });
}

// src/phases/ecs-deploy/index.ts
var ecsDeployKind = lazyPhaseKind(
  {
    name: "ecs-deploy",
    description: "Deploy ECS services side by side: new revisions from a file or the live one with new images and env, create missing services, watch rollouts, roll back",
    settings: ecsDeploySettings,
    iam: () => import("./cli-iam-O2H7XNJH.js"),
    canRollBack: true,
    checkFiles: checkServiceFiles,
    outputs: ecsDeployOutputs,
    files: serviceFiles
  },
  () => import("./cli-steps-ZVNGJB67.js")
);

// src/phases/ecs-run-task/check-files.ts
function taskFile(settings) {
  const file = isPlainObject(settings) ? settings["task-definition"] : void 0;
  return typeof file === "string" && /\.json$/i.test(file.trim()) ? [file.trim()] : [];
}
async function checkTaskFile(settings, context) {
  if (!isPlainObject(settings)) return [];
  const file = settings["task-definition"];
  if (typeof file !== "string" || !/\.json$/i.test(file.trim())) return [];
  const launchType = typeof settings["launch-type"] === "string" ? settings["launch-type"] : void 0;
  const named = namedContainers2(settings);
  return checkDefinitionFile(
    { file: file.trim(), at: ["task-definition"], launchType, named },
    context
  );
}

// src/phases/ecs-run-task/outputs.ts
var ECS_RUN_TASK_OUTPUTS = [
  "task-arn",
  "task-arns",
  "exit-code",
  "task-definition-arn"
];

// src/phases/ecs-run-task/settings.ts
var network = object(
  {
    subnets: array(string(), { min: 1, description: "Subnets of the task (awsvpc)." }),
    "security-groups": optional(array(string(), { description: "Security groups of the task." })),
    "assign-public-ip": withDefault(boolean("Give the task a public IP (default false)."), false)
  },
  { description: "The awsvpc network of the task." }
);
var command = array(string(), {
  min: 1,
  description: "Replaces the container command, e.g. [python, -m, tests.functional]."
});
var environment = record(
  string(),
  "Environment variables added to (or replacing) the definition\u2019s."
);
var containerOverride = object(
  { command: optional(command), environment: optional(environment) },
  { description: "Overrides of one container." }
);
var overrides = object(
  {
    command: optional(command),
    environment: optional(environment),
    containers: optional(
      record(containerOverride, "Container name \u2192 its own command and environment overrides.")
    ),
    cpu: optional(string({ description: 'Task-level CPU units for this run, e.g. "1024".' })),
    memory: optional(string({ description: 'Task-level memory (MiB) for this run, e.g. "2048".' }))
  },
  {
    description: "command and environment apply to `container` (default: the first essential container)."
  }
);
var STARTED_BY = /^[A-Za-z0-9_-]{1,36}$/;
var fields3 = object({
  cluster: string({ description: "Cluster to run the task in." }),
  "task-definition": string({
    description: "A family (latest ACTIVE revision), family:revision, an ARN, or a JSON file (path relative to the plan file) registered when it differs from the latest revision."
  }),
  container: optional(
    string({
      description: "The container that decides the outcome, whose log is shown and that overrides apply to (default: the first essential container)."
    })
  ),
  count: withDefault(
    number({ integer: true, min: 1, max: 10, description: "Copies of the task (RunTask: 1\u201310)." }),
    1
  ),
  "launch-type": optional(oneOf(["FARGATE", "EC2", "EXTERNAL"])),
  network: optional(network),
  "network-from": optional(
    string({ description: "Copy the network (and launch type) of this service of the cluster." })
  ),
  overrides: optional(overrides),
  "started-by": optional(
    string({
      pattern: STARTED_BY,
      expected: "up to 36 letters, digits, - and _",
      description: "Tag of the task in ECS (default phasegate-<phase id>)."
    })
  ),
  "log-lines": withDefault(
    number({ integer: true, min: 0, max: 1e4, description: "Log lines shown per task." }),
    30
  ),
  "poll-interval": withDefault(duration("Time between two DescribeTasks polls."), 2e3)
});
var ecsRunTaskSettings = refine(
  fields3,
  (c) => c.network !== void 0 && c["network-from"] !== void 0 ? {
    message: "give network or network-from, not both",
    at: ["network-from"],
    hint: "network-from copies the whole network of the service"
  } : void 0
);

// src/phases/ecs-run-task/index.ts
var ecsRunTaskKind = lazyPhaseKind(
  {
    name: "ecs-run-task",
    description: "Run a one-off ECS task (family, ARN or JSON file) with overrides, wait for it to stop, fail on a non-zero exit with the reason and the log tail",
    settings: ecsRunTaskSettings,
    iam: () => import("./cli-iam-STARXL4T.js"),
    canRollBack: false,
    checkFiles: checkTaskFile,
    outputs: () => ECS_RUN_TASK_OUTPUTS,
    files: taskFile
  },
  () => import("./cli-steps-VRQP2K3B.js")
);

// src/phases/ssm-command/outputs.ts
var SSM_COMMAND_OUTPUTS = ["command-id", "succeeded", "failed"];

// src/phases/ssm-command/index.ts
var ssmCommandKind = lazyPhaseKind(
  {
    name: "ssm-command",
    description: "Run an SSM document (default AWS-RunShellScript) on managed instances by id or tag, wait for every invocation, fail naming each instance that did not succeed, with its output tail",
    settings: ssmCommandSettings,
    iam: () => import("./cli-iam-OVCLKU52.js"),
    canRollBack: false,
    outputs: () => SSM_COMMAND_OUTPUTS
  },
  () => import("./cli-steps-JNJTVG43.js")
);

// src/phases/registry.ts
var PHASE_KINDS_NOT_YET_AVAILABLE = [];
var CHECK_KINDS_NOT_YET_AVAILABLE = [];
var Registry = class {
  constructor(kinds = {}, notYetAvailable = {
    phases: PHASE_KINDS_NOT_YET_AVAILABLE,
    checks: CHECK_KINDS_NOT_YET_AVAILABLE
  }) {
    this.notYetAvailable = notYetAvailable;
    for (const kind of kinds.phases ?? []) this.phases.set(kind.name, kind);
    for (const kind of kinds.checks ?? []) this.checks.set(kind.name, kind);
  }
  notYetAvailable;
  phases = /* @__PURE__ */ new Map();
  checks = /* @__PURE__ */ new Map();
  phase(name) {
    return this.phases.get(name);
  }
  check(name) {
    return this.checks.get(name);
  }
  phaseNames() {
    return [...this.phases.keys()];
  }
  checkNames() {
    return [...this.checks.keys()];
  }
};
function builtinRegistry() {
  return new Registry({
    phases: [
      migrateKind,
      ecsDeployKind,
      ecsRunTaskKind,
      ssmCommandKind,
      checksPhaseKind(checkKinds, CHECK_KINDS_NOT_YET_AVAILABLE)
    ],
    checks: [...checkKinds]
  });
}

// src/release/report/outputs.ts
function resultJson(result, phases) {
  return {
    ...resultFields(result),
    ...result.mode === "plan" && phases ? { stages: stages(phases) } : {}
  };
}
function resultFields(result) {
  return {
    status: result.status,
    mode: result.mode,
    startedAt: new Date(result.startedAt).toISOString(),
    durationMs: result.endedAt - result.startedAt,
    failedPhase: result.failedPhase ?? null,
    // A dry run's answer to "would anything change?"; null for a run (schema/plan-output).
    changes: result.mode === "plan" ? planHasChanges(result) : null,
    phases: result.phases.map((p) => ({
      id: p.id,
      name: p.name,
      uses: p.uses,
      status: p.status,
      summary: p.summary,
      durationMs: durationOf(p) ?? null,
      outputs: p.outputs,
      gates: p.gates.map((g) => ({ when: g.when, name: g.name, ok: g.ok, summary: g.summary })),
      ...p.error ? { error: { kind: p.error.kind, message: p.error.message } } : {},
      ...p.rollback ? { rollback: { status: p.rollback.status, summary: p.rollback.summary } } : {},
      ...p.plan ? { plan: p.plan } : {}
    }))
  };
}

// src/release/report/plan-view.ts
var INDENT = "    ";
function planText(result, paint = plain) {
  const phases = result.phases.filter((p) => p.status === "planned" && p.plan);
  return phases.map((p) => {
    const plan = p.plan;
    const items = plan.items.map((item) => itemText(item, paint));
    return [`${p.id} (${p.uses}): ${p.summary}`, ...items].join("\n");
  }).join("\n\n");
}
function itemText(item, paint) {
  const facts = item.facts.map((f) => `${INDENT}${f}`);
  const blocks = item.blocks.map((b) => `${INDENT}${b.label}:
${blockLines(b, paint)}`);
  return [`  ${item.line}`, ...facts, ...blocks].join("\n");
}
function blockLines(block, paint) {
  return block.text.split("\n").map((line) => {
    const tone = block.language !== "diff" ? void 0 : TONE[line[0] ?? ""];
    return `${INDENT}  ${tone ? paint(tone, line) : line}`;
  }).join("\n");
}
var TONE = { "+": "good", "-": "bad", "@": "dim" };
function planMarkdown(plan) {
  const blind = plan.couldNotLook ? [`> \u26A0\uFE0F The plan could not look: ${escapeHtml(plan.couldNotLook)}`] : [];
  return [...blind, ...plan.items.map(itemMarkdown)].join("\n\n");
}
function itemMarkdown(item) {
  const facts = item.facts.length > 0 ? [item.facts.map((f) => `- ${escapeHtml(f)}`).join("\n")] : [];
  const blocks = item.blocks.map((b) => `${escapeHtml(b.label)}:

${fenced(b.text, b.language)}`);
  return [`**${escapeHtml(item.line)}**`, ...facts, ...blocks].join("\n\n");
}

// src/release/report/gantt.ts
var TAG = {
  failed: "crit, ",
  cancelled: "crit, ",
  succeeded: "done, "
};
function ganttChart(result) {
  const started = result.phases.filter((p) => p.startedAt !== void 0 && p.endedAt !== void 0);
  if (started.length === 0) return "";
  const rows = started.map((p, i) => {
    const from = (p.startedAt ?? 0) - result.startedAt;
    const to = Math.max((p.endedAt ?? 0) - result.startedAt, from + 1);
    return `    ${label(p.name)} :${TAG[p.status] ?? ""}p${i}, ${from}, ${to}`;
  });
  const axis = axisFormat(result.endedAt - result.startedAt);
  return ["```mermaid", "gantt", "    dateFormat x", `    axisFormat ${axis}`, ...rows, "```"].join(
    "\n"
  );
}
function axisFormat(spanMs) {
  if (spanMs >= 36e5) return "%H:%M";
  if (spanMs < 1e4) return "%S.%L";
  return "%M:%S";
}
function label(name) {
  return name.replace(/[:#;]/g, " ").replace(/\s+/g, " ").trim() || "phase";
}

// src/release/report/summary.ts
var SUMMARY_LIMIT_BYTES = 1e6;
var STATUS_ICON = {
  succeeded: "\u2705",
  planned: "\u{1F4DD}",
  failed: "\u274C",
  skipped: "\u23ED\uFE0F",
  cancelled: "\u{1F6AB}",
  "not-selected": "\u2796",
  "done-earlier": "\u2611\uFE0F"
};
var RUN_ICON = { succeeded: "\u2705", failed: "\u274C", cancelled: "\u{1F6AB}" };
function renderSummary(input, limitBytes = SUMMARY_LIMIT_BYTES) {
  const order = input.graph && input.result.mode === "plan" ? [`**Order** (phases on one line may run side by side)

${fenced(input.graph, "text")}`] : [];
  const head = [
    header(input),
    phaseTable(input.result.phases),
    ...order,
    ganttChart(input.result)
  ].join("\n\n");
  const sections = input.result.phases.filter(hasSection).map(phaseSection);
  return fitWithin(head, sections, limitBytes);
}
function header({ result, run, planFile }) {
  const verb = result.mode === "plan" ? "dry run" : "release";
  const title = `## ${RUN_ICON[result.status]} ${run.app} ${run.version} \u2192 ${run.environment}: ${verb} ${result.status}`;
  const facts = [
    `**Version** ${run.currentVersion ? `${run.currentVersion} \u2192 ${run.version}` : `${run.version} (first recorded)`}`,
    ...run.commit ? [`**Commit** \`${run.commit.slice(0, 7)}\``] : [],
    ...result.mode === "plan" && result.status === "succeeded" ? [`**Changes** ${planHasChanges(result) ? "yes" : "none"}`] : [],
    `**Duration** ${formatDuration(result.endedAt - result.startedAt)}`,
    `**Plan** \`${shownPath(planFile)}\``,
    ...run.runUrl ? [`**Run** [${runLabel(run.runUrl)}](${run.runUrl})`] : [],
    ...run.actor ? [`**By** ${run.actor}`] : []
  ];
  const failed = result.failedPhase ? result.phases.find((p) => p.id === result.failedPhase) : void 0;
  const why = failed ? [`> **${failed.name}** failed: ${oneLine(failed.summary)}`] : [];
  const now = result.phases.flatMap(
    (p) => p.rollback?.status === "succeeded" ? [`> \u21A9\uFE0F ${oneLine(p.rollback.summary)}`] : []
  );
  const stopped = result.phases.filter((p) => p.error?.kind === "cancelled").map(
    (p) => `> \u{1F6AB} **${p.name}** cancelled: ${oneLine(p.summary)}${p.error?.goesOn ? "; check them or re-run" : ""}`
  );
  const bug = result.bug ? [`> \u26A0\uFE0F phasegate hit an unexpected error: ${BUG_NOTE}, with the log.`] : [];
  return [title, ...now, ...why, ...stopped, facts.join(" \xB7 "), ...bug].join("\n\n");
}
function runLabel(url) {
  const m = /\/runs\/(\d+)(?:\/attempts\/(\d+))?/.exec(url);
  return m ? `#${m[1]}${m[2] ? ` attempt ${m[2]}` : ""}` : url;
}
function phaseTable(phases) {
  const rows = phases.map((p) => {
    const duration2 = durationOf(p);
    return `| ${STATUS_ICON[p.status]} | ${cell(p.name)} | \`${p.uses}\` | ${duration2 === void 0 ? "" : formatDuration(duration2)} | ${cell(p.summary)} |`;
  });
  return ["| | Phase | Kind | Duration | Result |", "|---|---|---|---|---|", ...rows].join("\n");
}
function hasSection(p) {
  return Boolean(
    shownPlan(p) || p.details || p.gates.length || p.error || p.rollback || Object.keys(p.outputs).length
  );
}
function shownPlan(p) {
  return p.plan && (p.plan.items.length > 0 || p.plan.couldNotLook) ? p.plan : void 0;
}
function phaseSection(p) {
  const duration2 = durationOf(p);
  const parts = [
    p.error ? errorBlock(p) : "",
    shownPlan(p) ? planMarkdown(shownPlan(p)) : p.details ?? "",
    p.gates.length ? gateList(p) : "",
    p.rollback ? `**Rollback** ${p.rollback.status === "succeeded" ? "\u21A9\uFE0F" : "\u274C"} ${p.rollback.summary}${p.rollback.details ? `

${p.rollback.details}` : ""}` : "",
    Object.keys(p.outputs).length ? outputList(p.outputs) : ""
  ].filter(Boolean);
  const title = `${STATUS_ICON[p.status]} ${escapeHtml(p.name)}${duration2 === void 0 ? "" : ` (${formatDuration(duration2)})`}`;
  return `<details${p.status === "failed" ? " open" : ""}>
<summary>${title}</summary>

${parts.join("\n\n")}

</details>`;
}
var ERROR_LABEL = {
  failure: "Failed",
  gate: "Failed",
  timeout: "Failed",
  cancelled: "Cancelled",
  bug: "Bug"
};
function errorBlock(p) {
  const e = p.error;
  if (!e) return "";
  const hint = e.hint ? `

${e.hint}` : "";
  const stack = e.stack ? `

\`\`\`
${e.stack}
\`\`\`` : "";
  return `**${ERROR_LABEL[e.kind]}**: ${e.message}${hint}${stack}`;
}
function gateList(p) {
  return p.gates.map(
    (g) => `- ${g.ok ? "\u2705" : "\u274C"} gate ${g.when}: **${escapeHtml(g.name)}** (\`${g.uses}\`): ${oneLine(g.summary)}`
  ).join("\n");
}
function outputList(outputs) {
  const rows = Object.entries(outputs).map(([k, v]) => `| \`${k}\` | ${cell(v)} |`);
  return ["| Output | Value |", "|---|---|", ...rows].join("\n");
}
function fitWithin(head, sections, limitBytes) {
  const note = (n) => `

> \u2702\uFE0F ${plural(n, "phase section was", "phase sections were")} left out to stay under GitHub's 1 MiB summary limit; the job log has them in full.`;
  let out = head;
  for (const [i, section] of sections.entries()) {
    const next = `${out}

${section}`;
    if (bytes(next) + bytes(note(sections.length - i)) > limitBytes)
      return out + note(sections.length - i);
    out = next;
  }
  if (bytes(out) > limitBytes)
    return `${truncateBytes(out, limitBytes - 200)}

> \u2702\uFE0F truncated at GitHub's 1 MiB summary limit.`;
  return out;
}
var bytes = (text) => Buffer.byteLength(text, "utf8");
function truncateBytes(text, max) {
  return Buffer.from(text, "utf8").subarray(0, Math.max(0, max)).toString("utf8").replace(/\uFFFD$/, "");
}

// src/release/report/terminal.ts
var WORD = {
  succeeded: "ok",
  planned: "planned",
  failed: "FAILED",
  skipped: "skipped",
  cancelled: "cancelled",
  "not-selected": "-",
  "done-earlier": "done"
};
var STATUS_TONE = {
  started: "info",
  succeeded: "good",
  planned: "info",
  failed: "bad",
  skipped: "warn",
  cancelled: "warn",
  "not-selected": "dim",
  "done-earlier": "good"
};
var RUN_TONE = {
  succeeded: "good",
  failed: "bad",
  cancelled: "warn"
};
function terminalTable(result, paint = plain) {
  const rows = result.phases.map((p) => {
    const d = durationOf(p);
    return [
      WORD[p.status],
      p.id,
      p.uses,
      d === void 0 ? "" : formatDuration(d),
      p.summary.split("\n")[0] ?? ""
    ];
  });
  const header2 = ["status", "phase", "kind", "time", "result"];
  const widths = header2.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells, status) => cells.map((c, i) => {
    const padded = i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0);
    return i === 0 && status ? paint(STATUS_TONE[status], c) + padded.slice(c.length) : padded;
  }).join("  ").trimEnd();
  const what = result.mode === "plan" ? "dry run" : "release";
  const total = `${what} ${paint(RUN_TONE[result.status], result.status)} in ${formatDuration(result.endedAt - result.startedAt)}${changesNote(result)}`;
  const body = rows.map((r, i) => line(r, result.phases[i]?.status));
  return [line(header2), ...body, ...hints(result), "", total].join("\n");
}
function changesNote(result) {
  if (result.mode !== "plan" || result.status !== "succeeded") return "";
  return planHasChanges(result) ? ": changes to make" : ": nothing would change";
}
function hints(result) {
  const lines = result.phases.flatMap((p) => p.error?.hint ? [`${p.id}: ${p.error.hint}`] : []);
  return lines.length > 0 ? ["", ...lines] : [];
}

// src/cli/args.ts
import { parseArgs } from "node:util";
var RUN_OPTIONS = {
  env: { type: "string" },
  version: { type: "string" },
  phases: { type: "string" },
  from: { type: "string" },
  var: { type: "string", multiple: true },
  summary: { type: "string" },
  json: { type: "boolean" },
  force: { type: "boolean" },
  "detailed-exitcode": { type: "boolean" },
  "max-parallel": { type: "string" },
  sandbox: { type: "boolean" },
  scenario: { type: "string" },
  help: { type: "boolean", short: "h" }
};
var IAM_OPTIONS = {
  env: { type: "string" },
  account: { type: "string" },
  "read-only": { type: "boolean" },
  var: { type: "string", multiple: true },
  help: { type: "boolean", short: "h" }
};
var WORKFLOW_OPTIONS = {
  output: { type: "string" },
  action: { type: "string" },
  "role-variable": { type: "string" },
  "tag-environment": { type: "string" },
  kind: { type: "string" },
  check: { type: "boolean" },
  help: { type: "boolean", short: "h" }
};
var SANDBOX_OPTIONS = {
  port: { type: "string" },
  scenario: { type: "string" },
  database: { type: "string" },
  help: { type: "boolean", short: "h" }
};
function parseCommand(argv) {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help")
    return { name: "help", ...topic(rest[0]) };
  if (name === "sandbox") return sandboxCommand(rest);
  if (name === "migrate") return migrateCommand(rest);
  if (name === "status") return statusCommand(rest);
  if (name === "iam-policy") return iamPolicyCommand(rest);
  if (name === "workflow") return workflowCommand(rest);
  if (name !== "validate" && name !== "plan" && name !== "run") {
    throw new UserError(
      `unknown command "${name}"`,
      "commands: validate, plan, run, status, workflow, iam-policy, migrate, sandbox (see phasegate --help)"
    );
  }
  const { values, positionals } = parse(rest, RUN_OPTIONS);
  if (values.help) return { name: "help", topic: name };
  const plan = onePlan(positionals, name);
  if (name === "validate") return { name, plan, vars: values.var ?? [] };
  return {
    name,
    plan,
    options: {
      vars: values.var ?? [],
      json: values.json ?? false,
      force: values.force ?? false,
      detailedExitcode: values["detailed-exitcode"] ?? false,
      sandbox: values.sandbox ?? false,
      ...defined({
        env: values.env,
        version: values.version,
        phases: values.phases,
        from: values.from,
        summary: values.summary,
        scenario: values.scenario,
        maxParallel: wholeNumber(values["max-parallel"], "--max-parallel", 1)
      })
    }
  };
}
var REPAIR_OPTIONS = { ...RUN_OPTIONS, phase: { type: "string" } };
function migrateCommand(rest) {
  const [sub, ...args] = rest;
  if (sub !== "repair" && sub !== "unlock") {
    throw new UserError(
      `unknown migrate command "${sub ?? ""}"`,
      "write: phasegate migrate repair PLAN --phase ID, or phasegate migrate unlock PLAN --phase ID"
    );
  }
  const { values, positionals } = parse(args, REPAIR_OPTIONS);
  if (values.help) return { name: "help", topic: "migrate" };
  return {
    name: sub === "repair" ? "migrate-repair" : "migrate-unlock",
    plan: onePlan(positionals, `migrate ${sub}`),
    ...defined({ phase: values.phase }),
    options: {
      vars: values.var ?? [],
      json: false,
      force: false,
      detailedExitcode: false,
      sandbox: false,
      ...defined({ env: values.env, version: values.version })
    }
  };
}
var STATUS_OPTIONS = {
  env: { type: "string" },
  version: { type: "string" },
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" }
};
function statusCommand(rest) {
  const { values, positionals } = parse(rest, STATUS_OPTIONS);
  if (values.help) return { name: "help", topic: "status" };
  return {
    name: "status",
    plan: onePlan(positionals, "status"),
    json: values.json ?? false,
    ...defined({ env: values.env, version: values.version })
  };
}
function iamPolicyCommand(rest) {
  const { values, positionals } = parse(rest, IAM_OPTIONS);
  if (values.help) return { name: "help", topic: "iam-policy" };
  const plan = onePlan(positionals, "iam-policy");
  if (!values.env)
    throw new UserError(
      "iam-policy needs --env: the policy is for one environment (its release record)",
      `write: phasegate iam-policy ${plan} --env production`
    );
  if (values.account !== void 0 && !/^\d{12}$/.test(values.account))
    throw new UserError(
      `--account must be a 12-digit AWS account id, got "${values.account}"`,
      "write --account 123456789012"
    );
  return {
    name: "iam-policy",
    plan,
    env: values.env,
    readOnly: values["read-only"] ?? false,
    vars: values.var ?? [],
    ...defined({ account: values.account })
  };
}
function workflowCommand(rest) {
  const { values, positionals } = parse(rest, WORKFLOW_OPTIONS);
  if (values.help) return { name: "help", topic: "workflow" };
  return {
    name: "workflow",
    plan: onePlan(positionals, "workflow"),
    options: {
      check: values.check ?? false,
      kind: workflowKind(values.kind),
      ...defined({
        output: values.output,
        action: values.action,
        roleVariable: values["role-variable"],
        tagEnvironment: values["tag-environment"]
      })
    }
  };
}
function workflowKind(kind) {
  if (kind === void 0 || kind === "release" || kind === "plan") return kind ?? "release";
  throw new UserError(
    `--kind "${kind}" is not a workflow phasegate writes`,
    "write --kind release (one job per phase, the default) or --kind plan (a dry run on pull requests)"
  );
}
function sandboxCommand(rest) {
  const { values, positionals } = parse(rest, SANDBOX_OPTIONS);
  if (values.help) return { name: "help", topic: "sandbox" };
  if (positionals.length > 0)
    throw new UserError(
      `sandbox takes no arguments, got "${positionals[0]}"`,
      "phasegate sandbox --scenario FILE"
    );
  return {
    name: "sandbox",
    ...defined({
      port: wholeNumber(values.port, "--port"),
      scenario: values.scenario,
      database: values.database
    })
  };
}
function parse(args, options) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error2) {
    throw new UserError(
      error2.message.replace(/^TypeError \[\w+\]: /, ""),
      "see phasegate --help"
    );
  }
}
function onePlan(positionals, command2) {
  if (positionals.length === 1 && positionals[0]) return positionals[0];
  const problem = positionals.length === 0 ? "needs a plan file" : `takes one plan file, got ${positionals.length}`;
  throw new UserError(`${command2} ${problem}`, `write: phasegate ${command2} phases/release.yml`);
}
function wholeNumber(text, flag, min = 0) {
  if (text === void 0) return void 0;
  const n = Number(text);
  if (!Number.isInteger(n) || n < min) {
    throw new UserError(
      `${flag} must be a whole number of at least ${min}, got "${text}"`,
      `write ${flag} 4`
    );
  }
  return n;
}
function topic(name) {
  return name ? { topic: name } : {};
}
function defined(values) {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== void 0));
}

// src/release/report/start.ts
function startLine(run, start) {
  const from = run.currentVersion ? `${run.currentVersion} \u2192 ${run.version}` : `${run.version} (first release recorded here)`;
  const commit = run.commit ? `, commit ${run.commit.slice(0, 7)}` : "";
  const mode = run.dryRun ? " (dry run: nothing will change)" : "";
  const record2 = start.recordLocation ? `release record: ${start.recordLocation}` : "release record: none (record.store: none): every selected phase runs";
  return `${run.app} ${run.environment}: ${from}${commit}${mode}
${record2}`;
}

// src/cli/frontend.ts
function terminalFrontend(io, secrets, paint) {
  return {
    secrets,
    releaseLog: new TerminalLog("release", (line) => io.stderr(line), secrets),
    onStart: (run, start) => io.stderr(`${secrets.mask(startLine(run, start))}
`),
    logFor: (phase2) => new TerminalLog(phase2.id, (line) => io.stderr(line), secrets),
    onPhaseStart: (phase2) => io.stderr(`[${phase2.id}] ${paint(STATUS_TONE.started, "\u25B6 started")} (${phase2.uses})
`),
    onPhaseEnd: (result) => io.stderr(endLines(result, paint))
  };
}
function endLines(result, paint) {
  const status = paint(STATUS_TONE[result.status], `\u25A0 ${result.status}`);
  const failed = result.status === "failed";
  const lines = [
    failed ? `${status} (the reason follows at the end)` : `${status}: ${result.summary}`
  ];
  if (result.rollback) lines.push(`rollback ${result.rollback.status}: ${result.rollback.summary}`);
  return lines.map((line) => `[${result.id}] ${line}
`).join("");
}

// src/cli/help.ts
var GENERAL = `phasegate: run a release as gated phases against AWS

Usage:
  phasegate validate PLAN [--var k=v]...     check a plan file; no AWS call is made
  phasegate plan PLAN [options]               dry run: what each phase would change
  phasegate run PLAN [options]                run the release
  phasegate status PLAN --env E [--version V] [--json]
                                              what the release record says: current and
                                              previous version, each phase's status and run
  phasegate sandbox [--port N] [--scenario FILE] [--database URL]
                                              start the local AWS sandbox
  phasegate workflow PLAN [--check]           write the release workflow: one job per phase
                                              (--kind plan: the dry run on pull requests)
  phasegate migrate repair PLAN [--phase ID]  accept the checksums of changed applied migrations
  phasegate migrate unlock PLAN [--phase ID]  remove the migration lease a killed runner left
  phasegate iam-policy PLAN --env NAME [--account ID] [--read-only]
                                              the least-privilege IAM policy of the plan

Options for plan and run:
  --env NAME           environment shown in the summary and as \${{ inputs.environment }}
  --version V          release version (default: the tag of a tag-triggered run, else the commit)
  --phases a,b         run only these phases
  --from a             run phase a and every phase after it
  --force              run phases the release record says are done, or whose needs are not;
                       allow a version older than the current one (a rollback)
  --var k=v            override a plan variable (repeatable)
  --max-parallel N     phases that may run at once (default: the plan's max-parallel)
  --summary FILE       write the markdown step summary to FILE
  --json               print the result as JSON on stdout
  --sandbox            run against an in-process sandbox instead of AWS
  --scenario FILE      the sandbox scenario (default: sandbox/<plan name>.yml when it exists)

  --detailed-exitcode  plan: exit 3 when nothing would change (0 when something would)

Exit codes: 0 succeeded, 2 a mistake or a failed release (explained), 1 a bug in phasegate,
3 (plan --detailed-exitcode) nothing would change, 130 cancelled.

Examples:
  phasegate validate phases/ca-a2a.yml
  phasegate plan phases/ca-a2a.yml --env production --version v5.1
  phasegate run phases/ca-a2a.yml --env production --version v5.1 --summary summary.md
  phasegate run phases/ca-a2a.yml --from agents --version v5.1
  phasegate run phases/ca-a2a.yml --sandbox --scenario sandbox/ca-a2a.yml
  eval "$(phasegate sandbox --scenario sandbox/ca-a2a.yml)"   # then point any AWS client at it
`;
var TOPICS = {
  migrate: `phasegate migrate repair | unlock: accept changed migration files deliberately, or end a lease

Usage: phasegate migrate repair PLAN [--phase ID] [--var k=v]... [--env NAME] [--version V]

An applied migration file whose content changed stops every run before any change. When the
change is intended (a comment fixed, whitespace), repair replaces the recorded checksums with the
files' own, under the migration lock; no migration statement runs.
  --phase ID   the migrate phase whose database to repair (default: the plan's only one)

Usage: phasegate migrate unlock PLAN [--phase ID] [--var k=v]... [--env NAME] [--version V]

A runner killed while it applied a file outside a transaction leaves the migration lease; other
runners wait until it expires (lease-duration, 1 minute by default). unlock removes it at once
and says whose it was. Use it only when that runner is known to be gone.

Examples:
  phasegate migrate repair phases/ca-a2a.yml --phase migrate
  phasegate migrate unlock phases/ca-a2a.yml --phase migrate
`,
  "iam-policy": `phasegate iam-policy: the IAM policy a plan needs, scoped to what it names

Usage: phasegate iam-policy PLAN --env NAME [--account ID] [--read-only] [--var k=v]...

Reads the plan as validate does (no AWS call) and prints the policy JSON on stdout: each phase,
gate and check asks for the actions its settings need, on the clusters, services, families,
secrets, parameters and log groups it names, plus the release record under
/phasegate/<app>/<env>/. Notes on stderr say where a value only known at run time widened a
resource. docs/aws-setup.md: the OIDC role this policy belongs to.
  --env NAME     the environment (inputs.environment, and the release record's path)
  --account ID   the account of the ARNs (default: the one the plan's ARNs name, else *)
  --read-only    only Describe, List and Get: for dry runs (phasegate plan) on pull requests

Examples:
  phasegate iam-policy phases/ca-a2a.yml --env production > release-policy.json
  phasegate iam-policy phases/ca-a2a.yml --env production --read-only > plan-policy.json
`,
  workflow: `phasegate workflow: the GitHub Actions release workflow of a plan, one job per phase

Usage: phasegate workflow PLAN [--check] [--kind release|plan] [--output FILE] [--action REF]
                               [--role-variable NAME] [--tag-environment NAME]

Writes a workflow started by hand (workflow_dispatch: environment, version, dry-run, force) or
by pushing a v* tag, with one job per phase and the plan's needs, so "Re-run failed jobs"
re-runs the failed phase and the phases after it. docs/workflow.md explains it.
With --kind plan, writes the plan workflow instead: on pull requests touching the plan or the
files it names, a dry run with read-only credentials, posted as one comment (docs/github.md).
  --kind KIND              release (the default) or plan
  --check                  write nothing; exit 2 when FILE differs from what the plan gives
  --output FILE            the workflow file (default: .github/workflows/release.yml, or
                           plan.yml for --kind plan, in the plan's repository)
  --action REF             the phasegate action to run: ./ (the default in phasegate's own
                           repository) or "OWNER/phasegate@<full commit SHA> # <version>"
  --role-variable NAME     the repository or environment variable holding the role ARN
                           (default: RELEASE_ROLE_ARN; PLAN_ROLE_ARN for --kind plan)
  --tag-environment NAME   the environment a tag push releases to, and the plan workflow plans
                           (default: production)

Examples:
  phasegate workflow phases/ca-a2a.yml
  phasegate workflow phases/ca-a2a.yml --check
  phasegate workflow phases/ca-a2a.yml --kind plan
  phasegate workflow phases/shop.yml --action "acme/phasegate@<sha> # v1.0.0"
`,
  sandbox: `phasegate sandbox: a local ECS, SSM, CloudWatch Logs and RDS Data API

Usage: phasegate sandbox [--port N] [--scenario FILE] [--database URL]

Prints the export lines that point the AWS SDKs and CLI at it, then serves until Ctrl-C.
  --port N          port to listen on (default: a free one)
  --scenario FILE   services, task definitions, parameters, faults and time scale (docs/sandbox.md)
  --database URL    back the Data API with this PostgreSQL server instead of embedded PGlite

Example:
  phasegate sandbox --scenario sandbox/ca-a2a.yml --port 4566
`
};
function helpText(topic2) {
  return topic2 && TOPICS[topic2] || GENERAL;
}

// src/cli/io.ts
function maskedIo(io, secrets) {
  return {
    stdout: (text) => io.stdout(secrets.mask(text)),
    stderr: (text) => io.stderr(secrets.mask(text)),
    env: io.env,
    ...io.colour ? { colour: io.colour } : {}
  };
}

// src/cli/main.ts
var EXIT = { ok: 0, bug: 1, failed: 2, noChanges: 3, cancelled: 130 };
async function main(argv, io = processIo(), registry = builtinRegistry()) {
  const secrets = new Secrets();
  const out = maskedIo(io, secrets);
  try {
    return await execute(parseCommand(argv), out, registry, secrets);
  } catch (error2) {
    return reportError(error2, out);
  }
}
async function execute(command2, io, registry, secrets) {
  switch (command2.name) {
    case "help":
      io.stdout(helpText(command2.topic));
      return EXIT.ok;
    case "validate":
      return validate(command2.plan, parseVarAssignments(command2.vars), io, registry);
    case "sandbox":
      return (await import("./cli-sandbox-command-YN66VFYF.js")).serveSandbox(command2, io);
    case "status":
      return (await import("./cli-status-command-ZCF3ALMX.js")).statusCommand(command2, io, registry);
    case "migrate-repair":
    case "migrate-unlock":
      return (await import("./cli-migrate-command-LOOEWKKN.js")).migrateCommand(command2, io, registry, secrets);
    case "iam-policy":
      return (await import("./cli-iam-policy-command-EHQWZ2RY.js")).iamPolicyCommand(
        command2,
        io,
        registry,
        secrets
      );
    case "workflow":
      return (await import("./cli-workflow-command-R74D6HV5.js")).workflowCommand(command2, io, registry);
    default:
      return release(command2.plan, command2.options, command2.name === "plan", io, registry, secrets);
  }
}
async function validate(file, vars, io, registry) {
  const onWarning = (d) => io.stderr(`${formatDiagnostic(d)}
`);
  const plan = await loadPlan(file, { registry, vars, onWarning });
  io.stdout(
    `${file}: valid, ${plural(plan.phases.length, "phase")}: ${plan.phases.map((p) => p.id).join(", ")}
${graphText(plan.phases)}
`
  );
  return EXIT.ok;
}
async function release(file, options, dryRun, io, registry, secrets) {
  const settings = releaseSettings(file, options, dryRun, io.env);
  if (options.summary) checkWritable(options.summary, "--summary");
  const plan = await loadPlan(file, { registry, vars: settings.vars });
  if (dryRun) io.stderr(`phases:
${graphText(plan.phases)}
`);
  const sandbox = options.sandbox ? await startSandboxFor(plan, options, io) : void 0;
  const cancel = cancelOnSignals();
  try {
    const env = { ...io.env, ...sandbox?.env };
    const { result: raw, run } = await runRelease(
      plan,
      settings,
      terminalFrontend(io, secrets, painter(io.colour?.stderr === true)),
      {
        registry,
        env,
        signal: cancel.signal
      }
    );
    const result = secrets.maskValues(raw);
    io.stdout(
      options.json ? `${JSON.stringify(resultJson(result, plan.phases), null, 2)}
` : terminalText(result, io)
    );
    printBugs(result, io);
    if (options.summary) {
      const markdown = secrets.mask(
        renderSummary({ result, run, planFile: plan.file, graph: graphText(plan.phases) })
      );
      await writeSummary(options.summary, markdown).catch((error2) => {
        throw new UserError(
          `the summary could not be written to ${options.summary}: ${String(error2)}`
        );
      });
    }
    return exitCode(result, options.detailedExitcode);
  } finally {
    cancel.dispose();
    await sandbox?.close();
  }
}
async function writeSummary(file, markdown) {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, markdown);
}
async function startSandboxFor(plan, options, io) {
  const { startSandbox } = await import("./cli-sandbox-KFITXXFG.js");
  const conventional = join("sandbox", basename(plan.file, extname(plan.file)) + ".yml");
  const scenario = options.scenario ?? (existsSync(conventional) ? conventional : void 0);
  const sandbox = await startSandbox(scenario ? { scenario } : {});
  if (sandbox.scenario.region !== plan.region) {
    await sandbox.close();
    throw new UserError(
      `the sandbox scenario${scenario ? ` ${scenario}` : ""} plays ${sandbox.scenario.region}, but the plan works in ${plan.region}`,
      `write region: ${plan.region} in the scenario, or use a scenario made for this plan`
    );
  }
  io.stderr(
    `sandbox: listening on ${sandbox.url}${scenario ? ` with scenario ${scenario}` : ""}
`
  );
  Object.assign(process.env, sandbox.env);
  return sandbox;
}
function printBugs(result, io) {
  for (const p of result.phases) {
    if (p.error?.kind !== "bug") continue;
    io.stderr(
      `
${bugReport(p.error.stack ?? p.error.message, `phase ${p.id} hit an unexpected error`)}
`
    );
  }
}
function terminalText(result, io) {
  const paint = painter(io.colour?.stdout === true);
  const plan = result.mode === "plan" ? planText(result, paint) : "";
  const table2 = terminalTable(result, paint);
  return `${plan ? `${plan}

` : ""}${table2}
`;
}
function exitCode(result, detailed) {
  if (result.status === "cancelled") return EXIT.cancelled;
  if (result.bug) return EXIT.bug;
  if (result.status !== "succeeded") return EXIT.failed;
  const nothing = result.mode === "plan" && !planHasChanges(result);
  return detailed && nothing ? EXIT.noChanges : EXIT.ok;
}
function reportError(error2, io) {
  if (error2 instanceof InvalidFileError) {
    for (const d of error2.diagnostics) io.stderr(`${formatDiagnostic(d)}
`);
    io.stderr(`
${error2.message}; nothing was changed.
`);
    return EXIT.failed;
  }
  const explained = explainFailure(error2);
  if (explained) {
    io.stderr(`phasegate: ${explained.message}
${explained.hint ? `  ${explained.hint}
` : ""}`);
    return EXIT.failed;
  }
  io.stderr(`${bugReport(error2)}
`);
  return EXIT.bug;
}
function processIo() {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    colour: {
      stdout: colourWanted(process.stdout.isTTY, process.env),
      stderr: colourWanted(process.stderr.isTTY, process.env)
    }
  };
}
export {
  EXIT,
  main
};
