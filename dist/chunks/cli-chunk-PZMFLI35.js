import { createRequire as __phasegateCreateRequire } from 'node:module';
const require = __phasegateCreateRequire(import.meta.url);
import {
  require_dist
} from "./cli-chunk-3WMBHACJ.js";
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
  parseDuration,
  record,
  string,
  unknownValue,
  withDefault
} from "./cli-chunk-4KXVOQRE.js";
import {
  closest
} from "./cli-chunk-75MUJ4UL.js";
import {
  InvalidFileError,
  UserError
} from "./cli-chunk-75YOGVQ5.js";
import {
  __toESM
} from "./cli-chunk-KHYJZ6HU.js";

// src/plan/graph.ts
function effectiveNeeds(written, previousId) {
  if (written) return [...written];
  return previousId === void 0 ? [] : [previousId];
}
function edges(phases) {
  const ids = new Set(phases.map((p) => p.id));
  const graph = /* @__PURE__ */ new Map();
  for (const phase of phases) {
    const known = phase.needs.filter((n) => ids.has(n) && n !== phase.id);
    graph.set(phase.id, [...graph.get(phase.id) ?? [], ...known]);
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
function gateLine(phase) {
  const names = (list) => (list ?? []).map((g) => g.name).join(", ");
  const before = names(phase?.gates?.before);
  const after = names(phase?.gates?.after);
  if (!phase || !before && !after) return [];
  const parts = [before ? `before: ${before}` : "", after ? `after: ${after}` : ""];
  return [`     ${phase.id} gates ${parts.filter(Boolean).join("; ")}`];
}

// src/plan/load.ts
import { readFile } from "node:fs/promises";

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
  const found = await Promise.all(
    phases.map((phase) => {
      const check = context.registry.phase(phase.uses)?.checkFiles;
      if (!check) return [];
      return check(phase.with, {
        planFile: context.planFile,
        at: (path, target) => context.positions.at(["phases", phase.index, "with", ...path], target)
      });
    })
  );
  return found.flat();
}

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
  const list = Array.isArray(needs) ? needs : [needs];
  return list.flatMap((n) => scalarText(n) ?? []);
}
function checkPhases(views, registry, defaultOnFailure) {
  return [
    ...duplicateIds(views),
    ...views.flatMap((view) => checkPhaseKind(view, registry, defaultOnFailure)),
    ...views.flatMap((view) => checkGates(view, registry)),
    ...checkNeeds(views),
    ...checkCycles(views)
  ];
}
function duplicateIds(views) {
  const seen = /* @__PURE__ */ new Map();
  const issues = [];
  views.forEach((view, index) => {
    if (view.id === void 0) return;
    const first = seen.get(view.id);
    if (first === void 0) {
      seen.set(view.id, index);
      return;
    }
    issues.push({
      path: [...view.path, "id"],
      message: `phase id "${view.id}" is already used by phase ${first + 1}`,
      hint: "give each phase its own id"
    });
  });
  return issues;
}
function settingsOf(raw) {
  return raw.with ?? {};
}
function checkPhaseKind(view, registry, defaultOnFailure) {
  if (view.uses === void 0) return [];
  const usesPath = [...view.path, "uses"];
  const kind = registry.phase(view.uses);
  if (!kind) {
    return [
      kindIssue(
        "phase",
        view.uses,
        registry.phaseNames(),
        registry.notYetAvailable.phases,
        usesPath
      )
    ];
  }
  const issues = [];
  kind.settings.parse(settingsOf(view.raw), [...view.path, "with"], { mode: "check", issues });
  if (!kind.rollback) issues.push(...rollbackUnsupported(view, defaultOnFailure));
  return issues;
}
function rollbackUnsupported(view, defaultOnFailure) {
  const written = view.raw["on-failure"];
  if ((written ?? defaultOnFailure) !== "rollback") return [];
  const inherited = written === void 0;
  return [
    {
      path: [...view.path, inherited ? "uses" : "on-failure"],
      message: `phase kind "${view.uses}" cannot roll back${inherited ? " (defaults.on-failure is rollback)" : ""}`,
      hint: `write on-failure: stop or on-failure: continue${inherited ? " on this phase" : ""}`
    }
  ];
}
function checkGates(view, registry) {
  const gates = view.raw.gates;
  if (!isPlainObject(gates)) return [];
  const issues = [];
  for (const when of ["before", "after"]) {
    const list = gates[when];
    if (!Array.isArray(list)) continue;
    list.forEach((check, index) => {
      const uses = isPlainObject(check) ? scalarText(check.uses) : void 0;
      if (!isPlainObject(check) || uses === void 0) return;
      const path = [...view.path, "gates", when, index];
      const kind = registry.check(uses);
      if (kind) {
        kind.settings.parse(settingsOf(check), [...path, "with"], { mode: "check", issues });
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
  for (const view of views) {
    const written = view.raw.needs;
    const entries = written === void 0 ? [] : Array.isArray(written) ? written : [written];
    entries.forEach((entry, index) => {
      const need = scalarText(entry);
      if (need === void 0) return;
      const path = [...view.path, "needs", ...Array.isArray(written) ? [index] : []];
      if (need === view.id) {
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

// src/plan/interpolate.ts
var INPUT_NAMES = ["environment", "version", "dry-run"];
var GITHUB_NAMES = [
  "sha",
  "ref_name",
  "actor",
  "run_id",
  "run_attempt",
  "server_url",
  "repository"
];
var SCOPES = ["inputs", "vars", "env", "github", "phases", "ssm"];
var OPEN = "${{";
var CLOSE = "}}";
function splitTemplates(text) {
  const pieces = [];
  let at = 0;
  while (at < text.length) {
    const open = text.indexOf(OPEN, at);
    if (open < 0) break;
    if (open > at) pieces.push({ literal: text.slice(at, open) });
    const close = text.indexOf(CLOSE, open + OPEN.length);
    if (close < 0) {
      pieces.push({ unclosed: text.slice(open) });
      return pieces;
    }
    const template = text.slice(open, close + CLOSE.length);
    pieces.push({ template, expression: text.slice(open + OPEN.length, close).trim() });
    at = close + CLOSE.length;
  }
  if (at < text.length) pieces.push({ literal: text.slice(at) });
  return pieces;
}
var NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;
var DOTTED = /^([A-Za-z_][A-Za-z0-9_-]*)((?:\.[A-Za-z0-9_-]+)+)$/;
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
function named(scope, parts, known) {
  const [name, ...extra] = parts;
  if (name === void 0 || extra.length > 0 || !NAME.test(name)) {
    return {
      message: `${scope}.${parts.join(".")} is not a reference`,
      hint: `write ${scope}.NAME`
    };
  }
  if (known && !known.includes(name)) {
    const near = closest(name, known);
    return {
      message: `unknown ${scope} value "${name}"`,
      hint: near ? `did you mean ${scope}.${near}?` : `${scope} has: ${known.join(", ")}`
    };
  }
  return { scope, name };
}
function parsePhaseOutput(parts) {
  const [phase, outputs, output, ...extra] = parts;
  if (phase && outputs === "outputs" && output && extra.length === 0) {
    return { scope: "phases", phase, output };
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
var SSM_NAME = /^\/?[A-Za-z0-9_.-]+(?:\/[A-Za-z0-9_.-]+)*(?::[1-9][0-9]*)?$/;
var SSM_MAX_LENGTH = 1011;
var SSM_MAX_DEPTH = 15;
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
      const known = parsed.scope === "phases" || parsed.scope === "ssm" ? void 0 : own(scope[parsed.scope], parsed.name);
      if (known === void 0) unknown(parsed);
      return known ?? piece.template;
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
function checkOverrideTemplates(name, value, at) {
  return scanTemplates(value).flatMap((use) => {
    const problem = use.problem ?? checkReference(use.reference, { kind: "vars" }, { views: [], declaredVars: [] });
    return problem ? [{ path: at, message: `--var ${name}: ${problem.message}`, hint: problem.hint }] : [];
  });
}
function readerAt(path, views) {
  const [top, index, key, when, , gateKey] = path;
  if (top === "vars" && path.length === 2) return { kind: "vars" };
  if (top !== "phases" || typeof index !== "number") return void 0;
  const view = views[index];
  if (!view) return void 0;
  if (key === "with") return { kind: "phase", view };
  const inGate = key === "gates" && (when === "before" || when === "after") && gateKey === "with";
  return inGate ? { kind: "phase", view, gate: when } : void 0;
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
  const { view, gate } = reader;
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
  if (reference.phase === view.id && gate !== "after") {
    return {
      message: `phase "${view.id}" cannot read its own outputs`,
      hint: "outputs exist once the phase ends: read them in a later phase or in an after gate"
    };
  }
  const producer = views.find((v) => v.id === reference.phase);
  const unknown = producer && unknownOutput(reference, producer, context);
  if (unknown) return unknown;
  if (reference.phase === view.id) return void 0;
  const nodes = views.flatMap((v) => v.id === void 0 ? [] : [{ id: v.id, needs: v.needs }]);
  if (view.id === void 0 || ancestors(nodes, view.id).has(reference.phase)) return void 0;
  return {
    message: `phase "${view.id}" reads ${text} but does not need "${reference.phase}"`,
    hint: `add it to needs so it runs first: needs: [${[...view.needs, reference.phase].join(", ")}]`
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

// src/plan/plan-shape.ts
var SLUG = /^[a-z][a-z0-9-]*$/;
var REGION = /^[a-z]{2,4}(?:-[a-z]+)+-[0-9]+$/;
var ON_FAILURE = ["stop", "rollback", "continue"];
var DEFAULT_TIMEOUT = "30m";
var DEFAULT_MAX_PARALLEL = 4;
var ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
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
      const found = Array.isArray(value) ? "an empty list" : describeValue(value);
      ctx.issues.push({ path, message: `expected a list of ${noun}, found ${found}`, hint });
      return void 0;
    }
  };
}
function describeValue(value) {
  if (value === null || value === void 0) return "nothing";
  if (typeof value === "object") return "a map";
  return `the ${typeof value === "string" ? "text" : typeof value} ${JSON.stringify(value)}`;
}
var version = {
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
var slug = string({
  pattern: SLUG,
  expected: "a slug (lowercase letters, digits and hyphens, starting with a letter)",
  hint: "for example id: admin-api",
  description: "Unique phase id: lowercase letters, digits and hyphens, starting with a letter."
});
var onFailure = (description) => oneOf(ON_FAILURE, description);
var checkShape = object(
  {
    name: optional(
      string({ description: "Shown in logs and the summary. Default: the check kind." })
    ),
    uses: string({ description: "The check kind, for example http or sql." }),
    with: optional(unknownValue("The check kind's settings; may use ${{ }} templates."))
  },
  { description: "A check that must pass." }
);
var checkList = (description) => optional(array(defined(checkShape, "check"), { description }));
var phaseShape = object(
  {
    id: slug,
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
var defaultsObject = object(
  {
    timeout: durationDefault(DEFAULT_TIMEOUT, "Timeout of a phase that sets none."),
    "on-failure": withDefault(onFailure("What a failing phase does when it sets nothing."), "stop")
  },
  { description: "Settings for phases that do not set their own." }
);
var defaultsShape = {
  ...withDefault(defaultsObject, {
    timeout: parseDuration(DEFAULT_TIMEOUT) ?? 0,
    "on-failure": "stop"
  }),
  jsonSchema: defaultsObject.jsonSchema
};
var recordShape = object(
  {
    store: optional(
      oneOf(
        ["ssm", "none"],
        "ssm (default): the release record in SSM Parameter Store under /phasegate/<app>/<environment>/. none: nothing is remembered between runs and no lease is taken (every selected phase runs)."
      )
    ),
    lease: optional(
      duration(
        "How long a run holds the environment without renewing its lease (it renews it every third of this). A killed run blocks others this long. Default 1m."
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
var environmentShape = object(
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
var planShape = object(
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
var CHECK_EXAMPLE = "- uses: http (next line: with: { url: \u2026 })";
var EXAMPLES = {
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
function examplePath(path) {
  return path.map((segment, i) => {
    if (typeof segment === "number") return "[]";
    const name = i === 1 && path[0] === "vars" ? "*" : segment;
    return i === 0 ? name : `.${name}`;
  }).join("");
}

// src/plan/positions.ts
var import_yaml = __toESM(require_dist(), 1);
var SourcePositions = class {
  constructor(doc, lines, file) {
    this.doc = doc;
    this.lines = lines;
    this.file = file;
  }
  doc;
  lines;
  file;
  /** Where a path is; when it does not exist, where its deepest existing part is. */
  at(path, target = "value") {
    const found = this.find(path);
    const useKey = found.key && (target === "key" || !found.node);
    const range = useKey ? found.key?.range : found.node?.range;
    if (!range) return { file: this.file, line: 1, column: 1 };
    const spansLines = (0, import_yaml.isCollection)(found.node) && !useKey;
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
      if ((0, import_yaml.isAlias)(node)) node = node.resolve(this.doc) ?? null;
      if ((0, import_yaml.isMap)(node)) {
        const pair = node.items.findLast((p) => keyText(p.key) === String(segment));
        if (!pair) break;
        key = pair.key ?? void 0;
        node = pair.value ?? null;
      } else if ((0, import_yaml.isSeq)(node) && typeof segment === "number" && node.items[segment]) {
        key = void 0;
        node = node.items[segment];
      } else {
        break;
      }
    }
    return key ? { node, key } : { node };
  }
};
function keyText(key) {
  if ((0, import_yaml.isScalar)(key)) return String(key.value);
  return key === null || key === void 0 ? "" : String(key);
}
function readYaml(text, file) {
  const lines = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, {
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
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    diagnostics.push({
      message: `the YAML cannot be read: ${message}`,
      hint: "simplify anchors and aliases (*name); a plan rarely needs them",
      position: positions.at([]),
      severity: "error"
    });
    return { positions, value: void 0, diagnostics };
  }
}
var YAML_HINTS = {
  DUPLICATE_KEY: "each key may appear once in a map: remove or rename one of them",
  TAB_AS_INDENT: "indent with spaces; YAML does not allow tabs for indentation",
  BAD_INDENT: "check the indentation, and that every [ and { is closed",
  BLOCK_AS_IMPLICIT_KEY: "a value cannot start a new map on the same line: put it on its own line",
  MULTILINE_IMPLICIT_KEY: "check the indentation and colons: a key must fit on one line",
  MISSING_CHAR: "add the missing character",
  MULTIPLE_DOCS: "a plan file holds one YAML document: remove the --- line",
  UNEXPECTED_TOKEN: "check for a stray character or a missing colon"
};
function yamlDiagnostic(error, text, positions, severity) {
  const last = Math.max(0, text.trimEnd().length - 1);
  const [start, end] = error.pos.map((offset) => Math.min(offset, last));
  const message = error.code === "DUPLICATE_KEY" ? `duplicate key "${keyAt(text, start)}"` : error.code === "MULTIPLE_DOCS" ? "the file holds more than one YAML document" : `YAML: ${error.message}`;
  return {
    message,
    hint: YAML_HINTS[error.code] ?? "fix the YAML syntax here",
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
  (0, import_yaml.visit)(doc, {
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
      if ((0, import_yaml.isCollection)(pair.key)) {
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

// src/plan/load.ts
function parsePlan(source, file, options) {
  const yaml = readYaml(source, file);
  const diagnostics = [...yaml.diagnostics];
  const fail = (filePhases2 = []) => ({
    plan: void 0,
    diagnostics: sorted(diagnostics),
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
    source = await readFile(file, "utf8");
  } catch (error) {
    const code = error.code;
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
function sorted(diagnostics) {
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
  const outputsOf = (view) => view.uses === void 0 ? void 0 : options.registry.phase(view.uses)?.outputs?.(view.raw.with);
  issues.push(...checkTemplates(root, { views, declaredVars, outputsOf }));
  issues.push(...checkOverrides(options.vars ?? {}, declaredVars, "vars" in root));
  return { parsed, issues };
}
function checkOverrides(overrides, declared, hasVars) {
  const at = hasVars ? ["vars"] : [];
  return Object.entries(overrides).flatMap(([name, value]) => {
    if (declared.includes(name)) return checkOverrideTemplates(name, value, at);
    const near = closest(name, declared);
    return [
      {
        path: at,
        target: "key",
        message: `variable "${name}" (from --var or the vars input) is not declared under vars: in the plan`,
        hint: near ? `did you mean --var ${near}=\u2026?` : `declare it with a default value, for example vars: { ${name}: "" }`
      }
    ];
  });
}
function toDiagnostic(issue, positions) {
  const target = issue.target ?? (issue.message.startsWith("unknown key") ? "key" : "value");
  const hint = issue.hint ?? defaultHint(issue);
  return {
    message: issue.message,
    ...hint ? { hint } : {},
    position: positions.at(issue.path, target),
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
var DEFAULT_LEASE_MS = 6e4;
var DEFAULT_LEASE_WAIT_MS = 6e5;
function buildPlan(parsed, file, vars, positions, catalog) {
  const { defaults } = parsed;
  const phases = parsed.phases.map((phase, index) => {
    const path = ["phases", index];
    const checks = (list, when) => (list ?? []).map((check, i) => toCheck(check, positions.at([...path, "gates", when, i])));
    return {
      id: phase.id,
      name: phase.name ?? phase.id,
      uses: phase.uses,
      with: phase.with ?? {},
      needs: effectiveNeeds(phase.needs, parsed.phases[index - 1]?.id),
      timeoutMs: phase.timeout ?? defaults.timeout,
      gates: {
        before: checks(phase.gates?.before, "before"),
        after: checks(phase.gates?.after, "after")
      },
      onFailure: phase["on-failure"] ?? defaults["on-failure"],
      alwaysRun: phase["always-run"] ?? catalog.phase(phase.uses)?.readOnly === true,
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
function toCheck(check, position) {
  return { name: check.name ?? check.uses, uses: check.uses, with: check.with ?? {}, position };
}

export {
  readYaml,
  stages,
  graphText,
  GITHUB_NAMES,
  findReferences,
  render,
  renderKnown,
  loadPlan
};
