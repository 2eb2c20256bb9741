import { createRequire as __phasegateCreateRequire } from 'node:module';
const require = __phasegateCreateRequire(import.meta.url);
import {
  lastLogLines
} from "./chunk-JVR7W6GM.js";
import {
  require_dist_cjs
} from "./chunk-6NABPGHF.js";
import {
  pollUntil
} from "./chunk-QR32M3AN.js";
import {
  SHELL_DOCUMENTS
} from "./chunk-EMJUS4HU.js";
import {
  planItem
} from "./chunk-5PGG26JR.js";
import "./chunk-EC26BKRP.js";
import "./chunk-QFPOHVJX.js";
import {
  SECRET_NAME
} from "./chunk-VKVOBTS6.js";
import {
  formatAwsDuration
} from "./chunk-7CRA6L43.js";
import "./chunk-FV45D3XN.js";
import {
  errorName
} from "./chunk-ONR7VFIP.js";
import "./chunk-C5Y36SPG.js";
import {
  sendOnce,
  sleep
} from "./chunk-WQLVJMW6.js";
import {
  PhaseFailure
} from "./chunk-A6ZFOA6X.js";
import {
  cell,
  fenced,
  table
} from "./chunk-NVTSF2YR.js";
import {
  excerpt,
  plural,
  wordFor
} from "./chunk-KTTNFFSQ.js";
import "./chunk-MIYFLX2B.js";
import {
  __toESM
} from "./chunk-6VNXFP75.js";

// src/phases/ssm-command/plan.ts
var import_client_ssm2 = __toESM(require_dist_cjs(), 1);

// src/phases/ssm-command/invocations.ts
var FINAL = /* @__PURE__ */ new Set(["Success", "Failed", "TimedOut", "Cancelled"]);
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
  const details = v.details.replace(/\s+/g, "");
  if (v.status === "Success") return { ok: true, words: "succeeded" };
  if (details === "Undeliverable")
    return {
      ok: false,
      words: "undeliverable: SSM could not reach the instance (stopped, or its agent is not running)"
    };
  if (details === "DeliveryTimedOut")
    return { ok: false, words: "delivery timed out: the agent never picked the command up" };
  if (details === "Terminated")
    return { ok: false, words: "not run: SSM stopped the command once max-errors was reached" };
  if (v.status === "TimedOut")
    return { ok: false, words: "execution timed out (execution-timeout)" };
  if (v.status === "Cancelled") return { ok: false, words: "cancelled" };
  const code = v.responseCode !== void 0 && v.responseCode >= 0 ? ` with response code ${v.responseCode}` : "";
  return { ok: false, words: `failed${code}` };
}
function durationOf(v) {
  return v.startedAt && v.endedAt ? v.endedAt.getTime() - v.startedAt.getTime() : void 0;
}

// src/phases/ssm-command/send.ts
var import_client_ssm = __toESM(require_dist_cjs(), 1);
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
  const { app, environment, version } = ctx.run;
  return [`phasegate ${app}`, environment, version, ctx.phase.id].filter(Boolean).join(" ").slice(0, 100);
}
function describeTargets(config) {
  if (config["instance-ids"]) return config["instance-ids"].join(", ");
  return (config.targets ?? []).map((t) => `${t.key}=${t.values.join(",")}`).join("; ");
}
function sendCommandInput(ctx) {
  const c = ctx.config;
  return {
    DocumentName: c.document,
    ...c["document-version"] ? { DocumentVersion: c["document-version"] } : {},
    Parameters: documentParameters(c),
    ...c["instance-ids"] ? { InstanceIds: c["instance-ids"] } : { Targets: (c.targets ?? []).map((t) => ({ Key: t.key, Values: t.values })) },
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
  const command = new import_client_ssm.SendCommandCommand(sendCommandInput(ctx));
  sendOnce(command);
  const answer = await ctx.aws.client(import_client_ssm.SSMClient).send(command);
  const id = answer.Command?.CommandId;
  if (!id) throw new Error("SendCommand answered without a CommandId");
  return id;
}

// src/phases/ssm-command/report.ts
function consoleLink(region, commandId) {
  return `https://${region}.console.aws.amazon.com/systems-manager/run-command/${commandId}?region=${region}`;
}
function header(config) {
  const version = config["document-version"] ? ` (version ${config["document-version"]})` : "";
  const on = config["instance-ids"] ? "instances" : "targets";
  return [`**${cell(config.document)}**${version} on ${on} \`${describeTargets(config)}\``];
}
function instanceTable(judged, simulated) {
  const rows = judged.map(({ invocation: i, ending }) => {
    const took = durationOf(i);
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
function tailSection(tail, limit) {
  const title = `**Output of ${tail.instanceId}**`;
  const count = (n) => n === limit ? `last ${limit} lines` : plural(n, "line");
  const parts = [];
  if (tail.stdout.length > 0)
    parts.push(
      `${title}, ${count(tail.stdout.length)} (${tail.source}):`,
      "",
      fenced(tail.stdout.join("\n"))
    );
  if (tail.stderr.length > 0)
    parts.push(
      "",
      `${title}, stderr, ${count(tail.stderr.length)}:`,
      "",
      fenced(tail.stderr.join("\n"))
    );
  if (parts.length === 0) parts.push(`${title}: ${tail.note ?? "nothing printed"}`);
  else if (tail.note) parts.push("", `_${tail.note}_`);
  return parts;
}
function runDetails(s) {
  const link = `command [${s.commandId}](${consoleLink(s.region, s.commandId)})`;
  const parts = [
    [...header(s.config), "", `- ${link}`],
    [instanceTable(s.judged, s.simulatedTime)]
  ];
  for (const tail of s.tails) parts.push(tailSection(tail, s.config["output-lines"]));
  return parts.map((p) => p.join("\n")).join("\n\n");
}
function ssmPlan(config, presence) {
  const version = config["document-version"] ? ` (version ${config["document-version"]})` : "";
  const on = config["instance-ids"] ? "instances" : "targets";
  const { commands, ...others } = documentParameters(config);
  const facts = Object.entries(others).map(([name, values]) => `${name}: ${values.join(", ")}`);
  if (presence)
    for (const [id, ping] of presence)
      facts.push(`instance ${id}: ${ping ?? "not a managed instance (no SSM agent registered)"}`);
  else facts.push("the instances are those the targets match when the command is sent");
  const blocks = commands ? [{ label: "commands", language: "sh", text: commands.join("\n") }] : [];
  const line = `${config.document}${version} on ${on} ${describeTargets(config)}`;
  return { changes: true, items: [planItem(line, facts, blocks)] };
}

// src/phases/ssm-command/plan.ts
async function planSsmCommand(ctx) {
  registerSecretParameters(ctx.config, ctx.secrets);
  const ids = ctx.config["instance-ids"];
  const presence = ids ? await presenceOf(ctx, ids) : void 0;
  const offline = presence ? [...presence].filter(([, ping]) => ping !== "Online").map(([id]) => id) : [];
  for (const id of offline)
    ctx.log.warning(`instance ${id} is ${presence?.get(id) ?? "not a managed instance"}`);
  const where = ids ? plural(ids.length, "instance") : describeTargets(ctx.config);
  const warning = offline.length > 0 ? `; not online: ${offline.join(", ")}` : "";
  return {
    summary: `would run ${ctx.config.document} on ${where}${warning}`,
    // Masked here too, not only on the way out: the dry run's point is to show the parameters.
    plan: ctx.secrets.maskValues(ssmPlan(ctx.config, presence))
  };
}
async function presenceOf(ctx, ids) {
  const ssm = ctx.aws.client(import_client_ssm2.SSMClient);
  const presence = new Map(ids.map((id) => [id, void 0]));
  let token;
  do {
    const page = await ssm.send(
      new import_client_ssm2.DescribeInstanceInformationCommand({
        Filters: [{ Key: "InstanceIds", Values: [...ids] }],
        MaxResults: 50,
        ...token ? { NextToken: token } : {}
      }),
      { abortSignal: ctx.signal }
    );
    for (const i of page.InstanceInformationList ?? [])
      if (i.InstanceId && presence.has(i.InstanceId)) presence.set(i.InstanceId, i.PingStatus);
    token = page.NextToken;
  } while (token);
  return presence;
}

// src/phases/ssm-command/run.ts
var import_client_ssm5 = __toESM(require_dist_cjs(), 1);

// src/phases/ssm-command/output.ts
var import_client_ssm3 = __toESM(require_dist_cjs(), 1);
var STDOUT_LIMIT = 24e3;
var TRUNCATED = "---Output truncated---";
var NOT_YET_TRIES = 5;
function readTail(ctx, commandId, inv) {
  const group = ctx.config["cloudwatch-output"];
  return group ? fromCloudWatch(ctx, group, commandId, inv) : fromSsm(ctx, commandId, inv);
}
async function fromSsm(ctx, commandId, inv) {
  const limit = ctx.config["output-lines"];
  const answer = await getInvocation(ctx, commandId, inv.instanceId);
  const stdout = answer.StandardOutputContent ?? "";
  const stderr = answer.StandardErrorContent ?? "";
  const base = { instanceId: inv.instanceId, source: "SSM" };
  const tail = { ...base, stdout: lastLines(stdout, limit), stderr: lastLines(stderr, limit) };
  if (stdout.length >= STDOUT_LIMIT || stdout.endsWith(TRUNCATED))
    return {
      ...tail,
      note: "SSM keeps only the first 24,000 characters of the output: these are the last lines of that part (set cloudwatch-output for the whole output)"
    };
  if (!stdout && !stderr && inv.status !== "Success" && inv.status !== "Failed")
    return { ...tail, note: `SSM keeps no output of a ${inv.status} invocation` };
  return tail;
}
async function getInvocation(ctx, commandId, instanceId) {
  const ssm = ctx.aws.client(import_client_ssm3.SSMClient);
  for (let attempt = 1; ; attempt++) {
    try {
      return await ssm.send(
        new import_client_ssm3.GetCommandInvocationCommand({ CommandId: commandId, InstanceId: instanceId }),
        {
          abortSignal: ctx.signal
        }
      );
    } catch (error) {
      if (errorName(error) !== "InvocationDoesNotExist" || attempt >= NOT_YET_TRIES) throw error;
      await sleep(ctx.config["poll-interval"], ctx.signal);
    }
  }
}
async function fromCloudWatch(ctx, group, commandId, inv) {
  const limit = ctx.config["output-lines"];
  const prefix = `${commandId}/${inv.instanceId}/${(inv.plugin ?? "aws:runShellScript").replace(/:/g, "-")}`;
  const read = (stream) => lastLogLines(ctx, { group, stream: `${prefix}/${stream}` }, limit).catch((error) => {
    if (ctx.signal.aborted || errorName(error) !== "ResourceNotFoundException") throw error;
    return void 0;
  });
  const [stdout, stderr] = await Promise.all([read("stdout"), read("stderr")]);
  const tail = {
    instanceId: inv.instanceId,
    stdout: stdout ?? [],
    stderr: stderr ?? [],
    source: group
  };
  if (stdout === void 0 && stderr === void 0)
    return {
      ...tail,
      note: `no output stream in ${group} (the script printed nothing, or SSM could not write there)`
    };
  return tail;
}
function lastLines(text, limit) {
  const lines = text.replace(/\r/g, "").split("\n");
  if (lines.at(-1) === "") lines.pop();
  if (lines.at(-1) === TRUNCATED) lines.pop();
  return limit === 0 ? [] : lines.slice(-limit);
}

// src/phases/ssm-command/wait.ts
var import_client_ssm4 = __toESM(require_dist_cjs(), 1);
var CANCEL_CALL_MS = 1500;
var CANCEL_WAIT_MS = 2e3;
var CANCEL_POLL_MS = 200;
async function waitForCommand(o) {
  const seen = { status: /* @__PURE__ */ new Map(), started: /* @__PURE__ */ new Set() };
  const waited = await pollUntil(async () => {
    const command = await readCommand(o, o.signal);
    const invocations = await listInvocations(o, o.signal);
    logTransitions(invocations, seen, o.log);
    if (isFinal(command.Status) && invocations.length >= (command.TargetCount ?? 0))
      return { command, invocations };
    o.log.progress(waitingLine(command, invocations));
    return void 0;
  }, o);
  if (waited) return waited;
  throw await cancelAfterAbort(o, seen);
}
async function readCommand(o, signal) {
  const answer = await o.ssm.send(new import_client_ssm4.ListCommandsCommand({ CommandId: o.commandId }), {
    abortSignal: signal
  });
  return answer.Commands?.[0] ?? { CommandId: o.commandId, Status: "Pending" };
}
async function listInvocations(o, signal) {
  const all = [];
  let token;
  do {
    const page = await o.ssm.send(
      new import_client_ssm4.ListCommandInvocationsCommand({
        CommandId: o.commandId,
        Details: true,
        MaxResults: 50,
        ...token ? { NextToken: token } : {}
      }),
      { abortSignal: signal }
    );
    all.push(...(page.CommandInvocations ?? []).map(viewOf));
    token = page.NextToken;
  } while (token);
  return all.sort((a, b) => a.instanceId.localeCompare(b.instanceId));
}
function logTransitions(list, seen, log) {
  for (const i of list) {
    if (mayHaveStarted(i.status)) seen.started.add(i.instanceId);
    if (seen.status.get(i.instanceId) === i.status) continue;
    seen.status.set(i.instanceId, i.status);
    const details = i.details.replace(/\s+/g, "") !== i.status ? ` (${i.details})` : "";
    log.info(`instance ${i.instanceId}: ${i.status}${details}`);
  }
}
function waitingLine(command, list) {
  const counts = /* @__PURE__ */ new Map();
  for (const i of list) counts.set(i.status, (counts.get(i.status) ?? 0) + 1);
  const parts = [...counts].map(([s, n]) => `${n} ${s}`).join(", ");
  const expected = command.TargetCount ? ` of ${command.TargetCount}` : "";
  return `waiting for command ${command.CommandId} (${command.Status ?? "Pending"}; ${list.length}${expected} ${wordFor(command.TargetCount ?? list.length, "invocation")}${parts ? `: ${parts}` : ""})`;
}
async function cancelAfterAbort(o, seen) {
  const why = o.signal.reason instanceof Error ? o.signal.reason.message : "the phase was stopped";
  const lines = [];
  try {
    await o.ssm.send(new import_client_ssm4.CancelCommandCommand({ CommandId: o.commandId }), {
      abortSignal: AbortSignal.timeout(CANCEL_CALL_MS)
    });
    o.log.warning(`cancelled command ${o.commandId} (CancelCommand): ${why}`);
    lines.push(`cancelled command ${o.commandId} (CancelCommand)`);
  } catch (error) {
    const message = `could not cancel command ${o.commandId}: ${error.message}; cancel it in the console`;
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

// src/phases/ssm-command/run.ts
var AGENT_HINT = "is the SSM agent running and the instance profile set?";
async function runSsmCommand(ctx) {
  registerSecretParameters(ctx.config, ctx.secrets);
  const commandId = await send(ctx);
  ctx.log.info(
    `sent command ${commandId}: ${ctx.config.document} on ${describeTargets(ctx.config)}`
  );
  const { command, invocations } = await waitForCommand({
    ssm: ctx.aws.client(import_client_ssm5.SSMClient),
    commandId,
    intervalMs: ctx.config["poll-interval"],
    signal: ctx.signal,
    log: ctx.log
  });
  if (invocations.length === 0) throw noInstance(ctx.config, command);
  const tails = ctx.config["output-lines"] === 0 ? [] : await Promise.all(invocations.map((i) => readTail(ctx, commandId, i)));
  return finish(ctx, commandId, invocations, tails);
}
async function send(ctx) {
  try {
    return await sendCommand(ctx);
  } catch (error) {
    if (errorName(error) !== "InvalidInstanceId") throw error;
    throw new PhaseFailure(
      `SSM cannot reach instances ${describeTargets(ctx.config)}: ${error.message}`,
      { hint: `${AGENT_HINT} (aws ssm describe-instance-information lists the managed instances)` }
    );
  }
}
function noInstance(config, command) {
  return new PhaseFailure(`no managed instance matches ${describeTargets(config)}; ${AGENT_HINT}`, {
    hint: "check the tags of the instances and that they appear in aws ssm describe-instance-information",
    outputs: { "command-id": command.CommandId ?? "", succeeded: "0", failed: "0" }
  });
}
function finish(ctx, commandId, invocations, tails) {
  const judged = invocations.map((invocation) => ({
    invocation,
    ending: endingOf(invocation)
  }));
  for (const { invocation, ending } of judged)
    (ending.ok ? ctx.log.info : ctx.log.error).call(
      ctx.log,
      `instance ${invocation.instanceId} ${ending.words}`
    );
  for (const tail of tails) for (const line of tailLog(tail)) ctx.log.info(line);
  const failed = judged.filter((j) => !j.ending.ok);
  const outputs = {
    "command-id": commandId,
    succeeded: String(judged.length - failed.length),
    failed: String(failed.length)
  };
  const details = runDetails({
    region: ctx.aws.region,
    config: ctx.config,
    commandId,
    judged,
    tails,
    ...ctx.run.simulatedTime ? { simulatedTime: true } : {}
  });
  if (failed.length > 0)
    throw new PhaseFailure(failureMessage(judged, failed, tails, ctx.config), {
      details,
      outputs,
      ...failed.some(isTerminated) ? { hint: MAX_ERRORS_HINT } : {}
    });
  const what = `${ctx.config.document} succeeded on ${plural(judged.length, "instance")}`;
  return { summary: `${what} (command ${commandId})`, details, outputs };
}
var MAX_ERRORS_HINT = "SSM sends the command to no more instances once more than max-errors invocations failed (SSM default 0); fix the failure and run again, or raise max-errors (such as 10%) to let the others run";
var isTerminated = (j) => j.invocation.details.replace(/\s+/g, "") === "Terminated";
function failureMessage(all, failed, tails, config) {
  const terminated = failed.filter(isTerminated);
  const each = failed.filter((j) => !isTerminated(j)).map(({ invocation: i, ending }) => {
    const tail = tails.find((t) => t.instanceId === i.instanceId);
    const last = tail ? tail.stderr.at(-1) ?? tail.stdout.at(-1) : void 0;
    const code = i.responseCode !== void 0 && i.responseCode >= 0 ? `, response code ${i.responseCode}` : "";
    return `${i.instanceId} ${i.status}${code}: ${ending.words}${last ? ` ("${excerpt(last, 80)}")` : ""}`;
  });
  if (terminated.length > 0)
    each.push(
      `${plural(terminated.length, "instance")} not run (${terminated.map((j) => j.invocation.instanceId).join(", ")}): SSM stopped sending the command once more than max-errors ${config["max-errors"] ?? "0 (SSM default)"} failed`
    );
  return `${failed.length} of ${plural(all.length, "instance")} did not succeed: ${each.join("; ")}`;
}
function tailLog(tail) {
  const lines = [...tail.stdout, ...tail.stderr.length ? ["--- stderr ---", ...tail.stderr] : []];
  const title = `output of ${tail.instanceId} (${tail.source})`;
  if (lines.length === 0) return [`${title}: ${tail.note ?? "nothing printed"}`];
  return [`${title}:`, ...lines.map((l) => `  | ${l}`), ...tail.note ? [`  (${tail.note})`] : []];
}
export {
  planSsmCommand as plan,
  runSsmCommand as run
};
