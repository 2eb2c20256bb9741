import { createRequire as __phasegateCreateRequire } from 'node:module';
const require = __phasegateCreateRequire(import.meta.url);
import {
  SECRET_NAME
} from "./cli-chunk-FY4NPDDL.js";
import {
  formatDuration
} from "./cli-chunk-ELRKWGRC.js";
import {
  fenced
} from "./cli-chunk-2SUYFAK7.js";
import {
  excerpt
} from "./cli-chunk-V74XWLEX.js";
import "./cli-chunk-KHYJZ6HU.js";

// src/checks/command/spawn.ts
import { spawn } from "node:child_process";
var KEEP_BYTES = 1024 * 1024;
function runProgram(o) {
  return new Promise((resolve) => {
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
    const done = (result) => {
      clearTimeout(timer);
      o.signal.removeEventListener("abort", kill);
      resolve({ ...result, stdout: out(), stderr: err(), timedOut });
    };
    child.once("error", (error) => done({ code: void 0, signal: void 0, startError: error }));
    child.once(
      "close",
      (code, signal) => done({ code: code ?? void 0, signal: signal ?? void 0 })
    );
  });
}
function collect(stream) {
  const chunks = [];
  let size = 0;
  stream?.on("data", (chunk) => {
    if (size >= KEEP_BYTES) return;
    chunks.push(chunk);
    size += chunk.length;
  });
  return () => Buffer.concat(chunks).toString("utf8");
}

// src/checks/command/run.ts
var TAIL_LINES = 20;
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
  const details = ctx.secrets.mask(outputDetails(finished));
  if (problems.length > 0)
    return { ok: false, summary: ctx.secrets.mask(`${what}: ${problems.join("; ")}`), details };
  const found = [
    `exit ${finished.code}`,
    ...(c["stdout-contains"] ?? []).map((t) => `stdout contains "${excerpt(t, 40)}"`)
  ];
  if (c["stdout-match"]) found.push(`stdout matches /${c["stdout-match"]}/`);
  return { ok: true, summary: ctx.secrets.mask(`${what}: ${found.join(", ")}`), details };
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
export {
  run
};
