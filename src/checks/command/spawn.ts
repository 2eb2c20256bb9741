/**
 * Running one program with an argument list (no shell), its environment and working directory,
 * killed when the check's time is up or the run is cancelled. Output is kept up to a bound, so
 * a chatty program cannot exhaust the runner's memory.
 */
import { spawn } from 'node:child_process';

export interface Finished {
  /** The exit code, or undefined when a signal ended the program. */
  code: number | undefined;
  signal: string | undefined;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  /** Why it could not start (ENOENT: no such program), when it did not. */
  startError?: NodeJS.ErrnoException;
}

export interface SpawnOptions {
  program: string;
  args: readonly string[];
  env: Record<string, string>;
  cwd?: string;
  timeoutMs: number;
  signal: AbortSignal;
}

const KEEP_BYTES = 1024 * 1024;

export function runProgram(o: SpawnOptions): Promise<Finished> {
  return new Promise((resolve) => {
    const child = spawn(o.program, [...o.args], {
      env: { ...process.env, ...o.env },
      ...(o.cwd ? { cwd: o.cwd } : {}),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let timedOut = false;
    const kill = () => child.kill('SIGKILL');
    const timer = setTimeout(() => {
      timedOut = true;
      kill();
    }, o.timeoutMs);
    o.signal.addEventListener('abort', kill, { once: true });
    const out = collect(child.stdout);
    const err = collect(child.stderr);
    const done = (result: Omit<Finished, 'stdout' | 'stderr' | 'timedOut'>) => {
      clearTimeout(timer);
      o.signal.removeEventListener('abort', kill);
      resolve({ ...result, stdout: out(), stderr: err(), timedOut });
    };
    child.once('error', (error) => done({ code: undefined, signal: undefined, startError: error }));
    child.once('close', (code, signal) =>
      done({ code: code ?? undefined, signal: signal ?? undefined }),
    );
  });
}

function collect(stream: NodeJS.ReadableStream | null): () => string {
  const chunks: Buffer[] = [];
  let size = 0;
  stream?.on('data', (chunk: Buffer) => {
    if (size >= KEEP_BYTES) return;
    chunks.push(chunk);
    size += chunk.length;
  });
  return () => Buffer.concat(chunks).toString('utf8');
}
