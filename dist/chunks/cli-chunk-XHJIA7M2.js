import { createRequire as __phasegateCreateRequire } from 'node:module';
const require = __phasegateCreateRequire(import.meta.url);
import {
  LEASE_PREFIX,
  PhaseTimeout,
  ReleaseRecord,
  RunCancelled,
  createAwsClients,
  leaseGeneration,
  leaseKey,
  openStore,
  phaseDigest,
  phaseSignal,
  settleWithin
} from "./cli-chunk-5S4WVAEV.js";
import {
  GITHUB_NAMES,
  findReferences,
  render
} from "./cli-chunk-PZMFLI35.js";
import {
  require_dist
} from "./cli-chunk-3WMBHACJ.js";
import {
  closest
} from "./cli-chunk-75MUJ4UL.js";
import {
  formatDuration
} from "./cli-chunk-ELRKWGRC.js";
import {
  couldNotLook,
  explainFailure,
  sleep
} from "./cli-chunk-HAJALABQ.js";
import {
  PhaseFailure,
  UserError
} from "./cli-chunk-75YOGVQ5.js";
import {
  plural
} from "./cli-chunk-V74XWLEX.js";
import {
  __toESM
} from "./cli-chunk-KHYJZ6HU.js";

// src/engine/result.ts
function planHasChanges(result) {
  return result.phases.some((p) => p.status === "planned" && p.plan?.changes !== false);
}
function pendingResult(phase, status, summary) {
  return {
    id: phase.id,
    name: phase.name,
    uses: phase.uses,
    status,
    summary,
    outputs: {},
    gates: []
  };
}
function durationOf(result) {
  return result.startedAt !== void 0 && result.endedAt !== void 0 ? result.endedAt - result.startedAt : void 0;
}

// src/plan/vars-input.ts
var import_yaml = __toESM(require_dist(), 1);
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

// src/checks/run.ts
async function runCheck(kind, ctx) {
  try {
    return await kind.run(ctx);
  } catch (error) {
    if (ctx.signal.aborted) throw error;
    return failedCheck(error);
  }
}
function failedCheck(error) {
  const explained = explainFailure(error);
  if (!explained) throw error;
  const hint = explained.hint ? ` (${explained.hint})` : "";
  return { ok: false, summary: `${explained.message}${hint}` };
}

// src/phases/kind.ts
function checkContext(phase, check, config) {
  const { run, signal, log, aws, secrets } = phase;
  return { config, check: { name: check.name, uses: check.uses }, run, signal, log, aws, secrets };
}
function lazyPhaseKind(about, load) {
  let loading;
  const steps = () => {
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
    plan: async (ctx) => (await steps()).plan(ctx),
    run: async (ctx) => (await steps()).run(ctx)
  };
  if (!about.canRollBack) return kind;
  return {
    ...kind,
    async rollback(ctx, changes) {
      const { rollback } = await steps();
      if (!rollback)
        throw new Error(`phase kind ${about.name} says it can roll back, but has no rollback`);
      return rollback(ctx, changes);
    }
  };
}

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

// src/engine/gates.ts
async function runGate(check, settings, when, ctx) {
  const started = ctx.now();
  const done = (ok, summary, details) => ({
    when,
    name: check.name,
    uses: check.uses,
    ok,
    summary,
    durationMs: ctx.now() - started,
    ...details ? { details } : {}
  });
  const kind = ctx.registry.check(check.uses);
  if (!kind) throw new Error(`check kind "${check.uses}" passed validation but is not registered`);
  const outcome = await checkOnce(kind, check, settings, ctx);
  ctx.log.info(
    `gate ${when}: ${check.name}: ${outcome.ok ? "passed" : "FAILED"}: ${outcome.summary}`
  );
  return done(outcome.ok, outcome.summary, outcome.details);
}
async function checkOnce(kind, check, settings, ctx) {
  let config;
  try {
    config = parseFinal(kind.settings, settings, `check "${check.name}"`);
  } catch (error) {
    return failedCheck(error);
  }
  return runCheck(kind, checkContext(ctx, check, config));
}

// src/engine/phase-runner.ts
async function runPhase(phase, scope, log, parent, deps) {
  const result = {
    ...identity(phase),
    status: "failed",
    summary: "",
    outputs: {},
    gates: []
  };
  result.startedAt = deps.now();
  const { signal, dispose } = phaseSignal(parent, phase.timeoutMs);
  const changes = [];
  try {
    const kind = deps.registry.phase(phase.uses);
    if (!kind)
      throw new Error(`phase kind "${phase.uses}" passed validation but is not registered`);
    const ctx = await phaseContext(kind, phase, scope, log, signal, changes, deps);
    const report = await settleWithin(
      execute(kind, ctx, phase, scope, result, deps),
      signal,
      deps.graceMs
    );
    Object.assign(result, reportFields(report), {
      status: deps.mode === "run" ? "succeeded" : "planned"
    });
  } catch (error) {
    const blind = deps.mode === "plan" ? couldNotLook(error) : void 0;
    if (blind !== void 0) {
      planBlind(result, blind);
      return result;
    }
    recordFailure(result, error, signal);
    if (shouldRollBack(phase, result, deps)) {
      const { outputs, ...rollback } = await rollBack(phase, scope, log, changes, parent, deps);
      result.rollback = rollback;
      if (outputs) result.outputs = { ...result.outputs, ...outputs };
    }
  } finally {
    dispose();
    result.endedAt = deps.now();
  }
  return result;
}
async function execute(kind, ctx, phase, scope, result, deps) {
  if (deps.mode === "plan") {
    const report2 = await kind.plan(ctx);
    return { ...report2, plan: report2.plan ?? { changes: !kind.readOnly, items: [] } };
  }
  await passGates(phase.gates.before, "before", scope, ctx, result, deps);
  const report = await kind.run(ctx);
  result.outputs = { ...report.outputs };
  await passGates(phase.gates.after, "after", scope, ctx, result, deps);
  return report;
}
async function passGates(checks, when, scope, ctx, result, deps) {
  if (checks.length === 0) return;
  const rendered = await renderWith(checks, scope, deps.resolveSsm, ctx.signal);
  const outcomes = await Promise.all(
    checks.map(
      (check, i) => runGate(check, rendered[i], when, { ...ctx, registry: deps.registry, now: deps.now })
    )
  );
  result.gates.push(...outcomes);
  const failed = outcomes.filter((g) => !g.ok);
  if (failed.length > 0)
    throw new GateFailed(when, failed.map((g) => `${g.name}: ${g.summary}`).join("; "));
}
var GateFailed = class extends UserError {
  constructor(when, what) {
    super(`gate ${when} the phase failed: ${what}`);
    this.when = when;
  }
  when;
};
async function phaseContext(kind, phase, scope, log, signal, changes, deps) {
  const [settings] = await renderWith([phase], scope, deps.resolveSsm, signal);
  return {
    config: parseFinal(kind.settings, settings, `phase "${phase.id}"`),
    phase: { id: phase.id, name: phase.name, uses: phase.uses, position: phase.position },
    plan: { app: deps.plan.app, region: deps.plan.region, file: deps.plan.file },
    run: deps.run,
    signal,
    log,
    aws: deps.aws,
    secrets: deps.secrets,
    recordChange: (change) => changes.push(change),
    render: async (value) => (await renderWith([{ with: value }], scope, deps.resolveSsm, signal))[0]
  };
}
function planBlind(result, reason) {
  result.status = "planned";
  result.summary = `could not look: ${reason}`;
  result.plan = { changes: true, items: [], couldNotLook: reason };
}
function recordFailure(result, error, signal) {
  result.error = classify(error, signal);
  result.status = result.error.kind === "cancelled" ? "cancelled" : "failed";
  result.summary = result.error.message;
  if (error instanceof UserError && "details" in error && typeof error.details === "string") {
    result.details = error.details;
  }
  if (error instanceof UserError && "outputs" in error && typeof error.outputs === "object") {
    result.outputs = { ...result.outputs, ...error.outputs };
  }
}
function classify(error, signal) {
  const reason = signal.aborted ? signal.reason : void 0;
  if (reason instanceof PhaseTimeout) return { kind: "timeout", message: reason.message };
  if (reason instanceof RunCancelled) return cancelled(reason, error);
  if (error instanceof GateFailed) return { kind: "gate", message: error.message };
  const explained = explainFailure(error);
  if (explained) return { kind: "failure", message: explained.message, ...hintOf(explained) };
  const bug = error instanceof Error ? error : new Error(String(error));
  return {
    kind: "bug",
    message: `unexpected error: ${bug.message}`,
    ...bug.stack ? { stack: bug.stack } : {}
  };
}
function cancelled(reason, error) {
  const goesOn = error instanceof PhaseFailure ? error.goesOn : void 0;
  if (!goesOn) return { kind: "cancelled", message: reason.message };
  return {
    kind: "cancelled",
    message: `${reason.message}; ${goesOn}`,
    hint: "check them, or re-run the release: a re-run waits for rollouts in flight and judges them before calling anything unchanged",
    goesOn
  };
}
function hintOf(error) {
  return error.hint ? { hint: error.hint } : {};
}
function shouldRollBack(phase, result, deps) {
  return deps.mode === "run" && phase.onFailure === "rollback" && result.status === "failed";
}
async function rollBack(phase, scope, log, changes, parent, deps) {
  const kind = deps.registry.phase(phase.uses);
  if (!kind?.rollback) return { status: "failed", summary: `${phase.uses} cannot roll back` };
  if (changes.length === 0)
    return { status: "succeeded", summary: "nothing was changed, nothing to roll back" };
  const { signal, dispose } = phaseSignal(parent, phase.timeoutMs);
  try {
    log.info(`rolling back ${plural(changes.length, "change")}`);
    const ctx = await phaseContext(kind, phase, scope, log, signal, [], deps);
    const report = await settleWithin(kind.rollback(ctx, changes), signal, deps.graceMs);
    return {
      status: "succeeded",
      summary: report.summary,
      ...report.details ? { details: report.details } : {},
      ...report.outputs ? { outputs: report.outputs } : {}
    };
  } catch (error) {
    const problem = classify(error, signal);
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
function identity(phase) {
  return { id: phase.id, name: phase.name, uses: phase.uses };
}

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
      const at = now2();
      if (message === lastText && at - lastAt < everyMs) return;
      lastText = message;
      lastAt = at;
      log.progress(`${message} (${formatDuration(at - startedAt)} elapsed)`);
    }
  };
}

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

// src/engine/run-plan.ts
async function runPlan(options) {
  const now2 = options.now ?? Date.now;
  const deps = { ...options, now: now2, graceMs: options.graceMs ?? 5e3 };
  const selected = selectPhases(options.plan, options.selection ?? {});
  const state = new Schedule(options.plan.phases, selected, scopeFor(options), options.settled);
  const startedAt = now2();
  const running = /* @__PURE__ */ new Map();
  const cancelled2 = aborted(options.signal);
  const start = (phase) => {
    options.onPhaseStart?.(phase);
    const log = withProgress(options.logFor(phase), now2(), now2);
    const work = runPhase(phase, state.scope, log, options.signal, deps).then((result) => {
      running.delete(phase.id);
      state.finish(phase, result, options.mode);
      options.onPhaseEnd?.(result, phase);
    });
    running.set(phase.id, work);
  };
  for (; ; ) {
    if (options.signal.aborted) state.abandon("cancelled", cancelledWhy(options.signal));
    state.skipBlocked();
    if (!options.signal.aborted && !state.stopped) {
      for (const phase of state.ready(options.plan.maxParallel - running.size)) start(phase);
    }
    if (running.size === 0) break;
    await Promise.race([...running.values(), ...options.signal.aborted ? [] : [cancelled2]]);
  }
  const why = options.signal.aborted ? cancelledWhy(options.signal) : state.stopped ?? "not started";
  state.abandon(options.signal.aborted ? "cancelled" : "skipped", why);
  return state.result(options.mode, startedAt, now2(), options.signal.aborted);
}
var Schedule = class {
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
  finish(phase, result, mode) {
    this.results.set(phase.id, result);
    if (result.status === "succeeded" || result.status === "planned" || phase.onFailure === "continue") {
      this.scope.phases[phase.id] = mode === "plan" ? { ...this.scope.phases[phase.id], ...result.outputs } : result.outputs;
    }
    if (result.status === "failed" && phase.onFailure !== "continue" && mode === "run") {
      this.stopped ??= `not started: ${phase.id} failed`;
    }
  }
  /** Marks phases whose needs failed, were skipped or were cancelled, until nothing changes. */
  skipBlocked() {
    for (let changed = true; changed; ) {
      changed = false;
      for (const phase of [...this.pending]) {
        const blocker = this.needsOf(phase).find((need) => this.blocks(need));
        if (!blocker) continue;
        this.settle(phase, "skipped", `skipped (needs ${blocker})`);
        changed = true;
      }
    }
  }
  abandon(status, why) {
    this.skipBlocked();
    for (const phase of [...this.pending]) this.settle(phase, status, why);
  }
  result(mode, startedAt, endedAt, cancelled2) {
    const phases = this.phases.map(
      (p) => this.results.get(p.id) ?? pendingResult(p, "skipped", "not started")
    );
    const failed = phases.find((p) => p.status === "failed");
    return {
      mode,
      status: cancelled2 ? "cancelled" : failed ? "failed" : "succeeded",
      startedAt,
      endedAt,
      phases,
      ...failed ? { failedPhase: failed.id } : {},
      bug: phases.some((p) => p.error?.kind === "bug"),
      releaseComplete: mode === "run" && !cancelled2 && phases.every((p) => p.status === "succeeded" || p.status === "done-earlier")
    };
  }
  settle(phase, status, why) {
    this.pending.splice(this.pending.indexOf(phase), 1);
    this.results.set(phase.id, pendingResult(phase, status, why));
  }
  needsOf(phase) {
    return this.waitsFor.get(phase.id) ?? phase.needs;
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
  const known = {};
  const settings = phases.flatMap((p) => [
    p.with,
    ...p.gates.before.map((g) => g.with),
    ...p.gates.after.map((g) => g.with)
  ]);
  for (const { reference } of settings.flatMap((value) => findReferences(value))) {
    if (reference.scope !== "phases") continue;
    known[reference.phase] ??= {};
    known[reference.phase][reference.output] = `<phases.${reference.phase}.outputs.${reference.output}>`;
  }
  return known;
}
function cancelledWhy(signal) {
  return signal.reason instanceof RunCancelled ? `not started: ${signal.reason.message}` : "not started: the run was cancelled";
}
function aborted(signal) {
  return new Promise((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener("abort", () => resolve(), { once: true });
  });
}

// src/release/identity.ts
import { hostname, userInfo } from "node:os";
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
  return { owner: `cli:${user}@${hostname()}/${process.pid}`, actor: user, ...withCommit };
}
function safeUser(env) {
  try {
    return userInfo().username;
  } catch {
    return env.USER ?? "someone";
  }
}

// src/release/record/lease.ts
var CLOCK_SKEW_MS = 3e4;
var LeaseHeld = class extends UserError {
};
var ReleaseLease = class _ReleaseLease {
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
  static async acquire(store, run, o) {
    const started = now(o);
    const at = new Date(started).toISOString();
    const mine = {
      owner: run.owner,
      token: `${run.owner}#${started.toString(36)}${Math.random().toString(36).slice(2, 8)}`,
      run,
      acquiredAt: at,
      renewedAt: at,
      ttlMs: o.ttlMs
    };
    const watch = new Watch();
    let told = false;
    let heldSince;
    for (; ; ) {
      const asked = now(o);
      const latest = await latestLease(store, o.signal);
      const seen = now(o);
      const holder = latest?.value;
      if (latest && holder && (holder.token === mine.token || sameRun(holder, mine)))
        return _ReleaseLease.hold(store, latest.generation, mine, o);
      const stale = holder && !holder.released && latest && watch.expired(latest, asked, seen);
      if (!holder || holder.released || stale) {
        const next = (latest?.generation ?? 0) + 1;
        if (await store.create(leaseKey(next), JSON.stringify(mine), o.signal)) {
          if (stale) o.log.info(tookOver(holder, asked - (heldSince ?? asked)));
          await removeOlder(store, next, o.signal);
          return _ReleaseLease.hold(store, next, mine, o);
        }
        continue;
      }
      if (now(o) - started >= o.waitMs) throw heldBy(holder, o.waitMs);
      if (!told) o.log.info(`waiting for the release lease: ${describeHolder(holder)}`);
      told = true;
      heldSince ??= seen;
      await sleep(Math.min(o.ttlMs / 4, 5e3, watch.left(latest, now(o))), o.signal);
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
    const at = new Date(now(this.o)).toISOString();
    try {
      await this.store.put(
        leaseKey(this.generation),
        JSON.stringify({ ...this.value, renewedAt: at }),
        this.o.signal
      );
      const next = await this.store.get(leaseKey(this.generation + 1), this.o.signal);
      if (next) return this.lose(`taken over: ${describeHolder(parseLease(next))}`);
      this.lastRenewed = now(this.o);
    } catch (error) {
      if (this.o.signal.aborted) return;
      if (now(this.o) - this.lastRenewed > this.o.ttlMs * 2 / 3)
        this.lose(
          `it could not be renewed for ${formatDuration(now(this.o) - this.lastRenewed)} (${String(error)})`
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
var Watch = class {
  seen = /* @__PURE__ */ new Map();
  /**
   * `asked` is when the look was sent, `seen` when its answer came. A value first seen at `seen`
   * and found again by a look sent at `asked` stayed unchanged at least from one to the other:
   * the lease store read it no earlier than each of those times.
   */
  expired(latest, asked, seen) {
    const renewed = Date.parse(latest.value.renewedAt);
    const ttl = latest.value.ttlMs || 0;
    if (Number.isFinite(renewed) && renewed + ttl + CLOCK_SKEW_MS < seen) return true;
    const before = this.seen.get(latest.generation);
    if (!before || before.text !== latest.text) {
      this.seen.set(latest.generation, { text: latest.text, since: seen });
      return false;
    }
    return asked - before.since >= ttl;
  }
  /** Milliseconds until `expired` says yes if the value stays as it was last seen. */
  left(latest, at) {
    const before = this.seen.get(latest.generation);
    const ttl = latest.value.ttlMs || 0;
    return before ? Math.max(0, before.since + ttl - at) : ttl;
  }
};
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
function tookOver(holder, waitedMs) {
  return `took over the release lease after waiting ${formatDuration(waitedMs)}: it was ${describeHolder(holder)}, not renewed for a lease time since (its run stopped renewing it)`;
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

// src/release/record/rerun.ts
function decideRerun(input) {
  const settled = [];
  const toRun = [];
  for (const phase of input.plan.phases) {
    const entry = succeeded(input.entries.get(phase.id));
    if (!input.selected.has(phase.id)) {
      if (entry) settled.push(recorded(phase, entry));
      continue;
    }
    const same = entry && entry.digest === input.digests.get(phase.id);
    if (same && !phase.alwaysRun && !input.force) settled.push(recorded(phase, entry));
    else toRun.push(phase.id);
  }
  if (!input.force) refuseMissingNeeds(input, new Set(toRun));
  return { settled, toRun };
}
function succeeded(entry) {
  return entry?.status === "succeeded" ? entry : void 0;
}
function recorded(phase, entry) {
  return { ...pendingResult(phase, "done-earlier", describeDone(entry)), outputs: entry.outputs };
}
function describeDone(entry) {
  const when = (entry.endedAt ?? entry.startedAt).slice(0, 16).replace("T", " ");
  const by = entry.run.runId ? `run ${entry.run.runId} attempt ${entry.run.attempt ?? "1"}` : `${entry.run.owner.replace(/\/\d+$/, "")}`;
  return `done in ${by}, ${when} UTC`;
}
function refuseMissingNeeds(input, toRun) {
  const isDone = (id) => succeeded(input.entries.get(id)) !== void 0;
  for (const phase of input.plan.phases) {
    if (!toRun.has(phase.id)) continue;
    const missing = phase.needs.filter((need) => !toRun.has(need) && !isDone(need));
    if (missing.length === 0) continue;
    const order = input.plan.phases.map((p) => p.id);
    const add = [.../* @__PURE__ */ new Set([...missing, ...toRun])].sort(
      (a, b) => order.indexOf(a) - order.indexOf(b)
    );
    throw new UserError(
      `phase "${phase.id}" needs ${list(missing)}, which ${missing.length === 1 ? "has" : "have"} not succeeded for ${input.version} in ${input.environment}: it would run against what is deployed now`,
      `run ${list(missing)} first, or add ${missing.length === 1 ? "it" : "them"}: --phases ${add.join(",")} (the action: phases: ${add.join(",")}); --force runs it anyway`
    );
  }
}
function list(ids) {
  return ids.map((id) => `"${id}"`).join(", ");
}

// src/release/rules.ts
function checkVersionOrder(state, version, environment, force) {
  const current = state.current?.version;
  if (!current || current === version || force || !isOlder(version, current, state)) return;
  throw new UserError(
    `${version} is older than ${current}, the version ${environment} runs now: releasing it would roll ${environment} back`,
    `a rollback release is a deliberate act: run again with --force (the action: force: true), or give the version you meant`
  );
}
function isOlder(version, current, state) {
  const order = state.released;
  if (order.includes(version)) return order.indexOf(version) > order.indexOf(current);
  const a = numbers(version);
  const b = numbers(current);
  if (!a || !b) return false;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d < 0;
  }
  return false;
}
function numbers(version) {
  const m = /^v?(\d+(?:\.\d+)*)$/.exec(version);
  return m?.[1]?.split(".").map(Number);
}
function checkPromotion(source, version, environment) {
  if (!source || source.state.released.includes(version)) return;
  const current = source.state.current?.version;
  throw new UserError(
    `${environment} takes only versions fully released to ${source.environment} (promote-from in the plan), and ${version} is not${current ? ` (${source.environment} runs ${current})` : ` (nothing is released to ${source.environment} yet)`}`,
    `release ${version} to ${source.environment} first: phasegate run \u2026 --env ${source.environment} --version ${version}`
  );
}

// src/release/session.ts
var ReleaseSession = class _ReleaseSession {
  constructor(plan, settings, deps, record, digests, settled, start) {
    this.plan = plan;
    this.settings = settings;
    this.deps = deps;
    this.record = record;
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
    const record = store ? new ReleaseRecord(store, deps.identity) : void 0;
    const known = await readRecord(record, plan, settings, deps);
    const settled = decide(known, record !== void 0, plan, settings, digests);
    const start = {
      ...known.state.current ? { current: known.state.current.version } : {},
      ...store ? { recordLocation: store.location } : {}
    };
    return new _ReleaseSession(plan, settings, deps, record, digests, settled, start);
  }
  /**
   * Reads the record again once the lease is held: a run that waited for another one finds what
   * that run did (often everything) instead of doing it again.
   */
  async reread() {
    const known = await readRecord(this.record, this.plan, this.settings, this.deps);
    this.settled = decide(known, true, this.plan, this.settings, this.digests);
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
  started(phase) {
    if (!this.record || this.settings.dryRun) return;
    this.mine.add(phase.id);
    this.record.started(
      phase.id,
      this.settings.version,
      this.digest(phase.id),
      this.deps.log,
      this.deps.signal
    );
  }
  /** `result` must be masked already. */
  ended(result) {
    if (!this.record || this.settings.dryRun) return;
    this.record.ended(
      result,
      this.settings.version,
      this.digest(result.id),
      this.deps.log,
      this.deps.signal
    );
  }
  /** Waits for the record's writes; a fully released version becomes the current one. */
  async finish(result) {
    if (!this.record || this.settings.dryRun) return;
    await this.record.flush();
    if (result.releaseComplete)
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
    } catch (error) {
      this.deps.log.warning(
        `the release lease could not be released (${String(error)}); it expires on its own after ${this.plan.record.leaseTtlMs / 1e3} s`
      );
    }
  }
  digest(id) {
    return this.digests.get(id) ?? "";
  }
};
function othersRunning(entries, me, mine) {
  return [...entries.values()].some(
    (e) => e.status === "running" && !mine.has(e.phase) && e.run.owner === me.owner && e.run.attempt === me.attempt
  );
}
function decide(known, hasRecord, plan, settings, digests) {
  checkVersionOrder(known.state, settings.version, settings.environment, settings.force);
  checkPromotion(known.promotedFrom, settings.version, settings.environment);
  if (!hasRecord) return [];
  return decideRerun({
    plan,
    selected: selectPhases(plan, settings.selection),
    entries: known.entries,
    digests,
    force: settings.force,
    version: settings.version,
    environment: settings.environment
  }).settled;
}
async function readRecord(record, plan, settings, deps) {
  const empty = { entries: /* @__PURE__ */ new Map(), state: { released: [] } };
  if (!record) return empty;
  try {
    const [entries, state] = await Promise.all([
      record.phases(settings.version, deps.signal),
      record.state(deps.signal)
    ]);
    const from = plan.environments[settings.environment]?.promoteFrom;
    const source = from ? openStore(plan, from, deps.aws) : void 0;
    const promotedFrom = source && from ? {
      environment: from,
      state: await new ReleaseRecord(source, deps.identity).state(deps.signal)
    } : void 0;
    return { entries, state, ...promotedFrom ? { promotedFrom } : {} };
  } catch (error) {
    if (!settings.dryRun) throw error;
    deps.log.warning(
      `the release record could not be read (${String(error)}): the plan shows every selected phase as if nothing were done`
    );
    return empty;
  }
}

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
  const run = runInfo(plan, settings, deps.env, session.start.current);
  frontend.onStart?.(run, session.start);
  const stop = new AbortController();
  const follow = () => stop.abort(deps.signal.reason);
  if (deps.signal.aborted) follow();
  deps.signal.addEventListener("abort", follow, { once: true });
  try {
    await session.takeLease(stop);
    const result = await runPlan({
      plan: settings.maxParallel !== void 0 ? { ...plan, maxParallel: settings.maxParallel } : plan,
      registry: deps.registry,
      run,
      mode: settings.dryRun ? "plan" : "run",
      aws,
      secrets: frontend.secrets,
      resolveSsm: lazySsmResolver(aws, frontend.secrets),
      selection: settings.selection,
      settled: session.settled,
      scope,
      signal: stop.signal,
      logFor: (phase) => frontend.logFor(phase),
      onPhaseStart: (phase) => {
        session.started(phase);
        frontend.onPhaseStart?.(phase);
      },
      onPhaseEnd: (result2, phase) => {
        session.ended(frontend.secrets.maskValues(result2));
        frontend.onPhaseEnd?.(result2, phase);
      },
      ...deps.graceMs !== void 0 ? { graceMs: deps.graceMs } : {}
    });
    await session.finish(result);
    return { result, run };
  } finally {
    deps.signal.removeEventListener("abort", follow);
    await session.close();
  }
}
async function standaloneSettings(plan, phase, shape, settings, deps) {
  registerPlanSecrets(plan, deps.env, deps.secrets);
  const scope = { ...templateScope(plan, settings, deps.env), phases: {}, ssm: {} };
  const [rendered] = await renderWith(
    [phase],
    scope,
    lazySsmResolver(deps.aws, deps.secrets),
    deps.signal
  );
  return parseFinal(shape, rendered, `phase "${phase.id}"`);
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
    const { ssmResolver } = await import("./cli-ssm-parameters-XLINDATH.js");
    return ssmResolver(aws, secrets)(names, signal);
  };
}

export {
  planHasChanges,
  durationOf,
  runCheck,
  checkContext,
  lazyPhaseKind,
  parseVarAssignments,
  parsePhaseList,
  runRelease,
  standaloneSettings,
  registerPlanSecrets,
  runInfo
};
