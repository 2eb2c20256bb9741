import { createRequire as __phasegateCreateRequire } from 'node:module';
const require = __phasegateCreateRequire(import.meta.url);
import {
  cancelOnSignals
} from "./cli-chunk-DM46DMU6.js";
import {
  ReleaseRecord,
  createAwsClients,
  openStore
} from "./cli-chunk-5S4WVAEV.js";
import {
  loadPlan
} from "./cli-chunk-PZMFLI35.js";
import "./cli-chunk-3WMBHACJ.js";
import "./cli-chunk-SK6X4MLL.js";
import "./cli-chunk-4KXVOQRE.js";
import "./cli-chunk-75MUJ4UL.js";
import "./cli-chunk-ELRKWGRC.js";
import {
  UserError
} from "./cli-chunk-75YOGVQ5.js";
import "./cli-chunk-V74XWLEX.js";
import "./cli-chunk-KHYJZ6HU.js";

// src/release/status.ts
var LISTED = 3;
async function environmentStatus(plan, environment, aws, version, signal) {
  const store = openStore(plan, environment, aws);
  if (!store)
    throw new UserError(
      `${plan.file} keeps no release record (record.store: none)`,
      "remove record.store: none from the plan to keep one"
    );
  const record = new ReleaseRecord(store, { owner: "status" });
  const state = await record.state(signal);
  const wanted = version ? [version] : state.released.slice(0, LISTED);
  const versions = [];
  for (const v of wanted) {
    const entries = await record.phases(v, signal);
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
    environment,
    record: store.location,
    ...state.current ? { current: state.current } : {},
    ...state.previous ? { previous: state.previous } : {},
    versions
  };
}
function statusText(s) {
  const when = (iso) => `${iso.slice(0, 16).replace("T", " ")} UTC`;
  const released = (label, r) => r ? `${label}: ${r.version}, released ${when(r.at)}${r.run.actor ? ` by ${r.run.actor}` : ""} (${r.run.url ?? r.run.owner})` : `${label}: none`;
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

// src/cli/status-command.ts
async function statusCommand(command, io, registry) {
  if (!command.env)
    throw new UserError(
      "status needs an environment",
      `write: phasegate status ${command.plan} --env production`
    );
  const plan = await loadPlan(command.plan, { registry });
  const cancel = cancelOnSignals();
  try {
    const status = await environmentStatus(
      plan,
      command.env,
      createAwsClients(plan.region),
      command.version,
      cancel.signal
    );
    io.stdout(command.json ? `${JSON.stringify(status, null, 2)}
` : statusText(status));
    return 0;
  } finally {
    cancel.dispose();
  }
}
export {
  statusCommand
};
