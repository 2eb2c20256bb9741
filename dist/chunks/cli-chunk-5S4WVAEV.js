import { createRequire as __phasegateCreateRequire } from 'node:module';
const require = __phasegateCreateRequire(import.meta.url);
import {
  renderKnown
} from "./cli-chunk-PZMFLI35.js";
import {
  lazyStore,
  ssmLocation
} from "./cli-chunk-SK6X4MLL.js";
import {
  formatDuration
} from "./cli-chunk-ELRKWGRC.js";

// src/aws/clients.ts
var clientConfig = (region) => ({
  region,
  maxAttempts: 8,
  retryMode: "adaptive"
});
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

// src/engine/abort.ts
var PhaseTimeout = class extends Error {
  constructor(ms) {
    super(`timed out after ${formatDuration(ms)}`);
    this.ms = ms;
  }
  ms;
  name = "PhaseTimeout";
};
var RunCancelled = class extends Error {
  constructor(why = "the run was cancelled") {
    super(why);
    this.why = why;
  }
  why;
  name = "RunCancelled";
};
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
  return new Promise((resolve, reject) => {
    let timer;
    const onAbort = () => {
      timer = setTimeout(() => reject(signal.reason), graceMs);
    };
    const finish = () => {
      if (timer) clearTimeout(timer);
      signal.removeEventListener("abort", onAbort);
    };
    if (signal.aborted) onAbort();
    else signal.addEventListener("abort", onAbort, { once: true });
    work.then(
      (value) => {
        finish();
        resolve(value);
      },
      (error) => {
        finish();
        reject(error);
      }
    );
  });
}

// src/release/record/entries.ts
import { createHash } from "node:crypto";
var RELEASED_KEPT = 50;
function phaseDigest(phase, scope, secrets) {
  const gates = [...phase.gates.before, ...phase.gates.after].map((g) => ({
    uses: g.uses,
    with: g.with
  }));
  const what = renderKnown(
    { uses: phase.uses, with: phase.with, gates, timeoutMs: phase.timeoutMs },
    { inputs: scope.inputs, vars: scope.vars, env: {}, github: {} },
    () => {
    }
  );
  const text = secrets.mask(canonicalJson(what));
  return `sha256:${createHash("sha256").update(text).digest("hex").slice(0, 16)}`;
}
function canonicalJson(value) {
  return JSON.stringify(
    value,
    (_key, v) => v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v
  );
}
function parseEntry(text) {
  const value = parseJson(text);
  return value && typeof value.phase === "string" && typeof value.status === "string" ? value : void 0;
}
function parseState(text) {
  const value = text ? parseJson(text) : void 0;
  return {
    ...value?.current ? { current: value.current } : {},
    ...value?.previous ? { previous: value.previous } : {},
    released: Array.isArray(value?.released) ? value.released : []
  };
}
function parseJson(text) {
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

// src/release/record/keys.ts
function keySegment(name) {
  return [...name].map(
    (c) => /[A-Za-z0-9.-]/.test(c) ? c : [...Buffer.from(c)].map((b) => `_${b.toString(16).padStart(2, "0")}`).join("")
  ).join("");
}
function recordPrefix(app, environment) {
  return `/phasegate/${keySegment(app)}/${keySegment(environment)}`;
}
var phaseKey = (version, phaseId) => `versions/${keySegment(version)}/phases/${phaseId}`;
var versionPrefix = (version) => `versions/${keySegment(version)}/phases/`;
var STATE_KEY = "state";
var LEASE_PREFIX = "lease/";
var leaseKey = (generation) => `${LEASE_PREFIX}${String(generation).padStart(10, "0")}`;
function leaseGeneration(key) {
  const n = Number(key.slice(LEASE_PREFIX.length));
  return key.startsWith(LEASE_PREFIX) && Number.isInteger(n) ? n : void 0;
}

// src/release/record/release-record.ts
var ReleaseRecord = class {
  constructor(store, run) {
    this.store = store;
    this.run = run;
  }
  store;
  run;
  queue = Promise.resolve();
  /** This version's entries, by phase id. */
  async phases(version, signal) {
    const entries = await this.store.list(versionPrefix(version), signal);
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
  started(phase, version, digest, log, signal) {
    const entry = {
      phase,
      version,
      status: "running",
      startedAt: (/* @__PURE__ */ new Date()).toISOString(),
      run: this.run,
      digest,
      outputs: {}
    };
    this.write(phaseKey(version, phase), entry, log, signal);
  }
  /** `result` must already be masked: its outputs and summary go into the record as they are. */
  ended(result, version, digest, log, signal) {
    if (result.status === "not-selected" || result.status === "done-earlier") return;
    const status = result.status === "succeeded" ? "succeeded" : result.status === "cancelled" ? "cancelled" : "failed";
    const entry = {
      phase: result.id,
      version,
      status,
      startedAt: new Date(result.startedAt ?? Date.now()).toISOString(),
      endedAt: new Date(result.endedAt ?? Date.now()).toISOString(),
      run: this.run,
      digest,
      outputs: result.outputs,
      summary: result.summary.split("\n")[0]?.slice(0, 300) ?? ""
    };
    this.write(phaseKey(version, result.id), entry, log, signal);
  }
  /** The version is fully released: it becomes current and the one before becomes previous. */
  async released(version, log, signal) {
    await this.flush();
    try {
      const state = await this.state(signal);
      const next = withRelease(state, { version, at: (/* @__PURE__ */ new Date()).toISOString(), run: this.run });
      await this.store.put(STATE_KEY, JSON.stringify(next), signal);
    } catch (error) {
      log.warning(`the release record could not mark ${version} as current: ${String(error)}`);
    }
  }
  /** Waits for every queued write. */
  flush() {
    return this.queue;
  }
  write(key, value, log, signal) {
    this.queue = this.queue.then(
      () => this.store.put(key, JSON.stringify(value), signal).catch((error) => {
        log.warning(
          `the release record (${this.store.location}) could not be written: ${String(error)}; a re-run will run this phase again`
        );
      })
    );
  }
};
function openStore(plan, environment, aws) {
  if (plan.record.store === "none") return void 0;
  const prefix = recordPrefix(plan.app, environment);
  return lazyStore(ssmLocation(prefix, aws.region), async () => {
    const { SsmRecordStore } = await import("./cli-ssm-store-UUL2ACFA.js");
    return new SsmRecordStore(aws, prefix);
  });
}

export {
  createAwsClients,
  PhaseTimeout,
  RunCancelled,
  phaseSignal,
  settleWithin,
  phaseDigest,
  STATE_KEY,
  LEASE_PREFIX,
  leaseKey,
  leaseGeneration,
  ReleaseRecord,
  openStore
};
