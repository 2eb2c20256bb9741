/**
 * A local stand-in of exactly the GitHub REST endpoints phasegate's deployments use, for the real
 * @actions/github client (GITHUB_API_URL points at it):
 * - POST /repos/{owner}/{repo}/deployments
 * - GET  /repos/{owner}/{repo}/deployments?sha=&environment=&task=&per_page=
 * - POST /repos/{owner}/{repo}/deployments/{id}/statuses
 * and the issue comments the plan comment on a pull request uses:
 * - GET   /repos/{owner}/{repo}/issues/{n}/comments?per_page=&page= (pages linked by `Link`)
 * - POST  /repos/{owner}/{repo}/issues/{n}/comments
 * - PATCH /repos/{owner}/{repo}/issues/comments/{id}
 * It checks what GitHub checks that matters here (the token, a known deployment, a known state,
 * the 140-character description limit) and can be told to fail (a status for the next requests,
 * or for all of them) and to hold list requests until several have arrived (two jobs racing).
 * Comment bodies over 65,536 characters are refused as GitHub refuses them (422).
 * Reference: https://docs.github.com/en/rest/deployments/deployments and .../statuses;
 * https://docs.github.com/en/rest/issues/comments and "Using pagination in the REST API".
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';

export interface StandInDeployment {
  id: number;
  sha: string;
  ref: string;
  environment: string;
  task: string;
  description: string;
  payload: unknown;
  statuses: Record<string, unknown>[];
}

export interface StandInRequest {
  method: string;
  path: string;
  body: Record<string, unknown> | undefined;
}

export interface StandInComment {
  id: number;
  issue: number;
  body: string;
}

type Answer = [status: number, body: unknown, headers?: Record<string, string>];

const COMMENT_LIMIT = 65_536;

/** An answer to give instead of the real one; status 0 drops the connection unanswered. */
interface Fault {
  status: number;
  message: string;
}

const STATES = new Set([
  'error',
  'failure',
  'inactive',
  'in_progress',
  'queued',
  'pending',
  'success',
]);

export class GitHubApiStandIn {
  readonly deployments: StandInDeployment[] = [];
  readonly comments: StandInComment[] = [];
  readonly requests: StandInRequest[] = [];
  private nextId = 1000;
  private faults: Fault[] = [];
  private always: Fault | undefined;
  private held: { count: number; waiting: (() => void)[] } | undefined;

  constructor(
    readonly url: string,
    readonly token: string,
    private readonly close_: () => Promise<void>,
  ) {}

  /** The next `count` requests fail with this status (0: the connection drops, no answer). */
  failNext(status: number, count = 1, message = 'Server Error'): void {
    for (let i = 0; i < count; i++) this.faults.push({ status, message });
  }

  /** Every request fails with this status, e.g. 403 for a token without deployments: write. */
  failAll(status: number, message: string): void {
    this.always = { status, message };
  }

  /** The next `count` list requests are answered only once all of them have arrived. */
  holdLists(count: number): void {
    this.held = { count, waiting: [] };
  }

  /** Answers the held list requests now, however many have arrived. */
  releaseHeld(): void {
    const held = this.held;
    this.held = undefined;
    for (const go of held?.waiting ?? []) go();
  }

  reset(): void {
    this.deployments.length = 0;
    this.comments.length = 0;
    this.requests.length = 0;
    this.faults = [];
    this.always = undefined;
    this.held = undefined;
  }

  close(): Promise<void> {
    return this.close_();
  }

  async handle(req: IncomingMessage): Promise<Answer> {
    const url = new URL(req.url ?? '/', this.url);
    const body = await readJson(req);
    this.requests.push({ method: req.method ?? '', path: url.pathname + url.search, body });
    if (req.headers.authorization !== `token ${this.token}`) {
      return [401, { message: 'Bad credentials' }];
    }
    const fault = this.faults.shift() ?? this.always;
    if (fault) return [fault.status, { message: fault.message }];
    const list = /^\/repos\/[^/]+\/[^/]+\/deployments$/.test(url.pathname);
    const statuses = url.pathname.match(/^\/repos\/[^/]+\/[^/]+\/deployments\/(\d+)\/statuses$/);
    if (list && req.method === 'GET') return this.list(url);
    if (list && req.method === 'POST') return this.create(body ?? {});
    if (statuses && req.method === 'POST') return this.addStatus(Number(statuses[1]), body ?? {});
    const issue = url.pathname.match(/^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/);
    const comment = url.pathname.match(/^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/);
    if (issue && req.method === 'GET') return this.listComments(Number(issue[1]), url);
    if (issue && req.method === 'POST') return this.addComment(Number(issue[1]), body ?? {});
    if (comment && req.method === 'PATCH') return this.editComment(Number(comment[1]), body ?? {});
    return [404, { message: 'Not Found' }];
  }

  private async list(url: URL): Promise<Answer> {
    await this.waitForOthers();
    const q = url.searchParams;
    const matches = this.deployments.filter(
      (d) =>
        (!q.get('sha') || d.sha === q.get('sha')) &&
        (!q.get('environment') || d.environment === q.get('environment')) &&
        (!q.get('task') || d.task === q.get('task')),
    );
    // GitHub lists the newest first.
    const page = [...matches].reverse().slice(0, Number(q.get('per_page') ?? 30));
    return [200, page.map(({ statuses: _, ...d }) => d)];
  }

  private create(body: Record<string, unknown>): Answer {
    if (typeof body.ref !== 'string') return [422, { message: 'Invalid request: ref' }];
    const deployment: StandInDeployment = {
      id: this.nextId++,
      sha: body.ref,
      ref: body.ref,
      environment: typeof body.environment === 'string' ? body.environment : 'production',
      task: typeof body.task === 'string' ? body.task : 'deploy',
      description: typeof body.description === 'string' ? body.description : '',
      payload: body.payload ?? {},
      statuses: [],
    };
    this.deployments.push(deployment);
    const { statuses: _, ...shown } = deployment;
    return [201, shown];
  }

  private addStatus(id: number, body: Record<string, unknown>): Answer {
    const deployment = this.deployments.find((d) => d.id === id);
    if (!deployment) return [404, { message: 'Not Found' }];
    if (typeof body.state !== 'string' || !STATES.has(body.state)) {
      return [422, { message: 'Invalid request: state' }];
    }
    if (typeof body.description === 'string' && body.description.length > 140) {
      return [422, { message: 'description is too long (maximum is 140 characters)' }];
    }
    deployment.statuses.push(body);
    return [201, { id: deployment.statuses.length, ...body }];
  }

  /** A comment someone else wrote, e.g. to fill pages before phasegate's. */
  seedComment(issue: number, body: string): StandInComment {
    const comment = { id: this.nextId++, issue, body };
    this.comments.push(comment);
    return comment;
  }

  private listComments(issue: number, url: URL): Answer {
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
    const page = Number(url.searchParams.get('page') ?? 1);
    const all = this.comments.filter((c) => c.issue === issue);
    const shown = all.slice((page - 1) * perPage, page * perPage);
    const next = new URL(url);
    next.searchParams.set('page', String(page + 1));
    const link: Record<string, string> =
      page * perPage < all.length ? { link: `<${next}>; rel="next"` } : {};
    return [200, shown, link];
  }

  private addComment(issue: number, body: Record<string, unknown>): Answer {
    const invalid = invalidBody(body);
    if (invalid) return invalid;
    return [201, this.seedComment(issue, body.body as string)];
  }

  private editComment(id: number, body: Record<string, unknown>): Answer {
    const comment = this.comments.find((c) => c.id === id);
    if (!comment) return [404, { message: 'Not Found' }];
    const invalid = invalidBody(body);
    if (invalid) return invalid;
    comment.body = body.body as string;
    return [200, comment];
  }

  private waitForOthers(): Promise<void> {
    const held = this.held;
    if (!held) return Promise.resolve();
    return new Promise((resolve) => {
      held.waiting.push(resolve);
      if (held.waiting.length < held.count) return;
      this.held = undefined;
      for (const go of held.waiting) go();
    });
  }
}

async function startGitHubApi(token: string): Promise<GitHubApiStandIn> {
  let standIn: GitHubApiStandIn | undefined;
  const server = createServer((req, res) => {
    standIn
      ?.handle(req)
      .then(([status, body, headers]) =>
        status === 0 ? req.socket.destroy() : send(res, status, body, headers),
      )
      .catch((error) => send(res, 500, { message: String(error) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  standIn = new GitHubApiStandIn(url, token, () => new Promise((r) => server.close(() => r())));
  return standIn;
}

/** One stand-in per test file, started before its tests and closed after. */
export function useGitHubApi(token: string): () => GitHubApiStandIn {
  let standIn: GitHubApiStandIn | undefined;
  beforeAll(async () => {
    standIn = await startGitHubApi(token);
  });
  afterAll(async () => {
    await standIn?.close();
  });
  return () => {
    if (!standIn) throw new Error('the GitHub stand-in is not running: call it inside a test');
    return standIn;
  };
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown> | undefined> {
  let text = '';
  for await (const chunk of req) text += chunk;
  return text ? (JSON.parse(text) as Record<string, unknown>) : undefined;
}

function invalidBody(body: Record<string, unknown>): Answer | undefined {
  if (typeof body.body !== 'string') return [422, { message: 'Invalid request: body' }];
  if (body.body.length > COMMENT_LIMIT) {
    return [422, { message: 'body is too long (maximum is 65536 characters)' }];
  }
  return undefined;
}

function send(res: ServerResponse, status: number, body: unknown, headers = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}
