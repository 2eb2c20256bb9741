import { createRequire as __phasegateCreateRequire } from 'node:module';
const require = __phasegateCreateRequire(import.meta.url);
import {
  SECRET_HEADER
} from "./chunk-TFFOKPMC.js";
import "./chunk-IXHKWZ7K.js";
import {
  formatDuration
} from "./chunk-ZAIHHAGB.js";
import {
  asText,
  excerpt,
  fenced
} from "./chunk-CR3HRAZR.js";
import "./chunk-6VNXFP75.js";

// src/checks/http/expect.ts
var BODY_EXCERPT = 2e3;
function judgeAnswer(what, expect, answer, mask = (text) => text) {
  const short = (text, length) => excerpt(mask(text), length);
  const { problems, found } = compare(expect, answer, short);
  if (problems.length === 0)
    return { ok: true, summary: `${what}: ${[String(answer.status), ...found].join(", ")}` };
  return {
    ok: false,
    summary: `${what}: ${problems.join("; ")}`,
    details: bodyDetails({ ...answer, body: mask(answer.body) })
  };
}
function compare(expect, answer, short) {
  const problems = [];
  const found = [];
  const statuses = expect["expect-status"];
  if (!statuses.includes(answer.status))
    problems.push(`status ${answer.status}, expected ${statuses.join(" or ")}`);
  const json = expect["expect-json"];
  if (json && Object.keys(json).length > 0) {
    const compared = compareJson(json, answer.body, short);
    problems.push(...compared.problems);
    found.push(...compared.found);
  }
  for (const text of expect["expect-body-contains"] ?? [])
    if (!answer.body.includes(text))
      problems.push(`the body does not contain "${short(text, 40)}"`);
  return { problems, found };
}
function compareJson(expected, body, short) {
  const document = parseJson(body);
  if (document === void 0) return { problems: ["the body is not JSON"], found: [] };
  const problems = [];
  const found = [];
  for (const [path, want] of Object.entries(expected)) {
    const got = asText(valueAt(document.value, path));
    if (got === void 0) problems.push(`${path} is missing, expected "${want}"`);
    else if (got !== want) problems.push(`${path} is "${short(got, 60)}", expected "${want}"`);
    else found.push(`${path}=${short(got, 40)}`);
  }
  return { problems, found };
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
  const shown = answer.body.length > BODY_EXCERPT ? `${answer.body.slice(0, BODY_EXCERPT)}
\u2026 (${answer.body.length - BODY_EXCERPT} more characters)` : answer.body;
  return `Answer: status ${answer.status}

${shown ? fenced(shown) : "(empty body)"}`;
}

// src/checks/http/run.ts
async function run(ctx) {
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
  } catch (error) {
    if (ctx.signal.aborted) throw error;
    if (timeout.aborted)
      return { ok: false, summary: `${what}: no answer within ${formatDuration(c.timeout)}` };
    return { ok: false, summary: `${what}: ${connectionProblem(error)}` };
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
var CONNECTION_CODES = {
  ECONNREFUSED: "connection refused (nothing listens there)",
  ENOTFOUND: "host not found (DNS)",
  EAI_AGAIN: "host name lookup failed for now (DNS)",
  ECONNRESET: "connection reset by the server",
  ETIMEDOUT: "connection timed out",
  EHOSTUNREACH: "host unreachable",
  ENETUNREACH: "network unreachable",
  UND_ERR_SOCKET: "the server closed the connection"
};
function connectionProblem(error) {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const code = typeof cause === "object" && cause !== null && "code" in cause ? String(cause.code) : "";
  const words = CONNECTION_CODES[code];
  if (words) return `${words} (${code})`;
  const message = cause instanceof Error ? cause.message : String(cause);
  return `request failed: ${message}${code && !message.includes(code) ? ` (${code})` : ""}`;
}
export {
  run
};
