var __defProp = Object.defineProperty;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __export = (target2, all) => {
  for (var name in all)
    __defProp(target2, name, { get: all[name], enumerable: true });
};

// src/core/text.ts
function asText(value) {
  if (value === void 0) return void 0;
  if (typeof value === "string") return value;
  if (value === null || typeof value !== "object") return String(value);
  return JSON.stringify(value);
}
function oneLine(text) {
  return text.replace(/\s*\n\s*/g, " ").trim();
}
function excerpt(text, length = 80) {
  const line = oneLine(text);
  return line.length > length ? `${line.slice(0, length - 1)}\u2026` : line;
}
function middleExcerpt(text, length) {
  const line = oneLine(text);
  if (line.length <= length) return line;
  const tail2 = Math.floor(length / 3);
  return `${line.slice(0, length - tail2 - 1)}\u2026${line.slice(line.length - tail2)}`;
}
function plural(n, word, many = `${word}s`) {
  return `${n} ${wordFor(n, word, many)}`;
}
function wordFor(n, word, many = `${word}s`) {
  return n === 1 ? word : many;
}
function shortTaskId(id) {
  return id.replace(TASK_ID, "$1");
}
function shortTaskIds(text) {
  return text.replace(/\btask ([0-9a-f]{32})\b/g, (_all, id) => `task ${shortTaskId(id)}`);
}
var TASK_ID;
var init_text = __esm({
  "src/core/text.ts"() {
    "use strict";
    TASK_ID = /\b([0-9a-f]{8})[0-9a-f]{24}\b/g;
  }
});

// src/core/errors.ts
function formatDiagnostic(d) {
  const where2 = d.position ? `${d.position.file}:${d.position.line}:${d.position.column}: ` : "";
  const hint = d.hint ? `
    ${d.hint}` : "";
  return `${where2}${d.severity}: ${d.message}${hint}`;
}
function bugReport(error2, what = "phasegate hit an unexpected error") {
  const stack = error2 instanceof Error ? error2.stack ?? error2.message : String(error2);
  return `${what}; ${BUG_NOTE}:
${stack}`;
}
var UserError, InvalidFileError, PhaseFailure, BUG_NOTE;
var init_errors = __esm({
  "src/core/errors.ts"() {
    "use strict";
    init_text();
    UserError = class extends Error {
      name = "UserError";
      hint;
      constructor(message, hint) {
        super(message);
        this.hint = hint;
      }
    };
    InvalidFileError = class extends UserError {
      name = "InvalidFileError";
      diagnostics;
      constructor(diagnostics) {
        const errors = diagnostics.filter((d) => d.severity === "error");
        super(`${plural(errors.length, "mistake")} found`);
        this.diagnostics = diagnostics;
      }
    };
    PhaseFailure = class extends UserError {
      name = "PhaseFailure";
      details;
      outputs;
      /** What AWS goes on doing after the phase stopped waiting: "ECS goes on rolling out …". */
      goesOn;
      constructor(message, options = {}) {
        super(message, options.hint);
        if (options.cause !== void 0) this.cause = options.cause;
        this.details = options.details;
        this.outputs = options.outputs ?? {};
        this.goesOn = options.goesOn;
      }
    };
    BUG_NOTE = "this is a bug in phasegate, please report it";
  }
});

// src/aws/send-once.ts
function wasPlainlyRefused(error2) {
  const e = error2;
  return e?.$metadata?.httpStatusCode === 429 || REFUSED_CODES.has(e?.name ?? "") || e?.code === "ECONNREFUSED";
}
function sendOnce(command2, options = {}) {
  command2.middlewareStack.add(onceMiddleware(options), STEP);
}
function onceMiddleware(o) {
  let attempts = 0;
  let last;
  return (next) => async (args) => {
    attempts += 1;
    if (attempts > 1 && !wasPlainlyRefused(last) && !o.refused?.(last)) {
      const why = `the call failed on its way (${describe(last)}) and was not sent again`;
      throw o.unknown ? o.unknown(why) : new OutcomeUnknownError(why);
    }
    try {
      return await next(args);
    } catch (error2) {
      last = error2;
      throw error2;
    }
  };
}
function describe(error2) {
  return error2 instanceof Error ? `${error2.name}: ${error2.message}` : String(error2);
}
var OutcomeUnknownError, REFUSED_CODES, STEP;
var init_send_once = __esm({
  "src/aws/send-once.ts"() {
    "use strict";
    OutcomeUnknownError = class extends Error {
      name = "OutcomeUnknown";
    };
    REFUSED_CODES = /* @__PURE__ */ new Set(["ThrottlingException", "Throttling", "TooManyRequestsException"]);
    STEP = { step: "finalizeRequest", priority: "low", name: "phasegateSendOnce" };
  }
});

// src/aws/errors.ts
function explainAwsError(error2) {
  if (!(error2 instanceof Error)) return void 0;
  const explain = EXPLAINED[error2.name];
  if (!explain) return void 0;
  const [message, hint] = explain(error2.message);
  return new UserError(message, hint);
}
function explainFailure(error2) {
  if (error2 instanceof UserError) return error2;
  return explainAwsError(error2) ?? explainWorldFault(error2) ?? explainUnknownOutcome(error2);
}
function explainUnknownOutcome(error2) {
  if (!(error2 instanceof OutcomeUnknownError)) return void 0;
  return new UserError(
    error2.message,
    "look in the AWS console whether the change was made, then run the phase again"
  );
}
function isWorldFault(error2) {
  if (error2 instanceof Error && THROTTLED.has(error2.name)) return true;
  return explainWorldFault(error2) !== void 0;
}
function explainWorldFault(error2) {
  if (!(error2 instanceof Error)) return void 0;
  const e = error2;
  const status = e.$metadata?.httpStatusCode;
  const attempts = e.$metadata?.attempts ? ` after ${e.$metadata.attempts} attempts` : "";
  if (e.$fault === "server" || status !== void 0 && status >= 500) {
    return new UserError(
      `AWS failed with ${e.name}${status ? ` (HTTP ${status})` : ""}${attempts}: ${e.message}`,
      "a fault on AWS's side: run the phase again; if it persists, check the AWS Health Dashboard"
    );
  }
  if (e.name === "TimeoutError" || e.code && CONNECTION_CODES.has(e.code) || /socket hang up/i.test(e.message)) {
    return new UserError(
      `the connection to AWS was lost${attempts}: ${e.message}`,
      "a network fault between the runner and AWS: run the phase again"
    );
  }
  return void 0;
}
function couldNotLook(error2) {
  for (const e of [error2, error2 instanceof Error ? error2.cause : void 0]) {
    if (e instanceof Error && BLIND.has(e.name))
      return `${e.name}: ${e.message.split("\n")[0] ?? ""}`;
  }
  return void 0;
}
var EXPLAINED, THROTTLED, CONNECTION_CODES, BLIND;
var init_errors2 = __esm({
  "src/aws/errors.ts"() {
    "use strict";
    init_errors();
    init_send_once();
    EXPLAINED = {
      AccessDeniedException: (m) => [
        `AWS denied access: ${m}`,
        "grant the role this action in its IAM policy"
      ],
      AccessDenied: (m) => [`AWS denied access: ${m}`, "grant the role this action in its IAM policy"],
      UnauthorizedOperation: (m) => [
        `AWS denied access: ${m}`,
        "grant the role this action in its IAM policy"
      ],
      UnrecognizedClientException: () => [
        "AWS did not recognise the credentials",
        "check the credentials step (aws-actions/configure-aws-credentials) and the region"
      ],
      InvalidClientTokenId: () => [
        "AWS did not recognise the credentials",
        "check the credentials step and the region"
      ],
      ExpiredTokenException: () => [
        "the AWS credentials expired during the run",
        "raise role-duration-seconds in configure-aws-credentials above the release time"
      ],
      ExpiredToken: () => [
        "the AWS credentials expired during the run",
        "raise role-duration-seconds above the release time"
      ],
      CredentialsProviderError: () => [
        "no AWS credentials were found",
        "add aws-actions/configure-aws-credentials before phasegate, or set AWS_PROFILE for the CLI"
      ],
      // The Data API answers this for a cluster without it, an ARN of another cluster or Region
      // (ExecuteStatement errors, RDS Data API reference).
      HttpEndpointNotEnabledException: (m) => [
        `the Data API is not enabled on that cluster, or the cluster ARN or the region is wrong: ${m}`,
        "enable it on the Aurora cluster (aws rds enable-http-endpoint), check resource-arn and the plan's region; plain RDS has no Data API: use via: pg from a runner inside the VPC"
      ],
      ThrottlingException: (m) => [
        `AWS kept throttling after retries: ${m}`,
        "lower max-parallel or retry the phase later"
      ]
    };
    THROTTLED = /* @__PURE__ */ new Set(["ThrottlingException", "TooManyRequestsException", "Throttling"]);
    CONNECTION_CODES = /* @__PURE__ */ new Set(["ECONNRESET", "ECONNREFUSED", "EPIPE", "ETIMEDOUT", "EAI_AGAIN"]);
    BLIND = /* @__PURE__ */ new Set([
      "AccessDeniedException",
      "AccessDenied",
      "UnauthorizedOperation",
      "ForbiddenException",
      "ClusterNotFoundException",
      "DatabaseNotFoundException"
    ]);
  }
});

// src/core/colour.ts
function colourWanted(isTerminal, env) {
  const force = env.FORCE_COLOR;
  if (force !== void 0) return ["", "1", "2", "3", "true"].includes(force);
  if (env.NO_COLOR !== void 0 && env.NO_COLOR !== "") return false;
  return isTerminal === true && env.TERM !== "dumb";
}
function painter(on) {
  return on ? ansi : plain;
}
var SGR, plain, ansi;
var init_colour = __esm({
  "src/core/colour.ts"() {
    "use strict";
    SGR = { good: "32", bad: "1;31", warn: "33", info: "36", dim: "2" };
    plain = (_tone, text) => text;
    ansi = (tone, text) => `\x1B[${SGR[tone]}m${text}\x1B[0m`;
  }
});

// src/core/output-paths.ts
import { accessSync, constants, existsSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
function checkWritable(file, what) {
  const path = resolve(file);
  if (existsSync(path)) {
    if (statSync(path).isDirectory())
      throw new UserError(`${what} ${file} is a directory`, "name a file, e.g. summary.md");
    if (!writable(path))
      throw new UserError(`${what} ${file} cannot be written (permission denied)`);
    return;
  }
  const parent = nearestExisting(dirname(path));
  if (!statSync(parent).isDirectory())
    throw new UserError(`${what} ${file}: ${parent} is a file, not a directory`);
  if (!writable(parent))
    throw new UserError(`${what} ${file} cannot be created: ${parent} is not writable`);
}
function writable(path) {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
function nearestExisting(dir) {
  let at2 = dir;
  while (!existsSync(at2) && dirname(at2) !== at2) at2 = dirname(at2);
  return at2;
}
var init_output_paths = __esm({
  "src/core/output-paths.ts"() {
    "use strict";
    init_errors();
  }
});

// src/core/markdown.ts
function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function cell(text) {
  return escapeHtml(oneLine(String(text ?? ""))).replace(/\|/g, "\\|");
}
function table(headers, rows) {
  return [
    `| ${headers.join(" | ")} |`,
    `| ${headers.map(() => "---").join(" | ")} |`,
    ...rows.map((row) => `| ${row.map(cell).join(" | ")} |`)
  ].join("\n");
}
function fenced(text, language = "text") {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  return `${fence}${language}
${text}
${fence}`;
}
function markdownAsText(markdown) {
  const out = [];
  let rows = [];
  const flush = () => {
    if (rows.length > 0) out.push(...alignedRows(rows));
    rows = [];
  };
  for (const line of markdown.split("\n")) {
    if (/^\s*\|.*\|\s*$/.test(line)) {
      if (!/^\s*\|(\s*:?-+:?\s*\|)+\s*$/.test(line)) rows.push(tableCells(line));
      continue;
    }
    flush();
    if (/^\s*(`{3,}|<\/?(details|summary)\b)/.test(line)) continue;
    out.push(inlineText(line.replace(/^> ?/, "  ").replace(/\s{2}$/, "")));
  }
  flush();
  return out.join("\n").replace(/\n{3,}/g, "\n\n");
}
function tableCells(line) {
  const inner = line.trim().slice(1, -1);
  return inner.split(/(?<!\\)\|/).map((c) => inlineText(c.trim().replace(/\\\|/g, "|")));
}
function alignedRows(rows) {
  const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  return rows.map(
    (r) => r.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ").trimEnd()
  );
}
function inlineText(text) {
  return text.replace(/\[([^\]]*)\]\(([^)]*)\)/g, "$1 ($2)").replace(/\*\*([^*]*)\*\*/g, "$1").replace(/`+([^`]*)`+/g, "$1").replace(/<br>/g, ", ").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}
var init_markdown = __esm({
  "src/core/markdown.ts"() {
    "use strict";
    init_text();
  }
});

// src/core/secret-forms.ts
function secretForms(secret) {
  const forms = /* @__PURE__ */ new Set([secret]);
  for (const first of ESCAPES) {
    const once = first(secret);
    forms.add(once);
    for (const second of ESCAPES) forms.add(second(once));
  }
  return [...forms];
}
var ESCAPES;
var init_secret_forms = __esm({
  "src/core/secret-forms.ts"() {
    "use strict";
    init_markdown();
    ESCAPES = [
      // The summary's own escaping (core/markdown.ts), and the full one other HTML writers use.
      escapeHtml,
      (text) => escapeHtml(text).replace(/"/g, "&quot;").replace(/'/g, "&#39;"),
      (text) => escapeHtml(text).replace(/"/g, "&quot;").replace(/'/g, "&#x27;"),
      // Inside a JSON string: `--json`, the `result` output, error messages quoting JSON.
      (text) => JSON.stringify(text).slice(1, -1),
      encodeURIComponent,
      // Markdown table cells escape pipes.
      (text) => text.replace(/\|/g, "\\|")
    ];
  }
});

// src/core/secrets.ts
function replaceAll(text, forms) {
  let out = text;
  for (const form of forms) if (out.includes(form)) out = out.split(form).join(MASK);
  return out;
}
function longestFirst(forms) {
  return forms.sort((a, b) => b.length - a.length);
}
var MASK, FRAGMENT, SHORTEST, SECRET_NAME, Secrets;
var init_secrets = __esm({
  "src/core/secrets.ts"() {
    "use strict";
    init_secret_forms();
    init_text();
    MASK = "***";
    FRAGMENT = 8;
    SHORTEST = 3;
    SECRET_NAME = /authorization|token|key|secret|cookie|password|credential/i;
    Secrets = class {
      constructor(onAdd = () => {
      }) {
        this.onAdd = onAdd;
      }
      onAdd;
      /** Every form of every secret, exact; what the action hands to `core.setSecret`. */
      forms = /* @__PURE__ */ new Set();
      /**
       * Forms matched exactly, longest first: those registered without fragments go before the
       * window scan (so "Bearer <token>" is masked whole, not as "Bearer ***"), forms shorter than
       * a window after it (so one inside a longer secret does not split that secret's windows).
       */
      whole = [];
      short = [];
      /** Every 8-character window of every long form, and the first characters they start with. */
      windows = /* @__PURE__ */ new Set();
      starts = /* @__PURE__ */ new Set();
      add(value, options = {}) {
        if (value.length < SHORTEST) return;
        const fragments = options.fragments !== false && value.length >= FRAGMENT;
        for (const form of secretForms(value)) this.addForm(form, fragments);
        for (const line of value.split(/\r?\n/)) {
          const trimmed = line.trim();
          if (trimmed !== value && trimmed.length >= SHORTEST) this.add(trimmed, options);
        }
      }
      mask(text) {
        if (this.forms.size === 0 || text.length < SHORTEST) return text;
        let out = replaceAll(text, this.whole);
        if (this.windows.size > 0) out = this.maskWindows(out);
        return replaceAll(out, this.short);
      }
      /** Every string inside a JSON-able value masked, before it is serialized (and masked again). */
      maskValues(value) {
        if (typeof value === "string") return this.mask(value);
        if (Array.isArray(value)) return value.map((v) => this.maskValues(v));
        if (value && typeof value === "object")
          return Object.fromEntries(
            Object.entries(value).map(([k, v]) => [this.mask(k), this.maskValues(v)])
          );
        return value;
      }
      /** Mask first, then shorten: a cut must never leave a secret's prefix visible. */
      excerpt(text, length) {
        return excerpt(this.mask(text), length);
      }
      addForm(form, fragments) {
        if (form.length < SHORTEST || this.forms.has(form)) return;
        this.forms.add(form);
        this.onAdd(form);
        if (fragments && form.length >= FRAGMENT) {
          for (let i = 0; i + FRAGMENT <= form.length; i++) {
            this.windows.add(form.slice(i, i + FRAGMENT));
            this.starts.add(form.charCodeAt(i));
          }
        } else if (form.length >= FRAGMENT) {
          this.whole = longestFirst([...this.whole, form]);
        } else {
          this.short = longestFirst([...this.short, form]);
        }
      }
      /**
       * One pass over the text: each position whose 8 characters are a window of a secret is
       * covered, and each run of covered characters becomes one mask. The first-character set
       * skips most positions without a substring, which keeps a 1 MiB summary fast.
       */
      maskWindows(text) {
        let out = "";
        let copied = 0;
        let runStart = -1;
        let runEnd = -1;
        for (let i = 0; i + FRAGMENT <= text.length; i++) {
          if (!this.starts.has(text.charCodeAt(i))) continue;
          if (!this.windows.has(text.slice(i, i + FRAGMENT))) continue;
          if (i <= runEnd) {
            runEnd = i + FRAGMENT;
            continue;
          }
          if (runStart >= 0) out += text.slice(copied, runStart) + MASK;
          copied = runEnd === -1 ? 0 : runEnd;
          runStart = i;
          runEnd = i + FRAGMENT;
        }
        if (runStart < 0) return text;
        return out + text.slice(copied, runStart) + MASK + text.slice(runEnd);
      }
    };
  }
});

// src/engine/result.ts
function planHasChanges(result2) {
  return result2.phases.some((p) => p.status === "planned" && p.plan?.changes !== false);
}
function pendingResult(phase3, status, summary) {
  return {
    id: phase3.id,
    name: phase3.name,
    uses: phase3.uses,
    status,
    summary,
    outputs: {},
    gates: []
  };
}
function durationOf(result2) {
  return result2.startedAt !== void 0 && result2.endedAt !== void 0 ? result2.endedAt - result2.startedAt : void 0;
}
var init_result = __esm({
  "src/engine/result.ts"() {
    "use strict";
  }
});

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
var init_kind = __esm({
  "src/checks/kind.ts"() {
    "use strict";
  }
});

// src/core/suggest.ts
function closest(word, candidates) {
  let best;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
var init_suggest = __esm({
  "src/core/suggest.ts"() {
    "use strict";
  }
});

// src/core/shape.ts
function isTemplate(value) {
  return typeof value === "string" && TEMPLATE.test(value);
}
function describe2(value) {
  if (value === null || value === void 0) return "nothing";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a map";
  if (typeof value === "string")
    return `the text "${value.length > 40 ? `${value.slice(0, 40)}\u2026` : value}"`;
  return `${typeof value} ${String(value)}`;
}
function mismatch(ctx, path, shape, value, hint) {
  ctx.issues.push({
    path,
    message: `expected ${shape.expected}, found ${describe2(value)}`,
    ...hint ? { hint } : {}
  });
  return void 0;
}
function scalar(expected, schema, convert, hint) {
  const shape = {
    expected,
    jsonSchema: () => schema,
    parse(value, path, ctx) {
      if (ctx.mode === "check" && isTemplate(value)) return void 0;
      const converted = convert(value, ctx);
      return converted === void 0 ? mismatch(ctx, path, shape, value, hint) : converted;
    }
  };
  return shape;
}
function string(options = {}) {
  const schema = { type: "string" };
  if (options.pattern) schema.pattern = options.pattern.source;
  if (options.description) schema.description = options.description;
  return scalar(
    options.expected ?? "a text",
    schema,
    (value) => {
      if (typeof value === "number" || typeof value === "boolean") value = String(value);
      if (typeof value !== "string") return void 0;
      if (options.pattern && !isTemplate(value) && !options.pattern.test(value)) return void 0;
      return value;
    },
    options.hint
  );
}
function number(options = {}) {
  const words = [options.integer ? "a whole number" : "a number"];
  if (options.min !== void 0) words.push(`at least ${options.min}`);
  if (options.max !== void 0) words.push(`at most ${options.max}`);
  const schema = { type: options.integer ? "integer" : "number" };
  if (options.min !== void 0) schema.minimum = options.min;
  if (options.max !== void 0) schema.maximum = options.max;
  if (options.description) schema.description = options.description;
  return scalar(words.join(", "), schema, (value, ctx) => {
    const n = typeof value === "string" && ctx.mode === "final" && value.trim() !== "" ? Number(value) : value;
    if (typeof n !== "number" || Number.isNaN(n)) return void 0;
    if (options.integer && !Number.isInteger(n)) return void 0;
    if (options.min !== void 0 && n < options.min) return void 0;
    if (options.max !== void 0 && n > options.max) return void 0;
    return n;
  });
}
function boolean(description) {
  return scalar(
    "true or false",
    { type: "boolean", ...description ? { description } : {} },
    (value, ctx) => {
      if (typeof value === "boolean") return value;
      if (ctx.mode === "final" && (value === "true" || value === "false")) return value === "true";
      return void 0;
    }
  );
}
function oneOf(values, description) {
  const shape = scalar(
    `one of ${values.join(", ")}`,
    { enum: [...values], ...description ? { description } : {} },
    (value) => typeof value === "string" && values.includes(value) ? value : void 0
  );
  return {
    ...shape,
    parse(value, path, ctx) {
      if (typeof value === "string" && !isTemplate(value) && !values.includes(value)) {
        const near = closest(value, values);
        ctx.issues.push({
          path,
          message: `"${value}" is not ${shape.expected}`,
          hint: near ? `did you mean "${near}"?` : `write one of: ${values.join(", ")}`
        });
        return void 0;
      }
      return shape.parse(value, path, ctx);
    }
  };
}
function parseDuration(text) {
  const m = DURATION.exec(text.trim());
  if (!m || text.trim() === "") return void 0;
  const [, h, min, s, ms] = m;
  return Number(h ?? 0) * 36e5 + Number(min ?? 0) * 6e4 + Number(s ?? 0) * 1e3 + Number(ms ?? 0);
}
function duration(description) {
  return scalar(
    "a duration such as 90s, 15m or 1h30m",
    { type: "string", pattern: DURATION.source, ...description ? { description } : {} },
    (value) => {
      if (typeof value !== "string") return void 0;
      const ms = parseDuration(value);
      return ms !== void 0 && ms > 0 ? ms : void 0;
    },
    "write a number followed by h, m, s or ms, for example 15m or 1h30m"
  );
}
function array(item, options = {}) {
  const shape = {
    expected: `a list of ${item.expected}`,
    jsonSchema: () => ({
      type: "array",
      items: item.jsonSchema(),
      ...options.min ? { minItems: options.min } : {},
      ...options.description ? { description: options.description } : {}
    }),
    parse(value, path, ctx) {
      if (!Array.isArray(value)) return mismatch(ctx, path, shape, value);
      if (options.min !== void 0 && value.length < options.min) {
        ctx.issues.push({
          path,
          message: `the list needs at least ${plural(options.min, "item")}`
        });
        return void 0;
      }
      const before = ctx.issues.length;
      const items = value.map((v, i) => item.parse(v, [...path, i], ctx));
      return ctx.issues.length === before ? items : void 0;
    }
  };
  return shape;
}
function listOf(item, description) {
  const list2 = array(item, description ? { description } : {});
  return {
    expected: list2.expected,
    jsonSchema: () => ({ anyOf: [item.jsonSchema(), list2.jsonSchema()] }),
    parse: (value, path, ctx) => Array.isArray(value) ? list2.parse(value, path, ctx) : list2.parse([value], path, ctx)
  };
}
function record(value, description) {
  const shape = {
    expected: "a map",
    jsonSchema: () => ({
      type: "object",
      additionalProperties: value.jsonSchema(),
      ...description ? { description } : {}
    }),
    parse(input, path, ctx) {
      if (!isPlainObject(input)) return mismatch(ctx, path, shape, input);
      const before = ctx.issues.length;
      const out = {};
      for (const [k, v] of Object.entries(input)) {
        const parsed = value.parse(v, [...path, k], ctx);
        if (parsed !== void 0) out[k] = parsed;
      }
      return ctx.issues.length === before ? out : void 0;
    }
  };
  return shape;
}
function optional(shape) {
  return { ...shape, optional: true };
}
function withDefault(shape, fallback) {
  return {
    expected: shape.expected,
    defaulted: true,
    jsonSchema: () => ({ ...shape.jsonSchema(), default: fallback }),
    parse: (value, path, ctx) => value === void 0 || value === null ? fallback : shape.parse(value, path, ctx)
  };
}
function isPlainObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function object(fields5, options = {}) {
  const names = Object.keys(fields5);
  const isRequired = (s) => !("optional" in s) && !("defaulted" in s);
  const shape = {
    expected: "a map",
    jsonSchema: () => ({
      type: "object",
      ...options.description ? { description: options.description } : {},
      properties: Object.fromEntries(names.map((n) => [n, fields5[n]?.jsonSchema()])),
      required: names.filter((n) => isRequired(fields5[n])),
      additionalProperties: false
    }),
    parse(value, path, ctx) {
      if (!isPlainObject(value)) return mismatch(ctx, path, shape, value);
      const before = ctx.issues.length;
      for (const key of Object.keys(value)) {
        if (names.includes(key)) continue;
        const near = closest(key, names);
        ctx.issues.push({
          path: [...path, key],
          message: `unknown key "${key}"`,
          hint: near ? `did you mean "${near}"?` : `allowed here: ${names.join(", ")}`
        });
      }
      const out = {};
      for (const name of names) {
        const field = fields5[name];
        const raw = value[name];
        if (raw === void 0 && isRequired(field)) {
          ctx.issues.push({
            path,
            message: `"${name}" is missing`,
            hint: `add ${name}: <${field.expected}>`
          });
          continue;
        }
        if (raw === void 0 && "optional" in field) continue;
        const parsed = field.parse(raw, [...path, name], ctx);
        if (parsed !== void 0) out[name] = parsed;
      }
      return ctx.issues.length === before ? out : void 0;
    }
  };
  return shape;
}
function refine(shape, check2) {
  return {
    ...shape,
    parse(value, path, ctx) {
      const parsed = shape.parse(value, path, ctx);
      if (parsed === void 0) return void 0;
      const problem = check2(parsed);
      if (!problem) return parsed;
      const { at: at2, ...rest } = problem;
      ctx.issues.push({ ...rest, path: [...path, ...at2 ?? []] });
      return void 0;
    }
  };
}
function unknownValue(description) {
  return {
    expected: "any value",
    jsonSchema: () => description ? { description } : {},
    parse: (v) => v
  };
}
function regExpProblem(pattern, key) {
  if (pattern === void 0) return void 0;
  try {
    new RegExp(pattern);
    return void 0;
  } catch {
    return { message: `${key} is not a valid regular expression: ${pattern}`, at: [key] };
  }
}
var TEMPLATE, DURATION;
var init_shape = __esm({
  "src/core/shape.ts"() {
    "use strict";
    init_suggest();
    init_text();
    TEMPLATE = /\$\{\{/;
    DURATION = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?(?:(\d+)ms)?$/;
  }
});

// src/checks/command/settings.ts
var fields, commandSettings;
var init_settings = __esm({
  "src/checks/command/settings.ts"() {
    "use strict";
    init_shape();
    fields = object({
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
    commandSettings = refine(fields, (c) => {
      if (c.run.length === 0 || c.run[0] === "") return { message: "run needs a program", at: ["run"] };
      if (c.shell && c.run.length > 1)
        return {
          message: "with shell: bash, run is one script",
          at: ["run"],
          hint: "write run: | followed by the script lines"
        };
      return regExpProblem(c["stdout-match"], "stdout-match");
    });
  }
});

// src/checks/command/iam.ts
var iam_exports = {};
__export(iam_exports, {
  actions: () => actions,
  permissions: () => permissions
});
function permissions() {
  return [];
}
var actions;
var init_iam = __esm({
  "src/checks/command/iam.ts"() {
    "use strict";
    actions = [];
  }
});

// src/core/duration.ts
function formatAwsDuration(ms, simulated) {
  return simulated ? `${formatDuration(ms)} simulated` : formatDuration(ms);
}
function formatDuration(ms) {
  if (ms < 1e3) return `${Math.round(ms)}ms`;
  const totalSeconds = Math.round(ms / 1e3);
  const h = Math.floor(totalSeconds / 3600);
  const m = Math.floor(totalSeconds % 3600 / 60);
  const s = totalSeconds % 60;
  if (h > 0) return `${h}h${String(m).padStart(2, "0")}m`;
  if (m > 0) return `${m}m${String(s).padStart(2, "0")}s`;
  return `${s}s`;
}
var init_duration = __esm({
  "src/core/duration.ts"() {
    "use strict";
  }
});

// src/checks/command/spawn.ts
import { spawn } from "node:child_process";
function runProgram(o) {
  return new Promise((resolve4) => {
    const child = spawn(o.program, [...o.args], {
      env: { ...process.env, ...o.env },
      ...o.cwd ? { cwd: o.cwd } : {},
      stdio: ["ignore", "pipe", "pipe"]
    });
    let timedOut = false;
    const kill = () => child.kill("SIGKILL");
    const timer = setTimeout(() => {
      timedOut = true;
      kill();
    }, o.timeoutMs);
    o.signal.addEventListener("abort", kill, { once: true });
    const out = collect(child.stdout);
    const err = collect(child.stderr);
    const done = (result2) => {
      clearTimeout(timer);
      o.signal.removeEventListener("abort", kill);
      resolve4({ ...result2, stdout: out(), stderr: err(), timedOut });
    };
    child.once("error", (error2) => done({ code: void 0, signal: void 0, startError: error2 }));
    child.once(
      "close",
      (code, signal) => done({ code: code ?? void 0, signal: signal ?? void 0 })
    );
  });
}
function collect(stream) {
  const chunks = [];
  let size3 = 0;
  stream?.on("data", (chunk) => {
    if (size3 >= KEEP_BYTES) return;
    chunks.push(chunk);
    size3 += chunk.length;
  });
  return () => Buffer.concat(chunks).toString("utf8");
}
var KEEP_BYTES;
var init_spawn = __esm({
  "src/checks/command/spawn.ts"() {
    "use strict";
    KEEP_BYTES = 1024 * 1024;
  }
});

// src/checks/command/run.ts
var run_exports = {};
__export(run_exports, {
  run: () => run
});
async function run(ctx) {
  const c = ctx.config;
  for (const [name, value] of Object.entries(c.env ?? {}))
    if (SECRET_NAME.test(name)) ctx.secrets.add(value);
  const [program, ...args] = c.shell ? ["bash", "-c", c.run.join("\n")] : c.run;
  const what = c.shell ? "bash script" : excerpt(c.run.join(" "), 80);
  const finished = await runProgram({
    program: program ?? "",
    args,
    env: c.env ?? {},
    ...c["working-directory"] ? { cwd: c["working-directory"] } : {},
    timeoutMs: c.timeout,
    signal: ctx.signal
  });
  if (ctx.signal.aborted) throw ctx.signal.reason;
  const problems = judge(c, finished);
  const details2 = ctx.secrets.mask(outputDetails(finished));
  if (problems.length > 0)
    return { ok: false, summary: ctx.secrets.mask(`${what}: ${problems.join("; ")}`), details: details2 };
  const found2 = [
    `exit ${finished.code}`,
    ...(c["stdout-contains"] ?? []).map((t2) => `stdout contains "${excerpt(t2, 40)}"`)
  ];
  if (c["stdout-match"]) found2.push(`stdout matches /${c["stdout-match"]}/`);
  return { ok: true, summary: ctx.secrets.mask(`${what}: ${found2.join(", ")}`), details: details2 };
}
function judge(c, f) {
  if (f.startError)
    return [
      f.startError.code === "ENOENT" ? `cannot run "${c.shell ? "bash" : c.run[0]}": no such program or working directory` : `cannot run it: ${f.startError.message}`
    ];
  if (f.timedOut) return [`no exit within ${formatDuration(c.timeout)} (killed)`];
  if (f.code === void 0) return [`ended by signal ${f.signal ?? "unknown"}`];
  const problems = [];
  if (f.code !== c["exit-code"]) problems.push(`exit ${f.code}, expected ${c["exit-code"]}`);
  for (const text of c["stdout-contains"] ?? [])
    if (!f.stdout.includes(text)) problems.push(`stdout does not contain "${excerpt(text, 40)}"`);
  const pattern = c["stdout-match"];
  if (pattern !== void 0 && !new RegExp(pattern, "m").test(f.stdout))
    problems.push(`stdout does not match /${pattern}/`);
  return problems;
}
function tail(text) {
  const lines = text.replace(/\r/g, "").split("\n");
  if (lines.at(-1) === "") lines.pop();
  return lines.slice(-TAIL_LINES);
}
function outputDetails(f) {
  const parts = [];
  const out = tail(f.stdout);
  const err = tail(f.stderr);
  if (out.length > 0) parts.push(`stdout, last ${out.length} lines:

${fenced(out.join("\n"))}`);
  if (err.length > 0) parts.push(`stderr, last ${err.length} lines:

${fenced(err.join("\n"))}`);
  return parts.length > 0 ? parts.join("\n\n") : "The program printed nothing.";
}
var TAIL_LINES;
var init_run = __esm({
  "src/checks/command/run.ts"() {
    "use strict";
    init_duration();
    init_markdown();
    init_secrets();
    init_text();
    init_spawn();
    TAIL_LINES = 20;
  }
});

// src/checks/command/index.ts
var commandCheck;
var init_command = __esm({
  "src/checks/command/index.ts"() {
    "use strict";
    init_kind();
    init_settings();
    commandCheck = lazyCheckKind(
      {
        name: "command",
        description: "Run a program on the runner and check its exit code and output",
        settings: commandSettings,
        iam: () => Promise.resolve().then(() => (init_iam(), iam_exports)),
        describe: (c) => `run ${c.shell ? "bash -c \u2026" : c.run.join(" ")} \u2192 exit ${c["exit-code"]}`
      },
      () => Promise.resolve().then(() => (init_run(), run_exports))
    );
  }
});

// src/checks/ecs-service/settings.ts
var ecsServiceSettings;
var init_settings2 = __esm({
  "src/checks/ecs-service/settings.ts"() {
    "use strict";
    init_shape();
    ecsServiceSettings = object({
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
  }
});

// src/aws/iam.ts
function allow(Sid, Action, Resource, Condition) {
  return { Sid, Effect: "Allow", Action, Resource, ...Condition ? { Condition } : {} };
}
function hasTemplate(value) {
  return /\$\{\{/.test(value);
}
function scoped(scope, value, what) {
  if (!hasTemplate(value)) return value;
  scope.note(`phase ${scope.phase.id}: ${what} is ${value}, known only at run time: any matches`);
  return value.replace(TEMPLATE2, "*");
}
function base(scope, service3) {
  return `arn:${scope.partition}:${service3}:${scope.region}:${scope.account}`;
}
function clusterName(cluster2) {
  const at2 = cluster2.lastIndexOf(":cluster/");
  return at2 >= 0 ? cluster2.slice(at2 + ":cluster/".length) : cluster2;
}
function inCluster(scope, cluster2) {
  return { ArnEquals: { "ecs:cluster": ecsArn.cluster(scope, cluster2) } };
}
function familyOf(ref) {
  const name = ref.includes(":task-definition/") ? ref.split(":task-definition/")[1] : ref;
  return (name ?? ref).split(":")[0] ?? ref;
}
function passRoles(roles) {
  return allow("PassTaskRoles", ["iam:PassRole"], roles, {
    StringEquals: { "iam:PassedToService": "ecs-tasks.amazonaws.com" }
  });
}
function anyRole(scope) {
  return `arn:${scope.partition}:iam::${scope.account}:role/*`;
}
function parameterArn(scope, name) {
  if (name.startsWith("arn:")) return name.replace(/(:parameter\/[^:]*):[^:/]+$/, "$1");
  const bare = name.replace(/^\//, "").replace(/:[^:/]+$/, "");
  return `${base(scope, "ssm")}:parameter/${bare}`;
}
function decryptViaSsm(scope) {
  return allow("DecryptSecureStrings", ["kms:Decrypt"], [`${base(scope, "kms")}:key/*`], {
    StringEquals: { "kms:ViaService": `ssm.${scope.region}.amazonaws.com` }
  });
}
function secretArns(scope, secret) {
  const arn = secret.startsWith("arn:") ? secret : `${base(scope, "secretsmanager")}:secret:${secret}`;
  return /-[A-Za-z0-9]{6}$/.test(arn) ? [arn] : [arn, `${arn}-??????`];
}
function readSecret(scope, secret, what) {
  return allow(
    "DatabaseSecret",
    ["secretsmanager:GetSecretValue"],
    secretArns(scope, scoped(scope, secret, what))
  );
}
function logStreamsArn(scope, group) {
  return `${base(scope, "logs")}:log-group:${group}:log-stream:*`;
}
function rdsClusterArn(scope, arn) {
  return scoped(scope, arn, "resource-arn");
}
function matchesPattern(pattern, name, ignoreCase = false) {
  const source = pattern.split("").map((c) => c === "*" ? ".*" : c === "?" ? "." : c.replace(/[.+^${}()|[\]\\]/g, "\\$&")).join("");
  return new RegExp(`^${source}$`, ignoreCase ? "is" : "s").test(name);
}
var TEMPLATE2, ecsArn;
var init_iam2 = __esm({
  "src/aws/iam.ts"() {
    "use strict";
    TEMPLATE2 = /\$\{\{[^}]*\}\}/g;
    ecsArn = {
      cluster: (scope, cluster2) => cluster2.startsWith("arn:") ? cluster2 : `${base(scope, "ecs")}:cluster/${cluster2}`,
      service: (scope, cluster2, service3) => `${base(scope, "ecs")}:service/${clusterName(cluster2)}/${service3}`,
      tasks: (scope, cluster2) => `${base(scope, "ecs")}:task/${clusterName(cluster2)}/*`,
      family: (scope, family) => `${base(scope, "ecs")}:task-definition/${family}:*`
    };
  }
});

// src/checks/ecs-service/iam.ts
var iam_exports2 = {};
__export(iam_exports2, {
  actions: () => actions2,
  permissions: () => permissions2
});
function permissions2(c, scope) {
  const cluster2 = scoped(scope, c.cluster, "cluster");
  const services = c.services.map(
    (s) => ecsArn.service(scope, cluster2, scoped(scope, s, "service"))
  );
  const statements = [allow("EcsReadServices", ["ecs:DescribeServices"], services)];
  if (c["expect-image-tag"] !== void 0)
    statements.push(allow("EcsReadTaskDefinitions", ["ecs:DescribeTaskDefinition"], ["*"]));
  return statements;
}
var actions2;
var init_iam3 = __esm({
  "src/checks/ecs-service/iam.ts"() {
    "use strict";
    init_iam2();
    actions2 = ["ecs:DescribeServices", "ecs:DescribeTaskDefinition"];
  }
});

// src/core/sleep.ts
function sleep(ms, signal) {
  return new Promise((resolve4, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve4();
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}
var init_sleep = __esm({
  "src/core/sleep.ts"() {
    "use strict";
  }
});

// src/aws/retry.ts
async function retryingFaults(attempt, o) {
  const retryable = o.retryable ?? isWorldFault;
  let pause = o.firstPauseMs ?? FIRST_PAUSE_MS;
  for (let retries = 0; ; retries++) {
    try {
      return await attempt();
    } catch (error2) {
      if (o.signal.aborted || !retryable(error2)) throw error2;
      const why = error2 instanceof Error ? error2.message || error2.name : String(error2);
      if (retries >= MAX_RETRIES) throw o.giveUp ? o.giveUp(retries, why, error2) : error2;
      o.onRetry?.(why, retries);
      await sleep(pause, o.signal);
      pause = Math.min(pause * 2, MAX_PAUSE_MS);
    }
  }
}
var MAX_RETRIES, FIRST_PAUSE_MS, MAX_PAUSE_MS;
var init_retry = __esm({
  "src/aws/retry.ts"() {
    "use strict";
    init_sleep();
    init_errors2();
    MAX_RETRIES = 12;
    FIRST_PAUSE_MS = 200;
    MAX_PAUSE_MS = 8e3;
  }
});

// src/aws/ecs/errors.ts
function errorName(error2) {
  if (typeof error2 !== "object" || error2 === null || !("name" in error2)) return void 0;
  return typeof error2.name === "string" ? error2.name : void 0;
}
function isThrottling(error2) {
  const name = errorName(error2);
  return name === "ThrottlingException" || name === "Throttling" || name === "TooManyRequestsException" || name === "RequestLimitExceeded";
}
function isUnknownTaskDefinition(error2) {
  return errorName(error2) === "ClientException";
}
var init_errors3 = __esm({
  "src/aws/ecs/errors.ts"() {
    "use strict";
  }
});

// src/core/fargate-sizes.ts
function steps(fromGb, toGb, stepGb) {
  const list2 = [];
  for (let gb = fromGb; gb <= toGb; gb += stepGb) list2.push(gb * GB);
  return list2;
}
function fargateSizes(windows) {
  return windows ? FARGATE_SIZES.filter((s) => s.windows) : FARGATE_SIZES;
}
function cpuUnits(value) {
  return amount(value, /^(\d+(?:\.\d+)?)\s*vcpu$/i, 1024);
}
function memoryMiB(value) {
  return amount(value, /^(\d+(?:\.\d+)?)\s*gb$/i, GB);
}
function amount(value, unit, factor) {
  if (typeof value === "number") return Number.isInteger(value) ? value : void 0;
  if (typeof value !== "string") return void 0;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text);
  const scaled = unit.exec(text);
  if (!scaled) return void 0;
  const result2 = Number(scaled[1]) * factor;
  return Number.isInteger(result2) ? result2 : void 0;
}
function memoryListText(list2) {
  if (list2.length <= 4) return list2.map(String).join(", ");
  const first = list2[0] ?? 0;
  const step = (list2[1] ?? first) - first;
  return `${first} to ${list2.at(-1)} in steps of ${step} (MiB)`;
}
var GB, FARGATE_SIZES;
var init_fargate_sizes = __esm({
  "src/core/fargate-sizes.ts"() {
    "use strict";
    GB = 1024;
    FARGATE_SIZES = [
      { cpu: 256, memory: [512, 1 * GB, 2 * GB], windows: false },
      { cpu: 512, memory: steps(1, 4, 1), windows: false },
      { cpu: 1024, memory: steps(2, 8, 1), windows: true },
      { cpu: 2048, memory: steps(4, 16, 1), windows: true },
      { cpu: 4096, memory: steps(8, 30, 1), windows: true },
      { cpu: 8192, memory: steps(16, 60, 4), windows: false },
      { cpu: 16384, memory: steps(32, 120, 8), windows: false }
    ];
  }
});

// src/aws/ecs/task-definitions.ts
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function registrationInput(definition) {
  const outer = definition;
  const source = isRecord(outer.taskDefinition) ? { ...outer.taskDefinition, ...outer.tags ? { tags: outer.tags } : {} } : outer;
  const input = {};
  for (const key of REGISTERABLE) {
    const value = source[key];
    if (value !== void 0 && value !== null) input[key] = value;
  }
  return input;
}
function containerDefinitionsOf(definition) {
  const list2 = definition.containerDefinitions;
  return Array.isArray(list2) ? list2.filter(isRecord) : [];
}
function sameDefinition(a, b) {
  return stableJson(canonical(a)) === stableJson(canonical(b));
}
function canonical(definition) {
  const { tags: _tags, ...input } = registrationInput(definition);
  const awsvpc2 = input.networkMode === "awsvpc";
  const units = { cpu: cpuUnits(input.cpu), memory: memoryMiB(input.memory) };
  for (const key of ["cpu", "memory"])
    if (input[key] !== void 0) input[key] = String(units[key] ?? input[key]);
  if (input.enableFaultInjection === false) delete input.enableFaultInjection;
  if (Array.isArray(input.containerDefinitions))
    input.containerDefinitions = input.containerDefinitions.map(
      (c) => isRecord(c) ? canonicalContainer(c, awsvpc2) : c
    );
  return prune(input) ?? {};
}
function canonicalContainer(container, awsvpc2) {
  const c = { ...container };
  if (c.cpu === 0) delete c.cpu;
  if (c.essential === true) delete c.essential;
  for (const key of ["environment", "secrets"])
    if (Array.isArray(c[key])) c[key] = [...c[key]].sort(byName);
  if (Array.isArray(c.portMappings))
    c.portMappings = c.portMappings.map((p) => isRecord(p) ? canonicalPort(p, awsvpc2) : p);
  return c;
}
function canonicalPort(port, awsvpc2) {
  const p = { ...port };
  if (p.protocol === "tcp") delete p.protocol;
  if (p.hostPort === 0 || awsvpc2 && p.hostPort === p.containerPort) delete p.hostPort;
  return p;
}
function byName(a, b) {
  const name = (v) => isRecord(v) ? String(v.name ?? "") : "";
  return name(a).localeCompare(name(b));
}
function prune(value) {
  if (Array.isArray(value)) {
    const items = value.map(prune).filter((v) => v !== void 0);
    return items.length > 0 ? items : void 0;
  }
  if (isRecord(value)) {
    const entries = Object.entries(value).map(([k, v]) => [k, prune(v)]).filter(([, v]) => v !== void 0);
    return entries.length > 0 ? Object.fromEntries(entries) : void 0;
  }
  return value === null ? void 0 : value;
}
function stableJson(value) {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (isRecord(value)) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${stableJson(value[k])}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}
var REGISTERABLE;
var init_task_definitions = __esm({
  "src/aws/ecs/task-definitions.ts"() {
    "use strict";
    init_fargate_sizes();
    REGISTERABLE = [
      "family",
      "taskRoleArn",
      "executionRoleArn",
      "networkMode",
      "containerDefinitions",
      "volumes",
      "placementConstraints",
      "requiresCompatibilities",
      "cpu",
      "memory",
      "tags",
      "pidMode",
      "ipcMode",
      "proxyConfiguration",
      "inferenceAccelerators",
      "ephemeralStorage",
      "runtimePlatform",
      "enableFaultInjection"
    ];
  }
});

// src/aws/ecs/revisions.ts
import {
  DescribeTaskDefinitionCommand,
  RegisterTaskDefinitionCommand
} from "@aws-sdk/client-ecs";
async function describeTaskDefinition(ecs, ref, signal) {
  const answer = await ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: ref }), {
    abortSignal: signal
  });
  return withArn(answer.taskDefinition, `described ${ref}`);
}
async function findTaskDefinition(ecs, ref, signal) {
  try {
    return await describeTaskDefinition(ecs, ref, signal);
  } catch (error2) {
    if (isUnknownTaskDefinition(error2)) return void 0;
    throw error2;
  }
}
async function latestRevisionMatching(ecs, definition, signal) {
  if (typeof definition.family !== "string") return void 0;
  const latest = await findTaskDefinition(ecs, definition.family, signal);
  return latest && sameDefinition(latest, definition) ? latest : void 0;
}
async function registerTaskDefinition(ecs, definition, signal) {
  let interrupted = false;
  return retryingFaults(
    async () => {
      const earlier = interrupted ? await latestRevisionMatching(ecs, definition, signal) : void 0;
      interrupted = true;
      return earlier ?? await registerOnce(ecs, definition, signal);
    },
    { signal, retryable: (e) => e instanceof OutcomeUnknownError || isWorldFault(e) }
  );
}
async function registerOnce(ecs, definition, signal) {
  const command2 = new RegisterTaskDefinitionCommand(
    definition
  );
  sendOnce(command2);
  const answer = await ecs.send(command2, { abortSignal: signal });
  return withArn(answer.taskDefinition, `registered ${String(definition.family)}`);
}
function withArn(definition, what) {
  if (!definition?.taskDefinitionArn) throw new Error(`ECS ${what} without an ARN`);
  return definition;
}
var init_revisions = __esm({
  "src/aws/ecs/revisions.ts"() {
    "use strict";
    init_errors2();
    init_retry();
    init_send_once();
    init_errors3();
    init_task_definitions();
  }
});

// src/aws/ecs/services.ts
import { DescribeServicesCommand } from "@aws-sdk/client-ecs";
function serviceKey(ref) {
  return `${ref.cluster}/${ref.service}`;
}
async function describeServices(ecs, cluster2, names, signal) {
  const found2 = /* @__PURE__ */ new Map();
  for (let i = 0; i < names.length; i += DESCRIBE_SERVICES_LIMIT) {
    const chunk = names.slice(i, i + DESCRIBE_SERVICES_LIMIT);
    const answer = await ecs.send(new DescribeServicesCommand({ cluster: cluster2, services: chunk }), {
      abortSignal: signal
    });
    for (const service3 of answer.services ?? [])
      if (service3.serviceName) found2.set(service3.serviceName, service3);
  }
  return found2;
}
function namesByCluster(refs) {
  const groups = /* @__PURE__ */ new Map();
  for (const { cluster: cluster2, service: service3 } of refs)
    groups.set(cluster2, [...groups.get(cluster2) ?? [], service3]);
  return groups;
}
async function describeServiceRefs(ecs, refs, signal) {
  const all = /* @__PURE__ */ new Map();
  for (const [cluster2, names] of namesByCluster(refs))
    for (const [service3, found2] of await describeServices(ecs, cluster2, names, signal))
      all.set(serviceKey({ cluster: cluster2, service: service3 }), found2);
  return all;
}
function isActive(service3) {
  return service3?.status === "ACTIVE";
}
var DESCRIBE_SERVICES_LIMIT;
var init_services = __esm({
  "src/aws/ecs/services.ts"() {
    "use strict";
    DESCRIBE_SERVICES_LIMIT = 10;
  }
});

// src/checks/ecs-service/state.ts
function instabilities(service3) {
  if (!service3) return ["missing"];
  if (service3.status !== "ACTIVE") return [`status ${service3.status ?? "unknown"}`];
  const problems = [];
  const deployments = service3.deployments ?? [];
  if (deployments.length !== 1)
    problems.push(`${deployments.length} deployments (a rollout is under way)`);
  const primary = primaryOf(service3);
  const state = primary?.rolloutState;
  if (state !== void 0 && state !== "COMPLETED")
    problems.push(
      `rollout ${state}${primary?.rolloutStateReason && state === "FAILED" ? `: ${primary.rolloutStateReason}` : ""}`
    );
  const running = service3.runningCount ?? 0;
  const desired = service3.desiredCount ?? 0;
  if (running !== desired) problems.push(`running ${running}/${desired}`);
  return problems;
}
function primaryOf(service3) {
  return service3?.deployments?.find((d) => d.status === "PRIMARY");
}
function imageTag(image) {
  const name = image.split("@")[0] ?? image;
  const colon = name.lastIndexOf(":");
  return colon > name.lastIndexOf("/") ? name.slice(colon + 1) : void 0;
}
function revisionName(arn) {
  if (!arn) return "(none)";
  const at2 = arn.indexOf("task-definition/");
  return at2 >= 0 ? arn.slice(at2 + "task-definition/".length) : arn;
}
var init_state = __esm({
  "src/checks/ecs-service/state.ts"() {
    "use strict";
  }
});

// src/checks/ecs-service/run.ts
var run_exports2 = {};
__export(run_exports2, {
  run: () => run2
});
import { ECSClient } from "@aws-sdk/client-ecs";
async function run2(ctx) {
  const c = ctx.config;
  const ecs = ctx.aws.client(ECSClient);
  try {
    const services = await describeServices(ecs, c.cluster, c.services, ctx.signal);
    const verdicts = c.services.map((name) => {
      const service3 = services.get(name);
      return { name, service: service3, problems: instabilities(service3), images: [] };
    });
    const tag = c["expect-image-tag"];
    if (tag !== void 0) await checkImageTags(ecs, verdicts, tag, ctx.signal);
    return result(verdicts, c);
  } catch (error2) {
    if (ctx.signal.aborted) throw error2;
    const failure = ecsFailure(error2, c.cluster);
    if (failure === void 0) throw error2;
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
      const found2 = imageTag(image);
      if (found2 !== tag)
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
  const details2 = detailsTable(verdicts, tag !== void 0);
  if (stable.length === verdicts.length) return { ok: true, summary: count, details: details2 };
  const why = verdicts.filter((v) => v.problems.length > 0).map((v) => `${v.name}: ${v.problems.join(", ")}`);
  return { ok: false, summary: `${count}; ${why.join("; ")}`, details: details2 };
}
function detailsTable(verdicts, withImages) {
  const rows = verdicts.map(({ name, service: service3, problems, images }) => {
    const primary = primaryOf(service3);
    return [
      problems.length === 0 ? "\u2705" : "\u274C",
      name,
      service3?.status ?? "MISSING",
      String(service3?.deployments?.length ?? 0),
      primary?.rolloutState ?? "",
      service3 ? `${service3.runningCount ?? 0}/${service3.desiredCount ?? 0}` : "",
      revisionName(primary?.taskDefinition ?? service3?.taskDefinition),
      ...withImages ? [images.map((i) => i.split("/").at(-1)).join(", ")] : []
    ];
  });
  const headers = ["", "service", "status", "deployments", "rollout", "running/desired"];
  return table([...headers, "task definition", ...withImages ? ["images"] : []], rows);
}
function ecsFailure(error2, cluster2) {
  if (!(error2 instanceof Error)) return void 0;
  const explained = explainAwsError(error2);
  if (explained) return `${explained.message} (${explained.hint})`;
  if (error2.name === "ClusterNotFoundException") return `cluster "${cluster2}" not found`;
  return "$metadata" in error2 ? `ECS ${error2.name}: ${oneLine(error2.message)}` : void 0;
}
var init_run2 = __esm({
  "src/checks/ecs-service/run.ts"() {
    "use strict";
    init_revisions();
    init_services();
    init_errors2();
    init_markdown();
    init_text();
    init_state();
  }
});

// src/checks/ecs-service/index.ts
var ecsServiceCheck;
var init_ecs_service = __esm({
  "src/checks/ecs-service/index.ts"() {
    "use strict";
    init_kind();
    init_settings2();
    ecsServiceCheck = lazyCheckKind(
      {
        name: "ecs-service",
        description: "Check that ECS services are stable (one completed deployment, all tasks running)",
        settings: ecsServiceSettings,
        iam: () => Promise.resolve().then(() => (init_iam3(), iam_exports2)),
        describe: (c) => `${c.services.join(", ")} in ${c.cluster} stable${c["expect-image-tag"] ? ` on ${c["expect-image-tag"]}` : ""}`
      },
      () => Promise.resolve().then(() => (init_run2(), run_exports2))
    );
  }
});

// src/checks/http/settings.ts
var METHODS, SECRET_HEADER, httpSettings;
var init_settings3 = __esm({
  "src/checks/http/settings.ts"() {
    "use strict";
    init_secrets();
    init_shape();
    METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];
    SECRET_HEADER = SECRET_NAME;
    httpSettings = refine(
      object({
        url: string({
          pattern: /^https?:\/\/\S+$/i,
          expected: "an http:// or https:// URL",
          hint: "write the whole address, for example https://alb.example.com/health",
          description: "The address to call, http:// or https://."
        }),
        method: withDefault(oneOf(METHODS, "HTTP method (default GET)."), "GET"),
        headers: optional(
          record(
            string(),
            "Request headers. Values of headers named like authorization, token, key or secret are masked in every log."
          )
        ),
        body: optional(string({ description: "Request body (not with GET or HEAD)." })),
        "expect-status": withDefault(
          listOf(
            number({ integer: true, min: 100, max: 599 }),
            "The status, or a list of statuses, that pass (default 200)."
          ),
          [200]
        ),
        "expect-json": optional(
          record(
            string(),
            "Dotted paths into the JSON body (items.0.name) and the value each must have, compared as text."
          )
        ),
        "expect-body-contains": optional(
          listOf(string(), "Text, or a list of texts, the body must contain.")
        ),
        timeout: withDefault(duration("How long to wait for the whole answer (default 10s)."), 1e4)
      }),
      (c) => c.body !== void 0 && (c.method === "GET" || c.method === "HEAD") ? {
        message: `a ${c.method} request cannot have a body`,
        hint: "write method: POST",
        at: ["body"]
      } : void 0
    );
  }
});

// src/checks/http/iam.ts
var iam_exports3 = {};
__export(iam_exports3, {
  actions: () => actions3,
  permissions: () => permissions3
});
function permissions3() {
  return [];
}
var actions3;
var init_iam4 = __esm({
  "src/checks/http/iam.ts"() {
    "use strict";
    actions3 = [];
  }
});

// src/checks/http/expect.ts
function judgeAnswer(what, expect, answer, mask = (text) => text) {
  const short = (text, length) => excerpt(mask(text), length);
  const { problems, found: found2 } = compare(expect, answer, short);
  if (problems.length === 0)
    return { ok: true, summary: `${what}: ${[String(answer.status), ...found2].join(", ")}` };
  return {
    ok: false,
    summary: `${what}: ${problems.join("; ")}`,
    details: bodyDetails({ ...answer, body: mask(answer.body) })
  };
}
function compare(expect, answer, short) {
  const problems = [];
  const found2 = [];
  const statuses = expect["expect-status"];
  if (!statuses.includes(answer.status))
    problems.push(`status ${answer.status}, expected ${statuses.join(" or ")}`);
  const json = expect["expect-json"];
  if (json && Object.keys(json).length > 0) {
    const compared = compareJson(json, answer.body, short);
    problems.push(...compared.problems);
    found2.push(...compared.found);
  }
  for (const text of expect["expect-body-contains"] ?? [])
    if (!answer.body.includes(text))
      problems.push(`the body does not contain "${short(text, 40)}"`);
  return { problems, found: found2 };
}
function compareJson(expected, body, short) {
  const document = parseJson(body);
  if (document === void 0) return { problems: ["the body is not JSON"], found: [] };
  const problems = [];
  const found2 = [];
  for (const [path, want] of Object.entries(expected)) {
    const got = asText(valueAt(document.value, path));
    if (got === void 0) problems.push(`${path} is missing, expected "${want}"`);
    else if (got !== want) problems.push(`${path} is "${short(got, 60)}", expected "${want}"`);
    else found2.push(`${path}=${short(got, 40)}`);
  }
  return { problems, found: found2 };
}
function parseJson(body) {
  try {
    return { value: JSON.parse(body) };
  } catch {
    return void 0;
  }
}
function valueAt(document, path) {
  let current = document;
  for (const step of path.split(".")) {
    if (Array.isArray(current) && /^\d+$/.test(step)) current = current[Number(step)];
    else if (typeof current === "object" && current !== null && Object.hasOwn(current, step))
      current = current[step];
    else return void 0;
  }
  return current;
}
function bodyDetails(answer) {
  const shown2 = answer.body.length > BODY_EXCERPT ? `${answer.body.slice(0, BODY_EXCERPT)}
\u2026 (${answer.body.length - BODY_EXCERPT} more characters)` : answer.body;
  return `Answer: status ${answer.status}

${shown2 ? fenced(shown2) : "(empty body)"}`;
}
var BODY_EXCERPT;
var init_expect = __esm({
  "src/checks/http/expect.ts"() {
    "use strict";
    init_markdown();
    init_text();
    BODY_EXCERPT = 2e3;
  }
});

// src/checks/http/run.ts
var run_exports3 = {};
__export(run_exports3, {
  run: () => run3
});
async function run3(ctx) {
  const c = ctx.config;
  registerSecrets(c, ctx.secrets);
  const what = `${c.method} ${c.url}`;
  const timeout = AbortSignal.timeout(c.timeout);
  try {
    const response = await fetch(c.url, {
      method: c.method,
      headers: c.headers ?? {},
      ...c.body !== void 0 ? { body: c.body } : {},
      signal: AbortSignal.any([ctx.signal, timeout])
    });
    const body = await response.text();
    const mask = (text) => ctx.secrets.mask(text);
    return judgeAnswer(what, c, { status: response.status, body }, mask);
  } catch (error2) {
    if (ctx.signal.aborted) throw error2;
    if (timeout.aborted)
      return { ok: false, summary: `${what}: no answer within ${formatDuration(c.timeout)}` };
    return { ok: false, summary: `${what}: ${connectionProblem(error2)}` };
  }
}
function registerSecrets(c, secrets) {
  for (const [name, value] of Object.entries(c.headers ?? {})) {
    if (!SECRET_HEADER.test(name)) continue;
    const credential = /^\S+\s+(\S.*)$/.exec(value)?.[1];
    secrets.add(value, { fragments: !credential });
    if (credential) secrets.add(credential);
  }
  const password = URL.canParse(c.url) ? new URL(c.url).password : "";
  if (password) secrets.add(decodeURIComponent(password));
}
function connectionProblem(error2) {
  const cause = error2 instanceof Error && error2.cause instanceof Error ? error2.cause : error2;
  const code = typeof cause === "object" && cause !== null && "code" in cause ? String(cause.code) : "";
  const words = CONNECTION_CODES2[code];
  if (words) return `${words} (${code})`;
  const message = cause instanceof Error ? cause.message : String(cause);
  return `request failed: ${message}${code && !message.includes(code) ? ` (${code})` : ""}`;
}
var CONNECTION_CODES2;
var init_run3 = __esm({
  "src/checks/http/run.ts"() {
    "use strict";
    init_duration();
    init_expect();
    init_settings3();
    CONNECTION_CODES2 = {
      ECONNREFUSED: "connection refused (nothing listens there)",
      ENOTFOUND: "host not found (DNS)",
      EAI_AGAIN: "host name lookup failed for now (DNS)",
      ECONNRESET: "connection reset by the server",
      ETIMEDOUT: "connection timed out",
      EHOSTUNREACH: "host unreachable",
      ENETUNREACH: "network unreachable",
      UND_ERR_SOCKET: "the server closed the connection"
    };
  }
});

// src/checks/http/index.ts
var httpCheck;
var init_http = __esm({
  "src/checks/http/index.ts"() {
    "use strict";
    init_kind();
    init_settings3();
    httpCheck = lazyCheckKind(
      {
        name: "http",
        description: "Call a URL and check the status, JSON fields and body of its answer",
        settings: httpSettings,
        iam: () => Promise.resolve().then(() => (init_iam4(), iam_exports3)),
        describe: (c) => `${c.method} ${c.url} \u2192 ${c["expect-status"].join(" or ")}`
      },
      () => Promise.resolve().then(() => (init_run3(), run_exports3))
    );
  }
});

// src/sql/lexer.ts
function isComment(token2) {
  return token2.kind === "line-comment" || token2.kind === "block-comment";
}
function keyword(token2) {
  return token2?.kind === "word" ? token2.text.toUpperCase() : void 0;
}
function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}
function lineIndexOf(starts, offset) {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = low + high + 1 >> 1;
    if ((starts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}
function scanLineComment(text, i) {
  let end = i + 2;
  while (end < text.length && text[end] !== "\n" && text[end] !== "\r") end++;
  return { kind: "line-comment", end };
}
function scanBlockComment(text, i) {
  let depth = 0;
  let at2 = i;
  while (at2 < text.length) {
    if (text.startsWith("/*", at2)) {
      depth++;
      at2 += 2;
    } else if (text.startsWith("*/", at2)) {
      depth--;
      at2 += 2;
      if (depth === 0) return { kind: "block-comment", end: at2 };
    } else at2++;
  }
  return { kind: "block-comment", end: text.length, unterminated: true };
}
function scanQuoted(text, i, kind, backslashEscapes) {
  const quote = text[i];
  let at2 = i + 1;
  while (at2 < text.length) {
    const c = text[at2];
    if (backslashEscapes && c === "\\") at2 += 2;
    else if (c === quote && text[at2 + 1] === quote) at2 += 2;
    else if (c === quote) return { kind, end: at2 + 1 };
    else at2++;
  }
  return { kind, end: text.length, unterminated: true };
}
function scanDollar(text, i) {
  DOLLAR_TAG.lastIndex = i;
  const tag = DOLLAR_TAG.exec(text)?.[0];
  if (tag === void 0) {
    let end = i + 1;
    while (end < text.length && DIGIT.test(text[end] ?? "")) end++;
    return { kind: end > i + 1 ? "parameter" : "symbol", end };
  }
  const close = text.indexOf(tag, i + tag.length);
  if (close < 0) return { kind: "dollar-string", end: text.length, unterminated: true };
  return { kind: "dollar-string", end: close + tag.length };
}
function scanWhile(text, i, part) {
  let end = i + 1;
  while (end < text.length && part.test(text[end] ?? "")) end++;
  return end;
}
function scanWord(text, i) {
  const end = scanWhile(text, i, WORD_PART);
  if (end === i + 1 && (text[i] === "E" || text[i] === "e") && text[end] === "'") {
    return scanQuoted(text, end, "string", true);
  }
  return { kind: "word", end };
}
function scanAt(text, i) {
  const c = text[i] ?? "";
  if (c === "-" && text[i + 1] === "-") return scanLineComment(text, i);
  if (c === "/" && text[i + 1] === "*") return scanBlockComment(text, i);
  if (c === "'") return scanQuoted(text, i, "string", false);
  if (c === '"') return scanQuoted(text, i, "quoted-identifier", false);
  if (c === "$") return scanDollar(text, i);
  if (c === ";") return { kind: "semicolon", end: i + 1 };
  if (WORD_START.test(c)) return scanWord(text, i);
  if (DIGIT.test(c)) return { kind: "number", end: scanWhile(text, i, NUMBER_PART) };
  return { kind: "symbol", end: i + 1 };
}
function isSpace(code) {
  return code === 32 || code >= 9 && code <= 13;
}
function tokenize(text) {
  const starts = lineStarts(text);
  const tokens = [];
  let i = 0;
  while (i < text.length) {
    if (isSpace(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const scan = scanAt(text, i);
    const lineIndex = lineIndexOf(starts, i);
    tokens.push({
      kind: scan.kind,
      text: text.slice(i, scan.end),
      start: i,
      end: scan.end,
      line: lineIndex + 1,
      column: i - (starts[lineIndex] ?? 0) + 1,
      ...scan.unterminated ? { unterminated: true } : {}
    });
    i = scan.end;
  }
  return tokens;
}
var WORD_START, WORD_PART, DIGIT, NUMBER_PART, DOLLAR_TAG;
var init_lexer = __esm({
  "src/sql/lexer.ts"() {
    "use strict";
    WORD_START = /[A-Za-z_\u0080-\uffff]/;
    WORD_PART = /[A-Za-z0-9_$\u0080-\uffff]/;
    DIGIT = /[0-9]/;
    NUMBER_PART = /[0-9A-Za-z_.]/;
    DOLLAR_TAG = /\$(?:[A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/y;
  }
});

// src/sql/split.ts
function startsWithWords(tokens, words) {
  return words.every((word, i) => keyword(tokens[i]) === word);
}
function isRoutineDefinition(tokens) {
  return ROUTINE_STARTS.some((words) => startsWithWords(tokens, words));
}
function track(depth, token2, current) {
  if (token2.kind === "symbol") {
    if (token2.text === "(") depth.parens++;
    else if (token2.text === ")") depth.parens = Math.max(0, depth.parens - 1);
    return;
  }
  const word = keyword(token2);
  if (word === void 0) return;
  if (word === "ATOMIC" && keyword(current.at(-2)) === "BEGIN" && isRoutineDefinition(current)) {
    depth.blocks++;
  } else if (depth.blocks > 0 && word === "CASE") depth.blocks++;
  else if (depth.blocks > 0 && word === "END") depth.blocks--;
}
function groupStatements(tokens) {
  const groups = [];
  const depth = { parens: 0, blocks: 0 };
  let current = [];
  for (const token2 of tokens) {
    if (isComment(token2)) continue;
    if (token2.kind === "semicolon" && depth.parens === 0 && depth.blocks === 0) {
      if (current.length > 0) groups.push(current);
      current = [];
      continue;
    }
    current.push(token2);
    track(depth, token2, current);
  }
  if (current.length > 0) groups.push(current);
  return { groups, open: depth };
}
function transactionControlKind(tokens) {
  const first = keyword(tokens[0]);
  const kind = first === void 0 ? void 0 : TRANSACTION_WORDS[first];
  if (kind === void 0) return void 0;
  const second = keyword(tokens[1]);
  if (first === "START" && second !== "TRANSACTION") return void 0;
  if (second === "PREPARED" || second === "TO") return void 0;
  if (kind === "rollback" && tokens.some((t2) => keyword(t2) === "TO")) return void 0;
  return kind;
}
function describeUnterminated(token2) {
  switch (token2.kind) {
    case "block-comment":
      return "this /* comment is never closed with */";
    case "dollar-string":
      return `this dollar-quoted body is never closed with ${/^\$[^$]*\$/.exec(token2.text)?.[0]}`;
    case "quoted-identifier":
      return 'this quoted identifier is never closed with "';
    default:
      return "this quoted text is never closed with '";
  }
}
function findProblems(tokens, open, last) {
  const problems = tokens.filter((t2) => t2.unterminated).map((t2) => ({ line: t2.line, column: t2.column, message: describeUnterminated(t2) }));
  if (problems.length === 0 && last && (open.parens > 0 || open.blocks > 0)) {
    const what = open.blocks > 0 ? "a BEGIN ATOMIC body is" : "a parenthesis is";
    problems.push({
      line: last.line,
      column: last.column,
      message: `the file ends while ${what} still open, so the last statement runs to the end of the file`
    });
  }
  return problems;
}
function splitStatements(sql) {
  const tokens = tokenize(sql);
  const { groups, open } = groupStatements(tokens);
  const statements = [];
  const transactionControl = [];
  for (const group of groups) {
    const first = group[0];
    const last = group.at(-1);
    const text = sql.slice(first.start, last.end);
    const control = transactionControlKind(group);
    const at2 = { line: first.line, column: first.column };
    if (control) {
      transactionControl.push({ kind: control, ...at2, text, after: statements.length });
      continue;
    }
    const index = statements.length + 1;
    statements.push({ index, ...at2, offset: first.start, sql: text, tokens: group });
  }
  return {
    statements,
    transactionControl,
    problems: findProblems(tokens, open, groups.at(-1)?.[0])
  };
}
var ROUTINE_STARTS, TRANSACTION_WORDS;
var init_split = __esm({
  "src/sql/split.ts"() {
    "use strict";
    init_lexer();
    ROUTINE_STARTS = [
      ["CREATE", "FUNCTION"],
      ["CREATE", "PROCEDURE"],
      ["CREATE", "OR", "REPLACE", "FUNCTION"],
      ["CREATE", "OR", "REPLACE", "PROCEDURE"]
    ];
    TRANSACTION_WORDS = {
      BEGIN: "begin",
      START: "begin",
      COMMIT: "commit",
      END: "commit",
      ROLLBACK: "rollback",
      ABORT: "rollback"
    };
  }
});

// src/checks/sql/query.ts
function readOnlyProblem(query3) {
  const { statements, transactionControl, problems } = splitStatements(query3);
  const broken = problems[0];
  if (broken) return { message: broken.message, hint: "fix the query text" };
  const count = statements.length + transactionControl.length;
  if (count === 0) return { message: "the query is empty", hint: HINT_READ };
  if (count > 1)
    return {
      message: `the query holds ${count} statements; a check runs one`,
      hint: "keep one statement, or write one check per query"
    };
  const words = tokenize(query3).flatMap((t2) => keyword(t2) ?? []);
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
var READING_STARTS, WRITING_WORDS, HINT_READ;
var init_query = __esm({
  "src/checks/sql/query.ts"() {
    "use strict";
    init_lexer();
    init_split();
    READING_STARTS = ["SELECT", "WITH", "SHOW", "EXPLAIN"];
    WRITING_WORDS = /* @__PURE__ */ new Set([
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
    HINT_READ = "write one SELECT (or WITH, SHOW, EXPLAIN) that changes nothing";
  }
});

// src/checks/sql/settings.ts
var query, sqlSettings;
var init_settings4 = __esm({
  "src/checks/sql/settings.ts"() {
    "use strict";
    init_shape();
    init_query();
    query = refine(
      string({ description: "One statement that reads: SELECT, WITH, SHOW or EXPLAIN." }),
      (text) => readOnlyProblem(text)
    );
    sqlSettings = object({
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
  }
});

// src/checks/sql/iam.ts
var iam_exports4 = {};
__export(iam_exports4, {
  actions: () => actions4,
  permissions: () => permissions4
});
function permissions4(c, scope) {
  return [
    allow("DataApiQuery", QUERY, [rdsClusterArn(scope, c["resource-arn"])]),
    readSecret(scope, c["secret-arn"], "secret-arn")
  ];
}
var QUERY, actions4;
var init_iam5 = __esm({
  "src/checks/sql/iam.ts"() {
    "use strict";
    init_iam2();
    QUERY = [
      "rds-data:BeginTransaction",
      "rds-data:ExecuteStatement",
      "rds-data:RollbackTransaction"
    ];
    actions4 = [...QUERY, "secretsmanager:GetSecretValue"];
  }
});

// src/db/executor.ts
function isUndefinedTable(error2) {
  return error2 instanceof SqlStatementError && error2.sqlState === UNDEFINED_TABLE;
}
function scalar2(result2) {
  const row = result2.rows[0];
  return row === void 0 ? void 0 : Object.values(row)[0];
}
var SqlStatementError, StatementTimedOut, TransactionGone, TransactionBusy, DatabaseAsleep, OutcomeUnknown, UNDEFINED_TABLE;
var init_executor = __esm({
  "src/db/executor.ts"() {
    "use strict";
    init_send_once();
    SqlStatementError = class extends Error {
      constructor(message, sqlState) {
        super(message);
        this.sqlState = sqlState;
      }
      sqlState;
      name = "SqlStatementError";
    };
    StatementTimedOut = class extends Error {
      name = "StatementTimedOut";
    };
    TransactionGone = class extends Error {
      name = "TransactionGone";
    };
    TransactionBusy = class extends Error {
      name = "TransactionBusy";
    };
    DatabaseAsleep = class extends Error {
      name = "DatabaseAsleep";
    };
    OutcomeUnknown = class extends OutcomeUnknownError {
    };
    UNDEFINED_TABLE = "42P01";
  }
});

// src/db/data-api.ts
import {
  BeginTransactionCommand,
  CommitTransactionCommand,
  ExecuteStatementCommand,
  RollbackTransactionCommand
} from "@aws-sdk/client-rds-data";
function dataApiExecutor(client, target2, signal) {
  const base2 = {
    resourceArn: target2.resourceArn,
    secretArn: target2.secretArn,
    ...target2.database ? { database: target2.database } : {}
  };
  const link = { client, signal, base: base2 };
  return {
    via: "data-api",
    target: `${target2.database ?? "the default database"} on ${target2.resourceArn}`,
    execute: (sql, options) => runStatement(link, sql, options),
    async begin() {
      const out = await translated(
        () => client.send(new BeginTransactionCommand(base2), { abortSignal: signal })
      );
      if (!out.transactionId) throw new Error("BeginTransaction returned no transactionId");
      return transaction(link, out.transactionId);
    },
    close: async () => {
    }
  };
}
function transaction(link, transactionId) {
  const { client, signal, base: base2 } = link;
  return {
    execute: (sql, options) => runStatement(link, sql, options, transactionId),
    async commit() {
      const command2 = new CommitTransactionCommand({ ...base2, transactionId });
      sendOnce(command2, ONCE);
      await translated(() => client.send(command2, { abortSignal: signal }));
    },
    async rollback() {
      try {
        await translated(
          () => client.send(new RollbackTransactionCommand({ ...base2, transactionId }))
        );
      } catch (error2) {
        if (!(error2 instanceof TransactionGone)) throw error2;
      }
    }
  };
}
async function runStatement(link, sql, options = {}, transactionId) {
  const command2 = new ExecuteStatementCommand({
    ...link.base,
    sql,
    formatRecordsAs: "JSON",
    ...options.params ? { parameters: toParameters(options.params) } : {},
    ...transactionId ? { transactionId } : {},
    ...options.continueAfterTimeout ? { continueAfterTimeout: true } : {},
    ...options.columns ? { includeResultMetadata: true } : {}
  });
  if (options.noResend) sendOnce(command2, ONCE);
  const abort = options.cleanup ? {} : { abortSignal: link.signal };
  const out = await translated(() => link.client.send(command2, abort));
  const rows = out.formattedRecords ? JSON.parse(out.formattedRecords) : [];
  const columns = options.columns ? { columns: (out.columnMetadata ?? []).map((c) => c.label ?? c.name ?? "") } : {};
  return { rows, rowsAffected: out.numberOfRecordsUpdated ?? 0, ...columns };
}
function toParameters(params) {
  return Object.entries(params).map(([name, value]) => {
    if (value === null) return { name, value: { isNull: true } };
    if (typeof value === "boolean") return { name, value: { booleanValue: value } };
    if (typeof value === "number")
      return Number.isInteger(value) ? { name, value: { longValue: value } } : { name, value: { doubleValue: value } };
    return { name, value: { stringValue: value } };
  });
}
async function translated(send2) {
  try {
    return await send2();
  } catch (error2) {
    throw translate(error2);
  }
}
function translate(error2) {
  if (!(error2 instanceof Error)) return error2;
  const message = error2.message;
  switch (error2.name) {
    case "DatabaseErrorException": {
      if (/still running a query/i.test(message)) return new TransactionBusy(message);
      const state = SQL_STATE.exec(message);
      return new SqlStatementError(message.replace(SQL_STATE, "").trim(), state?.[1]);
    }
    case "StatementTimeoutException":
      return new StatementTimedOut(message);
    case "TransactionNotFoundException":
      return new TransactionGone(message);
    case "BadRequestException":
      return /transaction/i.test(message) ? new TransactionGone(message) : new SqlStatementError(message, void 0);
    case "DatabaseResumingException":
    case "DatabaseUnavailableException":
      return new DatabaseAsleep(`${error2.name}: ${message}`);
    default:
      return error2;
  }
}
var REFUSED, ONCE, SQL_STATE;
var init_data_api = __esm({
  "src/db/data-api.ts"() {
    "use strict";
    init_send_once();
    init_executor();
    REFUSED = /* @__PURE__ */ new Set(["DatabaseResumingException", "DatabaseUnavailableException"]);
    ONCE = {
      refused: (error2) => REFUSED.has(error2?.name ?? ""),
      unknown: (why) => new OutcomeUnknown(why)
    };
    SQL_STATE = /;?\s*SQLState:\s*([0-9A-Z]{5})\s*$/;
  }
});

// src/db/read-only.ts
async function queryReadOnly(executor, sql) {
  const tx = await executor.begin();
  try {
    await tx.execute("SET TRANSACTION READ ONLY");
    const { rows, columns } = await tx.execute(sql, { columns: true });
    return { rows, columns: columns ?? [] };
  } finally {
    await tx.rollback().catch(() => void 0);
  }
}
var init_read_only = __esm({
  "src/db/read-only.ts"() {
    "use strict";
  }
});

// src/db/restart.ts
function interruptsTransaction(error2) {
  return error2 instanceof FileInterrupted || error2 instanceof OutcomeUnknown || error2 instanceof TransactionGone || isWorldFault(error2);
}
function restartingOnFaults(what, attempt, options) {
  return retryingFaults(attempt, {
    signal: options.signal,
    retryable: interruptsTransaction,
    onRetry: (why) => options.log.info(`${what}: interrupted (${why}); nothing was committed, starting again`),
    giveUp: (restarts, why) => gaveUp(what, restarts, why),
    ...options.firstPauseMs !== void 0 ? { firstPauseMs: options.firstPauseMs } : {}
  });
}
function gaveUp(what, restarts, why) {
  return new PhaseFailure(
    `${what}: interrupted ${restarts + 1} times by faults on the way to the database (last: ${why}); nothing of it was committed`,
    {
      hint: "run the phase again; if it keeps failing, check the AWS Health Dashboard and the cluster"
    }
  );
}
var FileInterrupted;
var init_restart = __esm({
  "src/db/restart.ts"() {
    "use strict";
    init_errors2();
    init_retry();
    init_errors();
    init_executor();
    FileInterrupted = class extends Error {
      name = "FileInterrupted";
    };
  }
});

// src/db/resume.ts
async function whileWaking(what, work, options) {
  const now2 = options.now ?? Date.now;
  const started = now2();
  let backoff = options.firstBackoffMs;
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error2) {
      if (!(error2 instanceof DatabaseAsleep)) throw error2;
      const waited = now2() - started;
      if (waited + backoff > options.timeoutMs) throw notAwake(error2, waited, options.timeoutMs);
      if (attempt === 1) options.log.info(`the database is not available yet: ${error2.message}`);
      options.log.progress(
        `waiting for the database to resume (${what}): it is resuming after an auto-pause, or briefly unavailable`
      );
      await sleep(backoff, options.signal);
      backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
    }
  }
}
function notAwake(error2, waitedMs, timeoutMs) {
  return new NotAwake(
    `the database did not resume within ${seconds(timeoutMs)} (waited ${seconds(waitedMs)}): ` + error2.message,
    { hint: "raise resume-timeout, or check the cluster in the RDS console" }
  );
}
async function wakeUp(executor, options) {
  const result2 = await whileWaking(
    "waking the cluster",
    () => executor.execute(WAKE_UP_SQL),
    options
  );
  return majorVersion(scalar2(result2));
}
function majorVersion(versionNum) {
  const n = Number(versionNum);
  return Number.isInteger(n) && n >= 1e4 ? Math.floor(n / 1e4) : void 0;
}
function seconds(ms) {
  return ms < 1e4 ? `${(ms / 1e3).toFixed(1)} s` : `${Math.round(ms / 1e3)} s`;
}
var MAX_BACKOFF_MS, NotAwake, WAKE_UP_SQL;
var init_resume = __esm({
  "src/db/resume.ts"() {
    "use strict";
    init_errors();
    init_sleep();
    init_executor();
    MAX_BACKOFF_MS = 5e3;
    NotAwake = class extends PhaseFailure {
    };
    WAKE_UP_SQL = "SELECT current_setting('server_version_num')::int AS server_version_num";
  }
});

// src/db/waking.ts
function wakingExecutor(executor, wake) {
  return {
    via: executor.via,
    get target() {
      return executor.target;
    },
    execute: (sql, options) => waking(sql, () => executor.execute(sql, options), wake, options),
    begin: async () => wakingTransaction(await whileWaking("BeginTransaction", () => executor.begin(), wake), wake),
    close: () => executor.close()
  };
}
function wakingTransaction(tx, wake) {
  let slept = false;
  const noting = (work) => async () => {
    try {
      return await work();
    } catch (error2) {
      if (error2 instanceof DatabaseAsleep) slept = true;
      else if (slept && error2 instanceof TransactionGone && !(error2 instanceof TransactionLostWhileAsleep))
        throw new TransactionLostWhileAsleep(error2.message);
      throw error2;
    }
  };
  return {
    execute: (sql, options) => waking(
      sql,
      noting(() => tx.execute(sql, options)),
      wake,
      options
    ),
    commit: noting(() => tx.commit()),
    rollback: () => whileWaking("RollbackTransaction", () => tx.rollback(), wake)
  };
}
function waking(sql, work, wake, options = {}) {
  if (options.cleanup) return work();
  return whileWaking(firstWords(sql), work, wake);
}
function firstWords(sql) {
  const text = sql.replace(/\/\*.*?\*\//gs, " ").replace(/\s+/g, " ").trim();
  return text.length > 40 ? `${text.slice(0, 40)}\u2026` : text;
}
var TransactionLostWhileAsleep;
var init_waking = __esm({
  "src/db/waking.ts"() {
    "use strict";
    init_executor();
    init_resume();
    TransactionLostWhileAsleep = class extends TransactionGone {
    };
  }
});

// src/checks/sql/run.ts
var run_exports4 = {};
__export(run_exports4, {
  judgeRows: () => judgeRows,
  run: () => run4
});
import { RDSDataClient } from "@aws-sdk/client-rds-data";
async function run4(ctx) {
  const c = ctx.config;
  const target2 = {
    resourceArn: c["resource-arn"],
    secretArn: c["secret-arn"],
    ...c.database !== void 0 ? { database: c.database } : {}
  };
  const what = ctx.secrets.excerpt(c.query);
  const executor = wakingExecutor(
    dataApiExecutor(ctx.aws.client(RDSDataClient), target2, ctx.signal),
    {
      timeoutMs: c["resume-timeout"],
      firstBackoffMs: FIRST_RESUME_BACKOFF_MS,
      signal: ctx.signal,
      log: ctx.log
    }
  );
  try {
    const rows = await restartingOnFaults(what, () => queryReadOnly(executor, c.query), ctx);
    return judgeRows(what, c, rows, (text) => ctx.secrets.mask(text));
  } catch (error2) {
    if (ctx.signal.aborted) throw error2;
    const failure = dataApiFailure(error2, c);
    if (failure === void 0) throw error2;
    return { ok: false, summary: `${what}: ${failure}` };
  }
}
function judgeRows(what, c, result2, mask = (text) => text) {
  const { rows } = result2;
  const short = (text) => excerpt(mask(text), 60);
  const first = firstValue(result2);
  const problems = [];
  const expectedRows = c["expect-rows"];
  if (expectedRows !== void 0 && rows.length !== expectedRows)
    problems.push(`returned ${plural(rows.length, "row")}, expected ${expectedRows}`);
  if (c.expect !== void 0 && first === void 0)
    problems.push(`returned no rows, expected "${c.expect}"`);
  else if (c.expect !== void 0 && first !== c.expect)
    problems.push(`returned "${short(first ?? "")}", expected "${c.expect}"`);
  if (problems.length > 0)
    return { ok: false, summary: `${what}: ${problems.join("; ")}`, details: rowsDetails(rows) };
  return { ok: true, summary: `${what} \u2192 ${found(rows.length, first, short)}` };
}
function firstValue({ columns, rows }) {
  const row = rows[0];
  if (!row) return void 0;
  const column = columns[0] !== void 0 && columns[0] in row ? columns[0] : Object.keys(row)[0];
  return column === void 0 ? void 0 : asText(row[column]);
}
function found(count, first, short) {
  if (count === 0) return "no rows";
  const value = `"${short(first ?? "")}"`;
  return count === 1 ? value : `${plural(count, "row")}, first ${value}`;
}
function rowsDetails(rows) {
  const more = rows.length > ROWS_SHOWN ? `

(${rows.length - ROWS_SHOWN} more rows)` : "";
  return `Rows returned:

${fenced(JSON.stringify(rows.slice(0, ROWS_SHOWN), null, 2), "json")}${more}`;
}
function dataApiFailure(error2, c) {
  if (!(error2 instanceof Error)) return void 0;
  const explained = explainAwsError(error2);
  if (explained) return `${explained.message} (${explained.hint})`;
  const message = oneLine(error2.message);
  if (error2 instanceof SqlStatementError)
    return `the query failed: ${message}${error2.sqlState ? `; SQLState: ${error2.sqlState}` : ""}`;
  if (error2 instanceof StatementTimedOut)
    return "the query ran longer than the Data API allows (45 s)";
  if (error2 instanceof NotAwake)
    return `the cluster was still resuming after ${formatDuration(c["resume-timeout"])} (raise resume-timeout)`;
  switch (error2.name) {
    case "SecretsErrorException":
      return `the secret ${c["secret-arn"]} could not be used: ${message}`;
  }
  return "$metadata" in error2 ? `Data API ${error2.name}: ${message}` : void 0;
}
var FIRST_RESUME_BACKOFF_MS, ROWS_SHOWN;
var init_run4 = __esm({
  "src/checks/sql/run.ts"() {
    "use strict";
    init_errors2();
    init_duration();
    init_markdown();
    init_text();
    init_data_api();
    init_executor();
    init_read_only();
    init_restart();
    init_resume();
    init_waking();
    FIRST_RESUME_BACKOFF_MS = 250;
    ROWS_SHOWN = 10;
  }
});

// src/checks/sql/index.ts
function clusterName2(arn) {
  return arn.split(":").at(-1) ?? arn;
}
function expectation(c) {
  const parts = [
    ...c.expect !== void 0 ? [`expect "${c.expect}"`] : [],
    ...c["expect-rows"] !== void 0 ? [`expect ${plural(c["expect-rows"], "row")}`] : []
  ];
  return parts.length > 0 ? ` (${parts.join(", ")})` : "";
}
var sqlCheck;
var init_sql = __esm({
  "src/checks/sql/index.ts"() {
    "use strict";
    init_text();
    init_kind();
    init_settings4();
    sqlCheck = lazyCheckKind(
      {
        name: "sql",
        description: "Run one read-only query through the RDS Data API and check its first value or rows",
        settings: sqlSettings,
        iam: () => Promise.resolve().then(() => (init_iam5(), iam_exports4)),
        describe: (c) => `${excerpt(c.query)} on ${clusterName2(c["resource-arn"])}${expectation(c)}`
      },
      () => Promise.resolve().then(() => (init_run4(), run_exports4))
    );
  }
});

// src/checks/ssm-parameter/settings.ts
var NAME, fields2, ssmParameterSettings;
var init_settings5 = __esm({
  "src/checks/ssm-parameter/settings.ts"() {
    "use strict";
    init_shape();
    NAME = /^(arn:[^:\s]+:ssm:[^:\s]+:\d{12}:parameter)?\/?[A-Za-z0-9_.\-/]{1,1011}(:[A-Za-z0-9_.-]{1,100})?$/;
    fields2 = object({
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
    ssmParameterSettings = refine(fields2, (c) => {
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
  }
});

// src/checks/ssm-parameter/iam.ts
var iam_exports5 = {};
__export(iam_exports5, {
  actions: () => actions5,
  permissions: () => permissions5
});
function permissions5(c, scope) {
  const arn = parameterArn(scope, scoped(scope, c.name, "name"));
  const statements = [allow("ReadCheckedParameters", ["ssm:GetParameter"], [arn])];
  if (c["with-decryption"]) statements.push(decryptViaSsm(scope));
  return statements;
}
var actions5;
var init_iam6 = __esm({
  "src/checks/ssm-parameter/iam.ts"() {
    "use strict";
    init_iam2();
    actions5 = ["ssm:GetParameter", "kms:Decrypt"];
  }
});

// src/checks/ssm-parameter/run.ts
var run_exports5 = {};
__export(run_exports5, {
  run: () => run5
});
import { GetParameterCommand, SSMClient } from "@aws-sdk/client-ssm";
async function run5(ctx) {
  const c = ctx.config;
  let parameter;
  try {
    const answer = await ctx.aws.client(SSMClient).send(new GetParameterCommand({ Name: c.name, WithDecryption: c["with-decryption"] }), {
      abortSignal: ctx.signal
    });
    parameter = answer.Parameter ?? {};
  } catch (error2) {
    if (ctx.signal.aborted) throw error2;
    const sentence = unreadable(c, error2);
    if (sentence) return { ok: false, summary: sentence };
    throw error2;
  }
  const secret = parameter.Type === "SecureString";
  const value = parameter.Value ?? "";
  if (secret && c["with-decryption"]) ctx.secrets.add(value);
  if (secret && !c["with-decryption"] && hasExpectation(c))
    return {
      ok: false,
      summary: `${c.name} is a SecureString: set with-decryption: true to compare its value`
    };
  return judge2(c, value, secret, parameter.Version);
}
function hasExpectation(c) {
  return c.expect !== void 0 || c["expect-match"] !== void 0 || c["expect-json"] !== void 0;
}
function unreadable(c, error2) {
  const name = error2 instanceof Error ? error2.name : "";
  if (name === "ParameterNotFound") return `${c.name} does not exist in Parameter Store`;
  if (name === "ParameterVersionNotFound")
    return `${c.name}: the parameter exists but that version or label does not; leave out what follows the colon to read the latest`;
  if (name === "AccessDeniedException") {
    const kms = c["with-decryption"] ? " (and kms:Decrypt on its key)" : "";
    return `access to ${c.name} denied: the role needs ssm:GetParameter on it${kms}`;
  }
  return void 0;
}
function judge2(c, value, secret, version2) {
  const shown2 = (text) => secret ? "(SecureString)" : `"${excerpt(text, 60)}"`;
  const at2 = version2 !== void 0 ? ` (version ${version2})` : "";
  if (c.expect !== void 0) {
    if (value === c.expect && secret)
      return { ok: true, summary: `${c.name} holds the expected value (SecureString)${at2}` };
    if (value === c.expect) return { ok: true, summary: `${c.name} is ${shown2(value)}${at2}` };
    if (secret)
      return { ok: false, summary: `${c.name} (SecureString) differs from the expected value` };
    return { ok: false, summary: `${c.name} is ${shown2(value)}, expected "${c.expect}"` };
  }
  const pattern = c["expect-match"];
  if (pattern !== void 0) {
    const ok = new RegExp(pattern).test(value);
    const verb = ok ? "matches" : "does not match";
    return {
      ok,
      summary: `${c.name} ${secret ? "(SecureString)" : shown2(value)} ${verb} /${pattern}/${ok ? at2 : ""}`
    };
  }
  if (c["expect-json"]) return compareJson2(c.name, c["expect-json"], value, secret);
  return { ok: true, summary: `${c.name} exists${at2}` };
}
function compareJson2(name, expected, value, secret) {
  let document;
  try {
    document = JSON.parse(value);
  } catch {
    return { ok: false, summary: `${name}: the value is not JSON` };
  }
  const problems = [];
  for (const [path, want] of Object.entries(expected)) {
    const got = asText(valueAt(document, path));
    if (got === void 0) problems.push(`${path} is missing, expected "${secret ? "\u2026" : want}"`);
    else if (got !== want)
      problems.push(
        secret ? `${path} differs from the expected value` : `${path} is "${excerpt(got, 60)}", expected "${want}"`
      );
  }
  if (problems.length > 0) return { ok: false, summary: `${name}: ${problems.join("; ")}` };
  const found2 = secret ? Object.keys(expected).join(", ") : Object.entries(expected).map(([p, v]) => `${p}=${v}`).join(", ");
  return { ok: true, summary: `${name}: ${found2}` };
}
var init_run5 = __esm({
  "src/checks/ssm-parameter/run.ts"() {
    "use strict";
    init_text();
    init_expect();
  }
});

// src/checks/ssm-parameter/index.ts
var ssmParameterCheck;
var init_ssm_parameter = __esm({
  "src/checks/ssm-parameter/index.ts"() {
    "use strict";
    init_kind();
    init_settings5();
    ssmParameterCheck = lazyCheckKind(
      {
        name: "ssm-parameter",
        description: "Check that an SSM Parameter Store parameter holds the expected value",
        settings: ssmParameterSettings,
        iam: () => Promise.resolve().then(() => (init_iam6(), iam_exports5)),
        describe: (c) => {
          if (c.expect !== void 0) return `${c.name} is "${c.expect}"`;
          if (c["expect-match"] !== void 0) return `${c.name} matches /${c["expect-match"]}/`;
          if (c["expect-json"]) return `${c.name} has ${Object.keys(c["expect-json"]).join(", ")}`;
          return `${c.name} exists`;
        }
      },
      () => Promise.resolve().then(() => (init_run5(), run_exports5))
    );
  }
});

// src/checks/index.ts
var checkKinds;
var init_checks = __esm({
  "src/checks/index.ts"() {
    "use strict";
    init_command();
    init_ecs_service();
    init_http();
    init_sql();
    init_ssm_parameter();
    init_kind();
    checkKinds = [
      httpCheck,
      sqlCheck,
      ecsServiceCheck,
      ssmParameterCheck,
      commandCheck
    ];
  }
});

// src/phases/checks/outputs.ts
var CHECKS_OUTPUTS;
var init_outputs = __esm({
  "src/phases/checks/outputs.ts"() {
    "use strict";
    CHECKS_OUTPUTS = ["passed", "failed"];
  }
});

// src/core/plan-view.ts
function planItem(line, facts = [], blocks = []) {
  return { line, facts, blocks };
}
var init_plan_view = __esm({
  "src/core/plan-view.ts"() {
    "use strict";
  }
});

// src/phases/checks/report.ts
function outcomeTable(outcomes) {
  const rows = outcomes.map(({ check: check2, result: result2, attempts, durationMs: durationMs2 }) => [
    result2.ok ? "\u2705" : "\u274C",
    check2.name,
    check2.uses,
    String(attempts),
    formatDuration(durationMs2),
    result2.summary
  ]);
  return table(["", "check", "kind", "tries", "duration", "result"], rows);
}
function outcomeDetails(outcomes) {
  const sections = outcomes.filter(({ result: result2 }) => result2.details).map(
    ({ check: check2, result: result2 }) => `#### ${result2.ok ? "\u2705" : "\u274C"} ${check2.name}

${result2.details}`
  );
  return [outcomeTable(outcomes), ...sections].join("\n\n");
}
function passedSummary(outcomes) {
  const retried = outcomes.filter((o) => o.attempts > 1).length;
  const after = retried > 0 ? ` (${plural(retried, "check")} after retries)` : "";
  return `${outcomes.length}/${outcomes.length} checks passed${after}`;
}
function failedSummary(outcomes) {
  const failed2 = outcomes.filter((o) => !o.result.ok);
  const names = failed2.map((o) => `${o.check.name}: ${o.result.summary}`);
  return `${failed2.length} of ${plural(outcomes.length, "check")} failed: ${names.join("; ")}`;
}
function checksPlan(config) {
  const { attempts, interval } = config.retry;
  const retry2 = attempts > 1 ? `tried up to ${attempts} times, ${formatDuration(interval)} apart` : "tried once";
  const items = config.checks.map(
    (c) => planItem(`${c.name} (${c.uses}): ${describeCheck(c.kind, c.config)}`, [retry2])
  );
  return { changes: false, items };
}
var init_report = __esm({
  "src/phases/checks/report.ts"() {
    "use strict";
    init_kind();
    init_duration();
    init_markdown();
    init_plan_view();
    init_text();
  }
});

// src/phases/checks/plan.ts
async function planChecks(ctx) {
  const { checks } = ctx.config;
  return {
    summary: `would run ${plural(checks.length, "check")}: ${checks.map((c) => c.name).join(", ")}`,
    plan: checksPlan(ctx.config)
  };
}
var init_plan = __esm({
  "src/phases/checks/plan.ts"() {
    "use strict";
    init_text();
    init_report();
  }
});

// src/checks/run.ts
async function runCheck(kind, ctx) {
  try {
    return await kind.run(ctx);
  } catch (error2) {
    if (ctx.signal.aborted) throw error2;
    return failedCheck(error2);
  }
}
function failedCheck(error2) {
  const explained = explainFailure(error2);
  if (!explained) throw error2;
  const hint = explained.hint ? ` (${explained.hint})` : "";
  return { ok: false, summary: `${explained.message}${hint}` };
}
var init_run6 = __esm({
  "src/checks/run.ts"() {
    "use strict";
    init_errors2();
  }
});

// src/phases/kind.ts
function checkContext(phase3, check2, config) {
  const { run: run6, signal, log, aws, secrets } = phase3;
  return { config, check: { name: check2.name, uses: check2.uses }, run: run6, signal, log, aws, secrets };
}
function lazyPhaseKind(about, load) {
  let loading;
  const steps2 = () => {
    loading ??= load();
    return loading;
  };
  const kind = {
    name: about.name,
    description: about.description,
    settings: about.settings,
    ...about.checkFiles ? { checkFiles: about.checkFiles } : {},
    ...about.readOnly ? { readOnly: true } : {},
    ...about.iam ? { iam: about.iam } : {},
    ...about.outputs ? { outputs: about.outputs } : {},
    ...about.files ? { files: about.files } : {},
    plan: async (ctx) => (await steps2()).plan(ctx),
    run: async (ctx) => (await steps2()).run(ctx)
  };
  if (!about.canRollBack) return kind;
  return {
    ...kind,
    async rollback(ctx, changes) {
      const { rollback } = await steps2();
      if (!rollback)
        throw new Error(`phase kind ${about.name} says it can roll back, but has no rollback`);
      return rollback(ctx, changes);
    }
  };
}
var init_kind2 = __esm({
  "src/phases/kind.ts"() {
    "use strict";
  }
});

// src/phases/checks/run.ts
async function runChecksPhase(ctx) {
  const outcomes = await runChecks(ctx);
  const passed = outcomes.filter((o) => o.result.ok).length;
  const outputs = {
    passed: String(passed),
    failed: String(outcomes.length - passed)
  };
  const details2 = outcomeDetails(outcomes);
  if (passed < outcomes.length)
    throw new PhaseFailure(failedSummary(outcomes), { details: details2, outputs });
  return { summary: passedSummary(outcomes), outputs, details: details2 };
}
function runChecks(ctx) {
  return Promise.all(ctx.config.checks.map((check2) => runWithRetries(check2, ctx)));
}
async function runWithRetries(check2, ctx) {
  const { attempts, interval } = ctx.config.retry;
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    const result2 = await runOnce(check2, ctx);
    const done = result2.ok || attempt >= attempts;
    if (done) {
      ctx.log.info(`${check2.name}: ${result2.ok ? "passed" : "FAILED"}: ${result2.summary}`);
      return { check: check2, result: result2, attempts: attempt, durationMs: Date.now() - started };
    }
    ctx.log.info(
      `${check2.name}: failed (try ${attempt} of ${attempts}): ${result2.summary}; trying again in ${formatDuration(interval)}`
    );
    await sleep(interval, ctx.signal);
  }
}
function runOnce(check2, ctx) {
  return runCheck(check2.kind, checkContext(ctx, check2, check2.config));
}
var init_run7 = __esm({
  "src/phases/checks/run.ts"() {
    "use strict";
    init_run6();
    init_duration();
    init_errors();
    init_sleep();
    init_kind2();
    init_report();
  }
});

// src/phases/checks/settings.ts
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
  const byName4 = new Map(kinds.map((k) => [k.name, k]));
  return {
    expected: "a check (uses: and with:)",
    jsonSchema: () => entrySchema(kinds),
    parse(value, path, ctx) {
      const entry = entryFields.parse(value, path, ctx);
      if (entry?.uses === void 0) return void 0;
      const kind = byName4.get(entry.uses);
      if (!kind) {
        ctx.issues.push({
          path: [...path, "uses"],
          ...unknownKind(entry.uses, [...byName4.keys()], notYetAvailable)
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
var entryFields, retry, DEFAULT_RETRY;
var init_settings6 = __esm({
  "src/phases/checks/settings.ts"() {
    "use strict";
    init_shape();
    init_suggest();
    entryFields = object({
      name: optional(string({ description: "Shown in the report. Default: the check kind." })),
      uses: string({ description: "The check kind: http, sql, ecs-service." }),
      with: optional(unknownValue("The check kind's settings; may use ${{ }} templates."))
    });
    retry = object(
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
    DEFAULT_RETRY = { attempts: 3, interval: 5e3 };
  }
});

// src/phases/checks/iam.ts
var iam_exports6 = {};
__export(iam_exports6, {
  actions: () => actions6,
  permissions: () => permissions6
});
async function permissions6(c, scope) {
  const each = await Promise.all(
    c.checks.map(async (check2) => {
      if (!check2.kind.iam) {
        scope.note(`phase ${scope.phase.id}: check kind ${check2.uses} declares no IAM permissions`);
        return [];
      }
      return (await check2.kind.iam()).permissions(check2.config, scope);
    })
  );
  return each.flat();
}
var actions6;
var init_iam7 = __esm({
  "src/phases/checks/iam.ts"() {
    "use strict";
    actions6 = [];
  }
});

// src/phases/checks/index.ts
function checksPhaseKind(kinds, notYetAvailable = []) {
  return {
    name: "checks",
    description: `Run checks side by side (${kinds.map((k) => k.name).join(", ")}), retrying failed ones; fail when any still fails`,
    settings: checksSettings(kinds, notYetAvailable),
    // Verification looks and changes nothing: it runs again on every run (always-run).
    readOnly: true,
    iam: () => Promise.resolve().then(() => (init_iam7(), iam_exports6)),
    outputs: () => CHECKS_OUTPUTS,
    plan: planChecks,
    run: runChecksPhase
  };
}
var init_checks2 = __esm({
  "src/phases/checks/index.ts"() {
    "use strict";
    init_outputs();
    init_plan();
    init_run7();
    init_settings6();
  }
});

// src/core/paths.ts
import { stat } from "node:fs/promises";
import { dirname as dirname2, isAbsolute, relative, resolve as resolve2, sep } from "node:path";
function candidatePaths(path, planFile, cwd = process.cwd()) {
  if (isAbsolute(path)) return [path];
  const fromPlan = resolve2(dirname2(planFile), path);
  const fromCwd = resolve2(cwd, path);
  return fromPlan === fromCwd ? [fromPlan] : [fromPlan, fromCwd];
}
async function locate(path, planFile, what) {
  const candidates = candidatePaths(path, planFile);
  for (const candidate of candidates) {
    const found2 = await stat(candidate).catch(() => void 0);
    if (what.kind === "file" ? found2?.isFile() : found2?.isDirectory()) return candidate;
  }
  throw new UserError(`${what.name} ${path} not found`, `looked at ${candidates.join(" and ")}`);
}
function shownPath(path, base2 = process.cwd()) {
  const inside = relative(base2, resolve2(base2, path));
  if (inside === "") return ".";
  return inside.startsWith(`..${sep}`) || inside === ".." || isAbsolute(inside) ? path : inside;
}
var init_paths = __esm({
  "src/core/paths.ts"() {
    "use strict";
    init_errors();
  }
});

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
  const list2 = Array.isArray(td.containerDefinitions) ? td.containerDefinitions : [];
  return list2.flatMap(
    (c, i) => typeof c === "object" && c !== null ? [{ c, i, name: String(c.name ?? "") }] : []
  );
}
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
  const size3 = sizes.find((s) => s.cpu === cpu);
  if (size3 && memory !== void 0 && size3.memory.includes(memory)) return [];
  const fitting = sizes.filter((s) => memory !== void 0 && s.memory.includes(memory));
  const forMemory = fitting.length > 0 ? `memory ${memory} fits cpu ${fitting.map((s) => s.cpu).join(", ")}` : "";
  if (!size3) {
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
  const forCpu = `with cpu ${size3.cpu}, memory can be ${memoryListText(size3.memory)}`;
  return [
    {
      rule: "fargate-size",
      path: ["memory"],
      message: `memory ${JSON.stringify(td.memory)} does not fit cpu ${size3.cpu} on Fargate`,
      hint: forMemory ? `${forCpu}; ${forMemory}` : forCpu
    }
  ];
}
function executionRoleProblems(ctx) {
  const role = ctx.td.executionRoleArn;
  if (typeof role === "string" && role !== "") return [];
  const hint = 'add "executionRoleArn": "arn:aws:iam::<account>:role/ecsTaskExecutionRole"';
  const problems = [];
  for (const { c, i, name } of containers(ctx.td)) {
    const at2 = ["containerDefinitions", i];
    const log = c.logConfiguration;
    if (ctx.fargate && log?.logDriver === "awslogs")
      problems.push({
        rule: "execution-role-awslogs",
        path: [...at2, "logConfiguration", "logDriver"],
        message: `container "${name}" logs with awslogs on Fargate, which needs executionRoleArn, and the task definition has none`,
        hint,
        container: name
      });
    if (ctx.fargate && typeof c.image === "string" && PRIVATE_ECR.test(c.image))
      problems.push({
        rule: "execution-role-ecr",
        path: [...at2, "image"],
        message: `container "${name}" pulls ${c.image} from a private ECR repository on Fargate, which needs executionRoleArn, and the task definition has none`,
        hint,
        container: name
      });
    if (Array.isArray(c.secrets) && c.secrets.length > 0)
      problems.push({
        rule: "execution-role-secrets",
        path: [...at2, "secrets"],
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
function missingContainers(td, named2) {
  const known2 = containers(td).map((c) => c.name);
  return named2.filter((n) => !known2.includes(n.name)).map((n) => ({
    rule: "container-name",
    path: n.path,
    message: `${n.where} names container "${n.name}", which is not in the task definition`,
    hint: known2.length > 0 ? `its containers are: ${known2.join(", ")}` : "the task definition has no containers",
    container: n.name
  }));
}
function missingContainersFailure(problems, label2) {
  const [first] = problems;
  if (!first) return void 0;
  const names = problems.map((p) => p.message).join("; ");
  const hint = first.hint ?? "the task definition has no containers";
  return { message: `${names}${label2 ? ` ${label2}` : ""} (${hint})`, hint };
}
var SIZES_HINT, PRIVATE_ECR;
var init_task_definition_rules = __esm({
  "src/core/task-definition-rules.ts"() {
    "use strict";
    init_fargate_sizes();
    SIZES_HINT = "Fargate cpu values: 256, 512, 1024, 2048, 4096, 8192, 16384";
    PRIVATE_ECR = /^\d{12}\.dkr\.ecr(-fips)?\.[a-z0-9-]+\.amazonaws\.com(\.cn)?\//;
  }
});

// src/core/task-definition-shape.ts
var TASK_DEFINITION_ROOT, TASK_DEFINITION_STRUCTS;
var init_task_definition_shape = __esm({
  "src/core/task-definition-shape.ts"() {
    "use strict";
    TASK_DEFINITION_ROOT = "RegisterTaskDefinitionRequest";
    TASK_DEFINITION_STRUCTS = {
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
  }
});

// src/core/task-definition-types.ts
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
function unknownKey(key, known2, path) {
  const near = closest(key, known2);
  return {
    kind: "unknown-key",
    path: [...path, key],
    message: `unknown key "${key}": RegisterTaskDefinition has no such member here (the SDK would drop it without a word)`,
    hint: near ? `did you mean "${near}"?` : `the keys here are: ${known2.join(", ")}`
  };
}
var DESCRIBED_ONLY, article;
var init_task_definition_types = __esm({
  "src/core/task-definition-types.ts"() {
    "use strict";
    init_suggest();
    init_task_definition_shape();
    DESCRIBED_ONLY = [
      "taskDefinitionArn",
      "revision",
      "status",
      "requiresAttributes",
      "compatibilities",
      "registeredAt",
      "registeredBy",
      "deregisteredAt"
    ];
    article = (type) => type === "integer" ? "an integer" : type === "object" ? "an object" : `a ${type}`;
  }
});

// src/plan/positions.ts
import {
  isAlias,
  isCollection,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit
} from "yaml";
function keyText(key) {
  if (isScalar(key)) return String(key.value);
  return key === null || key === void 0 ? "" : String(key);
}
function readYaml(text, file) {
  const lines = new LineCounter();
  const doc = parseDocument(text, {
    keepSourceTokens: true,
    lineCounter: lines,
    uniqueKeys: true,
    prettyErrors: false,
    // 'silent' would also drop the MULTIPLE_DOCS error; 'error' only mutes console warnings.
    logLevel: "error"
  });
  const positions = new SourcePositions(doc, lines, file);
  const diagnostics = [
    ...doc.errors.map((e) => yamlDiagnostic(e, text, positions, "error")),
    ...doc.warnings.map((e) => yamlDiagnostic(e, text, positions, "warning")),
    ...structureProblems(doc, positions)
  ];
  const trusted = diagnostics.every(
    (d) => d.severity !== "error" || d.message.startsWith("duplicate key")
  );
  if (!trusted) return { positions, value: void 0, diagnostics };
  try {
    return { positions, value: doc.toJS({ maxAliasCount: 100 }), diagnostics };
  } catch (error2) {
    const message = error2 instanceof Error ? error2.message : String(error2);
    diagnostics.push({
      message: `the YAML cannot be read: ${message}`,
      hint: "simplify anchors and aliases (*name); a plan rarely needs them",
      position: positions.at([]),
      severity: "error"
    });
    return { positions, value: void 0, diagnostics };
  }
}
function yamlDiagnostic(error2, text, positions, severity) {
  const last = Math.max(0, text.trimEnd().length - 1);
  const [start, end] = error2.pos.map((offset) => Math.min(offset, last));
  const message = error2.code === "DUPLICATE_KEY" ? `duplicate key "${keyAt(text, start)}"` : error2.code === "MULTIPLE_DOCS" ? "the file holds more than one YAML document" : `YAML: ${error2.message}`;
  return {
    message,
    hint: YAML_HINTS[error2.code] ?? "fix the YAML syntax here",
    position: positions.ofOffsets(start, end),
    severity
  };
}
function keyAt(text, offset) {
  return (/^(?:"[^"\n]*"|'[^'\n]*'|[^:\n]*)/.exec(text.slice(offset))?.[0] ?? "").trim();
}
function structureProblems(doc, positions) {
  const problems = [];
  const report = (range, message, hint) => problems.push({
    message,
    hint,
    position: range ? positions.ofOffsets(range[0], range[1]) : positions.at([]),
    severity: "error"
  });
  visit(doc, {
    Alias(_, alias) {
      if (!alias.resolve(doc)) {
        report(
          alias.range,
          `alias *${alias.source} has no anchor`,
          `define &${alias.source} before using it`
        );
      }
    },
    Pair(_, pair) {
      if (isCollection(pair.key)) {
        report(
          pair.key.range,
          "a key must be plain text, not a list or a map",
          "write a name as the key"
        );
      }
    }
  });
  return problems;
}
var SourcePositions, YAML_HINTS;
var init_positions = __esm({
  "src/plan/positions.ts"() {
    "use strict";
    SourcePositions = class {
      constructor(doc, lines, file) {
        this.doc = doc;
        this.lines = lines;
        this.file = file;
      }
      doc;
      lines;
      file;
      /** Where a path is; when it does not exist, where its deepest existing part is. */
      at(path, target2 = "value") {
        const found2 = this.find(path);
        const useKey = found2.key && (target2 === "key" || !found2.node);
        const range = useKey ? found2.key?.range : found2.node?.range;
        if (!range) return { file: this.file, line: 1, column: 1 };
        const spansLines = isCollection(found2.node) && !useKey;
        return this.ofOffsets(range[0], spansLines ? void 0 : range[1]);
      }
      ofOffsets(start, end) {
        const from = this.lines.linePos(start);
        const position = { file: this.file, line: from.line, column: from.col };
        if (end === void 0 || end <= start) return position;
        const to = this.lines.linePos(end);
        return { ...position, endLine: to.line, endColumn: to.col };
      }
      find(path) {
        let node = this.doc.contents;
        let key;
        for (const segment of path) {
          if (isAlias(node)) node = node.resolve(this.doc) ?? null;
          if (isMap(node)) {
            const pair = node.items.findLast((p) => keyText(p.key) === String(segment));
            if (!pair) break;
            key = pair.key ?? void 0;
            node = pair.value ?? null;
          } else if (isSeq(node) && typeof segment === "number" && node.items[segment]) {
            key = void 0;
            node = node.items[segment];
          } else {
            break;
          }
        }
        return key ? { node, key } : { node };
      }
    };
    YAML_HINTS = {
      DUPLICATE_KEY: "each key may appear once in a map: remove or rename one of them",
      TAB_AS_INDENT: "indent with spaces; YAML does not allow tabs for indentation",
      BAD_INDENT: "check the indentation, and that every [ and { is closed",
      BLOCK_AS_IMPLICIT_KEY: "a value cannot start a new map on the same line: put it on its own line",
      MULTILINE_IMPLICIT_KEY: "check the indentation and colons: a key must fit on one line",
      MISSING_CHAR: "add the missing character",
      MULTIPLE_DOCS: "a plan file holds one YAML document: remove the --- line",
      UNEXPECTED_TOKEN: "check for a stray character or a missing colon"
    };
  }
});

// src/aws/ecs/refusals.ts
function assertRegistrable(input, label2, launchType) {
  const wrong = shapeProblems(input);
  const problems = wrong.length > 0 ? wrong : taskDefinitionProblems(input, { launchType });
  if (problems.length === 0) return;
  const line = (p) => `${keyPath(p.path)}: ${p.message}`;
  throw new PhaseFailure(
    `${label2}: ECS would refuse the task definition (nothing was registered): ${problems.map(line).join("; ")}`,
    {
      hint: [...new Set(problems.map((p) => p.hint))].join("; "),
      details: problems.map((p) => `- \`${keyPath(p.path)}\`: ${p.message} (${p.hint})`).join("\n")
    }
  );
}
function keyPath(path) {
  return path.map((k, i) => typeof k === "number" ? `[${k}]` : i === 0 ? k : `.${k}`).join("");
}
var init_refusals = __esm({
  "src/aws/ecs/refusals.ts"() {
    "use strict";
    init_errors();
    init_task_definition_rules();
    init_task_definition_types();
  }
});

// src/aws/ecs/definition-file-check.ts
import { readFile } from "node:fs/promises";
import { relative as relative2 } from "node:path";
async function checkDefinitionFile(ref, context) {
  if (typeof ref.file !== "string" || isTemplate(ref.file)) return [];
  const inPlan = context.at(ref.at);
  const found2 = await locate(ref.file, context.planFile, {
    kind: "file",
    name: "task definition file"
  }).catch((e) => e instanceof UserError ? e : Promise.reject(e));
  if (found2 instanceof UserError)
    return [error(found2.message, inPlan, found2.hint ? { hint: found2.hint } : {})];
  const near = relative2(process.cwd(), found2);
  const shown2 = near === "" || near.startsWith("..") ? found2 : near;
  const text = await readFile(found2, "utf8");
  const parsed = parseJson2(text, shown2);
  if ("mistake" in parsed) return [parsed.mistake];
  return definitionMistakes(parsed.value, readYaml(text, shown2).positions, ref, context);
}
function parseJson2(text, file) {
  const top = { file, line: 1, column: 1 };
  try {
    const value = JSON.parse(text);
    if (isRecord(value)) return { value };
    return { mistake: error(`task definition file ${file} is not a JSON object`, top) };
  } catch (e) {
    const message = e.message;
    const offset = Number(/position (\d+)/.exec(message)?.[1] ?? Number.NaN);
    const yaml = readYaml(text, file).diagnostics.find((d) => d.severity === "error");
    const at2 = Number.isNaN(offset) ? yaml?.position ?? top : offsetPosition(text, offset, file);
    return { mistake: error(`task definition file ${file} is not valid JSON: ${message}`, at2) };
  }
}
function offsetPosition(text, offset, file) {
  const before = text.slice(0, offset).split("\n");
  return { file, line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}
function definitionMistakes(raw, positions, ref, context) {
  const prefix = isRecord(raw.taskDefinition) ? ["taskDefinition"] : [];
  const input = registrationInput(raw);
  const inFile = (path, target2) => positions.at([...prefix, ...path], target2);
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
  const containers2 = containerDefinitionsOf(input);
  if (containers2.length === 0)
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
  if (containers2.some((c) => isTemplate(c.name))) return mistakes;
  const unknownNames = missingContainers(input, ref.named).map(
    (p) => error(`${p.message} ${file}`, context.at(p.path, "key"), { hint: p.hint })
  );
  return [...mistakes, ...unknownNames];
}
function error(message, position, extra = {}) {
  return { message, position, severity: "error", ...extra };
}
var init_definition_file_check = __esm({
  "src/aws/ecs/definition-file-check.ts"() {
    "use strict";
    init_errors();
    init_paths();
    init_shape();
    init_task_definition_rules();
    init_task_definition_types();
    init_positions();
    init_refusals();
    init_task_definitions();
  }
});

// src/phases/ecs-deploy/overrides.ts
function applyOverrides(definition, overrides2, service3) {
  const missing = missingContainersFailure(
    missingContainers(definition, namedContainers(overrides2))
  );
  if (missing) throw new PhaseFailure(`${service3}: ${missing.message}`, { hint: missing.hint });
  const containers2 = containerDefinitionsOf(definition).map((c) => ({ ...c }));
  const byName4 = new Map(containers2.map((c) => [String(c.name), c]));
  for (const [name, image] of Object.entries(overrides2.images ?? {})) {
    const container = byName4.get(name);
    if (container) container.image = image;
  }
  for (const [name, vars] of Object.entries(overrides2.env ?? {})) {
    const container = byName4.get(name);
    if (container) container.environment = mergeEnvironment(container.environment, vars);
  }
  return { ...definition, containerDefinitions: containers2 };
}
function namedContainers(overrides2) {
  return ["images", "env"].flatMap(
    (where2) => Object.keys(overrides2[where2] ?? {}).map((name) => ({ where: where2, name, path: [where2, name] }))
  );
}
function mergeEnvironment(current, vars) {
  const list2 = Array.isArray(current) ? current.filter(isRecord) : [];
  const kept = list2.filter((e) => !Object.hasOwn(vars, String(e.name)));
  return [...kept, ...Object.entries(vars).map(([name, value]) => ({ name, value }))];
}
var init_overrides = __esm({
  "src/phases/ecs-deploy/overrides.ts"() {
    "use strict";
    init_task_definitions();
    init_errors();
    init_task_definition_rules();
  }
});

// src/phases/ecs-deploy/check-files.ts
function serviceFiles(settings) {
  const services = isPlainObject(settings) && Array.isArray(settings.services) ? settings.services : [];
  return services.flatMap((service3) => {
    const file = isPlainObject(service3) ? service3["task-definition"] : void 0;
    return typeof file === "string" && !file.includes("${{") ? [file.trim()] : [];
  });
}
async function checkServiceFiles(settings, context) {
  const services = isPlainObject(settings) && Array.isArray(settings.services) ? settings.services : [];
  const found2 = await Promise.all(
    services.map((service3, i) => {
      if (!isPlainObject(service3) || service3["task-definition"] === void 0) return [];
      const create2 = isPlainObject(service3.create) ? service3.create : {};
      const launchType = typeof create2["launch-type"] === "string" ? create2["launch-type"] : void 0;
      const named2 = namedContainers(service3).map((n) => ({
        ...n,
        path: ["services", i, ...n.path]
      }));
      return checkDefinitionFile(
        {
          file: service3["task-definition"],
          at: ["services", i, "task-definition"],
          launchType,
          named: named2
        },
        context
      );
    })
  );
  return found2.flat();
}
var init_check_files = __esm({
  "src/phases/ecs-deploy/check-files.ts"() {
    "use strict";
    init_definition_file_check();
    init_shape();
    init_overrides();
  }
});

// src/phases/ecs-deploy/outputs.ts
function taskDefinitionOutput(service3) {
  return `${service3}-task-definition-arn`;
}
function ecsDeployOutputs(settings) {
  const services = isPlainObject(settings) ? settings.services : void 0;
  if (!Array.isArray(services)) return void 0;
  const names = [];
  for (const service3 of services) {
    const name = isPlainObject(service3) ? service3.service : void 0;
    if (typeof name !== "string" || isTemplate(name)) return void 0;
    names.push(taskDefinitionOutput(name));
  }
  return names;
}
var init_outputs2 = __esm({
  "src/phases/ecs-deploy/outputs.ts"() {
    "use strict";
    init_shape();
  }
});

// src/phases/ecs-deploy/settings.ts
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
var CRASH_LOOP_THRESHOLD, loadBalancer, capacityProvider, create, service, phase, ecsDeploySettings;
var init_settings7 = __esm({
  "src/phases/ecs-deploy/settings.ts"() {
    "use strict";
    init_shape();
    CRASH_LOOP_THRESHOLD = 3;
    loadBalancer = object(
      {
        "target-group-arn": string({
          description: "ARN of the target group the service registers in."
        }),
        container: string({ description: "Container that receives the traffic." }),
        port: number({ integer: true, min: 1, max: 65535, description: "Its container port." })
      },
      { description: "Attach the service to a load balancer target group." }
    );
    capacityProvider = object({
      "capacity-provider": string({ description: "For example FARGATE or FARGATE_SPOT." }),
      weight: optional(number({ integer: true, min: 0, max: 1e3 })),
      base: optional(number({ integer: true, min: 0, max: 1e5 }))
    });
    create = refine(
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
    service = refine(
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
    phase = refine(
      object({
        cluster: optional(string({ description: "Default cluster of the services." })),
        "max-parallel": optional(
          number({ integer: true, min: 1, description: "Services rolled out at once (default all)." })
        ),
        "poll-interval": withDefault(duration("Time between two DescribeServices polls."), 2e3),
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
    ecsDeploySettings = {
      ...phase,
      parse(value, path, ctx) {
        const parsed = phase.parse(value, path, ctx);
        const before = ctx.issues.length;
        checkClusters(value, path, ctx.issues);
        return ctx.issues.length === before ? parsed : void 0;
      }
    };
  }
});

// src/aws/ecs/definition-files.ts
import { readFile as readFile2 } from "node:fs/promises";
async function readDefinitionFile(path, planFile, renderTemplates) {
  const found2 = await locate(path, planFile, { kind: "file", name: "task definition file" });
  const text = await readFile2(found2, "utf8");
  const input = registrationInput(await renderTemplates(parseObject(text, path)));
  if (typeof input.family !== "string" || input.family === "")
    throw new PhaseFailure(`task definition file ${path} has no family`, {
      hint: 'add "family": "<name>" to the file'
    });
  if (containerDefinitionsOf(input).length === 0)
    throw new PhaseFailure(`task definition file ${path} has no containerDefinitions`);
  return input;
}
function parseObject(text, path) {
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch (error2) {
    throw new PhaseFailure(
      `task definition file ${path} is not valid JSON: ${error2.message}`
    );
  }
  if (!isRecord(parsed))
    throw new PhaseFailure(`task definition file ${path} is not a JSON object`);
  return parsed;
}
var init_definition_files = __esm({
  "src/aws/ecs/definition-files.ts"() {
    "use strict";
    init_errors();
    init_paths();
    init_task_definitions();
  }
});

// src/aws/ecs/iam.ts
async function definitionFacts(path, scope) {
  const input = await readDefinitionFile(path, scope.planFile, scope.render);
  const roles = [input.taskRoleArn, input.executionRoleArn].flatMap(
    (r) => typeof r === "string" && r !== "" ? [scoped(scope, r, `a role of ${path}`)] : []
  );
  const logStreams = containerDefinitionsOf(input).flatMap((c) => {
    const log = isRecord(c.logConfiguration) ? c.logConfiguration : {};
    const options = isRecord(log.options) ? log.options : {};
    const group = options["awslogs-group"];
    const region = options["awslogs-region"] ?? scope.region;
    if (log.logDriver !== "awslogs" || typeof group !== "string" || region !== scope.region)
      return [];
    return [logStreamsArn(scope, scoped(scope, group, `the log group of ${path}`))];
  });
  return {
    family: scoped(scope, String(input.family), `the family of ${path}`),
    roles,
    logStreams,
    tagged: Array.isArray(input.tags) && input.tags.length > 0
  };
}
var init_iam8 = __esm({
  "src/aws/ecs/iam.ts"() {
    "use strict";
    init_iam2();
    init_definition_files();
    init_task_definitions();
  }
});

// src/phases/ecs-deploy/iam.ts
var iam_exports7 = {};
__export(iam_exports7, {
  actions: () => actions7,
  permissions: () => permissions7
});
async function permissions7(c, scope) {
  const targets = c.services.map((s) => {
    const cluster2 = scoped(scope, s.cluster ?? c.cluster ?? "", "cluster");
    return {
      cluster: cluster2,
      arn: ecsArn.service(scope, cluster2, scoped(scope, s.service, "service")),
      settings: s
    };
  });
  return [
    allow(
      "EcsReadServices",
      ["ecs:DescribeServices"],
      targets.map((t2) => t2.arn)
    ),
    allow("EcsReadTaskDefinitions", ["ecs:DescribeTaskDefinition"], ["*"]),
    ...await registrations(targets, scope),
    ...byCluster(targets, (cluster2, mine) => serviceWrites(cluster2, mine, scope)),
    ...byCluster(targets, (cluster2) => taskReads(cluster2, scope))
  ];
}
function registers(s) {
  return s["task-definition"] !== void 0 || s["task-definition-arn"] === void 0 && (s.images !== void 0 || s.env !== void 0);
}
async function registrations(targets, scope) {
  const registering = targets.filter((t2) => registers(t2.settings));
  if (registering.length === 0) return [];
  const files = await Promise.all(
    registering.flatMap((t2) => {
      const file = t2.settings["task-definition"];
      return file === void 0 ? [] : [definitionFacts(file, scope)];
    })
  );
  const live = registering.filter((t2) => t2.settings["task-definition"] === void 0);
  const families = files.map((f) => ecsArn.family(scope, f.family));
  const roles = files.flatMap((f) => f.roles);
  if (live.length > 0) {
    const names = live.map((t2) => t2.settings.service).join(", ");
    scope.note(
      `phase ${scope.phase.id}: ${names} register in the family of their live revision, and pass its roles, which the plan does not name: any family, any role of the account`
    );
    families.push(ecsArn.family(scope, "*"));
    roles.push(anyRole(scope));
  }
  const tagged = files.filter((f) => f.tagged).map((f) => ecsArn.family(scope, f.family));
  return [
    allow("EcsRegisterTaskDefinitions", ["ecs:RegisterTaskDefinition"], families),
    ...tagged.length > 0 ? [allow("EcsTagTaskDefinitions", ["ecs:TagResource"], tagged)] : [],
    ...roles.length > 0 ? [passRoles(roles)] : []
  ];
}
function serviceWrites(cluster2, mine, scope) {
  const condition = inCluster(scope, cluster2);
  const created = mine.filter((t2) => t2.settings.create !== void 0).map((t2) => t2.arn);
  const statements = [
    allow(
      "EcsUpdateServices",
      ["ecs:UpdateService"],
      mine.map((t2) => t2.arn),
      condition
    )
  ];
  if (created.length > 0) {
    statements.push(allow("EcsCreateServices", ["ecs:CreateService"], created, condition));
    if (scope.phase.onFailure === "rollback")
      statements.push(allow("EcsDeleteCreatedServices", ["ecs:DeleteService"], created, condition));
  }
  return statements;
}
function taskReads(cluster2, scope) {
  return [
    allow("EcsReadTasks", ["ecs:DescribeTasks"], [ecsArn.tasks(scope, cluster2)]),
    allow("EcsListTasks", ["ecs:ListTasks"], ["*"], inCluster(scope, cluster2))
  ];
}
function byCluster(targets, make) {
  const clusters = [...new Set(targets.map((t2) => t2.cluster))];
  return clusters.flatMap(
    (cluster2) => make(
      cluster2,
      targets.filter((t2) => t2.cluster === cluster2)
    )
  );
}
var actions7;
var init_iam9 = __esm({
  "src/phases/ecs-deploy/iam.ts"() {
    "use strict";
    init_iam8();
    init_iam2();
    actions7 = [
      "ecs:DescribeServices",
      "ecs:DescribeTaskDefinition",
      "ecs:RegisterTaskDefinition",
      "ecs:TagResource",
      "ecs:CreateService",
      "ecs:UpdateService",
      "ecs:DeleteService",
      "ecs:DescribeTasks",
      "ecs:ListTasks",
      "iam:PassRole"
    ];
  }
});

// src/phases/ecs-deploy/aws.ts
async function describeRegistered(ecs, ref, signal) {
  return asRegistered(await describeTaskDefinition(ecs, ref, signal));
}
function asRegistered(revision) {
  return { arn: revision.taskDefinitionArn, input: registrationInput(revision) };
}
function shortName(arn) {
  if (!arn) return "(none)";
  const at2 = arn.indexOf("task-definition/");
  return at2 >= 0 ? arn.slice(at2 + "task-definition/".length) : arn;
}
async function asPlanMistake(what, call) {
  try {
    return await call();
  } catch (error2) {
    const name = errorName(error2);
    const client = error2 instanceof Error && "$fault" in error2 && error2.$fault === "client";
    if (!client || explainAwsError(error2) || name === void 0 || isThrottling(error2)) throw error2;
    const hint = HINTS[name];
    throw new PhaseFailure(`${what}: ECS ${name}: ${error2.message}`, {
      ...hint ? { hint } : {},
      cause: error2
    });
  }
}
var HINTS;
var init_aws = __esm({
  "src/phases/ecs-deploy/aws.ts"() {
    "use strict";
    init_errors3();
    init_revisions();
    init_task_definitions();
    init_errors2();
    init_errors();
    HINTS = {
      ClusterNotFoundException: "check the cluster name (and the region of the plan)",
      ServiceNotFoundException: "check the service name, or add create: to create it",
      InvalidParameterException: "check the service settings and the task definition",
      ClientException: "check the task definition"
    };
  }
});

// src/phases/ecs-deploy/events.ts
function keyOf(event) {
  return event.id ?? `${event.createdAt?.getTime()}:${event.message}`;
}
var EventTracker;
var init_events = __esm({
  "src/phases/ecs-deploy/events.ts"() {
    "use strict";
    EventTracker = class {
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
  }
});

// src/aws/ecs/links.ts
function clusterPage(region, cluster2) {
  return `https://${region}.console.aws.amazon.com/ecs/v2/clusters/${encodeURIComponent(cluster2)}`;
}
function serviceLink(region, cluster2, service3) {
  return `${clusterPage(region, cluster2)}/services/${encodeURIComponent(service3)}/deployments`;
}
function taskLink(region, cluster2, taskId2) {
  return `${clusterPage(region, cluster2)}/tasks/${encodeURIComponent(taskId2)}/configuration`;
}
var init_links = __esm({
  "src/aws/ecs/links.ts"() {
    "use strict";
  }
});

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
      imagesOf2(o).map(cell).join("<br>"),
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
function stateOf({ prepared: prepared2, rollout }) {
  if (!rollout) return prepared2.action === "unchanged" ? "unchanged" : "not started";
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
function imagesOf2(o) {
  const back = liveArn(o) !== o.arn && o.prepared.current;
  return containerImages(back ? back.input : o.prepared.desired);
}
function containerImages(definition) {
  return containerDefinitionsOf(definition).map((c) => `${String(c.name)}: ${String(c.image)}`);
}
function countLine(outcomes, verbs = VERBS) {
  const counts = /* @__PURE__ */ new Map();
  for (const { prepared: prepared2 } of outcomes)
    counts.set(prepared2.action, (counts.get(prepared2.action) ?? 0) + 1);
  return [...counts].map(([action, n]) => `${n} ${verbs[action]}`).join(", ");
}
var VERBS;
var init_report2 = __esm({
  "src/phases/ecs-deploy/report.ts"() {
    "use strict";
    init_links();
    init_task_definitions();
    init_duration();
    init_markdown();
    init_aws();
    init_outputs2();
    VERBS = {
      create: "created",
      update: "updated",
      unchanged: "unchanged",
      "in-flight": "finished rolling out"
    };
  }
});

// src/phases/ecs-deploy/deploy.ts
import { randomUUID } from "node:crypto";
import {
  CreateServiceCommand,
  UpdateServiceCommand
} from "@aws-sdk/client-ecs";
async function startRollout(ecs, prepared2, arn, signal, now2) {
  const { cluster: cluster2, name } = prepared2;
  const events = new EventTracker(prepared2.live?.events);
  const options = { abortSignal: signal };
  const service3 = prepared2.live ? (await ecs.send(new UpdateServiceCommand(updateInput(prepared2, prepared2.live, arn)), options)).service : (
    // A client token makes the SDK's resend of a CreateService whose answer was lost answer
    // the service it created, instead of "Creation of service was not idempotent" (ECS API
    // Reference, Ensuring idempotency: up to 36 characters).
    (await ecs.send(
      new CreateServiceCommand({ ...createInput(prepared2, arn), clientToken: randomUUID() }),
      options
    )).service
  );
  const deploymentId = service3?.deployments?.find((d) => d.status === "PRIMARY")?.id;
  const change2 = prepared2.live ? {
    action: "updated",
    cluster: cluster2,
    service: name,
    taskDefinitionArn: arn,
    previousTaskDefinitionArn: prepared2.live.taskDefinition,
    previousDesiredCount: prepared2.live.desiredCount,
    ...prepared2.current ? { previousImages: containerImages(prepared2.current.input) } : {}
  } : { action: "created", cluster: cluster2, service: name, taskDefinitionArn: arn };
  const rollout = {
    cluster: cluster2,
    service: name,
    deploymentId,
    taskDefinitionArn: arn,
    events,
    startedAt: now2,
    outcome: "in-progress",
    ...service3 ? { last: service3 } : {}
  };
  return { rollout, change: change2 };
}
function watchExisting(prepared2, arn, now2) {
  const live = prepared2.live;
  const primary = live?.deployments?.find((d) => d.status === "PRIMARY");
  return {
    cluster: prepared2.cluster,
    service: prepared2.name,
    deploymentId: primary?.id,
    taskDefinitionArn: arn,
    events: new EventTracker(live?.events),
    startedAt: now2,
    outcome: "in-progress",
    ...live ? { last: live } : {}
  };
}
function updateInput(prepared2, live, arn) {
  const s = prepared2.settings;
  return {
    cluster: prepared2.cluster,
    service: prepared2.name,
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
function createInput(prepared2, arn) {
  const s = prepared2.settings;
  const c = s.create;
  return {
    cluster: prepared2.cluster,
    serviceName: prepared2.name,
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
var BREAKER_ON;
var init_deploy = __esm({
  "src/phases/ecs-deploy/deploy.ts"() {
    "use strict";
    init_events();
    init_report2();
    BREAKER_ON = { enable: true, rollback: true };
  }
});

// src/core/line-diff.ts
function lineDiff(before, after, options = {}) {
  const { context = 1, maxLines = 40 } = options;
  const ops = diffOps(before.split("\n"), after.split("\n"));
  const near = nearChange(ops, context);
  const lines = [];
  ops.forEach((op, i) => {
    if (!near[i]) {
      if (lines.at(-1) !== "@@") lines.push("@@");
      return;
    }
    lines.push(`${op.kind}${op.text}`);
  });
  while (lines[0] === "@@") lines.shift();
  while (lines.at(-1) === "@@") lines.pop();
  if (!ops.some((op) => op.kind !== " ")) return "";
  if (lines.length <= maxLines) return lines.join("\n");
  return [...lines.slice(0, maxLines), `\u2026 ${lines.length - maxLines} more lines`].join("\n");
}
function diffOps(a, b) {
  const lcs = Array.from({ length: a.length + 1 }, () => new Array(b.length + 1).fill(0));
  for (let i2 = a.length - 1; i2 >= 0; i2--) {
    for (let j2 = b.length - 1; j2 >= 0; j2--) {
      const row = lcs[i2];
      row[j2] = a[i2] === b[j2] ? (lcs[i2 + 1]?.[j2 + 1] ?? 0) + 1 : Math.max(lcs[i2 + 1]?.[j2] ?? 0, row[j2 + 1] ?? 0);
    }
  }
  const ops = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      ops.push({ kind: " ", text: a[i++] });
      j++;
    } else if (i < a.length && (j >= b.length || (lcs[i + 1]?.[j] ?? 0) >= (lcs[i]?.[j + 1] ?? 0))) {
      ops.push({ kind: "-", text: a[i++] });
    } else {
      ops.push({ kind: "+", text: b[j++] });
    }
  }
  return ops;
}
function nearChange(ops, context) {
  const near = ops.map(() => false);
  ops.forEach((op, i) => {
    if (op.kind === " ") return;
    for (let k = Math.max(0, i - context); k <= Math.min(ops.length - 1, i + context); k++)
      near[k] = true;
  });
  return near;
}
var init_line_diff = __esm({
  "src/core/line-diff.ts"() {
    "use strict";
  }
});

// src/phases/ecs-deploy/diff.ts
function definitionDiff(before, after) {
  const [a, b] = [canonical(before ?? {}), canonical(after)];
  const blocks = [];
  const task = jsonDiff(taskFields(a, before), taskFields(b, after));
  if (task) blocks.push({ label: "task definition", language: "diff", text: task });
  const [old, now2] = [containersByName(a), containersByName(b)];
  for (const name of /* @__PURE__ */ new Set([...old.keys(), ...now2.keys()])) {
    const text = jsonDiff(old.get(name), now2.get(name));
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
  const [old, now2] = [containersByName(a), containersByName(b)];
  const names = [.../* @__PURE__ */ new Set([...old.keys(), ...now2.keys()])];
  for (const name of names) {
    const [x, y] = [old.get(name), now2.get(name)];
    if (!x || !y) {
      parts.push(`${y ? "+" : "-"}container ${name}`);
      continue;
    }
    const own2 = containerChanges(x, y);
    parts.push(...names.length > 1 ? own2.map((c) => `${name} ${c}`) : own2);
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
function namedChanges(label2, a, b) {
  const [x, y] = [byName2(a), byName2(b)];
  const parts = [];
  for (const name of /* @__PURE__ */ new Set([...x.keys(), ...y.keys()])) {
    if (!x.has(name)) parts.push(`+${label2} ${name}`);
    else if (!y.has(name)) parts.push(`-${label2} ${name}`);
    else if (x.get(name) !== y.get(name)) parts.push(`~${label2} ${name}`);
  }
  return parts;
}
function byName2(list2) {
  const entries = Array.isArray(list2) ? list2.filter(isRecord) : [];
  return new Map(entries.map((e) => [String(e.name), JSON.stringify(sorted(e))]));
}
function fieldChanges(a, b) {
  const parts = [];
  for (const key of [.../* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    const [x, y] = [a[key], b[key]];
    if (JSON.stringify(sorted(x)) === JSON.stringify(sorted(y))) continue;
    const scalar4 = (v) => v === void 0 || typeof v !== "object";
    parts.push(scalar4(x) && scalar4(y) ? `${key} ${shown(x)} \u2192 ${shown(y)}` : key);
  }
  return parts;
}
function shown(value) {
  if (value === void 0) return "(none)";
  const text = String(value);
  return text.startsWith("arn:") ? text.slice(text.lastIndexOf(":") + 1) : text;
}
var DIFF;
var init_diff = __esm({
  "src/phases/ecs-deploy/diff.ts"() {
    "use strict";
    init_task_definitions();
    init_line_diff();
    DIFF = { context: 3, maxLines: 400 };
  }
});

// src/phases/ecs-deploy/plan-view.ts
function planReport(prepared2, next) {
  const items = prepared2.map((p) => serviceItem(p, next.get(p.name)));
  const outcomes = prepared2.map((p) => ({ prepared: p, arn: p.arn }));
  const plan = { changes: prepared2.some((p) => p.action !== "unchanged"), items };
  return {
    summary: `${plural(prepared2.length, "service")}: ${countLine(outcomes, PLAN_VERBS)}`,
    plan
  };
}
function serviceItem(p, next) {
  const target2 = p.arn ? shortName(p.arn) : `${next ?? "a new revision"} (to register)`;
  const from = p.live ? shortName(p.current?.arn) : "(new service)";
  if (p.action === "unchanged") return planItem(`${p.name}: unchanged (${target2})`);
  const facts = [actionText(p), `revision: ${from} \u2192 ${target2}`];
  const what = p.live ? changeLine(p.current?.input ?? {}, p.desired) : "new service";
  const blocks = [...settingsDiff(p), ...definitionDiff(p.current?.input, p.desired)];
  return planItem(`${p.name}: ${what || "same task definition"}`, facts, blocks);
}
function actionText(p) {
  const where2 = `in ${p.cluster}`;
  if (p.action === "create") return `would create the service ${where2}`;
  if (p.action === "update") return `would update ${where2} (${p.reasons.join(", ")})`;
  if (p.action === "in-flight")
    return `${where2}: its rollout has not finished: the run would wait for it and judge it`;
  return `would update ${where2}`;
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
var PLAN_VERBS;
var init_plan_view2 = __esm({
  "src/phases/ecs-deploy/plan-view.ts"() {
    "use strict";
    init_plan_view();
    init_text();
    init_aws();
    init_deploy();
    init_diff();
    init_report2();
    PLAN_VERBS = {
      create: "to create",
      update: "to update",
      unchanged: "unchanged",
      "in-flight": "still rolling out"
    };
  }
});

// src/phases/ecs-deploy/prepare.ts
import { ECSClient as ECSClient2 } from "@aws-sdk/client-ecs";
async function prepareServices(ctx) {
  const ecs = ctx.aws.client(ECSClient2);
  const found2 = /* @__PURE__ */ new Map();
  const refs = ctx.config.services.map((s) => ({
    cluster: clusterOf(ctx.config, s),
    service: s.service
  }));
  for (const [cluster2, names] of namesByCluster(refs)) {
    const services = await asPlanMistake(
      `describing services of ${cluster2}`,
      () => describeServices(ecs, cluster2, names, ctx.signal)
    );
    for (const [name, service3] of services) found2.set(`${cluster2}/${name}`, service3);
  }
  const prepared2 = [];
  for (const settings of ctx.config.services) {
    const cluster2 = clusterOf(ctx.config, settings);
    const live = found2.get(`${cluster2}/${settings.service}`);
    refuseDeleted(live, settings, cluster2);
    prepared2.push(await prepareOne(ctx, ecs, settings, cluster2, isActive(live) ? live : void 0));
  }
  return prepared2;
}
function refuseDeleted(service3, settings, cluster2) {
  const name = settings.service;
  if (service3?.status === "DRAINING") {
    const then = settings.create ? "then the phase creates it again" : "then add create: to create it again";
    throw new PhaseFailure(
      `service ${name} in cluster ${cluster2} is DRAINING (being deleted); ECS can neither update it nor create a service of that name until it is INACTIVE`,
      {
        hint: `wait until it is INACTIVE (aws ecs wait services-inactive --cluster ${cluster2} --services ${name}), ${then}`
      }
    );
  }
  if (service3?.status === "INACTIVE" && !settings.create)
    throw new PhaseFailure(`service ${name} in cluster ${cluster2} is INACTIVE (it was deleted)`, {
      hint: "add create: to create it again"
    });
}
function clusterOf(config, settings) {
  const cluster2 = settings.cluster ?? config.cluster;
  if (cluster2 === void 0) throw new Error(`no cluster for ${settings.service}`);
  return cluster2;
}
async function prepareOne(ctx, ecs, settings, cluster2, live) {
  const name = settings.service;
  if (!live && !settings.create)
    throw new PhaseFailure(`service ${name} does not exist in cluster ${cluster2}`, {
      hint: "check the service and cluster names, or add create: to create the service"
    });
  const current = live?.taskDefinition ? await describeRegistered(ecs, live.taskDefinition, ctx.signal) : void 0;
  const { desired, arn } = await resolveTarget(ctx, ecs, settings, current, live);
  const reasons2 = live ? updateReasons(settings, live, arn, current) : [];
  return {
    settings,
    cluster: cluster2,
    name,
    live,
    current,
    desired,
    arn,
    action: actionOf(live, reasons2),
    reasons: reasons2
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
  const base2 = await baseDefinition(ctx, settings, current);
  const desired = applyOverrides(base2, settings, settings.service);
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
  const reasons2 = [];
  if (arn === void 0) reasons2.push("new revision");
  else if (arn !== current?.arn) reasons2.push("other revision");
  if (settings["force-new-deployment"]) reasons2.push("force-new-deployment");
  const wanted = settings["desired-count"];
  if (wanted !== void 0 && wanted !== live.desiredCount)
    reasons2.push(`desired count ${live.desiredCount ?? 0} \u2192 ${wanted}`);
  return reasons2;
}
function actionOf(live, reasons2) {
  if (!live) return "create";
  if (reasons2.length > 0) return "update";
  return isSteady(live) ? "unchanged" : "in-flight";
}
function isSteady(live) {
  const deployments = live.deployments ?? [];
  const primary = deployments.find((d) => d.status === "PRIMARY");
  return deployments.length <= 1 && (primary?.rolloutState === void 0 || primary.rolloutState === "COMPLETED");
}
var init_prepare = __esm({
  "src/phases/ecs-deploy/prepare.ts"() {
    "use strict";
    init_definition_files();
    init_refusals();
    init_revisions();
    init_services();
    init_task_definitions();
    init_errors();
    init_aws();
    init_overrides();
  }
});

// src/phases/ecs-deploy/plan.ts
import { ECSClient as ECSClient3 } from "@aws-sdk/client-ecs";
async function planDeploy(ctx) {
  const prepared2 = await prepareServices(ctx);
  const ecs = ctx.aws.client(ECSClient3);
  const next = /* @__PURE__ */ new Map();
  for (const p of prepared2) {
    const family = p.desired.family;
    if (p.arn !== void 0 || typeof family !== "string") continue;
    const latest = await findTaskDefinition(ecs, family, ctx.signal);
    next.set(p.name, `${family}:${(latest?.revision ?? 0) + 1}`);
  }
  return planReport(prepared2, next);
}
var init_plan2 = __esm({
  "src/phases/ecs-deploy/plan.ts"() {
    "use strict";
    init_revisions();
    init_plan_view2();
    init_prepare();
  }
});

// src/aws/ecs/polling.ts
function slowerInterval(ms) {
  return Math.min(MAX_THROTTLED_INTERVAL_MS, ms * 2);
}
var MAX_THROTTLED_INTERVAL_MS;
var init_polling = __esm({
  "src/aws/ecs/polling.ts"() {
    "use strict";
    MAX_THROTTLED_INTERVAL_MS = 3e4;
  }
});

// src/phases/ecs-deploy/watch.ts
function awaitsEcsRollback(service3, deploymentId) {
  const primary = service3.deployments?.find((d) => d.status === "PRIMARY");
  const breaker = service3.deploymentConfiguration?.deploymentCircuitBreaker;
  return primary !== void 0 && primary.id === deploymentId && primary.rolloutState === "FAILED" && breaker?.enable === true && breaker.rollback === true;
}
function judge3(service3, deploymentId) {
  if (service3.status !== "ACTIVE")
    return {
      state: "failed",
      reason: `the service is ${service3.status ?? "gone"}`,
      rolledBackByEcs: false
    };
  const deployments = service3.deployments ?? [];
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
var ECS_ROLLBACK_GRACE_MS, Watcher;
var init_watch = __esm({
  "src/phases/ecs-deploy/watch.ts"() {
    "use strict";
    init_errors3();
    init_polling();
    init_services();
    init_errors2();
    init_duration();
    init_sleep();
    init_text();
    init_aws();
    ECS_ROLLBACK_GRACE_MS = 3e4;
    Watcher = class {
      constructor(options) {
        this.options = options;
        this.now = options.now ?? Date.now;
        this.random = options.random ?? Math.random;
      }
      options;
      active = [];
      backoffMs = 0;
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
        const base2 = this.backoffMs || this.options.pollMs;
        const { signal } = this.options;
        await sleep(base2 * (0.8 + 0.4 * this.random()), signal);
      }
      /** Describes every active service, prints new events; returns the rollouts that ended. */
      async poll() {
        let described;
        try {
          described = await describeServiceRefs(this.options.ecs, this.active, this.options.signal);
        } catch (error2) {
          if (!isThrottling(error2) || this.options.signal.aborted) throw error2;
          this.backoffMs = slowerInterval(Math.max(this.options.pollMs, this.backoffMs));
          this.options.log.warning(`ECS throttled DescribeServices; next poll in ${this.backoffMs} ms`);
          return [];
        }
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
      async update(rollout, service3) {
        if (!service3)
          return this.end(rollout, {
            state: "failed",
            reason: "the service is gone",
            rolledBackByEcs: false
          });
        rollout.last = service3;
        const fresh = rollout.events.take(service3.events);
        for (const message of fresh)
          this.options.log.info(`${rollout.service}: ${shortTaskIds(message)}`);
        const verdict = judge3(service3, rollout.deploymentId);
        if (verdict.state === "failed" && this.awaitingRollback(rollout, service3)) return false;
        if (verdict.state === "failed" && rollout.failedSeenAt !== void 0 && !verdict.rolledBackByEcs)
          verdict.reason += `; the ECS circuit breaker did not roll back within ${formatDuration(this.grace)}`;
        if (verdict.state !== "in-progress") return this.end(rollout, verdict);
        return rollout.crashLoop?.due(fresh.length) ? this.checkCrashes(rollout, rollout.crashLoop) : false;
      }
      /**
       * True while a FAILED deployment is given time to show ECS's rollback, so that a rollback by ECS
       * is reported as such and phasegate's own rollback does not race it.
       */
      awaitingRollback(rollout, service3) {
        if (!awaitsEcsRollback(service3, rollout.deploymentId)) return false;
        const now2 = this.now();
        if (rollout.failedSeenAt === void 0) {
          rollout.failedSeenAt = now2;
          this.options.log.info(
            `${rollout.service}: deployment FAILED; waiting for the ECS circuit breaker to roll back`
          );
        }
        return now2 - rollout.failedSeenAt < this.grace;
      }
      get grace() {
        return this.options.rollbackGraceMs ?? ECS_ROLLBACK_GRACE_MS;
      }
      /** Fails the rollout once its own tasks have crashed `threshold` times; true when it did. */
      async checkCrashes(rollout, check2) {
        const { ecs, log, signal } = this.options;
        try {
          for (const task of await check2.look(ecs, signal))
            log.warning(`${rollout.service}: ${check2.line(task)}`);
        } catch (error2) {
          if (isThrottling(error2) && !signal.aborted) return false;
          const explained = explainFailure(error2);
          if (signal.aborted || !explained) throw error2;
          delete rollout.crashLoop;
          log.warning(`${rollout.service}: not watching for a crash loop: ${explained.message}`);
          return false;
        }
        if (!check2.tripped) return false;
        rollout.crashLooped = true;
        return this.end(rollout, { state: "failed", reason: check2.reason(), rolledBackByEcs: false });
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
  }
});

// src/phases/ecs-deploy/rollback.ts
import {
  DeleteServiceCommand,
  ECSClient as ECSClient4,
  UpdateServiceCommand as UpdateServiceCommand2
} from "@aws-sdk/client-ecs";
async function rollBack(ctx, changes) {
  const live = await describeServiceRefs(ctx.aws.client(ECSClient4), changes, ctx.signal);
  const undone = [];
  for (const change2 of changes) undone.push(await undo(ctx, change2, live.get(serviceKey(change2))));
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
function undo(ctx, change2, service3) {
  if (change2.action === "created") return deleteCreated(ctx, change2, service3);
  if (!isActive(service3))
    return {
      service: change2.service,
      how: "left",
      line: `${change2.service}: not active, left as it is`
    };
  return restore(ctx, change2, service3);
}
async function waitFor(ctx, rollouts) {
  const watcher = new Watcher({
    ecs: ctx.aws.client(ECSClient4),
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
async function deleteCreated(ctx, change2, service3) {
  const name = change2.service;
  if (!isActive(service3)) return { service: name, how: "left", line: `${name}: already gone` };
  await ctx.aws.client(ECSClient4).send(new DeleteServiceCommand({ cluster: change2.cluster, service: name, force: true }), {
    abortSignal: ctx.signal
  });
  ctx.log.info(`${name}: deleted (this phase created it)`);
  return { service: name, how: "deleted", line: `${name}: deleted (created by this phase)` };
}
async function restore(ctx, change2, service3) {
  const name = change2.service;
  const previous = change2.previousTaskDefinitionArn ?? service3.taskDefinition ?? "";
  const previousCount = change2.previousDesiredCount ?? service3.desiredCount;
  const primary = service3.deployments?.find((d) => d.status === "PRIMARY");
  const rollout = {
    cluster: change2.cluster,
    service: name,
    deploymentId: primary?.id,
    taskDefinitionArn: previous,
    events: new EventTracker(service3.events),
    startedAt: Date.now(),
    outcome: "in-progress"
  };
  const back = `${shortName(change2.taskDefinitionArn)} \u2192 ${shortName(previous)}`;
  if (primary?.taskDefinition === previous && service3.desiredCount === previousCount) {
    const byEcs = change2.rolledBackByEcs || /circuit breaker/i.test(primary.rolloutStateReason ?? "");
    const line2 = byEcs ? `${name}: rolled back by the ECS circuit breaker (${back})` : `${name}: already on ${shortName(previous)}`;
    ctx.log.info(line2);
    return {
      service: name,
      how: byEcs ? "by-ecs" : "restored",
      line: line2,
      rollout,
      now: nowOn(change2, previous)
    };
  }
  const answer = await ctx.aws.client(ECSClient4).send(
    new UpdateServiceCommand2({
      cluster: change2.cluster,
      service: name,
      taskDefinition: previous,
      ...previousCount !== void 0 ? { desiredCount: previousCount } : {}
    }),
    { abortSignal: ctx.signal }
  );
  rollout.deploymentId = answer.service?.deployments?.find((d) => d.status === "PRIMARY")?.id;
  ctx.log.info(`${name}: rolling back ${back}`);
  const line = `${name}: rolled back ${back}`;
  return { service: name, how: "restored", line, rollout, now: nowOn(change2, previous) };
}
function nowOn(change2, arn) {
  return { arn, images: change2.previousImages ?? [] };
}
function summaryOf(undone, environment2) {
  const back = undone.flatMap(
    (u) => u.now ? [`${shortName(u.now.arn)}${imageNote(u.now.images)}`] : []
  );
  const deleted = undone.filter((u) => u.how === "deleted").map((u) => u.service);
  const parts = [];
  if (back.length > 0) parts.push(`${environment2} is back on ${back.join(", ")}`);
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
var init_rollback = __esm({
  "src/phases/ecs-deploy/rollback.ts"() {
    "use strict";
    init_services();
    init_errors();
    init_markdown();
    init_text();
    init_aws();
    init_events();
    init_watch();
  }
});

// src/aws/ecs/tasks.ts
import {
  DescribeTasksCommand,
  ListTasksCommand
} from "@aws-sdk/client-ecs";
function taskId(arn) {
  return arn.slice(arn.lastIndexOf("/") + 1);
}
async function describeTasks(ecs, cluster2, arns, signal) {
  const tasks = [];
  for (let i = 0; i < arns.length; i += DESCRIBE_TASKS_LIMIT) {
    const chunk = arns.slice(i, i + DESCRIBE_TASKS_LIMIT);
    const answer = await ecs.send(new DescribeTasksCommand({ cluster: cluster2, tasks: chunk }), {
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
    const details2 = [
      containerReason(c, task),
      c.exitCode !== void 0 && c.exitCode !== 0 ? `exit code ${c.exitCode}` : void 0
    ].filter((d) => d !== void 0);
    if (details2.length > 0) parts.push(`container ${c.name}: ${details2.join(", ")}`);
  }
  return [...new Set(parts)].join("; ");
}
async function listStoppedTasks(ecs, cluster2, service3, signal) {
  const listed2 = await ecs.send(
    new ListTasksCommand({ cluster: cluster2, serviceName: service3, desiredStatus: "STOPPED" }),
    { abortSignal: signal }
  );
  return (listed2.taskArns ?? []).slice(0, DESCRIBE_TASKS_LIMIT);
}
async function stoppedReasons(ecs, cluster2, service3, of2, signal) {
  const arns = await listStoppedTasks(ecs, cluster2, service3, signal);
  if (arns.length === 0) return [];
  const ours = (await describeTasks(ecs, cluster2, arns, signal)).filter(
    (t2) => (of2.startedBy === void 0 || t2.startedBy === of2.startedBy) && (of2.taskDefinitionArn === void 0 || t2.taskDefinitionArn === of2.taskDefinitionArn)
  );
  return countReasons(ours.map(stoppedReasonOf).filter((r) => r !== ""));
}
function countReasons(reasons2) {
  const counts = /* @__PURE__ */ new Map();
  for (const r of reasons2) counts.set(r, (counts.get(r) ?? 0) + 1);
  return [...counts].map(([reason, count]) => ({ reason, count }));
}
var DESCRIBE_TASKS_LIMIT;
var init_tasks = __esm({
  "src/aws/ecs/tasks.ts"() {
    "use strict";
    DESCRIBE_TASKS_LIMIT = 100;
  }
});

// src/phases/ecs-deploy/crash-loop.ts
function isCrash(task, deploymentId) {
  return task.startedBy === deploymentId && task.stopCode === "EssentialContainerExited";
}
function crashReason(task) {
  return [task.stopCode, stoppedReasonOf(task)].filter((p) => p).join(": ");
}
var SLOW_CADENCE, CrashLoopCheck;
var init_crash_loop = __esm({
  "src/phases/ecs-deploy/crash-loop.ts"() {
    "use strict";
    init_tasks();
    init_text();
    SLOW_CADENCE = 8;
    CrashLoopCheck = class {
      constructor(threshold, target2) {
        this.threshold = threshold;
        this.target = target2;
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
        const { cluster: cluster2, service: service3, deploymentId } = this.target;
        const arns = (await listStoppedTasks(ecs, cluster2, service3, signal)).filter(
          (arn) => !this.seen.has(arn)
        );
        if (arns.length === 0) return [];
        const tasks = await describeTasks(ecs, cluster2, arns, signal);
        const stopped = tasks.filter((t2) => t2.lastStatus === "STOPPED" && t2.taskArn);
        for (const t2 of stopped) this.seen.add(t2.taskArn);
        const fresh = stopped.filter((t2) => isCrash(t2, deploymentId));
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
  }
});

// src/phases/ecs-deploy/explain.ts
function explanation(service3, events, stopped) {
  const lines = [`**${service3}**`, ""];
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
var init_explain = __esm({
  "src/phases/ecs-deploy/explain.ts"() {
    "use strict";
    init_text();
  }
});

// src/phases/ecs-deploy/run.ts
import { ECSClient as ECSClient5 } from "@aws-sdk/client-ecs";
async function runDeploy(ctx) {
  const prepared2 = await prepareServices(ctx);
  const outcomes = await registerNew(ctx, prepared2);
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
async function registerNew(ctx, prepared2) {
  const outcomes = [];
  for (const p of prepared2) {
    let arn = p.arn;
    if (arn === void 0) {
      const registered = await asPlanMistake(
        `${p.name}: registering its task definition`,
        () => registerTaskDefinition(ctx.aws.client(ECSClient5), p.desired, ctx.signal)
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
    ecs: ctx.aws.client(ECSClient5),
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
  } catch (error2) {
    if (!ctx.signal.aborted || error2 instanceof PhaseFailure) throw error2;
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
          ctx.aws.client(ECSClient5),
          o.prepared,
          o.arn,
          ctx.signal,
          Date.now()
        )
      )
    )
  );
  started.forEach((result2, i) => {
    const outcome = changing[i];
    if (result2.status === "rejected") return;
    const { rollout, change: change2 } = result2.value;
    const threshold = ctx.config["crash-loop-threshold"];
    if (threshold > 0) rollout.crashLoop = new CrashLoopCheck(threshold, rollout);
    ctx.recordChange(change2);
    changes.set(rollout, change2);
    outcome.rollout = rollout;
    watcher.add(rollout);
    ctx.log.info(
      `${rollout.service}: ${change2.action === "created" ? "creating" : "deploying"} ${shortName(rollout.taskDefinitionArn)}`
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
  const change2 = changes.get(rollout);
  const failure = await rolloutFailure(ctx, rollout, change2, outcomes);
  if (change2?.action === "updated" && rollout.rolledBackByEcs) change2.rolledBackByEcs = true;
  throw failure;
}
async function rolloutFailure(ctx, rollout, change2, outcomes) {
  const stopped = await stoppedReasons(
    ctx.aws.client(ECSClient5),
    rollout.cluster,
    rollout.service,
    rollout.deploymentId ? { startedBy: rollout.deploymentId } : { taskDefinitionArn: rollout.taskDefinitionArn },
    ctx.signal
  ).catch(() => []);
  noteBreakerRollback(rollout, change2, stopped.length > 0);
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
function noteBreakerRollback(rollout, change2, ownTasksStopped) {
  if (rollout.rolledBackByEcs || change2?.action !== "updated" || !ownTasksStopped) return;
  const service3 = rollout.last;
  const breaker = service3?.deploymentConfiguration?.deploymentCircuitBreaker;
  const gone = !service3?.deployments?.some((d) => d.id === rollout.deploymentId);
  const previous = change2.previousTaskDefinitionArn;
  if (breaker?.rollback && gone && previous && service3?.taskDefinition === previous)
    rollout.rolledBackByEcs = true;
}
var QUOTED_EVENTS, REASON_IN_MESSAGE, CRASH_LOOP_HINT;
var init_run8 = __esm({
  "src/phases/ecs-deploy/run.ts"() {
    "use strict";
    init_revisions();
    init_tasks();
    init_errors();
    init_text();
    init_aws();
    init_crash_loop();
    init_deploy();
    init_explain();
    init_prepare();
    init_report2();
    init_watch();
    QUOTED_EVENTS = 15;
    REASON_IN_MESSAGE = 160;
    CRASH_LOOP_HINT = "ECS keeps replacing these tasks until the service is rolled back (on-failure: rollback) or fixed; raise crash-loop-threshold (0: off) if some exits are expected";
  }
});

// src/phases/ecs-deploy/steps.ts
var steps_exports = {};
__export(steps_exports, {
  plan: () => planDeploy,
  rollback: () => rollBack,
  run: () => runDeploy
});
var init_steps = __esm({
  "src/phases/ecs-deploy/steps.ts"() {
    "use strict";
    init_plan2();
    init_rollback();
    init_run8();
  }
});

// src/phases/ecs-deploy/index.ts
var ecsDeployKind;
var init_ecs_deploy = __esm({
  "src/phases/ecs-deploy/index.ts"() {
    "use strict";
    init_kind2();
    init_check_files();
    init_outputs2();
    init_settings7();
    ecsDeployKind = lazyPhaseKind(
      {
        name: "ecs-deploy",
        description: "Deploy ECS services side by side: new revisions from a file or the live one with new images and env, create missing services, watch rollouts, roll back",
        settings: ecsDeploySettings,
        iam: () => Promise.resolve().then(() => (init_iam9(), iam_exports7)),
        canRollBack: true,
        checkFiles: checkServiceFiles,
        outputs: ecsDeployOutputs,
        files: serviceFiles
      },
      () => Promise.resolve().then(() => (init_steps(), steps_exports))
    );
  }
});

// src/phases/ecs-run-task/containers.ts
function namedContainers2(config) {
  const named2 = config.container !== void 0 ? [{ where: "container", name: config.container, path: ["container"] }] : [];
  for (const name of Object.keys(config.overrides?.containers ?? {}))
    named2.push({ where: "overrides.containers", name, path: ["overrides", "containers", name] });
  return named2;
}
var init_containers = __esm({
  "src/phases/ecs-run-task/containers.ts"() {
    "use strict";
  }
});

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
  const named2 = namedContainers2(settings);
  return checkDefinitionFile(
    { file: file.trim(), at: ["task-definition"], launchType, named: named2 },
    context
  );
}
var init_check_files2 = __esm({
  "src/phases/ecs-run-task/check-files.ts"() {
    "use strict";
    init_definition_file_check();
    init_shape();
    init_containers();
  }
});

// src/phases/ecs-run-task/outputs.ts
var ECS_RUN_TASK_OUTPUTS;
var init_outputs3 = __esm({
  "src/phases/ecs-run-task/outputs.ts"() {
    "use strict";
    ECS_RUN_TASK_OUTPUTS = [
      "task-arn",
      "task-arns",
      "exit-code",
      "task-definition-arn"
    ];
  }
});

// src/phases/ecs-run-task/settings.ts
var network2, command, environment, containerOverride, overrides, STARTED_BY, fields3, ecsRunTaskSettings;
var init_settings8 = __esm({
  "src/phases/ecs-run-task/settings.ts"() {
    "use strict";
    init_shape();
    network2 = object(
      {
        subnets: array(string(), { min: 1, description: "Subnets of the task (awsvpc)." }),
        "security-groups": optional(array(string(), { description: "Security groups of the task." })),
        "assign-public-ip": withDefault(boolean("Give the task a public IP (default false)."), false)
      },
      { description: "The awsvpc network of the task." }
    );
    command = array(string(), {
      min: 1,
      description: "Replaces the container command, e.g. [python, -m, tests.functional]."
    });
    environment = record(
      string(),
      "Environment variables added to (or replacing) the definition\u2019s."
    );
    containerOverride = object(
      { command: optional(command), environment: optional(environment) },
      { description: "Overrides of one container." }
    );
    overrides = object(
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
    STARTED_BY = /^[A-Za-z0-9_-]{1,36}$/;
    fields3 = object({
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
      network: optional(network2),
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
    ecsRunTaskSettings = refine(
      fields3,
      (c) => c.network !== void 0 && c["network-from"] !== void 0 ? {
        message: "give network or network-from, not both",
        at: ["network-from"],
        hint: "network-from copies the whole network of the service"
      } : void 0
    );
  }
});

// src/phases/ecs-run-task/iam.ts
var iam_exports8 = {};
__export(iam_exports8, {
  actions: () => actions8,
  permissions: () => permissions8
});
async function permissions8(c, scope) {
  const cluster2 = scoped(scope, c.cluster, "cluster");
  const definition = await definitionOf(c["task-definition"].trim(), scope);
  const statements = [
    allow("EcsReadTaskDefinitions", ["ecs:DescribeTaskDefinition"], ["*"]),
    ...definition.statements,
    allow(
      "EcsRunTasks",
      ["ecs:RunTask"],
      [ecsArn.family(scope, definition.family)],
      inCluster(scope, cluster2)
    ),
    allow("EcsReadTasks", ["ecs:DescribeTasks"], [ecsArn.tasks(scope, cluster2)]),
    // A timed-out or cancelled phase stops the tasks it started (wait.ts).
    allow("EcsStopTasks", ["ecs:StopTask"], [ecsArn.tasks(scope, cluster2)]),
    passRoles(definition.roles)
  ];
  const from = c["network-from"];
  if (from !== void 0)
    statements.push(
      allow(
        "EcsReadServices",
        ["ecs:DescribeServices"],
        [ecsArn.service(scope, cluster2, scoped(scope, from, "network-from"))]
      )
    );
  if (c["log-lines"] > 0 && definition.logStreams.length > 0)
    statements.push(allow("ReadTaskLogs", ["logs:GetLogEvents"], definition.logStreams));
  return statements;
}
async function definitionOf(ref, scope) {
  if (/\.json$/i.test(ref) && !hasTemplate(ref)) {
    const facts = await definitionFacts(ref, scope);
    return {
      ...facts,
      statements: [
        allow(
          "EcsRegisterTaskDefinitions",
          ["ecs:RegisterTaskDefinition"],
          [ecsArn.family(scope, facts.family)]
        )
      ]
    };
  }
  scope.note(
    `phase ${scope.phase.id}: the roles and log group of task definition ${ref} are not in the plan: any role of the account, any log group`
  );
  return {
    family: familyOf(scoped(scope, ref, "task-definition")),
    roles: [anyRole(scope)],
    logStreams: [logStreamsArn(scope, "*")],
    statements: []
  };
}
var actions8;
var init_iam10 = __esm({
  "src/phases/ecs-run-task/iam.ts"() {
    "use strict";
    init_iam8();
    init_iam2();
    actions8 = [
      "ecs:DescribeTaskDefinition",
      "ecs:RegisterTaskDefinition",
      "ecs:DescribeServices",
      "ecs:RunTask",
      "ecs:DescribeTasks",
      "ecs:StopTask",
      "logs:GetLogEvents",
      "iam:PassRole"
    ];
  }
});

// src/phases/ecs-run-task/network.ts
import { ECSClient as ECSClient6 } from "@aws-sdk/client-ecs";
async function resolvePlacement(ctx, definition) {
  const { config } = ctx;
  const serviceName = config["network-from"];
  if (serviceName !== void 0)
    return fromService(ctx, await findService(ctx, serviceName), definition);
  const launchType = config["launch-type"] ?? defaultLaunchType(definition);
  const launch2 = launchType ? { launchType } : {};
  if (config.network) {
    checkAwsvpc(definition, "network is given");
    return { networkConfiguration: awsvpc(config.network), ...launch2, source: "given in the plan" };
  }
  if (definition.networkMode === "awsvpc")
    throw new PhaseFailure(
      `task definition ${definition.label} uses awsvpc networking, which needs a network`,
      {
        hint: "add network: { subnets: [...], security-groups: [...] } or network-from: <service>"
      }
    );
  return { ...launch2, source: `none (${definition.networkMode ?? "default"} network mode)` };
}
function awsvpc(network3) {
  return {
    awsvpcConfiguration: {
      subnets: network3.subnets,
      securityGroups: network3["security-groups"] ?? [],
      assignPublicIp: network3["assign-public-ip"] ? "ENABLED" : "DISABLED"
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
  const cluster2 = ctx.config.cluster;
  const found2 = await describeServices(ctx.aws.client(ECSClient6), cluster2, [name], ctx.signal);
  const [service3] = found2.values();
  if (service3?.status !== "ACTIVE")
    throw new PhaseFailure(
      `network-from: service ${name} ${service3 ? `is ${service3.status}` : "does not exist"} in cluster ${cluster2}`,
      { hint: "name an ACTIVE service of the same cluster, or give network: instead" }
    );
  return service3;
}
function fromService(ctx, service3, definition) {
  const name = service3.serviceName ?? ctx.config["network-from"];
  const source = `copied from service ${name}`;
  const launch2 = launchOf(ctx.config["launch-type"], service3);
  const network3 = service3.networkConfiguration;
  if (definition.networkMode === "awsvpc" && !network3?.awsvpcConfiguration)
    throw new PhaseFailure(`network-from: service ${name} has no awsvpc network to copy`, {
      hint: "give network: { subnets: [...], security-groups: [...] } instead"
    });
  const copy = definition.networkMode === "awsvpc" || definition.source === "not-known-yet";
  return { ...copy && network3 ? { networkConfiguration: network3 } : {}, ...launch2, source };
}
function launchOf(given, service3) {
  if (given) return { launchType: given };
  const strategy = service3.capacityProviderStrategy ?? [];
  if (strategy.length > 0) return { capacityProviderStrategy: strategy };
  if (!service3.launchType) return {};
  const platform2 = service3.launchType === "FARGATE" && service3.platformVersion ? { platformVersion: service3.platformVersion } : {};
  return { launchType: service3.launchType, ...platform2 };
}
function describePlacement(p) {
  const vpc = p.networkConfiguration?.awsvpcConfiguration;
  const launch2 = p.launchType ? `launch type ${p.launchType}` : p.capacityProviderStrategy ? `capacity providers ${p.capacityProviderStrategy.map((s) => s.capacityProvider).join(", ")}` : "the cluster's default capacity provider";
  if (!vpc) return `${launch2}; network ${p.source}`;
  const groups = vpc.securityGroups?.length ? `, security groups ${vpc.securityGroups.join(", ")}` : "";
  return `${launch2}; subnets ${(vpc.subnets ?? []).join(", ")}${groups}, public IP ${vpc.assignPublicIp ?? "DISABLED"} (${p.source})`;
}
var init_network = __esm({
  "src/phases/ecs-run-task/network.ts"() {
    "use strict";
    init_services();
    init_errors();
  }
});

// src/phases/ecs-run-task/report.ts
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
function table2(s) {
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
function fenced2(lines) {
  const longest = Math.max(
    0,
    ...lines.map((l) => Math.max(0, ...(l.match(/`+/g) ?? []).map((m) => m.length)))
  );
  const fence = "`".repeat(Math.max(3, longest + 1));
  return [`${fence}text`, ...lines, fence];
}
function tailSection(tail2, limit) {
  const where2 = tail2.stream ? ` (\`${tail2.group}\` \u203A \`${tail2.stream}\`)` : "";
  const title = `**Log of \`${tail2.container}\` in task ${shortTaskId(tail2.taskId)}**${where2}`;
  if (tail2.lines.length === 0) return [`${title}: ${tail2.note ?? "no lines"}`];
  const count = tail2.lines.length === limit ? `last ${limit} lines` : plural(tail2.lines.length, "line");
  return [`${title}, ${count}:`, "", ...fenced2(tail2.lines)];
}
function runDetails(s) {
  const parts = [header(s), table2(s)];
  if (s.launchFailures) parts.push([`ECS could not start every task: ${s.launchFailures}`]);
  for (const tail2 of s.tails) parts.push(tailSection(tail2, s.config["log-lines"]));
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
var SOURCE;
var init_report3 = __esm({
  "src/phases/ecs-run-task/report.ts"() {
    "use strict";
    init_links();
    init_duration();
    init_markdown();
    init_plan_view();
    init_text();
    init_network();
    SOURCE = {
      registered: "",
      unchanged: " (the file matches this revision: nothing registered)",
      "new-revision": " (registered from the file by this run)",
      "would-register": " (would be registered: the file differs from the latest revision)",
      "not-known-yet": " (known once the earlier phase has run)"
    };
  }
});

// src/phases/ecs-run-task/task-definition.ts
import { ECSClient as ECSClient7 } from "@aws-sdk/client-ecs";
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
  const described = await findTaskDefinition(ctx.aws.client(ECSClient7), ref, ctx.signal);
  if (!described) throw notFound(ref);
  return view(described, "registered");
}
async function fromFile(ctx, path, mode) {
  const input = await readDefinitionFile(path, ctx.plan.file, ctx.render);
  const ecs = ctx.aws.client(ECSClient7);
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
  const label2 = `${td.family}:${td.revision}`;
  if (td.status === "INACTIVE")
    throw new PhaseFailure(`task definition ${label2} is INACTIVE (deregistered) and cannot run`, {
      hint: "name an ACTIVE revision, or the family alone for its latest ACTIVE revision"
    });
  return {
    arn: td.taskDefinitionArn,
    label: label2,
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
function containersOf(list2) {
  return list2.map((c) => {
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
function mainContainer(definition, named2) {
  if (named2 !== void 0) return definition.containers.find((c) => c.name === named2);
  return definition.containers.find((c) => c.essential) ?? definition.containers[0];
}
function checkContainerNames(definition, config) {
  if (definition.source === "not-known-yet") return;
  const td = { containerDefinitions: definition.containers };
  const missing = missingContainersFailure(
    missingContainers(td, namedContainers2(config)),
    definition.label
  );
  if (missing) throw new PhaseFailure(missing.message, { hint: missing.hint });
}
var FAMILY_REF, PLACEHOLDER;
var init_task_definition = __esm({
  "src/phases/ecs-run-task/task-definition.ts"() {
    "use strict";
    init_definition_files();
    init_refusals();
    init_revisions();
    init_task_definitions();
    init_errors();
    init_task_definition_rules();
    init_containers();
    FAMILY_REF = /^[A-Za-z0-9_-]{1,255}(:\d+)?$/;
    PLACEHOLDER = /^<phases\.[^>]+>$/;
  }
});

// src/phases/ecs-run-task/start.ts
import { randomUUID as randomUUID2 } from "node:crypto";
import {
  ECSClient as ECSClient8,
  RunTaskCommand
} from "@aws-sdk/client-ecs";
function containerOverrides(config, definition) {
  const o = config.overrides ?? {};
  const byName4 = /* @__PURE__ */ new Map();
  if (o.command || o.environment) {
    const target2 = mainContainer(definition, config.container);
    if (!target2) throw new PhaseFailure(`task definition ${definition.label} has no container`);
    byName4.set(target2.name, { ...pick(o) });
  }
  for (const [name, own2] of Object.entries(o.containers ?? {}))
    byName4.set(name, { ...byName4.get(name), ...pick(own2) });
  return [...byName4].map(([name, s]) => ({
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
  const overrides2 = {
    containerOverrides: containerOverrides(config, definition),
    ...config.overrides?.cpu ? { cpu: config.overrides.cpu } : {},
    ...config.overrides?.memory ? { memory: config.overrides.memory } : {}
  };
  const size3 = JSON.stringify(overrides2).length;
  if (size3 > OVERRIDES_LIMIT)
    throw new PhaseFailure(
      `the overrides take ${size3} characters; ECS allows at most ${OVERRIDES_LIMIT}`,
      { hint: "move long values into the task definition or an SSM parameter the task reads" }
    );
  return overrides2;
}
function startedBy(config, phaseId) {
  return config["started-by"] ?? `phasegate-${phaseId}`.replace(/[^A-Za-z0-9_-]/g, "-").slice(0, 36);
}
function runTaskInput(config, definition, placement2, phaseId) {
  const { source: _source, ...where2 } = placement2;
  return {
    cluster: config.cluster,
    taskDefinition: definition.arn,
    count: config.count,
    startedBy: startedBy(config, phaseId),
    overrides: taskOverrides(config, definition),
    ...where2
  };
}
async function startTasks(ctx, input) {
  const command2 = new RunTaskCommand({ ...input, clientToken: input.clientToken ?? randomUUID2() });
  const answer = await retryingFaults(() => ctx.aws.client(ECSClient8).send(command2), {
    signal: ctx.signal,
    onRetry: (why) => ctx.log.info(`RunTask interrupted (${why}); trying again with its token`)
  });
  return { tasks: answer.tasks ?? [], failures: answer.failures ?? [] };
}
var OVERRIDES_LIMIT;
var init_start = __esm({
  "src/phases/ecs-run-task/start.ts"() {
    "use strict";
    init_retry();
    init_errors();
    init_task_definition();
    OVERRIDES_LIMIT = 8192;
  }
});

// src/phases/ecs-run-task/plan.ts
async function planRunTask(ctx) {
  const definition = await resolveTaskDefinition(ctx, "plan");
  checkContainerNames(definition, ctx.config);
  if (definition.source !== "not-known-yet") taskOverrides(ctx.config, definition);
  const placement2 = await resolvePlacement(ctx, definition);
  const { count, cluster: cluster2 } = ctx.config;
  const shown2 = { config: ctx.config, definition, placement: placement2 };
  return {
    summary: `would run ${plural(count, "task")} of ${definition.label} on ${cluster2}`,
    details: planDetails(shown2),
    plan: runTaskPlan(shown2)
  };
}
var init_plan3 = __esm({
  "src/phases/ecs-run-task/plan.ts"() {
    "use strict";
    init_text();
    init_network();
    init_report3();
    init_start();
    init_task_definition();
  }
});

// src/aws/log-tail.ts
import { CloudWatchLogsClient, GetLogEventsCommand } from "@aws-sdk/client-cloudwatch-logs";
async function lastLogLines(ctx, where2, limit) {
  const logs = ctx.aws.client(CloudWatchLogsClient);
  let lines = [];
  let token2;
  for (let page = 0; page < MAX_PAGES && lines.length < limit; page++) {
    const answer = await logs.send(
      new GetLogEventsCommand({
        logGroupName: where2.group,
        logStreamName: where2.stream,
        limit: limit - lines.length,
        startFromHead: false,
        ...token2 ? { nextToken: token2 } : {}
      }),
      { abortSignal: ctx.signal }
    );
    lines = [
      ...(answer.events ?? []).map((e) => (e.message ?? "").replace(/\r?\n$/, "")),
      ...lines
    ];
    const next = answer.nextBackwardToken;
    if (!next || next === token2) break;
    token2 = next;
  }
  return lines.slice(-limit);
}
var MAX_PAGES;
var init_log_tail = __esm({
  "src/aws/log-tail.ts"() {
    "use strict";
    MAX_PAGES = 50;
  }
});

// src/phases/ecs-run-task/logs.ts
async function readLogTail(ctx, definition, outcome, limit) {
  const name = outcome.container ?? "";
  const base2 = { taskId: outcome.id, container: name, lines: [] };
  const where2 = destination(definition, outcome, name);
  if (typeof where2 === "string") return { ...base2, note: where2 };
  const tail2 = { ...base2, group: where2.group, stream: where2.stream };
  if (where2.region && where2.region !== ctx.aws.region)
    return {
      ...tail2,
      note: `the log is in region ${where2.region}; phasegate reads ${ctx.aws.region}`
    };
  try {
    return { ...tail2, lines: await lastLogLines(ctx, where2, limit) };
  } catch (error2) {
    if (ctx.signal.aborted) throw error2;
    return { ...tail2, note: unreadable2(error2, outcome) };
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
function unreadable2(error2, outcome) {
  const name = error2 instanceof Error ? error2.name : "";
  if (name === "ResourceNotFoundException")
    return outcome.task.startedAt ? "no log stream: the container wrote nothing, or the log group does not exist" : "no log: the container never started";
  return `the log could not be read: ${error2 instanceof Error ? error2.message : String(error2)}`;
}
function logTailLines(tail2, limit) {
  const where2 = tail2.stream ? ` (${tail2.group} ${tail2.stream})` : "";
  const title = `log of container ${tail2.container} in task ${shortTaskId(tail2.taskId)}${where2}`;
  if (tail2.lines.length === 0) return [`${title}: ${tail2.note ?? "no lines"}`];
  const count = tail2.lines.length === limit ? `last ${limit} lines` : plural(tail2.lines.length, "line");
  return [`${title}, ${count}:`, ...tail2.lines.map((line) => `  | ${line}`)];
}
var init_logs = __esm({
  "src/phases/ecs-run-task/logs.ts"() {
    "use strict";
    init_log_tail();
    init_text();
  }
});

// src/phases/ecs-run-task/outcome.ts
function judgeTask(task, definition, named2) {
  const id = taskId(task.taskArn ?? "");
  const durationMs2 = durationOf2(task);
  const base2 = { task, id, ...durationMs2 !== void 0 ? { durationMs: durationMs2 } : {} };
  const main2 = mainContainer(definition, named2)?.name ?? task.containers?.[0]?.name;
  if (task.stopCode === "TaskFailedToStart" || !task.startedAt)
    return {
      ...base2,
      ...of(task, main2),
      ok: false,
      reason: `never started: ${notStartedReason(task)}`
    };
  const failed2 = decisive(task, definition, named2).filter((c) => c.exitCode !== 0);
  const first = failed2[0];
  if (first) {
    const reason = `failed: ${failed2.map((c) => exitLine(c, task)).join("; ")}`;
    return { ...base2, ...of(task, first.name), ok: false, reason };
  }
  if (task.stopCode && INTERRUPTED.includes(task.stopCode))
    return {
      ...base2,
      ...of(task, main2),
      ok: false,
      reason: `stopped before it finished: ${task.stoppedReason || "no reason given"} (${task.stopCode})`
    };
  const decided = named2 ?? main2;
  return {
    ...base2,
    ...of(task, decided),
    ok: true,
    reason: `succeeded: container ${decided} exited with code 0`
  };
}
function decisive(task, definition, named2) {
  const names = named2 !== void 0 ? [named2] : definition.containers.filter((c) => c.essential).map((c) => c.name);
  const reported = task.containers ?? [];
  if (names.length === 0) return reported;
  return names.map((name) => reported.find((c) => c.name === name) ?? { name });
}
function of(task, name) {
  if (name === void 0) return {};
  const exitCode2 = task.containers?.find((c) => c.name === name)?.exitCode;
  return { container: name, ...exitCode2 !== void 0 ? { exitCode: exitCode2 } : {} };
}
function exitLine(c, task) {
  const name = c.name ?? "unnamed";
  if (c.exitCode === void 0 || c.exitCode === null)
    return `container ${name} has no exit code: ${c.reason || task.stoppedReason || `stop code ${task.stopCode ?? "unknown"}`}`;
  return `container ${name} exited with code ${c.exitCode}${c.reason ? `: ${c.reason}` : ""}`;
}
function notStartedReason(task) {
  const containerReasons = (task.containers ?? []).map((c) => containerReason(c, task));
  const reasons2 = [task.stoppedReason, ...new Set(containerReasons)].filter(Boolean);
  if (reasons2.length > 0) return reasons2.join("; ");
  return `ECS gave no reason (stop code ${task.stopCode ?? "unknown"})`;
}
function durationOf2(task) {
  const from = task.createdAt;
  const to = task.stoppedAt;
  return from && to ? to.getTime() - from.getTime() : void 0;
}
function failureMessage(outcomes, label2) {
  const failed2 = outcomes.filter((o) => !o.ok);
  const first = failed2[0];
  if (!first) return `${label2}: all tasks succeeded`;
  const task = `task ${shortTaskId(first.id)} (${label2}) ${first.reason}`;
  return outcomes.length === 1 ? task : `${failed2.length} of ${outcomes.length} tasks failed; ${task}`;
}
var INTERRUPTED;
var init_outcome = __esm({
  "src/phases/ecs-run-task/outcome.ts"() {
    "use strict";
    init_tasks();
    init_text();
    init_task_definition();
    INTERRUPTED = [
      "UserInitiated",
      "ServiceSchedulerInitiated",
      "SpotInterruption",
      "TerminationNotice"
    ];
  }
});

// src/phases/ecs-run-task/placement.ts
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
    const found2 = ADVICE.find(([test]) => test(f.reason ?? ""));
    if (found2) advice.add(found2[1]);
  }
  if (advice.size === 0) advice.add("ECS gave a reason phasegate does not know");
  return `${[...advice].join("; ")} (${DOC})`;
}
function unplacedTasks(started, asked, label2, log) {
  const got = started.tasks.length;
  const reasons2 = started.failures.length > 0 ? describeFailures(started.failures) : "ECS gave no reason";
  if (got >= asked) {
    if (started.failures.length > 0) log.warning(`RunTask reported failures: ${reasons2}`);
    return void 0;
  }
  const advice = placementAdvice(started.failures);
  if (got === 0) {
    const what = asked === 1 ? "the task" : `any of the ${asked} tasks`;
    throw new PhaseFailure(`ECS could not place ${what} of ${label2}: ${reasons2}`, {
      hint: `${advice}; nothing was started, so nothing is left running`
    });
  }
  log.warning(
    `ECS started ${got} of ${asked} tasks of ${label2}: ${reasons2}; waiting for the ${got} that started, then the phase fails`
  );
  return { reasons: reasons2, advice };
}
var DOC, ADVICE;
var init_placement = __esm({
  "src/phases/ecs-run-task/placement.ts"() {
    "use strict";
    init_errors();
    DOC = "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/api_failures_messages.html";
    ADVICE = [
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
  }
});

// src/aws/poll.ts
async function pollUntil(look, o) {
  let interval = o.intervalMs;
  for (; ; ) {
    try {
      const done = await look();
      if (done !== void 0) return done;
      interval = o.intervalMs;
    } catch (error2) {
      if (!o.signal.aborted && !isThrottling(error2)) throw error2;
      if (isThrottling(error2)) interval = slowerInterval(interval);
    }
    if (o.signal.aborted) return void 0;
    await sleep(interval, o.signal).catch(() => void 0);
    if (o.signal.aborted) return void 0;
  }
}
var init_poll = __esm({
  "src/aws/poll.ts"() {
    "use strict";
    init_sleep();
    init_errors3();
    init_polling();
  }
});

// src/phases/ecs-run-task/wait.ts
import { StopTaskCommand } from "@aws-sdk/client-ecs";
async function waitForTasks(arns, o) {
  const seen = /* @__PURE__ */ new Map();
  const stopped = await pollUntil(async () => {
    const tasks = await describeTasks(o.ecs, o.cluster, arns, o.signal);
    logTransitions(tasks, seen, o.log);
    if (tasks.length === arns.length && tasks.every((t2) => t2.lastStatus === "STOPPED"))
      return tasks;
    o.log.progress(waitingLine(arns, tasks));
    return void 0;
  }, o);
  if (stopped) return stopped;
  throw await stopAfterAbort(arns, seen, o);
}
function logTransitions(tasks, seen, log) {
  for (const t2 of tasks) {
    const arn = t2.taskArn ?? "";
    const status = t2.lastStatus ?? "UNKNOWN";
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
  for (const t2 of tasks)
    counts.set(t2.lastStatus ?? "?", (counts.get(t2.lastStatus ?? "?") ?? 0) + 1);
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
        await o.ecs.send(new StopTaskCommand({ cluster: o.cluster, task: arn, reason }), {
          abortSignal: AbortSignal.timeout(STOP_TIMEOUT_MS)
        });
        o.log.warning(`stopped task ${id} (StopTask): ${reason}`);
        return `stopped task ${id} (StopTask): ${reason}`;
      } catch (error2) {
        const message = `could not stop task ${id}: ${error2.message}; stop it in the console`;
        o.log.error(message);
        return message;
      }
    })
  );
}
var STOP_TIMEOUT_MS;
var init_wait = __esm({
  "src/phases/ecs-run-task/wait.ts"() {
    "use strict";
    init_tasks();
    init_poll();
    init_errors();
    init_text();
    STOP_TIMEOUT_MS = 3e3;
  }
});

// src/phases/ecs-run-task/run.ts
import { ECSClient as ECSClient9 } from "@aws-sdk/client-ecs";
async function runRunTask(ctx) {
  const definition = await resolveTaskDefinition(ctx, "run");
  checkContainerNames(definition, ctx.config);
  const arn = known(definition);
  ctx.log.info(`task definition ${definition.label} (${definition.source})`);
  const placement2 = await resolvePlacement(ctx, definition);
  ctx.log.info(`network: ${describePlacement(placement2)}`);
  const started = await startTasks(
    ctx,
    runTaskInput(ctx.config, { ...definition, arn }, placement2, ctx.phase.id)
  );
  const unplaced = unplacedTasks(started, ctx.config.count, definition.label, ctx.log);
  const arns = taskArns(started);
  ctx.log.info(
    `started ${arns.map((a) => shortTaskId(taskId(a))).join(", ")} on ${ctx.config.cluster}`
  );
  const tasks = await waitForTasks(arns, {
    ecs: ctx.aws.client(ECSClient9),
    cluster: ctx.config.cluster,
    intervalMs: ctx.config["poll-interval"],
    signal: ctx.signal,
    log: ctx.log
  });
  const outcomes = arns.map((a) => judgeTask(byArn(tasks, a), definition, ctx.config.container));
  return finish(ctx, definition, placement2, outcomes, unplaced);
}
async function finish(ctx, definition, placement2, outcomes, unplaced) {
  const limit = ctx.config["log-lines"];
  const tails = limit === 0 ? [] : await Promise.all(outcomes.map((o) => readLogTail(ctx, definition, o, limit)));
  logOutcomes(ctx, outcomes, tails);
  const details2 = runDetails({
    region: ctx.aws.region,
    config: ctx.config,
    definition,
    placement: placement2,
    outcomes,
    tails,
    ...ctx.run.simulatedTime ? { simulatedTime: true } : {},
    ...unplaced ? { launchFailures: unplaced.reasons } : {}
  });
  const outputs = outputsOf2(definition, outcomes);
  if (unplaced) {
    const started = `ECS started only ${outcomes.length} of ${ctx.config.count} tasks of ${definition.label} (${unplaced.reasons})`;
    const judged = outcomes.some((o) => !o.ok) ? failureMessage(outcomes, definition.label) : `the ${outcomes.length} that started succeeded`;
    throw new PhaseFailure(`${started}; ${judged}`, { details: details2, outputs, hint: unplaced.advice });
  }
  if (outcomes.some((o) => !o.ok))
    throw new PhaseFailure(failureMessage(outcomes, definition.label), { details: details2, outputs });
  return {
    summary: successLine(outcomes, definition.label, ctx.run.simulatedTime),
    details: details2,
    outputs
  };
}
function logOutcomes(ctx, outcomes, tails) {
  for (const o of outcomes) {
    if (o.ok) ctx.log.info(`task ${shortTaskId(o.id)} ${o.reason}`);
    else ctx.log.error(`task ${shortTaskId(o.id)} ${o.reason}`);
  }
  for (const tail2 of tails)
    for (const line of logTailLines(tail2, ctx.config["log-lines"])) ctx.log.info(line);
}
function successLine(outcomes, label2, simulated) {
  const [first] = outcomes;
  if (outcomes.length === 1 && first) {
    const took = first.durationMs !== void 0 ? ` in ${formatAwsDuration(first.durationMs, simulated)}` : "";
    return `task ${shortTaskId(first.id)} (${label2}) ${first.reason}${took}`;
  }
  return `${outcomes.length} tasks of ${label2} succeeded (exit code 0)`;
}
function outputsOf2(definition, outcomes) {
  const arns = outcomes.map((o) => o.task.taskArn ?? "");
  const exitCode2 = outcomes[0]?.exitCode;
  return {
    "task-arn": arns[0] ?? "",
    "task-arns": arns.join(","),
    ...exitCode2 !== void 0 ? { "exit-code": String(exitCode2) } : {},
    ...definition.arn ? { "task-definition-arn": definition.arn } : {}
  };
}
function known(definition) {
  if (!definition.arn)
    throw new Error(`task definition ${definition.label} was not resolved to an ARN`);
  return definition.arn;
}
function taskArns(started) {
  return started.tasks.map((t2) => t2.taskArn).filter((a) => Boolean(a));
}
function byArn(tasks, arn) {
  const task = tasks.find((t2) => t2.taskArn === arn);
  if (!task) throw new Error(`DescribeTasks did not return task ${arn}`);
  return task;
}
var init_run9 = __esm({
  "src/phases/ecs-run-task/run.ts"() {
    "use strict";
    init_tasks();
    init_duration();
    init_errors();
    init_text();
    init_logs();
    init_network();
    init_outcome();
    init_placement();
    init_report3();
    init_start();
    init_task_definition();
    init_wait();
  }
});

// src/phases/ecs-run-task/steps.ts
var steps_exports2 = {};
__export(steps_exports2, {
  plan: () => planRunTask,
  run: () => runRunTask
});
var init_steps2 = __esm({
  "src/phases/ecs-run-task/steps.ts"() {
    "use strict";
    init_plan3();
    init_run9();
  }
});

// src/phases/ecs-run-task/index.ts
var ecsRunTaskKind;
var init_ecs_run_task = __esm({
  "src/phases/ecs-run-task/index.ts"() {
    "use strict";
    init_kind2();
    init_check_files2();
    init_outputs3();
    init_settings8();
    ecsRunTaskKind = lazyPhaseKind(
      {
        name: "ecs-run-task",
        description: "Run a one-off ECS task (family, ARN or JSON file) with overrides, wait for it to stop, fail on a non-zero exit with the reason and the log tail",
        settings: ecsRunTaskSettings,
        iam: () => Promise.resolve().then(() => (init_iam10(), iam_exports8)),
        canRollBack: false,
        checkFiles: checkTaskFile,
        outputs: () => ECS_RUN_TASK_OUTPUTS,
        files: taskFile
      },
      () => Promise.resolve().then(() => (init_steps2(), steps_exports2))
    );
  }
});

// src/phases/migrate/outputs.ts
var MIGRATE_OUTPUTS;
var init_outputs4 = __esm({
  "src/phases/migrate/outputs.ts"() {
    "use strict";
    MIGRATE_OUTPUTS = ["applied", "pending", "current-version"];
  }
});

// src/sql/syntax.ts
function wordsAt(tokens, at2, ...words) {
  return words.every((word, i) => keyword(tokens[at2 + i]) === word);
}
function skipWords(tokens, at2, ...words) {
  return wordsAt(tokens, at2, ...words) ? at2 + words.length : at2;
}
function topLevel(tokens) {
  const result2 = [];
  let depth = 0;
  tokens.forEach((token2, at2) => {
    if (token2.kind === "symbol" && token2.text === "(") depth++;
    else if (token2.kind === "symbol" && token2.text === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0) result2.push({ token: token2, at: at2 });
  });
  return result2;
}
function hasTopLevelWord(tokens, word) {
  return topLevel(tokens).some(({ token: token2 }) => keyword(token2) === word);
}
function splitTopLevelCommas(tokens) {
  const parts = [[]];
  let depth = 0;
  for (const token2 of tokens) {
    if (token2.kind === "symbol" && token2.text === "(") depth++;
    if (token2.kind === "symbol" && token2.text === ")") depth = Math.max(0, depth - 1);
    if (depth === 0 && token2.kind === "symbol" && token2.text === ",") parts.push([]);
    else parts.at(-1)?.push(token2);
  }
  return parts.filter((part) => part.length > 0);
}
function identifierName(token2) {
  if (token2?.kind === "word") return token2.text.toLowerCase();
  if (token2?.kind === "quoted-identifier") return token2.text.slice(1, -1).replace(/""/g, '"');
  return void 0;
}
function readQualifiedName(tokens, at2) {
  const parts = [];
  let i = at2;
  for (; ; ) {
    const part = identifierName(tokens[i]);
    if (part === void 0)
      return parts.length > 0 ? { name: parts.join("."), next: i } : void 0;
    parts.push(part);
    i++;
    if (!(tokens[i]?.kind === "symbol" && tokens[i]?.text === "."))
      return { name: parts.join("."), next: i };
    i++;
  }
}
function sameTable(a, b) {
  if (a === b) return true;
  if (a.includes(".") && b.includes(".")) return false;
  return a.split(".").at(-1) === b.split(".").at(-1);
}
var init_syntax = __esm({
  "src/sql/syntax.ts"() {
    "use strict";
    init_lexer();
  }
});

// src/sql/lint-rules.ts
function hit(rule, token2, message) {
  return token2 ? [{ rule, token: token2, message }] : [];
}
function droppedNames(tokens, from) {
  const at2 = skipWords(tokens, from, "IF", "EXISTS");
  return splitTopLevelCommas(tokens.slice(at2)).map((part) => readQualifiedName(part, 0)?.name).filter((name) => name !== void 0);
}
function mainVerb(tokens) {
  const verbs = /* @__PURE__ */ new Set(["SELECT", "INSERT", "UPDATE", "DELETE", "MERGE", "VALUES", "TABLE"]);
  const first = keyword(tokens[0]) ?? "";
  if (verbs.has(first)) return { verb: first, at: 0 };
  if (first !== "WITH") return void 0;
  const main2 = topLevel(tokens).find(({ token: token2 }) => verbs.has(keyword(token2) ?? ""));
  return main2 ? { verb: keyword(main2.token) ?? "", at: main2.at } : void 0;
}
function columnAfter(action) {
  let at2 = skipWords(action, 1, "COLUMN");
  at2 = skipWords(action, at2, "IF", "NOT", "EXISTS");
  at2 = skipWords(action, at2, "IF", "EXISTS");
  return { column: identifierName(action[at2]), next: at2 + 1 };
}
function alterAction(table3, action, ctx) {
  const verb = keyword(action[0]);
  if (NOT_COLUMNS.has(keyword(action[1]) ?? "")) return [];
  const { column, next } = columnAfter(action);
  const where2 = `${table3}.${column ?? "?"}`;
  if (verb === "DROP") {
    return hit("drop-column", action[0], `DROP COLUMN deletes ${where2} and the data in it.`);
  }
  if (ctx.isNewTable(table3)) return [];
  if (verb === "ALTER" && (wordsAt(action, next, "TYPE") || wordsAt(action, next, "SET", "DATA", "TYPE"))) {
    return hit(
      "alter-column-type",
      action[0],
      `changing the type of ${where2} usually rewrites ${table3} under an exclusive lock that blocks reads and writes.`
    );
  }
  if (verb === "ALTER" && wordsAt(action, next, "SET", "NOT", "NULL")) {
    return hit(
      "set-not-null",
      action[0],
      `SET NOT NULL on ${where2} scans ${table3} under an exclusive lock, and fails if a row holds NULL; add a CHECK (\u2026 IS NOT NULL) NOT VALID constraint and validate it first.`
    );
  }
  if (verb === "ADD" && addsNotNullWithoutDefault(action.slice(next))) {
    return hit(
      "add-column-not-null-without-default",
      action[0],
      `adding ${where2} as NOT NULL without a DEFAULT fails as soon as ${table3} has a row.`
    );
  }
  return [];
}
function addsNotNullWithoutDefault(definition) {
  const words = topLevel(definition).map(({ token: token2 }) => keyword(token2));
  const notNull = words.some((w, i) => w === "NOT" && words[i + 1] === "NULL");
  const filled = words.some((w) => w === "DEFAULT" || w === "GENERATED" || SERIALS.has(w ?? ""));
  return notNull && !filled;
}
function createdTable(tokens) {
  if (!wordsAt(tokens, 0, "CREATE")) return void 0;
  const kindAt = tokens.findIndex(
    (t2, i) => i > 0 && i < 5 && (keyword(t2) === "TABLE" || keyword(t2) === "VIEW")
  );
  if (kindAt < 0) return void 0;
  if (keyword(tokens[kindAt]) === "VIEW" && keyword(tokens[kindAt - 1]) !== "MATERIALIZED")
    return void 0;
  return readQualifiedName(tokens, skipWords(tokens, kindAt + 1, "IF", "NOT", "EXISTS"))?.name;
}
function newTableTracker(initial) {
  const names = new Set(initial);
  return {
    isNewTable: (name) => [...names].some((created) => sameTable(created, name)),
    add: (name) => {
      names.add(name);
    }
  };
}
var LINT_RULE_IDS, dropObjects, unfilteredWrites, NOT_COLUMNS, SERIALS, alterTable, createIndex, RULES;
var init_lint_rules = __esm({
  "src/sql/lint-rules.ts"() {
    "use strict";
    init_lexer();
    init_syntax();
    LINT_RULE_IDS = [
      "drop-table",
      "drop-column",
      "drop-schema",
      "drop-database",
      "truncate",
      "delete-without-where",
      "update-without-where",
      "alter-column-type",
      "set-not-null",
      "add-column-not-null-without-default",
      "create-index-without-concurrently"
    ];
    dropObjects = (t2) => {
      if (wordsAt(t2, 0, "DROP", "TABLE")) {
        const names = droppedNames(t2, 2).join(", ");
        const cascade = t2.some((token2) => keyword(token2) === "CASCADE") ? " CASCADE also drops the views and foreign keys that depend on it." : "";
        return hit(
          "drop-table",
          t2[0],
          `DROP TABLE deletes ${names} and every row in it, on every run that reaches it.${cascade}`
        );
      }
      if (wordsAt(t2, 0, "DROP", "SCHEMA")) {
        return hit(
          "drop-schema",
          t2[0],
          `DROP SCHEMA deletes ${droppedNames(t2, 2).join(", ")}; with CASCADE, every table in it.`
        );
      }
      if (wordsAt(t2, 0, "DROP", "DATABASE")) {
        return hit("drop-database", t2[0], "DROP DATABASE deletes a whole database.");
      }
      if (wordsAt(t2, 0, "TRUNCATE")) {
        return hit("truncate", t2[0], "TRUNCATE deletes every row of the table.");
      }
      return [];
    };
    unfilteredWrites = (t2) => {
      const main2 = mainVerb(t2);
      if (main2 === void 0 || main2.verb !== "DELETE" && main2.verb !== "UPDATE") return [];
      if (hasTopLevelWord(t2.slice(main2.at), "WHERE")) return [];
      const target2 = readQualifiedName(t2, skipWords(t2, skipWords(t2, main2.at + 1, "FROM"), "ONLY"));
      const table3 = target2?.name ?? "the table";
      return main2.verb === "DELETE" ? hit("delete-without-where", t2[main2.at], `DELETE without WHERE deletes every row of ${table3}.`) : hit(
        "update-without-where",
        t2[main2.at],
        `UPDATE without WHERE changes every row of ${table3}.`
      );
    };
    NOT_COLUMNS = /* @__PURE__ */ new Set(["CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN", "EXCLUDE"]);
    SERIALS = /* @__PURE__ */ new Set(["SERIAL", "BIGSERIAL", "SMALLSERIAL", "SERIAL2", "SERIAL4", "SERIAL8"]);
    alterTable = (t2, ctx) => {
      if (!wordsAt(t2, 0, "ALTER", "TABLE")) return [];
      const at2 = skipWords(t2, skipWords(t2, 2, "IF", "EXISTS"), "ONLY");
      const name = readQualifiedName(t2, at2);
      if (name === void 0) return [];
      const start = t2[name.next]?.text === "*" ? name.next + 1 : name.next;
      return splitTopLevelCommas(t2.slice(start)).flatMap(
        (action) => alterAction(name.name, action, ctx)
      );
    };
    createIndex = (t2, ctx) => {
      const indexAt = skipWords(t2, 1, "UNIQUE");
      if (!wordsAt(t2, 0, "CREATE") || !wordsAt(t2, indexAt, "INDEX")) return [];
      if (wordsAt(t2, indexAt + 1, "CONCURRENTLY")) return [];
      const on = t2.findIndex((token2, i) => i > indexAt && keyword(token2) === "ON");
      const table3 = on < 0 ? void 0 : readQualifiedName(t2, skipWords(t2, on + 1, "ONLY"))?.name;
      if (table3 === void 0 || ctx.isNewTable(table3)) return [];
      return hit(
        "create-index-without-concurrently",
        t2[0],
        `CREATE INDEX without CONCURRENTLY blocks writes to ${table3} until the index is built; use CREATE INDEX CONCURRENTLY in a file of its own.`
      );
    };
    RULES = [dropObjects, unfilteredWrites, alterTable, createIndex];
  }
});

// src/sql/lint.ts
function excerpt2(sql, length = EXCERPT_LENGTH) {
  const oneLine2 = sql.replace(/\s+/g, " ").trim();
  return oneLine2.length <= length ? oneLine2 : `${oneLine2.slice(0, length - 1)}\u2026`;
}
function lintFile(file, options = {}) {
  const failOn = new Set(options.failOn ?? []);
  const tracker = newTableTracker(options.createdBefore ?? []);
  const findings = [];
  const createdTables = [];
  for (const statement of file.statements) {
    for (const hit2 of RULES.flatMap((rule) => rule(statement.tokens, tracker))) {
      findings.push({
        rule: hit2.rule,
        severity: failOn.has(hit2.rule) ? "error" : "warning",
        file: file.path,
        statement: statement.index,
        line: hit2.token.line,
        column: hit2.token.column,
        excerpt: excerpt2(statement.sql),
        message: hit2.message
      });
    }
    const created = createdTable(statement.tokens);
    if (created !== void 0) {
      tracker.add(created);
      createdTables.push(created);
    }
  }
  return { findings, createdTables };
}
function lintMigrations(files, options = {}) {
  const created = [];
  return files.flatMap((file) => {
    const result2 = lintFile(file, { ...options, createdBefore: created });
    created.push(...result2.createdTables);
    return result2.findings;
  });
}
function findingToDiagnostic(finding) {
  return {
    severity: finding.severity,
    message: `[${finding.rule}] statement ${finding.statement}: ${finding.message}`,
    hint: `${finding.excerpt}${finding.severity === "error" ? ` (refused: ${finding.rule} is in fail-on)` : ""}`,
    position: { file: finding.file, line: finding.line, column: finding.column }
  };
}
var EXCERPT_LENGTH;
var init_lint = __esm({
  "src/sql/lint.ts"() {
    "use strict";
    init_lint_rules();
    init_lint_rules();
    EXCERPT_LENGTH = 100;
  }
});

// src/phases/migrate/settings.ts
function checkConnection(value, path, issues) {
  if (!isPlainObject(value)) return;
  const has = (key) => value[key] !== void 0 && value[key] !== null;
  const via = value.via ?? "data-api";
  if (via === "data-api") {
    for (const key of ["resource-arn", "secret-arn"])
      if (!has(key))
        issues.push({ path, message: `"${key}" is missing`, hint: `via: data-api needs ${key}` });
    for (const key of ["url", "host", "user", "password", "password-env", "password-secret", "ssl"])
      if (has(key))
        issues.push({
          path: [...path, key],
          message: `"${key}" is a setting of via: pg`,
          hint: "the Data API authenticates with secret-arn; add via: pg to connect directly"
        });
  } else if (via === "pg") {
    if (!has("url") && !(has("host") && has("user")) && !has("password-secret"))
      issues.push({
        path,
        message: "via: pg needs url, or host and user, or password-secret",
        hint: "add url: \u2026"
      });
    checkPasswordSources(has, path, issues);
  }
}
function checkPasswordSources(has, path, issues) {
  if (has("password") && has("password-env"))
    issues.push({ path: [...path, "password-env"], message: "give password or password-env" });
  const other = ["password", "password-env"].filter(has);
  if (has("password-secret") && other.length > 0)
    issues.push({
      path: [...path, "password-secret"],
      message: `give password-secret or ${other.join(" / ")}, not both`,
      hint: "password-secret reads the password from Secrets Manager; remove the other setting"
    });
}
function withConnectionCheck(shape) {
  return {
    ...shape,
    parse(value, path, ctx) {
      const parsed = shape.parse(value, path, ctx);
      const before = ctx.issues.length;
      checkConnection(value, path, ctx.issues);
      return ctx.issues.length === before ? parsed : void 0;
    }
  };
}
function tableNames(config) {
  return {
    display: `${config.schema}.${config.table}`,
    history: `"${config.schema}"."${config.table}"`,
    lease: `"${config.schema}"."${config.table}_lease"`,
    schema: `"${config.schema}"`
  };
}
var IDENTIFIER, TABLE_NAME, connectionFields, phaseFields, phase2, connectionShape, migrateSettings;
var init_settings9 = __esm({
  "src/phases/migrate/settings.ts"() {
    "use strict";
    init_shape();
    init_lint();
    IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;
    TABLE_NAME = /^[a-z_][a-z0-9_]{0,56}$/;
    connectionFields = {
      via: withDefault(
        oneOf(
          ["data-api", "pg"],
          "data-api (default): the RDS Data API over HTTPS, for Aurora with the Data API enabled; pg: a direct PostgreSQL connection, for plain RDS or runners inside the VPC."
        ),
        "data-api"
      ),
      "resource-arn": optional(
        string({ description: "data-api: the Aurora cluster ARN (arn:aws:rds:\u2026:cluster:NAME)." })
      ),
      "secret-arn": optional(
        string({ description: "data-api: the Secrets Manager secret ARN with the credentials." })
      ),
      database: optional(string({ description: "The database name." })),
      url: optional(
        string({ description: "pg: a postgres:// connection URL (instead of host, port and user)." })
      ),
      host: optional(string({ description: "pg: the server host name." })),
      // No default here: a port from password-secret must not lose to a default nobody wrote.
      port: optional(
        number({
          integer: true,
          min: 1,
          max: 65535,
          description: "pg: port (default: the secret\u2019s with password-secret, else 5432)."
        })
      ),
      user: optional(string({ description: "pg: the user name." })),
      password: optional(
        string({
          description: "pg: the password, usually from SSM: ${{ ssm:/app/db/password }} (SecureString values are masked)."
        })
      ),
      "password-env": optional(
        string({
          pattern: /^[A-Za-z_][A-Za-z0-9_]*$/,
          description: "pg: the name of an environment variable holding the password."
        })
      ),
      "password-secret": optional(
        string({
          description: "pg: ARN or name of a Secrets Manager secret holding the password, as plain text or as database credentials JSON (username, password, host, port, dbname): user, host, port and database come from it when not given here."
        })
      ),
      ssl: optional(
        oneOf(
          ["require", "verify-full", "disable"],
          "pg: require (encrypted, default for host/port), verify-full (also checks the certificate against the system CAs), disable. With url, the URL decides unless this is given."
        )
      )
    };
    phaseFields = {
      ...connectionFields,
      directory: withDefault(string({ description: "The migrations directory." }), "migrations"),
      schema: withDefault(
        string({ pattern: IDENTIFIER, description: "Schema of the history table." }),
        "public"
      ),
      table: withDefault(
        string({ pattern: TABLE_NAME, description: "Name of the history table." }),
        "phasegate_schema_history"
      ),
      "fail-on": withDefault(
        array(oneOf(LINT_RULE_IDS), {
          description: "Lint rules whose findings stop the plan and the run before any change."
        }),
        []
      ),
      "out-of-order": withDefault(
        boolean("Apply a pending file whose version is lower than the highest applied one."),
        false
      ),
      repair: withDefault(
        boolean(
          "Accept the new checksums of applied files that changed, then migrate. Remove it again after the run: while it is on, an edited applied file is not refused."
        ),
        false
      ),
      "resume-timeout": withDefault(
        duration("How long to wait for a paused (auto-pause) cluster to resume."),
        12e4
      ),
      "lease-duration": withDefault(
        duration(
          "How long a no-transaction file holds the migration lease without renewal (its runner renews it a third of this apart); another runner takes it over once it has expired, so a killed runner holds it up for at most this long."
        ),
        6e4
      ),
      "poll-interval": withDefault(
        duration("Time between two looks at a long statement, a held lease or a waking cluster."),
        2e3
      )
    };
    phase2 = object(phaseFields, {
      description: "Apply the SQL files of a directory in version order, each at most once."
    });
    connectionShape = object(connectionFields);
    migrateSettings = withConnectionCheck(phase2);
  }
});

// src/phases/migrate/iam.ts
var iam_exports9 = {};
__export(iam_exports9, {
  actions: () => actions9,
  permissions: () => permissions9
});
function permissions9(c, scope) {
  const secret = c.via === "data-api" ? c["secret-arn"] : c["password-secret"];
  const what = c.via === "data-api" ? "secret-arn" : "password-secret";
  const statements = [];
  if (c.via === "data-api" && c["resource-arn"])
    statements.push(allow("DataApiMigrate", DATA_API, [rdsClusterArn(scope, c["resource-arn"])]));
  if (secret) statements.push(readSecret(scope, secret, what));
  return statements;
}
var DATA_API, actions9;
var init_iam11 = __esm({
  "src/phases/migrate/iam.ts"() {
    "use strict";
    init_iam2();
    DATA_API = [
      "rds-data:BeginTransaction",
      "rds-data:CommitTransaction",
      "rds-data:ExecuteStatement",
      "rds-data:RollbackTransaction"
    ];
    actions9 = [...DATA_API, "secretsmanager:GetSecretValue"];
  }
});

// src/sql/names.ts
function isSqlFile(fileName) {
  return SQL_FILE.test(fileName);
}
function looksLikeMigration(fileName) {
  return /^(?:[Vv])?\d/.test(fileName);
}
function describe3(rest) {
  return rest.replace(/_/g, " ").replace(/\s+/g, " ").trim();
}
function slug(text) {
  const words = text.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  return words.length > 0 ? words.join("_") : "migration";
}
function parseMigrationName(fileName) {
  const match = MIGRATION_NAME.exec(fileName);
  if (match) {
    const versionText = match[1] ?? "";
    const description = describe3(match[2] ?? "");
    const version2 = Number(versionText);
    if (!Number.isSafeInteger(version2)) {
      return { message: `version ${versionText} is too large (at most 15 digits)` };
    }
    if (description === "") {
      return {
        message: `"${fileName}" has a version but no description`,
        rename: { version: version2, slug: slug("describe the change") }
      };
    }
    return { version: version2, versionText, description };
  }
  return misnamed(fileName);
}
function misnamed(fileName) {
  const message = `"${fileName}" does not follow the NNN_description.sql naming`;
  const flyway = FLYWAY_NAME.exec(fileName);
  if (flyway) {
    const [major, ...minor] = (flyway[1] ?? "").split(/[._]/);
    if (minor.length === 0)
      return { message, rename: { ...versionOf(major), slug: slug(flyway[2] ?? "") } };
    return { message: `${message}; dotted versions like ${flyway[1]} are not supported` };
  }
  const numbered = DIGITS_THEN_REST.exec(fileName);
  if (numbered)
    return { message, rename: { ...versionOf(numbered[1]), slug: slug(numbered[2] ?? "") } };
  return { message, rename: { slug: slug(fileName.replace(SQL_FILE, "")) } };
}
function versionOf(digits) {
  const version2 = Number(digits);
  return Number.isSafeInteger(version2) ? { version: version2 } : {};
}
function isNameProblem(name) {
  return "message" in name;
}
function suggestedName(rename, versions) {
  return `${versions.claim(rename.version)}_${rename.slug}.sql`;
}
var MIGRATION_NAME, SQL_FILE, FLYWAY_NAME, DIGITS_THEN_REST, VersionAllocator, DEFAULT_WIDTH;
var init_names = __esm({
  "src/sql/names.ts"() {
    "use strict";
    MIGRATION_NAME = /^(\d+)_(.*)\.sql$/i;
    SQL_FILE = /\.sql$/i;
    FLYWAY_NAME = /^[VvRrUu](\d+(?:[._]\d+)*)__(.*)\.sql$/;
    DIGITS_THEN_REST = /^(\d+)[-.\s]*(.*)\.sql$/i;
    VersionAllocator = class {
      taken;
      width;
      next;
      constructor(existing) {
        this.taken = new Set(existing.map((v) => v.version));
        this.width = existing.length ? Math.max(...existing.map((v) => v.versionText.length)) : DEFAULT_WIDTH;
        this.next = existing.reduce((max, v) => Math.max(max, v.version), 0) + 1;
      }
      isFree(version2) {
        return !this.taken.has(version2);
      }
      claim(preferred) {
        let version2 = preferred;
        if (version2 === void 0 || !this.isFree(version2)) {
          while (!this.isFree(this.next)) this.next++;
          version2 = this.next;
        }
        this.taken.add(version2);
        return String(version2).padStart(this.width, "0");
      }
    };
    DEFAULT_WIDTH = 3;
  }
});

// src/sql/files.ts
import { createHash } from "node:crypto";
import { readdir, readFile as readFile3 } from "node:fs/promises";
import { join } from "node:path";
function normalizeSql(text) {
  const withoutBom = text.startsWith(BOM) ? text.slice(1) : text;
  return withoutBom.replace(/\r\n?/g, "\n");
}
function migrationChecksum(text) {
  return createHash("sha256").update(normalizeSql(text), "utf8").digest("hex");
}
function shortChecksum(checksum) {
  return checksum.slice(0, 8);
}
function compareVersions(a, b) {
  return a.version - b.version;
}
function fileError(path, message, hint) {
  return {
    severity: "error",
    message,
    position: { file: path, line: 1, column: 1 },
    ...hint ? { hint } : {}
  };
}
async function readMigration(dir, fileName, name) {
  const path = join(dir, fileName);
  let text;
  try {
    text = UTF8.decode(await readFile3(path));
  } catch {
    return fileError(path, `${fileName} is not valid UTF-8 text`, "save the file as UTF-8");
  }
  const content = normalizeSql(text);
  return { ...name, fileName, path, content, checksum: migrationChecksum(content) };
}
function rejectDuplicates(dir, named2, versions) {
  const byVersion = /* @__PURE__ */ new Map();
  for (const n of named2)
    byVersion.set(n.name.version, [...byVersion.get(n.name.version) ?? [], n]);
  const diagnostics = [];
  for (const group of byVersion.values()) {
    if (group.length < 2) continue;
    const all = group.map((n) => n.fileName).join(", ");
    for (const later of group.slice(1)) {
      const renamed = `${versions.claim()}_${later.fileName.replace(/^\d+_/, "")}`;
      diagnostics.push(
        fileError(
          join(dir, later.fileName),
          `version ${later.name.version} is used by more than one file: ${all}`,
          `give each file its own version, e.g. rename ${later.fileName} to ${renamed}`
        )
      );
    }
  }
  const unique = named2.filter((n) => byVersion.get(n.name.version)?.length === 1);
  return { unique, diagnostics };
}
function misnamedDiagnostics(dir, misnamed2, versions) {
  const names = /* @__PURE__ */ new Map();
  for (const wantsFree of [true, false])
    for (const { fileName, problem } of misnamed2) {
      const { rename } = problem;
      if (!rename || names.has(fileName)) continue;
      const free = rename.version !== void 0 && versions.isFree(rename.version);
      if (free === wantsFree) names.set(fileName, suggestedName(rename, versions));
    }
  return misnamed2.map(({ fileName, problem }) => {
    const name = names.get(fileName);
    return fileError(join(dir, fileName), problem.message, name && `rename it to ${name}`);
  });
}
function ignoredEntry(dir, entry) {
  if (!entry.isFile() || !looksLikeMigration(entry.name)) return void 0;
  return {
    ...fileError(join(dir, entry.name), `${entry.name} is not a .sql file and is ignored`),
    severity: "warning",
    hint: "only files ending in .sql are migrations"
  };
}
function linkRefused(dir, entry) {
  return fileError(
    join(dir, entry.name),
    `${entry.name} is a symbolic link; migrations must be regular files`,
    "copy the file into the migrations folder instead of linking it"
  );
}
function sortEntries(dir, entries) {
  const sorted4 = { named: [], misnamed: [], ignored: [], diagnostics: [] };
  const sqlFiles = [];
  for (const entry of entries) {
    if (entry.isSymbolicLink()) sorted4.diagnostics.push(linkRefused(dir, entry));
    else if (entry.isFile() && isSqlFile(entry.name)) sqlFiles.push(entry.name);
    else {
      sorted4.ignored.push(entry.name);
      const warning = ignoredEntry(dir, entry);
      if (warning) sorted4.diagnostics.push(warning);
    }
  }
  for (const fileName of sqlFiles) {
    const name = parseMigrationName(fileName);
    if (isNameProblem(name)) sorted4.misnamed.push({ fileName, problem: name });
    else sorted4.named.push({ fileName, name });
  }
  return sorted4;
}
function orderWarnings(files) {
  const byName4 = [...files].sort((a, b) => a.fileName < b.fileName ? -1 : 1);
  if (byName4.every((f, i) => f === files[i])) return [];
  const width = Math.max(...files.map((f) => f.versionText.length));
  return files.filter((f) => f.versionText.length < width).map((f) => {
    const padded = `${f.versionText.padStart(width, "0")}${f.fileName.slice(f.versionText.length)}`;
    return {
      ...fileError(
        f.path,
        `${f.fileName} runs as version ${f.version} but is listed after files that run later (names sort as text)`,
        `pad the version so names sort in the order files run: rename it to ${padded}`
      ),
      severity: "warning"
    };
  });
}
async function readMigrationDirectory(dir) {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    const message = `the migrations directory ${dir} does not exist or cannot be read`;
    return { files: [], ignored: [], diagnostics: [fileError(dir, message)] };
  }
  entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const { named: named2, misnamed: misnamed2, ignored, diagnostics } = sortEntries(dir, entries);
  const versions = new VersionAllocator(named2.map((n) => n.name));
  diagnostics.push(...misnamedDiagnostics(dir, misnamed2, versions));
  const { unique, diagnostics: duplicates } = rejectDuplicates(dir, named2, versions);
  const files = [];
  for (const { fileName, name } of unique) {
    const read = await readMigration(dir, fileName, name);
    if ("severity" in read) diagnostics.push(read);
    else files.push(read);
  }
  files.sort(compareVersions);
  return { files, ignored, diagnostics: [...diagnostics, ...duplicates, ...orderWarnings(files)] };
}
var BOM, UTF8;
var init_files = __esm({
  "src/sql/files.ts"() {
    "use strict";
    init_names();
    BOM = "\uFEFF";
    UTF8 = new TextDecoder("utf-8", { fatal: true });
  }
});

// src/sql/no-transaction.ts
function optionOff(tokens, name) {
  const at2 = tokens.findIndex((t2) => t2.text.toLowerCase() === name);
  if (at2 < 0) return false;
  const value = tokens[at2 + 1]?.text === "=" ? tokens[at2 + 2] : tokens[at2 + 1];
  return FALSE_WORDS.has((value?.text ?? "").toUpperCase().replace(/'/g, ""));
}
function hasWord(tokens, word) {
  return tokens.some((t2) => keyword(t2) === word);
}
function nonTransactionalCommand(tokens, options = {}) {
  for (const detect of DETECTORS) {
    const command2 = detect(tokens, options);
    if (command2 !== void 0) return command2;
  }
  return void 0;
}
var FALSE_WORDS, createIndex2, dropIndex, reindex, vacuum, cluster, database, tablespace, alterSystem, enumValue, detachConcurrently, discardAll, prepared, subscription, DETECTORS;
var init_no_transaction = __esm({
  "src/sql/no-transaction.ts"() {
    "use strict";
    init_lexer();
    init_syntax();
    FALSE_WORDS = /* @__PURE__ */ new Set(["FALSE", "OFF", "0"]);
    createIndex2 = (t2) => {
      const at2 = skipWords(t2, 1, "UNIQUE");
      return wordsAt(t2, 0, "CREATE") && wordsAt(t2, at2, "INDEX", "CONCURRENTLY") ? "CREATE INDEX CONCURRENTLY" : void 0;
    };
    dropIndex = (t2) => wordsAt(t2, 0, "DROP", "INDEX", "CONCURRENTLY") ? "DROP INDEX CONCURRENTLY" : void 0;
    reindex = (t2) => {
      if (!wordsAt(t2, 0, "REINDEX")) return void 0;
      const at2 = t2.findIndex((token2) => keyword(token2) === "CONCURRENTLY");
      if (at2 >= 0 && !FALSE_WORDS.has(keyword(t2[at2 + 1]) ?? t2[at2 + 1]?.text ?? "")) {
        return "REINDEX CONCURRENTLY";
      }
      const target2 = topLevel(t2.slice(1)).map(({ token: token2 }) => keyword(token2))[0];
      return target2 === "SCHEMA" || target2 === "DATABASE" || target2 === "SYSTEM" ? `REINDEX ${target2}` : void 0;
    };
    vacuum = (t2) => wordsAt(t2, 0, "VACUUM") ? "VACUUM" : void 0;
    cluster = (t2) => {
      if (!wordsAt(t2, 0, "CLUSTER")) return void 0;
      const rest = topLevel(t2.slice(1)).filter(({ token: token2 }) => keyword(token2) !== "VERBOSE");
      return rest.length === 0 ? "CLUSTER without a table" : void 0;
    };
    database = (t2) => {
      if (wordsAt(t2, 0, "CREATE", "DATABASE")) return "CREATE DATABASE";
      if (wordsAt(t2, 0, "DROP", "DATABASE")) return "DROP DATABASE";
      if (wordsAt(t2, 0, "ALTER", "DATABASE") && hasWord(t2, "TABLESPACE") && hasWord(t2, "SET")) {
        return "ALTER DATABASE \u2026 SET TABLESPACE";
      }
      return void 0;
    };
    tablespace = (t2) => {
      if (wordsAt(t2, 0, "CREATE", "TABLESPACE")) return "CREATE TABLESPACE";
      if (wordsAt(t2, 0, "DROP", "TABLESPACE")) return "DROP TABLESPACE";
      return void 0;
    };
    alterSystem = (t2) => wordsAt(t2, 0, "ALTER", "SYSTEM") ? "ALTER SYSTEM" : void 0;
    enumValue = (t2, options) => {
      if ((options.serverMajorVersion ?? 12) >= 12) return void 0;
      const adds = t2.some((token2, i) => keyword(token2) === "ADD" && keyword(t2[i + 1]) === "VALUE");
      return wordsAt(t2, 0, "ALTER", "TYPE") && adds ? "ALTER TYPE \u2026 ADD VALUE (before PostgreSQL 12)" : void 0;
    };
    detachConcurrently = (t2) => wordsAt(t2, 0, "ALTER", "TABLE") && hasWord(t2, "DETACH") && hasWord(t2, "CONCURRENTLY") ? "ALTER TABLE \u2026 DETACH PARTITION \u2026 CONCURRENTLY" : void 0;
    discardAll = (t2) => wordsAt(t2, 0, "DISCARD", "ALL") ? "DISCARD ALL" : void 0;
    prepared = (t2) => {
      if (wordsAt(t2, 0, "COMMIT", "PREPARED")) return "COMMIT PREPARED";
      if (wordsAt(t2, 0, "ROLLBACK", "PREPARED")) return "ROLLBACK PREPARED";
      return void 0;
    };
    subscription = (t2) => {
      if (wordsAt(t2, 0, "CREATE", "SUBSCRIPTION")) {
        const noSlot = optionOff(t2, "create_slot") || optionOff(t2, "connect");
        return noSlot ? void 0 : "CREATE SUBSCRIPTION (creates a replication slot)";
      }
      if (wordsAt(t2, 0, "DROP", "SUBSCRIPTION")) return "DROP SUBSCRIPTION";
      if (!wordsAt(t2, 0, "ALTER", "SUBSCRIPTION")) return void 0;
      if (wordsAt(t2, 3, "REFRESH", "PUBLICATION")) return "ALTER SUBSCRIPTION \u2026 REFRESH PUBLICATION";
      const changes = ["SET", "ADD", "DROP"].some((word) => wordsAt(t2, 3, word, "PUBLICATION"));
      if (changes && !optionOff(t2, "refresh")) return "ALTER SUBSCRIPTION \u2026 PUBLICATION (with refresh)";
      return void 0;
    };
    DETECTORS = [
      createIndex2,
      dropIndex,
      reindex,
      vacuum,
      cluster,
      database,
      tablespace,
      alterSystem,
      enumValue,
      detachConcurrently,
      discardAll,
      prepared,
      subscription
    ];
  }
});

// src/sql/transactional.ts
function leadingComments(tokens) {
  const firstCode = tokens.findIndex((t2) => !isComment(t2));
  return tokens.slice(0, firstCode < 0 ? tokens.length : firstCode).filter(isComment);
}
function hasNoTransactionHeader(sql) {
  return leadingComments(tokenize(sql)).some((t2) => HEADER.test(t2.text.trim()));
}
function at(file, line, column) {
  return { file, line, column };
}
function directiveWarnings(file, sql) {
  const tokens = tokenize(sql);
  const leading = new Set(leadingComments(tokens));
  return tokens.filter((t2) => isComment(t2) && DIRECTIVE.test(t2.text)).filter((t2) => !(leading.has(t2) && HEADER.test(t2.text.trim()))).map((t2) => ({
    severity: "warning",
    message: leading.has(t2) ? `unknown phasegate directive: ${t2.text.trim()}` : "a phasegate directive after the first statement is ignored",
    hint: `write exactly "${NO_TRANSACTION_HEADER}" in the comment lines at the top of the file`,
    position: at(file, t2.line, t2.column)
  }));
}
function describe4(s) {
  return `statement ${s.index} (line ${s.line}: ${s.command})`;
}
function mixingError(file, found2, ordinary) {
  const first = found2[0];
  const list2 = found2.map(describe4).join(", ");
  return {
    severity: "error",
    message: `${list2} cannot run inside a transaction, but the file also has ${plural(ordinary, "ordinary statement")} that phasegate runs in one transaction`,
    hint: `move ${found2.length === 1 ? "it to a migration file of its" : "them to a migration file of their"} own (such a file runs outside a transaction, statement by statement), or add "${NO_TRANSACTION_HEADER}" at the top if every statement of this file is safe to run again after a partial failure`,
    position: at(file, first.line, first.column)
  };
}
function controlDiagnostics(file, controls, mode, total) {
  return controls.flatMap((c) => {
    const position = at(file, c.line, c.column);
    if (c.kind === "rollback") {
      const message2 = `${c.text} would be ignored: phasegate commits the file when every statement succeeds`;
      return [{ severity: "error", message: message2, hint: "remove it", position }];
    }
    if (mode === "no-transaction") {
      const message2 = `${c.text} is ignored: this file runs outside a transaction, statement by statement`;
      return [{ severity: "warning", message: message2, position }];
    }
    if (c.after === 0 || c.after === total) return [];
    const message = `${c.text} in the middle of the file is ignored: phasegate runs the whole file in one transaction`;
    const hint = `split the file at line ${c.line} if the statements after it need the earlier ones committed first`;
    return [{ severity: "warning", message, hint, position }];
  });
}
function findNonTransactional(statements, options) {
  return statements.flatMap((s) => {
    const command2 = nonTransactionalCommand(s.tokens, options);
    return command2 ? [{ index: s.index, line: s.line, column: s.column, command: command2 }] : [];
  });
}
function transactionMode(file, sql, split, options = {}) {
  const declared = hasNoTransactionHeader(sql);
  const nonTransactional = findNonTransactional(split.statements, options);
  const mode = declared || nonTransactional.length > 0 ? "no-transaction" : "transaction";
  const ordinary = split.statements.length - nonTransactional.length;
  const diagnostics = [
    ...nonTransactional.length > 0 && ordinary > 0 && !declared ? [mixingError(file, nonTransactional, ordinary)] : [],
    ...controlDiagnostics(file, split.transactionControl, mode, split.statements.length),
    ...directiveWarnings(file, sql)
  ];
  return { mode, declared, nonTransactional, diagnostics };
}
var NO_TRANSACTION_HEADER, HEADER, DIRECTIVE;
var init_transactional = __esm({
  "src/sql/transactional.ts"() {
    "use strict";
    init_text();
    init_lexer();
    init_no_transaction();
    init_no_transaction();
    NO_TRANSACTION_HEADER = "-- phasegate:no-transaction";
    HEADER = /^--\s*phasegate:\s*no-transaction\s*$/i;
    DIRECTIVE = /phasegate\s*:/i;
  }
});

// src/sql/prepare.ts
function splitDiagnostics(file, split) {
  const problems = split.problems.map(
    (p) => ({
      severity: "error",
      message: p.message,
      position: { file: file.path, line: p.line, column: p.column }
    })
  );
  if (split.statements.length > 0) return problems;
  return [
    ...problems,
    {
      // An empty file would be recorded as applied with nothing done: almost always a slip.
      severity: "error",
      message: `${file.fileName} has no statements`,
      hint: "write its SQL, or delete the file (an empty file would only be recorded as applied)",
      position: { file: file.path, line: 1, column: 1 }
    }
  ];
}
function prepareMigration(file, options = {}) {
  const split = splitStatements(file.content);
  const transaction2 = transactionMode(file.path, file.content, split, options);
  const migration = { ...file, ...split, transaction: transaction2 };
  return {
    migration,
    diagnostics: [...splitDiagnostics(file, split), ...transaction2.diagnostics]
  };
}
async function prepareMigrations(dir, options = {}) {
  const read = await readMigrationDirectory(dir);
  const prepared2 = read.files.map((file) => prepareMigration(file, options));
  return {
    migrations: prepared2.map((p) => p.migration),
    ignored: read.ignored,
    diagnostics: [...read.diagnostics, ...prepared2.flatMap((p) => p.diagnostics)]
  };
}
var init_prepare2 = __esm({
  "src/sql/prepare.ts"() {
    "use strict";
    init_files();
    init_split();
    init_transactional();
  }
});

// src/phases/migrate/check-files.ts
var check_files_exports = {};
__export(check_files_exports, {
  checkMigrationFiles: () => checkMigrationFiles
});
async function checkMigrationFiles(settings, context) {
  if (!isPlainObject(settings)) return [];
  const written = settings.directory;
  const directory = written ?? DEFAULT_DIRECTORY;
  if (typeof directory !== "string" || isTemplate(directory)) return [];
  const found2 = await locate(directory, context.planFile, {
    kind: "directory",
    name: "the migrations directory"
  }).catch((e) => e instanceof UserError ? e : Promise.reject(e));
  if (found2 instanceof UserError) return [missingDirectory(found2, written, context)];
  const prepared2 = await prepareMigrations(shownPath(found2));
  const findings = lintMigrations(
    prepared2.migrations.map((m) => ({ path: m.path, statements: m.statements })),
    { failOn: failOnOf(settings["fail-on"]) }
  );
  return [...prepared2.diagnostics, ...findings.map(asWarning)];
}
function asWarning(finding) {
  const d = findingToDiagnostic({ ...finding, severity: "warning" });
  if (finding.severity !== "error") return d;
  return {
    ...d,
    hint: `${d.hint}; the run refuses it while this file is pending (${finding.rule} is in fail-on): rewrite the statement before it is applied, or remove ${finding.rule} from fail-on`
  };
}
function missingDirectory(error2, written, context) {
  const hint = written ? error2.hint : `${error2.hint}; without directory: the phase reads ${DEFAULT_DIRECTORY}/ (write directory: PATH)`;
  return {
    severity: "error",
    message: error2.message,
    position: context.at(written === void 0 ? [] : ["directory"]),
    ...hint ? { hint } : {}
  };
}
function failOnOf(value) {
  const ids = LINT_RULE_IDS;
  return Array.isArray(value) ? value.filter((id) => typeof id === "string" && ids.includes(id)) : [];
}
var DEFAULT_DIRECTORY;
var init_check_files3 = __esm({
  "src/phases/migrate/check-files.ts"() {
    "use strict";
    init_errors();
    init_paths();
    init_shape();
    init_lint();
    init_prepare2();
    DEFAULT_DIRECTORY = "migrations";
  }
});

// src/phases/migrate/compare.ts
function compareWithHistory(files, rows) {
  const applied = rows.filter((r) => r.success);
  const byVersion = new Map(applied.map((r) => [r.version, r]));
  const fileVersions = new Set(files.map((f) => f.version));
  const highest = applied.reduce(
    (max, r) => max === void 0 || r.version > max.version ? r : max,
    void 0
  );
  const comparison = {
    applied,
    pending: [],
    changed: [],
    outOfOrder: [],
    missing: applied.filter((r) => !fileVersions.has(r.version)),
    retried: rows.filter((r) => !r.success && fileVersions.has(r.version))
  };
  for (const file of files) {
    const row = byVersion.get(file.version);
    if (row) {
      if (row.checksum !== file.checksum) comparison.changed.push({ file, row });
      continue;
    }
    comparison.pending.push(file);
    if (highest && highest.version > file.version) comparison.outOfOrder.push({ file, highest });
  }
  return comparison;
}
function changedMessage(change2) {
  return `${change2.file.fileName} changed after it was applied: the history records checksum ${change2.row.checksum} (applied ${change2.row.appliedAt} by ${change2.row.appliedBy}), the file now has ${change2.file.checksum}`;
}
function outOfOrderMessage(file, highestVersion2) {
  return `${file.fileName} (version ${file.version}) is pending, but version ${highestVersion2} is already applied: applying it now would run it after newer migrations it may conflict with`;
}
function repairCommand(target2) {
  const words = ["phasegate", "migrate", "repair", target2.planFile];
  if (target2.phaseId) words.push("--phase", target2.phaseId);
  if (target2.environment) words.push("--env", target2.environment);
  return words.map(shellWord).join(" ");
}
function shellWord(word) {
  return /^[\w./:@%+=,-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
function repairTarget(ctx) {
  return { planFile: ctx.plan.file, phaseId: ctx.phase?.id, environment: ctx.run.environment };
}
function changedHint(command2) {
  return `write a new migration instead of editing an applied one; if the edit was deliberate (a comment, say), accept the new checksum with ${command2}, or set repair: true for one run`;
}
function refusals(comparison, config, target2) {
  const messages = [];
  const hints2 = /* @__PURE__ */ new Set();
  if (!config.repair) {
    const command2 = repairCommand(target2);
    for (const change2 of comparison.changed)
      messages.push(`${changedMessage(change2)}; if the edit was deliberate, run ${command2}`);
    if (comparison.changed.length > 0) hints2.add(changedHint(command2));
  }
  if (!config["out-of-order"]) {
    for (const o of comparison.outOfOrder)
      messages.push(outOfOrderMessage(o.file, o.highest.version));
    if (comparison.outOfOrder.length > 0) hints2.add(OUT_OF_ORDER_HINT);
  }
  return { messages, hints: [...hints2] };
}
function refuseIfNeeded(comparison, config, target2) {
  const { messages, hints: hints2 } = refusals(comparison, config, target2);
  if (messages.length === 0) return;
  const first = messages[0];
  throw new PhaseFailure(
    messages.length === 1 ? first : `${messages.length} problems, nothing was applied: ${first}; \u2026`,
    {
      details: `Nothing was applied.

${messages.map((m) => `- ${m}`).join("\n")}`,
      hint: hints2.join("; ")
    }
  );
}
function decideInsideLock(file, state, config) {
  if (state.appliedChecksum !== void 0) {
    if (state.appliedChecksum === file.checksum) return "skip";
    throw new PhaseFailure(
      `${file.fileName} was just applied by another runner with a different content: checksum ${state.appliedChecksum} there, ${file.checksum} here`,
      { hint: "make every runner use the same commit" }
    );
  }
  if (state.highest !== void 0 && state.highest > file.version && !config["out-of-order"])
    throw new PhaseFailure(outOfOrderMessage(file, state.highest), { hint: OUT_OF_ORDER_HINT });
  return "apply";
}
function warningsOf(comparison) {
  return [
    ...comparison.missing.map(
      (r) => `version ${r.version} (${r.fileName}) is in the history but its file is gone`
    ),
    ...comparison.retried.map(
      (r) => `${r.fileName} failed part-way in an earlier run (no transaction): it runs again from its first statement`
    )
  ];
}
var OUT_OF_ORDER_HINT;
var init_compare = __esm({
  "src/phases/migrate/compare.ts"() {
    "use strict";
    init_errors();
    OUT_OF_ORDER_HINT = "give the file a version above the highest applied one, or set out-of-order: true if it is independent of the newer ones";
  }
});

// src/phases/migrate/directory.ts
async function loadMigrations(directory, planFile, log) {
  const found2 = await locate(directory, planFile, {
    kind: "directory",
    name: "the migrations directory"
  });
  const prepared2 = await prepareMigrations(found2);
  const errors = prepared2.diagnostics.filter((d) => d.severity === "error");
  for (const warning of prepared2.diagnostics.filter((d) => d.severity === "warning"))
    log.warning(warning.message, warning.position);
  for (const error2 of errors) log.error(formatDiagnostic(error2), error2.position);
  if (errors.length > 0) throw filesRefused(errors);
  return prepared2;
}
function classifyForServer(prepared2, serverMajorVersion, log) {
  if (serverMajorVersion === void 0 || serverMajorVersion >= 12) return prepared2;
  const seen = new Set(prepared2.diagnostics.map(diagnosticKey));
  const again = prepared2.migrations.map((m) => prepareMigration(m, { serverMajorVersion }));
  const fresh = again.flatMap((p) => p.diagnostics).filter((d) => !seen.has(diagnosticKey(d)));
  for (const warning of fresh.filter((d) => d.severity === "warning"))
    log.warning(warning.message, warning.position);
  const errors = fresh.filter((d) => d.severity === "error");
  for (const error2 of errors) log.error(formatDiagnostic(error2), error2.position);
  if (errors.length > 0) throw filesRefused(errors);
  return {
    ...prepared2,
    migrations: again.map((p) => p.migration),
    diagnostics: [...prepared2.diagnostics, ...fresh]
  };
}
function diagnosticKey(d) {
  return JSON.stringify([d.severity, d.message, d.position]);
}
function filesRefused(errors) {
  const first = errors[0];
  const where2 = first.position ? `${shownPath(first.position.file)}:${first.position.line}: ` : "";
  const summary = errors.length === 1 ? `a migration file is refused: ${where2}${first.message}` : `${errors.length} problems in the migration files, first: ${where2}${first.message}`;
  return new PhaseFailure(summary, {
    details: ["Nothing was applied.", "", "```", ...errors.map(formatDiagnostic), "```"].join("\n"),
    ...first.hint ? { hint: first.hint } : {}
  });
}
var init_directory = __esm({
  "src/phases/migrate/directory.ts"() {
    "use strict";
    init_errors();
    init_paths();
    init_prepare2();
  }
});

// src/phases/migrate/lock.ts
import { createHash as createHash2 } from "node:crypto";
function lockKey(names) {
  const digest = createHash2("sha256").update(`phasegate:${names.history}`).digest();
  return digest.readBigInt64BE(0).toString();
}
function lockStatement(key) {
  return `SELECT pg_advisory_xact_lock(${BigInt(key).toString()})`;
}
async function readLockedState(tx, names, version2, owner) {
  const result2 = await tx.execute(
    `SELECT
  (SELECT checksum FROM ${names.history} WHERE version = :version AND success) AS applied_checksum,
  (SELECT max(version) FROM ${names.history} WHERE success) AS highest,
  (SELECT owner FROM ${names.lease}
    WHERE id = '${LEASE_ID}' AND expires_at > now() AND owner <> :owner) AS lease_owner`,
    { params: { version: version2, owner } }
  );
  const row = result2.rows[0] ?? {};
  const text = (v) => v === null || v === void 0 ? void 0 : String(v);
  const highest = text(row.highest);
  return {
    appliedChecksum: text(row.applied_checksum),
    highest: highest === void 0 ? void 0 : Number(highest),
    leaseOwner: text(row.lease_owner)
  };
}
async function takeLease(tx, names, owner, durationMs2) {
  const taken = await tx.execute(
    `INSERT INTO ${names.lease} AS l (id, owner, expires_at)
VALUES ('${LEASE_ID}', :owner, now() + make_interval(secs => :seconds))
ON CONFLICT (id) DO UPDATE SET owner = EXCLUDED.owner, expires_at = EXCLUDED.expires_at
WHERE l.expires_at <= now() OR l.owner = EXCLUDED.owner`,
    { params: { owner, seconds: Math.ceil(durationMs2 / 1e3) } }
  );
  if (taken.rowsAffected === 1) return { taken: true };
  const held = await tx.execute(
    `SELECT owner, expires_at::text AS expires_at FROM ${names.lease} WHERE id = '${LEASE_ID}'`
  );
  const row = held.rows[0] ?? {};
  return { taken: false, holder: String(row.owner), expiresAt: String(row.expires_at) };
}
async function renewLease(session, names, owner, durationMs2) {
  const result2 = await session.execute(
    `UPDATE ${names.lease} SET expires_at = now() + make_interval(secs => :seconds)
WHERE id = '${LEASE_ID}' AND owner = :owner`,
    { params: { owner, seconds: Math.ceil(durationMs2 / 1e3) } }
  );
  return result2.rowsAffected === 1;
}
async function releaseLease(session, names, owner) {
  await session.execute(`DELETE FROM ${names.lease} WHERE id = '${LEASE_ID}' AND owner = :owner`, {
    params: { owner },
    cleanup: true
  });
}
async function readLease(session, names) {
  try {
    const { rows } = await session.execute(
      `SELECT owner, expires_at::text AS expires_at FROM ${names.lease} WHERE id = '${LEASE_ID}'`
    );
    const row = rows[0];
    return row ? { owner: String(row.owner), expiresAt: String(row.expires_at) } : void 0;
  } catch (error2) {
    if (isUndefinedTable(error2)) return void 0;
    throw error2;
  }
}
var LEASE_ID;
var init_lock = __esm({
  "src/phases/migrate/lock.ts"() {
    "use strict";
    init_executor();
    LEASE_ID = "migrate";
  }
});

// src/phases/migrate/history.ts
function historyDdl(names) {
  return [
    `CREATE SCHEMA IF NOT EXISTS ${names.schema}`,
    `CREATE TABLE IF NOT EXISTS ${names.history} (
  version bigint PRIMARY KEY,
  description text NOT NULL,
  file_name text NOT NULL,
  checksum text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now(),
  applied_by text NOT NULL,
  execution_ms integer NOT NULL,
  statements integer NOT NULL,
  success boolean NOT NULL
)`,
    `CREATE TABLE IF NOT EXISTS ${names.lease} (
  id text PRIMARY KEY,
  owner text NOT NULL,
  expires_at timestamptz NOT NULL
)`
  ];
}
async function readHistory(session, names) {
  try {
    const result2 = await session.execute(
      `SELECT ${COLUMNS} FROM ${names.history} ORDER BY version`
    );
    return result2.rows.map(toHistoryRow);
  } catch (error2) {
    if (isUndefinedTable(error2)) return void 0;
    throw error2;
  }
}
function toHistoryRow(row) {
  return {
    version: Number(row.version),
    description: String(row.description ?? ""),
    fileName: String(row.file_name ?? ""),
    checksum: String(row.checksum ?? ""),
    appliedAt: String(row.applied_at ?? ""),
    appliedBy: String(row.applied_by ?? ""),
    executionMs: Number(row.execution_ms ?? 0),
    statements: Number(row.statements ?? 0),
    success: row.success === true || row.success === "t" || row.success === "true"
  };
}
async function recordFile(session, names, row) {
  await session.execute(
    `INSERT INTO ${names.history} AS h
  (version, description, file_name, checksum, applied_by, execution_ms, statements, success)
VALUES (:version, :description, :file_name, :checksum, :applied_by, :execution_ms, :statements, :success)
ON CONFLICT (version) DO UPDATE SET
  description = EXCLUDED.description, file_name = EXCLUDED.file_name,
  checksum = EXCLUDED.checksum, applied_at = now(), applied_by = EXCLUDED.applied_by,
  execution_ms = EXCLUDED.execution_ms, statements = EXCLUDED.statements,
  success = EXCLUDED.success
WHERE NOT h.success`,
    {
      params: {
        version: row.version,
        description: row.description,
        file_name: row.fileName,
        checksum: row.checksum,
        applied_by: row.appliedBy,
        execution_ms: Math.round(row.executionMs),
        statements: row.statements,
        success: row.success
      },
      noResend: true
    }
  ).then((result2) => {
    if (result2.rowsAffected !== 1)
      throw new Error(`version ${row.version} is already recorded as applied`);
  });
}
async function createHistoryTables(executor, names, lockKey2, schema) {
  const tx = await executor.begin();
  try {
    await tx.execute(lockStatement(lockKey2));
    const exists = await tx.execute("SELECT to_regnamespace(:schema) IS NOT NULL AS found", {
      params: { schema }
    });
    const [createSchema, ...tables] = historyDdl(names);
    if (exists.rows[0]?.found !== true && createSchema) await tx.execute(createSchema);
    for (const ddl of tables) await tx.execute(ddl);
    await tx.commit();
  } catch (error2) {
    await tx.rollback().catch(() => void 0);
    if (error2 instanceof StatementTimedOut)
      throw new FileInterrupted(
        "a statement ran past the Data API's 45 s call limit and was rolled back"
      );
    throw error2;
  }
}
var COLUMNS;
var init_history = __esm({
  "src/phases/migrate/history.ts"() {
    "use strict";
    init_executor();
    init_restart();
    init_lock();
    COLUMNS = `version, description, file_name, checksum, applied_at::text AS applied_at,
  applied_by, execution_ms, statements, success`;
  }
});

// src/phases/migrate/inspect.ts
async function inspect(deps) {
  const loaded = await loadMigrations(deps.config.directory, deps.planFile, deps.log);
  const wake = {
    timeoutMs: deps.config["resume-timeout"],
    firstBackoffMs: deps.config["poll-interval"],
    signal: deps.signal,
    log: deps.log
  };
  const serverMajorVersion = await wakeUp(deps.executor, wake);
  deps.log.debug(`${deps.executor.target}: PostgreSQL ${serverMajorVersion ?? "version unknown"}`);
  const prepared2 = classifyForServer(loaded, serverMajorVersion, deps.log);
  const rows = await whileWaking(
    "reading the history",
    () => readHistory(deps.executor, deps.names),
    wake
  );
  const comparison = compareWithHistory(prepared2.migrations, rows ?? []);
  const findings = lintMigrations(
    comparison.pending.map((f) => ({ path: f.path, statements: f.statements })),
    { failOn: deps.config["fail-on"] }
  );
  for (const finding of findings.filter((f) => f.severity === "warning")) {
    const d = findingToDiagnostic(finding);
    deps.log.warning(d.message, d.position);
  }
  return { prepared: prepared2, rows, comparison, findings };
}
function refuseFindings(findings, details2) {
  const errors = findings.filter((f) => f.severity === "error");
  if (errors.length === 0) return;
  const first = errors[0];
  const where2 = `${first.file.split(/[\\/]/).at(-1)}: statement ${first.statement} (line ${first.line})`;
  throw new PhaseFailure(
    `refused by fail-on [${first.rule}]: ${where2}: ${first.message}` + (errors.length > 1 ? ` (and ${errors.length - 1} more)` : ""),
    {
      details: `Nothing was applied.

${details2}`,
      hint: `rewrite the statement, or remove ${first.rule} from fail-on if it is intended`
    }
  );
}
function highestVersion(rows) {
  const versions = rows.filter((r) => r.success).map((r) => r.version);
  return versions.length === 0 ? void 0 : Math.max(...versions);
}
var init_inspect = __esm({
  "src/phases/migrate/inspect.ts"() {
    "use strict";
    init_errors();
    init_resume();
    init_lint();
    init_compare();
    init_directory();
    init_history();
  }
});

// src/phases/migrate/report.ts
function emptySummary(target2, history) {
  return {
    target: target2,
    history,
    applied: [],
    skipped: [],
    pending: [],
    repaired: [],
    findings: [],
    warnings: [],
    currentVersion: void 0
  };
}
function outputsOf3(summary) {
  return {
    applied: String(summary.applied.length),
    pending: String(summary.pending.length),
    "current-version": summary.currentVersion === void 0 ? "" : String(summary.currentVersion)
  };
}
function runReport(summary) {
  const n = summary.applied.length;
  const headline2 = n === 0 ? "up to date" : `${plural(n, "file")} applied (${plural(totalStatements(summary), "statement")})`;
  return {
    summary: `${headline2}, version ${summary.currentVersion ?? "none"}`,
    outputs: outputsOf3(summary),
    details: details(summary, `**${headline2}** on ${summary.target}.`)
  };
}
function planReport2(summary) {
  const n = summary.pending.length;
  const statements = summary.pending.reduce((sum, f) => sum + f.statements.length, 0);
  const headline2 = n === 0 ? "up to date, nothing to apply" : `would apply ${plural(n, "file")} (${plural(statements, "statement")})`;
  return {
    summary: headline2,
    outputs: outputsOf3(summary),
    plan: migratePlan(summary)
  };
}
function migratePlan(summary) {
  const history = planItem(
    `history ${summary.history} on ${summary.target}: current version ${summary.currentVersion ?? "none"}`,
    [
      ...summary.repaired.map(
        (r) => `would repair the checksum of ${r.file.fileName}: ${shortChecksum(r.row.checksum)} \u2192 ${shortChecksum(r.file.checksum)}`
      ),
      ...summary.warnings.map((w) => `warning: ${w}`)
    ]
  );
  const files = summary.pending.map((f) => {
    const findings = summary.findings.filter((x) => x.file === f.path);
    return planItem(
      `${f.fileName}: version ${f.version}, ${plural(f.statements.length, "statement")}, ${modeText(f)}`,
      findings.map(
        (x) => `lint ${x.severity} ${x.rule} line ${x.line} (statement ${x.statement}): ${x.message}`
      ),
      [{ label: "SQL", language: "sql", text: f.content.trimEnd() }]
    );
  });
  return {
    changes: summary.pending.length > 0 || summary.repaired.length > 0,
    items: [history, ...files]
  };
}
function modeText(f) {
  if (f.transaction.mode === "transaction") return "in one transaction";
  return f.transaction.declared ? "outside a transaction (phasegate:no-transaction)" : "outside a transaction (a statement that cannot run in one)";
}
function totalStatements(summary) {
  return summary.applied.reduce((sum, a) => sum + a.file.statements.length, 0);
}
function details(summary, headline2) {
  const sections = [
    `${headline2} History: \`${summary.history}\`, current version: ${summary.currentVersion ?? "none"}.`,
    appliedTable(summary.applied),
    fileList("Pending", summary.pending),
    skippedList(summary.skipped),
    repairedList(summary.repaired),
    findingList(summary.findings),
    summary.warnings.length > 0 ? `**Warnings**

${summary.warnings.map((w) => `- ${w}`).join("\n")}` : ""
  ];
  return sections.filter((s) => s !== "").join("\n\n");
}
function appliedTable(applied) {
  if (applied.length === 0) return "";
  const rows = applied.map(
    (a) => `| ${a.file.version} | \`${a.file.fileName}\` | ${a.file.statements.length} | ${seconds2(a.durationMs)} | \`${shortChecksum(a.file.checksum)}\` | ${a.file.transaction.mode}${a.unconfirmed ? ` (outcome of statement ${a.unconfirmed.join(", ")} unconfirmed)` : ""} |`
  );
  return [
    "| version | file | statements | duration | checksum | mode |",
    "| ---: | --- | ---: | ---: | --- | --- |",
    ...rows
  ].join("\n");
}
function fileList(title, files) {
  if (files.length === 0) return "";
  const lines = files.map(
    (f) => `- \`${f.fileName}\`: ${plural(f.statements.length, "statement")}${f.transaction.mode === "no-transaction" ? ", outside a transaction" : ""}, checksum \`${shortChecksum(f.checksum)}\``
  );
  return `**${title}**

${lines.join("\n")}`;
}
function skippedList(skipped) {
  if (skipped.length === 0) return "";
  return `**Skipped**

${skipped.map((s) => `- \`${s.file.fileName}\`: ${s.reason}`).join("\n")}`;
}
function repairedList(repaired) {
  if (repaired.length === 0) return "";
  const lines = repaired.map(
    (r) => `- \`${r.file.fileName}\`: checksum \`${shortChecksum(r.row.checksum)}\` \u2192 \`${shortChecksum(r.file.checksum)}\``
  );
  return `**Checksums repaired**

${lines.join("\n")}`;
}
function findingList(findings) {
  if (findings.length === 0) return "";
  const lines = findings.map(
    (f) => `- ${f.severity === "error" ? "**error**" : "warning"} \`${f.rule}\` ${fileOf(f.file)}:${f.line} (statement ${f.statement}): ${f.message}. \`${f.excerpt.replace(/`/g, "'")}\``
  );
  return `**Lint**

${lines.join("\n")}`;
}
function fileOf(path) {
  return path.split(/[\\/]/).at(-1) ?? path;
}
function seconds2(ms) {
  return ms < 1e3 ? `${Math.round(ms)} ms` : `${(ms / 1e3).toFixed(1)} s`;
}
var init_report4 = __esm({
  "src/phases/migrate/report.ts"() {
    "use strict";
    init_plan_view();
    init_text();
    init_files();
  }
});

// src/db/password-secret.ts
import {
  GetSecretValueCommand,
  ResourceNotFoundException,
  SecretsManagerServiceException
} from "@aws-sdk/client-secrets-manager";
async function readPasswordSecret(client, secretId, deps) {
  const text = await secretString(client, secretId, deps.signal);
  deps.secrets.add(text, { fragments: !text.trimStart().startsWith("{") });
  const credentials = parseDatabaseSecret(text, secretId);
  deps.secrets.add(credentials.password);
  return credentials;
}
async function secretString(client, secretId, signal) {
  let text;
  try {
    const out = await client.send(new GetSecretValueCommand({ SecretId: secretId }), {
      abortSignal: signal
    });
    text = out.SecretString;
  } catch (error2) {
    throw readFailure(error2, secretId);
  }
  if (text === void 0 || text === "")
    throw new PhaseFailure(`the secret ${secretId} (password-secret) has no SecretString`, {
      hint: 'password-secret needs a text secret: the password, or JSON with a "password" key'
    });
  return text;
}
function readFailure(error2, secretId) {
  if (error2 instanceof ResourceNotFoundException)
    return new PhaseFailure(`Secrets Manager has no secret ${secretId} (password-secret)`, {
      hint: "give the secret\u2019s name or full ARN (with its 6-character suffix), in the run\u2019s region"
    });
  if (error2 instanceof SecretsManagerServiceException && !explainAwsError(error2))
    return new PhaseFailure(
      `cannot read the secret ${secretId} (password-secret): ${error2.name}: ${error2.message}`
    );
  return error2;
}
function parseDatabaseSecret(text, secretId) {
  const json = jsonObject(text);
  if (!json) return { password: text };
  const { password } = json;
  if (typeof password !== "string" || password === "")
    throw new PhaseFailure(
      `the secret ${secretId} (password-secret) is JSON without a "password" text (its keys: ${Object.keys(json).join(", ") || "none"})`,
      { hint: 'store the password under "password", as RDS does' }
    );
  const port = portOf(json.port, secretId);
  return {
    password,
    ...textField(json, "username", "user"),
    ...textField(json, "host", "host"),
    ...textField(json, "dbname", "database"),
    ...port !== void 0 ? { port } : {}
  };
}
function jsonObject(text) {
  if (!text.trimStart().startsWith("{")) return void 0;
  try {
    const parsed = JSON.parse(text);
    return isPlainObject(parsed) ? parsed : void 0;
  } catch {
    return void 0;
  }
}
function textField(json, key, as) {
  const value = json[key];
  return typeof value === "string" && value !== "" ? { [as]: value } : {};
}
function portOf(value, secretId) {
  if (value === void 0 || value === null || value === "") return void 0;
  const port = typeof value === "string" && /^\d+$/.test(value) ? Number(value) : value;
  if (typeof port === "number" && Number.isInteger(port) && port >= 1 && port <= 65535) return port;
  throw new PhaseFailure(
    `the secret ${secretId} (password-secret) has a "port" that is not a port number`
  );
}
var init_password_secret = __esm({
  "src/db/password-secret.ts"() {
    "use strict";
    init_errors2();
    init_errors();
    init_shape();
  }
});

// src/db/pg.ts
import pg from "pg";
function pgExecutor(target2) {
  const pool = new pg.Pool({ ...poolConfig(target2), max: 4 });
  pool.on("error", () => void 0);
  const described = describeTarget(target2);
  return {
    via: "pg",
    target: described,
    execute: (sql, options) => query2(pool, sql, options, described),
    async begin() {
      const client = await pool.connect().catch((error2) => {
        throw translate2(error2, described);
      });
      try {
        await client.query("BEGIN");
      } catch (error2) {
        client.release(true);
        throw translate2(error2);
      }
      return pgTransaction(client);
    },
    close: () => pool.end()
  };
}
function pgTransaction(client) {
  let open = true;
  const end = async (command2) => {
    if (!open) {
      if (command2 === "ROLLBACK") return;
      throw new TransactionGone("the transaction has already ended");
    }
    open = false;
    try {
      await client.query(command2);
      client.release();
    } catch (error2) {
      client.release(true);
      throw translate2(error2);
    }
  };
  return {
    async execute(sql, options) {
      if (!open) throw new TransactionGone("the transaction has already ended");
      try {
        return await query2(client, sql, options);
      } catch (error2) {
        await end("ROLLBACK").catch(() => void 0);
        throw error2;
      }
    },
    commit: () => end("COMMIT"),
    rollback: () => end("ROLLBACK")
  };
}
async function query2(on, sql, options = {}, target2) {
  const { text, values } = options.params ? positional(sql, options.params) : { text: sql, values: [] };
  try {
    const result2 = await on.query({ text, values });
    const columns = options.columns ? { columns: (result2.fields ?? []).map((f) => f.name) } : {};
    return { rows: result2.rows ?? [], rowsAffected: result2.rowCount ?? 0, ...columns };
  } catch (error2) {
    throw translate2(error2, target2);
  }
}
function positional(sql, params) {
  const names = [];
  const text = sql.replace(/(?<!:):([A-Za-z_][A-Za-z0-9_]*)/g, (match, name) => {
    if (!(name in params)) return match;
    if (!names.includes(name)) names.push(name);
    return `$${names.indexOf(name) + 1}`;
  });
  return { text, values: names.map((n) => params[n] ?? null) };
}
function translate2(error2, target2) {
  const e = error2;
  if (typeof e?.code === "string" && /^[0-9A-Z]{5}$/.test(e.code) && e.severity)
    return new SqlStatementError(`ERROR: ${e.message ?? ""}`, e.code);
  if (target2 !== void 0 && typeof e?.code === "string" && CONNECT_ERRORS.has(e.code))
    return new PhaseFailure(`cannot connect to ${target2}: ${e.message ?? e.code}`, {
      hint: "check host and port, and that the runner can reach the database (via: pg needs a network path; via: data-api does not)"
    });
  return error2;
}
function poolConfig(target2) {
  const ssl = sslOption(target2);
  const common = {
    ...target2.password !== void 0 ? { password: target2.password } : {},
    ...target2.database ? { database: target2.database } : {},
    ...ssl !== void 0 ? { ssl } : {},
    connectionTimeoutMillis: 3e4
  };
  if (target2.url) return { ...common, connectionString: withPassword(target2.url, target2.password) };
  return {
    host: target2.host,
    port: target2.port,
    ...target2.user ? { user: target2.user } : {},
    ...common
  };
}
function withPassword(url, password) {
  if (password === void 0) return url;
  try {
    const parsed = new URL(url);
    if (parsed.password !== "") return url;
    parsed.password = encodeURIComponent(password);
    return parsed.href;
  } catch {
    return url;
  }
}
function sslOption(target2) {
  const mode = target2.ssl ?? (target2.url ? void 0 : "require");
  if (mode === void 0) return void 0;
  if (mode === "disable") return false;
  return { rejectUnauthorized: mode === "verify-full" };
}
function describeTarget(target2) {
  if (target2.url) {
    try {
      const url = new URL(target2.url);
      return `${url.pathname.slice(1) || "the default database"} on ${url.hostname}:${url.port || 5432}`;
    } catch {
      return "the server of the connection URL";
    }
  }
  return `${target2.database ?? "the default database"} on ${target2.host}:${target2.port}`;
}
var CONNECT_ERRORS;
var init_pg = __esm({
  "src/db/pg.ts"() {
    "use strict";
    init_errors();
    init_executor();
    CONNECT_ERRORS = /* @__PURE__ */ new Set([
      "ECONNREFUSED",
      "ENOTFOUND",
      "EAI_AGAIN",
      "EHOSTUNREACH",
      "ENETUNREACH"
    ]);
  }
});

// src/phases/migrate/connect.ts
import { RDSDataClient as RDSDataClient2 } from "@aws-sdk/client-rds-data";
import { SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
function createExecutor(config, deps) {
  if (config.via === "pg") return pgExecutorFor(config, deps);
  const resourceArn = config["resource-arn"];
  const secretArn2 = config["secret-arn"];
  if (!resourceArn || !secretArn2)
    throw new PhaseFailure("via: data-api needs resource-arn and secret-arn");
  return dataApiExecutor(
    deps.aws.client(RDSDataClient2),
    { resourceArn, secretArn: secretArn2, ...config.database ? { database: config.database } : {} },
    deps.signal
  );
}
function pgExecutorFor(config, deps) {
  if (config.url) {
    const inUrl = urlPassword(config.url);
    if (inUrl) deps.secrets.add(inUrl);
  }
  const secretId = config["password-secret"];
  if (secretId === void 0) {
    const password = passwordOf(config, deps.env ?? process.env);
    if (password) deps.secrets.add(password);
    return pgExecutor(pgTarget(config, password === void 0 ? {} : { password }));
  }
  return deferredExecutor("pg", `the database of secret ${secretId}`, async () => {
    const credentials = await readPasswordSecret(
      deps.aws.client(SecretsManagerClient),
      secretId,
      deps
    );
    return pgExecutor(pgTarget(config, credentials, secretId));
  });
}
function pgTarget(config, from, secretId) {
  const password = from.password !== void 0 ? { password: from.password } : {};
  const ssl = config.ssl ? { ssl: config.ssl } : {};
  if (config.url)
    return {
      url: config.url,
      port: config.port ?? DEFAULT_PORT,
      ...password,
      ...ssl,
      ...database2(config.database)
    };
  const host = config.host ?? from.host;
  const user = config.user ?? from.user;
  if (!host || !user) {
    const missing = [host ? void 0 : "host", user ? void 0 : "user"].filter(Boolean).join(" and ");
    throw new PhaseFailure(
      `via: pg needs ${missing}: neither the settings nor the secret ${secretId} give it`,
      {
        hint: `add ${missing} to the phase's with:, or store ${missing === "user" ? "username" : missing} in the secret`
      }
    );
  }
  return {
    host,
    user,
    port: config.port ?? from.port ?? DEFAULT_PORT,
    ...password,
    ...ssl,
    ...database2(config.database ?? from.database)
  };
}
function database2(name) {
  return name ? { database: name } : {};
}
function deferredExecutor(via, provisionalTarget, open) {
  let opening;
  let opened;
  const ready = () => {
    opening ??= open().then((executor) => opened = executor);
    return opening;
  };
  return {
    via,
    get target() {
      return opened?.target ?? provisionalTarget;
    },
    execute: async (sql, options) => (await ready()).execute(sql, options),
    begin: async () => (await ready()).begin(),
    async close() {
      const executor = await opening?.catch(() => void 0);
      await executor?.close();
    }
  };
}
function passwordOf(config, env) {
  const name = config["password-env"];
  if (name === void 0) return config.password;
  const value = env[name];
  if (value === void 0 || value === "")
    throw new PhaseFailure(`the environment variable ${name} (password-env) is not set`, {
      hint: `set ${name} in the step's env:, e.g. from a GitHub secret`
    });
  return value;
}
function urlPassword(url) {
  try {
    const password = decodeURIComponent(new URL(url).password);
    return password === "" ? void 0 : password;
  } catch {
    return void 0;
  }
}
var DEFAULT_PORT;
var init_connect = __esm({
  "src/phases/migrate/connect.ts"() {
    "use strict";
    init_errors();
    init_data_api();
    init_password_secret();
    init_pg();
    DEFAULT_PORT = 5432;
  }
});

// src/phases/migrate/session.ts
import { randomBytes } from "node:crypto";
import { hostname, userInfo } from "node:os";
function openSession(ctx, env = process.env) {
  const names = tableNames(ctx.config);
  const appliedBy = appliedByOf(ctx.run);
  return {
    executor: wakingExecutor(
      createExecutor(ctx.config, { aws: ctx.aws, secrets: ctx.secrets, signal: ctx.signal, env }),
      wakeOptionsOf(ctx)
    ),
    names,
    lockKey: lockKey(names),
    appliedBy,
    owner: `${appliedBy.split(" ")[0]} ${randomBytes(4).toString("hex")}`
  };
}
function wakeOptionsOf(ctx) {
  return {
    timeoutMs: ctx.config["resume-timeout"],
    firstBackoffMs: ctx.config["poll-interval"],
    signal: ctx.signal,
    log: ctx.log
  };
}
function appliedByOf(run6) {
  if (run6.actor || run6.runUrl) return [run6.actor ?? "github", run6.runUrl].filter(Boolean).join(" ");
  return `${localUser()}@${hostname()}`;
}
function localUser() {
  try {
    return userInfo().username;
  } catch {
    return process.env.USER ?? "unknown";
  }
}
var init_session = __esm({
  "src/phases/migrate/session.ts"() {
    "use strict";
    init_waking();
    init_connect();
    init_lock();
    init_settings9();
  }
});

// src/phases/migrate/plan.ts
async function planMigrations(ctx) {
  const session = openSession(ctx);
  try {
    const found2 = await inspect({ ...ctx, planFile: ctx.plan.file, ...session });
    const summary = {
      ...emptySummary(session.executor.target, session.names.display),
      pending: found2.comparison.pending,
      findings: found2.findings,
      warnings: warningsOf(found2.comparison),
      repaired: ctx.config.repair ? found2.comparison.changed : [],
      currentVersion: highestVersion(found2.rows ?? [])
    };
    const { messages, hints: hints2 } = refusals(found2.comparison, ctx.config, repairTarget(ctx));
    if (messages.length > 0)
      throw new PhaseFailure(messages[0], {
        details: [
          "The run would be refused:",
          messages.map((m) => `- ${m}`).join("\n"),
          details(summary, "**Refused.**")
        ].join("\n\n"),
        hint: hints2.join("; ")
      });
    refuseFindings(found2.findings, details(summary, "**Refused by fail-on.**"));
    return planReport2(summary);
  } finally {
    await session.executor.close();
  }
}
var init_plan4 = __esm({
  "src/phases/migrate/plan.ts"() {
    "use strict";
    init_errors();
    init_compare();
    init_inspect();
    init_report4();
    init_session();
  }
});

// src/phases/migrate/long-statements.ts
import { randomBytes as randomBytes2 } from "node:crypto";
async function executeInTransaction(tx, statement) {
  try {
    await tx.execute(statement.sql, SEND_IN_TRANSACTION);
  } catch (error2) {
    if (error2 instanceof StatementTimedOut) throw new TooLongForTransaction();
    throw error2;
  }
}
async function executeAlone(executor, statement, options) {
  const marker = `/* phasegate ${randomBytes2(8).toString("hex")} */`;
  try {
    await executor.execute(`${marker} ${statement.sql}`, SEND_ALONE);
    return "done";
  } catch (error2) {
    if (!(error2 instanceof StatementTimedOut)) throw error2;
    announce(statement, options.log);
    await waitForActivity(executor, marker, statement, options);
    return confirmOutcome(executor, statement);
  }
}
function announce(statement, log) {
  log.info(
    `statement ${statement.index} (line ${statement.line}) is still running after the Data API's 45 s call limit; waiting for it to finish (it is not sent again)`
  );
}
async function waitForActivity(executor, marker, statement, options) {
  for (; ; ) {
    const running = await executor.execute(
      `SELECT count(*) AS running FROM pg_stat_activity
WHERE pid <> pg_backend_pid() AND state <> 'idle' AND position(:marker in query) = 1`,
      { params: { marker } }
    );
    if (Number(scalar2(running) ?? 0) === 0) return;
    options.log.progress(`statement ${statement.index} (line ${statement.line}) still running`);
    await options.onPoll?.();
    await sleep(options.pollIntervalMs, options.signal);
  }
}
async function confirmOutcome(executor, statement) {
  const index = concurrentIndexName(statement.tokens);
  if (index === void 0) return "unconfirmed";
  const valid = await executor.execute(
    "SELECT indisvalid AS valid FROM pg_index WHERE indexrelid = to_regclass(:name)",
    { params: { name: index } }
  );
  const state = scalar2(valid);
  if (state === true || state === "t") return "done";
  throw new FailedInBackground(
    state === void 0 ? `it ended after its call timed out, but index ${index} does not exist: the build failed` : `it ended after its call timed out, but index ${index} is INVALID: the build failed (drop it with DROP INDEX CONCURRENTLY ${index} before running the file again)`
  );
}
function concurrentIndexName(tokens) {
  if (!wordsAt(tokens, 0, "CREATE")) return void 0;
  let at2 = skipWords(tokens, 1, "UNIQUE");
  if (!wordsAt(tokens, at2, "INDEX", "CONCURRENTLY")) return void 0;
  at2 += 2;
  if (wordsAt(tokens, at2, "IF", "NOT", "EXISTS")) at2 += 3;
  const name = tokens[at2];
  if (!name || keyword(name) === "ON") return void 0;
  return name.text;
}
var SEND_ALONE, SEND_IN_TRANSACTION, FailedInBackground, TooLongForTransaction;
var init_long_statements = __esm({
  "src/phases/migrate/long-statements.ts"() {
    "use strict";
    init_sleep();
    init_executor();
    init_lexer();
    init_syntax();
    SEND_ALONE = { continueAfterTimeout: true, noResend: true };
    SEND_IN_TRANSACTION = { noResend: true };
    FailedInBackground = class extends Error {
      name = "FailedInBackground";
    };
    TooLongForTransaction = class extends Error {
      name = "TooLongForTransaction";
      hint = "mark the file -- phasegate:no-transaction (its statements then run on their own and may take longer; they must be safe to run twice), move the long statement into a file of its own marked so, or run this phase with via: pg from a runner inside the VPC";
      constructor() {
        super(
          "it ran longer than the Data API's 45 s call limit, so the Data API cancelled it; inside a transaction phasegate cannot let a statement run on (continueAfterTimeout is documented only for statements on their own)"
        );
      }
    };
  }
});

// src/phases/migrate/apply.ts
function applyInTransaction(file, env) {
  return restartingOnFaults(file.fileName, () => attemptFile(file, env), env);
}
async function attemptFile(file, env) {
  for (; ; ) {
    const tx = await env.executor.begin();
    try {
      const state = await lockAndRead(tx, file, env);
      if (state === "retry") continue;
      if (state.leaseOwner !== void 0) {
        await tx.rollback();
        env.log.progress(`waiting: ${state.leaseOwner} is applying a no-transaction file`);
        await sleep(env.config["poll-interval"], env.signal);
        continue;
      }
      if (decideInsideLock(file, state, env.config) === "skip") {
        await tx.rollback();
        return { status: "skipped", reason: "applied by another runner meanwhile" };
      }
      return await runFile(tx, file, env);
    } catch (error2) {
      await tx.rollback().catch(() => void 0);
      throw error2;
    }
  }
}
async function lockAndRead(tx, file, env) {
  try {
    await tx.execute(lockStatement(env.lockKey));
  } catch (error2) {
    if (!(error2 instanceof StatementTimedOut)) throw error2;
    env.log.progress("waiting for the migration lock (another runner holds it)");
    await tx.rollback();
    return "retry";
  }
  return readLockedState(tx, env.names, file.version, env.owner);
}
async function runFile(tx, file, env) {
  const started = env.now();
  for (const statement of file.statements) {
    env.signal.throwIfAborted();
    try {
      await executeInTransaction(tx, statement);
    } catch (error2) {
      if (env.signal.aborted || interruptsTransaction(error2)) throw error2;
      const hint = error2 instanceof TooLongForTransaction ? error2.hint : void 0;
      throw new StatementFailed(file, statement, reasonOf(error2), ROLLED_BACK, hint);
    }
  }
  const durationMs2 = env.now() - started;
  await recordFile(tx, env.names, {
    version: file.version,
    description: file.description,
    fileName: file.fileName,
    checksum: file.checksum,
    appliedBy: env.appliedBy,
    executionMs: durationMs2,
    statements: file.statements.length,
    success: true
  });
  await commitConfirmed(tx, file, env);
  return { status: "applied", durationMs: durationMs2, statements: file.statements.length };
}
function reasonOf(error2) {
  return error2 instanceof Error ? error2.message : String(error2);
}
async function commitConfirmed(tx, file, env) {
  const deadline = env.now() + env.config["resume-timeout"];
  for (; ; ) {
    try {
      await tx.commit();
      return;
    } catch (error2) {
      if (!isUncertainCommit(error2)) throw error2;
      if (await historyShows(file, env)) {
        env.log.info(
          `${file.fileName}: the commit's answer was lost; the history shows it applied`
        );
        return;
      }
      if (error2 instanceof DatabaseAsleep && env.now() < deadline) {
        await sleep(env.config["poll-interval"], env.signal);
        continue;
      }
      throw new FileInterrupted(`the commit did not go through (${reasonOf(error2)})`);
    }
  }
}
function isUncertainCommit(error2) {
  if (error2 instanceof TransactionLostWhileAsleep) return false;
  return error2 instanceof OutcomeUnknown || error2 instanceof TransactionGone || error2 instanceof DatabaseAsleep;
}
async function historyShows(file, env) {
  const rows = await readHistory(env.executor, env.names) ?? [];
  const row = rows.find((r) => r.version === file.version && r.success);
  return row?.checksum === file.checksum;
}
var StatementFailed, ROLLED_BACK;
var init_apply = __esm({
  "src/phases/migrate/apply.ts"() {
    "use strict";
    init_errors();
    init_sleep();
    init_executor();
    init_restart();
    init_waking();
    init_compare();
    init_history();
    init_lock();
    init_long_statements();
    StatementFailed = class extends PhaseFailure {
      constructor(file, statement, reason, committedNote, hint) {
        const [headline2, ...more] = reason.split("\n");
        super(
          `${file.fileName}: statement ${statement.index} (line ${statement.line}) failed: ${headline2}`,
          {
            ...hint ? { hint } : {},
            details: [
              `\`${file.path}\`, statement ${statement.index} (line ${statement.line}):`,
              "",
              "```sql",
              statement.sql,
              "```",
              ...more.length > 0 ? ["", "```", reason, "```"] : [],
              "",
              committedNote
            ].join("\n")
          }
        );
        this.file = file;
        this.statement = statement;
      }
      file;
      statement;
    };
    ROLLED_BACK = "Nothing of this file was committed: its transaction was rolled back, and it is not in the history. Fix the statement and run again.";
  }
});

// src/phases/migrate/apply-alone.ts
async function applyWithoutTransaction(file, env) {
  const state = await acquireLease(file, env);
  const heartbeat = startHeartbeat(env);
  try {
    if (decideInsideLock(file, state, env.config) === "skip")
      return { status: "skipped", reason: "applied by another runner meanwhile" };
    return await runStatements(file, env);
  } finally {
    clearInterval(heartbeat);
    await releaseLease(env.executor, env.names, env.owner).catch(
      (error2) => env.log.warning(`could not release the migration lease: ${reasonOf(error2)}`)
    );
  }
}
async function acquireLease(file, env) {
  for (; ; ) {
    const tx = await env.executor.begin();
    try {
      await tx.execute(lockStatement(env.lockKey));
      const lease = await takeLease(tx, env.names, env.owner, env.config["lease-duration"]);
      const state = lease.taken ? await readLockedState(tx, env.names, file.version, env.owner) : void 0;
      await tx.commit();
      if (state) return state;
      if (!lease.taken)
        env.log.progress(
          `waiting for the migration lease held by ${lease.holder} (expires ${lease.expiresAt})`
        );
    } catch (error2) {
      await tx.rollback().catch(() => void 0);
      if (!isRetryable(error2)) throw error2;
    }
    await sleep(env.config["poll-interval"], env.signal);
  }
}
function isRetryable(error2) {
  return error2 instanceof StatementTimedOut || error2 instanceof DatabaseAsleep || error2 instanceof TransactionLostWhileAsleep;
}
async function runStatements(file, env) {
  const started = env.now();
  const unconfirmed = [];
  const renew = () => keepLease(env);
  const wait = {
    pollIntervalMs: env.config["poll-interval"],
    signal: env.signal,
    log: env.log,
    onPoll: renew
  };
  for (const statement of file.statements) {
    env.signal.throwIfAborted();
    await renew();
    try {
      const outcome = await executeAlone(env.executor, statement, wait);
      if (outcome === "unconfirmed") unconfirmed.push(statement.index);
    } catch (error2) {
      if (env.signal.aborted) throw error2;
      await recordAttempt(file, env, started, false);
      throw new StatementFailed(file, statement, reasonOf(error2), partialNote(statement.index));
    }
  }
  await recordAttempt(file, env, started, true);
  return {
    status: "applied",
    durationMs: env.now() - started,
    statements: file.statements.length,
    ...unconfirmed.length > 0 ? { unconfirmed } : {}
  };
}
function startHeartbeat(env) {
  const ms = env.config["lease-duration"];
  const beat = () => void renewLease(env.executor, env.names, env.owner, ms).catch(() => void 0);
  const timer = setInterval(beat, Math.max(1e3, Math.floor(ms / 3)));
  timer.unref();
  return timer;
}
async function keepLease(env) {
  if (await renewLease(env.executor, env.names, env.owner, env.config["lease-duration"])) return;
  throw new PhaseFailure(
    "the migration lease expired and another runner took it over; stopping here",
    { hint: "raise lease-duration above the longest statement of a no-transaction file" }
  );
}
function partialNote(index) {
  const before = index - 1;
  const committed = before === 0 ? "No statement of this file had run before it." : `Statements 1 to ${before} of this file were committed (it runs outside a transaction).`;
  return `${committed} The file is not recorded as applied: after a fix, the next run starts it again from its first statement, so every statement must be safe to run twice.`;
}
async function recordAttempt(file, env, started, success) {
  const write = recordFile(env.executor, env.names, {
    version: file.version,
    description: file.description,
    fileName: file.fileName,
    checksum: file.checksum,
    appliedBy: env.appliedBy,
    executionMs: env.now() - started,
    statements: file.statements.length,
    success
  });
  if (success) return write;
  await write.catch(
    (error2) => env.log.warning(`could not record the failed attempt: ${reasonOf(error2)}`)
  );
}
var init_apply_alone = __esm({
  "src/phases/migrate/apply-alone.ts"() {
    "use strict";
    init_errors();
    init_sleep();
    init_executor();
    init_waking();
    init_apply();
    init_compare();
    init_history();
    init_lock();
    init_long_statements();
  }
});

// src/phases/migrate/repair.ts
async function repairChecksums(ctx) {
  const session = openSession(ctx);
  try {
    const found2 = await inspect({ ...ctx, planFile: ctx.plan.file, ...session });
    const changed = found2.comparison.changed;
    await whileWaking(
      "repairing checksums",
      () => acceptChecksums(session, changed),
      wakeOptionsOf(ctx)
    );
    for (const c of changed)
      ctx.log.info(`${c.file.fileName}: checksum ${c.row.checksum} \u2192 ${c.file.checksum}`);
    const summary = {
      ...emptySummary(session.executor.target, session.names.display),
      repaired: changed,
      pending: found2.comparison.pending,
      currentVersion: highestVersion(found2.rows ?? [])
    };
    const headline2 = changed.length === 0 ? "nothing to repair: every applied file matches its checksum" : `${plural(changed.length, "checksum")} repaired`;
    return {
      repaired: changed,
      report: {
        summary: headline2,
        outputs: { ...outputsOf3(summary), repaired: String(changed.length) },
        details: details(summary, `**${headline2}** on ${summary.target}.`)
      }
    };
  } finally {
    await session.executor.close();
  }
}
async function acceptChecksums(session, changed) {
  if (changed.length === 0) return;
  const tx = await session.executor.begin();
  try {
    await tx.execute(lockStatement(session.lockKey));
    for (const { file, row } of changed) {
      const updated = await tx.execute(
        `UPDATE ${session.names.history} SET checksum = :checksum
WHERE version = :version AND checksum = :previous AND success`,
        {
          params: { version: file.version, checksum: file.checksum, previous: row.checksum },
          noResend: true
        }
      );
      if (updated.rowsAffected !== 1)
        throw new Error(`${file.fileName}: the history changed while repairing; run it again`);
    }
    await tx.commit();
  } catch (error2) {
    await tx.rollback().catch(() => void 0);
    throw error2;
  }
}
var init_repair = __esm({
  "src/phases/migrate/repair.ts"() {
    "use strict";
    init_text();
    init_resume();
    init_inspect();
    init_lock();
    init_report4();
    init_session();
  }
});

// src/phases/migrate/run.ts
async function runMigrations(ctx) {
  const session = openSession(ctx);
  try {
    const found2 = await inspect({ ...ctx, planFile: ctx.plan.file, ...session });
    const summary = summaryOf2(session, found2);
    refuseIfNeeded(found2.comparison, ctx.config, repairTarget(ctx));
    refuseFindings(found2.findings, details(summary, "**Refused by fail-on.**"));
    const wake = wakeOptionsOf(ctx);
    if (found2.rows === void 0)
      await restartingOnFaults(
        "creating the history table",
        () => whileWaking(
          "creating the history table",
          () => createHistoryTables(
            session.executor,
            session.names,
            session.lockKey,
            ctx.config.schema
          ),
          wake
        ),
        ctx
      );
    if (ctx.config.repair && found2.comparison.changed.length > 0) {
      const changed = found2.comparison.changed;
      await whileWaking("repairing checksums", () => acceptChecksums(session, changed), wake);
      summary.repaired = found2.comparison.changed;
    }
    if (summary.pending.length === 0)
      ctx.log.info(`up to date: version ${summary.currentVersion ?? "none"}`);
    await applyPending(envOf(ctx, session), summary);
    return runReport(summary);
  } finally {
    await session.executor.close();
  }
}
function summaryOf2(session, found2) {
  return {
    ...emptySummary(session.executor.target, session.names.display),
    pending: [...found2.comparison.pending],
    findings: found2.findings,
    warnings: warningsOf(found2.comparison),
    currentVersion: highestVersion(found2.rows ?? [])
  };
}
function envOf(ctx, session) {
  return {
    ...session,
    config: ctx.config,
    log: ctx.log,
    signal: ctx.signal,
    now: () => performance.now()
  };
}
async function applyPending(env, summary) {
  for (const file of [...summary.pending]) {
    env.signal.throwIfAborted();
    const mode = file.transaction.mode === "no-transaction" ? ", outside a transaction" : "";
    env.log.info(
      `applying ${file.fileName} (${plural(file.statements.length, "statement")}${mode})`
    );
    const outcome = await applyOne(file, env, summary);
    summary.pending.splice(summary.pending.indexOf(file), 1);
    summary.currentVersion = Math.max(summary.currentVersion ?? file.version, file.version);
    if (outcome.status === "skipped") {
      env.log.info(`${file.fileName}: ${outcome.reason}`);
      summary.skipped.push({ file, reason: outcome.reason });
      continue;
    }
    env.log.info(`${file.fileName} applied in ${Math.round(outcome.durationMs)} ms`);
    summary.applied.push({
      file,
      durationMs: outcome.durationMs,
      ...outcome.unconfirmed ? { unconfirmed: outcome.unconfirmed } : {}
    });
  }
}
async function applyOne(file, env, summary) {
  try {
    return file.transaction.mode === "no-transaction" ? await applyWithoutTransaction(file, env) : await applyInTransaction(file, env);
  } catch (error2) {
    if (!(error2 instanceof PhaseFailure)) throw error2;
    const stoppedAt = `**Stopped at \`${file.fileName}\`**, ${summary.applied.length} applied before it.`;
    throw new PhaseFailure(error2.message, {
      details: [error2.details, details(summary, stoppedAt)].filter(Boolean).join("\n\n"),
      outputs: outputsOf3(summary),
      ...error2.hint ? { hint: error2.hint } : {}
    });
  }
}
var init_run10 = __esm({
  "src/phases/migrate/run.ts"() {
    "use strict";
    init_errors();
    init_text();
    init_restart();
    init_resume();
    init_apply();
    init_apply_alone();
    init_compare();
    init_history();
    init_inspect();
    init_repair();
    init_report4();
    init_session();
  }
});

// src/phases/migrate/steps.ts
var steps_exports3 = {};
__export(steps_exports3, {
  plan: () => planMigrations,
  run: () => runMigrations
});
var init_steps3 = __esm({
  "src/phases/migrate/steps.ts"() {
    "use strict";
    init_plan4();
    init_run10();
  }
});

// src/phases/migrate/index.ts
var migrateKind;
var init_migrate = __esm({
  "src/phases/migrate/index.ts"() {
    "use strict";
    init_shape();
    init_kind2();
    init_outputs4();
    init_settings9();
    migrateKind = lazyPhaseKind(
      {
        name: "migrate",
        description: "Apply versioned SQL migrations (migrations/NNN_description.sql) through the RDS Data API or a PostgreSQL connection, each file once, in its own transaction",
        settings: migrateSettings,
        iam: () => Promise.resolve().then(() => (init_iam11(), iam_exports9)),
        canRollBack: false,
        outputs: () => MIGRATE_OUTPUTS,
        files: (settings) => {
          const dir = isPlainObject(settings) ? settings.directory ?? "migrations" : void 0;
          return typeof dir === "string" && !dir.includes("${{") ? [dir.trim()] : [];
        },
        // Loaded when a plan has a migrate phase: the SQL reader and lint stay out of other start-ups.
        checkFiles: async (settings, context) => (await Promise.resolve().then(() => (init_check_files3(), check_files_exports))).checkMigrationFiles(settings, context)
      },
      () => Promise.resolve().then(() => (init_steps3(), steps_exports3))
    );
  }
});

// src/phases/ssm-command/outputs.ts
var SSM_COMMAND_OUTPUTS;
var init_outputs5 = __esm({
  "src/phases/ssm-command/outputs.ts"() {
    "use strict";
    SSM_COMMAND_OUTPUTS = ["command-id", "succeeded", "failed"];
  }
});

// src/phases/ssm-command/settings.ts
function shellOnly(c) {
  const shell = SHELL_DOCUMENTS.includes(c.document);
  if (shell && !c.commands && !c.parameters?.commands)
    return { message: `${c.document} needs commands`, hint: "commands: [./warm-cache.sh]" };
  if (shell) return void 0;
  for (const key of ["commands", "execution-timeout", "working-directory"])
    if (c[key] !== void 0)
      return {
        message: `${key} is a setting of the shell documents, not of ${c.document}`,
        at: [key],
        hint: `give the document's own parameters under parameters:`
      };
  return void 0;
}
var SHELL_DOCUMENTS, MAX_TARGETS, INSTANCE_ID, RATE, ERRORS, TARGET_KEY, target, fields4, ssmCommandSettings;
var init_settings10 = __esm({
  "src/phases/ssm-command/settings.ts"() {
    "use strict";
    init_shape();
    SHELL_DOCUMENTS = ["AWS-RunShellScript", "AWS-RunPowerShellScript"];
    MAX_TARGETS = 5;
    INSTANCE_ID = /^(i|mi)-[0-9a-f]{8,17}$/;
    RATE = /^([1-9][0-9]*|[1-9][0-9]%|[1-9]%|100%)$/;
    ERRORS = /^([0-9]+|[0-9]%|[1-9][0-9]%|100%)$/;
    TARGET_KEY = /^(tag:[^\s]{1,128}|tag-key|InstanceIds|resource-groups:Name|resource-groups:ResourceTypeFilters)$/;
    target = object(
      {
        key: string({
          pattern: TARGET_KEY,
          expected: "tag:<name>, tag-key, InstanceIds or resource-groups:Name",
          description: "The target key, e.g. tag:Role."
        }),
        values: array(string(), { min: 1, description: "Values of the key (up to 50)." })
      },
      { description: "Instances whose tag (or other key) has one of the values." }
    );
    fields4 = object({
      document: withDefault(
        string({ description: "SSM document name or ARN (default AWS-RunShellScript)." }),
        "AWS-RunShellScript"
      ),
      "document-version": optional(
        string({ description: "Document version: a number, $LATEST or $DEFAULT." })
      ),
      commands: optional(
        listOf(string(), "The script, one line per item (the shell documents\u2019 commands parameter).")
      ),
      parameters: optional(
        record(listOf(string()), "Document parameters, each a list of texts (values may be one text).")
      ),
      "instance-ids": optional(
        array(
          string({ pattern: INSTANCE_ID, expected: "an instance id such as i-0123456789abcdef0" }),
          {
            min: 1,
            description: "Managed instance ids (up to 50)."
          }
        )
      ),
      targets: optional(
        array(target, { min: 1, description: "Up to 5 targets, each narrowing the others." })
      ),
      "max-concurrency": optional(
        string({
          pattern: RATE,
          expected: "a number or a percentage such as 10 or 50%",
          description: "How many instances run the command at once (SSM default 50)."
        })
      ),
      "max-errors": optional(
        string({
          pattern: ERRORS,
          expected: "a number or a percentage such as 0 or 10%",
          description: "Errors after which SSM stops sending the command (SSM default 0)."
        })
      ),
      "execution-timeout": optional(
        duration("How long the script may run on each instance (shell documents; SSM default 1h).")
      ),
      "working-directory": optional(
        string({ description: "Directory the script runs in (shell documents)." })
      ),
      comment: optional(
        string({
          description: "Comment of the command, up to 100 characters (default: app, environment, version, phase)."
        })
      ),
      "output-lines": withDefault(
        number({ integer: true, min: 0, max: 1e3, description: "Output lines shown per instance." }),
        20
      ),
      "cloudwatch-output": optional(
        string({
          pattern: /^[.\-_/#A-Za-z0-9]{1,512}$/,
          expected: "a CloudWatch Logs group name",
          description: "Log group SSM streams the full output to; the tail is then read from there."
        })
      ),
      "poll-interval": withDefault(duration("Time between two polls of the command."), 3e3)
    });
    ssmCommandSettings = refine(fields4, (c) => {
      const targetsGiven = (c["instance-ids"] ? 1 : 0) + (c.targets ? 1 : 0);
      if (targetsGiven !== 1)
        return {
          message: targetsGiven === 0 ? "give instance-ids or targets" : "give instance-ids or targets, not both",
          hint: "instance-ids: [i-0123456789abcdef0], or targets: [{ key: tag:Role, values: [cache-warmer] }]"
        };
      if (c.targets && c.targets.length > MAX_TARGETS)
        return {
          message: `SSM takes at most ${MAX_TARGETS} targets, found ${c.targets.length}`,
          at: ["targets"]
        };
      if (c.commands && c.parameters?.commands)
        return { message: "give commands or parameters.commands, not both", at: ["commands"] };
      if (c.comment && c.comment.length > 100)
        return { message: "SSM allows a comment of at most 100 characters", at: ["comment"] };
      return shellOnly(c);
    });
  }
});

// src/phases/ssm-command/iam.ts
var iam_exports10 = {};
__export(iam_exports10, {
  actions: () => actions10,
  permissions: () => permissions10
});
function permissions10(c, scope) {
  const statements = [
    allow(
      "SsmSendCommand",
      ["ssm:SendCommand"],
      [documentArn(c.document, scope), ...instances(c, scope)]
    ),
    allow(
      "SsmFollowCommands",
      [
        "ssm:CancelCommand",
        "ssm:DescribeInstanceInformation",
        "ssm:GetCommandInvocation",
        "ssm:ListCommandInvocations",
        "ssm:ListCommands"
      ],
      ["*"]
    )
  ];
  const group = c["cloudwatch-output"];
  if (group !== void 0)
    statements.push(
      allow(
        "ReadCommandLogs",
        ["logs:GetLogEvents"],
        [logStreamsArn(scope, scoped(scope, group, "cloudwatch-output"))]
      )
    );
  return statements;
}
function documentArn(document, scope) {
  if (document.startsWith("arn:")) return document;
  const name = scoped(scope, document, "document");
  const owner = name.startsWith("AWS-") || name.startsWith("AWSEC2-") ? "" : scope.account;
  return `arn:${scope.partition}:ssm:${scope.region}:${owner}:document/${name}`;
}
function instances(c, scope) {
  const ids = c["instance-ids"];
  const p = scope.partition;
  const ec2 = `arn:${p}:ec2:${scope.region}:${scope.account}:instance`;
  const managed = `arn:${p}:ssm:${scope.region}:${scope.account}:managed-instance`;
  if (!ids || ids.some(hasTemplate)) {
    scope.note(
      `phase ${scope.phase.id}: the instances are chosen ${ids ? "at run time" : "by SSM from the targets"}: any instance of the account`
    );
    return [`${ec2}/*`, `${managed}/*`];
  }
  return ids.map((id) => id.startsWith("mi-") ? `${managed}/${id}` : `${ec2}/${id}`);
}
var actions10;
var init_iam12 = __esm({
  "src/phases/ssm-command/iam.ts"() {
    "use strict";
    init_iam2();
    actions10 = [
      "ssm:SendCommand",
      "ssm:ListCommands",
      "ssm:ListCommandInvocations",
      "ssm:GetCommandInvocation",
      "ssm:CancelCommand",
      "ssm:DescribeInstanceInformation",
      "logs:GetLogEvents"
    ];
  }
});

// src/phases/ssm-command/invocations.ts
function isFinal(status) {
  return status !== void 0 && FINAL.has(status);
}
function mayHaveStarted(status) {
  return status === "InProgress" || status === "Cancelling";
}
function viewOf(i) {
  const plugin = i.CommandPlugins?.[0];
  return {
    instanceId: i.InstanceId ?? "",
    status: i.Status ?? "Pending",
    details: i.StatusDetails ?? i.Status ?? "",
    ...plugin?.ResponseCode !== void 0 ? { responseCode: plugin.ResponseCode } : {},
    ...plugin?.ResponseStartDateTime ? { startedAt: plugin.ResponseStartDateTime } : {},
    ...plugin?.ResponseFinishDateTime ? { endedAt: plugin.ResponseFinishDateTime } : {},
    ...plugin?.Name ? { plugin: plugin.Name } : {}
  };
}
function endingOf(v) {
  const details2 = v.details.replace(/\s+/g, "");
  if (v.status === "Success") return { ok: true, words: "succeeded" };
  if (details2 === "Undeliverable")
    return {
      ok: false,
      words: "undeliverable: SSM could not reach the instance (stopped, or its agent is not running)"
    };
  if (details2 === "DeliveryTimedOut")
    return { ok: false, words: "delivery timed out: the agent never picked the command up" };
  if (details2 === "Terminated")
    return { ok: false, words: "not run: SSM stopped the command once max-errors was reached" };
  if (v.status === "TimedOut")
    return { ok: false, words: "execution timed out (execution-timeout)" };
  if (v.status === "Cancelled") return { ok: false, words: "cancelled" };
  const code = v.responseCode !== void 0 && v.responseCode >= 0 ? ` with response code ${v.responseCode}` : "";
  return { ok: false, words: `failed${code}` };
}
function durationOf3(v) {
  return v.startedAt && v.endedAt ? v.endedAt.getTime() - v.startedAt.getTime() : void 0;
}
var FINAL;
var init_invocations = __esm({
  "src/phases/ssm-command/invocations.ts"() {
    "use strict";
    FINAL = /* @__PURE__ */ new Set(["Success", "Failed", "TimedOut", "Cancelled"]);
  }
});

// src/phases/ssm-command/send.ts
import { SendCommandCommand, SSMClient as SSMClient2 } from "@aws-sdk/client-ssm";
function documentParameters(config) {
  const parameters = { ...config.parameters ?? {} };
  if (config.commands) parameters.commands = config.commands;
  if (!SHELL_DOCUMENTS.includes(config.document)) return parameters;
  if (config["working-directory"]) parameters.workingDirectory = [config["working-directory"]];
  const timeout = config["execution-timeout"];
  if (timeout !== void 0)
    parameters.executionTimeout = [String(Math.max(1, Math.ceil(timeout / 1e3)))];
  return parameters;
}
function registerSecretParameters(config, secrets) {
  for (const [name, values] of Object.entries(config.parameters ?? {}))
    if (SECRET_NAME.test(name)) for (const value of values) secrets.add(value);
}
function defaultComment(ctx) {
  const { app, environment: environment2, version: version2 } = ctx.run;
  return [`phasegate ${app}`, environment2, version2, ctx.phase.id].filter(Boolean).join(" ").slice(0, 100);
}
function describeTargets(config) {
  if (config["instance-ids"]) return config["instance-ids"].join(", ");
  return (config.targets ?? []).map((t2) => `${t2.key}=${t2.values.join(",")}`).join("; ");
}
function sendCommandInput(ctx) {
  const c = ctx.config;
  return {
    DocumentName: c.document,
    ...c["document-version"] ? { DocumentVersion: c["document-version"] } : {},
    Parameters: documentParameters(c),
    ...c["instance-ids"] ? { InstanceIds: c["instance-ids"] } : { Targets: (c.targets ?? []).map((t2) => ({ Key: t2.key, Values: t2.values })) },
    ...c["max-concurrency"] ? { MaxConcurrency: c["max-concurrency"] } : {},
    ...c["max-errors"] ? { MaxErrors: c["max-errors"] } : {},
    Comment: c.comment ?? defaultComment(ctx),
    ...c["cloudwatch-output"] ? {
      CloudWatchOutputConfig: {
        CloudWatchOutputEnabled: true,
        CloudWatchLogGroupName: c["cloudwatch-output"]
      }
    } : {}
  };
}
async function sendCommand(ctx) {
  const command2 = new SendCommandCommand(sendCommandInput(ctx));
  sendOnce(command2);
  const answer = await ctx.aws.client(SSMClient2).send(command2);
  const id = answer.Command?.CommandId;
  if (!id) throw new Error("SendCommand answered without a CommandId");
  return id;
}
var init_send = __esm({
  "src/phases/ssm-command/send.ts"() {
    "use strict";
    init_send_once();
    init_secrets();
    init_settings10();
  }
});

// src/phases/ssm-command/report.ts
function consoleLink(region, commandId) {
  return `https://${region}.console.aws.amazon.com/systems-manager/run-command/${commandId}?region=${region}`;
}
function header2(config) {
  const version2 = config["document-version"] ? ` (version ${config["document-version"]})` : "";
  const on = config["instance-ids"] ? "instances" : "targets";
  return [`**${cell(config.document)}**${version2} on ${on} \`${describeTargets(config)}\``];
}
function instanceTable(judged, simulated) {
  const rows = judged.map(({ invocation: i, ending }) => {
    const took = durationOf3(i);
    return [
      i.instanceId,
      ending.ok ? "\u2705" : "\u274C",
      i.details && i.details !== i.status ? `${i.status} (${i.details})` : i.status,
      i.responseCode !== void 0 && i.responseCode >= 0 ? String(i.responseCode) : "",
      took !== void 0 ? formatAwsDuration(took, simulated) : "",
      ending.words
    ];
  });
  return table(["instance", "", "status", "response code", "duration", "how it ended"], rows);
}
function tailSection2(tail2, limit) {
  const title = `**Output of ${tail2.instanceId}**`;
  const count = (n) => n === limit ? `last ${limit} lines` : plural(n, "line");
  const parts = [];
  if (tail2.stdout.length > 0)
    parts.push(
      `${title}, ${count(tail2.stdout.length)} (${tail2.source}):`,
      "",
      fenced(tail2.stdout.join("\n"))
    );
  if (tail2.stderr.length > 0)
    parts.push(
      "",
      `${title}, stderr, ${count(tail2.stderr.length)}:`,
      "",
      fenced(tail2.stderr.join("\n"))
    );
  if (parts.length === 0) parts.push(`${title}: ${tail2.note ?? "nothing printed"}`);
  else if (tail2.note) parts.push("", `_${tail2.note}_`);
  return parts;
}
function runDetails2(s) {
  const link = `command [${s.commandId}](${consoleLink(s.region, s.commandId)})`;
  const parts = [
    [...header2(s.config), "", `- ${link}`],
    [instanceTable(s.judged, s.simulatedTime)]
  ];
  for (const tail2 of s.tails) parts.push(tailSection2(tail2, s.config["output-lines"]));
  return parts.map((p) => p.join("\n")).join("\n\n");
}
function ssmPlan(config, presence) {
  const version2 = config["document-version"] ? ` (version ${config["document-version"]})` : "";
  const on = config["instance-ids"] ? "instances" : "targets";
  const { commands, ...others } = documentParameters(config);
  const facts = Object.entries(others).map(([name, values]) => `${name}: ${values.join(", ")}`);
  if (presence)
    for (const [id, ping] of presence)
      facts.push(`instance ${id}: ${ping ?? "not a managed instance (no SSM agent registered)"}`);
  else facts.push("the instances are those the targets match when the command is sent");
  const blocks = commands ? [{ label: "commands", language: "sh", text: commands.join("\n") }] : [];
  const line = `${config.document}${version2} on ${on} ${describeTargets(config)}`;
  return { changes: true, items: [planItem(line, facts, blocks)] };
}
var init_report5 = __esm({
  "src/phases/ssm-command/report.ts"() {
    "use strict";
    init_duration();
    init_markdown();
    init_plan_view();
    init_text();
    init_invocations();
    init_send();
  }
});

// src/phases/ssm-command/plan.ts
import { DescribeInstanceInformationCommand, SSMClient as SSMClient3 } from "@aws-sdk/client-ssm";
async function planSsmCommand(ctx) {
  registerSecretParameters(ctx.config, ctx.secrets);
  const ids = ctx.config["instance-ids"];
  const presence = ids ? await presenceOf(ctx, ids) : void 0;
  const offline = presence ? [...presence].filter(([, ping]) => ping !== "Online").map(([id]) => id) : [];
  for (const id of offline)
    ctx.log.warning(`instance ${id} is ${presence?.get(id) ?? "not a managed instance"}`);
  const where2 = ids ? plural(ids.length, "instance") : describeTargets(ctx.config);
  const warning = offline.length > 0 ? `; not online: ${offline.join(", ")}` : "";
  return {
    summary: `would run ${ctx.config.document} on ${where2}${warning}`,
    // Masked here too, not only on the way out: the dry run's point is to show the parameters.
    plan: ctx.secrets.maskValues(ssmPlan(ctx.config, presence))
  };
}
async function presenceOf(ctx, ids) {
  const ssm = ctx.aws.client(SSMClient3);
  const presence = new Map(ids.map((id) => [id, void 0]));
  let token2;
  do {
    const page = await ssm.send(
      new DescribeInstanceInformationCommand({
        Filters: [{ Key: "InstanceIds", Values: [...ids] }],
        MaxResults: 50,
        ...token2 ? { NextToken: token2 } : {}
      }),
      { abortSignal: ctx.signal }
    );
    for (const i of page.InstanceInformationList ?? [])
      if (i.InstanceId && presence.has(i.InstanceId)) presence.set(i.InstanceId, i.PingStatus);
    token2 = page.NextToken;
  } while (token2);
  return presence;
}
var init_plan5 = __esm({
  "src/phases/ssm-command/plan.ts"() {
    "use strict";
    init_text();
    init_report5();
    init_send();
  }
});

// src/phases/ssm-command/output.ts
import { GetCommandInvocationCommand, SSMClient as SSMClient4 } from "@aws-sdk/client-ssm";
function readTail(ctx, commandId, inv) {
  const group = ctx.config["cloudwatch-output"];
  return group ? fromCloudWatch(ctx, group, commandId, inv) : fromSsm(ctx, commandId, inv);
}
async function fromSsm(ctx, commandId, inv) {
  const limit = ctx.config["output-lines"];
  const answer = await getInvocation(ctx, commandId, inv.instanceId);
  const stdout = answer.StandardOutputContent ?? "";
  const stderr = answer.StandardErrorContent ?? "";
  const base2 = { instanceId: inv.instanceId, source: "SSM" };
  const tail2 = { ...base2, stdout: lastLines(stdout, limit), stderr: lastLines(stderr, limit) };
  if (stdout.length >= STDOUT_LIMIT || stdout.endsWith(TRUNCATED))
    return {
      ...tail2,
      note: "SSM keeps only the first 24,000 characters of the output: these are the last lines of that part (set cloudwatch-output for the whole output)"
    };
  if (!stdout && !stderr && inv.status !== "Success" && inv.status !== "Failed")
    return { ...tail2, note: `SSM keeps no output of a ${inv.status} invocation` };
  return tail2;
}
async function getInvocation(ctx, commandId, instanceId) {
  const ssm = ctx.aws.client(SSMClient4);
  for (let attempt = 1; ; attempt++) {
    try {
      return await ssm.send(
        new GetCommandInvocationCommand({ CommandId: commandId, InstanceId: instanceId }),
        {
          abortSignal: ctx.signal
        }
      );
    } catch (error2) {
      if (errorName(error2) !== "InvocationDoesNotExist" || attempt >= NOT_YET_TRIES) throw error2;
      await sleep(ctx.config["poll-interval"], ctx.signal);
    }
  }
}
async function fromCloudWatch(ctx, group, commandId, inv) {
  const limit = ctx.config["output-lines"];
  const prefix = `${commandId}/${inv.instanceId}/${(inv.plugin ?? "aws:runShellScript").replace(/:/g, "-")}`;
  const read = (stream) => lastLogLines(ctx, { group, stream: `${prefix}/${stream}` }, limit).catch((error2) => {
    if (ctx.signal.aborted || errorName(error2) !== "ResourceNotFoundException") throw error2;
    return void 0;
  });
  const [stdout, stderr] = await Promise.all([read("stdout"), read("stderr")]);
  const tail2 = {
    instanceId: inv.instanceId,
    stdout: stdout ?? [],
    stderr: stderr ?? [],
    source: group
  };
  if (stdout === void 0 && stderr === void 0)
    return {
      ...tail2,
      note: `no output stream in ${group} (the script printed nothing, or SSM could not write there)`
    };
  return tail2;
}
function lastLines(text, limit) {
  const lines = text.replace(/\r/g, "").split("\n");
  if (lines.at(-1) === "") lines.pop();
  if (lines.at(-1) === TRUNCATED) lines.pop();
  return limit === 0 ? [] : lines.slice(-limit);
}
var STDOUT_LIMIT, TRUNCATED, NOT_YET_TRIES;
var init_output = __esm({
  "src/phases/ssm-command/output.ts"() {
    "use strict";
    init_errors3();
    init_log_tail();
    init_sleep();
    STDOUT_LIMIT = 24e3;
    TRUNCATED = "---Output truncated---";
    NOT_YET_TRIES = 5;
  }
});

// src/phases/ssm-command/wait.ts
import {
  CancelCommandCommand,
  ListCommandInvocationsCommand,
  ListCommandsCommand
} from "@aws-sdk/client-ssm";
async function waitForCommand(o) {
  const seen = { status: /* @__PURE__ */ new Map(), started: /* @__PURE__ */ new Set() };
  const waited = await pollUntil(async () => {
    const command2 = await readCommand(o, o.signal);
    const invocations = await listInvocations(o, o.signal);
    logTransitions2(invocations, seen, o.log);
    if (isFinal(command2.Status) && invocations.length >= (command2.TargetCount ?? 0))
      return { command: command2, invocations };
    o.log.progress(waitingLine2(command2, invocations));
    return void 0;
  }, o);
  if (waited) return waited;
  throw await cancelAfterAbort(o, seen);
}
async function readCommand(o, signal) {
  const answer = await o.ssm.send(new ListCommandsCommand({ CommandId: o.commandId }), {
    abortSignal: signal
  });
  return answer.Commands?.[0] ?? { CommandId: o.commandId, Status: "Pending" };
}
async function listInvocations(o, signal) {
  const all = [];
  let token2;
  do {
    const page = await o.ssm.send(
      new ListCommandInvocationsCommand({
        CommandId: o.commandId,
        Details: true,
        MaxResults: 50,
        ...token2 ? { NextToken: token2 } : {}
      }),
      { abortSignal: signal }
    );
    all.push(...(page.CommandInvocations ?? []).map(viewOf));
    token2 = page.NextToken;
  } while (token2);
  return all.sort((a, b) => a.instanceId.localeCompare(b.instanceId));
}
function logTransitions2(list2, seen, log) {
  for (const i of list2) {
    if (mayHaveStarted(i.status)) seen.started.add(i.instanceId);
    if (seen.status.get(i.instanceId) === i.status) continue;
    seen.status.set(i.instanceId, i.status);
    const details2 = i.details.replace(/\s+/g, "") !== i.status ? ` (${i.details})` : "";
    log.info(`instance ${i.instanceId}: ${i.status}${details2}`);
  }
}
function waitingLine2(command2, list2) {
  const counts = /* @__PURE__ */ new Map();
  for (const i of list2) counts.set(i.status, (counts.get(i.status) ?? 0) + 1);
  const parts = [...counts].map(([s, n]) => `${n} ${s}`).join(", ");
  const expected = command2.TargetCount ? ` of ${command2.TargetCount}` : "";
  return `waiting for command ${command2.CommandId} (${command2.Status ?? "Pending"}; ${list2.length}${expected} ${wordFor(command2.TargetCount ?? list2.length, "invocation")}${parts ? `: ${parts}` : ""})`;
}
async function cancelAfterAbort(o, seen) {
  const why = o.signal.reason instanceof Error ? o.signal.reason.message : "the phase was stopped";
  const lines = [];
  try {
    await o.ssm.send(new CancelCommandCommand({ CommandId: o.commandId }), {
      abortSignal: AbortSignal.timeout(CANCEL_CALL_MS)
    });
    o.log.warning(`cancelled command ${o.commandId} (CancelCommand): ${why}`);
    lines.push(`cancelled command ${o.commandId} (CancelCommand)`);
  } catch (error2) {
    const message = `could not cancel command ${o.commandId}: ${error2.message}; cancel it in the console`;
    o.log.error(message);
    lines.push(message);
  }
  const after = await briefly(o);
  lines.push(...partlyRun(after, seen));
  return new PhaseFailure(why, {
    details: lines.map((l) => `- ${l}`).join("\n"),
    outputs: { "command-id": o.commandId }
  });
}
async function briefly(o) {
  const deadline = AbortSignal.timeout(CANCEL_WAIT_MS);
  let last = [];
  while (!deadline.aborted) {
    try {
      last = await listInvocations(o, deadline);
      if (last.every((i) => isFinal(i.status))) break;
      await sleep(CANCEL_POLL_MS, deadline);
    } catch {
      break;
    }
  }
  return last;
}
function partlyRun(after, seen) {
  return after.map((i) => {
    const started = seen.started.has(i.instanceId) || mayHaveStarted(i.status) || i.startedAt !== void 0;
    const state = isFinal(i.status) ? i.status : `still ${i.status}`;
    if (i.status === "Success")
      return `instance ${i.instanceId}: Success (the script ran to the end)`;
    if (started) return `instance ${i.instanceId}: ${state}; it may have run part of the script`;
    return `instance ${i.instanceId}: ${state}; the script had not started`;
  });
}
var CANCEL_CALL_MS, CANCEL_WAIT_MS, CANCEL_POLL_MS;
var init_wait2 = __esm({
  "src/phases/ssm-command/wait.ts"() {
    "use strict";
    init_poll();
    init_errors();
    init_sleep();
    init_text();
    init_invocations();
    CANCEL_CALL_MS = 1500;
    CANCEL_WAIT_MS = 2e3;
    CANCEL_POLL_MS = 200;
  }
});

// src/phases/ssm-command/run.ts
import { SSMClient as SSMClient5 } from "@aws-sdk/client-ssm";
async function runSsmCommand(ctx) {
  registerSecretParameters(ctx.config, ctx.secrets);
  const commandId = await send(ctx);
  ctx.log.info(
    `sent command ${commandId}: ${ctx.config.document} on ${describeTargets(ctx.config)}`
  );
  const { command: command2, invocations } = await waitForCommand({
    ssm: ctx.aws.client(SSMClient5),
    commandId,
    intervalMs: ctx.config["poll-interval"],
    signal: ctx.signal,
    log: ctx.log
  });
  if (invocations.length === 0) throw noInstance(ctx.config, command2);
  const tails = ctx.config["output-lines"] === 0 ? [] : await Promise.all(invocations.map((i) => readTail(ctx, commandId, i)));
  return finish2(ctx, commandId, invocations, tails);
}
async function send(ctx) {
  try {
    return await sendCommand(ctx);
  } catch (error2) {
    if (errorName(error2) !== "InvalidInstanceId") throw error2;
    throw new PhaseFailure(
      `SSM cannot reach instances ${describeTargets(ctx.config)}: ${error2.message}`,
      { hint: `${AGENT_HINT} (aws ssm describe-instance-information lists the managed instances)` }
    );
  }
}
function noInstance(config, command2) {
  return new PhaseFailure(`no managed instance matches ${describeTargets(config)}; ${AGENT_HINT}`, {
    hint: "check the tags of the instances and that they appear in aws ssm describe-instance-information",
    outputs: { "command-id": command2.CommandId ?? "", succeeded: "0", failed: "0" }
  });
}
function finish2(ctx, commandId, invocations, tails) {
  const judged = invocations.map((invocation) => ({
    invocation,
    ending: endingOf(invocation)
  }));
  for (const { invocation, ending } of judged)
    (ending.ok ? ctx.log.info : ctx.log.error).call(
      ctx.log,
      `instance ${invocation.instanceId} ${ending.words}`
    );
  for (const tail2 of tails) for (const line of tailLog(tail2)) ctx.log.info(line);
  const failed2 = judged.filter((j) => !j.ending.ok);
  const outputs = {
    "command-id": commandId,
    succeeded: String(judged.length - failed2.length),
    failed: String(failed2.length)
  };
  const details2 = runDetails2({
    region: ctx.aws.region,
    config: ctx.config,
    commandId,
    judged,
    tails,
    ...ctx.run.simulatedTime ? { simulatedTime: true } : {}
  });
  if (failed2.length > 0)
    throw new PhaseFailure(failureMessage2(judged, failed2, tails, ctx.config), {
      details: details2,
      outputs,
      ...failed2.some(isTerminated) ? { hint: MAX_ERRORS_HINT } : {}
    });
  const what = `${ctx.config.document} succeeded on ${plural(judged.length, "instance")}`;
  return { summary: `${what} (command ${commandId})`, details: details2, outputs };
}
function failureMessage2(all, failed2, tails, config) {
  const terminated = failed2.filter(isTerminated);
  const each = failed2.filter((j) => !isTerminated(j)).map(({ invocation: i, ending }) => {
    const tail2 = tails.find((t2) => t2.instanceId === i.instanceId);
    const last = tail2 ? tail2.stderr.at(-1) ?? tail2.stdout.at(-1) : void 0;
    const code = i.responseCode !== void 0 && i.responseCode >= 0 ? `, response code ${i.responseCode}` : "";
    return `${i.instanceId} ${i.status}${code}: ${ending.words}${last ? ` ("${excerpt(last, 80)}")` : ""}`;
  });
  if (terminated.length > 0)
    each.push(
      `${plural(terminated.length, "instance")} not run (${terminated.map((j) => j.invocation.instanceId).join(", ")}): SSM stopped sending the command once more than max-errors ${config["max-errors"] ?? "0 (SSM default)"} failed`
    );
  return `${failed2.length} of ${plural(all.length, "instance")} did not succeed: ${each.join("; ")}`;
}
function tailLog(tail2) {
  const lines = [...tail2.stdout, ...tail2.stderr.length ? ["--- stderr ---", ...tail2.stderr] : []];
  const title = `output of ${tail2.instanceId} (${tail2.source})`;
  if (lines.length === 0) return [`${title}: ${tail2.note ?? "nothing printed"}`];
  return [`${title}:`, ...lines.map((l) => `  | ${l}`), ...tail2.note ? [`  (${tail2.note})`] : []];
}
var AGENT_HINT, MAX_ERRORS_HINT, isTerminated;
var init_run11 = __esm({
  "src/phases/ssm-command/run.ts"() {
    "use strict";
    init_errors3();
    init_errors();
    init_text();
    init_invocations();
    init_output();
    init_report5();
    init_send();
    init_wait2();
    AGENT_HINT = "is the SSM agent running and the instance profile set?";
    MAX_ERRORS_HINT = "SSM sends the command to no more instances once more than max-errors invocations failed (SSM default 0); fix the failure and run again, or raise max-errors (such as 10%) to let the others run";
    isTerminated = (j) => j.invocation.details.replace(/\s+/g, "") === "Terminated";
  }
});

// src/phases/ssm-command/steps.ts
var steps_exports4 = {};
__export(steps_exports4, {
  plan: () => planSsmCommand,
  run: () => runSsmCommand
});
var init_steps4 = __esm({
  "src/phases/ssm-command/steps.ts"() {
    "use strict";
    init_plan5();
    init_run11();
  }
});

// src/phases/ssm-command/index.ts
var ssmCommandKind;
var init_ssm_command = __esm({
  "src/phases/ssm-command/index.ts"() {
    "use strict";
    init_kind2();
    init_outputs5();
    init_settings10();
    ssmCommandKind = lazyPhaseKind(
      {
        name: "ssm-command",
        description: "Run an SSM document (default AWS-RunShellScript) on managed instances by id or tag, wait for every invocation, fail naming each instance that did not succeed, with its output tail",
        settings: ssmCommandSettings,
        iam: () => Promise.resolve().then(() => (init_iam12(), iam_exports10)),
        canRollBack: false,
        outputs: () => SSM_COMMAND_OUTPUTS
      },
      () => Promise.resolve().then(() => (init_steps4(), steps_exports4))
    );
  }
});

// src/phases/registry.ts
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
var PHASE_KINDS_NOT_YET_AVAILABLE, CHECK_KINDS_NOT_YET_AVAILABLE, Registry;
var init_registry = __esm({
  "src/phases/registry.ts"() {
    "use strict";
    init_checks();
    init_checks2();
    init_ecs_deploy();
    init_ecs_run_task();
    init_migrate();
    init_ssm_command();
    PHASE_KINDS_NOT_YET_AVAILABLE = [];
    CHECK_KINDS_NOT_YET_AVAILABLE = [];
    Registry = class {
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
  }
});

// src/plan/graph.ts
function effectiveNeeds(written, previousId) {
  if (written) return [...written];
  return previousId === void 0 ? [] : [previousId];
}
function edges(phases) {
  const ids = new Set(phases.map((p) => p.id));
  const graph = /* @__PURE__ */ new Map();
  for (const phase3 of phases) {
    const known2 = phase3.needs.filter((n) => ids.has(n) && n !== phase3.id);
    graph.set(phase3.id, [...graph.get(phase3.id) ?? [], ...known2]);
  }
  return graph;
}
function findCycles(phases) {
  const graph = edges(phases);
  const order = phases.map((p) => p.id);
  return stronglyConnected(graph, order).filter((component) => component.length > 1).map((component) => {
    const members = new Set(component);
    const start = order.find((id) => members.has(id)) ?? component[0] ?? "";
    return cycleThrough(start, graph, members);
  });
}
function stronglyConnected(graph, order) {
  const index = /* @__PURE__ */ new Map();
  const low = /* @__PURE__ */ new Map();
  const stack = [];
  const onStack = /* @__PURE__ */ new Set();
  const components = [];
  const visit2 = (id) => {
    index.set(id, index.size);
    low.set(id, index.get(id) ?? 0);
    stack.push(id);
    onStack.add(id);
    for (const next of graph.get(id) ?? []) {
      if (!index.has(next)) {
        visit2(next);
        low.set(id, Math.min(low.get(id) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) {
        low.set(id, Math.min(low.get(id) ?? 0, index.get(next) ?? 0));
      }
    }
    if (low.get(id) !== index.get(id)) return;
    const component = [];
    let member;
    do {
      member = stack.pop();
      if (member === void 0) break;
      onStack.delete(member);
      component.push(member);
    } while (member !== id);
    components.push(component);
  };
  for (const id of order) if (!index.has(id)) visit2(id);
  return components;
}
function cycleThrough(start, graph, members) {
  const cameFrom = /* @__PURE__ */ new Map();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i];
    for (const next of graph.get(id) ?? []) {
      if (!members.has(next)) continue;
      if (next === start) return [...pathTo(id, start, cameFrom), start];
      if (cameFrom.has(next)) continue;
      cameFrom.set(next, id);
      queue.push(next);
    }
  }
  return [start, start];
}
function pathTo(id, start, cameFrom) {
  const path = [id];
  let current = id;
  while (current !== start) {
    current = cameFrom.get(current) ?? start;
    path.unshift(current);
  }
  return path;
}
function ancestors(phases, id) {
  const graph = edges(phases);
  const seen = /* @__PURE__ */ new Set();
  const pending = [...graph.get(id) ?? []];
  while (pending.length > 0) {
    const next = pending.pop();
    if (seen.has(next) || next === id) continue;
    seen.add(next);
    pending.push(...graph.get(next) ?? []);
  }
  return seen;
}
function runOrder(phases) {
  const graph = edges(phases);
  const done = /* @__PURE__ */ new Set();
  const order = [];
  while (order.length < phases.length) {
    const ready = phases.find(
      (p) => !done.has(p.id) && (graph.get(p.id) ?? []).every((n) => done.has(n))
    );
    if (!ready) throw new Error(`runOrder: the phases form a cycle (${findCycles(phases)[0]})`);
    done.add(ready.id);
    order.push(ready.id);
  }
  return order;
}
function stages(phases) {
  const graph = edges(phases);
  const stageOf = /* @__PURE__ */ new Map();
  for (const id of runOrder(phases)) {
    const needs = graph.get(id) ?? [];
    stageOf.set(
      id,
      needs.length === 0 ? 0 : Math.max(...needs.map((n) => stageOf.get(n) ?? 0)) + 1
    );
  }
  const out = [];
  for (const p of phases) {
    const stage = stageOf.get(p.id) ?? 0;
    out[stage] = [...out[stage] ?? [], p.id];
  }
  return out.filter(Boolean);
}
function graphText(phases) {
  const byId = new Map(phases.map((p) => [p.id, p]));
  return stages(phases).map((ids, i) => {
    const needs = [...new Set(ids.flatMap((id) => [...byId.get(id)?.needs ?? []]))];
    const side = ids.length > 1 ? " (side by side)" : "";
    const after = needs.length ? `, after ${needs.join(", ")}` : "";
    const gates = ids.flatMap((id) => gateLine(byId.get(id)));
    return [`  ${i + 1}. ${ids.join(", ")}${side}${after}`, ...gates].join("\n");
  }).join("\n");
}
function gateLine(phase3) {
  const names = (list2) => (list2 ?? []).map((g) => g.name).join(", ");
  const before = names(phase3?.gates?.before);
  const after = names(phase3?.gates?.after);
  if (!phase3 || !before && !after) return [];
  const parts = [before ? `before: ${before}` : "", after ? `after: ${after}` : ""];
  return [`     ${phase3.id} gates ${parts.filter(Boolean).join("; ")}`];
}
var init_graph = __esm({
  "src/plan/graph.ts"() {
    "use strict";
  }
});

// src/plan/check-files.ts
function phasesToCheck(phases, mistakes, registry) {
  if (!Array.isArray(phases)) return [];
  const wrong = new Set(
    mistakes.flatMap(
      (m) => m.path[0] === "phases" && typeof m.path[1] === "number" ? [m.path[1]] : []
    )
  );
  return phases.flatMap((raw, index) => {
    if (!isPlainObject(raw) || typeof raw.uses !== "string" || wrong.has(index)) return [];
    if (!registry.phase(raw.uses)?.checkFiles) return [];
    return [{ index, uses: raw.uses, with: raw.with ?? {} }];
  });
}
async function checkPhaseFiles(phases, context) {
  const found2 = await Promise.all(
    phases.map((phase3) => {
      const check2 = context.registry.phase(phase3.uses)?.checkFiles;
      if (!check2) return [];
      return check2(phase3.with, {
        planFile: context.planFile,
        at: (path, target2) => context.positions.at(["phases", phase3.index, "with", ...path], target2)
      });
    })
  );
  return found2.flat();
}
var init_check_files4 = __esm({
  "src/plan/check-files.ts"() {
    "use strict";
    init_shape();
  }
});

// src/plan/check-phases.ts
function scalarText(value) {
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return typeof value === "string" && !isTemplate(value) ? value : void 0;
}
function phaseViews(phases) {
  if (!Array.isArray(phases)) return [];
  const views = [];
  let previousId;
  phases.forEach((item, index) => {
    const raw = isPlainObject(item) ? item : {};
    const id = scalarText(raw.id);
    const written = writtenNeeds(raw.needs);
    views.push({
      path: ["phases", index],
      raw,
      id,
      uses: scalarText(raw.uses),
      needs: effectiveNeeds(written, previousId),
      defaultNeeds: written === void 0
    });
    previousId = id;
  });
  return views;
}
function writtenNeeds(needs) {
  if (needs === void 0) return void 0;
  const list2 = Array.isArray(needs) ? needs : [needs];
  return list2.flatMap((n) => scalarText(n) ?? []);
}
function checkPhases(views, registry, defaultOnFailure) {
  return [
    ...duplicateIds(views),
    ...views.flatMap((view2) => checkPhaseKind(view2, registry, defaultOnFailure)),
    ...views.flatMap((view2) => checkGates(view2, registry)),
    ...checkNeeds(views),
    ...checkCycles(views)
  ];
}
function duplicateIds(views) {
  const seen = /* @__PURE__ */ new Map();
  const issues = [];
  views.forEach((view2, index) => {
    if (view2.id === void 0) return;
    const first = seen.get(view2.id);
    if (first === void 0) {
      seen.set(view2.id, index);
      return;
    }
    issues.push({
      path: [...view2.path, "id"],
      message: `phase id "${view2.id}" is already used by phase ${first + 1}`,
      hint: "give each phase its own id"
    });
  });
  return issues;
}
function settingsOf(raw) {
  return raw.with ?? {};
}
function checkPhaseKind(view2, registry, defaultOnFailure) {
  if (view2.uses === void 0) return [];
  const usesPath = [...view2.path, "uses"];
  const kind = registry.phase(view2.uses);
  if (!kind) {
    return [
      kindIssue(
        "phase",
        view2.uses,
        registry.phaseNames(),
        registry.notYetAvailable.phases,
        usesPath
      )
    ];
  }
  const issues = [];
  kind.settings.parse(settingsOf(view2.raw), [...view2.path, "with"], { mode: "check", issues });
  if (!kind.rollback) issues.push(...rollbackUnsupported(view2, defaultOnFailure));
  return issues;
}
function rollbackUnsupported(view2, defaultOnFailure) {
  const written = view2.raw["on-failure"];
  if ((written ?? defaultOnFailure) !== "rollback") return [];
  const inherited = written === void 0;
  return [
    {
      path: [...view2.path, inherited ? "uses" : "on-failure"],
      message: `phase kind "${view2.uses}" cannot roll back${inherited ? " (defaults.on-failure is rollback)" : ""}`,
      hint: `write on-failure: stop or on-failure: continue${inherited ? " on this phase" : ""}`
    }
  ];
}
function checkGates(view2, registry) {
  const gates = view2.raw.gates;
  if (!isPlainObject(gates)) return [];
  const issues = [];
  for (const when of ["before", "after"]) {
    const list2 = gates[when];
    if (!Array.isArray(list2)) continue;
    list2.forEach((check2, index) => {
      const uses = isPlainObject(check2) ? scalarText(check2.uses) : void 0;
      if (!isPlainObject(check2) || uses === void 0) return;
      const path = [...view2.path, "gates", when, index];
      const kind = registry.check(uses);
      if (kind) {
        kind.settings.parse(settingsOf(check2), [...path, "with"], { mode: "check", issues });
        return;
      }
      const { checks } = registry.notYetAvailable;
      issues.push(kindIssue("check", uses, registry.checkNames(), checks, [...path, "uses"]));
    });
  }
  return issues;
}
function kindIssue(what, name, available, notYet, path) {
  const inBuild = `${what} kinds in this build: ${available.length ? available.join(", ") : "none yet"}`;
  if (notYet.includes(name)) {
    return { path, message: `${what} kind "${name}" is not available yet`, hint: inBuild };
  }
  const near = closest(name, [...available, ...notYet]);
  const nearHint = near && notYet.includes(near) ? `did you mean "${near}"? (not available yet)` : `did you mean "${near}"?`;
  return { path, message: `unknown ${what} kind "${name}"`, hint: near ? nearHint : inBuild };
}
function checkNeeds(views) {
  const ids = views.flatMap((v) => v.id === void 0 ? [] : [v.id]);
  const issues = [];
  for (const view2 of views) {
    const written = view2.raw.needs;
    const entries = written === void 0 ? [] : Array.isArray(written) ? written : [written];
    entries.forEach((entry, index) => {
      const need = scalarText(entry);
      if (need === void 0) return;
      const path = [...view2.path, "needs", ...Array.isArray(written) ? [index] : []];
      if (need === view2.id) {
        issues.push({
          path,
          message: `phase "${need}" needs itself`,
          hint: `remove "${need}" from its needs`
        });
      } else if (!ids.includes(need)) {
        const near = closest(need, ids);
        issues.push({
          path,
          message: `needs names an unknown phase "${need}"`,
          hint: near ? `did you mean "${near}"?` : `phases in this plan: ${ids.join(", ") || "none"}`
        });
      }
    });
  }
  return issues;
}
function checkCycles(views) {
  const nodes = views.flatMap((v) => v.id === void 0 ? [] : [{ id: v.id, needs: v.needs }]);
  return findCycles(nodes).map((cycle) => {
    const first = views.find((v) => v.id === cycle[0]);
    const implicit = views.filter((v) => v.defaultNeeds && v.id && cycle.includes(v.id));
    const because = implicit.map(
      (v) => `"${v.id}" needs "${v.needs[0]}" because it is written after it`
    );
    return {
      path: [...first?.path ?? ["phases"], "needs"],
      message: `the phases form a cycle: ${cycle.join(" \u2192 ")}`,
      hint: ["remove one of these needs so that the phases can run in order", ...because].join(
        "; "
      )
    };
  });
}
var init_check_phases = __esm({
  "src/plan/check-phases.ts"() {
    "use strict";
    init_shape();
    init_suggest();
    init_graph();
  }
});

// src/plan/interpolate.ts
function splitTemplates(text) {
  const pieces = [];
  let at2 = 0;
  while (at2 < text.length) {
    const open = text.indexOf(OPEN, at2);
    if (open < 0) break;
    if (open > at2) pieces.push({ literal: text.slice(at2, open) });
    const close = text.indexOf(CLOSE, open + OPEN.length);
    if (close < 0) {
      pieces.push({ unclosed: text.slice(open) });
      return pieces;
    }
    const template = text.slice(open, close + CLOSE.length);
    pieces.push({ template, expression: text.slice(open + OPEN.length, close).trim() });
    at2 = close + CLOSE.length;
  }
  if (at2 < text.length) pieces.push({ literal: text.slice(at2) });
  return pieces;
}
function parseExpression(expression) {
  if (expression === "") {
    return { message: "empty template ${{ }}", hint: "write a reference such as ${{ vars.NAME }}" };
  }
  if (expression.startsWith("ssm:")) return parseSsm(expression.slice(4).trim());
  const m = DOTTED.exec(expression);
  if (!m) {
    return {
      message: `"${expression}" is not a reference`,
      hint: "a template holds exactly one reference such as ${{ vars.NAME }} or ${{ phases.ID.outputs.NAME }}; expressions and functions are not supported"
    };
  }
  const scope = m[1] ?? "";
  const parts = (m[2] ?? "").slice(1).split(".");
  return parseScoped(scope, parts, expression);
}
function parseScoped(scope, parts, expression) {
  switch (scope) {
    case "inputs":
      return named("inputs", parts, INPUT_NAMES);
    case "github":
      return named("github", parts, GITHUB_NAMES);
    case "vars":
    case "env":
      return named(scope, parts, void 0);
    case "phases":
      return parsePhaseOutput(parts);
    default:
      return unknownScope(scope, expression);
  }
}
function named(scope, parts, known2) {
  const [name, ...extra] = parts;
  if (name === void 0 || extra.length > 0 || !NAME2.test(name)) {
    return {
      message: `${scope}.${parts.join(".")} is not a reference`,
      hint: `write ${scope}.NAME`
    };
  }
  if (known2 && !known2.includes(name)) {
    const near = closest(name, known2);
    return {
      message: `unknown ${scope} value "${name}"`,
      hint: near ? `did you mean ${scope}.${near}?` : `${scope} has: ${known2.join(", ")}`
    };
  }
  return { scope, name };
}
function parsePhaseOutput(parts) {
  const [phase3, outputs, output, ...extra] = parts;
  if (phase3 && outputs === "outputs" && output && extra.length === 0) {
    return { scope: "phases", phase: phase3, output };
  }
  return {
    message: `phases.${parts.join(".")} is not a phase output`,
    hint: "write phases.ID.outputs.NAME, for example ${{ phases.agents.outputs.revision }}"
  };
}
function unknownScope(scope, expression) {
  if (scope === "secrets") {
    return {
      message: `GitHub secrets cannot be read in a plan ("${expression}")`,
      hint: "pass the secret to the step with env: and write ${{ env.NAME }}, or store it in SSM and write ${{ ssm:/path/name }}"
    };
  }
  if (scope === "ssm") {
    return {
      message: `"${expression}" is not an SSM reference`,
      hint: "write ${{ ssm:/path/name }}"
    };
  }
  const near = closest(scope, SCOPES);
  const rest = expression.slice(scope.length);
  const suggestion = near === "ssm" ? "ssm:/path/name" : `${near}${rest}`;
  return {
    message: `unknown reference "${expression}"`,
    hint: near ? `did you mean \${{ ${suggestion} }}?` : `a template reads one of: ${SCOPES.map((s) => s === "ssm" ? "ssm:/path" : `${s}.\u2026`).join(", ")}`
  };
}
function parseSsm(name) {
  const depth = name.split("/").filter(Boolean).length;
  if (SSM_NAME.test(name) && name.length <= SSM_MAX_LENGTH && depth <= SSM_MAX_DEPTH) {
    return { scope: "ssm", name };
  }
  return {
    message: `"${name}" is not a valid SSM parameter name`,
    hint: "use letters, digits and _ . - with / between at most 15 levels, and :N for version N, for example ${{ ssm:/ca-a2a/db/host }} or ${{ ssm:/ca-a2a/db/host:3 }}"
  };
}
function isProblem(value) {
  return "message" in value;
}
function scanTemplates(value, path = []) {
  if (typeof value === "string") return scanText(value, path);
  if (Array.isArray(value)) return value.flatMap((item, i) => scanTemplates(item, [...path, i]));
  if (isPlainObject(value)) {
    return Object.entries(value).flatMap(([key, item]) => scanTemplates(item, [...path, key]));
  }
  return [];
}
function scanText(text, path) {
  const uses = [];
  for (const piece of splitTemplates(text)) {
    if ("unclosed" in piece) {
      uses.push({
        path,
        text: piece.unclosed,
        problem: {
          message: "a template is not closed",
          hint: "end it with }}, as in ${{ vars.NAME }}"
        }
      });
    } else if ("template" in piece) {
      const parsed = parseExpression(piece.expression);
      uses.push(
        isProblem(parsed) ? { path, text: piece.template, problem: parsed } : { path, text: piece.template, reference: parsed }
      );
    }
  }
  return uses;
}
function findReferences(value) {
  return scanTemplates(value).flatMap(
    (use) => use.reference ? [{ reference: use.reference, path: use.path, text: use.text }] : []
  );
}
function describeReference(reference) {
  if (reference.scope === "phases") return `phases.${reference.phase}.outputs.${reference.output}`;
  if (reference.scope === "ssm") return `ssm:${reference.name}`;
  return `${reference.scope}.${reference.name}`;
}
function render(value, scope) {
  return mapStrings(value, (text) => renderText(text, scope));
}
function renderKnown(value, scope, unknown) {
  return mapStrings(
    value,
    (text) => splitTemplates(text).map((piece) => {
      if ("literal" in piece) return piece.literal;
      if ("unclosed" in piece) return piece.unclosed;
      const parsed = parseExpression(piece.expression);
      if (isProblem(parsed)) return piece.template;
      const known2 = parsed.scope === "phases" || parsed.scope === "ssm" ? void 0 : own(scope[parsed.scope], parsed.name);
      if (known2 === void 0) unknown(parsed);
      return known2 ?? piece.template;
    }).join("")
  );
}
function mapStrings(value, text) {
  if (typeof value === "string") return text(value);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, text));
  if (isPlainObject(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, mapStrings(item, text)])
    );
  }
  return value;
}
function renderText(text, scope) {
  return splitTemplates(text).map((piece) => {
    if ("literal" in piece) return piece.literal;
    if ("unclosed" in piece) throw new UserError(`a template is not closed: ${piece.unclosed}`);
    const parsed = parseExpression(piece.expression);
    if (isProblem(parsed)) throw new UserError(parsed.message, parsed.hint);
    return lookup(parsed, scope, piece.template);
  }).join("");
}
function own(record2, key) {
  return record2 && Object.hasOwn(record2, key) ? record2[key] : void 0;
}
function lookup(reference, scope, text) {
  if (reference.scope === "phases") return lookupOutput(reference, scope, text);
  const value = own(scope[reference.scope], reference.name);
  if (value !== void 0) return value;
  throw new UserError(`${text} has no value`, missingHint(reference));
}
function lookupOutput(reference, scope, text) {
  const outputs = own(scope.phases, reference.phase);
  if (!outputs) {
    throw new UserError(
      `${text} has no value: phase "${reference.phase}" has not finished`,
      `add "${reference.phase}" to this phase's needs`
    );
  }
  const value = own(outputs, reference.output);
  if (value !== void 0) return value;
  const names = Object.keys(outputs);
  const near = closest(reference.output, names);
  const has = names.length ? `its outputs are: ${names.join(", ")}` : "it reported no outputs";
  throw new UserError(
    `${text} has no value: phase "${reference.phase}" has no output "${reference.output}" (${has})`,
    near ? `did you mean phases.${reference.phase}.outputs.${near}?` : has
  );
}
function missingHint(reference) {
  switch (reference.scope) {
    case "env":
      return `set the environment variable ${reference.name} (in the workflow step's env: or your shell)`;
    case "vars":
      return `declare ${reference.name} under vars: or pass --var ${reference.name}=VALUE`;
    case "inputs":
      return `give the ${reference.name} input (--${reference.name === "environment" ? "env" : reference.name} in the CLI)`;
    case "ssm":
      return `create the parameter ${reference.name} in SSM Parameter Store, in the plan's region`;
    default:
      return `this run has no ${describeReference(reference)}; outside GitHub Actions set GITHUB_${reference.name.toUpperCase()}`;
  }
}
var INPUT_NAMES, GITHUB_NAMES, SCOPES, OPEN, CLOSE, NAME2, DOTTED, SSM_NAME, SSM_MAX_LENGTH, SSM_MAX_DEPTH;
var init_interpolate = __esm({
  "src/plan/interpolate.ts"() {
    "use strict";
    init_errors();
    init_shape();
    init_suggest();
    INPUT_NAMES = ["environment", "version", "dry-run"];
    GITHUB_NAMES = [
      "sha",
      "ref_name",
      "actor",
      "run_id",
      "run_attempt",
      "server_url",
      "repository"
    ];
    SCOPES = ["inputs", "vars", "env", "github", "phases", "ssm"];
    OPEN = "${{";
    CLOSE = "}}";
    NAME2 = /^[A-Za-z_][A-Za-z0-9_-]*$/;
    DOTTED = /^([A-Za-z_][A-Za-z0-9_-]*)((?:\.[A-Za-z0-9_-]+)+)$/;
    SSM_NAME = /^\/?[A-Za-z0-9_.-]+(?:\/[A-Za-z0-9_.-]+)*(?::[1-9][0-9]*)?$/;
    SSM_MAX_LENGTH = 1011;
    SSM_MAX_DEPTH = 15;
  }
});

// src/plan/check-templates.ts
function checkTemplates(root, context) {
  return scanTemplates(root).flatMap((use) => {
    const reader = readerAt(use.path, context.views);
    if (!reader) return [misplaced(use)];
    if (use.problem) return [{ path: use.path, ...use.problem }];
    const problem = checkReference(use.reference, reader, context);
    return problem ? [{ path: use.path, ...problem }] : [];
  });
}
function checkOverrideTemplates(name, value, at2) {
  return scanTemplates(value).flatMap((use) => {
    const problem = use.problem ?? checkReference(use.reference, { kind: "vars" }, { views: [], declaredVars: [] });
    return problem ? [{ path: at2, message: `--var ${name}: ${problem.message}`, hint: problem.hint }] : [];
  });
}
function readerAt(path, views) {
  const [top, index, key, when, , gateKey] = path;
  if (top === "vars" && path.length === 2) return { kind: "vars" };
  if (top !== "phases" || typeof index !== "number") return void 0;
  const view2 = views[index];
  if (!view2) return void 0;
  if (key === "with") return { kind: "phase", view: view2 };
  const inGate = key === "gates" && (when === "before" || when === "after") && gateKey === "with";
  return inGate ? { kind: "phase", view: view2, gate: when } : void 0;
}
function misplaced(use) {
  return {
    path: use.path,
    message: `a template (${use.text}) cannot be used here`,
    hint: "templates are rendered only in with: values and vars: values; write the value itself here"
  };
}
function checkReference(reference, reader, context) {
  if (reader.kind === "vars") return checkVarsReference(reference);
  if (reference.scope === "vars") return checkDeclared(reference.name, context.declaredVars);
  if (reference.scope === "phases") return checkPhaseOutput(reference, reader, context);
  return void 0;
}
function checkVarsReference(reference) {
  if (["inputs", "env", "github"].includes(reference.scope)) return void 0;
  return {
    message: `a variable cannot read ${describeReference(reference)}`,
    hint: "vars may read only inputs, env and github; read other values in a phase's with: instead"
  };
}
function checkDeclared(name, declared) {
  if (declared.includes(name)) return void 0;
  const near = closest(name, declared);
  return {
    message: `vars.${name} is not declared`,
    hint: near ? `did you mean vars.${near}?` : `declare it under vars:, for example vars: { ${name}: VALUE }`
  };
}
function checkPhaseOutput(reference, reader, context) {
  const { view: view2, gate } = reader;
  const { views } = context;
  const ids = views.flatMap((v) => v.id === void 0 ? [] : [v.id]);
  const text = `phases.${reference.phase}.outputs.${reference.output}`;
  if (!ids.includes(reference.phase)) {
    const near = closest(reference.phase, ids);
    return {
      message: `${text} names an unknown phase "${reference.phase}"`,
      hint: near ? `did you mean phases.${near}.outputs.${reference.output}?` : `phases in this plan: ${ids.join(", ")}`
    };
  }
  if (reference.phase === view2.id && gate !== "after") {
    return {
      message: `phase "${view2.id}" cannot read its own outputs`,
      hint: "outputs exist once the phase ends: read them in a later phase or in an after gate"
    };
  }
  const producer = views.find((v) => v.id === reference.phase);
  const unknown = producer && unknownOutput(reference, producer, context);
  if (unknown) return unknown;
  if (reference.phase === view2.id) return void 0;
  const nodes = views.flatMap((v) => v.id === void 0 ? [] : [{ id: v.id, needs: v.needs }]);
  if (view2.id === void 0 || ancestors(nodes, view2.id).has(reference.phase)) return void 0;
  return {
    message: `phase "${view2.id}" reads ${text} but does not need "${reference.phase}"`,
    hint: `add it to needs so it runs first: needs: [${[...view2.needs, reference.phase].join(", ")}]`
  };
}
function unknownOutput(reference, producer, context) {
  const outputs = context.outputsOf?.(producer);
  if (!outputs || outputs.includes(reference.output)) return void 0;
  const near = closest(reference.output, [...outputs]);
  const writes = outputs.length > 0 ? `${producer.uses} writes ${outputs.join(", ")}` : `this ${producer.uses} phase writes no outputs`;
  return {
    message: `phases.${reference.phase}.outputs.${reference.output}: phase "${reference.phase}" has no output "${reference.output}" (${writes})`,
    hint: near ? `did you mean phases.${reference.phase}.outputs.${near}?` : `read one of its outputs: ${outputs.map((o) => `phases.${reference.phase}.outputs.${o}`).join(", ")}`
  };
}
var init_check_templates = __esm({
  "src/plan/check-templates.ts"() {
    "use strict";
    init_suggest();
    init_graph();
    init_interpolate();
  }
});

// src/plan/plan-shape.ts
function titled(shape, title) {
  return { ...shape, jsonSchema: () => ({ title, ...shape.jsonSchema() }) };
}
function defined(shape, name) {
  return { ...shape, jsonSchema: () => ({ $ref: `#/$defs/${name}` }) };
}
function durationDefault(text, description) {
  const shape = withDefault(duration(description), parseDuration(text) ?? 0);
  return { ...shape, jsonSchema: () => ({ ...duration(description).jsonSchema(), default: text }) };
}
function nonEmptyList(shape, noun, hint) {
  return {
    ...shape,
    expected: `a list of ${noun}`,
    jsonSchema: () => ({ ...shape.jsonSchema(), minItems: 1 }),
    parse(value, path, ctx) {
      if (Array.isArray(value) && value.length > 0) return shape.parse(value, path, ctx);
      if (isTemplate(value)) return void 0;
      const found2 = Array.isArray(value) ? "an empty list" : describeValue(value);
      ctx.issues.push({ path, message: `expected a list of ${noun}, found ${found2}`, hint });
      return void 0;
    }
  };
}
function describeValue(value) {
  if (value === null || value === void 0) return "nothing";
  if (typeof value === "object") return "a map";
  return `the ${typeof value === "string" ? "text" : typeof value} ${JSON.stringify(value)}`;
}
function examplePath(path) {
  return path.map((segment, i) => {
    if (typeof segment === "number") return "[]";
    const name = i === 1 && path[0] === "vars" ? "*" : segment;
    return i === 0 ? name : `.${name}`;
  }).join("");
}
var SLUG, REGION, ON_FAILURE, DEFAULT_TIMEOUT, DEFAULT_MAX_PARALLEL, ENV_NAME, version, slug2, onFailure, checkShape, checkList, phaseShape, defaultsObject, defaultsShape, recordShape, environmentShape, planShape, CHECK_EXAMPLE, EXAMPLES;
var init_plan_shape = __esm({
  "src/plan/plan-shape.ts"() {
    "use strict";
    init_shape();
    SLUG = /^[a-z][a-z0-9-]*$/;
    REGION = /^[a-z]{2,4}(?:-[a-z]+)+-[0-9]+$/;
    ON_FAILURE = ["stop", "rollback", "continue"];
    DEFAULT_TIMEOUT = "30m";
    DEFAULT_MAX_PARALLEL = 4;
    ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
    version = {
      expected: "the number 1",
      jsonSchema: () => ({ const: 1, description: "Plan file format version. Always 1." }),
      parse(value, path, ctx) {
        if (value === 1) return 1;
        if (isTemplate(value)) return void 0;
        ctx.issues.push({
          path,
          message: `unsupported plan format version ${JSON.stringify(value) ?? "nothing"}`,
          hint: "write version: 1"
        });
        return void 0;
      }
    };
    slug2 = string({
      pattern: SLUG,
      expected: "a slug (lowercase letters, digits and hyphens, starting with a letter)",
      hint: "for example id: admin-api",
      description: "Unique phase id: lowercase letters, digits and hyphens, starting with a letter."
    });
    onFailure = (description) => oneOf(ON_FAILURE, description);
    checkShape = object(
      {
        name: optional(
          string({ description: "Shown in logs and the summary. Default: the check kind." })
        ),
        uses: string({ description: "The check kind, for example http or sql." }),
        with: optional(unknownValue("The check kind's settings; may use ${{ }} templates."))
      },
      { description: "A check that must pass." }
    );
    checkList = (description) => optional(array(defined(checkShape, "check"), { description }));
    phaseShape = object(
      {
        id: slug2,
        name: optional(string({ description: "Shown in logs and the summary. Default: the id." })),
        uses: string({ description: "The phase kind, for example migrate or ecs-deploy." }),
        with: optional(unknownValue("The phase kind's settings; may use ${{ }} templates.")),
        needs: optional(
          listOf(
            string({ description: "A phase id." }),
            "Phase ids this phase waits for. Default: the phase written before it; [] for none."
          )
        ),
        timeout: optional(duration("How long the phase may run. Default: defaults.timeout.")),
        gates: optional(
          object(
            {
              before: checkList("Checks that must pass before the phase starts."),
              after: checkList("Checks that must pass after the phase ends, for it to succeed.")
            },
            { description: "Checks around the phase." }
          )
        ),
        "on-failure": optional(
          onFailure("What to do when the phase fails. Default: defaults.on-failure.")
        ),
        "always-run": optional(
          boolean(
            "Run even when the release record says this phase already succeeded for this version. Default: true for kinds that change nothing (checks), false for the others."
          )
        )
      },
      { description: "One step of the release." }
    );
    defaultsObject = object(
      {
        timeout: durationDefault(DEFAULT_TIMEOUT, "Timeout of a phase that sets none."),
        "on-failure": withDefault(onFailure("What a failing phase does when it sets nothing."), "stop")
      },
      { description: "Settings for phases that do not set their own." }
    );
    defaultsShape = {
      ...withDefault(defaultsObject, {
        timeout: parseDuration(DEFAULT_TIMEOUT) ?? 0,
        "on-failure": "stop"
      }),
      jsonSchema: defaultsObject.jsonSchema
    };
    recordShape = object(
      {
        store: optional(
          oneOf(
            ["ssm", "none"],
            "ssm (default): the release record in SSM Parameter Store under /phasegate/<app>/<environment>/. none: nothing is remembered between runs and no lease is taken (every selected phase runs)."
          )
        ),
        lease: optional(
          duration(
            "How long a run holds the environment without renewing its lease (it renews it every third of this). A killed run blocks others this long. Default 2m."
          )
        ),
        wait: optional(
          duration(
            "How long a run waits for another run's lease before it fails naming the holder. Default 10m; 0s fails at once."
          )
        )
      },
      { description: "Where the release record is kept, and the release lease." }
    );
    environmentShape = object(
      {
        "promote-from": optional(
          string({
            pattern: /\S/,
            description: "Only versions fully released to this other environment may be released here (for example promote-from: staging)."
          })
        )
      },
      { description: "Rules for one environment." }
    );
    planShape = object(
      {
        version,
        app: string({ pattern: /\S/, description: "The application, shown in the summary." }),
        region: string({
          pattern: REGION,
          expected: "an AWS region such as eu-west-3",
          hint: "for example region: eu-west-3",
          description: "The AWS region every phase works in, for example eu-west-3."
        }),
        vars: optional(
          record(
            string({ description: "Text; may use ${{ inputs.X }}, ${{ env.X }}, ${{ github.X }}." }),
            "Plan variables, read as ${{ vars.NAME }}; --var NAME=VALUE overrides one."
          )
        ),
        secrets: optional(
          array(
            string({
              pattern: ENV_NAME,
              expected: "an environment variable name",
              hint: "for example secrets: [DB_PASSWORD, API_TOKEN]",
              description: "An environment variable whose value is a secret."
            }),
            {
              description: "Environment variables whose values are secrets: masked in every log line, summary and output (read them as ${{ env.NAME }})."
            }
          )
        ),
        defaults: defaultsShape,
        record: optional(recordShape),
        environments: optional(record(environmentShape, "Rules per environment, by environment name.")),
        "max-parallel": withDefault(
          number({
            integer: true,
            min: 1,
            description: "How many phases may run at once when needs allow."
          }),
          DEFAULT_MAX_PARALLEL
        ),
        phases: nonEmptyList(
          array(titled(defined(phaseShape, "phase"), "Phase"), {
            description: "The phases, in order."
          }),
          "phases",
          "write each phase as a list item: - id: migrate (next line: uses: migrate)"
        )
      },
      { description: "A phasegate release plan." }
    );
    CHECK_EXAMPLE = "- uses: http (next line: with: { url: \u2026 })";
    EXAMPLES = {
      version: "version: 1",
      app: "app: ca-a2a",
      region: "region: eu-west-3",
      vars: "vars: { image-tag: v5.1 }",
      "vars.*": "image-tag: v5.1 (a variable holds text)",
      secrets: "secrets: [DB_PASSWORD, API_TOKEN]",
      "secrets[]": "secrets: [DB_PASSWORD, API_TOKEN]",
      defaults: "defaults: { timeout: 30m, on-failure: stop }",
      "defaults.timeout": "timeout: 30m",
      "defaults.on-failure": "on-failure: stop",
      "max-parallel": "max-parallel: 4",
      record: "record: { store: ssm, lease: 2m, wait: 10m }",
      "record.store": "store: ssm",
      "record.lease": "lease: 2m",
      "record.wait": "wait: 10m",
      environments: "environments: { production: { promote-from: staging } }",
      "environments.*": "production: { promote-from: staging }",
      "environments.*.promote-from": "promote-from: staging",
      phases: "phases: [ { id: migrate, uses: migrate } ]",
      "phases[]": "- id: migrate (next line: uses: migrate)",
      "phases[].id": "id: admin-api",
      "phases[].name": "name: Deploy the Admin API",
      "phases[].uses": "uses: ecs-deploy",
      "phases[].with": "with: { cluster: ca-a2a-cluster }",
      "phases[].needs": "needs: [migrate]",
      "phases[].needs[]": "needs: [migrate]",
      "phases[].timeout": "timeout: 15m",
      "phases[].gates": "gates: { before: [ { uses: http, with: { url: \u2026 } } ] }",
      "phases[].gates.before": "before: [ { uses: http, with: { url: \u2026 } } ]",
      "phases[].gates.after": "after: [ { uses: http, with: { url: \u2026 } } ]",
      "phases[].gates.before[]": CHECK_EXAMPLE,
      "phases[].gates.after[]": CHECK_EXAMPLE,
      "phases[].gates.before[].name": "name: orchestrator healthy",
      "phases[].gates.after[].name": "name: orchestrator healthy",
      "phases[].gates.before[].uses": "uses: http",
      "phases[].gates.after[].uses": "uses: http",
      "phases[].on-failure": "on-failure: rollback",
      "phases[].always-run": "always-run: true"
    };
  }
});

// src/plan/load.ts
import { readFile as readFile4 } from "node:fs/promises";
function parsePlan(source, file, options) {
  const yaml = readYaml(source, file);
  const diagnostics = [...yaml.diagnostics];
  const fail = (filePhases2 = []) => ({
    plan: void 0,
    diagnostics: sorted2(diagnostics),
    positions: yaml.positions,
    filePhases: filePhases2
  });
  if (diagnostics.some(isError)) return fail();
  const root = yaml.value;
  if (!isPlainObject(root)) {
    diagnostics.push(topLevelProblem(root, yaml.positions));
    return fail();
  }
  const { parsed, issues } = checkPlan(root, options);
  diagnostics.push(...issues.map((issue) => toDiagnostic(issue, yaml.positions)));
  const filePhases = phasesToCheck(root.phases, issues, options.registry);
  if (!parsed || diagnostics.some(isError)) return fail(filePhases);
  const vars = { ...varsAsWritten(root.vars), ...options.vars };
  const plan = buildPlan(parsed, file, vars, yaml.positions, options.registry);
  return { plan, diagnostics, positions: yaml.positions, filePhases };
}
async function loadPlan(file, options) {
  let source;
  try {
    source = await readFile4(file, "utf8");
  } catch (error2) {
    const code = error2.code;
    throw new UserError(
      `cannot read the plan file ${file}${code ? ` (${code})` : ""}`,
      code === "ENOENT" ? "check the path; it is relative to the working directory" : void 0
    );
  }
  const { plan, diagnostics, positions, filePhases } = parsePlan(source, file, options);
  const context = { planFile: file, registry: options.registry, positions };
  const inFiles = await checkPhaseFiles(filePhases, context);
  if (!plan || inFiles.some(isError)) throw new InvalidFileError([...diagnostics, ...inFiles]);
  for (const warning of [...diagnostics, ...inFiles]) options.onWarning?.(warning);
  return plan;
}
function isError(d) {
  return d.severity === "error";
}
function sorted2(diagnostics) {
  const key = (d) => d.position ? d.position.line * 1e5 + d.position.column : 0;
  return [...diagnostics].sort((a, b) => key(a) - key(b));
}
function topLevelProblem(root, positions) {
  const empty = root === null || root === void 0;
  return {
    message: empty ? "the plan file is empty" : "the top level of a plan must be a map",
    hint: "start with version: 1, app, region and a list of phases (see docs/plan-format.md)",
    position: positions.at([]),
    severity: "error"
  };
}
function checkPlan(root, options) {
  const issues = [];
  const parsed = planShape.parse(root, [], { mode: "check", issues });
  const views = phaseViews(root.phases);
  const defaults = isPlainObject(root.defaults) ? root.defaults : {};
  issues.push(...checkPhases(views, options.registry, defaults["on-failure"]));
  const declaredVars = isPlainObject(root.vars) ? Object.keys(root.vars) : [];
  const outputsOf4 = (view2) => view2.uses === void 0 ? void 0 : options.registry.phase(view2.uses)?.outputs?.(view2.raw.with);
  issues.push(...checkTemplates(root, { views, declaredVars, outputsOf: outputsOf4 }));
  issues.push(...checkOverrides(options.vars ?? {}, declaredVars, "vars" in root));
  return { parsed, issues };
}
function checkOverrides(overrides2, declared, hasVars) {
  const at2 = hasVars ? ["vars"] : [];
  return Object.entries(overrides2).flatMap(([name, value]) => {
    if (declared.includes(name)) return checkOverrideTemplates(name, value, at2);
    const near = closest(name, declared);
    return [
      {
        path: at2,
        target: "key",
        message: `variable "${name}" (from --var or the vars input) is not declared under vars: in the plan`,
        hint: near ? `did you mean --var ${near}=\u2026?` : `declare it with a default value, for example vars: { ${name}: "" }`
      }
    ];
  });
}
function toDiagnostic(issue, positions) {
  const target2 = issue.target ?? (issue.message.startsWith("unknown key") ? "key" : "value");
  const hint = issue.hint ?? defaultHint(issue);
  return {
    message: issue.message,
    ...hint ? { hint } : {},
    position: positions.at(issue.path, target2),
    severity: "error"
  };
}
function defaultHint(issue) {
  const example = EXAMPLES[examplePath(issue.path)];
  if (example) return `for example: ${example}`;
  const expected = /^expected (.+), found /.exec(issue.message)?.[1];
  return expected ? `write ${expected}` : void 0;
}
function varsAsWritten(vars) {
  if (!isPlainObject(vars)) return {};
  return Object.fromEntries(Object.entries(vars).map(([name, value]) => [name, String(value)]));
}
function buildPlan(parsed, file, vars, positions, catalog) {
  const { defaults } = parsed;
  const phases = parsed.phases.map((phase3, index) => {
    const path = ["phases", index];
    const checks = (list2, when) => (list2 ?? []).map((check2, i) => toCheck(check2, positions.at([...path, "gates", when, i])));
    return {
      id: phase3.id,
      name: phase3.name ?? phase3.id,
      uses: phase3.uses,
      with: phase3.with ?? {},
      needs: effectiveNeeds(phase3.needs, parsed.phases[index - 1]?.id),
      timeoutMs: phase3.timeout ?? defaults.timeout,
      gates: {
        before: checks(phase3.gates?.before, "before"),
        after: checks(phase3.gates?.after, "after")
      },
      onFailure: phase3["on-failure"] ?? defaults["on-failure"],
      alwaysRun: phase3["always-run"] ?? catalog.phase(phase3.uses)?.readOnly === true,
      position: positions.at(path)
    };
  });
  return {
    file,
    version: 1,
    app: parsed.app,
    region: parsed.region,
    vars,
    secrets: parsed.secrets ?? [],
    defaults: { timeoutMs: defaults.timeout, onFailure: defaults["on-failure"] },
    maxParallel: parsed["max-parallel"],
    record: {
      store: parsed.record?.store ?? "ssm",
      leaseTtlMs: parsed.record?.lease ?? DEFAULT_LEASE_MS,
      leaseWaitMs: parsed.record?.wait ?? DEFAULT_LEASE_WAIT_MS
    },
    environments: Object.fromEntries(
      Object.entries(parsed.environments ?? {}).map(([name, e]) => [
        name,
        e["promote-from"] ? { promoteFrom: e["promote-from"] } : {}
      ])
    ),
    phases
  };
}
function toCheck(check2, position) {
  return { name: check2.name ?? check2.uses, uses: check2.uses, with: check2.with ?? {}, position };
}
var DEFAULT_LEASE_MS, DEFAULT_LEASE_WAIT_MS;
var init_load = __esm({
  "src/plan/load.ts"() {
    "use strict";
    init_errors();
    init_shape();
    init_suggest();
    init_check_files4();
    init_check_phases();
    init_check_templates();
    init_graph();
    init_plan_shape();
    init_positions();
    DEFAULT_LEASE_MS = 12e4;
    DEFAULT_LEASE_WAIT_MS = 6e5;
  }
});

// src/plan/vars-input.ts
import { parse } from "yaml";
function parseVarAssignments(assignments) {
  const vars = {};
  for (const a of assignments) {
    const eq = a.indexOf("=");
    if (eq <= 0)
      throw new UserError(`--var "${a}" is not name=value`, "write --var image_tag=v5.1");
    vars[a.slice(0, eq)] = a.slice(eq + 1);
  }
  return vars;
}
var init_vars_input = __esm({
  "src/plan/vars-input.ts"() {
    "use strict";
    init_errors();
    init_shape();
  }
});

// src/aws/clients.ts
function quietSdkNodeNotice(env = process.env) {
  env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
}
function createAwsClients(region) {
  const cache = /* @__PURE__ */ new Map();
  quietSdkNodeNotice();
  return {
    region,
    client(Class) {
      if (!cache.has(Class)) cache.set(Class, new Class(clientConfig(region)));
      return cache.get(Class);
    }
  };
}
var clientConfig;
var init_clients = __esm({
  "src/aws/clients.ts"() {
    "use strict";
    clientConfig = (region) => ({
      region,
      maxAttempts: 8,
      retryMode: "adaptive"
    });
  }
});

// src/engine/abort.ts
function phaseSignal(parent, timeoutMs) {
  const controller = new AbortController();
  const onParent = () => controller.abort(parent.reason);
  if (parent.aborted) onParent();
  parent.addEventListener("abort", onParent, { once: true });
  const timer = setTimeout(() => controller.abort(new PhaseTimeout(timeoutMs)), timeoutMs);
  return {
    signal: controller.signal,
    dispose() {
      clearTimeout(timer);
      parent.removeEventListener("abort", onParent);
    }
  };
}
function settleWithin(work, signal, graceMs) {
  return new Promise((resolve4, reject) => {
    let timer;
    const onAbort = () => {
      timer = setTimeout(() => reject(signal.reason), graceMs);
    };
    const finish4 = () => {
      if (timer) clearTimeout(timer);
      signal.removeEventListener("abort", onAbort);
    };
    if (signal.aborted) onAbort();
    else signal.addEventListener("abort", onAbort, { once: true });
    work.then(
      (value) => {
        finish4();
        resolve4(value);
      },
      (error2) => {
        finish4();
        reject(error2);
      }
    );
  });
}
var PhaseTimeout, RunCancelled;
var init_abort = __esm({
  "src/engine/abort.ts"() {
    "use strict";
    init_duration();
    PhaseTimeout = class extends Error {
      constructor(ms) {
        super(`timed out after ${formatDuration(ms)}`);
        this.ms = ms;
      }
      ms;
      name = "PhaseTimeout";
    };
    RunCancelled = class extends Error {
      constructor(why = "the run was cancelled") {
        super(why);
        this.why = why;
      }
      why;
      name = "RunCancelled";
    };
  }
});

// src/engine/settings.ts
function parseFinal(shape, value, what) {
  const ctx = { mode: "final", issues: [] };
  const parsed = shape.parse(value, ["with"], ctx);
  const issue = ctx.issues[0];
  if (issue) {
    throw new UserError(
      `${what}: ${issue.path.join(".")}: ${issue.message} (after rendering its templates)`,
      issue.hint
    );
  }
  return parsed;
}
async function renderWith(items, scope, readSsm, signal) {
  const names = items.flatMap(
    (item) => findReferences(item.with).flatMap(
      ({ reference }) => reference.scope === "ssm" && !(reference.name in scope.ssm) ? [reference.name] : []
    )
  );
  if (names.length > 0) Object.assign(scope.ssm, await readSsm([...new Set(names)], signal));
  return items.map((item) => render(item.with, scope));
}
var init_settings11 = __esm({
  "src/engine/settings.ts"() {
    "use strict";
    init_errors();
    init_interpolate();
  }
});

// src/engine/gates.ts
async function runGate(check2, settings, when, ctx) {
  const started = ctx.now();
  const done = (ok, summary, details2) => ({
    when,
    name: check2.name,
    uses: check2.uses,
    ok,
    summary,
    durationMs: ctx.now() - started,
    ...details2 ? { details: details2 } : {}
  });
  const kind = ctx.registry.check(check2.uses);
  if (!kind) throw new Error(`check kind "${check2.uses}" passed validation but is not registered`);
  const outcome = await checkOnce(kind, check2, settings, ctx);
  ctx.log.info(
    `gate ${when}: ${check2.name}: ${outcome.ok ? "passed" : "FAILED"}: ${outcome.summary}`
  );
  return done(outcome.ok, outcome.summary, outcome.details);
}
async function checkOnce(kind, check2, settings, ctx) {
  let config;
  try {
    config = parseFinal(kind.settings, settings, `check "${check2.name}"`);
  } catch (error2) {
    return failedCheck(error2);
  }
  return runCheck(kind, checkContext(ctx, check2, config));
}
var init_gates = __esm({
  "src/engine/gates.ts"() {
    "use strict";
    init_run6();
    init_kind2();
    init_settings11();
  }
});

// src/engine/phase-runner.ts
async function runPhase(phase3, scope, log, parent, deps) {
  const result2 = {
    ...identity(phase3),
    status: "failed",
    summary: "",
    outputs: {},
    gates: []
  };
  result2.startedAt = deps.now();
  const { signal, dispose } = phaseSignal(parent, phase3.timeoutMs);
  const changes = [];
  try {
    const kind = deps.registry.phase(phase3.uses);
    if (!kind)
      throw new Error(`phase kind "${phase3.uses}" passed validation but is not registered`);
    const ctx = await phaseContext(kind, phase3, scope, log, signal, changes, deps);
    const report = await settleWithin(
      execute(kind, ctx, phase3, scope, result2, deps),
      signal,
      deps.graceMs
    );
    Object.assign(result2, reportFields(report), {
      status: deps.mode === "run" ? "succeeded" : "planned"
    });
  } catch (error2) {
    const blind = deps.mode === "plan" ? couldNotLook(error2) : void 0;
    if (blind !== void 0) {
      planBlind(result2, blind);
      return result2;
    }
    recordFailure(result2, error2, signal);
    if (shouldRollBack(phase3, result2, deps)) {
      const { outputs, ...rollback } = await rollBack2(phase3, scope, log, changes, parent, deps);
      result2.rollback = rollback;
      if (outputs) result2.outputs = { ...result2.outputs, ...outputs };
    }
  } finally {
    dispose();
    result2.endedAt = deps.now();
  }
  return result2;
}
async function execute(kind, ctx, phase3, scope, result2, deps) {
  if (deps.mode === "plan") {
    const report2 = await kind.plan(ctx);
    return { ...report2, plan: report2.plan ?? { changes: !kind.readOnly, items: [] } };
  }
  await passGates(phase3.gates.before, "before", scope, ctx, result2, deps);
  const report = await kind.run(ctx);
  result2.outputs = { ...report.outputs };
  await passGates(phase3.gates.after, "after", scope, ctx, result2, deps);
  return report;
}
async function passGates(checks, when, scope, ctx, result2, deps) {
  if (checks.length === 0) return;
  const rendered = await renderWith(checks, scope, deps.resolveSsm, ctx.signal);
  const outcomes = await Promise.all(
    checks.map(
      (check2, i) => runGate(check2, rendered[i], when, { ...ctx, registry: deps.registry, now: deps.now })
    )
  );
  result2.gates.push(...outcomes);
  const failed2 = outcomes.filter((g) => !g.ok);
  if (failed2.length > 0)
    throw new GateFailed(when, failed2.map((g) => `${g.name}: ${g.summary}`).join("; "));
}
async function phaseContext(kind, phase3, scope, log, signal, changes, deps) {
  const [settings] = await renderWith([phase3], scope, deps.resolveSsm, signal);
  return {
    config: parseFinal(kind.settings, settings, `phase "${phase3.id}"`),
    phase: { id: phase3.id, name: phase3.name, uses: phase3.uses, position: phase3.position },
    plan: { app: deps.plan.app, region: deps.plan.region, file: deps.plan.file },
    run: deps.run,
    signal,
    log,
    aws: deps.aws,
    secrets: deps.secrets,
    recordChange: (change2) => changes.push(change2),
    render: async (value) => (await renderWith([{ with: value }], scope, deps.resolveSsm, signal))[0]
  };
}
function planBlind(result2, reason) {
  result2.status = "planned";
  result2.summary = `could not look: ${reason}`;
  result2.plan = { changes: true, items: [], couldNotLook: reason };
}
function recordFailure(result2, error2, signal) {
  result2.error = classify(error2, signal);
  result2.status = result2.error.kind === "cancelled" ? "cancelled" : "failed";
  result2.summary = result2.error.message;
  if (error2 instanceof UserError && "details" in error2 && typeof error2.details === "string") {
    result2.details = error2.details;
  }
  if (error2 instanceof UserError && "outputs" in error2 && typeof error2.outputs === "object") {
    result2.outputs = { ...result2.outputs, ...error2.outputs };
  }
}
function classify(error2, signal) {
  const reason = signal.aborted ? signal.reason : void 0;
  if (reason instanceof PhaseTimeout) return { kind: "timeout", message: reason.message };
  if (reason instanceof RunCancelled) return cancelled(reason, error2);
  if (error2 instanceof GateFailed) return { kind: "gate", message: error2.message };
  const explained = explainFailure(error2);
  if (explained) return { kind: "failure", message: explained.message, ...hintOf(explained) };
  const bug = error2 instanceof Error ? error2 : new Error(String(error2));
  return {
    kind: "bug",
    message: `unexpected error: ${bug.message}`,
    ...bug.stack ? { stack: bug.stack } : {}
  };
}
function cancelled(reason, error2) {
  const goesOn = error2 instanceof PhaseFailure ? error2.goesOn : void 0;
  if (!goesOn) return { kind: "cancelled", message: reason.message };
  return {
    kind: "cancelled",
    message: `${reason.message}; ${goesOn}`,
    hint: "check them, or re-run the release: a re-run waits for rollouts in flight and judges them before calling anything unchanged",
    goesOn
  };
}
function hintOf(error2) {
  return error2.hint ? { hint: error2.hint } : {};
}
function shouldRollBack(phase3, result2, deps) {
  return deps.mode === "run" && phase3.onFailure === "rollback" && result2.status === "failed";
}
async function rollBack2(phase3, scope, log, changes, parent, deps) {
  const kind = deps.registry.phase(phase3.uses);
  if (!kind?.rollback) return { status: "failed", summary: `${phase3.uses} cannot roll back` };
  if (changes.length === 0)
    return { status: "succeeded", summary: "nothing was changed, nothing to roll back" };
  const { signal, dispose } = phaseSignal(parent, phase3.timeoutMs);
  try {
    log.info(`rolling back ${plural(changes.length, "change")}`);
    const ctx = await phaseContext(kind, phase3, scope, log, signal, [], deps);
    const report = await settleWithin(kind.rollback(ctx, changes), signal, deps.graceMs);
    return {
      status: "succeeded",
      summary: report.summary,
      ...report.details ? { details: report.details } : {},
      ...report.outputs ? { outputs: report.outputs } : {}
    };
  } catch (error2) {
    const problem = classify(error2, signal);
    return {
      status: "failed",
      summary: `rollback failed: ${problem.message}`,
      ...problem.stack ? { details: problem.stack } : {}
    };
  } finally {
    dispose();
  }
}
function reportFields(report) {
  return {
    summary: report.summary,
    outputs: { ...report.outputs },
    ...report.details ? { details: report.details } : {},
    ...report.plan ? { plan: report.plan } : {}
  };
}
function identity(phase3) {
  return { id: phase3.id, name: phase3.name, uses: phase3.uses };
}
var GateFailed;
var init_phase_runner = __esm({
  "src/engine/phase-runner.ts"() {
    "use strict";
    init_errors2();
    init_errors();
    init_text();
    init_abort();
    init_gates();
    init_settings11();
    GateFailed = class extends UserError {
      constructor(when, what) {
        super(`gate ${when} the phase failed: ${what}`);
        this.when = when;
      }
      when;
    };
  }
});

// src/engine/progress.ts
function withProgress(log, startedAt, now2, everyMs = 1e4) {
  let lastText;
  let lastAt = Number.NEGATIVE_INFINITY;
  return {
    info: (m) => log.info(m),
    warning: (m, p) => log.warning(m, p),
    error: (m, p) => log.error(m, p),
    debug: (m) => log.debug(m),
    progress(message) {
      const at2 = now2();
      if (message === lastText && at2 - lastAt < everyMs) return;
      lastText = message;
      lastAt = at2;
      log.progress(`${message} (${formatDuration(at2 - startedAt)} elapsed)`);
    }
  };
}
var init_progress = __esm({
  "src/engine/progress.ts"() {
    "use strict";
    init_duration();
  }
});

// src/engine/selection.ts
function selectPhases(plan, selection) {
  const ids = plan.phases.map((p) => p.id);
  if (selection.phases?.length && selection.from) {
    throw new UserError(
      "give either phases or from, not both",
      "use phases: a,b to pick phases, or from: a to start at a"
    );
  }
  if (selection.phases?.length) {
    for (const id of selection.phases) assertKnown(id, ids, "phases");
    return new Set(selection.phases);
  }
  if (selection.from) {
    assertKnown(selection.from, ids, "from");
    return new Set(ids.slice(ids.indexOf(selection.from)));
  }
  return new Set(ids);
}
function assertKnown(id, ids, option) {
  if (ids.includes(id)) return;
  const near = closest(id, ids);
  throw new UserError(
    `${option}: the plan has no phase "${id}"`,
    near ? `did you mean "${near}"? The plan's phases: ${ids.join(", ")}` : `the plan's phases: ${ids.join(", ")}`
  );
}
function parsePhaseList(text) {
  const ids = (text ?? "").split(/[\s,]+/).map((s) => s.trim()).filter(Boolean);
  return ids.length > 0 ? ids : void 0;
}
var init_selection = __esm({
  "src/engine/selection.ts"() {
    "use strict";
    init_errors();
    init_suggest();
  }
});

// src/engine/run-plan.ts
async function runPlan(options) {
  const now2 = options.now ?? Date.now;
  const deps = { ...options, now: now2, graceMs: options.graceMs ?? 5e3 };
  const selected = selectPhases(options.plan, options.selection ?? {});
  const state = new Schedule(options.plan.phases, selected, scopeFor(options), options.settled);
  const startedAt = now2();
  const running = /* @__PURE__ */ new Map();
  const cancelled2 = aborted(options.signal);
  const start = (phase3) => {
    options.onPhaseStart?.(phase3);
    const log = withProgress(options.logFor(phase3), now2(), now2);
    const work = runPhase(phase3, state.scope, log, options.signal, deps).then((result2) => {
      running.delete(phase3.id);
      state.finish(phase3, result2, options.mode);
      options.onPhaseEnd?.(result2, phase3);
    });
    running.set(phase3.id, work);
  };
  for (; ; ) {
    if (options.signal.aborted) state.abandon("cancelled", cancelledWhy(options.signal));
    state.skipBlocked();
    if (!options.signal.aborted && !state.stopped) {
      for (const phase3 of state.ready(options.plan.maxParallel - running.size)) start(phase3);
    }
    if (running.size === 0) break;
    await Promise.race([...running.values(), ...options.signal.aborted ? [] : [cancelled2]]);
  }
  const why = options.signal.aborted ? cancelledWhy(options.signal) : state.stopped ?? "not started";
  state.abandon(options.signal.aborted ? "cancelled" : "skipped", why);
  return state.result(options.mode, startedAt, now2(), options.signal.aborted);
}
function waitsThroughUnselected(phases, statusOf) {
  const byId = new Map(phases.map((p) => [p.id, p]));
  const reach = (id, seen) => {
    if (seen.has(id)) return [];
    seen.add(id);
    if (statusOf(id) !== "not-selected") return [id];
    return (byId.get(id)?.needs ?? []).flatMap((n) => reach(n, seen));
  };
  return new Map(
    phases.map((p) => [p.id, [...new Set(p.needs.flatMap((n) => reach(n, /* @__PURE__ */ new Set())))]])
  );
}
function scopeFor(options) {
  const phases = options.mode === "plan" ? placeholders(options.plan.phases) : {};
  return { ...options.scope, phases, ssm: {} };
}
function placeholders(phases) {
  const known2 = {};
  const settings = phases.flatMap((p) => [
    p.with,
    ...p.gates.before.map((g) => g.with),
    ...p.gates.after.map((g) => g.with)
  ]);
  for (const { reference } of settings.flatMap((value) => findReferences(value))) {
    if (reference.scope !== "phases") continue;
    known2[reference.phase] ??= {};
    known2[reference.phase][reference.output] = `<phases.${reference.phase}.outputs.${reference.output}>`;
  }
  return known2;
}
function cancelledWhy(signal) {
  return signal.reason instanceof RunCancelled ? `not started: ${signal.reason.message}` : "not started: the run was cancelled";
}
function aborted(signal) {
  return new Promise((resolve4) => {
    if (signal.aborted) resolve4();
    else signal.addEventListener("abort", () => resolve4(), { once: true });
  });
}
var Schedule;
var init_run_plan = __esm({
  "src/engine/run-plan.ts"() {
    "use strict";
    init_interpolate();
    init_abort();
    init_phase_runner();
    init_progress();
    init_result();
    init_selection();
    Schedule = class {
      constructor(phases, selected, scope, settled = []) {
        this.phases = phases;
        this.scope = scope;
        for (const r of settled) {
          this.results.set(r.id, r);
          this.scope.phases[r.id] = r.outputs;
        }
        this.pending = phases.filter((p) => selected.has(p.id) && !this.results.has(p.id));
        for (const p of phases)
          if (!selected.has(p.id) && !this.results.has(p.id))
            this.results.set(p.id, pendingResult(p, "not-selected", "not selected"));
        this.waitsFor = waitsThroughUnselected(phases, (id) => this.results.get(id)?.status);
      }
      phases;
      scope;
      results = /* @__PURE__ */ new Map();
      pending;
      stopped;
      waitsFor;
      /** Takes up to `limit` phases whose needs are met off the pending list, in plan order. */
      ready(limit) {
        const ready = this.pending.filter((p) => this.needsOf(p).every((need) => this.isMet(need))).slice(0, Math.max(0, limit));
        for (const p of ready) this.pending.splice(this.pending.indexOf(p), 1);
        return ready;
      }
      finish(phase3, result2, mode) {
        this.results.set(phase3.id, result2);
        if (result2.status === "succeeded" || result2.status === "planned" || phase3.onFailure === "continue") {
          this.scope.phases[phase3.id] = mode === "plan" ? { ...this.scope.phases[phase3.id], ...result2.outputs } : result2.outputs;
        }
        if (result2.status === "failed" && phase3.onFailure !== "continue" && mode === "run") {
          this.stopped ??= `not started: ${phase3.id} failed`;
        }
      }
      /** Marks phases whose needs failed, were skipped or were cancelled, until nothing changes. */
      skipBlocked() {
        for (let changed = true; changed; ) {
          changed = false;
          for (const phase3 of [...this.pending]) {
            const blocker = this.needsOf(phase3).find((need) => this.blocks(need));
            if (!blocker) continue;
            this.settle(phase3, "skipped", `skipped (needs ${blocker})`);
            changed = true;
          }
        }
      }
      abandon(status, why) {
        this.skipBlocked();
        for (const phase3 of [...this.pending]) this.settle(phase3, status, why);
      }
      result(mode, startedAt, endedAt, cancelled2) {
        const phases = this.phases.map(
          (p) => this.results.get(p.id) ?? pendingResult(p, "skipped", "not started")
        );
        const failed2 = phases.find((p) => p.status === "failed");
        return {
          mode,
          status: cancelled2 ? "cancelled" : failed2 ? "failed" : "succeeded",
          startedAt,
          endedAt,
          phases,
          ...failed2 ? { failedPhase: failed2.id } : {},
          bug: phases.some((p) => p.error?.kind === "bug"),
          releaseComplete: mode === "run" && !cancelled2 && phases.every((p) => p.status === "succeeded" || p.status === "done-earlier")
        };
      }
      settle(phase3, status, why) {
        this.pending.splice(this.pending.indexOf(phase3), 1);
        this.results.set(phase3.id, pendingResult(phase3, status, why));
      }
      needsOf(phase3) {
        return this.waitsFor.get(phase3.id) ?? phase3.needs;
      }
      isMet(need) {
        const r = this.results.get(need);
        if (!r) return false;
        if (r.status === "failed") return this.onFailureOf(need) === "continue";
        return r.status === "succeeded" || r.status === "planned" || r.status === "not-selected" || r.status === "done-earlier";
      }
      blocks(need) {
        const r = this.results.get(need);
        if (!r) return false;
        if (r.status === "failed") return this.onFailureOf(need) !== "continue";
        return r.status === "skipped" || r.status === "cancelled";
      }
      onFailureOf(id) {
        return this.phases.find((p) => p.id === id)?.onFailure;
      }
    };
  }
});

// src/release/identity.ts
import { hostname as hostname2, userInfo as userInfo2 } from "node:os";
function runIdentity(env, commit, url) {
  const withCommit = commit ? { commit } : {};
  if (env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY) {
    return {
      owner: `github:${env.GITHUB_REPOSITORY}/${env.GITHUB_RUN_ID}`,
      runId: env.GITHUB_RUN_ID,
      attempt: env.GITHUB_RUN_ATTEMPT ?? "1",
      ...url ? { url } : {},
      ...env.GITHUB_ACTOR ? { actor: env.GITHUB_ACTOR } : {},
      ...withCommit
    };
  }
  const user = safeUser(env);
  return { owner: `cli:${user}@${hostname2()}/${process.pid}`, actor: user, ...withCommit };
}
function safeUser(env) {
  try {
    return userInfo2().username;
  } catch {
    return env.USER ?? "someone";
  }
}
var init_identity = __esm({
  "src/release/identity.ts"() {
    "use strict";
  }
});

// src/release/record/entries.ts
import { createHash as createHash3 } from "node:crypto";
function phaseDigest(phase3, scope, secrets) {
  const gates = [...phase3.gates.before, ...phase3.gates.after].map((g) => ({
    uses: g.uses,
    with: g.with
  }));
  const what = renderKnown(
    { uses: phase3.uses, with: phase3.with, gates, timeoutMs: phase3.timeoutMs },
    { inputs: scope.inputs, vars: scope.vars, env: {}, github: {} },
    () => {
    }
  );
  const text = secrets.mask(canonicalJson(what));
  return `sha256:${createHash3("sha256").update(text).digest("hex").slice(0, 16)}`;
}
function canonicalJson(value) {
  return JSON.stringify(
    value,
    (_key, v) => v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v
  );
}
function parseEntry(text) {
  const value = parseJson3(text);
  return value && typeof value.phase === "string" && typeof value.status === "string" ? value : void 0;
}
function parseState(text) {
  const value = text ? parseJson3(text) : void 0;
  return {
    ...value?.current ? { current: value.current } : {},
    ...value?.previous ? { previous: value.previous } : {},
    released: Array.isArray(value?.released) ? value.released : []
  };
}
function parseJson3(text) {
  try {
    return JSON.parse(text);
  } catch {
    return void 0;
  }
}
function withRelease(state, released) {
  const same = state.current?.version === released.version;
  return {
    current: released,
    ...same ? state.previous ? { previous: state.previous } : {} : state.current ? { previous: state.current } : {},
    released: [released.version, ...state.released.filter((v) => v !== released.version)].slice(
      0,
      RELEASED_KEPT
    )
  };
}
var RELEASED_KEPT;
var init_entries = __esm({
  "src/release/record/entries.ts"() {
    "use strict";
    init_interpolate();
    RELEASED_KEPT = 50;
  }
});

// src/release/record/keys.ts
function keySegment(name) {
  return [...name].map(
    (c) => /[A-Za-z0-9.-]/.test(c) ? c : [...Buffer.from(c)].map((b) => `_${b.toString(16).padStart(2, "0")}`).join("")
  ).join("");
}
function recordPrefix(app, environment2) {
  return `/phasegate/${keySegment(app)}/${keySegment(environment2)}`;
}
function leaseGeneration(key) {
  const n = Number(key.slice(LEASE_PREFIX.length));
  return key.startsWith(LEASE_PREFIX) && Number.isInteger(n) ? n : void 0;
}
var phaseKey, versionPrefix, STATE_KEY, LEASE_PREFIX, leaseKey;
var init_keys = __esm({
  "src/release/record/keys.ts"() {
    "use strict";
    phaseKey = (version2, phaseId) => `versions/${keySegment(version2)}/phases/${phaseId}`;
    versionPrefix = (version2) => `versions/${keySegment(version2)}/phases/`;
    STATE_KEY = "state";
    LEASE_PREFIX = "lease/";
    leaseKey = (generation) => `${LEASE_PREFIX}${String(generation).padStart(10, "0")}`;
  }
});

// src/release/record/lease.ts
async function latestLease(store, signal) {
  const entries = await store.list(LEASE_PREFIX, signal);
  let latest;
  for (const e of entries) {
    const generation = leaseGeneration(e.key);
    if (generation === void 0 || latest && latest.generation > generation) continue;
    latest = { generation, text: e.value, value: parseLease(e.value) };
  }
  return latest;
}
async function removeOlder(store, generation, signal) {
  const entries = await store.list(LEASE_PREFIX, signal).catch(() => []);
  for (const e of entries) {
    const g = leaseGeneration(e.key);
    if (g !== void 0 && g < generation) await store.delete(e.key, signal).catch(() => void 0);
  }
}
function sameRun(holder, mine) {
  return holder.owner === mine.owner && !holder.released;
}
function parseLease(text) {
  try {
    const v = JSON.parse(text);
    if (typeof v.owner === "string") return v;
  } catch {
  }
  const epoch = (/* @__PURE__ */ new Date(0)).toISOString();
  return {
    owner: "unknown",
    token: "",
    run: { owner: "unknown" },
    acquiredAt: epoch,
    renewedAt: epoch,
    ttlMs: 0
  };
}
function describeHolder(holder) {
  const who = holder.run.url ?? holder.owner;
  const actor = holder.run.actor ? ` (${holder.run.actor})` : "";
  return `held by ${who}${actor} since ${holder.acquiredAt.slice(0, 19).replace("T", " ")} UTC, renewed ${holder.renewedAt.slice(11, 19)}`;
}
function heldBy(holder, waitedMs) {
  return new LeaseHeld(
    `another release is changing this environment: the release lease is ${describeHolder(holder)}; waited ${formatDuration(waitedMs)}`,
    "wait for that run to end (a run that died lets its lease expire after record.lease), or raise record.wait in the plan"
  );
}
function now(o) {
  return (o.now ?? Date.now)();
}
var CLOCK_SKEW_MS, LeaseHeld, ReleaseLease, Watch;
var init_lease = __esm({
  "src/release/record/lease.ts"() {
    "use strict";
    init_duration();
    init_errors();
    init_sleep();
    init_keys();
    CLOCK_SKEW_MS = 3e4;
    LeaseHeld = class extends UserError {
    };
    ReleaseLease = class _ReleaseLease {
      constructor(store, generation, value, o) {
        this.store = store;
        this.generation = generation;
        this.value = value;
        this.o = o;
        this.lastRenewed = now(o);
      }
      store;
      generation;
      value;
      o;
      timer;
      lastRenewed;
      lost = false;
      /** Takes the lease, waiting up to `waitMs` for another run to release it or let it expire. */
      static async acquire(store, run6, o) {
        const started = now(o);
        const at2 = new Date(started).toISOString();
        const mine = {
          owner: run6.owner,
          token: `${run6.owner}#${started.toString(36)}${Math.random().toString(36).slice(2, 8)}`,
          run: run6,
          acquiredAt: at2,
          renewedAt: at2,
          ttlMs: o.ttlMs
        };
        const watch = new Watch();
        let told = false;
        for (; ; ) {
          const latest = await latestLease(store, o.signal);
          const holder = latest?.value;
          if (latest && holder && (holder.token === mine.token || sameRun(holder, mine)))
            return _ReleaseLease.hold(store, latest.generation, mine, o);
          if (!holder || holder.released || watch.expired(latest, now(o))) {
            const next = (latest?.generation ?? 0) + 1;
            if (await store.create(leaseKey(next), JSON.stringify(mine), o.signal)) {
              await removeOlder(store, next, o.signal);
              return _ReleaseLease.hold(store, next, mine, o);
            }
            continue;
          }
          if (now(o) - started >= o.waitMs) throw heldBy(holder, o.waitMs);
          if (!told) o.log.info(`waiting for the release lease: ${describeHolder(holder)}`);
          told = true;
          await sleep(Math.min(o.ttlMs / 4, 5e3), o.signal);
        }
      }
      static async hold(store, generation, mine, o) {
        const lease = new _ReleaseLease(store, generation, mine, o);
        await lease.renew();
        lease.timer = setInterval(() => void lease.renew(), o.ttlMs / 3);
        lease.timer.unref();
        return lease;
      }
      /** Writes a fresh renewal time, then checks nobody took over meanwhile. */
      async renew() {
        if (this.lost) return;
        const at2 = new Date(now(this.o)).toISOString();
        try {
          await this.store.put(
            leaseKey(this.generation),
            JSON.stringify({ ...this.value, renewedAt: at2 }),
            this.o.signal
          );
          const next = await this.store.get(leaseKey(this.generation + 1), this.o.signal);
          if (next) return this.lose(`taken over: ${describeHolder(parseLease(next))}`);
          this.lastRenewed = now(this.o);
        } catch (error2) {
          if (this.o.signal.aborted) return;
          if (now(this.o) - this.lastRenewed > this.o.ttlMs * 2 / 3)
            this.lose(
              `it could not be renewed for ${formatDuration(now(this.o) - this.lastRenewed)} (${String(error2)})`
            );
        }
      }
      /** Marks the lease released so the next run need not wait for it to expire. */
      async release(signal) {
        this.stop();
        if (this.lost) return;
        const next = await this.store.get(leaseKey(this.generation + 1), signal);
        if (next) return;
        await this.store.put(
          leaseKey(this.generation),
          JSON.stringify({
            ...this.value,
            renewedAt: new Date(now(this.o)).toISOString(),
            released: true
          }),
          signal
        );
      }
      /** Stops renewing, leaving the lease to expire (another job of this run still holds it). */
      stop() {
        if (this.timer) clearInterval(this.timer);
        this.timer = void 0;
      }
      lose(why) {
        if (this.lost) return;
        this.lost = true;
        this.stop();
        this.o.onLost(`the release lease was lost, ${why}`);
      }
    };
    Watch = class {
      seen = /* @__PURE__ */ new Map();
      expired(latest, at2) {
        const renewed = Date.parse(latest.value.renewedAt);
        const ttl = latest.value.ttlMs || 0;
        if (Number.isFinite(renewed) && renewed + ttl + CLOCK_SKEW_MS < at2) return true;
        const before = this.seen.get(latest.generation);
        if (!before || before.text !== latest.text) {
          this.seen.set(latest.generation, { text: latest.text, since: at2 });
          return false;
        }
        return at2 - before.since >= ttl;
      }
    };
  }
});

// src/release/record/store.ts
function ssmLocation(prefix, region) {
  return `SSM Parameter Store ${prefix} (${region})`;
}
function lazyStore(location, load) {
  let loading;
  const store = () => {
    loading ??= load();
    return loading;
  };
  return {
    location,
    get: async (key, signal) => (await store()).get(key, signal),
    list: async (prefix, signal) => (await store()).list(prefix, signal),
    create: async (key, value, signal) => (await store()).create(key, value, signal),
    put: async (key, value, signal) => (await store()).put(key, value, signal),
    delete: async (key, signal) => (await store()).delete(key, signal)
  };
}
var RecordTooLarge;
var init_store = __esm({
  "src/release/record/store.ts"() {
    "use strict";
    RecordTooLarge = class extends Error {
      name = "RecordTooLarge";
    };
  }
});

// src/release/record/ssm-store.ts
var ssm_store_exports = {};
__export(ssm_store_exports, {
  SsmRecordStore: () => SsmRecordStore
});
import {
  DeleteParameterCommand,
  GetParameterCommand as GetParameterCommand2,
  GetParametersByPathCommand,
  PutParameterCommand,
  SSMClient as SSMClient6
} from "@aws-sdk/client-ssm";
function isNotFound(error2) {
  return error2 instanceof Error && error2.name === "ParameterNotFound";
}
var MAX_VALUE_BYTES, SsmRecordStore;
var init_ssm_store = __esm({
  "src/release/record/ssm-store.ts"() {
    "use strict";
    init_retry();
    init_store();
    MAX_VALUE_BYTES = 8192;
    SsmRecordStore = class {
      constructor(aws, prefix) {
        this.aws = aws;
        this.prefix = prefix;
        this.location = ssmLocation(prefix, aws.region);
      }
      aws;
      prefix;
      location;
      async get(key, signal) {
        try {
          const out = await this.send(
            signal,
            (c) => c.send(new GetParameterCommand2({ Name: this.name(key) }), { abortSignal: signal })
          );
          return out.Parameter?.Value;
        } catch (error2) {
          if (isNotFound(error2)) return void 0;
          throw error2;
        }
      }
      async list(prefix, signal) {
        const entries = [];
        const path = this.name(prefix).replace(/\/$/, "");
        let token2;
        do {
          const input = { Path: path, Recursive: true, ...token2 ? { NextToken: token2 } : {} };
          const out = await this.send(
            signal,
            (c) => c.send(new GetParametersByPathCommand(input), { abortSignal: signal })
          );
          for (const p of out.Parameters ?? [])
            if (p.Name && p.Value !== void 0)
              entries.push({ key: p.Name.slice(this.prefix.length + 1), value: p.Value });
          token2 = out.NextToken;
        } while (token2);
        return entries.sort((a, b) => a.key.localeCompare(b.key));
      }
      async create(key, value, signal) {
        try {
          const command2 = this.putCommand(key, value, false);
          await this.send(signal, (c) => c.send(command2, { abortSignal: signal }));
          return true;
        } catch (error2) {
          if (error2 instanceof Error && error2.name === "ParameterAlreadyExists") return false;
          throw error2;
        }
      }
      async put(key, value, signal) {
        const command2 = this.putCommand(key, value, true);
        await this.send(signal, (c) => c.send(command2, { abortSignal: signal }));
      }
      async delete(key, signal) {
        try {
          await this.send(
            signal,
            (c) => c.send(new DeleteParameterCommand({ Name: this.name(key) }), { abortSignal: signal })
          );
        } catch (error2) {
          if (!isNotFound(error2)) throw error2;
        }
      }
      putCommand(key, value, overwrite) {
        const bytes2 = Buffer.byteLength(value);
        if (bytes2 > MAX_VALUE_BYTES)
          throw new RecordTooLarge(
            `${this.name(key)} would be ${bytes2} bytes; Parameter Store takes at most ${MAX_VALUE_BYTES}`
          );
        return new PutParameterCommand({
          Name: this.name(key),
          Value: value,
          Type: "String",
          Tier: "Intelligent-Tiering",
          ...overwrite ? { Overwrite: true } : {}
        });
      }
      name(key) {
        return `${this.prefix}/${key}`;
      }
      send(signal, call) {
        return retryingFaults(() => call(this.aws.client(SSMClient6)), { signal });
      }
    };
  }
});

// src/release/record/release-record.ts
function openStore(plan, environment2, aws) {
  if (plan.record.store === "none") return void 0;
  const prefix = recordPrefix(plan.app, environment2);
  return lazyStore(ssmLocation(prefix, aws.region), async () => {
    const { SsmRecordStore: SsmRecordStore2 } = await Promise.resolve().then(() => (init_ssm_store(), ssm_store_exports));
    return new SsmRecordStore2(aws, prefix);
  });
}
var ReleaseRecord;
var init_release_record = __esm({
  "src/release/record/release-record.ts"() {
    "use strict";
    init_entries();
    init_keys();
    init_store();
    ReleaseRecord = class {
      constructor(store, run6) {
        this.store = store;
        this.run = run6;
      }
      store;
      run;
      queue = Promise.resolve();
      /** This version's entries, by phase id. */
      async phases(version2, signal) {
        const entries = await this.store.list(versionPrefix(version2), signal);
        const byPhase = /* @__PURE__ */ new Map();
        for (const e of entries) {
          const entry = parseEntry(e.value);
          if (entry) byPhase.set(entry.phase, entry);
        }
        return byPhase;
      }
      async state(signal) {
        return parseState(await this.store.get(STATE_KEY, signal));
      }
      started(phase3, version2, digest, log, signal) {
        const entry = {
          phase: phase3,
          version: version2,
          status: "running",
          startedAt: (/* @__PURE__ */ new Date()).toISOString(),
          run: this.run,
          digest,
          outputs: {}
        };
        this.write(phaseKey(version2, phase3), entry, log, signal);
      }
      /** `result` must already be masked: its outputs and summary go into the record as they are. */
      ended(result2, version2, digest, log, signal) {
        if (result2.status === "not-selected" || result2.status === "done-earlier") return;
        const status = result2.status === "succeeded" ? "succeeded" : result2.status === "cancelled" ? "cancelled" : "failed";
        const entry = {
          phase: result2.id,
          version: version2,
          status,
          startedAt: new Date(result2.startedAt ?? Date.now()).toISOString(),
          endedAt: new Date(result2.endedAt ?? Date.now()).toISOString(),
          run: this.run,
          digest,
          outputs: result2.outputs,
          summary: result2.summary.split("\n")[0]?.slice(0, 300) ?? ""
        };
        this.write(phaseKey(version2, result2.id), entry, log, signal);
      }
      /** The version is fully released: it becomes current and the one before becomes previous. */
      async released(version2, log, signal) {
        await this.flush();
        try {
          const state = await this.state(signal);
          const next = withRelease(state, { version: version2, at: (/* @__PURE__ */ new Date()).toISOString(), run: this.run });
          await this.store.put(STATE_KEY, JSON.stringify(next), signal);
        } catch (error2) {
          log.warning(`the release record could not mark ${version2} as current: ${String(error2)}`);
        }
      }
      /** Waits for every queued write. */
      flush() {
        return this.queue;
      }
      write(key, value, log, signal) {
        this.queue = this.queue.then(
          () => this.store.put(key, JSON.stringify(value), signal).catch((error2) => {
            log.warning(
              `the release record (${this.store.location}) could not be written: ${String(error2)}; a re-run will run this phase again`
            );
          })
        );
      }
    };
  }
});

// src/release/record/rerun.ts
function decideRerun(input) {
  const settled = [];
  const toRun = [];
  for (const phase3 of input.plan.phases) {
    const entry = succeeded(input.entries.get(phase3.id));
    if (!input.selected.has(phase3.id)) {
      if (entry) settled.push(recorded(phase3, entry));
      continue;
    }
    const same = entry && entry.digest === input.digests.get(phase3.id);
    if (same && !phase3.alwaysRun && !input.force) settled.push(recorded(phase3, entry));
    else toRun.push(phase3.id);
  }
  if (!input.force) refuseMissingNeeds(input, new Set(toRun));
  return { settled, toRun };
}
function succeeded(entry) {
  return entry?.status === "succeeded" ? entry : void 0;
}
function recorded(phase3, entry) {
  return { ...pendingResult(phase3, "done-earlier", describeDone(entry)), outputs: entry.outputs };
}
function describeDone(entry) {
  const when = (entry.endedAt ?? entry.startedAt).slice(0, 16).replace("T", " ");
  const by = entry.run.runId ? `run ${entry.run.runId} attempt ${entry.run.attempt ?? "1"}` : `${entry.run.owner.replace(/\/\d+$/, "")}`;
  return `done in ${by}, ${when} UTC`;
}
function refuseMissingNeeds(input, toRun) {
  const isDone = (id) => succeeded(input.entries.get(id)) !== void 0;
  for (const phase3 of input.plan.phases) {
    if (!toRun.has(phase3.id)) continue;
    const missing = phase3.needs.filter((need) => !toRun.has(need) && !isDone(need));
    if (missing.length === 0) continue;
    const order = input.plan.phases.map((p) => p.id);
    const add = [.../* @__PURE__ */ new Set([...missing, ...toRun])].sort(
      (a, b) => order.indexOf(a) - order.indexOf(b)
    );
    throw new UserError(
      `phase "${phase3.id}" needs ${list(missing)}, which ${missing.length === 1 ? "has" : "have"} not succeeded for ${input.version} in ${input.environment}: it would run against what is deployed now`,
      `run ${list(missing)} first, or add ${missing.length === 1 ? "it" : "them"}: --phases ${add.join(",")} (the action: phases: ${add.join(",")}); --force runs it anyway`
    );
  }
}
function list(ids) {
  return ids.map((id) => `"${id}"`).join(", ");
}
var init_rerun = __esm({
  "src/release/record/rerun.ts"() {
    "use strict";
    init_errors();
    init_result();
  }
});

// src/release/rules.ts
function checkVersionOrder(state, version2, environment2, force) {
  const current = state.current?.version;
  if (!current || current === version2 || force || !isOlder(version2, current, state)) return;
  throw new UserError(
    `${version2} is older than ${current}, the version ${environment2} runs now: releasing it would roll ${environment2} back`,
    `a rollback release is a deliberate act: run again with --force (the action: force: true), or give the version you meant`
  );
}
function isOlder(version2, current, state) {
  const order = state.released;
  if (order.includes(version2)) return order.indexOf(version2) > order.indexOf(current);
  const a = numbers(version2);
  const b = numbers(current);
  if (!a || !b) return false;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d < 0;
  }
  return false;
}
function numbers(version2) {
  const m = /^v?(\d+(?:\.\d+)*)$/.exec(version2);
  return m?.[1]?.split(".").map(Number);
}
function checkPromotion(source, version2, environment2) {
  if (!source || source.state.released.includes(version2)) return;
  const current = source.state.current?.version;
  throw new UserError(
    `${environment2} takes only versions fully released to ${source.environment} (promote-from in the plan), and ${version2} is not${current ? ` (${source.environment} runs ${current})` : ` (nothing is released to ${source.environment} yet)`}`,
    `release ${version2} to ${source.environment} first: phasegate run \u2026 --env ${source.environment} --version ${version2}`
  );
}
var init_rules = __esm({
  "src/release/rules.ts"() {
    "use strict";
    init_errors();
  }
});

// src/release/session.ts
function othersRunning(entries, me, mine) {
  return [...entries.values()].some(
    (e) => e.status === "running" && !mine.has(e.phase) && e.run.owner === me.owner && e.run.attempt === me.attempt
  );
}
function decide(known2, hasRecord, plan, settings, digests) {
  checkVersionOrder(known2.state, settings.version, settings.environment, settings.force);
  checkPromotion(known2.promotedFrom, settings.version, settings.environment);
  if (!hasRecord) return [];
  return decideRerun({
    plan,
    selected: selectPhases(plan, settings.selection),
    entries: known2.entries,
    digests,
    force: settings.force,
    version: settings.version,
    environment: settings.environment
  }).settled;
}
async function readRecord(record2, plan, settings, deps) {
  const empty = { entries: /* @__PURE__ */ new Map(), state: { released: [] } };
  if (!record2) return empty;
  try {
    const [entries, state] = await Promise.all([
      record2.phases(settings.version, deps.signal),
      record2.state(deps.signal)
    ]);
    const from = plan.environments[settings.environment]?.promoteFrom;
    const source = from ? openStore(plan, from, deps.aws) : void 0;
    const promotedFrom = source && from ? {
      environment: from,
      state: await new ReleaseRecord(source, deps.identity).state(deps.signal)
    } : void 0;
    return { entries, state, ...promotedFrom ? { promotedFrom } : {} };
  } catch (error2) {
    if (!settings.dryRun) throw error2;
    deps.log.warning(
      `the release record could not be read (${String(error2)}): the plan shows every selected phase as if nothing were done`
    );
    return empty;
  }
}
var ReleaseSession;
var init_session2 = __esm({
  "src/release/session.ts"() {
    "use strict";
    init_abort();
    init_selection();
    init_entries();
    init_lease();
    init_release_record();
    init_rerun();
    init_rules();
    ReleaseSession = class _ReleaseSession {
      constructor(plan, settings, deps, record2, digests, settled, start) {
        this.plan = plan;
        this.settings = settings;
        this.deps = deps;
        this.record = record2;
        this.digests = digests;
        this.settled = settled;
        this.start = start;
      }
      plan;
      settings;
      deps;
      record;
      digests;
      settled;
      start;
      lease;
      mine = /* @__PURE__ */ new Set();
      /** Reads the record and applies the rules; throws a UserError when the run may not start. */
      static async open(plan, settings, deps) {
        selectPhases(plan, settings.selection);
        const digests = new Map(
          plan.phases.map((p) => [p.id, phaseDigest(p, deps.scope, deps.secrets)])
        );
        const store = openStore(plan, settings.environment, deps.aws);
        const record2 = store ? new ReleaseRecord(store, deps.identity) : void 0;
        const known2 = await readRecord(record2, plan, settings, deps);
        const settled = decide(known2, record2 !== void 0, plan, settings, digests);
        const start = {
          ...known2.state.current ? { current: known2.state.current.version } : {},
          ...store ? { recordLocation: store.location } : {}
        };
        return new _ReleaseSession(plan, settings, deps, record2, digests, settled, start);
      }
      /**
       * Reads the record again once the lease is held: a run that waited for another one finds what
       * that run did (often everything) instead of doing it again.
       */
      async reread() {
        const known2 = await readRecord(this.record, this.plan, this.settings, this.deps);
        this.settled = decide(known2, true, this.plan, this.settings, this.digests);
      }
      /** Takes the environment's lease for a run that changes things; `stop` aborts the run if lost. */
      async takeLease(stop) {
        if (!this.record || this.settings.dryRun) return;
        this.lease = await ReleaseLease.acquire(this.record.store, this.deps.identity, {
          ttlMs: this.plan.record.leaseTtlMs,
          waitMs: this.plan.record.leaseWaitMs,
          signal: this.deps.signal,
          log: this.deps.log,
          onLost: (why) => {
            this.deps.log.error(
              `${why}: stopping, so two runs never change ${this.settings.environment} at once`
            );
            stop.abort(new RunCancelled(why));
          }
        });
        await this.reread();
      }
      started(phase3) {
        if (!this.record || this.settings.dryRun) return;
        this.mine.add(phase3.id);
        this.record.started(
          phase3.id,
          this.settings.version,
          this.digest(phase3.id),
          this.deps.log,
          this.deps.signal
        );
      }
      /** `result` must be masked already. */
      ended(result2) {
        if (!this.record || this.settings.dryRun) return;
        this.record.ended(
          result2,
          this.settings.version,
          this.digest(result2.id),
          this.deps.log,
          this.deps.signal
        );
      }
      /** Waits for the record's writes; a fully released version becomes the current one. */
      async finish(result2) {
        if (!this.record || this.settings.dryRun) return;
        await this.record.flush();
        if (result2.releaseComplete)
          await this.record.released(this.settings.version, this.deps.log, this.deps.signal);
      }
      /**
       * Lets the next run in. Jobs of one workflow run share the lease (one job per phase): a job
       * leaves it held while another phase of its run is still running, and the last one releases
       * it. Failing to release only makes the next run wait for the lease to expire.
       */
      async close() {
        const lease = this.lease;
        if (!lease || !this.record) return;
        lease.stop();
        const signal = AbortSignal.timeout(1e4);
        try {
          const entries = await this.record.phases(this.settings.version, signal);
          if (othersRunning(entries, this.deps.identity, this.mine)) return;
          await lease.release(signal);
        } catch (error2) {
          this.deps.log.warning(
            `the release lease could not be released (${String(error2)}); it expires on its own after ${this.plan.record.leaseTtlMs / 1e3} s`
          );
        }
      }
      digest(id) {
        return this.digests.get(id) ?? "";
      }
    };
  }
});

// src/aws/ssm-parameters.ts
var ssm_parameters_exports = {};
__export(ssm_parameters_exports, {
  ssmResolver: () => ssmResolver
});
import { GetParametersCommand, SSMClient as SSMClient7 } from "@aws-sdk/client-ssm";
function ssmResolver(aws, secrets) {
  return async (names, signal) => {
    const values = {};
    for (let i = 0; i < names.length; i += BATCH) {
      const out = await getParameters(aws, names.slice(i, i + BATCH), signal);
      if (out.InvalidParameters?.length) throw await notFound2(aws, out.InvalidParameters, signal);
      for (const p of out.Parameters ?? []) {
        if (!p.Name || p.Value === void 0) continue;
        if (p.Type === "SecureString") secrets.add(p.Value);
        values[`${p.Name}${p.Selector ?? ""}`] = p.Value;
      }
    }
    return values;
  };
}
function getParameters(aws, names, signal) {
  return aws.client(SSMClient7).send(new GetParametersCommand({ Names: names, WithDecryption: true }), {
    abortSignal: signal
  });
}
async function notFound2(aws, invalid3, signal) {
  const versioned = invalid3.filter((n) => VERSIONED.test(n));
  const bare = [...new Set(versioned.map((n) => n.replace(VERSIONED, "")))].slice(0, BATCH);
  const latest = /* @__PURE__ */ new Map();
  if (bare.length > 0) {
    for (const p of (await getParameters(aws, bare, signal)).Parameters ?? [])
      if (p.Name) latest.set(p.Name, p.Version);
  }
  const missingVersions = versioned.filter((n) => latest.has(n.replace(VERSIONED, "")));
  const missing = invalid3.filter((n) => !missingVersions.includes(n));
  const region = aws.region;
  if (missing.length === 0) {
    const each = missingVersions.map((n) => {
      const name = n.replace(VERSIONED, "");
      return `${n} (the latest version of ${name} is ${latest.get(name) ?? "unknown"})`;
    });
    return new UserError(
      `${wordFor(each.length, "SSM parameter version")} not found in ${region}: ${each.join(", ")}`,
      "fix the version after the colon in the plan, or leave it out to read the latest"
    );
  }
  return new UserError(
    `${wordFor(missing.length, "SSM parameter")} not found in ${region}: ${missing.join(", ")}`,
    "create the parameter, or fix its name in the plan"
  );
}
var BATCH, VERSIONED;
var init_ssm_parameters = __esm({
  "src/aws/ssm-parameters.ts"() {
    "use strict";
    init_errors();
    init_text();
    BATCH = 10;
    VERSIONED = /:[1-9][0-9]*$/;
  }
});

// src/release/release.ts
async function runRelease(plan, settings, frontend, deps) {
  registerPlanSecrets(plan, deps.env, frontend.secrets);
  const aws = deps.aws ?? createAwsClients(plan.region);
  const scope = templateScope(plan, settings, deps.env);
  const url = runUrl(deps.env);
  const session = await ReleaseSession.open(plan, settings, {
    aws,
    secrets: frontend.secrets,
    scope,
    identity: runIdentity(deps.env, settings.commit, url),
    signal: deps.signal,
    log: frontend.releaseLog
  });
  const run6 = runInfo(plan, settings, deps.env, session.start.current);
  frontend.onStart?.(run6, session.start);
  const stop = new AbortController();
  const follow = () => stop.abort(deps.signal.reason);
  if (deps.signal.aborted) follow();
  deps.signal.addEventListener("abort", follow, { once: true });
  try {
    await session.takeLease(stop);
    const result2 = await runPlan({
      plan: settings.maxParallel !== void 0 ? { ...plan, maxParallel: settings.maxParallel } : plan,
      registry: deps.registry,
      run: run6,
      mode: settings.dryRun ? "plan" : "run",
      aws,
      secrets: frontend.secrets,
      resolveSsm: lazySsmResolver(aws, frontend.secrets),
      selection: settings.selection,
      settled: session.settled,
      scope,
      signal: stop.signal,
      logFor: (phase3) => frontend.logFor(phase3),
      onPhaseStart: (phase3) => {
        session.started(phase3);
        frontend.onPhaseStart?.(phase3);
      },
      onPhaseEnd: (result3, phase3) => {
        session.ended(frontend.secrets.maskValues(result3));
        frontend.onPhaseEnd?.(result3, phase3);
      },
      ...deps.graceMs !== void 0 ? { graceMs: deps.graceMs } : {}
    });
    await session.finish(result2);
    return { result: result2, run: run6 };
  } finally {
    deps.signal.removeEventListener("abort", follow);
    await session.close();
  }
}
async function standaloneSettings(plan, phase3, shape, settings, deps) {
  registerPlanSecrets(plan, deps.env, deps.secrets);
  const scope = { ...templateScope(plan, settings, deps.env), phases: {}, ssm: {} };
  const [rendered] = await renderWith(
    [phase3],
    scope,
    lazySsmResolver(deps.aws, deps.secrets),
    deps.signal
  );
  return parseFinal(shape, rendered, `phase "${phase3.id}"`);
}
function registerPlanSecrets(plan, env, secrets) {
  for (const name of plan.secrets) {
    const value = env[name];
    if (value) secrets.add(value);
  }
}
function runInfo(plan, settings, env, current) {
  const url = runUrl(env);
  return {
    app: plan.app,
    region: plan.region,
    environment: settings.environment,
    version: settings.version,
    dryRun: settings.dryRun,
    ...current ? { currentVersion: current } : {},
    ...settings.commit ? { commit: settings.commit } : {},
    ...settings.simulatedTime ? { simulatedTime: true } : {},
    ...url ? { runUrl: url } : {},
    ...env.GITHUB_ACTOR ? { actor: env.GITHUB_ACTOR } : {}
  };
}
function runUrl(env) {
  const {
    GITHUB_SERVER_URL: server,
    GITHUB_REPOSITORY: repo,
    GITHUB_RUN_ID: id,
    GITHUB_RUN_ATTEMPT: attempt
  } = env;
  if (!server || !repo || !id) return void 0;
  return `${server}/${repo}/actions/runs/${id}${attempt && attempt !== "1" ? `/attempts/${attempt}` : ""}`;
}
function templateScope(plan, settings, env) {
  const inputs = {
    environment: settings.environment,
    version: settings.version,
    "dry-run": String(settings.dryRun)
  };
  const github = Object.fromEntries(
    GITHUB_NAMES.map((name) => [name, env[`GITHUB_${name.toUpperCase()}`] ?? ""])
  );
  const vars = render(plan.vars, { inputs, vars: {}, env, github, phases: {}, ssm: {} });
  return { inputs, vars, env, github };
}
function lazySsmResolver(aws, secrets) {
  return async (names, signal) => {
    const { ssmResolver: ssmResolver2 } = await Promise.resolve().then(() => (init_ssm_parameters(), ssm_parameters_exports));
    return ssmResolver2(aws, secrets)(names, signal);
  };
}
var init_release = __esm({
  "src/release/release.ts"() {
    "use strict";
    init_clients();
    init_run_plan();
    init_settings11();
    init_interpolate();
    init_load();
    init_identity();
    init_session2();
  }
});

// src/release/report/outputs.ts
function resultJson(result2, phases) {
  return {
    ...resultFields(result2),
    ...result2.mode === "plan" && phases ? { stages: stages(phases) } : {}
  };
}
function resultFields(result2) {
  return {
    status: result2.status,
    mode: result2.mode,
    startedAt: new Date(result2.startedAt).toISOString(),
    durationMs: result2.endedAt - result2.startedAt,
    failedPhase: result2.failedPhase ?? null,
    // A dry run's answer to "would anything change?"; null for a run (schema/plan-output).
    changes: result2.mode === "plan" ? planHasChanges(result2) : null,
    phases: result2.phases.map((p) => ({
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
var init_outputs6 = __esm({
  "src/release/report/outputs.ts"() {
    "use strict";
    init_result();
    init_graph();
  }
});

// src/release/report/plan-view.ts
function planText(result2, paint = plain) {
  const phases = result2.phases.filter((p) => p.status === "planned" && p.plan);
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
var INDENT, TONE;
var init_plan_view3 = __esm({
  "src/release/report/plan-view.ts"() {
    "use strict";
    init_colour();
    init_markdown();
    INDENT = "    ";
    TONE = { "+": "good", "-": "bad", "@": "dim" };
  }
});

// src/release/report/gantt.ts
function ganttChart(result2) {
  const started = result2.phases.filter((p) => p.startedAt !== void 0 && p.endedAt !== void 0);
  if (started.length === 0) return "";
  const rows = started.map((p, i) => {
    const from = (p.startedAt ?? 0) - result2.startedAt;
    const to = Math.max((p.endedAt ?? 0) - result2.startedAt, from + 1);
    return `    ${label(p.name)} :${TAG[p.status] ?? ""}p${i}, ${from}, ${to}`;
  });
  const axis = axisFormat(result2.endedAt - result2.startedAt);
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
var TAG;
var init_gantt = __esm({
  "src/release/report/gantt.ts"() {
    "use strict";
    TAG = {
      failed: "crit, ",
      cancelled: "crit, ",
      succeeded: "done, "
    };
  }
});

// src/release/report/summary.ts
function renderSummary(input, limitBytes = SUMMARY_LIMIT_BYTES) {
  const order = input.graph && input.result.mode === "plan" ? [`**Order** (phases on one line may run side by side)

${fenced(input.graph, "text")}`] : [];
  const head = [
    header3(input),
    phaseTable(input.result.phases),
    ...order,
    ganttChart(input.result)
  ].join("\n\n");
  const sections = input.result.phases.filter(hasSection).map(phaseSection);
  return fitWithin(head, sections, limitBytes);
}
function header3({ result: result2, run: run6, planFile }) {
  const verb = result2.mode === "plan" ? "dry run" : "release";
  const title = `## ${RUN_ICON[result2.status]} ${run6.app} ${run6.version} \u2192 ${run6.environment}: ${verb} ${result2.status}`;
  const facts = [
    `**Version** ${run6.currentVersion ? `${run6.currentVersion} \u2192 ${run6.version}` : `${run6.version} (first recorded)`}`,
    ...run6.commit ? [`**Commit** \`${run6.commit.slice(0, 7)}\``] : [],
    ...result2.mode === "plan" && result2.status === "succeeded" ? [`**Changes** ${planHasChanges(result2) ? "yes" : "none"}`] : [],
    `**Duration** ${formatDuration(result2.endedAt - result2.startedAt)}`,
    `**Plan** \`${shownPath(planFile)}\``,
    ...run6.runUrl ? [`**Run** [${runLabel(run6.runUrl)}](${run6.runUrl})`] : [],
    ...run6.actor ? [`**By** ${run6.actor}`] : []
  ];
  const failed2 = result2.failedPhase ? result2.phases.find((p) => p.id === result2.failedPhase) : void 0;
  const why = failed2 ? [`> **${failed2.name}** failed: ${oneLine(failed2.summary)}`] : [];
  const now2 = result2.phases.flatMap(
    (p) => p.rollback?.status === "succeeded" ? [`> \u21A9\uFE0F ${oneLine(p.rollback.summary)}`] : []
  );
  const stopped = result2.phases.filter((p) => p.error?.kind === "cancelled").map(
    (p) => `> \u{1F6AB} **${p.name}** cancelled: ${oneLine(p.summary)}${p.error?.goesOn ? "; check them or re-run" : ""}`
  );
  const bug = result2.bug ? [`> \u26A0\uFE0F phasegate hit an unexpected error: ${BUG_NOTE}, with the log.`] : [];
  return [title, ...now2, ...why, ...stopped, facts.join(" \xB7 "), ...bug].join("\n\n");
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
function truncateBytes(text, max) {
  return Buffer.from(text, "utf8").subarray(0, Math.max(0, max)).toString("utf8").replace(/\uFFFD$/, "");
}
var SUMMARY_LIMIT_BYTES, STATUS_ICON, RUN_ICON, ERROR_LABEL, bytes;
var init_summary = __esm({
  "src/release/report/summary.ts"() {
    "use strict";
    init_duration();
    init_errors();
    init_markdown();
    init_paths();
    init_text();
    init_result();
    init_gantt();
    init_plan_view3();
    SUMMARY_LIMIT_BYTES = 1e6;
    STATUS_ICON = {
      succeeded: "\u2705",
      planned: "\u{1F4DD}",
      failed: "\u274C",
      skipped: "\u23ED\uFE0F",
      cancelled: "\u{1F6AB}",
      "not-selected": "\u2796",
      "done-earlier": "\u2611\uFE0F"
    };
    RUN_ICON = { succeeded: "\u2705", failed: "\u274C", cancelled: "\u{1F6AB}" };
    ERROR_LABEL = {
      failure: "Failed",
      gate: "Failed",
      timeout: "Failed",
      cancelled: "Cancelled",
      bug: "Bug"
    };
    bytes = (text) => Buffer.byteLength(text, "utf8");
  }
});

// src/release/report/terminal.ts
function terminalTable(result2, paint = plain) {
  const rows = result2.phases.map((p) => {
    const d = durationOf(p);
    return [
      WORD[p.status],
      p.id,
      p.uses,
      d === void 0 ? "" : formatDuration(d),
      p.summary.split("\n")[0] ?? ""
    ];
  });
  const header6 = ["status", "phase", "kind", "time", "result"];
  const widths = header6.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells, status) => cells.map((c, i) => {
    const padded = i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0);
    return i === 0 && status ? paint(STATUS_TONE[status], c) + padded.slice(c.length) : padded;
  }).join("  ").trimEnd();
  const what = result2.mode === "plan" ? "dry run" : "release";
  const total = `${what} ${paint(RUN_TONE[result2.status], result2.status)} in ${formatDuration(result2.endedAt - result2.startedAt)}${changesNote(result2)}`;
  const body = rows.map((r, i) => line(r, result2.phases[i]?.status));
  return [line(header6), ...body, ...hints(result2), "", total].join("\n");
}
function changesNote(result2) {
  if (result2.mode !== "plan" || result2.status !== "succeeded") return "";
  return planHasChanges(result2) ? ": changes to make" : ": nothing would change";
}
function hints(result2) {
  const lines = result2.phases.flatMap((p) => p.error?.hint ? [`${p.id}: ${p.error.hint}`] : []);
  return lines.length > 0 ? ["", ...lines] : [];
}
var WORD, STATUS_TONE, RUN_TONE;
var init_terminal = __esm({
  "src/release/report/terminal.ts"() {
    "use strict";
    init_colour();
    init_duration();
    init_result();
    WORD = {
      succeeded: "ok",
      planned: "planned",
      failed: "FAILED",
      skipped: "skipped",
      cancelled: "cancelled",
      "not-selected": "-",
      "done-earlier": "done"
    };
    STATUS_TONE = {
      started: "info",
      succeeded: "good",
      planned: "info",
      failed: "bad",
      skipped: "warn",
      cancelled: "warn",
      "not-selected": "dim",
      "done-earlier": "good"
    };
    RUN_TONE = {
      succeeded: "good",
      failed: "bad",
      cancelled: "warn"
    };
  }
});

// src/release/signals.ts
function cancelOnSignals(hardExitMs = 9e3) {
  const controller = new AbortController();
  const onSignal = (name) => {
    if (controller.signal.aborted) return;
    controller.abort(new RunCancelled(`the run was cancelled (${name})`));
    setTimeout(() => process.exit(130), hardExitMs).unref();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  return {
    signal: controller.signal,
    dispose() {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
    }
  };
}
var init_signals = __esm({
  "src/release/signals.ts"() {
    "use strict";
    init_abort();
  }
});

// src/cli/args.ts
import { parseArgs } from "node:util";
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
  const { values, positionals } = parse2(rest, RUN_OPTIONS);
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
      ...defined2({
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
function migrateCommand(rest) {
  const [sub, ...args] = rest;
  if (sub !== "repair" && sub !== "unlock") {
    throw new UserError(
      `unknown migrate command "${sub ?? ""}"`,
      "write: phasegate migrate repair PLAN --phase ID, or phasegate migrate unlock PLAN --phase ID"
    );
  }
  const { values, positionals } = parse2(args, REPAIR_OPTIONS);
  if (values.help) return { name: "help", topic: "migrate" };
  return {
    name: sub === "repair" ? "migrate-repair" : "migrate-unlock",
    plan: onePlan(positionals, `migrate ${sub}`),
    ...defined2({ phase: values.phase }),
    options: {
      vars: values.var ?? [],
      json: false,
      force: false,
      detailedExitcode: false,
      sandbox: false,
      ...defined2({ env: values.env, version: values.version })
    }
  };
}
function statusCommand(rest) {
  const { values, positionals } = parse2(rest, STATUS_OPTIONS);
  if (values.help) return { name: "help", topic: "status" };
  return {
    name: "status",
    plan: onePlan(positionals, "status"),
    json: values.json ?? false,
    ...defined2({ env: values.env, version: values.version })
  };
}
function iamPolicyCommand(rest) {
  const { values, positionals } = parse2(rest, IAM_OPTIONS);
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
    ...defined2({ account: values.account })
  };
}
function workflowCommand(rest) {
  const { values, positionals } = parse2(rest, WORKFLOW_OPTIONS);
  if (values.help) return { name: "help", topic: "workflow" };
  return {
    name: "workflow",
    plan: onePlan(positionals, "workflow"),
    options: {
      check: values.check ?? false,
      kind: workflowKind(values.kind),
      ...defined2({
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
  const { values, positionals } = parse2(rest, SANDBOX_OPTIONS);
  if (values.help) return { name: "help", topic: "sandbox" };
  if (positionals.length > 0)
    throw new UserError(
      `sandbox takes no arguments, got "${positionals[0]}"`,
      "phasegate sandbox --scenario FILE"
    );
  return {
    name: "sandbox",
    ...defined2({
      port: wholeNumber(values.port, "--port"),
      scenario: values.scenario,
      database: values.database
    })
  };
}
function parse2(args, options) {
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
function defined2(values) {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== void 0));
}
var RUN_OPTIONS, IAM_OPTIONS, WORKFLOW_OPTIONS, SANDBOX_OPTIONS, REPAIR_OPTIONS, STATUS_OPTIONS;
var init_args = __esm({
  "src/cli/args.ts"() {
    "use strict";
    init_errors();
    RUN_OPTIONS = {
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
    IAM_OPTIONS = {
      env: { type: "string" },
      account: { type: "string" },
      "read-only": { type: "boolean" },
      var: { type: "string", multiple: true },
      help: { type: "boolean", short: "h" }
    };
    WORKFLOW_OPTIONS = {
      output: { type: "string" },
      action: { type: "string" },
      "role-variable": { type: "string" },
      "tag-environment": { type: "string" },
      kind: { type: "string" },
      check: { type: "boolean" },
      help: { type: "boolean", short: "h" }
    };
    SANDBOX_OPTIONS = {
      port: { type: "string" },
      scenario: { type: "string" },
      database: { type: "string" },
      help: { type: "boolean", short: "h" }
    };
    REPAIR_OPTIONS = { ...RUN_OPTIONS, phase: { type: "string" } };
    STATUS_OPTIONS = {
      env: { type: "string" },
      version: { type: "string" },
      json: { type: "boolean" },
      help: { type: "boolean", short: "h" }
    };
  }
});

// src/release/report/start.ts
function startLine(run6, start) {
  const from = run6.currentVersion ? `${run6.currentVersion} \u2192 ${run6.version}` : `${run6.version} (first release recorded here)`;
  const commit = run6.commit ? `, commit ${run6.commit.slice(0, 7)}` : "";
  const mode = run6.dryRun ? " (dry run: nothing will change)" : "";
  const record2 = start.recordLocation ? `release record: ${start.recordLocation}` : "release record: none (record.store: none): every selected phase runs";
  return `${run6.app} ${run6.environment}: ${from}${commit}${mode}
${record2}`;
}
var init_start2 = __esm({
  "src/release/report/start.ts"() {
    "use strict";
  }
});

// src/cli/terminal-log.ts
function where(position) {
  return position ? `${position.file}:${position.line}:${position.column}: ` : "";
}
var TerminalLog;
var init_terminal_log = __esm({
  "src/cli/terminal-log.ts"() {
    "use strict";
    TerminalLog = class {
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
  }
});

// src/cli/frontend.ts
function terminalFrontend(io, secrets, paint) {
  return {
    secrets,
    releaseLog: new TerminalLog("release", (line) => io.stderr(line), secrets),
    onStart: (run6, start) => io.stderr(`${secrets.mask(startLine(run6, start))}
`),
    logFor: (phase3) => new TerminalLog(phase3.id, (line) => io.stderr(line), secrets),
    onPhaseStart: (phase3) => io.stderr(`[${phase3.id}] ${paint(STATUS_TONE.started, "\u25B6 started")} (${phase3.uses})
`),
    onPhaseEnd: (result2) => io.stderr(endLines(result2, paint))
  };
}
function endLines(result2, paint) {
  const status = paint(STATUS_TONE[result2.status], `\u25A0 ${result2.status}`);
  const failed2 = result2.status === "failed";
  const lines = [
    failed2 ? `${status} (the reason follows at the end)` : `${status}: ${result2.summary}`
  ];
  if (result2.rollback) lines.push(`rollback ${result2.rollback.status}: ${result2.rollback.summary}`);
  return lines.map((line) => `[${result2.id}] ${line}
`).join("");
}
var init_frontend = __esm({
  "src/cli/frontend.ts"() {
    "use strict";
    init_start2();
    init_terminal();
    init_terminal_log();
  }
});

// src/cli/help.ts
function helpText(topic2) {
  return topic2 && TOPICS[topic2] || GENERAL;
}
var GENERAL, TOPICS;
var init_help = __esm({
  "src/cli/help.ts"() {
    "use strict";
    GENERAL = `phasegate: run a release as gated phases against AWS

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
    TOPICS = {
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
  }
});

// src/cli/io.ts
function maskedIo(io, secrets) {
  return {
    stdout: (text) => io.stdout(secrets.mask(text)),
    stderr: (text) => io.stderr(secrets.mask(text)),
    env: io.env,
    ...io.colour ? { colour: io.colour } : {}
  };
}
var init_io = __esm({
  "src/cli/io.ts"() {
    "use strict";
  }
});

// src/release/version.ts
import { execFileSync } from "node:child_process";
import { dirname as dirname3 } from "node:path";
function resolveVersion(given, planFile, env, git = runGit) {
  const commit = env.GITHUB_SHA || git(["rev-parse", "HEAD"], dirname3(planFile)) || void 0;
  const withCommit = commit ? { commit } : {};
  if (given?.trim()) return { version: given.trim(), from: "given", ...withCommit };
  if (env.GITHUB_REF_TYPE === "tag" && env.GITHUB_REF_NAME)
    return { version: env.GITHUB_REF_NAME, from: "tag", ...withCommit };
  if (!env.GITHUB_SHA) {
    const tag = git(["describe", "--tags", "--exact-match", "HEAD"], dirname3(planFile));
    if (tag) return { version: tag, from: "tag", ...withCommit };
  }
  if (commit) return { version: commit.slice(0, 7), from: "commit", commit };
  throw new UserError(
    "no version to release: not started by a tag, and the plan is not in a git checkout",
    "give the version the images are tagged with: --version v1.2.3 (the action: version: v1.2.3)"
  );
}
var runGit;
var init_version = __esm({
  "src/release/version.ts"() {
    "use strict";
    init_errors();
    runGit = (args, cwd) => {
      try {
        return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim().split("\n")[0];
      } catch {
        return void 0;
      }
    };
  }
});

// src/cli/settings.ts
function releaseSettings(file, o, dryRun, env, versionRequired = true) {
  const phases = parsePhaseList(o.phases);
  const { version: version2, commit } = versionRequired ? resolveVersion(o.version, file, env) : { version: o.version ?? "", commit: void 0 };
  return {
    planFile: file,
    environment: o.env ?? "default",
    version: version2,
    ...commit ? { commit } : {},
    dryRun,
    selection: { ...phases ? { phases } : {}, ...o.from ? { from: o.from } : {} },
    force: o.force,
    vars: parseVarAssignments(o.vars),
    ...o.maxParallel !== void 0 ? { maxParallel: o.maxParallel } : {},
    ...o.sandbox ? { simulatedTime: true } : {}
  };
}
var init_settings12 = __esm({
  "src/cli/settings.ts"() {
    "use strict";
    init_selection();
    init_vars_input();
    init_version();
  }
});

// src/sandbox/clock.ts
function abortableTimeout(ms, signal) {
  return new Promise((resolve4, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve4, ms);
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
var ScaledClock, ManualClock;
var init_clock = __esm({
  "src/sandbox/clock.ts"() {
    "use strict";
    ScaledClock = class {
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
    ManualClock = class {
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
        return new Promise((resolve4, reject) => {
          const waiter = { at: this.current + ms, resolve: resolve4 };
          this.waiters.push(waiter);
          signal?.addEventListener("abort", () => {
            this.waiters = this.waiters.filter((w) => w !== waiter);
            reject(signal.reason);
          });
        });
      }
    };
  }
});

// src/sandbox/service.ts
function listed(mistakes) {
  const lines = mistakes.map(
    (m) => `
  ${m.where}: ${m.message}${m.hint ? `
      ${m.hint}` : ""}`
  );
  return `scenario: ${mistakes.length} mistakes${lines.join("")}`;
}
var AwsError, ScenarioError;
var init_service = __esm({
  "src/sandbox/service.ts"() {
    "use strict";
    init_errors();
    AwsError = class extends Error {
      constructor(code, message, status = 400, fields5 = {}) {
        super(message);
        this.code = code;
        this.status = status;
        this.fields = fields5;
        this.name = code;
      }
      code;
      status;
      fields;
    };
    ScenarioError = class extends UserError {
      constructor(where2, message, hint, others = []) {
        const all = [{ where: where2, message, hint }, ...others];
        const one = others.length === 0;
        super(one ? `scenario ${where2}: ${message}` : listed(all), one ? hint : void 0);
        this.where = where2;
        this.mistakes = all;
      }
      where;
      name = "ScenarioError";
      mistakes;
    };
  }
});

// src/sandbox/ecs/agenda.ts
var Agenda;
var init_agenda = __esm({
  "src/sandbox/ecs/agenda.ts"() {
    "use strict";
    Agenda = class {
      entries = [];
      seq = 0;
      /** Simulated time of the action running now, or of the last catch-up. */
      current;
      constructor(start) {
        this.current = start;
      }
      /** Runs `action` at `at`; a time already past runs at the current time. */
      schedule(at2, run6) {
        const entry = { at: Math.max(at2, this.current), seq: this.seq++, run: run6 };
        const index = this.entries.findIndex((e) => e.at > entry.at);
        if (index === -1) this.entries.push(entry);
        else this.entries.splice(index, 0, entry);
      }
      /** Runs every action due at or before `now`, including ones those actions schedule. */
      runUntil(now2) {
        for (let next = this.entries[0]; next && next.at <= now2; next = this.entries[0]) {
          this.entries.shift();
          this.current = next.at;
          next.run(next.at);
        }
        this.current = Math.max(this.current, now2);
      }
      get size() {
        return this.entries.length;
      }
    };
  }
});

// src/sandbox/ecs/service-tasks.ts
function tasksOfService(state, service3) {
  return [...state.tasks.values()].filter(
    (t2) => t2.cluster === service3.cluster && t2.serviceName === service3.name
  );
}
function tasksOfDeployment(state, deployment) {
  return [...state.tasks.values()].filter((t2) => t2.deploymentId === deployment.id);
}
function countsOf(tasks) {
  return {
    running: tasks.filter(isRunning).length,
    pending: tasks.filter(isPending).length,
    live: tasks.filter(isLive).length
  };
}
var isLive, isRunning, isPending;
var init_service_tasks = __esm({
  "src/sandbox/ecs/service-tasks.ts"() {
    "use strict";
    isLive = (t2) => t2.lastStatus !== "STOPPED";
    isRunning = (t2) => t2.lastStatus === "RUNNING";
    isPending = (t2) => t2.lastStatus === "PROVISIONING" || t2.lastStatus === "PENDING";
  }
});

// src/sandbox/ecs/health.ts
function agentName(serviceName) {
  return serviceName.replace(
    /(^|-)([a-z])/g,
    (_m, dash, c) => dash + c.toUpperCase()
  );
}
function imageTag2(image) {
  const at2 = image.indexOf("@");
  if (at2 !== -1) return image.slice(at2 + 1);
  const lastSlash = image.lastIndexOf("/");
  const colon = image.lastIndexOf(":");
  return colon > lastSlash ? image.slice(colon + 1) : "latest";
}
function healthReply(state, method, path) {
  const match = ROUTE.exec(path.split("?")[0] ?? "");
  if (!match || method !== "GET") return void 0;
  const service3 = [...state.services.values()].find(
    (s) => s.name === match[1] && s.health && s.status === "ACTIVE"
  );
  if (!service3?.health) return void 0;
  const version2 = runningVersion(state, service3);
  if (version2 === void 0) return { status: 503, body: { status: "unhealthy" } };
  return { status: 200, body: { status: "healthy", agent: service3.health.agent, version: version2 } };
}
function runningVersion(state, service3) {
  for (const deployment of service3.deployments) {
    const running = tasksOfDeployment(state, deployment).filter((t2) => isRunning(t2) && !t2.failing);
    if (running.length === 0) continue;
    const first = deployment.taskDefinition.body.containerDefinitions[0];
    return imageTag2(String(first?.image ?? ""));
  }
  return void 0;
}
var ROUTE;
var init_health = __esm({
  "src/sandbox/ecs/health.ts"() {
    "use strict";
    init_service_tasks();
    ROUTE = /^\/([A-Za-z0-9_-]+)\/health\/?$/;
  }
});

// src/sandbox/ecs/ids.ts
import { createHash as createHash4 } from "node:crypto";
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
var IdSource, Arns;
var init_ids = __esm({
  "src/sandbox/ecs/ids.ts"() {
    "use strict";
    IdSource = class {
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
        return createHash4("sha256").update(`${kind}:${this.counter}`).digest("hex");
      }
    };
    Arns = class {
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
      service(cluster2, name) {
        return this.ecs(`service/${cluster2}/${name}`);
      }
      task(cluster2, id) {
        return this.ecs(`task/${cluster2}/${id}`);
      }
      container(cluster2, taskId2, uuid) {
        return this.ecs(`container/${cluster2}/${taskId2}/${uuid}`);
      }
      /** `container-instance/<cluster>/<id>`, the long ARN format ECS uses since 2018. */
      containerInstance(cluster2, id) {
        return this.ecs(`container-instance/${cluster2}/${id}`);
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
  }
});

// src/sandbox/ecs/outcomes.ts
function imageMatches(pattern, image) {
  if (!pattern.includes("*")) return pattern === image;
  const escaped = pattern.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${escaped.join(".*")}$`).test(image);
}
function containersOf2(td) {
  return td.body.containerDefinitions;
}
function badImageOf(scenario, td) {
  for (const c of containersOf2(td)) {
    const image = String(c.image);
    const bad = scenario.badImages.find((b) => imageMatches(b.image, image));
    if (bad) return { bad, container: String(c.name), image };
  }
  return void 0;
}
function cannotPull(image) {
  return `CannotPullContainerError: pull image manifest has been retried 7 time(s): failed to resolve ref ${image}: ${image}: not found`;
}
function failureOf(bad) {
  if (bad.unhealthy) return "health-check";
  return bad["exit-code"] === void 0 ? "launch" : "exit";
}
function failingPlan(scenario, found2) {
  const failAfter = found2.bad["fail-after"] ?? scenario.timing["task-fail-after"];
  const failing = failureOf(found2.bad);
  const reason = found2.bad.reason;
  if (failing === "launch") {
    return {
      plan: { kind: "no-start", failAfter, reason: reason ?? cannotPull(found2.image) },
      failing
    };
  }
  const exitCode2 = found2.bad["exit-code"] ?? 0;
  const plan = {
    kind: "run",
    startAfter: failAfter / 2,
    runFor: failAfter / 2,
    exits: { [found2.container]: { exitCode: exitCode2, ...reason !== void 0 ? { reason } : {} } },
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
function commandOf(td, overrides2, name) {
  const list2 = overrides2.containerOverrides ?? [];
  const override = list2.find((o) => o.name === name)?.command;
  const definition = containersOf2(td).find((c) => c.name === name)?.command;
  const command2 = override ?? definition;
  return Array.isArray(command2) ? command2.join(" ") : "";
}
function matches(entry, td, overrides2) {
  if (entry.family !== void 0 && entry.family !== td.family) return false;
  const containers2 = containersOf2(td);
  if (entry.image !== void 0) {
    const image = entry.image;
    if (!containers2.some((c) => imageMatches(image, String(c.image)))) return false;
  }
  if (entry.command !== void 0) {
    const wanted = entry.command;
    if (!containers2.some((c) => commandOf(td, overrides2, String(c.name)).includes(wanted))) {
      return false;
    }
  }
  return true;
}
function runTaskEntry(scenario, td, overrides2) {
  return scenario.runTask.find((e) => matches(e, td, overrides2));
}
function runTaskPlan2(scenario, td, overrides2) {
  const bad = badImageOf(scenario, td);
  if (bad) return failingPlan(scenario, bad).plan;
  const entry = runTaskEntry(scenario, td, overrides2);
  const startAfter = scenario.timing["task-start"];
  if (entry?.["stop-reason"] !== void 0) {
    return { kind: "no-start", failAfter: startAfter, reason: entry["stop-reason"] };
  }
  const exits = {};
  const logs = {};
  let firstEssential = true;
  for (const c of containersOf2(td)) {
    const name = String(c.name);
    const essential = c.essential !== false;
    const own2 = entry?.containers?.[name];
    const reason = own2?.reason ?? (essential ? entry?.reason : void 0);
    exits[name] = {
      exitCode: own2?.["exit-code"] ?? (essential ? entry?.["exit-code"] ?? 0 : 0),
      ...reason !== void 0 ? { reason } : {}
    };
    const lines = [
      ...essential && firstEssential ? entry?.logs ?? [] : [],
      ...own2?.logs ?? []
    ];
    if (lines.length > 0) logs[name] = lines;
    if (essential) firstEssential = false;
  }
  const runFor = entry?.["run-time"] ?? scenario.timing["task-run"];
  return { kind: "run", startAfter, runFor, exits, logs };
}
var UNHEALTHY;
var init_outcomes = __esm({
  "src/sandbox/ecs/outcomes.ts"() {
    "use strict";
    UNHEALTHY = {
      stopCode: "ServiceSchedulerInitiated",
      stoppedReason: "Task failed container health checks"
    };
  }
});

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
  const error2 = issuesToError(ctx.issues);
  if (error2) throw error2;
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
var init_scenario_shapes = __esm({
  "src/sandbox/scenario-shapes.ts"() {
    "use strict";
    init_shape();
    init_service();
  }
});

// src/sandbox/ecs/placement.ts
function placementFailures(failure, where2) {
  if (failure.reason === "capacity-unavailable") {
    return [{ reason: FARGATE_CAPACITY_UNAVAILABLE, ...detailOf(failure) }];
  }
  const instance = where2.arns.containerInstance(where2.cluster, where2.ids.hex(32));
  return [{ arn: instance, reason: failure.reason, ...detailOf(failure) }];
}
function detailOf(failure) {
  return failure.detail !== void 0 ? { detail: failure.detail } : {};
}
var PLACEMENT_REASONS, FARGATE_CAPACITY_UNAVAILABLE;
var init_placement2 = __esm({
  "src/sandbox/ecs/placement.ts"() {
    "use strict";
    PLACEMENT_REASONS = [
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
    FARGATE_CAPACITY_UNAVAILABLE = "Capacity is unavailable at this time. Please try again later or in a different availability zone";
  }
});

// src/sandbox/ecs/scenario.ts
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
var FAMILY, timing, taskDefinition, circuitBreaker, service2, badImage, containerOutcome, placementFailure, runTask, ecsSectionShape, DEFAULT_TIMING;
var init_scenario = __esm({
  "src/sandbox/ecs/scenario.ts"() {
    "use strict";
    init_shape();
    init_scenario_shapes();
    init_service();
    init_placement2();
    FAMILY = /^[A-Za-z0-9_-]{1,255}$/;
    timing = object(
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
    taskDefinition = refine(
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
    circuitBreaker = object({
      enable: boolean(),
      rollback: withDefault(boolean(), false)
    });
    service2 = object({
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
    badImage = object({
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
    containerOutcome = object({
      "exit-code": optional(number({ integer: true })),
      reason: optional(string()),
      logs: optional(array(string()))
    });
    placementFailure = object(
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
    runTask = object({
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
    ecsSectionShape = object(
      {
        timing: optional(timing),
        clusters: optional(array(string())),
        "task-definitions": optional(array(taskDefinition)),
        services: optional(array(service2)),
        "bad-images": optional(array(badImage)),
        "run-task": optional(array(runTask))
      },
      { description: "The simulated Amazon ECS (docs/sandbox-ecs.md)." }
    );
    DEFAULT_TIMING = {
      rollout: 2e4,
      "task-start": 4e3,
      "task-run": 5e3,
      "task-stop": 2e3,
      "task-fail-after": 5e3,
      "relaunch-delay": 0,
      "rollback-delay": 0
    };
  }
});

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
  const found2 = [];
  const failures = [];
  for (const ref of refs) {
    const item = find(ref);
    if (item) found2.push(toWire(item));
    else failures.push({ arn: ref.startsWith("arn:") ? ref : arnOf(ref), reason: "MISSING" });
  }
  return { found: found2, failures };
}
var init_wire = __esm({
  "src/sandbox/ecs/wire.ts"() {
    "use strict";
    init_service();
  }
});

// src/sandbox/ecs/clusters.ts
function resolveCluster(state, input) {
  const name = nameFromArn(optionalString(input, "cluster") ?? "default");
  const cluster2 = state.clusters.get(name);
  if (!cluster2) throw new AwsError("ClusterNotFoundException", "Cluster not found.");
  return cluster2;
}
function addCluster(state, name) {
  if (!state.clusters.has(name)) state.clusters.set(name, { name, arn: state.arns.cluster(name) });
}
function findService2(state, cluster2, nameOrArn) {
  const inArn = clusterFromArn(nameOrArn);
  if (inArn !== void 0 && inArn !== cluster2.name) return void 0;
  return state.services.get(`${cluster2.name}/${nameFromArn(nameOrArn)}`);
}
function activeService(state, cluster2, nameOrArn) {
  const service3 = findService2(state, cluster2, nameOrArn);
  if (!service3) throw new AwsError("ServiceNotFoundException", "Service not found.");
  if (service3.status !== "ACTIVE") {
    throw new AwsError("ServiceNotActiveException", "Service was not ACTIVE.");
  }
  return service3;
}
var init_clusters = __esm({
  "src/sandbox/ecs/clusters.ts"() {
    "use strict";
    init_service();
    init_ids();
    init_wire();
  }
});

// src/sandbox/ecs/circuit-breaker.ts
function failureThreshold(config, desiredCount) {
  const { type, value } = config.thresholdConfiguration ?? { type: "BOUNDED_PERCENT", value: 50 };
  if (type === "COUNT") return value;
  const percent = Math.ceil(value / 100 * desiredCount);
  if (type === "UNBOUNDED_PERCENT") return Math.max(1, percent);
  return Math.min(200, Math.max(3, percent));
}
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
var DISABLED;
var init_circuit_breaker = __esm({
  "src/sandbox/ecs/circuit-breaker.ts"() {
    "use strict";
    init_wire();
    DISABLED = { enable: false, rollback: false };
  }
});

// src/sandbox/ecs/events.ts
function addEvent(state, service3, at2, message) {
  service3.events.unshift({ id: state.ids.uuid(), createdAt: at2, message });
  if (service3.events.length > KEPT_EVENTS) service3.events.length = KEPT_EVENTS;
}
var KEPT_EVENTS, taskList, say, reasons;
var init_events2 = __esm({
  "src/sandbox/ecs/events.ts"() {
    "use strict";
    KEPT_EVENTS = 100;
    taskList = (tasks) => tasks.map((t2) => `(task ${t2.id})`).join(" ");
    say = {
      started: (s, tasks) => `(service ${s.name}) has started ${tasks.length} tasks: ${taskList(tasks)}.`,
      stopped: (s, tasks) => `(service ${s.name}) has stopped ${tasks.length} running tasks: ${taskList(tasks)}.`,
      completed: (s, deploymentId) => `(service ${s.name}) (deployment ${deploymentId}) deployment completed.`,
      steady: (s) => `(service ${s.name}) has reached a steady state.`,
      failed: (s, deploymentId) => `(service ${s.name}) (deployment ${deploymentId}) deployment failed: tasks failed to start.`,
      rollingBack: (s, failedId, targetId) => `(service ${s.name}) (deployment ${failedId}) rolling back to deployment ${targetId}.`,
      unstable: (s) => `(service ${s.name}) is unable to consistently start tasks successfully. For more information, see the Troubleshooting section of the Amazon ECS Developer Guide.`
    };
    reasons = {
      inProgress: (id) => `ECS deployment ${id} in progress.`,
      completed: (id) => `ECS deployment ${id} completed.`,
      failed: "ECS deployment circuit breaker: tasks failed to start.",
      rollingBack: (targetId) => `ECS deployment circuit breaker: rolling back to deploymentId ${targetId}.`,
      /** stoppedReason of tasks the scheduler stops while replacing or scaling. */
      scaling: (deploymentId) => `Scaling activity initiated by (deployment ${deploymentId})`
    };
  }
});

// src/sandbox/ecs/tasks.ts
function launchTask(state, spec, plan, at2, hooks = {}) {
  const id = state.ids.taskId();
  const task = {
    id,
    arn: state.arns.task(spec.cluster, id),
    cluster: spec.cluster,
    taskDefinition: spec.taskDefinition,
    group: spec.group,
    launchType: spec.launchType,
    overrides: spec.overrides ?? { containerOverrides: [], inferenceAcceleratorOverrides: [] },
    containers: containersOf3(state, spec, id),
    lastStatus: "PROVISIONING",
    desiredStatus: "RUNNING",
    createdAt: at2,
    version: 1,
    ...spec.startedBy !== void 0 ? { startedBy: spec.startedBy } : {},
    ...spec.serviceName !== void 0 ? { serviceName: spec.serviceName } : {},
    ...spec.deploymentId !== void 0 ? { deploymentId: spec.deploymentId } : {},
    ...spec.failing ? { failing: spec.failing } : {}
  };
  state.tasks.set(id, task);
  hooksOf.set(task, hooks);
  schedulePlan(state, task, plan, at2);
  return task;
}
function containersOf3(state, spec, taskId2) {
  const definitions = spec.taskDefinition.body.containerDefinitions;
  return definitions.map((c) => {
    const name = String(c.name);
    const log = awslogsDestination(c, name, taskId2);
    return {
      name,
      image: String(c.image),
      essential: c.essential !== false,
      arn: state.arns.container(spec.cluster, taskId2, state.ids.uuid()),
      runtimeId: `${taskId2}-${state.ids.hex(10)}`,
      lastStatus: "PENDING",
      ...log ? { log } : {}
    };
  });
}
function awslogsDestination(c, name, taskId2) {
  const config = c.logConfiguration;
  const options = config?.options ?? {};
  const group = options["awslogs-group"];
  const prefix = options["awslogs-stream-prefix"];
  if (config?.logDriver !== "awslogs" || !group || !prefix) return void 0;
  return { group, stream: `${prefix}/${name}/${taskId2}` };
}
function schedulePlan(state, task, plan, at2) {
  const untilPending = (plan.kind === "run" ? plan.startAfter : plan.failAfter) / 2;
  state.agenda.schedule(at2 + untilPending, (t2) => {
    if (task.desiredStatus !== "RUNNING") return;
    change(task, { lastStatus: "PENDING", pullStartedAt: t2 });
  });
  if (plan.kind === "no-start") {
    state.agenda.schedule(at2 + plan.failAfter, (t2) => failToStart(task, plan.reason, t2));
    return;
  }
  state.agenda.schedule(at2 + plan.startAfter, (t2) => {
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
function failToStart(task, reason, at2) {
  if (task.lastStatus === "STOPPED" || task.desiredStatus !== "RUNNING") return;
  for (const c of task.containers) {
    c.lastStatus = "STOPPED";
    c.reason = reason;
  }
  finish3(task, at2, { stopCode: "TaskFailedToStart", stoppedReason: reason });
}
function exit(task, plan, at2) {
  if (task.lastStatus === "STOPPED" || task.desiredStatus !== "RUNNING") return;
  for (const c of task.containers) {
    const outcome = plan.exits[c.name] ?? { exitCode: 0 };
    c.lastStatus = "STOPPED";
    c.exitCode = outcome.exitCode;
    if (outcome.reason !== void 0) c.reason = outcome.reason;
  }
  finish3(task, at2, plan.stop ?? ESSENTIAL_EXITED);
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
    finish3(task, t2, { stopCode: stop.stopCode, stoppedReason: stop.reason });
  };
  if (stop.delay === 0) complete(stop.at);
  else state.agenda.schedule(stop.at + stop.delay, complete);
}
function finish3(task, at2, why) {
  change(task, {
    lastStatus: "STOPPED",
    desiredStatus: "STOPPED",
    stoppingAt: task.stoppingAt ?? at2,
    executionStoppedAt: at2,
    stoppedAt: at2,
    ...why
  });
  hooksOf.get(task)?.onStopped?.(task, at2);
}
function change(task, fields5) {
  Object.assign(task, fields5);
  task.version += 1;
}
function scheduleLogs(state, task, plan, startedAt) {
  for (const c of task.containers) {
    const lines = plan.logs[c.name] ?? [];
    const destination2 = c.log;
    if (!destination2 || lines.length === 0) continue;
    const step = plan.runFor !== void 0 ? plan.runFor / lines.length : 100;
    lines.forEach((message, i) => {
      const timestamp = Math.round(startedAt + step * i);
      state.agenda.schedule(
        timestamp,
        () => state.logs.append(destination2.group, destination2.stream, [{ timestamp, message }])
      );
    });
  }
}
function forgetOldTasks(state, now2) {
  const HOUR = 36e5;
  for (const [id, task] of state.tasks) {
    if (task.stoppedAt !== void 0 && now2 - task.stoppedAt > HOUR) state.tasks.delete(id);
  }
}
var ESSENTIAL_EXITED, hooksOf;
var init_tasks2 = __esm({
  "src/sandbox/ecs/tasks.ts"() {
    "use strict";
    ESSENTIAL_EXITED = {
      stopCode: "EssentialContainerExited",
      stoppedReason: "Essential container in task exited"
    };
    hooksOf = /* @__PURE__ */ new WeakMap();
  }
});

// src/sandbox/ecs/throttle.ts
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
var MAX_RELAUNCH_DELAY;
var init_throttle = __esm({
  "src/sandbox/ecs/throttle.ts"() {
    "use strict";
    MAX_RELAUNCH_DELAY = 27 * 6e4;
  }
});

// src/sandbox/ecs/deployments.ts
function startDeployment(state, service3, taskDefinition2, at2, options = {}) {
  const id = state.ids.deploymentId();
  const deployment = {
    id,
    status: "PRIMARY",
    taskDefinition: taskDefinition2,
    desiredCount: service3.desiredCount,
    failedTasks: 0,
    createdAt: at2,
    updatedAt: at2,
    rolloutState: options.completed ? "COMPLETED" : "IN_PROGRESS",
    rolloutStateReason: options.completed ? reasons.completed(id) : options.rollbackTo ? reasons.rollingBack(options.rollbackTo) : reasons.inProgress(id),
    launchType: service3.launchType,
    failedBatches: 0,
    isRollback: options.rollbackTo !== void 0,
    ...service3.networkConfiguration ? { networkConfiguration: service3.networkConfiguration } : {}
  };
  for (const old of service3.deployments) {
    old.status = "ACTIVE";
    stopTasks2(state, service3, tasksOfDeployment(state, old).filter(isPending), deployment, at2);
  }
  const hasOldTasks = tasksOfService(state, service3).some(isRunning);
  service3.deployments.unshift(deployment);
  service3.awaitingSteadyState = true;
  if (options.completed) service3.lastCompleted = { deploymentId: id, taskDefinition: taskDefinition2 };
  const startWindow = options.completed ? 0 : hasOldTasks ? service3.rolloutTime / 2 : service3.rolloutTime;
  const launched = launch(state, service3, deployment, service3.desiredCount, at2, startWindow);
  if (!launched.some(countsAsFailure)) drainOthers(state, service3, deployment, at2);
  evaluate(state, service3, at2);
  return deployment;
}
function launch(state, service3, deployment, count, at2, window) {
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
        cluster: service3.cluster,
        taskDefinition: deployment.taskDefinition,
        group: `service:${service3.name}`,
        launchType: service3.launchType,
        startedBy: deployment.id,
        serviceName: service3.name,
        deploymentId: deployment.id,
        ...failing ? { failing } : {}
      },
      plan,
      at2,
      {
        onRunning: (running, t2) => onTaskRunning(state, service3, deployment, running, t2),
        onStopped: (stopped, t2) => onTaskStopped(state, service3, deployment, stopped, t2)
      }
    );
    tasks.push(task);
  }
  if (tasks.length > 0) addEvent(state, service3, at2, say.started(service3, tasks));
  return tasks;
}
function drainOthers(state, service3, primary, at2) {
  const old = tasksOfService(state, service3).filter(
    (t2) => t2.deploymentId !== primary.id && isRunning(t2) && !t2.drainScheduled
  );
  const half = service3.rolloutTime / 2;
  old.forEach((task, j) => {
    task.drainScheduled = true;
    state.agenda.schedule(
      at2 + half + half * (j + 1) / old.length,
      (t2) => stopTasks2(state, service3, [task], primary, t2)
    );
  });
}
function stopTasks2(state, service3, tasks, cause, at2) {
  const live = tasks.filter((t2) => isLive(t2) && t2.desiredStatus === "RUNNING");
  const running = live.filter(isRunning);
  if (running.length > 0) addEvent(state, service3, at2, say.stopped(service3, running));
  for (const task of live) {
    requestStop(state, task, {
      at: at2,
      delay: 0,
      stopCode: "ServiceSchedulerInitiated",
      reason: reasons.scaling(cause.id)
    });
  }
}
function scaleService(state, service3, desired, at2) {
  service3.desiredCount = desired;
  const primary = service3.deployments[0];
  if (!primary) return;
  primary.desiredCount = desired;
  primary.updatedAt = at2;
  service3.awaitingSteadyState = true;
  if (primary.rolloutState !== "FAILED") {
    const live = tasksOfDeployment(state, primary).filter(
      (t2) => isLive(t2) && t2.desiredStatus === "RUNNING"
    );
    if (live.length < desired) {
      launch(state, service3, primary, desired - live.length, at2, service3.rolloutTime / 2);
    } else if (live.length > desired) {
      const byPreference = [...live.filter(isPending), ...live.filter(isRunning)].reverse();
      stopTasks2(state, service3, byPreference.slice(0, live.length - desired), primary, at2);
    }
  }
  evaluate(state, service3, at2);
}
function onTaskRunning(state, service3, deployment, task, at2) {
  if (task.failing !== "health-check" && deployment.failedTasks > 0) {
    deployment.failedTasks = 0;
    deployment.updatedAt = at2;
  }
  evaluate(state, service3, at2);
}
function onTaskStopped(state, service3, deployment, task, at2) {
  const current = deployment.status === "PRIMARY" && deployment.rolloutState !== "FAILED";
  const replaced = task.stopCode === "ServiceSchedulerInitiated" && task.failing !== "health-check";
  if (current && !replaced && service3.status === "ACTIVE") {
    if (countsAsFailure(task)) countFailure(state, service3, deployment, at2);
    if (deployment.rolloutState !== "FAILED") {
      const delay2 = relaunchDelay(task, deployment, relaunchTiming(state));
      state.agenda.schedule(at2 + delay2, (t2) => replaceMissing(state, service3, deployment, t2));
    }
  }
  evaluate(state, service3, at2);
}
function relaunchTiming(state) {
  const { timing: timing2 } = state.scenario;
  return { relaunchDelay: timing2["relaunch-delay"], failAfter: timing2["task-fail-after"] };
}
function replaceMissing(state, service3, deployment, at2) {
  if (deployment.status !== "PRIMARY" || deployment.rolloutState === "FAILED") return;
  if (service3.status !== "ACTIVE") return;
  const live = tasksOfDeployment(state, deployment).filter(
    (t2) => isLive(t2) && t2.desiredStatus === "RUNNING"
  );
  const missing = deployment.desiredCount - live.length;
  if (missing > 0) launch(state, service3, deployment, missing, at2, service3.rolloutTime / 2);
}
function countFailure(state, service3, deployment, at2) {
  deployment.failedTasks += 1;
  deployment.updatedAt = at2;
  const breaker = service3.circuitBreaker;
  if (breaker.enable && deployment.failedTasks >= failureThreshold(breaker, deployment.desiredCount)) {
    failDeployment(state, service3, deployment, at2);
  } else if (!deployment.warnedUnstable && deployment.failedTasks >= 2) {
    deployment.warnedUnstable = true;
    addEvent(state, service3, at2, say.unstable(service3));
  }
}
function failDeployment(state, service3, deployment, at2) {
  deployment.rolloutState = "FAILED";
  deployment.rolloutStateReason = reasons.failed;
  addEvent(state, service3, at2, say.failed(service3, deployment.id));
  service3.awaitingSteadyState = false;
  const target2 = service3.lastCompleted;
  if (!service3.circuitBreaker.rollback || !target2 || deployment.isRollback) {
    stopTasks2(state, service3, tasksOfDeployment(state, deployment), deployment, at2);
    return;
  }
  const delay2 = state.scenario.timing["rollback-delay"];
  state.agenda.schedule(at2 + delay2, (t2) => rollBack3(state, service3, deployment, target2, t2));
}
function rollBack3(state, service3, failed2, target2, at2) {
  if (service3.status !== "ACTIVE" || service3.deployments[0] !== failed2) return;
  addEvent(state, service3, at2, say.rollingBack(service3, failed2.id, target2.deploymentId));
  startDeployment(state, service3, target2.taskDefinition, at2, { rollbackTo: target2.deploymentId });
}
function evaluate(state, service3, at2) {
  const primary = service3.deployments[0];
  if (service3.status === "DRAINING" && !tasksOfService(state, service3).some(isLive)) {
    service3.status = "INACTIVE";
  }
  if (!primary || service3.status !== "ACTIVE") return;
  const own2 = countsOf(tasksOfDeployment(state, primary).filter((t2) => !t2.failing));
  const othersLive = tasksOfService(state, service3).some(
    (t2) => t2.deploymentId !== primary.id && isLive(t2)
  );
  const settled = own2.running === primary.desiredCount && own2.pending === 0 && !othersLive;
  if (primary.rolloutState === "IN_PROGRESS" && settled) {
    primary.rolloutState = "COMPLETED";
    primary.rolloutStateReason = reasons.completed(primary.id);
    primary.updatedAt = at2;
    service3.deployments = [primary];
    service3.lastCompleted = { deploymentId: primary.id, taskDefinition: primary.taskDefinition };
    addEvent(state, service3, at2, say.completed(service3, primary.id));
  }
  if (service3.awaitingSteadyState && primary.rolloutState === "COMPLETED" && settled) {
    service3.awaitingSteadyState = false;
    addEvent(state, service3, at2, say.steady(service3));
  }
}
var countsAsFailure;
var init_deployments = __esm({
  "src/sandbox/ecs/deployments.ts"() {
    "use strict";
    init_circuit_breaker();
    init_events2();
    init_outcomes();
    init_service_tasks();
    init_tasks2();
    init_throttle();
    countsAsFailure = (t2) => t2.failing === "launch" || t2.failing === "health-check";
  }
});

// src/sandbox/ecs/task-definitions.ts
function registerTaskDefinition2(state, input, options) {
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
  const parent = path.slice(0, -1).reduce((at2, key) => at2?.[key], root);
  if (typeof parent === "object" && parent !== null) delete parent[String(path.at(-1))];
}
function normalize(definition) {
  const containers2 = optionalList(definition, "containerDefinitions") ?? [];
  if (containers2.length === 0) throw clientException("Container list cannot be empty.");
  const networkMode = optionalString(definition, "networkMode");
  const normalized = containers2.map((c) => normalizeContainer(c, networkMode));
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
function refuseWhatAwsRefuses(body) {
  const [first] = taskDefinitionProblems(body);
  if (first) throw clientException(AWS_MESSAGES[first.rule](first));
}
function resolveTaskDefinition2(state, ref) {
  const name = ref.startsWith("arn:") ? ref.slice(ref.indexOf("task-definition/") + 16) : ref;
  const [family = "", revisionText] = name.split(":");
  const revisions = state.taskDefinitions.get(family) ?? [];
  const found2 = revisionText === void 0 ? revisions.filter((r) => r.status === "ACTIVE").at(-1) : revisions.find((r) => String(r.revision) === revisionText);
  if (!found2) throw clientException("Unable to describe task definition.");
  return found2;
}
function requiresAttributes(body) {
  const names = /* @__PURE__ */ new Set(["com.amazonaws.ecs.capability.docker-remote-api.1.18"]);
  const containers2 = body.containerDefinitions;
  if (body.taskRoleArn) names.add("com.amazonaws.ecs.capability.task-iam-role");
  if (body.networkMode === "awsvpc") names.add("ecs.capability.task-eni");
  for (const c of containers2) {
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
var FAMILY2, AWS_MESSAGES;
var init_task_definitions2 = __esm({
  "src/sandbox/ecs/task-definitions.ts"() {
    "use strict";
    init_fargate_sizes();
    init_task_definition_rules();
    init_task_definition_types();
    init_service();
    init_wire();
    FAMILY2 = /^[A-Za-z0-9_-]{1,255}$/;
    AWS_MESSAGES = {
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
  }
});

// src/sandbox/ecs/seed.ts
function seed(state, at2) {
  for (const name of state.scenario.clusters) addCluster(state, name);
  for (const [i, td] of state.scenario.taskDefinitions.entries()) {
    declareTaskDefinition(state, td, i, at2);
  }
  for (const [i, s] of state.scenario.services.entries()) declareService(state, s, i, at2);
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
function declareTaskDefinition(state, td, i, at2) {
  const where2 = `ecs.task-definitions[${i}]`;
  const body = td.definition ? { ...td.definition, family: td.family } : generatedDefinition(state, td.family, td.image ?? "", td);
  try {
    registerTaskDefinition2(state, body, {
      at: at2,
      ...td.revision !== void 0 ? { revision: td.revision } : {},
      ...td.status !== void 0 ? { status: td.status } : {}
    });
  } catch (error2) {
    if (error2 instanceof AwsError) throw new ScenarioError(where2, error2.message);
    throw error2;
  }
}
function serviceTaskDefinition(state, s, where2, at2) {
  const ref = s["task-definition"] ?? s.name;
  try {
    return resolveTaskDefinition2(state, ref);
  } catch {
    if (!s.image) {
      throw new ScenarioError(
        where2,
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
  return registerTaskDefinition2(state, body, {
    at: at2,
    ...revision ? { revision: Number(revision) } : {}
  });
}
function declareService(state, s, i, at2) {
  const where2 = `ecs.services[${i}]`;
  const cluster2 = s.cluster ?? state.scenario.clusters[0] ?? "default";
  if (state.services.has(`${cluster2}/${s.name}`)) {
    throw new ScenarioError(where2, `service ${s.name} is declared twice in cluster ${cluster2}`);
  }
  const td = serviceTaskDefinition(state, s, where2, at2);
  const container = String(td.body.containerDefinitions[0]?.name);
  const service3 = {
    name: s.name,
    arn: state.arns.service(cluster2, s.name),
    cluster: cluster2,
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
    createdAt: at2,
    createdBy: state.arns.principal(),
    tags: [],
    rolloutTime: s.rollout ?? state.scenario.timing.rollout,
    deployments: [],
    events: [],
    awaitingSteadyState: true,
    extras: {},
    ...s["load-balancer"] ? { health: { agent: s.agent ?? agentName(s.name) } } : {}
  };
  state.services.set(`${cluster2}/${s.name}`, service3);
  startDeployment(state, service3, td, at2, { completed: true });
}
var SANDBOX_NETWORK;
var init_seed = __esm({
  "src/sandbox/ecs/seed.ts"() {
    "use strict";
    init_service();
    init_clusters();
    init_deployments();
    init_health();
    init_task_definitions2();
    SANDBOX_NETWORK = {
      awsvpcConfiguration: {
        subnets: ["subnet-0sandbox0000000a"],
        securityGroups: ["sg-0sandbox00000000a"],
        assignPublicIp: "DISABLED"
      }
    };
  }
});

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
var init_service_wire = __esm({
  "src/sandbox/ecs/service-wire.ts"() {
    "use strict";
    init_service_tasks();
    init_wire();
  }
});

// src/sandbox/ecs/services.ts
function usableTaskDefinition(state, ref, launchType) {
  const td = resolveTaskDefinition2(state, ref);
  if (td.status !== "ACTIVE") throw invalidParameter("TaskDefinition is inactive");
  if (!supportsLaunchType(td, launchType)) {
    throw invalidParameter(`Task definition does not support launch_type ${launchType}.`);
  }
  return td;
}
function checkNetwork(td, network3) {
  if (td.body.networkMode === "awsvpc" && !network3?.awsvpcConfiguration) {
    throw invalidParameter(
      "Network Configuration must be provided when networkMode 'awsvpc' is specified."
    );
  }
}
function launchTypeOf2(input) {
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
function createService(state, input, at2) {
  const cluster2 = resolveCluster(state, input);
  const name = requiredString(input, "serviceName", "ServiceName");
  const existing = state.services.get(`${cluster2.name}/${name}`);
  const request = createToken(input);
  if (existing && existing.status !== "INACTIVE") {
    const same = existing.createdWith;
    if (request.token && same?.token === request.token && same.params === request.params)
      return { service: serviceToWire(state, existing) };
    throw invalidParameter("Creation of service was not idempotent.");
  }
  const launchType = launchTypeOf2(input);
  const td = usableTaskDefinition(
    state,
    requiredString(input, "taskDefinition", "TaskDefinition"),
    launchType
  );
  const desiredCount = optionalInteger(input, "desiredCount");
  if (desiredCount === void 0) {
    throw invalidParameter("desiredCount is required for services using the REPLICA strategy.");
  }
  const network3 = optionalObject(input, "networkConfiguration");
  checkNetwork(td, network3);
  const loadBalancers = optionalList(input, "loadBalancers") ?? [];
  checkLoadBalancers(td, loadBalancers);
  const config = optionalObject(input, "deploymentConfiguration") ?? {};
  const service3 = {
    name,
    arn: state.arns.service(cluster2.name, name),
    cluster: cluster2.name,
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
    createdAt: at2,
    createdBy: state.arns.principal(),
    tags: optionalList(input, "tags") ?? [],
    rolloutTime: state.scenario.timing.rollout,
    deployments: [],
    events: [],
    awaitingSteadyState: true,
    extras: pick2(input, [
      "capacityProviderStrategy",
      "healthCheckGracePeriodSeconds",
      "enableExecuteCommand",
      "propagateTags",
      "enableECSManagedTags"
    ]),
    ...network3 ? { networkConfiguration: network3 } : {},
    ...loadBalancers.length > 0 ? { health: { agent: agentName(name) } } : {},
    ...request.token ? { createdWith: request } : {}
  };
  state.services.set(`${cluster2.name}/${name}`, service3);
  startDeployment(state, service3, td, at2);
  return { service: serviceToWire(state, service3) };
}
function pick2(input, keys) {
  return Object.fromEntries(keys.filter((k) => input[k] !== void 0).map((k) => [k, input[k]]));
}
function updateService(state, input, at2) {
  const cluster2 = resolveCluster(state, input);
  const service3 = activeService(state, cluster2, requiredString(input, "service", "Service"));
  const primary = service3.deployments[0];
  const tdRef = optionalString(input, "taskDefinition");
  const launchType = optionalString(input, "launchType") ?? service3.launchType;
  const td = tdRef ? usableTaskDefinition(state, tdRef, launchType) : primary?.taskDefinition;
  const desired = optionalInteger(input, "desiredCount");
  if (desired !== void 0 && desired < 0)
    throw invalidParameter("desiredCount must be 0 or more.");
  const network3 = optionalObject(input, "networkConfiguration");
  const config = optionalObject(input, "deploymentConfiguration");
  if (config) {
    const { deploymentCircuitBreaker, ...rest } = config;
    service3.deploymentConfiguration = { ...service3.deploymentConfiguration, ...rest };
    service3.circuitBreaker = parseCircuitBreaker(
      deploymentCircuitBreaker,
      service3.circuitBreaker
    );
  }
  const balancers = optionalList(input, "loadBalancers");
  if (balancers && td) {
    checkLoadBalancers(td, balancers);
    service3.loadBalancers = balancers;
  }
  if (!td) throw invalidParameter("TaskDefinition can not be blank.");
  const networkChanged = network3 !== void 0 && JSON.stringify(network3) !== JSON.stringify(service3.networkConfiguration);
  if (network3) {
    checkNetwork(td, network3);
    service3.networkConfiguration = network3;
  }
  const force = optionalBoolean(input, "forceNewDeployment") ?? false;
  if (force || networkChanged || td.arn !== primary?.taskDefinition.arn) {
    checkNetwork(td, service3.networkConfiguration);
    if (desired !== void 0) service3.desiredCount = desired;
    service3.launchType = launchType;
    startDeployment(state, service3, td, at2);
  } else if (desired !== void 0 && desired !== service3.desiredCount) {
    scaleService(state, service3, desired, at2);
  }
  return { service: serviceToWire(state, service3) };
}
function describeServices2(state, input) {
  const cluster2 = resolveCluster(state, input);
  const includeTags = (optionalStringList(input, "include") ?? []).includes("TAGS");
  const { found: found2, failures } = describeEach(
    optionalStringList(input, "services") ?? [],
    { what: "service names", empty: "Services cannot be empty.", limit: DESCRIBE_LIMIT },
    (name) => findService2(state, cluster2, name),
    (service3) => serviceToWire(state, service3, includeTags),
    (name) => state.arns.service(cluster2.name, name)
  );
  return { services: found2, failures };
}
function listServices(state, input) {
  const cluster2 = resolveCluster(state, input);
  const launchType = optionalString(input, "launchType");
  const arns = [...state.services.values()].filter((s) => s.cluster === cluster2.name && s.status === "ACTIVE").filter((s) => launchType === void 0 || s.launchType === launchType).map((s) => s.arn);
  const { page, nextToken } = paginate(arns, input, { default: 10, max: 100 });
  return { serviceArns: page, ...nextToken ? { nextToken } : {} };
}
function deleteService(state, input, at2) {
  const cluster2 = resolveCluster(state, input);
  const service3 = activeService(state, cluster2, requiredString(input, "service", "Service"));
  if (service3.desiredCount > 0 && optionalBoolean(input, "force") !== true) {
    throw invalidParameter("The service cannot be stopped while it is scaled above 0.");
  }
  service3.status = "DRAINING";
  service3.desiredCount = 0;
  for (const task of tasksOfService(state, service3).filter(isLive)) {
    requestStop(state, task, {
      at: at2,
      delay: state.scenario.timing["task-stop"],
      stopCode: "ServiceSchedulerInitiated",
      reason: "Service deletion"
    });
  }
  evaluate(state, service3, at2);
  return { service: serviceToWire(state, service3) };
}
var DESCRIBE_LIMIT;
var init_services2 = __esm({
  "src/sandbox/ecs/services.ts"() {
    "use strict";
    init_circuit_breaker();
    init_clusters();
    init_deployments();
    init_health();
    init_service_tasks();
    init_service_wire();
    init_task_definitions2();
    init_tasks2();
    init_wire();
    DESCRIBE_LIMIT = 10;
  }
});

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
var TIMES;
var init_task_wire = __esm({
  "src/sandbox/ecs/task-wire.ts"() {
    "use strict";
    init_wire();
    TIMES = [
      "createdAt",
      "pullStartedAt",
      "pullStoppedAt",
      "startedAt",
      "stoppingAt",
      "executionStoppedAt",
      "stoppedAt"
    ];
  }
});

// src/sandbox/ecs/task-api.ts
function runTask2(state, input, at2) {
  const cluster2 = resolveCluster(state, input);
  const token2 = optionalString(input, "clientToken");
  if (token2 === void 0) return startTasks2(state, input, at2, cluster2).answer;
  if (!/^[\x21-\x7e]{1,64}$/.test(token2))
    throw invalidParameter("clientToken must be 1 to 64 ASCII characters in the range 33-126.");
  const key = `${cluster2.name}/${token2}`;
  const { clientToken: _token, ...rest } = input;
  const params = JSON.stringify(rest);
  const earlier = state.runTaskTokens.get(key);
  if (earlier && at2 - earlier.at < TOKEN_TTL_MS) return repeated(state, earlier, params);
  const { answer, taskIds } = startTasks2(state, input, at2, cluster2);
  const failures = answer.failures ?? [];
  state.runTaskTokens.set(key, { params, taskIds, failures, at: at2 });
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
function startTasks2(state, input, at2, cluster2) {
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
  const overrides2 = optionalObject(input, "overrides") ?? {};
  const startedBy2 = optionalString(input, "startedBy");
  const spec = {
    cluster: cluster2.name,
    taskDefinition: td,
    group: optionalString(input, "group") ?? `family:${td.family}`,
    launchType,
    overrides: { containerOverrides: [], inferenceAcceleratorOverrides: [], ...overrides2 },
    ...startedBy2 !== void 0 ? { startedBy: startedBy2 } : {}
  };
  const unplaced = runTaskEntry(state.scenario, td, overrides2)?.["placement-failure"];
  const placed = unplaced ? Math.min(count, unplaced.placed) : count;
  const tasks = [];
  for (let i = 0; i < placed; i++) {
    tasks.push(launchTask(state, spec, runTaskPlan2(state.scenario, td, overrides2), at2));
  }
  const failures = unplaced && placed < count ? placementFailures(unplaced, { cluster: cluster2.name, arns: state.arns, ids: state.ids }) : [];
  return {
    answer: { tasks: tasks.map((t2) => taskToWire(state, t2)), failures },
    taskIds: tasks.map((t2) => t2.id)
  };
}
function findTask(state, cluster2, ref) {
  const task = state.tasks.get(nameFromArn(ref));
  return task && task.cluster === cluster2.name ? task : void 0;
}
function describeTasks2(state, input) {
  const cluster2 = resolveCluster(state, input);
  const includeTags = (optionalStringList(input, "include") ?? []).includes("TAGS");
  const { found: found2, failures } = describeEach(
    optionalStringList(input, "tasks") ?? [],
    { what: "tasks", empty: "Tasks cannot be empty.", limit: MAX_DESCRIBE },
    (ref) => findTask(state, cluster2, ref),
    (task) => taskToWire(state, task, includeTags),
    (ref) => state.arns.task(cluster2.name, ref)
  );
  return { tasks: found2, failures };
}
function listTasks(state, input) {
  const cluster2 = resolveCluster(state, input);
  const serviceName = optionalString(input, "serviceName");
  if (serviceName !== void 0 && !findService2(state, cluster2, serviceName)) {
    throw new AwsError("ServiceNotFoundException", "Service not found.");
  }
  const family = optionalString(input, "family");
  const startedBy2 = optionalString(input, "startedBy");
  const launchType = optionalString(input, "launchType");
  const desiredStatus = optionalString(input, "desiredStatus") ?? "RUNNING";
  const arns = [...state.tasks.values()].filter((t2) => t2.cluster === cluster2.name && t2.desiredStatus === desiredStatus).filter((t2) => serviceName === void 0 || t2.serviceName === nameFromArn(serviceName)).filter((t2) => family === void 0 || t2.taskDefinition.family === family).filter((t2) => startedBy2 === void 0 || t2.startedBy === startedBy2).filter((t2) => launchType === void 0 || t2.launchType === launchType).reverse().map((t2) => t2.arn);
  const { page, nextToken } = paginate(arns, input, { default: 100, max: 100 });
  return { taskArns: page, ...nextToken ? { nextToken } : {} };
}
function stopTask(state, input, at2) {
  const cluster2 = resolveCluster(state, input);
  const task = findTask(state, cluster2, requiredString(input, "task", "Task"));
  if (!task) throw invalidParameter("The referenced task was not found.");
  const reason = optionalString(input, "reason");
  requestStop(state, task, {
    at: at2,
    delay: state.scenario.timing["task-stop"],
    stopCode: "UserInitiated",
    reason: reason ?? "Task stopped by user"
  });
  return { task: taskToWire(state, task) };
}
var MAX_RUN_COUNT, MAX_DESCRIBE, TOKEN_TTL_MS;
var init_task_api = __esm({
  "src/sandbox/ecs/task-api.ts"() {
    "use strict";
    init_service();
    init_clusters();
    init_ids();
    init_outcomes();
    init_placement2();
    init_services2();
    init_task_wire();
    init_tasks2();
    init_wire();
    MAX_RUN_COUNT = 10;
    MAX_DESCRIBE = 100;
    TOKEN_TTL_MS = 24 * 60 * 60 * 1e3;
  }
});

// src/sandbox/ecs/index.ts
function describeTaskDefinition2(state, input) {
  const td = resolveTaskDefinition2(
    state,
    requiredString(input, "taskDefinition", "TaskDefinition")
  );
  const withTags = (optionalStringList(input, "include") ?? []).includes("TAGS");
  return {
    taskDefinition: taskDefinitionToWire(state, td),
    ...withTags ? { tags: td.tags } : {}
  };
}
function deregisterTaskDefinition(state, input, at2) {
  const ref = requiredString(input, "taskDefinition", "TaskDefinition");
  if (!ref.includes(":")) throw clientException("Invalid revision number. Number: undefined");
  const td = resolveTaskDefinition2(state, ref);
  if (td.status === "ACTIVE") {
    td.status = "INACTIVE";
    td.deregisteredAt = at2;
  }
  return { taskDefinition: taskDefinitionToWire(state, td) };
}
function register(state, input, at2) {
  const td = registerTaskDefinition2(state, input, { at: at2 });
  return { taskDefinition: taskDefinitionToWire(state, td), tags: td.tags };
}
function describeClusters(state, input) {
  const names = optionalStringList(input, "clusters") ?? ["default"];
  const clusters = [];
  const failures = [];
  for (const ref of names) {
    const name = ref.startsWith("arn:") ? ref.slice(ref.lastIndexOf("/") + 1) : ref;
    const cluster2 = state.clusters.get(name);
    if (cluster2)
      clusters.push({ clusterArn: cluster2.arn, clusterName: cluster2.name, status: "ACTIVE" });
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
function catchUp(state, at2) {
  const now2 = Math.max(at2, state.agenda.current);
  state.agenda.runUntil(now2);
  forgetOldTasks(state, now2);
  return now2;
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
      const run6 = OPERATIONS[operation];
      if (!run6) {
        throw new AwsError(
          "UnknownOperationException",
          `The sandbox does not model ECS ${operation}.`
        );
      }
      return run6(state, input, catchUp(state, request.at));
    },
    http(method, path) {
      catchUp(state, deps.clock.now());
      return healthReply(state, method, path);
    }
  };
}
var OPERATIONS;
var init_ecs = __esm({
  "src/sandbox/ecs/index.ts"() {
    "use strict";
    init_service();
    init_agenda();
    init_health();
    init_ids();
    init_outcomes();
    init_scenario();
    init_seed();
    init_services2();
    init_task_api();
    init_task_definitions2();
    init_tasks2();
    init_wire();
    OPERATIONS = {
      RegisterTaskDefinition: register,
      DescribeTaskDefinition: describeTaskDefinition2,
      DeregisterTaskDefinition: deregisterTaskDefinition,
      ListTaskDefinitions: listTaskDefinitionArns,
      CreateService: createService,
      UpdateService: updateService,
      DeleteService: deleteService,
      DescribeServices: describeServices2,
      ListServices: listServices,
      RunTask: runTask2,
      DescribeTasks: describeTasks2,
      ListTasks: listTasks,
      StopTask: stopTask,
      DescribeClusters: describeClusters
    };
  }
});

// src/sandbox/faults.ts
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
function faultError(service3, decision) {
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
    const code = service3 === "rds-data" ? "ServiceUnavailableError" : "ServiceUnavailableException";
    return new AwsError(code, "Service unavailable (injected fault)", 503);
  }
  return new AwsError(INTERNAL_ERROR[service3], "Internal failure (injected fault)", 500);
}
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
var FAULT_KINDS, SERVICES, Faults, INTERNAL_ERROR, ERROR_STATUS, ruleShape, faultsShape;
var init_faults = __esm({
  "src/sandbox/faults.ts"() {
    "use strict";
    init_shape();
    init_scenario_shapes();
    init_service();
    FAULT_KINDS = [
      "throttling",
      "server-error",
      "error",
      "drop",
      "answer-lost",
      "latency"
    ];
    SERVICES = [
      "ecs",
      "ssm",
      "logs",
      "rds-data",
      "secrets-manager"
    ];
    Faults = class {
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
      decide(service3, operation) {
        const decision = { latencyMs: 0, kinds: [] };
        for (const entry of this.active) {
          const { rule } = entry;
          if (rule.service !== service3 || rule.operation && rule.operation !== operation) continue;
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
    INTERNAL_ERROR = {
      ecs: "ServerException",
      ssm: "InternalServerError",
      logs: "InternalServerException",
      "rds-data": "InternalServerErrorException",
      "secrets-manager": "InternalServiceError"
    };
    ERROR_STATUS = {
      DatabaseUnavailableException: 504,
      DatabaseNotFoundException: 404,
      ForbiddenException: 403,
      AccessDeniedException: 403,
      NotFoundException: 404,
      InternalServerErrorException: 500,
      ServiceUnavailableError: 503
    };
    ruleShape = refine(
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
    faultsShape = (() => {
      const list2 = array(ruleShape, {
        description: "Injected failures; see docs/sandbox.md#faults."
      });
      return {
        expected: list2.expected,
        jsonSchema: list2.jsonSchema,
        parse: (value, path, ctx) => list2.parse(value, path, ctx)?.map(({ latency, ...r }) => ({
          ...r,
          ...latency !== void 0 ? { latencyMs: latency } : {}
        }))
      };
    })();
  }
});

// src/sandbox/input.ts
function lowerFirst(text) {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
function encodeToken2(cursor) {
  return Buffer.from(JSON.stringify(cursor)).toString("base64");
}
function decodeToken2(token2, isCursor, error2) {
  try {
    const value = JSON.parse(Buffer.from(token2, "base64").toString("utf8"));
    if (typeof value === "object" && value !== null && isCursor(value))
      return value;
  } catch {
  }
  throw error2();
}
function offsetFromToken(token2, error2) {
  if (token2 === void 0) return 0;
  return decodeToken2(token2, (c) => typeof c.offset === "number", error2).offset;
}
var Input;
var init_input = __esm({
  "src/sandbox/input.ts"() {
    "use strict";
    init_service();
    Input = class {
      constructor(raw, errorCode) {
        this.raw = raw;
        this.errorCode = errorCode;
      }
      raw;
      errorCode;
      /** AWS's wording: "Value null at 'name' failed to satisfy constraint: Member must not be null". */
      fail(member, constraint) {
        const value = this.raw[member];
        const shown2 = value === void 0 ? "null" : `'${String(value)}'`;
        throw new AwsError(
          this.errorCode,
          `1 validation error detected: Value ${shown2} at '${lowerFirst(member)}' failed to satisfy constraint: ${constraint}`
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
  }
});

// src/sandbox/protocol.ts
function route(method, path, target2) {
  if (target2 !== void 0) return jsonRoute(target2);
  if (method !== "POST") return { kind: "plain" };
  const operation = REST_OPERATIONS[path];
  return operation ? { kind: "call", call: { service: "rds-data", operation, protocol: "restJson1" } } : { kind: "unknown-call", protocol: "restJson1", name: `POST ${path}` };
}
function jsonRoute(target2) {
  const dot = target2.lastIndexOf(".");
  const service3 = JSON_TARGETS[target2.slice(0, dot)];
  const operation = target2.slice(dot + 1);
  if (dot < 0 || !service3 || operation === "")
    return { kind: "unknown-call", protocol: "awsJson1_1", name: target2 };
  return { kind: "call", call: { service: service3, operation, protocol: "awsJson1_1" } };
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
function encodeOutput(protocol, output, requestId) {
  return {
    status: 200,
    headers: { "content-type": CONTENT_TYPE[protocol], "x-amzn-requestid": requestId },
    body: toWireJson(output ?? {})
  };
}
function encodeError(protocol, error2, requestId) {
  const message = error2.message === "" ? {} : { message: error2.message };
  const body = protocol === "awsJson1_1" ? { __type: error2.code, ...message, ...error2.fields } : { ...message, ...error2.fields };
  return {
    status: error2.status,
    headers: {
      "content-type": CONTENT_TYPE[protocol],
      "x-amzn-requestid": requestId,
      "x-amzn-errortype": error2.code
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
var JSON_TARGETS, REST_OPERATIONS, CONTENT_TYPE;
var init_protocol = __esm({
  "src/sandbox/protocol.ts"() {
    "use strict";
    init_service();
    JSON_TARGETS = {
      AmazonEC2ContainerServiceV20141113: "ecs",
      AmazonSSM: "ssm",
      Logs_20140328: "logs",
      secretsmanager: "secrets-manager"
    };
    REST_OPERATIONS = {
      "/Execute": "ExecuteStatement",
      "/BatchExecute": "BatchExecuteStatement",
      "/BeginTransaction": "BeginTransaction",
      "/CommitTransaction": "CommitTransaction",
      "/RollbackTransaction": "RollbackTransaction"
    };
    CONTENT_TYPE = {
      awsJson1_1: "application/x-amz-json-1.1",
      restJson1: "application/json"
    };
  }
});

// src/sandbox/logs/get-log-events.ts
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
  const base2 = `${direction}/${String(position).padStart(56, "0")}`;
  return empties > 0 ? `${base2}/e${empties}` : base2;
}
function size(event) {
  return Buffer.byteLength(event.message) + EVENT_OVERHEAD;
}
function forwardEnd(events, start, limit) {
  let end = start;
  let bytes2 = 0;
  while (end < events.length && end - start < limit) {
    bytes2 += size(events[end]);
    if (bytes2 > MAX_BYTES) break;
    end += 1;
  }
  return end;
}
function backwardStart(events, end, limit) {
  let start = end;
  let bytes2 = 0;
  while (start > 0 && end - start < limit) {
    bytes2 += size(events[start - 1]);
    if (bytes2 > MAX_BYTES) break;
    start -= 1;
  }
  return start;
}
var MAX_EVENTS, MAX_BYTES, EVENT_OVERHEAD, FULL_PAGES;
var init_get_log_events = __esm({
  "src/sandbox/logs/get-log-events.ts"() {
    "use strict";
    init_service();
    MAX_EVENTS = 1e4;
    MAX_BYTES = 1048576;
    EVENT_OVERHEAD = 26;
    FULL_PAGES = { emptyPages: 0, pageEvents: MAX_EVENTS };
  }
});

// src/sandbox/logs/queries.ts
function filterLogEvents(group, input) {
  const streams = selectStreams(group, input);
  const matches3 = patternMatcher(input.optionalString("filterPattern"));
  const events = streams.flatMap((s) => inTimeRange(s.events, input).map((e) => ({ stream: s.name, event: e }))).filter(({ event }) => matches3(event.message)).sort((a, b) => a.event.timestamp - b.event.timestamp || compare2(a.event, b.event));
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
function compare2(a, b) {
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
  const streams = [...group.streams.values()].filter((s) => prefix === void 0 || s.name.startsWith(prefix)).sort(orderBy === "LastEventTime" ? byLastEvent : byName3);
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
function offsetFrom(token2) {
  if (token2 === void 0) return 0;
  return decodeToken2(
    token2,
    (c) => typeof c.offset === "number",
    () => new AwsError("InvalidParameterException", "The specified nextToken is invalid.")
  ).offset;
}
var MAX_STREAM_NAMES, MAX_FILTER_EVENTS, MAX_STREAMS_PAGE, byName3, byLastEvent;
var init_queries = __esm({
  "src/sandbox/logs/queries.ts"() {
    "use strict";
    init_input();
    init_service();
    init_get_log_events();
    MAX_STREAM_NAMES = 100;
    MAX_FILTER_EVENTS = 1e4;
    MAX_STREAMS_PAGE = 50;
    byName3 = (a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
    byLastEvent = (a, b) => (a.events.at(-1)?.timestamp ?? 0) - (b.events.at(-1)?.timestamp ?? 0);
  }
});

// src/sandbox/logs/scenario.ts
function parseLogsSection(section) {
  const raw = parseScenarioValue(logsSectionShape, section ?? {}, [
    "logs"
  ]);
  return { emptyPages: raw["empty-pages"], pageEvents: raw["page-events"] };
}
var logsSectionShape;
var init_scenario2 = __esm({
  "src/sandbox/logs/scenario.ts"() {
    "use strict";
    init_shape();
    init_scenario_shapes();
    logsSectionShape = object(
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
  }
});

// src/sandbox/logs/store.ts
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
var MemoryLogStore;
var init_store2 = __esm({
  "src/sandbox/logs/store.ts"() {
    "use strict";
    MemoryLogStore = class {
      /** `now` gives the simulated time, used as creation and ingestion times. */
      constructor(now2) {
        this.now = now2;
      }
      now;
      groups = /* @__PURE__ */ new Map();
      nextEventId = 1;
      append(group, stream, events) {
        const target2 = this.createStream(group, stream);
        const ingestionTime = this.now();
        for (const event of events) insertSorted(target2.events, this.stored(event, ingestionTime));
        if (events.length > 0) target2.lastIngestionTime = ingestionTime;
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
  }
});

// src/sandbox/logs/index.ts
function createLogsService(deps) {
  const { store } = deps;
  const paging = parseLogsSection(deps.section);
  const groupArn = (group2) => `arn:aws:logs:${deps.region}:${deps.accountId}:log-group:${group2}`;
  const group = (input) => {
    const name = groupName(input);
    const found2 = store.group(name);
    if (!found2)
      throw new AwsError("ResourceNotFoundException", "The specified log group does not exist.");
    return found2;
  };
  const stream = (input) => {
    const found2 = group(input).streams.get(input.string("logStreamName"));
    if (!found2)
      throw new AwsError("ResourceNotFoundException", "The specified log stream does not exist.");
    return found2;
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
var init_logs2 = __esm({
  "src/sandbox/logs/index.ts"() {
    "use strict";
    init_input();
    init_protocol();
    init_service();
    init_get_log_events();
    init_queries();
    init_scenario2();
    init_store2();
  }
});

// src/sandbox/rds-data/errors.ts
function databaseError(error2) {
  const { detail, hint, position, where: where2 } = error2.details;
  const lines = [`ERROR: ${error2.message}`];
  if (detail) lines.push(`  Detail: ${detail}`);
  if (hint) lines.push(`  Hint: ${hint}`);
  if (position) lines.push(`  Position: ${position}`);
  if (where2) lines.push(`  Where: ${where2}`);
  return new AwsError("DatabaseErrorException", `${lines.join("\n")}; SQLState: ${error2.code}`);
}
function transactionNotFound(id, cause) {
  return new AwsError(
    "TransactionNotFoundException",
    `Transaction ${id} is not found. ${CAUSES[cause]}`,
    404
  );
}
function resuming(cluster2) {
  return new AwsError(
    "DatabaseResumingException",
    `The Aurora DB instance ${cluster2}-instance-1 is resuming after being auto-paused. Please wait a few seconds and try again.`
  );
}
var SqlError, StatementTimeoutError, multistatement, schemaNotSupported, continueInTransaction, stillRunning, CAUSES, responseTooLarge, unsupportedType, invalid;
var init_errors4 = __esm({
  "src/sandbox/rds-data/errors.ts"() {
    "use strict";
    init_service();
    SqlError = class extends Error {
      constructor(message, code, details2 = {}) {
        super(message);
        this.code = code;
        this.details = details2;
        this.name = "SqlError";
      }
      code;
      details;
    };
    StatementTimeoutError = class extends AwsError {
      constructor(dbConnectionId) {
        super("StatementTimeoutException", "Request timed out", 400, { dbConnectionId });
        this.dbConnectionId = dbConnectionId;
      }
      dbConnectionId;
    };
    multistatement = () => new AwsError("ValidationException", "Multistatements aren't supported.");
    schemaNotSupported = () => new AwsError("ValidationException", "The schema parameter isn't supported");
    continueInTransaction = () => new AwsError(
      "BadRequestException",
      "continueAfterTimeout is not supported for a statement in a transaction (sandbox: as reported in jeremydaly/data-api-client#38; set transactional-continue-after-timeout: allowed to accept it)"
    );
    stillRunning = () => new AwsError("DatabaseErrorException", "Transaction is still running a query");
    CAUSES = {
      expired: "Transaction may be expired: no call used it for 3 minutes.",
      ended: "Transaction was ended by a previous CommitTransaction or RollbackTransaction call.",
      aborted: "Transaction was aborted due to an error from a previous call.",
      unknown: "The transaction ID was not created by a BeginTransaction call."
    };
    responseTooLarge = () => new AwsError("BadRequestException", "Database response exceeded size limit");
    unsupportedType = (typeName) => new AwsError(
      "UnsupportedResultException",
      `The result contains the unsupported data type ${typeName}.`
    );
    invalid = (message) => new AwsError("ValidationException", message);
  }
});

// src/sandbox/rds-data/pg-types.ts
var JDBC, MAX, t, TYPES, ARRAY_ELEMENTS, UNSUPPORTED, JDBC_ARRAY, JDBC_OTHER, PARAM_TYPES;
var init_pg_types = __esm({
  "src/sandbox/rds-data/pg-types.ts"() {
    "use strict";
    JDBC = {
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
    MAX = 2147483647;
    t = (name, jdbc, family, precision = MAX) => ({
      name,
      jdbc,
      family,
      precision
    });
    TYPES = /* @__PURE__ */ new Map([
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
    ARRAY_ELEMENTS = /* @__PURE__ */ new Map([
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
    UNSUPPORTED = /* @__PURE__ */ new Map([
      [600, "point"],
      [601, "lseg"],
      [602, "path"],
      [603, "box"],
      [604, "polygon"],
      [628, "line"],
      [718, "circle"],
      [790, "money"]
    ]);
    JDBC_ARRAY = JDBC.ARRAY;
    JDBC_OTHER = JDBC.OTHER;
    PARAM_TYPES = {
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
  }
});

// src/sandbox/rds-data/metadata.ts
async function columnMetadata(fields5, lookupName) {
  const out = [];
  for (const field of fields5) out.push(await describeColumn(field, lookupName));
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
var NULLABLE_UNKNOWN;
var init_metadata = __esm({
  "src/sandbox/rds-data/metadata.ts"() {
    "use strict";
    init_pg_types();
    NULLABLE_UNKNOWN = 2;
  }
});

// src/sandbox/rds-data/params.ts
function readParameters(raw) {
  const out = /* @__PURE__ */ new Map();
  if (raw === void 0) return out;
  if (!Array.isArray(raw)) throw invalid("parameters must be a list");
  for (const item of raw) {
    if (!isPlainObject(item) || typeof item.name !== "string" || item.name === "")
      throw invalid("Each parameter needs a name");
    const value = isPlainObject(item.value) ? item.value : { isNull: true };
    const hint = item.typeHint;
    if (hint !== void 0 && !HINTS2.includes(hint))
      throw invalid(`Invalid typeHint ${String(hint)}; expected one of ${HINTS2.join(", ")}`);
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
  const bytes2 = raw instanceof Uint8Array ? raw : Buffer.from(String(raw), "base64");
  return `\\x${Buffer.from(bytes2).toString("hex")}`;
}
var HINTS2;
var init_params = __esm({
  "src/sandbox/rds-data/params.ts"() {
    "use strict";
    init_shape();
    init_service();
    init_errors4();
    init_pg_types();
    HINTS2 = ["DATE", "TIME", "TIMESTAMP", "DECIMAL", "UUID", "JSON"];
  }
});

// src/sandbox/rds-data/requests.ts
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
var ClusterDirectory;
var init_requests = __esm({
  "src/sandbox/rds-data/requests.ts"() {
    "use strict";
    init_service();
    init_errors4();
    ClusterDirectory = class {
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
        const cluster2 = this.byArn.get(resourceArn);
        if (!cluster2)
          throw new AwsError(
            "HttpEndpointNotEnabledException",
            `HttpEndpoint is not enabled for cluster ${clusterId(resourceArn)}`
          );
        if (!cluster2.acceptsSecret(secretArn2))
          throw new AwsError(
            "SecretsErrorException",
            `Secrets Manager can't find the specified secret ${secretArn2}, or it is not a secret of cluster ${cluster2.name}.`
          );
        if (this.clock.now() < this.startedAt + cluster2.pausedForMs) throw resuming(cluster2.name);
        return cluster2;
      }
      /** `database` must name a database of the cluster; `schema` is refused on v2 clusters. */
      checkDatabase(cluster2, input) {
        if (input.schema !== void 0 && input.schema !== "") throw schemaNotSupported();
        const database3 = input.database;
        if (database3 === void 0 || database3 === "") return;
        if (typeof database3 !== "string") throw invalid("database must be a text");
        if (!cluster2.databases.includes(database3))
          throw new AwsError(
            "DatabaseErrorException",
            `ERROR: database "${database3}" does not exist; SQLState: 3D000`
          );
      }
    };
  }
});

// src/sandbox/rds-data/sql-text.ts
function translateSql(sql) {
  const scan = new Scanner(sql);
  scan.run();
  return { text: scan.out, names: scan.names, statements: scan.statements };
}
var IDENT_START, IDENT_PART, Scanner;
var init_sql_text = __esm({
  "src/sandbox/rds-data/sql-text.ts"() {
    "use strict";
    IDENT_START = /[A-Za-z_]/;
    IDENT_PART = /[A-Za-z0-9_$]/;
    Scanner = class {
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
        const at2 = this.sql.indexOf(end, this.i + 1);
        const stop = at2 < 0 ? this.sql.length : at2 + (inclusive ? end.length : 0);
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
  }
});

// src/sandbox/rds-data/values.ts
function checkSupported(fields5) {
  for (const field of fields5) {
    const unsupported = UNSUPPORTED.get(field.typeId);
    if (unsupported) throw unsupportedType(unsupported);
    const element = ARRAY_ELEMENTS.get(field.typeId);
    if (element !== void 0 && UNSUPPORTED.has(element))
      throw unsupportedType(`_${UNSUPPORTED.get(element)}`);
  }
}
function toRecords(fields5, rows, options) {
  return rows.map((row) => row.map((text, i) => toField(text, fields5[i]?.typeId ?? 0, options)));
}
function toField(text, typeId, options) {
  if (text === null) return { isNull: true };
  const element = ARRAY_ELEMENTS.get(typeId);
  if (element !== void 0) return { arrayValue: toArrayValue(text, element, options) };
  const family = TYPES.get(typeId)?.family ?? "text";
  const value = scalar3(text, family, options);
  if (typeof value === "boolean") return { booleanValue: value };
  if (value instanceof Uint8Array) return { blobValue: value };
  if (typeof value === "number")
    return Number.isInteger(value) && family !== "double" ? { longValue: value } : { doubleValue: value };
  return { stringValue: value };
}
function scalar3(text, family, options) {
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
  const values = items.map((item) => item === null ? null : scalar3(item, family, options));
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
function toFormattedRecords(fields5, rows, options) {
  const objects = rows.map(
    (row) => Object.fromEntries(
      row.map((text, i) => [
        fields5[i]?.name ?? `${i}`,
        jsonValue(text, fields5[i]?.typeId ?? 0, options)
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
    const v = scalar3(t2, family, options);
    return v instanceof Uint8Array ? b64(v) : v;
  };
  if (element === void 0) return convert(text);
  return parseArrayLiteral(text).map((item) => item === null ? null : convert(item));
}
function resultBytes(rows) {
  let total = 0;
  for (const row of rows) for (const v of row) if (v !== null) total += Buffer.byteLength(v);
  return total;
}
var b64;
var init_values = __esm({
  "src/sandbox/rds-data/values.ts"() {
    "use strict";
    init_errors4();
    init_pg_types();
    b64 = (bytes2) => Buffer.from(bytes2).toString("base64");
  }
});

// src/sandbox/rds-data/operations.ts
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
  const translated2 = translateSql(sql);
  if (translated2.statements > 1) throw multistatement();
  return translated2;
}
var RESPONSE_LIMIT_BYTES, Operations;
var init_operations = __esm({
  "src/sandbox/rds-data/operations.ts"() {
    "use strict";
    init_shape();
    init_errors4();
    init_metadata();
    init_params();
    init_requests();
    init_sql_text();
    init_values();
    RESPONSE_LIMIT_BYTES = 1024 * 1024;
    Operations = class {
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
        const cluster2 = this.checkCall(input);
        const { text, names } = readSql(input);
        const params = bindParameters(names, readParameters(input.parameters));
        const shape = outputShape(input);
        return this.run(cluster2, input, async (connection) => {
          const result2 = await connection.query(text, params);
          return this.statementOutput(connection, result2, shape);
        });
      }
      async batchExecuteStatement(input) {
        const cluster2 = this.checkCall(input);
        const { text, names } = readSql(input);
        const sets = Array.isArray(input.parameterSets) ? input.parameterSets : [];
        const bound = (sets.length > 0 ? sets : [[]]).map(
          (set) => bindParameters(names, readParameters(set))
        );
        const updateResults = await this.run(
          cluster2,
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
        const cluster2 = this.checkCall(input);
        return { transactionId: await this.transactions.begin(cluster2.name) };
      }
      async commitTransaction(input) {
        const cluster2 = this.clusters.resolve(input);
        const tx = this.transactions.take(requireText(input, "transactionId"), cluster2.name);
        await this.transactions.finish(tx, "COMMIT", "ended");
        return { transactionStatus: "Transaction Committed" };
      }
      async rollbackTransaction(input) {
        const cluster2 = this.clusters.resolve(input);
        const tx = this.transactions.take(requireText(input, "transactionId"), cluster2.name);
        await this.transactions.finish(tx, "ROLLBACK", "ended");
        return { transactionStatus: "Rollback Complete" };
      }
      checkCall(input) {
        const cluster2 = this.clusters.resolve(input);
        this.clusters.checkDatabase(cluster2, input);
        return cluster2;
      }
      run(cluster2, input, work, atomic = false) {
        const options = {
          continueAfterTimeout: input.continueAfterTimeout === true,
          atomic
        };
        const id = input.transactionId;
        if (typeof id === "string" && id !== "") {
          const tx = this.transactions.take(id, cluster2.name);
          if (options.continueAfterTimeout && !cluster2.continueInTransaction)
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
      async statementOutput(connection, result2, shape) {
        const { fields: fields5, rows } = result2;
        const returnsRows = fields5.length > 0;
        if (returnsRows) checkSupported(fields5);
        if (resultBytes(rows) > RESPONSE_LIMIT_BYTES) throw responseTooLarge();
        const output = {
          numberOfRecordsUpdated: result2.command === "SELECT" ? 0 : result2.rowCount
        };
        if (!returnsRows) output.generatedFields = [];
        else if (shape.json) output.formattedRecords = toFormattedRecords(fields5, rows, shape.values);
        else output.records = toRecords(fields5, rows, shape.values);
        if (shape.metadata && returnsRows)
          output.columnMetadata = await columnMetadata(fields5, (id) => this.typeName(connection, id));
        return output;
      }
      /** Names of types the table does not know (enums, domains, extensions), asked once each. */
      async typeName(connection, typeId) {
        const known2 = this.typeNames.get(typeId);
        if (known2) return known2;
        const result2 = await connection.query("SELECT typname FROM pg_type WHERE oid = $1", [
          { value: String(typeId), typeId: 26 }
        ]);
        const name = result2.rows[0]?.[0] ?? "unknown";
        this.typeNames.set(typeId, name);
        return name;
      }
    };
  }
});

// src/sandbox/rds-data/mutex.ts
var Mutex;
var init_mutex = __esm({
  "src/sandbox/rds-data/mutex.ts"() {
    "use strict";
    Mutex = class {
      held = false;
      waiters = [];
      /** Resolves with the function that releases the lock (calling it twice is harmless). */
      async acquire() {
        if (this.held) await new Promise((resolve4) => this.waiters.push(resolve4));
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
  }
});

// src/sandbox/rds-data/pglite-worker.ts
var PGLITE_WORKER_SOURCE;
var init_pglite_worker = __esm({
  "src/sandbox/rds-data/pglite-worker.ts"() {
    "use strict";
    PGLITE_WORKER_SOURCE = `
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
  }
});

// src/sandbox/rds-data/pglite-engine.ts
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join as join2 } from "node:path";
import { Worker } from "node:worker_threads";
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
  const { version: version2 } = JSON.parse(readFileSync(manifest, "utf8"));
  return join2(tmpdir(), `phasegate-pglite-${version2}-datadir.tgz`);
}
function dropUndefined(value) {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== void 0));
}
var WorkerChannel, PgliteEngine;
var init_pglite_engine = __esm({
  "src/sandbox/rds-data/pglite-engine.ts"() {
    "use strict";
    init_errors4();
    init_mutex();
    init_pglite_worker();
    WorkerChannel = class {
      constructor(worker) {
        this.worker = worker;
        this.ready = new Promise((resolve4, reject) => {
          worker.on("message", (reply) => {
            if ("ready" in reply) resolve4(reply.pid);
            else if ("fatal" in reply) reject(new Error(`PGlite did not start: ${reply.fatal}`));
            else this.settle(reply);
          });
          worker.on("error", (error2) => this.fail(error2, reject));
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
        return new Promise((resolve4, reject) => {
          this.pending.set(id, { resolve: resolve4, reject });
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
          const { message, code, ...details2 } = reply.error;
          pending.reject(new SqlError(message, code, dropUndefined(details2)));
        }
      }
      fail(error2, reject) {
        this.failure ??= error2;
        reject(error2);
        for (const pending of this.pending.values()) pending.reject(error2);
        this.pending.clear();
      }
    };
    PgliteEngine = class {
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
        const release2 = await this.turn.acquire();
        const { channel, pid } = this;
        return {
          pid,
          query: (sql, params = []) => channel.send({ op: "query", sql, params }),
          release: () => release2()
        };
      }
      cancel() {
        return Promise.resolve();
      }
      async exec(script) {
        const release2 = await this.turn.acquire();
        try {
          await this.channel.send({ op: "exec", sql: script });
        } finally {
          release2();
        }
      }
      /** A statement still running (the worker is busy) cannot be waited for: the worker is ended. */
      async close() {
        if (this.closed) return;
        this.closed = true;
        const closing = this.channel.send({ op: "close" }).catch(() => void 0);
        const timeout = new Promise((resolve4) => setTimeout(resolve4, 2e3).unref());
        await Promise.race([closing, timeout]);
        await this.channel.terminate();
      }
    };
  }
});

// src/sandbox/rds-data/postgres-engine.ts
import pg2 from "pg";
async function startPostgres(url) {
  const pool = new pg2.Pool({ connectionString: url, max: 20 });
  pool.on("error", () => void 0);
  pool.on("connect", (client) => {
    client.query("SET TimeZone = 'UTC'").catch(() => void 0);
  });
  const engine = new PostgresEngine(pool);
  const probe = await engine.connect().catch((error2) => {
    throw new Error(`cannot connect to the PostgreSQL server (${url}): ${String(error2)}`);
  });
  probe.release();
  return engine;
}
async function runQuery(client, text, params) {
  const types = Object.assign(
    params.map((p) => p.typeId),
    { getTypeParser: () => asText2 }
  );
  try {
    const result2 = await client.query({
      text,
      values: params.map((p) => p.value),
      rowMode: "array",
      types
    });
    return {
      command: result2.command ?? "",
      rowCount: result2.rowCount ?? 0,
      fields: (result2.fields ?? []).map((f) => ({
        name: f.name,
        typeId: f.dataTypeID,
        typeModifier: f.dataTypeModifier
      })),
      rows: result2.rows
    };
  } catch (error2) {
    throw toSqlError(error2);
  }
}
function toSqlError(error2) {
  if (!(error2 instanceof Error) || !("code" in error2) || typeof error2.code !== "string")
    return error2 instanceof Error ? error2 : new Error(String(error2));
  const e = error2;
  const details2 = {};
  for (const key of ["detail", "hint", "position", "where"]) {
    const value = e[key];
    if (value) details2[key] = value;
  }
  return new SqlError(e.message, e.code ?? "XX000", details2);
}
var asText2, PostgresEngine;
var init_postgres_engine = __esm({
  "src/sandbox/rds-data/postgres-engine.ts"() {
    "use strict";
    init_errors4();
    asText2 = (value) => value;
    PostgresEngine = class {
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
        } catch (error2) {
          client.release(true);
          throw toSqlError(error2);
        }
      }
      async cancel(connection) {
        await this.pool.query("SELECT pg_cancel_backend($1)", [connection.pid]);
      }
      async exec(script) {
        await this.pool.query(script).catch((error2) => {
          throw toSqlError(error2);
        });
      }
      async close() {
        await this.pool.end();
      }
    };
  }
});

// src/sandbox/rds-data/runner.ts
var STATEMENT_TIMEOUT_MS, SIMULATED_CANCEL, ACTIVE_SQL_TRANSACTION, CANCEL_RETRY_MS, Runner;
var init_runner = __esm({
  "src/sandbox/rds-data/runner.ts"() {
    "use strict";
    init_errors4();
    STATEMENT_TIMEOUT_MS = 45e3;
    SIMULATED_CANCEL = `DO $$ BEGIN RAISE EXCEPTION USING ERRCODE = 'query_canceled',
  MESSAGE = 'canceling statement due to user request'; END $$`;
    ACTIVE_SQL_TRANSACTION = "25001";
    CANCEL_RETRY_MS = 100;
    Runner = class {
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
        } catch (error2) {
          if (!(error2 instanceof SqlError) || error2.code !== ACTIVE_SQL_TRANSACTION || options.atomic)
            throw error2;
          return await this.runAutocommit(await this.engine.connect(), work, options, false);
        }
      }
      async runAutocommit(connection, work, options, wrap) {
        let running;
        try {
          if (wrap) await connection.query("BEGIN");
          running = work(connection);
        } catch (error2) {
          connection.release(true);
          throw error2;
        }
        const end = (ok) => this.endAutocommit(connection, wrap, ok);
        const outcome = await this.race(running).catch(async (error2) => {
          await end(false);
          throw error2;
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
        const outcome = await this.race(running).catch(async (error2) => {
          tx.busy = false;
          await this.transactions.finish(tx, "ROLLBACK", "aborted");
          throw error2;
        });
        if (outcome.finished) {
          this.transactions.done(tx);
          return outcome.value;
        }
        const cancel = !options.continueAfterTimeout;
        if (cancel && this.engine.canCancel) this.cancelUntilDone(tx.connection, running);
        const settle2 = async () => {
          if (cancel && !this.engine.canCancel)
            await tx.connection.query(SIMULATED_CANCEL).catch(() => void 0);
          this.transactions.done(tx);
        };
        running.then(settle2, settle2);
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
        const pause = () => new Promise((resolve4) => setTimeout(resolve4, CANCEL_RETRY_MS));
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
  }
});

// src/sandbox/rds-data/scenario.ts
function parseRdsDataSection(section, where2) {
  const raw = parseScenarioValue(rdsDataSectionShape, section ?? {}, ["rds-data"]);
  return raw.clusters.map((c) => toCluster(c, where2));
}
function toCluster(c, where2) {
  const secretPrefix = `arn:aws:secretsmanager:${where2.region}:${where2.accountId}:secret:`;
  const matchers = c.secrets.map(
    (s) => s.startsWith("arn:") ? (arn) => arn === s : (arn) => arn.startsWith(`${secretPrefix}${s}-`) && /^[A-Za-z0-9]{6}$/.test(arn.slice(secretPrefix.length + s.length + 1))
  );
  return {
    name: c.name,
    arn: `arn:aws:rds:${where2.region}:${where2.accountId}:cluster:${c.name}`,
    databases: c.databases,
    pausedForMs: c["paused-for"],
    continueInTransaction: c["transactional-continue-after-timeout"] === "allowed",
    ...c["init-sql"] ? { initSql: c["init-sql"] } : {},
    acceptsSecret: (arn) => matchers.some((match) => match(arn))
  };
}
var clusterShape, rdsDataSectionShape;
var init_scenario3 = __esm({
  "src/sandbox/rds-data/scenario.ts"() {
    "use strict";
    init_shape();
    init_scenario_shapes();
    clusterShape = object(
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
    rdsDataSectionShape = object(
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
  }
});

// src/sandbox/rds-data/transactions.ts
import { randomBytes as randomBytes3 } from "node:crypto";
var IDLE_EXPIRY_MS, MAX_LIFETIME_MS, RECHECK_MS, TransactionStore;
var init_transactions = __esm({
  "src/sandbox/rds-data/transactions.ts"() {
    "use strict";
    init_errors4();
    IDLE_EXPIRY_MS = 3 * 6e4;
    MAX_LIFETIME_MS = 24 * 36e5;
    RECHECK_MS = 1e3;
    TransactionStore = class {
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
      async begin(cluster2) {
        const connection = await this.engine.connect();
        try {
          await connection.query("BEGIN");
        } catch (error2) {
          connection.release(true);
          throw error2;
        }
        const now2 = this.clock.now();
        const tx = {
          id: randomBytes3(48).toString("base64"),
          cluster: cluster2,
          connection,
          startedAt: now2,
          lastUsed: now2,
          busy: false,
          watchdog: new AbortController()
        };
        this.open.set(tx.id, tx);
        void this.watch(tx);
        return tx.id;
      }
      /** Marks the transaction busy for one call; throws the Data API's errors when it cannot be used. */
      take(id, cluster2) {
        const tx = this.open.get(id);
        if (!tx || tx.cluster !== cluster2)
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
      async finish(tx, command2, cause) {
        if (!this.open.has(tx.id)) return;
        this.open.delete(tx.id);
        this.ended.set(tx.id, cause);
        tx.watchdog.abort();
        try {
          await tx.connection.query(command2);
          tx.connection.release();
        } catch (error2) {
          tx.connection.release(true);
          if (command2 === "COMMIT") throw error2;
        }
      }
      async closeAll() {
        for (const tx of [...this.open.values()]) {
          if (tx.busy) tx.watchdog.abort();
          else await this.finish(tx, "ROLLBACK", "expired");
        }
      }
      isExpired(tx) {
        const now2 = this.clock.now();
        return now2 - tx.lastUsed >= IDLE_EXPIRY_MS || now2 - tx.startedAt >= MAX_LIFETIME_MS;
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
  }
});

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
    for (const cluster2 of clusters) if (cluster2.initSql) await engine.exec(cluster2.initSql);
  } catch (error2) {
    await engine.close();
    const reason = error2 instanceof Error ? error2.message : String(error2);
    throw new Error(`rds-data init-sql failed: ${reason}`);
  }
  return engine;
}
async function handle(operations, operation, input, _request) {
  const handler = HANDLERS[operation];
  if (!handler)
    throw new AwsError("UnknownOperationException", `${operation} is not supported`, 404);
  try {
    return await handler(operations, input);
  } catch (error2) {
    throw error2 instanceof SqlError ? databaseError(error2) : error2;
  }
}
async function handleWithout(directory, input) {
  directory.resolve(input);
  throw new Error("unreachable: a scenario without clusters resolves no ARN");
}
var HANDLERS;
var init_rds_data = __esm({
  "src/sandbox/rds-data/index.ts"() {
    "use strict";
    init_service();
    init_errors4();
    init_operations();
    init_pglite_engine();
    init_postgres_engine();
    init_requests();
    init_runner();
    init_scenario3();
    init_transactions();
    init_scenario3();
    HANDLERS = {
      ExecuteStatement: (o, i) => o.executeStatement(i),
      BatchExecuteStatement: (o, i) => o.batchExecuteStatement(i),
      BeginTransaction: (o, i) => o.beginTransaction(i),
      CommitTransaction: (o, i) => o.commitTransaction(i),
      RollbackTransaction: (o, i) => o.rollbackTransaction(i)
    };
  }
});

// src/sandbox/request-log.ts
function keyParams(input) {
  const params = {};
  for (const key of KEY_PARAMS) {
    const value = input[key];
    if (value === void 0) continue;
    params[key] = key === "sql" && typeof value === "string" && value.length > SQL_PREVIEW ? `${value.slice(0, SQL_PREVIEW)}\u2026` : value;
  }
  return params;
}
var KEY_PARAMS, SQL_PREVIEW, RequestLog;
var init_request_log = __esm({
  "src/sandbox/request-log.ts"() {
    "use strict";
    KEY_PARAMS = [
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
    SQL_PREVIEW = 80;
    RequestLog = class {
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
  }
});

// src/sandbox/secrets-manager/scenario.ts
function parseSecretsManagerSection(section) {
  return parseScenarioValue(secretsManagerSectionShape, section ?? {}, ["secrets-manager"]);
}
function secretString2(secret) {
  return secret.value ?? JSON.stringify(secret.json);
}
var SECRET_NAME2, secretShape, secretsManagerSectionShape;
var init_scenario4 = __esm({
  "src/sandbox/secrets-manager/scenario.ts"() {
    "use strict";
    init_shape();
    init_scenario_shapes();
    SECRET_NAME2 = /^[A-Za-z0-9/_+=.@!-]{1,512}$/;
    secretShape = refine(
      object(
        {
          name: string({
            pattern: SECRET_NAME2,
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
    secretsManagerSectionShape = object(
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
  }
});

// src/sandbox/ssm/scenario.ts
function parseSsmSection(section) {
  return parseScenarioValue(ssmSectionShape, section ?? {}, ["ssm"]);
}
var PARAMETER_TYPES, FINAL_STATUSES, PING_STATUSES, parameterShape, INSTANCE_ID2, instanceObject, instanceShape, commandShape, ssmSectionShape, DEFAULT_SCRIPT;
var init_scenario5 = __esm({
  "src/sandbox/ssm/scenario.ts"() {
    "use strict";
    init_shape();
    init_scenario_shapes();
    PARAMETER_TYPES = ["String", "StringList", "SecureString"];
    FINAL_STATUSES = [
      "Success",
      "Failed",
      "TimedOut",
      "Cancelled",
      "DeliveryTimedOut",
      "Undeliverable"
    ];
    PING_STATUSES = ["Online", "ConnectionLost", "Inactive"];
    parameterShape = object({
      name: string({ description: "Parameter name, e.g. /ca-a2a/db/host." }),
      value: string({ description: "Plain text value (SecureString values are stored decrypted)." }),
      type: withDefault(oneOf(PARAMETER_TYPES), "String"),
      description: optional(string())
    });
    INSTANCE_ID2 = /^(i|mi)-[0-9a-f]+$/;
    instanceObject = object(
      {
        id: string({ pattern: INSTANCE_ID2, expected: "an instance id such as i-0123456789abcdef0" }),
        tags: withDefault(record(string(), "EC2 tags, e.g. { Role: cache-warmer }."), {}),
        ping: withDefault(oneOf(PING_STATUSES, "DescribeInstanceInformation PingStatus."), "Online"),
        platform: withDefault(oneOf(["Linux", "Windows", "MacOS"]), "Linux"),
        name: optional(string({ description: "ComputerName." }))
      },
      { description: "A managed instance with its tags and agent status." }
    );
    instanceShape = {
      expected: "an instance id or { id, tags, ping }",
      jsonSchema: () => ({
        anyOf: [{ type: "string", pattern: INSTANCE_ID2.source }, instanceObject.jsonSchema()]
      }),
      parse: (value, path, ctx) => instanceObject.parse(isPlainObject(value) ? value : { id: value }, path, ctx)
    };
    commandShape = object(
      {
        document: optional(string({ description: "Matches SendCommand DocumentName exactly." })),
        match: optional(
          string({ description: "Matches when the `commands` parameter contains this text." })
        ),
        instance: optional(
          string({
            description: "Matches only the invocation on this instance id.",
            pattern: INSTANCE_ID2
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
    ssmSectionShape = object(
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
    DEFAULT_SCRIPT = parseScenarioValue(
      commandShape,
      {},
      []
    );
  }
});

// src/sandbox/scenario.ts
import { readFileSync as readFileSync2 } from "node:fs";
import { isMap as isMap2, isScalar as isScalar2, LineCounter as LineCounter2, parseDocument as parseDocument2 } from "yaml";
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
  const error2 = issuesToError(ctx.issues);
  if (error2 || root === void 0) throw error2 ?? new ScenarioError("(root)", "expected a map");
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
function checkSections(value, ctx) {
  if (!isPlainObject(value)) return;
  for (const [key, shape] of Object.entries(SECTIONS)) {
    const section = value[key];
    if (isPlainObject(section)) shape.parse(section, [key], ctx);
  }
}
function rootFromFile(file) {
  return rootFromValue(readYaml2(file).value);
}
function readYaml2(file) {
  let text;
  try {
    text = readFileSync2(file, "utf8");
  } catch (error2) {
    throw new ScenarioError(file, `cannot read the file (${error2.message})`);
  }
  const lines = new LineCounter2();
  const doc = parseDocument2(text, { lineCounter: lines, prettyErrors: true });
  const [first] = doc.errors;
  if (first) throw new ScenarioError(file, `YAML syntax: ${first.message}`);
  return { value: doc.toJS(), doc, lines };
}
function withFilePositions(file, load) {
  try {
    return load();
  } catch (error2) {
    throw locateScenarioError(error2, file);
  }
}
function locateScenarioError(error2, file) {
  if (!(error2 instanceof ScenarioError) || error2 instanceof LocatedScenarioError) return error2;
  if (error2.where === file) return error2;
  const position = positionsIn(file);
  const [first, ...others] = error2.mistakes.map((m) => ({
    ...m,
    message: `${m.message} (${position(m)})`
  }));
  if (!first) return error2;
  return new LocatedScenarioError(first.where, first.message, first.hint, others);
}
function positionsIn(file) {
  let read;
  try {
    read = readYaml2(file);
  } catch {
  }
  return (mistake) => {
    const atKey = mistake.message.startsWith("unknown key");
    const node = read && nodeAt(read.doc, pathOf(mistake.where), atKey);
    const at2 = node?.range ? read?.lines.linePos(node.range[0]) : void 0;
    return at2 ? `${file}:${at2.line}:${at2.col}` : file;
  };
}
function nodeAt(doc, path, atKey) {
  const parent = atKey ? doc.getIn(path.slice(0, -1), true) : void 0;
  if (isMap2(parent)) {
    const pair = parent.items.find((p) => isScalar2(p.key) && p.key.value === path.at(-1));
    if (isScalar2(pair?.key)) return pair.key;
  }
  return doc.getIn(path, true);
}
function pathOf(where2) {
  return [...where2.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map(
    (m) => m[2] !== void 0 ? Number(m[2]) : m[1]
  );
}
var DEFAULT_REGION, DEFAULT_ACCOUNT_ID, accountIdShape, timeScaleShape, SECTIONS, LocatedScenarioError;
var init_scenario6 = __esm({
  "src/sandbox/scenario.ts"() {
    "use strict";
    init_shape();
    init_scenario();
    init_faults();
    init_scenario2();
    init_scenario3();
    init_scenario_shapes();
    init_scenario4();
    init_service();
    init_scenario5();
    DEFAULT_REGION = "eu-west-3";
    DEFAULT_ACCOUNT_ID = "000000000000";
    accountIdShape = {
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
    timeScaleShape = (() => {
      const shape = refine(
        number({ description: "Simulated milliseconds per real millisecond (60: 5 min \u2192 5 s)." }),
        (n) => n > 0 ? void 0 : { message: "time-scale must be greater than 0" }
      );
      return { ...shape, jsonSchema: () => ({ ...shape.jsonSchema(), exclusiveMinimum: 0 }) };
    })();
    SECTIONS = {
      ecs: ecsSectionShape,
      ssm: ssmSectionShape,
      "rds-data": rdsDataSectionShape,
      "secrets-manager": secretsManagerSectionShape,
      logs: logsSectionShape
    };
    LocatedScenarioError = class extends ScenarioError {
    };
  }
});

// src/sandbox/secrets-manager/ids.ts
import { createHash as createHash5 } from "node:crypto";
function secretArnPrefix(scope) {
  return `arn:aws:secretsmanager:${scope.region}:${scope.accountId}:secret:`;
}
function secretArn(scope, name) {
  const digest = createHash5("sha256").update(`${scope.accountId}\0${name}`).digest();
  const suffix = [...digest.subarray(0, 6)].map((b) => ALPHABET[b % ALPHABET.length]).join("");
  return `${secretArnPrefix(scope)}${name}-${suffix}`;
}
function stableVersionId(seed2) {
  const hex = createHash5("sha256").update(seed2).digest("hex");
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
var ALPHABET;
var init_ids2 = __esm({
  "src/sandbox/secrets-manager/ids.ts"() {
    "use strict";
    ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  }
});

// src/sandbox/secrets-manager/store.ts
import { randomUUID as randomUUID3 } from "node:crypto";
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
    const version3 = secret.versions.find((v) => v.id === versionId);
    if (!version3 || stage !== void 0 && !version3.stages.includes(stage))
      throw missing(`VersionId: ${versionId}`);
    return version3;
  }
  const label2 = stage ?? CURRENT;
  const version2 = secret.versions.find((v) => v.stages.includes(label2));
  if (!version2) throw missing(`staging label: ${label2}`);
  return version2;
}
function contentOf(input) {
  const string2 = input.optionalString("SecretString");
  const binary = input.optionalString("SecretBinary");
  if (string2 !== void 0 && binary !== void 0)
    throw new AwsError(
      "InvalidParameterException",
      "You can't specify both a binary secret value and a string secret value in the same secret."
    );
  const bytes2 = string2 !== void 0 ? Buffer.byteLength(string2) : Buffer.from(binary ?? "", "base64").length;
  if (bytes2 > MAX_VALUE_BYTES2)
    throw new AwsError(
      "ValidationException",
      `1 validation error detected: Value at '${string2 !== void 0 ? "secretString" : "secretBinary"}' failed to satisfy constraint: Member must have length less than or equal to ${MAX_VALUE_BYTES2}`
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
var CURRENT, PREVIOUS, MAX_VALUE_BYTES2, MAX_STAGES, SecretStore;
var init_store3 = __esm({
  "src/sandbox/secrets-manager/store.ts"() {
    "use strict";
    init_input();
    init_service();
    init_ids2();
    init_scenario4();
    CURRENT = "AWSCURRENT";
    PREVIOUS = "AWSPREVIOUS";
    MAX_VALUE_BYTES2 = 65536;
    MAX_STAGES = 20;
    SecretStore = class {
      constructor(ctx) {
        this.ctx = ctx;
      }
      ctx;
      secrets = /* @__PURE__ */ new Map();
      seed(s) {
        const secret = this.create(s.name, s.description, [], s.arn);
        const value = secretString2(s);
        this.addVersion(secret, stableVersionId(`${secret.arn}\0${value}`), { string: value }, [
          CURRENT
        ]);
      }
      getSecretValue(raw) {
        const input = new Input(raw, "ValidationException");
        const secret = this.find(input.string("SecretId"));
        const version2 = selectVersion(
          secret,
          input.optionalString("VersionId"),
          input.optionalString("VersionStage")
        );
        secret.accessedAt = dayOf(this.ctx.now());
        return {
          ARN: secret.arn,
          Name: secret.name,
          VersionId: version2.id,
          ...version2.string !== void 0 ? { SecretString: version2.string } : {},
          ...version2.binary !== void 0 ? { SecretBinary: version2.binary } : {},
          VersionStages: [...version2.stages],
          CreatedDate: new Date(version2.createdAt)
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
        const stages2 = input.strings("VersionStages", MAX_STAGES) ?? [CURRENT];
        const version2 = this.versionFor(secret, input, content, stages2);
        return {
          ARN: secret.arn,
          Name: secret.name,
          VersionId: version2.id,
          VersionStages: [...version2.stages]
        };
      }
      createSecret(raw) {
        const input = new Input(raw, "ValidationException");
        const name = input.string("Name");
        if (!SECRET_NAME2.test(name))
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
        const version2 = content ? this.versionFor(secret, input, content, [CURRENT]) : void 0;
        return { ARN: secret.arn, Name: secret.name, ...version2 ? { VersionId: version2.id } : {} };
      }
      /** A name, a full ARN, or a partial ARN (without the -XXXXXX suffix). */
      find(id) {
        const found2 = id.startsWith("arn:") ? this.byArn(id) : this.secrets.get(id);
        if (!found2)
          throw new AwsError(
            "ResourceNotFoundException",
            "Secrets Manager can't find the specified secret."
          );
        return found2;
      }
      byArn(arn) {
        for (const secret of this.secrets.values()) if (secret.arn === arn) return secret;
        const prefix = secretArnPrefix(this.ctx);
        return arn.startsWith(prefix) ? this.secrets.get(arn.slice(prefix.length)) : void 0;
      }
      create(name, description, tags, arn = secretArn(this.ctx, name)) {
        const now2 = this.ctx.now();
        const secret = {
          name,
          arn,
          ...description !== void 0 ? { description } : {},
          tags,
          createdAt: now2,
          changedAt: now2,
          versions: []
        };
        this.secrets.set(name, secret);
        return secret;
      }
      /**
       * ClientRequestToken is the idempotency token (the SDK and the CLI fill it in) and becomes the
       * VersionId: the same token with the same value is the same version, with another value an error.
       */
      versionFor(secret, input, content, stages2) {
        const id = input.optionalString("ClientRequestToken") ?? randomUUID3();
        const existing = secret.versions.find((v) => v.id === id);
        if (!existing) return this.addVersion(secret, id, content, stages2);
        if (existing.string === content.string && existing.binary === content.binary) return existing;
        throw new AwsError(
          "ResourceExistsException",
          "You can't modify an existing version, you can only create a new version."
        );
      }
      addVersion(secret, id, content, stages2) {
        for (const stage of stages2) moveStage(secret, stage);
        const version2 = {
          id,
          ...content,
          stages: [...new Set(stages2)],
          createdAt: this.ctx.now()
        };
        secret.versions.push(version2);
        secret.changedAt = version2.createdAt;
        return version2;
      }
    };
  }
});

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
var init_secrets_manager = __esm({
  "src/sandbox/secrets-manager/index.ts"() {
    "use strict";
    init_protocol();
    init_service();
    init_ids2();
    init_scenario4();
    init_store3();
    init_ids2();
  }
});

// src/sandbox/server.ts
import { randomUUID as randomUUID4 } from "node:crypto";
import { createServer } from "node:http";
async function startServer(options) {
  const inFlight = /* @__PURE__ */ new Set();
  const server = createServer((req, res) => {
    const controller = new AbortController();
    inFlight.add(controller);
    res.on("close", () => {
      inFlight.delete(controller);
      if (!res.writableFinished) controller.abort(new Error("client closed the connection"));
    });
    serve(options, req, res, controller.signal).catch((error2) => {
      process.stderr.write(`sandbox: ${error2.stack ?? String(error2)}
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
  return new Promise((resolve4, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve4(server.address().port));
  });
}
function closeServer(server, inFlight) {
  for (const controller of inFlight) controller.abort(new Error("sandbox closing"));
  return new Promise((resolve4) => {
    server.close(() => resolve4());
    server.closeAllConnections();
  });
}
async function serve(options, req, res, signal) {
  const arrivedAt = { realTime: Date.now(), simulatedTime: options.clock.now() };
  const body = await readBody(req);
  if (body === void 0) return void res.writeHead(413).end();
  const method = req.method ?? "GET";
  const path = new URL(req.url ?? "/", "http://sandbox").pathname;
  const target2 = req.headers["x-amz-target"];
  const decided = route(method, path, Array.isArray(target2) ? target2[0] : target2);
  if (decided.kind === "call")
    return serveCall(options, decided.call, body, res, signal, arrivedAt);
  const operation = decided.kind === "plain" ? `${method} ${path}` : decided.name;
  const record2 = options.requests.start({ ...arrivedAt, service: "http", operation, params: {} });
  if (decided.kind === "plain") return servePlain(options, method, path, new Exchange(res, record2));
  new Exchange(res, record2, decided.protocol).fail(
    unknownOperation(decided.name, decided.protocol)
  );
}
async function serveCall(options, call, body, res, signal, arrivedAt) {
  const { input, error: error2 } = decode(body);
  const record2 = options.requests.start({
    ...arrivedAt,
    service: call.service,
    operation: call.operation,
    params: keyParams(input)
  });
  const exchange = new Exchange(res, record2, call.protocol);
  if (error2) return exchange.fail(error2);
  const fault = await injectFault(options.faults, call, exchange, signal);
  if (fault === "answered") return;
  const service3 = options.services.get(call.service);
  if (!service3) return exchange.fail(unknownOperation(call.operation, call.protocol));
  const request = {
    service: call.service,
    operation: call.operation,
    at: arrivedAt.simulatedTime,
    signal
  };
  try {
    const output = await service3.handle(call.operation, input, request);
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
  } catch (error2) {
    return { input: {}, error: asAwsError(error2) };
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
  for (const service3 of options.services.values()) {
    const answer = await service3.http?.(method, path);
    if (!answer) continue;
    const body2 = typeof answer.body === "string" ? answer.body : JSON.stringify(answer.body);
    const headers = { "content-type": "application/json", ...answer.headers };
    const failed2 = answer.status >= 400 ? `HTTP ${answer.status}` : void 0;
    return exchange.send({ status: answer.status, headers, body: body2 }, failed2);
  }
  const body = JSON.stringify({ message: "Not Found" });
  exchange.send({ status: 404, headers: { "content-type": "application/json" }, body }, "HTTP 404");
}
function asAwsError(error2) {
  if (error2 instanceof AwsError) return error2;
  process.stderr.write(`sandbox: internal error: ${error2?.stack ?? String(error2)}
`);
  return new AwsError(
    "InternalFailure",
    `sandbox internal error: ${error2?.message ?? String(error2)}`,
    500
  );
}
function delay(ms, signal) {
  return new Promise((resolve4) => {
    if (signal.aborted) return resolve4(false);
    const timer = setTimeout(() => resolve4(true), ms);
    signal.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        resolve4(false);
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
var MAX_BODY_BYTES, Exchange;
var init_server = __esm({
  "src/sandbox/server.ts"() {
    "use strict";
    init_faults();
    init_protocol();
    init_request_log();
    init_service();
    MAX_BODY_BYTES = 16 * 1024 * 1024;
    Exchange = class {
      constructor(res, record2, protocol = "awsJson1_1") {
        this.res = res;
        this.record = record2;
        this.protocol = protocol;
      }
      res;
      record;
      protocol;
      requestId = randomUUID4();
      ok(output) {
        this.send(encodeOutput(this.protocol, output, this.requestId));
      }
      fail(error2) {
        this.send(encodeError(this.protocol, error2, this.requestId), error2.code);
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
  }
});

// src/sandbox/ssm/invocation.ts
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
function stateAt(inv, now2) {
  const { endAt, ending, startAt } = natural(inv);
  const cancelAt = inv.cancelledAt;
  const terminated = inv.terminatedAt;
  if (terminated !== void 0 && now2 >= terminated && !(cancelAt !== void 0 && cancelAt < terminated))
    return {
      status: "Cancelled",
      details: "Terminated",
      done: true,
      started: false,
      startAt,
      endAt: terminated
    };
  if (cancelAt !== void 0 && now2 >= cancelAt) {
    const over = cancelAt + inv.script.cancelling;
    const started = cancelAt > startAt;
    if (now2 < over)
      return { status: "Cancelling", details: "Cancelling", done: false, started, startAt };
    return { status: "Cancelled", details: "Cancelled", done: true, started, startAt, endAt: over };
  }
  if (now2 >= endAt) {
    const { status, details: details2 } = ENDINGS[ending];
    return { status, details: details2, done: true, started: !NEVER_RUNS.includes(ending), startAt, endAt };
  }
  const base2 = { done: false, started: false, startAt };
  if (now2 < inv.sentAt + inv.script.pending)
    return { ...base2, status: "Pending", details: "Pending" };
  if (now2 < startAt) return { ...base2, status: "Delayed", details: "Delayed" };
  return { ...base2, status: "InProgress", details: "In Progress", started: true };
}
function cancellable(inv, now2) {
  return inv.cancelledAt === void 0 && !stateAt(inv, now2).done;
}
function responseCode(inv, state) {
  if (!state.done || !state.started) return -1;
  const scripted = inv.script["response-code"];
  if (state.status === "Success") return scripted ?? 0;
  if (state.status === "Failed") return scripted ?? 1;
  return -1;
}
function hasOutput(state) {
  return state.status === "Success" || state.status === "Failed" && state.started;
}
function truncate(text, limit) {
  if (text.length <= limit) return text;
  return `${text.slice(0, limit - TRUNCATED2.length)}${TRUNCATED2}`;
}
function pluginOutput(stdout, stderr) {
  return truncate(stderr ? `${stdout}${ERROR_HEADER}${stderr}` : stdout, PLUGIN_OUTPUT_LIMIT);
}
var ENDINGS, NEVER_RUNS, STDOUT_LIMIT2, STDERR_LIMIT, PLUGIN_OUTPUT_LIMIT, ERROR_HEADER, TRUNCATED2;
var init_invocation = __esm({
  "src/sandbox/ssm/invocation.ts"() {
    "use strict";
    ENDINGS = {
      Success: { status: "Success", details: "Success" },
      Failed: { status: "Failed", details: "Failed" },
      TimedOut: { status: "TimedOut", details: "Execution Timed Out" },
      Cancelled: { status: "Cancelled", details: "Cancelled" },
      DeliveryTimedOut: { status: "TimedOut", details: "Delivery Timed Out" },
      Undeliverable: { status: "Failed", details: "Undeliverable" }
    };
    NEVER_RUNS = ["DeliveryTimedOut", "Undeliverable"];
    STDOUT_LIMIT2 = 24e3;
    STDERR_LIMIT = 8e3;
    PLUGIN_OUTPUT_LIMIT = 2500;
    ERROR_HEADER = "\n----------ERROR-------\n";
    TRUNCATED2 = "\n---Output truncated---";
  }
});

// src/sandbox/ssm/rate-controls.ts
function rateControls(maxConcurrency, maxErrors, targets) {
  if (!CONCURRENCY.test(maxConcurrency))
    throw invalid2("maxConcurrency", maxConcurrency, CONCURRENCY);
  if (!ERRORS2.test(maxErrors)) throw invalid2("maxErrors", maxErrors, ERRORS2);
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
function schedule(invocations, controls, at2) {
  const running = [];
  let now2 = at2;
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
    finishUpTo(now2);
    if (stoppedAt === void 0 && running.length >= controls.concurrency) {
      now2 = Math.max(now2, running.sort((a, b) => a.endAt - b.endAt)[0]?.endAt ?? now2);
      finishUpTo(now2);
    }
    if (stoppedAt !== void 0) {
      inv.terminatedAt = stoppedAt;
      inv.sentAt = Number.POSITIVE_INFINITY;
      continue;
    }
    inv.sentAt = now2;
    running.push(naturalOutcome(inv, now2));
  }
}
var CONCURRENCY, ERRORS2, DEFAULT_MAX_CONCURRENCY, DEFAULT_MAX_ERRORS;
var init_rate_controls = __esm({
  "src/sandbox/ssm/rate-controls.ts"() {
    "use strict";
    init_service();
    init_invocation();
    CONCURRENCY = /^([1-9][0-9]*|[1-9][0-9]%|[1-9]%|100%)$/;
    ERRORS2 = /^([1-9][0-9]*|[0]|[1-9][0-9]%|[0-9]%|100%)$/;
    DEFAULT_MAX_CONCURRENCY = "50";
    DEFAULT_MAX_ERRORS = "0";
  }
});

// src/sandbox/ssm/commands.ts
import { randomUUID as randomUUID5 } from "node:crypto";
function commandStatus(command2, states, now2) {
  const at2 = (status, details2 = status) => ({ status, details: details2 });
  if (states.some((s) => !s.done)) {
    if (command2.cancelled) return at2("Cancelling");
    if (states.every((s) => s.status === "Pending") && now2 - command2.requestedAt < DEFAULT_SCRIPT["appears-after"])
      return at2("Pending");
    return at2("InProgress", "In Progress");
  }
  if (command2.cancelled && states.some((s) => s.status === "Cancelled")) return at2("Cancelled");
  if (states.every((s) => s.status === "Success")) return at2("Success");
  if (states.some((s) => s.status === "Failed")) return at2("Failed");
  if (states.some((s) => s.status === "TimedOut"))
    return at2(
      "TimedOut",
      states.some((s) => s.details === "Execution Timed Out") ? "Execution Timed Out" : "Delivery Timed Out"
    );
  return at2("Cancelled");
}
function pluginStatus(status) {
  if (status === "Delayed") return "Pending";
  if (status === "Cancelling") return "InProgress";
  return status;
}
function executionTimeoutMs(parameters) {
  const value = parameters.executionTimeout?.[0];
  const seconds3 = value === void 0 ? Number.NaN : Number(value);
  return Number.isFinite(seconds3) && seconds3 > 0 ? seconds3 * 1e3 : void 0;
}
function logGroupOf(config, documentName) {
  if (typeof config !== "object" || config === null) return void 0;
  const c = config;
  if (c.CloudWatchOutputEnabled !== true) return void 0;
  return typeof c.CloudWatchLogGroupName === "string" && c.CloudWatchLogGroupName !== "" ? c.CloudWatchLogGroupName : `aws/ssm/${documentName}`;
}
function cloudWatchConfig(command2) {
  return {
    CloudWatchLogGroupName: command2.logGroup ?? "",
    CloudWatchOutputEnabled: command2.logGroup !== void 0
  };
}
function executionTimes(state, now2) {
  if (!state.started)
    return { ExecutionStartDateTime: "", ExecutionElapsedTime: "", ExecutionEndDateTime: "" };
  const end = state.done ? state.endAt ?? now2 : now2;
  return {
    ExecutionStartDateTime: new Date(state.startAt).toISOString(),
    ExecutionElapsedTime: `PT${((end - state.startAt) / 1e3).toFixed(3)}S`,
    ExecutionEndDateTime: state.done ? new Date(end).toISOString() : ""
  };
}
function pluginName(documentName) {
  return documentName === "AWS-RunPowerShellScript" ? "aws:runPowerShellScript" : "aws:runShellScript";
}
var MAX_LIST_PAGE, DEFAULT_DELIVERY_TIMEOUT_S, NOT_FOUND, CommandRunner, badToken;
var init_commands = __esm({
  "src/sandbox/ssm/commands.ts"() {
    "use strict";
    init_input();
    init_service();
    init_invocation();
    init_rate_controls();
    init_scenario5();
    MAX_LIST_PAGE = 50;
    DEFAULT_DELIVERY_TIMEOUT_S = 3600;
    NOT_FOUND = () => new AwsError(
      "InvocationDoesNotExist",
      "The command ID and instance ID you specified did not match any invocations."
    );
    CommandRunner = class {
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
        const now2 = this.ctx.now();
        const text = (parameters.commands ?? []).join("\n");
        const timeout = executionTimeoutMs(parameters);
        const command2 = {
          id: randomUUID5(),
          documentName,
          comment: input.optionalString("Comment") ?? "",
          parameters,
          targets: Array.isArray(raw.Targets) ? raw.Targets : [],
          requestedAt: now2,
          timeoutSeconds: input.integer("TimeoutSeconds", { min: 30, max: 2592e3 }) ?? DEFAULT_DELIVERY_TIMEOUT_S,
          maxConcurrency: input.optionalString("MaxConcurrency") ?? DEFAULT_MAX_CONCURRENCY,
          maxErrors: input.optionalString("MaxErrors") ?? DEFAULT_MAX_ERRORS,
          logGroup: logGroupOf(raw.CloudWatchOutputConfig, documentName),
          invocations: instanceIds.map((instanceId) => ({
            instanceId,
            script: this.scriptFor(documentName, text, instanceId),
            requestedAt: now2,
            sentAt: now2,
            executionTimeoutMs: timeout
          })),
          cancelled: false
        };
        const controls = rateControls(
          command2.maxConcurrency,
          command2.maxErrors,
          command2.invocations.length
        );
        schedule(command2.invocations, controls, now2);
        this.commands.push(command2);
        return { Command: this.describeCommand(command2) };
      }
      cancelCommand(raw) {
        const input = new Input(raw, "ValidationException");
        const id = input.string("CommandId");
        const command2 = this.commands.find((c) => c.id === id);
        if (!command2) throw new AwsError("InvalidCommandId", `Command ${id} is not valid.`);
        const only = input.strings("InstanceIds");
        const now2 = this.ctx.now();
        command2.cancelled = true;
        for (const inv of command2.invocations)
          if ((!only || only.includes(inv.instanceId)) && cancellable(inv, now2)) inv.cancelledAt = now2;
        return {};
      }
      getCommandInvocation(raw) {
        const input = new Input(raw, "ValidationException");
        const commandId = input.string("CommandId");
        const instanceId = input.string("InstanceId");
        const command2 = this.commands.find((c) => c.id === commandId);
        const inv = command2?.invocations.find((i) => i.instanceId === instanceId);
        if (!command2 || !inv || !this.hasAppeared(inv)) throw NOT_FOUND();
        const state = this.settle(command2, inv);
        const out = hasOutput(state);
        return {
          CommandId: command2.id,
          InstanceId: instanceId,
          Comment: command2.comment,
          DocumentName: command2.documentName,
          DocumentVersion: "$DEFAULT",
          PluginName: pluginName(command2.documentName),
          ResponseCode: responseCode(inv, state),
          ...executionTimes(state, this.ctx.now()),
          Status: state.status,
          StatusDetails: state.details,
          StandardOutputContent: out ? truncate(inv.script.stdout, STDOUT_LIMIT2) : "",
          StandardOutputUrl: "",
          StandardErrorContent: out ? truncate(inv.script.stderr, STDERR_LIMIT) : "",
          StandardErrorUrl: "",
          CloudWatchOutputConfig: cloudWatchConfig(command2)
        };
      }
      listCommandInvocations(raw) {
        const input = new Input(raw, "ValidationException");
        const commandId = input.optionalString("CommandId");
        const instanceId = input.optionalString("InstanceId");
        const limit = input.integer("MaxResults", { min: 1, max: MAX_LIST_PAGE }) ?? MAX_LIST_PAGE;
        const details2 = input.boolean("Details");
        const all = [...this.commands].filter((c) => commandId === void 0 || c.id === commandId).reverse().flatMap(
          (c) => c.invocations.filter((i) => this.hasAppeared(i) && (!instanceId || i.instanceId === instanceId)).map((i) => ({ c, i }))
        );
        const start = offsetFromToken(input.optionalString("NextToken"), badToken);
        const page = all.slice(start, start + limit);
        return {
          CommandInvocations: page.map(({ c, i }) => this.describeInvocation(c, i, details2)),
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
      settle(command2, inv) {
        const state = stateAt(inv, this.ctx.now());
        if (command2.logGroup && !inv.logged && state.done) {
          inv.logged = true;
          if (hasOutput(state)) this.writeLogs(command2, inv, state.endAt ?? this.ctx.now());
        }
        return state;
      }
      /** Streams `<command id>/<instance id>/<plugin id>/stdout` and `/stderr`, full length. */
      writeLogs(command2, inv, at2) {
        const group = command2.logGroup;
        const prefix = `${command2.id}/${inv.instanceId}/${pluginName(command2.documentName).replace(":", "-")}`;
        const events = (text) => text.split("\n").filter((line, i, all) => line !== "" || i < all.length - 1).map((message) => ({ timestamp: at2, message }));
        if (inv.script.stdout)
          this.ctx.logs.append(group, `${prefix}/stdout`, events(inv.script.stdout));
        if (inv.script.stderr)
          this.ctx.logs.append(group, `${prefix}/stderr`, events(inv.script.stderr));
      }
      describeCommand(command2) {
        const states = command2.invocations.map((i) => this.settle(command2, i));
        const { status, details: details2 } = commandStatus(command2, states, this.ctx.now());
        return {
          CommandId: command2.id,
          DocumentName: command2.documentName,
          DocumentVersion: "$DEFAULT",
          Comment: command2.comment,
          ExpiresAfter: new Date(command2.requestedAt + command2.timeoutSeconds * 1e3),
          Parameters: command2.parameters,
          InstanceIds: command2.targets.length > 0 ? [] : command2.invocations.map((i) => i.instanceId),
          Targets: command2.targets,
          RequestedDateTime: new Date(command2.requestedAt),
          Status: status,
          StatusDetails: details2,
          OutputS3Region: this.ctx.region,
          MaxConcurrency: command2.maxConcurrency,
          MaxErrors: command2.maxErrors,
          TargetCount: command2.invocations.length,
          CompletedCount: states.filter((s) => s.done).length,
          // "The number of targets for which the status is Failed or Execution Timed Out" (model).
          ErrorCount: states.filter(
            (s) => s.details === "Failed" || s.details === "Execution Timed Out"
          ).length,
          DeliveryTimedOutCount: states.filter((s) => s.details === "Delivery Timed Out").length,
          TimeoutSeconds: command2.timeoutSeconds,
          CloudWatchOutputConfig: cloudWatchConfig(command2)
        };
      }
      describeInvocation(command2, inv, details2) {
        const state = this.settle(command2, inv);
        return {
          CommandId: command2.id,
          InstanceId: inv.instanceId,
          InstanceName: "",
          Comment: command2.comment,
          DocumentName: command2.documentName,
          DocumentVersion: "$DEFAULT",
          RequestedDateTime: new Date(command2.requestedAt),
          Status: state.status,
          StatusDetails: state.details,
          TraceOutput: "",
          StandardOutputUrl: "",
          StandardErrorUrl: "",
          CommandPlugins: details2 ? [this.describePlugin(command2, inv, state)] : [],
          CloudWatchOutputConfig: cloudWatchConfig(command2)
        };
      }
      describePlugin(command2, inv, state) {
        return {
          Name: pluginName(command2.documentName),
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
    badToken = () => new AwsError("InvalidNextToken", "The specified token isn't valid.");
  }
});

// src/sandbox/ssm/instances.ts
function parseTargets(input, raw) {
  if (raw === void 0 || raw === null) return [];
  const ok = Array.isArray(raw) && raw.every(
    (t2) => typeof t2 === "object" && t2 !== null && typeof t2.Key === "string" && Array.isArray(t2.Values)
  );
  if (!ok) input.fail("Targets", "Member must be a list of { Key, Values }");
  const targets = raw;
  if (targets.length > MAX_TARGETS2)
    input.fail("Targets", `Member must have length less than or equal to ${MAX_TARGETS2}`);
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
function matches2(instance, target2) {
  if (target2.Key === "InstanceIds") return target2.Values.includes(instance.id);
  if (target2.Key === "tag-key") return target2.Values.some((k) => Object.hasOwn(instance.tags, k));
  const value = instance.tags[target2.Key.slice("tag:".length)];
  return value !== void 0 && target2.Values.includes(value);
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
var MAX_TARGETS2, MAX_INSTANCE_IDS, MAX_TARGET_VALUES, ManagedInstances, badToken2;
var init_instances = __esm({
  "src/sandbox/ssm/instances.ts"() {
    "use strict";
    init_input();
    init_service();
    MAX_TARGETS2 = 5;
    MAX_INSTANCE_IDS = 50;
    MAX_TARGET_VALUES = 50;
    ManagedInstances = class {
      /** `undefined`: the scenario has no inventory, and any instance id is accepted. */
      constructor(known2, now2) {
        this.known = known2;
        this.now = now2;
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
        const known2 = this.known;
        const unknown = known2 ? ids.filter((id) => !known2.some((i) => i.id === id)) : [];
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
    badToken2 = () => new AwsError("InvalidNextToken", "The specified token isn't valid.");
  }
});

// src/sandbox/ssm/parameters.ts
import { createHash as createHash6 } from "node:crypto";
function parameterNotFound() {
  return new AwsError("ParameterNotFound", "");
}
function versionNotFound(name, selector) {
  return new AwsError(
    "ParameterVersionNotFound",
    `Systems Manager could not find version ${selector} of ${name}. Verify the version and try again.`
  );
}
function parameterType(input) {
  const type = input.optionalString("Type");
  if (type === void 0) return void 0;
  if (!PARAMETER_TYPES.includes(type))
    input.fail("Type", `Member must satisfy enum value set: [${PARAMETER_TYPES.join(", ")}]`);
  return type;
}
function checkName(name) {
  const bad = (why) => new AwsError("ValidationException", `Parameter name: ${why}`);
  if (!NAME3.test(name)) throw bad("can only contain letters, numbers and the symbols . - _ /");
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
function ciphertext(name, version2) {
  const digest = createHash6("sha256").update(`${name}\0${version2.version}\0${version2.value}`);
  const body = digest.digest();
  const blocks = Math.ceil((version2.value.length + 48) / body.length);
  const header6 = Buffer.from([1, 2, 2, 0, 120]);
  return Buffer.concat([header6, ...Array.from({ length: blocks }, () => body)]).toString("base64");
}
function parameterTier(input, bytes2) {
  const asked = input.optionalString("Tier") ?? "Standard";
  if (!TIERS.includes(asked))
    input.fail("Tier", `Member must satisfy enum value set: [${TIERS.join(", ")}]`);
  if (bytes2 > MAX_ADVANCED_BYTES)
    input.fail("Value", `Member must have length less than or equal to ${MAX_ADVANCED_BYTES}`);
  if (asked === "Standard" && bytes2 > MAX_STANDARD_BYTES)
    throw new AwsError(
      "ValidationException",
      `Standard tier parameters support a maximum parameter value of ${MAX_STANDARD_BYTES} characters. To create a larger parameter value, upgrade the parameter to use the advanced-parameter tier. For more information, see https://docs.aws.amazon.com/systems-manager/latest/userguide/parameter-store-advanced-parameters.html`
    );
  return asked === "Standard" || asked === "Intelligent-Tiering" && bytes2 <= MAX_STANDARD_BYTES ? "Standard" : "Advanced";
}
var MAX_NAMES, MAX_PAGE, MAX_STANDARD_BYTES, MAX_ADVANCED_BYTES, TIERS, NAME3, ParameterStore;
var init_parameters = __esm({
  "src/sandbox/ssm/parameters.ts"() {
    "use strict";
    init_input();
    init_service();
    init_scenario5();
    MAX_NAMES = 10;
    MAX_PAGE = 10;
    MAX_STANDARD_BYTES = 4096;
    MAX_ADVANCED_BYTES = 8192;
    TIERS = ["Standard", "Advanced", "Intelligent-Tiering"];
    NAME3 = /^[a-zA-Z0-9_.\-/]+$/;
    ParameterStore = class {
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
        const found2 = this.resolve(reference);
        if (!found2) {
          const [name = "", selector] = stripArn(reference).split(":");
          if (selector !== void 0 && this.parameters.has(name))
            throw versionNotFound(name, selector);
          throw parameterNotFound();
        }
        return { Parameter: this.describe(found2, input.boolean("WithDecryption")) };
      }
      getParameters(raw) {
        const input = new Input(raw, "ValidationException");
        const names = input.strings("Names", MAX_NAMES) ?? input.fail("Names", "Member must not be null");
        const decrypt = input.boolean("WithDecryption");
        const found2 = names.map((name) => ({ name, found: this.resolve(name) }));
        return {
          Parameters: found2.flatMap((f) => f.found ? [this.describe(f.found, decrypt)] : []),
          InvalidParameters: found2.filter((f) => !f.found).map((f) => f.name)
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
        const version2 = {
          value,
          type,
          version: (versions.at(-1)?.version ?? 0) + 1,
          modifiedAt: this.ctx.now(),
          ...description !== void 0 ? { description } : {}
        };
        this.parameters.set(name, [...versions, version2]);
        return version2;
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
        const version2 = versions.find((v) => String(v.version) === selector);
        return version2 ? { name, version: version2, selector: `:${selector}` } : void 0;
      }
      describe(p, decrypt) {
        const { name, version: version2 } = p;
        const secret = version2.type === "SecureString" && !decrypt;
        return {
          Name: name,
          Type: version2.type,
          Value: secret ? ciphertext(name, version2) : version2.value,
          Version: version2.version,
          ...p.selector ? { Selector: p.selector } : {},
          LastModifiedDate: new Date(version2.modifiedAt),
          ARN: this.arn(name),
          DataType: "text"
        };
      }
      arn(name) {
        const resource = name.startsWith("/") ? name : `/${name}`;
        return `arn:aws:ssm:${this.ctx.region}:${this.ctx.accountId}:parameter${resource}`;
      }
    };
  }
});

// src/sandbox/ssm/index.ts
function createSsmService(section, deps) {
  const scenario = parseSsmSection(section);
  const now2 = () => deps.clock.now();
  const parameters = new ParameterStore({ now: now2, region: deps.region, accountId: deps.accountId });
  for (const p of scenario.parameters) parameters.seed(p);
  const instances2 = new ManagedInstances(scenario.instances, now2);
  const commands = new CommandRunner({
    now: now2,
    region: deps.region,
    scripts: scenario.commands,
    instances: instances2,
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
    DescribeInstanceInformation: (i) => instances2.describeInstanceInformation(i)
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
var init_ssm = __esm({
  "src/sandbox/ssm/index.ts"() {
    "use strict";
    init_protocol();
    init_commands();
    init_instances();
    init_parameters();
    init_scenario5();
  }
});

// src/sandbox/index.ts
var sandbox_exports = {};
__export(sandbox_exports, {
  Faults: () => Faults,
  ManualClock: () => ManualClock,
  MemoryLogStore: () => MemoryLogStore,
  RequestLog: () => RequestLog,
  ScaledClock: () => ScaledClock,
  ScenarioError: () => ScenarioError,
  exportLines: () => exportLines,
  secretArn: () => secretArn,
  startSandbox: () => startSandbox
});
async function startSandbox(options = {}) {
  const file = typeof options.scenario === "string" ? options.scenario : void 0;
  try {
    return await buildSandbox(options);
  } catch (error2) {
    throw file ? locateScenarioError(error2, file) : error2;
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
  } catch (error2) {
    await closeServices(services);
    throw error2;
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
  } catch (error2) {
    await closeServices(services);
    throw error2;
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
var init_sandbox = __esm({
  "src/sandbox/index.ts"() {
    "use strict";
    init_clock();
    init_ecs();
    init_faults();
    init_logs2();
    init_rds_data();
    init_request_log();
    init_scenario6();
    init_secrets_manager();
    init_server();
    init_ssm();
    init_clock();
    init_faults();
    init_logs2();
    init_request_log();
    init_secrets_manager();
    init_service();
  }
});

// src/cli/sandbox-command.ts
var sandbox_command_exports = {};
__export(sandbox_command_exports, {
  serveSandbox: () => serveSandbox
});
async function serveSandbox(command2, io) {
  const sandbox = await startSandbox({
    ...command2.port !== void 0 ? { port: command2.port } : {},
    ...command2.scenario ? { scenario: command2.scenario } : {},
    ...command2.database ? { databaseUrl: command2.database } : {}
  });
  io.stdout(`${exportLines(sandbox)}
`);
  io.stderr(
    `# sandbox listening on ${sandbox.url}; paste the lines above into a shell. Ctrl-C stops it.
`
  );
  await new Promise((resolve4) => {
    process.once("SIGINT", resolve4);
    process.once("SIGTERM", resolve4);
  });
  await sandbox.close();
  return 0;
}
var init_sandbox_command = __esm({
  "src/cli/sandbox-command.ts"() {
    "use strict";
    init_sandbox();
  }
});

// src/release/status.ts
async function environmentStatus(plan, environment2, aws, version2, signal) {
  const store = openStore(plan, environment2, aws);
  if (!store)
    throw new UserError(
      `${plan.file} keeps no release record (record.store: none)`,
      "remove record.store: none from the plan to keep one"
    );
  const record2 = new ReleaseRecord(store, { owner: "status" });
  const state = await record2.state(signal);
  const wanted = version2 ? [version2] : state.released.slice(0, LISTED);
  const versions = [];
  for (const v of wanted) {
    const entries = await record2.phases(v, signal);
    const order = plan.phases.map((p) => p.id);
    versions.push({
      version: v,
      phases: [...entries.values()].sort((a, b) => order.indexOf(a.phase) - order.indexOf(b.phase)).map((e) => ({
        phase: e.phase,
        status: e.status,
        startedAt: e.startedAt,
        ...e.endedAt ? { endedAt: e.endedAt } : {},
        ...e.summary ? { summary: e.summary } : {},
        ...e.run.actor ? { actor: e.run.actor } : {},
        run: e.run.url ?? e.run.owner
      }))
    });
  }
  return {
    app: plan.app,
    environment: environment2,
    record: store.location,
    ...state.current ? { current: state.current } : {},
    ...state.previous ? { previous: state.previous } : {},
    versions
  };
}
function statusText(s) {
  const when = (iso) => `${iso.slice(0, 16).replace("T", " ")} UTC`;
  const released = (label2, r) => r ? `${label2}: ${r.version}, released ${when(r.at)}${r.run.actor ? ` by ${r.run.actor}` : ""} (${r.run.url ?? r.run.owner})` : `${label2}: none`;
  const lines = [
    `${s.app} ${s.environment} (${s.record})`,
    released("current", s.current),
    released("previous", s.previous)
  ];
  if (s.versions.length === 0) lines.push("", "no release recorded yet");
  for (const v of s.versions) {
    lines.push("", v.version);
    if (v.phases.length === 0) lines.push("  no phase recorded for this version");
    for (const p of v.phases)
      lines.push(
        `  ${p.phase.padEnd(18)} ${p.status.padEnd(10)} ${when(p.endedAt ?? p.startedAt)}  ${p.actor ?? ""}  ${p.run ?? ""}`.trimEnd()
      );
  }
  return `${lines.join("\n")}
`;
}
var LISTED;
var init_status = __esm({
  "src/release/status.ts"() {
    "use strict";
    init_errors();
    init_release_record();
    LISTED = 3;
  }
});

// src/cli/status-command.ts
var status_command_exports = {};
__export(status_command_exports, {
  statusCommand: () => statusCommand2
});
async function statusCommand2(command2, io, registry) {
  if (!command2.env)
    throw new UserError(
      "status needs an environment",
      `write: phasegate status ${command2.plan} --env production`
    );
  const plan = await loadPlan(command2.plan, { registry });
  const cancel = cancelOnSignals();
  try {
    const status = await environmentStatus(
      plan,
      command2.env,
      createAwsClients(plan.region),
      command2.version,
      cancel.signal
    );
    io.stdout(command2.json ? `${JSON.stringify(status, null, 2)}
` : statusText(status));
    return 0;
  } finally {
    cancel.dispose();
  }
}
var init_status_command = __esm({
  "src/cli/status-command.ts"() {
    "use strict";
    init_clients();
    init_errors();
    init_load();
    init_signals();
    init_status();
  }
});

// src/phases/migrate/unlock.ts
async function unlockMigrations(ctx) {
  const session = openSession(ctx);
  try {
    const wake = wakeOptionsOf(ctx);
    const lease = await whileWaking(
      "reading the lease",
      () => readLease(session.executor, session.names),
      wake
    );
    if (!lease) return { summary: `no migration lease is held on ${session.executor.target}` };
    await whileWaking(
      "removing the lease",
      () => releaseLease(session.executor, session.names, lease.owner),
      wake
    );
    const summary = `removed the migration lease held by ${lease.owner} (it would have expired at ${lease.expiresAt})`;
    ctx.log.info(summary);
    return { summary };
  } finally {
    await session.executor.close();
  }
}
var init_unlock = __esm({
  "src/phases/migrate/unlock.ts"() {
    "use strict";
    init_resume();
    init_lock();
    init_session();
  }
});

// src/cli/migrate-command.ts
var migrate_command_exports = {};
__export(migrate_command_exports, {
  migrateCommand: () => migrateCommand2
});
async function migrateCommand2(command2, io, registry, secrets) {
  const settings = releaseSettings(command2.plan, command2.options, false, io.env, false);
  const plan = await loadPlan(command2.plan, { registry, vars: settings.vars });
  const phase3 = migratePhase(plan, command2.phase);
  const aws = createAwsClients(plan.region);
  const cancel = cancelOnSignals();
  try {
    const deps = { env: io.env, aws, secrets, signal: cancel.signal };
    const config = await standaloneSettings(plan, phase3, migrateKind.settings, settings, deps);
    const ctx = {
      config,
      aws,
      secrets,
      signal: cancel.signal,
      log: new TerminalLog(phase3.id, (line) => io.stderr(line), secrets),
      run: runInfo(plan, settings, io.env),
      plan: { app: plan.app, region: plan.region, file: plan.file }
    };
    const report = command2.name === "migrate-repair" ? (await repairChecksums(ctx)).report : await unlockMigrations(ctx);
    const details2 = report.details ? `
${markdownAsText(report.details)}
` : "";
    io.stdout(`${report.summary}
${details2}`);
    return 0;
  } finally {
    cancel.dispose();
  }
}
function migratePhase(plan, id) {
  const migrates = plan.phases.filter((p) => p.uses === "migrate");
  const ids = migrates.map((p) => p.id).join(", ") || "none";
  if (id) {
    const phase3 = migrates.find((p) => p.id === id);
    if (!phase3)
      throw new UserError(`the plan has no migrate phase "${id}"`, `its migrate phases: ${ids}`);
    return phase3;
  }
  const [only, ...others] = migrates;
  if (!only)
    throw new UserError(
      `${plan.file} has no migrate phase`,
      "migrate repair and unlock work on a phase with uses: migrate"
    );
  if (others.length > 0)
    throw new UserError("the plan has several migrate phases", `choose one with --phase: ${ids}`);
  return only;
}
var init_migrate_command = __esm({
  "src/cli/migrate-command.ts"() {
    "use strict";
    init_clients();
    init_errors();
    init_markdown();
    init_migrate();
    init_repair();
    init_unlock();
    init_load();
    init_release();
    init_signals();
    init_settings12();
    init_terminal_log();
  }
});

// src/release/iam/account.ts
function accountOf(vars, settings, explicit) {
  const text = JSON.stringify([vars, settings]);
  const found2 = [...text.matchAll(ARN_ACCOUNT)];
  const partition = found2[0]?.[1] ?? "aws";
  if (explicit !== void 0) return { id: explicit, partition, warnings: [] };
  const counts = /* @__PURE__ */ new Map();
  for (const m of found2) counts.set(m[2], (counts.get(m[2]) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const [first, ...others] = ranked;
  if (!first)
    return {
      id: "*",
      partition,
      warnings: [
        "the plan names no account in an ARN: the policy says any account (*); give --account 123456789012"
      ]
    };
  const warnings = others.length ? [
    `the plan's ARNs name several accounts (${ranked.map(([id]) => id).join(", ")}): the policy uses ${first[0]}; give --account to choose`
  ] : [];
  return { id: first[0], partition, warnings };
}
var ARN_ACCOUNT;
var init_account = __esm({
  "src/release/iam/account.ts"() {
    "use strict";
    ARN_ACCOUNT = /arn:(aws[a-z-]*):[a-z0-9-]+:[a-z0-9-]*:(\d{12}):/g;
  }
});

// src/release/iam/merge.ts
function mergeStatements(statements) {
  const merged = /* @__PURE__ */ new Map();
  for (const s of statements) {
    if (s.Resource.length === 0) continue;
    const actions11 = sorted3(s.Action);
    const key = JSON.stringify([s.Sid, actions11, canonical2(s.Condition)]);
    const found2 = merged.get(key);
    if (found2) found2.Resource = sorted3([...found2.Resource, ...s.Resource]);
    else merged.set(key, { ...s, Action: actions11, Resource: sorted3(s.Resource) });
  }
  for (const s of merged.values()) s.Resource = withoutCovered(s.Resource);
  const ordered = [...merged.values()].sort(
    (a, b) => compare3(a.Sid, b.Sid) || compare3(JSON.stringify(a), JSON.stringify(b))
  );
  return { Version: "2012-10-17", Statement: uniqueSids(ordered) };
}
function uniqueSids(statements) {
  const seen = /* @__PURE__ */ new Map();
  return statements.map((s) => {
    const n = (seen.get(s.Sid) ?? 0) + 1;
    seen.set(s.Sid, n);
    return n === 1 ? s : { ...s, Sid: `${s.Sid}${n}` };
  });
}
function withoutCovered(resources) {
  return resources.filter(
    (r) => !resources.some((other) => other !== r && matchesPattern(other, r))
  );
}
function sorted3(values) {
  return [...new Set(values)].sort(compare3);
}
function canonical2(condition) {
  if (!condition) return null;
  return Object.keys(condition).sort(compare3).map((operator) => {
    const keys = condition[operator] ?? {};
    return [
      operator,
      Object.keys(keys).sort(compare3).map((k) => [k, keys[k]])
    ];
  });
}
function compare3(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
var init_merge = __esm({
  "src/release/iam/merge.ts"() {
    "use strict";
    init_iam2();
  }
});

// src/release/iam/read-only.ts
function isReadAction(action) {
  return READ.test(action) || action === "kms:Decrypt";
}
function readOnly(statements, notes) {
  if (statements.some((s) => s.Action.includes("rds-data:ExecuteStatement")))
    notes.push(
      "read-only: rds-data:ExecuteStatement is left out (the Data API runs any SQL with it), so the dry run of a Data API migrate phase, which reads its history table, is refused (AccessDeniedException): plan it with a role that may call it with the secret of a read-only database user"
    );
  return statements.flatMap((s) => {
    const kept = s.Action.filter(isReadAction);
    return kept.length > 0 ? [{ ...s, Action: kept }] : [];
  });
}
var READ;
var init_read_only2 = __esm({
  "src/release/iam/read-only.ts"() {
    "use strict";
    READ = /^[a-z0-9-]+:(Describe|List|Get)[A-Za-z]*$/;
  }
});

// src/release/iam/run-permissions.ts
function templateParameters(names, scope) {
  if (names.length === 0) return [];
  return [
    allow(
      "ReadPlanParameters",
      ["ssm:GetParameters"],
      names.map((n) => parameterArn(scope, n))
    ),
    decryptViaSsm(scope)
  ];
}
function releaseRecord(app, environment2, scope, promoteFrom) {
  const path = parameterArn(scope, `/phasegate/${app}/${environment2}`);
  return [
    allow(
      "ReleaseRecord",
      ["ssm:DeleteParameter", "ssm:GetParameter", "ssm:PutParameter"],
      [`${path}/*`]
    ),
    allow("ReleaseRecordByPath", ["ssm:GetParametersByPath"], [path, `${path}/*`]),
    // promote-from reads only what the other environment released (its `state` parameter),
    // never its phases or lease, and writes nothing there.
    ...promoteFrom ? [
      allow(
        "PromoteFrom",
        ["ssm:GetParameter"],
        [`${parameterArn(scope, `/phasegate/${app}/${promoteFrom}`)}/${STATE_KEY}`]
      )
    ] : []
  ];
}
var init_run_permissions = __esm({
  "src/release/iam/run-permissions.ts"() {
    "use strict";
    init_iam2();
    init_keys();
  }
});

// src/release/iam/policy.ts
async function iamPolicy(plan, registry, options) {
  const notes = [];
  const ssm = /* @__PURE__ */ new Set();
  const render2 = knownRenderer(plan, options, (reference) => {
    if (reference.scope === "ssm") ssm.add(reference.name);
  });
  const account = accountOf(
    render2(plan.vars),
    plan.phases.map((p) => render2(p.with)),
    options.account
  );
  const scopeFor2 = scopes(plan, account, render2, notes);
  const statements = [];
  for (const phase3 of plan.phases)
    statements.push(...await phaseStatements(phase3, registry, render2, scopeFor2(phase3)));
  const run6 = scopeFor2({ id: "run", onFailure: "stop" });
  statements.push(
    ...templateParameters([...ssm].sort(), run6),
    ...plan.record.store === "none" ? [] : releaseRecord(
      plan.app,
      options.environment,
      run6,
      plan.environments[options.environment]?.promoteFrom
    )
  );
  const policy = mergeStatements(options.readOnly ? readOnly(statements, notes) : statements);
  return {
    policy,
    notes: [...new Set(notes)],
    warnings: [...account.warnings, ...sizeWarnings(policy)]
  };
}
function scopes(plan, account, render2, notes) {
  return (phase3) => ({
    partition: account.partition,
    region: plan.region,
    account: account.id,
    planFile: plan.file,
    phase: { id: phase3.id, onFailure: phase3.onFailure },
    render: async (value) => render2(value),
    note: (text) => notes.push(text)
  });
}
async function phaseStatements(phase3, registry, render2, scope) {
  const gates = [...phase3.gates.before, ...phase3.gates.after].map(
    (gate) => kindStatements(registry.check(gate.uses), gate, `check "${gate.name}"`, render2, scope)
  );
  const own2 = kindStatements(
    registry.phase(phase3.uses),
    phase3,
    `phase "${phase3.id}"`,
    render2,
    scope
  );
  return (await Promise.all([own2, ...gates])).flat();
}
async function kindStatements(kind, spec, what, render2, scope) {
  if (!kind?.iam) {
    scope.note(`phase ${scope.phase.id}: kind ${spec.uses} declares no IAM permissions`);
    return [];
  }
  const config = parseKnown(kind.settings, render2(spec.with), spec.position, what);
  return (await kind.iam()).permissions(config, scope);
}
function parseKnown(shape, value, position, what) {
  const ctx = { mode: "final", issues: [] };
  const parsed = shape.parse(value, ["with"], ctx);
  if (parsed !== void 0 && ctx.issues.length === 0) return parsed;
  throw new InvalidFileError(
    ctx.issues.map((issue) => ({
      severity: "error",
      position,
      message: `${what}: ${issue.path.join(".")}: ${issue.message}: iam-policy needs this value before the run`,
      hint: "write it in the plan or under vars: (or pass --var NAME=VALUE), not as a value known only at run time"
    }))
  );
}
function knownRenderer(plan, options, unknown) {
  const inputs = { environment: options.environment, "dry-run": String(options.readOnly ?? false) };
  const github = Object.fromEntries(
    GITHUB_NAMES.flatMap((name) => {
      const value = options.env[`GITHUB_${name.toUpperCase()}`];
      return value === void 0 ? [] : [[name, value]];
    })
  );
  const base2 = { inputs, env: options.env, github };
  const vars = renderKnown(plan.vars, { ...base2, vars: {} }, () => void 0);
  return (value) => renderKnown(value, { ...base2, vars }, unknown);
}
function sizeWarnings(policy) {
  const size3 = JSON.stringify(policy).replace(/\s/g, "").length;
  return size3 > MANAGED_POLICY_MAX ? [
    `the policy has ${size3} characters (without whitespace), more than the ${MANAGED_POLICY_MAX} of a managed policy: split it, or attach it inline (10,240 per role)`
  ] : [];
}
var MANAGED_POLICY_MAX;
var init_policy = __esm({
  "src/release/iam/policy.ts"() {
    "use strict";
    init_errors();
    init_interpolate();
    init_account();
    init_merge();
    init_read_only2();
    init_run_permissions();
    MANAGED_POLICY_MAX = 6144;
  }
});

// src/cli/iam-policy-command.ts
var iam_policy_command_exports = {};
__export(iam_policy_command_exports, {
  iamPolicyCommand: () => iamPolicyCommand2
});
async function iamPolicyCommand2(command2, io, registry, secrets) {
  const plan = await loadPlan(command2.plan, { registry, vars: parseVarAssignments(command2.vars) });
  registerPlanSecrets(plan, io.env, secrets);
  const { policy, notes, warnings } = await iamPolicy(plan, registry, {
    environment: command2.env,
    readOnly: command2.readOnly,
    env: io.env,
    ...command2.account ? { account: command2.account } : {}
  });
  for (const warning of warnings) io.stderr(`warning: ${warning}
`);
  for (const note of notes) io.stderr(`note: ${note}
`);
  io.stdout(`${JSON.stringify(policy, null, 2)}
`);
  return 0;
}
var init_iam_policy_command = __esm({
  "src/cli/iam-policy-command.ts"() {
    "use strict";
    init_load();
    init_vars_input();
    init_policy();
    init_release();
  }
});

// src/release/workflow/pins.ts
var PINNED_ACTIONS, PINNED_REF;
var init_pins = __esm({
  "src/release/workflow/pins.ts"() {
    "use strict";
    PINNED_ACTIONS = {
      checkout: {
        uses: "actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683",
        version: "v4.2.2"
      },
      configureAwsCredentials: {
        uses: "aws-actions/configure-aws-credentials@e3dd6a429d7300a6a4c196c26e071d42e0343502",
        version: "v4.0.2"
      }
    };
    PINNED_REF = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+(\/[^@\s]+)?@[0-9a-f]{40}$/;
  }
});

// src/release/workflow/action-ref.ts
function parseActionRef(text) {
  const ref = text.trim();
  if (ref === "." || ref.startsWith("./")) return { local: ref === "." ? "./" : ref };
  const [, uses = ref, version2] = WITH_COMMENT.exec(ref) ?? [];
  if (!PINNED_REF.test(uses)) {
    throw new UserError(
      `--action "${text}" is not pinned to a commit`,
      'write --action "OWNER/phasegate@<full 40-character commit SHA> # <version>": a tag or branch can be moved to other code, a commit cannot'
    );
  }
  if (!version2) {
    throw new UserError(
      `--action "${text}" has no version comment`,
      `write --action "${uses} # v1.2.0" with the release that commit is, so readers know what runs`
    );
  }
  return { uses, version: version2.trim() };
}
function actionRefNeeded(root) {
  return new UserError(
    `--action is needed: ${root} is not the phasegate repository (no action.yml named phasegate at its root), and phasegate does not guess which release to run`,
    'write --action "OWNER/phasegate@<full 40-character commit SHA> # <version>", the phasegate release to run, pinned to its commit'
  );
}
var WITH_COMMENT;
var init_action_ref = __esm({
  "src/release/workflow/action-ref.ts"() {
    "use strict";
    init_errors();
    init_pins();
    WITH_COMMENT = /^(\S+)\s+#\s*(\S.*)$/;
  }
});

// src/release/workflow/compare.ts
import { isDeepStrictEqual } from "node:util";
import { parse as parse3 } from "yaml";
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
    const value = parse3(text);
    return value && typeof value === "object" ? value : void 0;
  } catch {
    return void 0;
  }
}
function union(a, b) {
  return [.../* @__PURE__ */ new Set([...a, ...b])];
}
var init_compare2 = __esm({
  "src/release/workflow/compare.ts"() {
    "use strict";
  }
});

// src/release/workflow/jobs.ts
import { Scalar } from "yaml";
function phaseJob(phase3, context) {
  const minutes = Math.ceil(phase3.timeoutMs / 6e4) + JOB_MARGIN_MINUTES;
  return {
    name: plainText(phase3.name),
    ...phase3.needs.length > 0 ? { needs: phase3.needs, if: runsWhen(phase3, context.plan) } : {},
    "runs-on": "ubuntu-latest",
    environment: context.environment,
    "timeout-minutes": minutes,
    steps: [
      ...setupSteps(context.options.roleVariable, context.plan.region, minutes),
      phasegateStep(phase3, context)
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
function runsWhen(phase3, plan) {
  const met = phase3.needs.map((id) => {
    const need = plan.phases.find((p) => p.id === id);
    const result2 = `needs.${id}.result`;
    return need?.onFailure === "continue" ? `(${result2} == 'success' || ${result2} == 'failure')` : `${result2} == 'success'`;
  });
  return `\${{ ${["!cancelled()", ...met].join(" && ")} }}`;
}
function phasegateStep(phase3, { options, environment: environment2 }) {
  return {
    name: `phasegate: ${phase3.id}`,
    uses: phasegateUses(options.action),
    with: {
      plan: options.planPath,
      phases: phase3.id,
      environment: environment2,
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
  const node = new Scalar(action.uses);
  node.comment = ` ${action.version}`;
  return node;
}
function plainText(text) {
  return text.replaceAll("${{", "$ {{");
}
function literal(text) {
  return text.replaceAll("'", "''");
}
var JOB_MARGIN_MINUTES, MIN_SESSION_SECONDS;
var init_jobs = __esm({
  "src/release/workflow/jobs.ts"() {
    "use strict";
    init_pins();
    JOB_MARGIN_MINUTES = 10;
    MIN_SESSION_SECONDS = 900;
  }
});

// src/release/workflow/generate.ts
import { Document, isMap as isMap3, isScalar as isScalar3 } from "yaml";
function workflowYaml(plan, options) {
  const environment2 = `\${{ inputs.environment || '${literal(options.tagEnvironment)}' }}`;
  const context = { plan, options, environment: environment2 };
  const doc = new Document({
    name: "release",
    "run-name": `release \${{ inputs.version || github.ref_name }} to ${environment2}`,
    on: triggers(),
    permissions: PERMISSIONS,
    concurrency: {
      // One release per environment at a time; a running one is never cancelled half-way. A
      // second run waits (GitHub keeps one pending run per group, a newer one replaces it).
      group: `phasegate-${plainText(plan.app)}-${environment2}`,
      "cancel-in-progress": false
    },
    jobs: Object.fromEntries(plan.phases.map((p) => [p.id, phaseJob(p, context)]))
  });
  doc.commentBefore = header4(plan, options);
  spaceOut(doc.contents);
  spaceOut(doc.get("jobs", true));
  return doc.toString({ lineWidth: 0 });
}
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
function header4(plan, options) {
  return [
    ` ${HEADER2}.`,
    ` The release of ${plan.app} from ${options.planPath}: one job per phase, with the plan's needs.`,
    ` After changing the plan, regenerate:  ${options.command}`,
    ` CI checks it is current:              ${options.command} --check`,
    ' "Re-run failed jobs" re-runs the failed phase and the phases after it; phasegate skips',
    " a phase whose success is recorded for this version (docs/workflow.md)."
  ].join("\n");
}
function spaceOut(node) {
  if (!isMap3(node)) return;
  node.items.forEach((pair, i) => {
    if (i > 0 && isScalar3(pair.key)) pair.key.spaceBefore = true;
  });
}
var HEADER2, PERMISSIONS;
var init_generate = __esm({
  "src/release/workflow/generate.ts"() {
    "use strict";
    init_jobs();
    HEADER2 = "generated by phasegate workflow; do not edit";
    PERMISSIONS = { contents: "read", deployments: "write", "id-token": "write" };
  }
});

// src/release/workflow/plan-workflow.ts
import { Document as Document2 } from "yaml";
function planWorkflowYaml(plan, options) {
  const environment2 = options.tagEnvironment;
  const doc = new Document2({
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
        name: plainText(`plan ${plan.app} \u2192 ${environment2}`),
        "runs-on": "ubuntu-latest",
        "timeout-minutes": JOB_MINUTES,
        steps: [
          ...setupSteps(options.roleVariable, plan.region, JOB_MINUTES),
          {
            name: "phasegate: plan",
            uses: phasegateUses(options.action),
            with: { plan: options.planPath, environment: plainText(environment2), "dry-run": true }
          }
        ]
      }
    }
  });
  doc.commentBefore = header5(plan, options);
  spaceOut(doc.contents);
  return doc.toString({ lineWidth: 0 });
}
function header5(plan, options) {
  return [
    ` ${HEADER2}.`,
    ` The plan of ${plan.app} from ${options.planPath} on pull requests that touch it: a dry run`,
    ` with read-only credentials (${options.roleVariable}: a role whose policy is`,
    ` phasegate iam-policy --read-only), posted as one comment on the pull request.`,
    ` After changing the plan, regenerate:  ${options.command}`,
    ` CI checks it is current:              ${options.command} --check`
  ].join("\n");
}
var JOB_MINUTES, PERMISSIONS2;
var init_plan_workflow = __esm({
  "src/release/workflow/plan-workflow.ts"() {
    "use strict";
    init_generate();
    init_jobs();
    JOB_MINUTES = 15;
    PERMISSIONS2 = { contents: "read", "id-token": "write", "pull-requests": "write" };
  }
});

// src/cli/workflow-command.ts
var workflow_command_exports = {};
__export(workflow_command_exports, {
  workflowCommand: () => workflowCommand2
});
import { existsSync as existsSync2, readFileSync as readFileSync3 } from "node:fs";
import { mkdir, readFile as readFile5, stat as stat2, writeFile } from "node:fs/promises";
import { dirname as dirname4, isAbsolute as isAbsolute2, join as join3, relative as relative3, resolve as resolve3, sep as sep2 } from "node:path";
import { parse as parseYaml } from "yaml";
async function workflowCommand2(command2, io, registry) {
  const plan = await loadPlan(command2.plan, { registry });
  const root = repositoryRoot(resolve3(command2.plan));
  const { kind } = command2.options;
  const output = command2.options.output ? resolve3(command2.options.output) : join3(root, DEFAULTS[kind].output);
  const options = generationOptions(command2, root);
  const text = kind === "plan" ? planWorkflowYaml(plan, { ...options, paths: await planPaths(plan, root, registry) }) : workflowYaml(plan, options);
  const shown2 = relative3(process.cwd(), output) || output;
  if (command2.options.check) return check(output, shown2, text, command2, io);
  checkWritable(output, "--output");
  await mkdir(dirname4(output), { recursive: true });
  await writeFile(output, text);
  const jobs = kind === "plan" ? ["plan"] : plan.phases.map((p) => p.id);
  io.stdout(`${shown2}: written, ${plural(jobs.length, "job")}: ${jobs.join(", ")}
`);
  return 0;
}
async function planPaths(plan, root, registry) {
  const planFile = resolve3(plan.file);
  const named2 = plan.phases.flatMap((p) => registry.phase(p.uses)?.files?.(p.with) ?? []);
  const found2 = await Promise.all(
    named2.map(async (path) => {
      const candidates = candidatePaths(path, planFile, root);
      for (const candidate of candidates) {
        const found3 = await stat2(candidate).catch(() => void 0);
        if (found3) return `${repositoryPath(candidate, root)}${found3.isDirectory() ? "/**" : ""}`;
      }
      return repositoryPath(candidates[0] ?? path, root);
    })
  );
  return [.../* @__PURE__ */ new Set([repositoryPath(resolve3(plan.file), root), ...found2])];
}
async function check(output, shown2, expected, command2, io) {
  const regenerate = `regenerate it: ${regenerateCommand(command2, void 0)}`;
  const committed = await readFile5(output, "utf8").catch(() => void 0);
  if (committed === void 0) throw new UserError(`${shown2} does not exist`, regenerate);
  const diff = lineDiff(committed, expected);
  if (!diff) {
    io.stdout(`${shown2}: matches ${command2.plan}
`);
    return 0;
  }
  const parts = changedParts(committed, expected);
  const where2 = parts.length > 0 ? `; it differs in: ${parts.join(", ")}` : "";
  io.stderr(
    `${shown2} does not match ${command2.plan}${where2}
(- as committed, + as the plan gives it)

${diff}

  ${regenerate}
`
  );
  return 2;
}
function generationOptions(command2, root) {
  const { options } = command2;
  return {
    planPath: repositoryPath(resolve3(command2.plan), root),
    action: options.action ? parseActionRef(options.action) : localAction(root),
    roleVariable: variableName(options.roleVariable ?? DEFAULTS[options.kind].roleVariable),
    tagEnvironment: environmentName(options.tagEnvironment ?? TAG_ENVIRONMENT),
    command: regenerateCommand(command2, root)
  };
}
function regenerateCommand(command2, root) {
  const { options } = command2;
  const plan = root ? repositoryPath(resolve3(command2.plan), root) : command2.plan;
  const output = options.output && root ? fromRootPath(resolve3(options.output), root) : options.output;
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
  for (let dir = dirname4(planFile); ; dir = dirname4(dir)) {
    if (existsSync2(join3(dir, ".git"))) return dir;
    if (dirname4(dir) === dir) return process.cwd();
  }
}
function repositoryPath(file, root) {
  const path = relative3(root, file);
  if (path.startsWith("..") || isAbsolute2(path)) {
    throw new UserError(
      `${file} is outside the repository ${root}`,
      "a workflow can only name files of its own repository: keep the plan (and --output) in it"
    );
  }
  return path.split(sep2).join("/");
}
function fromRootPath(file, root) {
  const path = relative3(root, file);
  return path.startsWith("..") || isAbsolute2(path) ? file : path.split(sep2).join("/");
}
function localAction(root) {
  const file = join3(root, "action.yml");
  const name = existsSync2(file) ? nameOf(readFileSync3(file, "utf8")) : void 0;
  if (name === "phasegate") return { local: "./" };
  throw actionRefNeeded(root);
}
function nameOf(source) {
  try {
    return parseYaml(source)?.name;
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
var DEFAULTS, TAG_ENVIRONMENT;
var init_workflow_command = __esm({
  "src/cli/workflow-command.ts"() {
    "use strict";
    init_errors();
    init_line_diff();
    init_output_paths();
    init_paths();
    init_text();
    init_load();
    init_action_ref();
    init_compare2();
    init_generate();
    init_plan_workflow();
    DEFAULTS = {
      release: { output: ".github/workflows/release.yml", roleVariable: "RELEASE_ROLE_ARN" },
      plan: { output: ".github/workflows/plan.yml", roleVariable: "PLAN_ROLE_ARN" }
    };
    TAG_ENVIRONMENT = "production";
  }
});

// src/cli/main.ts
var main_exports = {};
__export(main_exports, {
  EXIT: () => EXIT,
  main: () => main
});
import { existsSync as existsSync3 } from "node:fs";
import { mkdir as mkdir2, writeFile as writeFile2 } from "node:fs/promises";
import { basename, dirname as dirname5, extname, join as join4 } from "node:path";
async function main(argv, io = processIo(), registry = builtinRegistry()) {
  const secrets = new Secrets();
  const out = maskedIo(io, secrets);
  try {
    return await execute2(parseCommand(argv), out, registry, secrets);
  } catch (error2) {
    return reportError(error2, out);
  }
}
async function execute2(command2, io, registry, secrets) {
  switch (command2.name) {
    case "help":
      io.stdout(helpText(command2.topic));
      return EXIT.ok;
    case "validate":
      return validate(command2.plan, parseVarAssignments(command2.vars), io, registry);
    case "sandbox":
      return (await Promise.resolve().then(() => (init_sandbox_command(), sandbox_command_exports))).serveSandbox(command2, io);
    case "status":
      return (await Promise.resolve().then(() => (init_status_command(), status_command_exports))).statusCommand(command2, io, registry);
    case "migrate-repair":
    case "migrate-unlock":
      return (await Promise.resolve().then(() => (init_migrate_command(), migrate_command_exports))).migrateCommand(command2, io, registry, secrets);
    case "iam-policy":
      return (await Promise.resolve().then(() => (init_iam_policy_command(), iam_policy_command_exports))).iamPolicyCommand(
        command2,
        io,
        registry,
        secrets
      );
    case "workflow":
      return (await Promise.resolve().then(() => (init_workflow_command(), workflow_command_exports))).workflowCommand(command2, io, registry);
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
    const { result: raw, run: run6 } = await runRelease(
      plan,
      settings,
      terminalFrontend(io, secrets, painter(io.colour?.stderr === true)),
      {
        registry,
        env,
        signal: cancel.signal
      }
    );
    const result2 = secrets.maskValues(raw);
    io.stdout(
      options.json ? `${JSON.stringify(resultJson(result2, plan.phases), null, 2)}
` : terminalText(result2, io)
    );
    printBugs(result2, io);
    if (options.summary) {
      const markdown = secrets.mask(
        renderSummary({ result: result2, run: run6, planFile: plan.file, graph: graphText(plan.phases) })
      );
      await writeSummary(options.summary, markdown).catch((error2) => {
        throw new UserError(
          `the summary could not be written to ${options.summary}: ${String(error2)}`
        );
      });
    }
    return exitCode(result2, options.detailedExitcode);
  } finally {
    cancel.dispose();
    await sandbox?.close();
  }
}
async function writeSummary(file, markdown) {
  await mkdir2(dirname5(file), { recursive: true });
  await writeFile2(file, markdown);
}
async function startSandboxFor(plan, options, io) {
  const { startSandbox: startSandbox2 } = await Promise.resolve().then(() => (init_sandbox(), sandbox_exports));
  const conventional = join4("sandbox", basename(plan.file, extname(plan.file)) + ".yml");
  const scenario = options.scenario ?? (existsSync3(conventional) ? conventional : void 0);
  const sandbox = await startSandbox2(scenario ? { scenario } : {});
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
function printBugs(result2, io) {
  for (const p of result2.phases) {
    if (p.error?.kind !== "bug") continue;
    io.stderr(
      `
${bugReport(p.error.stack ?? p.error.message, `phase ${p.id} hit an unexpected error`)}
`
    );
  }
}
function terminalText(result2, io) {
  const paint = painter(io.colour?.stdout === true);
  const plan = result2.mode === "plan" ? planText(result2, paint) : "";
  const table3 = terminalTable(result2, paint);
  return `${plan ? `${plan}

` : ""}${table3}
`;
}
function exitCode(result2, detailed) {
  if (result2.status === "cancelled") return EXIT.cancelled;
  if (result2.bug) return EXIT.bug;
  if (result2.status !== "succeeded") return EXIT.failed;
  const nothing = result2.mode === "plan" && !planHasChanges(result2);
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
var EXIT;
var init_main = __esm({
  "src/cli/main.ts"() {
    "use strict";
    init_errors2();
    init_colour();
    init_errors();
    init_output_paths();
    init_secrets();
    init_text();
    init_result();
    init_registry();
    init_graph();
    init_load();
    init_vars_input();
    init_release();
    init_outputs6();
    init_plan_view3();
    init_summary();
    init_terminal();
    init_signals();
    init_args();
    init_frontend();
    init_help();
    init_io();
    init_settings12();
    EXIT = { ok: 0, bug: 1, failed: 2, noChanges: 3, cancelled: 130 };
  }
});

// src/cli/node-version.ts
var OLDEST_NODE_MAJOR = 20;
function unsupportedNode(version2) {
  const major = Number.parseInt(version2, 10);
  if (Number.isNaN(major) || major >= OLDEST_NODE_MAJOR) return void 0;
  return `phasegate: Node.js ${version2} is too old; phasegate needs Node.js ${OLDEST_NODE_MAJOR} or later (22 or 24 recommended).
  Install a newer Node.js (https://nodejs.org) and run the command again.
`;
}

// src/cli.ts
var tooOld = unsupportedNode(process.versions.node);
if (tooOld) {
  process.stderr.write(tooOld);
  process.exitCode = 2;
} else {
  const { main: main2 } = await Promise.resolve().then(() => (init_main(), main_exports));
  process.exitCode = await main2(process.argv.slice(2));
}
