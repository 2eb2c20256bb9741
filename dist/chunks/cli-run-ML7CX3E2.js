import { createRequire as __phasegateCreateRequire } from 'node:module';
const require = __phasegateCreateRequire(import.meta.url);
import {
  SECRET_HEADER
} from "./cli-chunk-IXUPEDNB.js";
import {
  judgeAnswer
} from "./cli-chunk-UBJYNXZ5.js";
import "./cli-chunk-4KXVOQRE.js";
import "./cli-chunk-75MUJ4UL.js";
import "./cli-chunk-FY4NPDDL.js";
import {
  formatDuration
} from "./cli-chunk-ELRKWGRC.js";
import "./cli-chunk-2SUYFAK7.js";
import "./cli-chunk-V74XWLEX.js";
import "./cli-chunk-KHYJZ6HU.js";

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
