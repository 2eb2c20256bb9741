/** The http check against a local server: statuses, JSON fields, body text, secrets, failures. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpCheck } from '../../../src/checks/http/index.js';
import { parse, runCheck } from '../context.js';

const HEALTHY = {
  status: 'healthy',
  agent: 'Orchestrator',
  version: 'v5.1',
  ready: true,
  build: { commit: 'abc123', workers: 4 },
  agents: [{ name: 'extractor' }, { name: 'validator' }],
};

/** Status and body for each route; undefined: never answer. */
function route(req: IncomingMessage, body: string): [number, unknown] | undefined {
  switch (req.url) {
    case '/health':
      return [200, HEALTHY];
    case '/down':
      return [503, { status: 'unhealthy' }];
    case '/page':
      return [200, '<html><body>CA-A2A admin</body></html>'];
    case '/admin':
      return req.headers.authorization === 'Bearer s3cr3t-token'
        ? [200, { method: req.method, body }]
        : [401, { error: 'no' }];
    case '/slow':
      return undefined;
    default:
      return [404, { error: 'not found' }];
  }
}

function answer(req: IncomingMessage, res: ServerResponse, body: string): void {
  const reply = route(req, body);
  if (!reply) return;
  const [status, value] = reply;
  const text = typeof value === 'string';
  res.writeHead(status, { 'content-type': text ? 'text/html' : 'application/json' });
  res.end(text ? value : JSON.stringify(value));
}

let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => answer(req, res, body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('http check settings', () => {
  it('fills in GET, status 200 and a 10 s timeout', () => {
    const { config, issues } = parse(httpCheck, { url: 'https://alb.example.com/health' });
    expect(issues).toEqual([]);
    expect(config).toEqual({
      url: 'https://alb.example.com/health',
      method: 'GET',
      'expect-status': [200],
      timeout: 10_000,
    });
  });

  it('reads one status or a list, JSON values as text, and durations', () => {
    const { config } = parse(httpCheck, {
      url: 'http://x/health',
      'expect-status': [200, 204],
      'expect-json': { ready: true, 'build.workers': 4, version: 'v5.1' },
      'expect-body-contains': 'healthy',
      timeout: '2s',
    });
    expect(config?.['expect-status']).toEqual([200, 204]);
    expect(config?.['expect-json']).toEqual({
      ready: 'true',
      'build.workers': '4',
      version: 'v5.1',
    });
    expect(config?.['expect-body-contains']).toEqual(['healthy']);
    expect(config?.timeout).toBe(2000);
    expect(
      parse(httpCheck, { url: 'http://x', 'expect-status': 503 }).config?.['expect-status'],
    ).toEqual([503]);
  });

  it('refuses what is not an http(s) URL, odd statuses, bodies on GET, unknown keys', () => {
    const { messages, issues } = parse(httpCheck, {
      url: '/health',
      'expect-status': 99,
      body: '{}',
      expect_status: 200,
    });
    expect(messages).toEqual([
      'with.expect_status: unknown key "expect_status"',
      'with.url: expected an http:// or https:// URL, found the text "/health"',
      'with.expect-status.0: expected a whole number, at least 100, at most 599, found number 99',
    ]);
    expect(issues[0]?.hint).toBe('did you mean "expect-status"?');
    expect(issues[1]?.hint).toContain('https://alb.example.com/health');
    expect(parse(httpCheck, { url: 'ftp://x/y' }).messages).toHaveLength(1);
    expect(parse(httpCheck, { url: 'http://x', body: 'a' }).messages).toEqual([
      'with.body: a GET request cannot have a body',
    ]);
  });

  it('accepts templates while the plan is checked; the rendered value is checked at run time', () => {
    const written = { url: '${{ vars.alb-url }}/health', 'expect-status': '${{ vars.s }}' };
    expect(parse(httpCheck, written, 'check').issues).toEqual([]);
    expect(parse(httpCheck, { url: '/health' }, 'final').messages).toHaveLength(1);
  });
});

describe('http check', () => {
  it('passes and says what it found', async () => {
    const { result } = await runCheck(httpCheck, {
      url: `${base}/health`,
      'expect-json': {
        status: 'healthy',
        version: 'v5.1',
        ready: true,
        'agents.1.name': 'validator',
      },
      'expect-body-contains': ['Orchestrator'],
    });
    expect(result).toEqual({
      ok: true,
      summary: `GET ${base}/health: 200, status=healthy, version=v5.1, ready=true, agents.1.name=validator`,
    });
  });

  it('fails on another status, naming the expected ones, with the body in the details', async () => {
    const { result } = await runCheck(httpCheck, {
      url: `${base}/down`,
      'expect-status': [200, 204],
    });
    expect(result.ok).toBe(false);
    expect(result.summary).toBe(`GET ${base}/down: status 503, expected 200 or 204`);
    expect(result.details).toContain('{"status":"unhealthy"}');
  });

  it('passes on an expected non-200 status', async () => {
    const { result } = await runCheck(httpCheck, { url: `${base}/down`, 'expect-status': 503 });
    expect(result.ok).toBe(true);
  });

  it('lists every JSON field that differs or is missing', async () => {
    const { result } = await runCheck(httpCheck, {
      url: `${base}/health`,
      'expect-json': {
        version: 'v5.2',
        'build.commit': 'abc123',
        'build.branch': 'main',
        build: 'x',
      },
    });
    expect(result.ok).toBe(false);
    expect(result.summary).toBe(
      `GET ${base}/health: version is "v5.1", expected "v5.2"; build.branch is missing, expected "main"; build is "{"commit":"abc123","workers":4}", expected "x"`,
    );
  });

  it('fails when the body is not JSON or lacks a text', async () => {
    const json = await runCheck(httpCheck, {
      url: `${base}/page`,
      'expect-json': { status: 'ok' },
    });
    expect(json.result.summary).toBe(`GET ${base}/page: the body is not JSON`);
    const text = await runCheck(httpCheck, {
      url: `${base}/page`,
      'expect-body-contains': ['CA-A2A', 'Revoke token'],
    });
    expect(text.result.summary).toBe(`GET ${base}/page: the body does not contain "Revoke token"`);
  });

  it('sends method, headers and body, and registers secret header values', async () => {
    const { result, secrets } = await runCheck(httpCheck, {
      url: `${base}/admin`,
      method: 'POST',
      headers: { Authorization: 'Bearer s3cr3t-token', 'X-Request-Id': 'release-42' },
      body: '{"jti":"abc"}',
      'expect-json': { method: 'POST', body: '{"jti":"abc"}' },
    });
    expect(result.ok).toBe(true);
    expect(secrets.mask('auth: Bearer s3cr3t-token, token s3cr3t-token')).toBe(
      'auth: ***, token ***',
    );
    expect(secrets.mask('release-42')).toBe('release-42');
  });

  it('reports a refused connection as a failed check', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const { result } = await runCheck(httpCheck, { url: `http://127.0.0.1:${port}/health` });
    expect(result).toEqual({
      ok: false,
      summary: `GET http://127.0.0.1:${port}/health: connection refused (nothing listens there) (ECONNREFUSED)`,
    });
  });

  it('gives up after its timeout with a failed check', async () => {
    const { result } = await runCheck(httpCheck, { url: `${base}/slow`, timeout: '100ms' });
    expect(result).toEqual({ ok: false, summary: `GET ${base}/slow: no answer within 100ms` });
  });

  it('leaves cancellation to the engine: it throws instead of failing', async () => {
    const controller = new AbortController();
    const running = runCheck(httpCheck, { url: `${base}/slow` }, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('cancelled by test')), 20);
    await expect(running).rejects.toThrow('cancelled by test');
  });
});
