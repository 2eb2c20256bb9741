/**
 * PGlite runs PostgreSQL inside WebAssembly on the thread that calls it, and a statement never
 * yields: `SELECT pg_sleep(60)` would freeze the sandbox's HTTP server (and with it the 45 s
 * statement timeout it must report). So PGlite lives in a worker thread and the sandbox talks to
 * it with three messages: query, exec, close.
 *
 * The worker is evaluated from this source text (`new Worker(source, { eval: true })`) rather
 * than loaded from a file, so it works unchanged from TypeScript sources, tests and a bundle;
 * PGlite's module URL is resolved by the parent and handed over in workerData.
 *
 * Most of PGlite's start is initdb. The worker keeps a freshly initialised data directory in a
 * cache file (written once, atomically) and starts later instances from it: about 1.5 s instead
 * of 4 s, which every test file with a Data API sandbox pays.
 */

export interface WorkerRequest {
  id: number;
  op: 'query' | 'exec' | 'close';
  sql?: string;
  params?: { value: string | null; typeId: number }[];
}

export interface WorkerError {
  message: string;
  code: string;
  detail?: string;
  hint?: string;
  position?: string;
  where?: string;
}

export type WorkerReply =
  | { id: number; ok: true; result?: unknown }
  | { id: number; ok: false; error: WorkerError }
  | { id: 0; ready: true; pid: number }
  | { id: 0; fatal: string };

export const PGLITE_WORKER_SOURCE = `
(async () => {
  const { parentPort, workerData, threadId } = await import('node:worker_threads');
  const fs = await import('node:fs/promises');
  const cacheFile = workerData.cacheFile;
  const fromCache = async (PGlite) => {
    try {
      const data = await fs.readFile(cacheFile);
      return await PGlite.create({ loadDataDir: new Blob([data]) });
    } catch {
      return undefined;
    }
  };
  const fresh = async (PGlite) => {
    const created = await PGlite.create();
    try {
      const dump = await created.dumpDataDir('gzip');
      const partial = cacheFile + '.' + process.pid + '-' + threadId;
      await fs.writeFile(partial, Buffer.from(await dump.arrayBuffer()));
      await fs.rename(partial, cacheFile);
    } catch {
      // No cache this time; the next start initialises again.
    }
    return created;
  };
  let pg;
  try {
    const { PGlite, types } = await import(workerData.pgliteUrl);
    pg = (await fromCache(PGlite)) || (await fresh(PGlite));
    // Every value stays in PostgreSQL's text format; the sandbox converts it like the Data API.
    const keys = new Set([...Object.keys(types.parsers), ...Object.keys(pg.parsers)]);
    const identity = Object.fromEntries([...keys].map((k) => [k, (v) => v]));
    const serializers = Object.fromEntries(
      [...new Set([...keys, ...Object.keys(types.serializers)])].map((k) => [k, (v) => v]),
    );
    globalThis.queryOptions = (params) => ({
      rowMode: 'array',
      parsers: identity,
      serializers,
      paramTypes: params.map((p) => p.typeId),
    });
    await pg.exec("SET TimeZone = 'UTC'");
    const pid = (await pg.query('SELECT pg_backend_pid() AS pid')).rows[0].pid;
    parentPort.postMessage({ id: 0, ready: true, pid });
  } catch (error) {
    parentPort.postMessage({ id: 0, fatal: String(error && error.stack || error) });
    return;
  }
  const describe = (e) => ({
    message: String(e && e.message || e),
    code: e && e.code || 'XX000',
    detail: e && e.detail || undefined,
    hint: e && e.hint || undefined,
    position: e && e.position || undefined,
    where: e && e.where || undefined,
  });
  const run = async (request) => {
    if (request.op === 'query') {
      const params = request.params || [];
      const r = await pg.query(request.sql, params.map((p) => p.value), globalThis.queryOptions(params));
      return {
        command: r.command || '',
        rowCount: r.rowCount ?? r.affectedRows ?? 0,
        fields: r.fields.map((f) => ({ name: f.name, typeId: f.dataTypeID })),
        rows: r.rows,
      };
    }
    if (request.op === 'exec') {
      await pg.exec(request.sql);
      return undefined;
    }
    await pg.close();
    return undefined;
  };
  parentPort.on('message', async (request) => {
    try {
      const result = await run(request);
      parentPort.postMessage({ id: request.id, ok: true, result });
      if (request.op === 'close') parentPort.close();
    } catch (e) {
      parentPort.postMessage({ id: request.id, ok: false, error: describe(e) });
    }
  });
})();
`;
