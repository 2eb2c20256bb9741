/** What the `http` check does when it runs; loaded on first use. */
import { formatDuration } from '../../core/duration.js';
import type { Secrets } from '../../core/secrets.js';
import type { CheckContext, CheckResult } from '../kind.js';
import { judgeAnswer } from './expect.js';

import { type HttpCheckConfig, SECRET_HEADER } from './settings.js';
export async function run(ctx: CheckContext<HttpCheckConfig>): Promise<CheckResult> {
  const c = ctx.config;
  registerSecrets(c, ctx.secrets);
  const what = `${c.method} ${c.url}`;
  const timeout = AbortSignal.timeout(c.timeout);
  try {
    const response = await fetch(c.url, {
      method: c.method,
      headers: c.headers ?? {},
      ...(c.body !== undefined ? { body: c.body } : {}),
      signal: AbortSignal.any([ctx.signal, timeout]),
    });
    const body = await response.text();
    const mask = (text: string) => ctx.secrets.mask(text);
    return judgeAnswer(what, c, { status: response.status, body }, mask);
  } catch (error) {
    // Cancellation and the phase's timeout belong to the engine: it says which one it was.
    if (ctx.signal.aborted) throw error;
    if (timeout.aborted)
      return { ok: false, summary: `${what}: no answer within ${formatDuration(c.timeout)}` };
    return { ok: false, summary: `${what}: ${connectionProblem(error)}` };
  }
}

function registerSecrets(c: HttpCheckConfig, secrets: Secrets): void {
  for (const [name, value] of Object.entries(c.headers ?? {})) {
    if (!SECRET_HEADER.test(name)) continue;
    // "Bearer <token>": the token alone may turn up in an echo of the request too. Fragments
    // come from the token only, so "Bearer " around other text is left readable.
    const credential = /^\S+\s+(\S.*)$/.exec(value)?.[1];
    secrets.add(value, { fragments: !credential });
    if (credential) secrets.add(credential);
  }
  const password = URL.canParse(c.url) ? new URL(c.url).password : '';
  if (password) secrets.add(decodeURIComponent(password));
}

const CONNECTION_CODES: Record<string, string> = {
  ECONNREFUSED: 'connection refused (nothing listens there)',
  ENOTFOUND: 'host not found (DNS)',
  EAI_AGAIN: 'host name lookup failed for now (DNS)',
  ECONNRESET: 'connection reset by the server',
  ETIMEDOUT: 'connection timed out',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  UND_ERR_SOCKET: 'the server closed the connection',
};

/** fetch says only "fetch failed"; the reason is in its cause. */
function connectionProblem(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const code =
    typeof cause === 'object' && cause !== null && 'code' in cause ? String(cause.code) : '';
  const words = CONNECTION_CODES[code];
  if (words) return `${words} (${code})`;
  const message = cause instanceof Error ? cause.message : String(cause);
  return `request failed: ${message}${code && !message.includes(code) ? ` (${code})` : ''}`;
}
