import { createRequire as __phasegateCreateRequire } from 'node:module';
const require = __phasegateCreateRequire(import.meta.url);
import {
  judgeAnswer
} from "./chunk-FEQVEQIQ.js";
import {
  SECRET_HEADER
} from "./chunk-ZJOYK5AW.js";
import "./chunk-EC26BKRP.js";
import "./chunk-QFPOHVJX.js";
import "./chunk-VKVOBTS6.js";
import {
  formatDuration
} from "./chunk-7CRA6L43.js";
import "./chunk-NVTSF2YR.js";
import "./chunk-KTTNFFSQ.js";
import "./chunk-6VNXFP75.js";

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
