/**
 * The sandbox's one HTTP server: decodes AWS calls, applies injected faults, hands each call to
 * its service, encodes the answer as AWS would, and records every request. Signatures are
 * accepted without being checked: the sandbox has no secrets to protect.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Clock } from './clock.js';
import { type Faults, faultError } from './faults.js';
import {
  type CallRoute,
  decodeBody,
  type EncodedReply,
  encodeError,
  encodeOutput,
  type Protocol,
  route,
  unknownOperation,
} from './protocol.js';
import { keyParams, type RequestLog, type RequestRecord } from './request-log.js';
import { AwsError, type SandboxService, type ServiceName } from './service.js';

export interface ServerOptions {
  services: ReadonlyMap<ServiceName, SandboxService>;
  clock: Clock;
  requests: RequestLog;
  faults: Faults;
  host?: string;
  port?: number;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

// Far above any Data API request (whose SQL is limited to 64 KiB) yet bounded.
const MAX_BODY_BYTES = 16 * 1024 * 1024;

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const inFlight = new Set<AbortController>();
  const server = createServer((req, res) => {
    const controller = new AbortController();
    inFlight.add(controller);
    res.on('close', () => {
      inFlight.delete(controller);
      if (!res.writableFinished) controller.abort(new Error('client closed the connection'));
    });
    serve(options, req, res, controller.signal).catch((error: unknown) => {
      process.stderr.write(`sandbox: ${(error as Error).stack ?? String(error)}\n`);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  const port = await listen(server, options.port ?? 0, options.host ?? '127.0.0.1');
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    port,
    close: () => closeServer(server, inFlight),
  };
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });
}

function closeServer(server: Server, inFlight: Set<AbortController>): Promise<void> {
  for (const controller of inFlight) controller.abort(new Error('sandbox closing'));
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

async function serve(
  options: ServerOptions,
  req: IncomingMessage,
  res: ServerResponse,
  signal: AbortSignal,
): Promise<void> {
  const arrivedAt = { realTime: Date.now(), simulatedTime: options.clock.now() };
  const body = await readBody(req);
  if (body === undefined) return void res.writeHead(413).end();
  const method = req.method ?? 'GET';
  const path = new URL(req.url ?? '/', 'http://sandbox').pathname;
  const target = req.headers['x-amz-target'];
  const decided = route(method, path, Array.isArray(target) ? target[0] : target);
  if (decided.kind === 'call')
    return serveCall(options, decided.call, body, res, signal, arrivedAt);
  const operation = decided.kind === 'plain' ? `${method} ${path}` : decided.name;
  const record = options.requests.start({ ...arrivedAt, service: 'http', operation, params: {} });
  if (decided.kind === 'plain') return servePlain(options, method, path, new Exchange(res, record));
  new Exchange(res, record, decided.protocol).fail(
    unknownOperation(decided.name, decided.protocol),
  );
}

/** One request and its answer: where the reply goes and what the log records about it. */
class Exchange {
  readonly requestId = randomUUID();

  constructor(
    private readonly res: ServerResponse,
    readonly record: RequestRecord,
    private readonly protocol: Protocol = 'awsJson1_1',
  ) {}

  ok(output: unknown): void {
    this.send(encodeOutput(this.protocol, output, this.requestId));
  }

  fail(error: AwsError): void {
    this.send(encodeError(this.protocol, error, this.requestId), error.code);
  }

  send(encoded: EncodedReply, errorCode?: string): void {
    const { record, res } = this;
    record.durationMs = Date.now() - record.realTime;
    record.status = encoded.status;
    record.outcome = errorCode ? 'error' : 'ok';
    if (errorCode) record.code = errorCode;
    if (res.destroyed) {
      record.outcome = 'dropped';
      return;
    }
    const length = String(Buffer.byteLength(encoded.body));
    res.writeHead(encoded.status, { ...encoded.headers, 'content-length': length });
    res.end(encoded.body);
  }

  /** Ends the connection with no answer at all, as a network failure would. */
  drop(): void {
    this.res.socket?.destroy();
    this.record.durationMs = Date.now() - this.record.realTime;
    this.record.outcome = 'dropped';
  }
}

async function serveCall(
  options: ServerOptions,
  call: CallRoute,
  body: string,
  res: ServerResponse,
  signal: AbortSignal,
  arrivedAt: { realTime: number; simulatedTime: number },
): Promise<void> {
  const { input, error } = decode(body);
  const record = options.requests.start({
    ...arrivedAt,
    service: call.service,
    operation: call.operation,
    params: keyParams(input),
  });
  const exchange = new Exchange(res, record, call.protocol);
  if (error) return exchange.fail(error);
  const fault = await injectFault(options.faults, call, exchange, signal);
  if (fault === 'answered') return;
  const service = options.services.get(call.service);
  if (!service) return exchange.fail(unknownOperation(call.operation, call.protocol));
  const request = {
    service: call.service,
    operation: call.operation,
    at: arrivedAt.simulatedTime,
    signal,
  };
  try {
    const output = await service.handle(call.operation, input, request);
    if (fault === 'answer-lost') exchange.drop();
    else exchange.ok(output);
  } catch (thrown) {
    if (signal.aborted) exchange.drop();
    else exchange.fail(asAwsError(thrown));
  }
}

function decode(body: string): { input: Record<string, unknown>; error?: AwsError } {
  try {
    return { input: decodeBody(body) };
  } catch (error) {
    return { input: {}, error: asAwsError(error) };
  }
}

/**
 * Applies the faults that fire for this call: 'answered' when the call got its (failing or
 * dropped) answer already, 'answer-lost' when it is to be carried out and its answer lost.
 */
async function injectFault(
  faults: Faults,
  call: CallRoute,
  exchange: Exchange,
  signal: AbortSignal,
): Promise<'answered' | 'answer-lost' | undefined> {
  const decision = faults.decide(call.service, call.operation);
  if (!decision) return undefined;
  exchange.record.fault = decision.fault ?? 'latency';
  if (decision.latencyMs > 0 && !(await delay(decision.latencyMs, signal))) {
    exchange.drop();
    return 'answered';
  }
  if (decision.fault === 'answer-lost') return 'answer-lost';
  if (decision.fault === 'drop') exchange.drop();
  else if (decision.fault) exchange.fail(faultError(call.service, decision));
  return decision.fault ? 'answered' : undefined;
}

async function servePlain(
  options: ServerOptions,
  method: string,
  path: string,
  exchange: Exchange,
): Promise<void> {
  for (const service of options.services.values()) {
    const answer = await service.http?.(method, path);
    if (!answer) continue;
    const body = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
    const headers = { 'content-type': 'application/json', ...answer.headers };
    const failed = answer.status >= 400 ? `HTTP ${answer.status}` : undefined;
    return exchange.send({ status: answer.status, headers, body }, failed);
  }
  const body = JSON.stringify({ message: 'Not Found' });
  exchange.send({ status: 404, headers: { 'content-type': 'application/json' }, body }, 'HTTP 404');
}

/** A bug in a service must still reach the SDK as an AWS-shaped 500, and show its stack here. */
function asAwsError(error: unknown): AwsError {
  if (error instanceof AwsError) return error;
  process.stderr.write(`sandbox: internal error: ${(error as Error)?.stack ?? String(error)}\n`);
  return new AwsError(
    'InternalFailure',
    `sandbox internal error: ${(error as Error)?.message ?? String(error)}`,
    500,
  );
}

/** Resolves false when the request was aborted while waiting. */
function delay(ms: number, signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve(false);
    const timer = setTimeout(() => resolve(true), ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve(false);
      },
      { once: true },
    );
  });
}

async function readBody(req: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
