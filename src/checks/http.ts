/**
 * The `http` check: one request, judged by status, JSON fields and body text. A connection that
 * fails or an answer that never comes is a failed check saying why, not an error: right after a
 * deploy, "connection refused" is an answer.
 */
import { formatDuration } from '../core/duration.js';
import type { Secrets } from '../core/secrets.js';
import {
  duration,
  type Infer,
  listOf,
  number,
  object,
  oneOf,
  optional,
  record,
  refine,
  string,
  withDefault,
} from '../core/shape.js';
import { judgeAnswer } from './http-expect.js';
import type { CheckContext, CheckResult, DescribedCheckKind } from './kind.js';

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

/** Header names whose values are credentials: registered as secrets, so logs never show them. */
const SECRET_HEADER = /authorization|token|key|secret|cookie|password|credential/i;

const settings = refine(
  object({
    url: string({
      pattern: /^https?:\/\/\S+$/i,
      expected: 'an http:// or https:// URL',
      hint: 'write the whole address, for example https://alb.example.com/health',
      description: 'The address to call, http:// or https://.',
    }),
    method: withDefault(oneOf(METHODS, 'HTTP method (default GET).'), 'GET'),
    headers: optional(
      record(
        string(),
        'Request headers. Values of headers named like authorization, token, key or secret are masked in every log.',
      ),
    ),
    body: optional(string({ description: 'Request body (not with GET or HEAD).' })),
    'expect-status': withDefault(
      listOf(
        number({ integer: true, min: 100, max: 599 }),
        'The status, or a list of statuses, that pass (default 200).',
      ),
      [200],
    ),
    'expect-json': optional(
      record(
        string(),
        'Dotted paths into the JSON body (items.0.name) and the value each must have, compared as text.',
      ),
    ),
    'expect-body-contains': optional(
      listOf(string(), 'Text, or a list of texts, the body must contain.'),
    ),
    timeout: withDefault(duration('How long to wait for the whole answer (default 10s).'), 10_000),
  }),
  (c) =>
    c.body !== undefined && (c.method === 'GET' || c.method === 'HEAD')
      ? {
          message: `a ${c.method} request cannot have a body`,
          hint: 'write method: POST',
          at: ['body'],
        }
      : undefined,
);

export type HttpCheckConfig = Infer<typeof settings>;

export const httpCheck: DescribedCheckKind<HttpCheckConfig> = {
  name: 'http',
  description: 'Call a URL and check the status, JSON fields and body of its answer',
  settings,
  describe: (c) => `${c.method} ${c.url} → ${c['expect-status'].join(' or ')}`,
  run: runHttpCheck,
};

async function runHttpCheck(ctx: CheckContext<HttpCheckConfig>): Promise<CheckResult> {
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
    return judgeAnswer(what, c, { status: response.status, body });
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
    secrets.add(value);
    // "Bearer <token>": the token alone may turn up in an echo of the request too.
    const credential = /^\S+\s+(\S.*)$/.exec(value)?.[1];
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
