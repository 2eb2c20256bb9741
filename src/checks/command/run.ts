/** What the `command` check does when it runs; loaded on first use. */
import { formatDuration } from '../../core/duration.js';
import { fenced } from '../../core/markdown.js';
import { SECRET_NAME } from '../../core/secrets.js';
import { excerpt } from '../../core/text.js';
import type { CheckContext, CheckResult } from '../kind.js';
import type { CommandCheckConfig } from './settings.js';
import { type Finished, runProgram } from './spawn.js';

type Ctx = CheckContext<CommandCheckConfig>;

/** Output lines shown in a check's details. */
const TAIL_LINES = 20;

export async function run(ctx: Ctx): Promise<CheckResult> {
  const c = ctx.config;
  for (const [name, value] of Object.entries(c.env ?? {}))
    if (SECRET_NAME.test(name)) ctx.secrets.add(value);
  const [program, ...args] = c.shell ? ['bash', '-c', c.run.join('\n')] : c.run;
  const what = c.shell ? 'bash script' : excerpt(c.run.join(' '), 80);
  const finished = await runProgram({
    program: program ?? '',
    args,
    env: c.env ?? {},
    ...(c['working-directory'] ? { cwd: c['working-directory'] } : {}),
    timeoutMs: c.timeout,
    signal: ctx.signal,
  });
  if (ctx.signal.aborted) throw ctx.signal.reason;
  const problems = judge(c, finished);
  const details = ctx.secrets.mask(outputDetails(finished));
  if (problems.length > 0)
    return { ok: false, summary: ctx.secrets.mask(`${what}: ${problems.join('; ')}`), details };
  const found = [
    `exit ${finished.code}`,
    ...(c['stdout-contains'] ?? []).map((t) => `stdout contains "${excerpt(t, 40)}"`),
  ];
  if (c['stdout-match']) found.push(`stdout matches /${c['stdout-match']}/`);
  return { ok: true, summary: ctx.secrets.mask(`${what}: ${found.join(', ')}`), details };
}

function judge(c: CommandCheckConfig, f: Finished): string[] {
  if (f.startError)
    return [
      f.startError.code === 'ENOENT'
        ? `cannot run "${c.shell ? 'bash' : c.run[0]}": no such program or working directory`
        : `cannot run it: ${f.startError.message}`,
    ];
  if (f.timedOut) return [`no exit within ${formatDuration(c.timeout)} (killed)`];
  if (f.code === undefined) return [`ended by signal ${f.signal ?? 'unknown'}`];
  const problems: string[] = [];
  if (f.code !== c['exit-code']) problems.push(`exit ${f.code}, expected ${c['exit-code']}`);
  for (const text of c['stdout-contains'] ?? [])
    if (!f.stdout.includes(text)) problems.push(`stdout does not contain "${excerpt(text, 40)}"`);
  const pattern = c['stdout-match'];
  if (pattern !== undefined && !new RegExp(pattern, 'm').test(f.stdout))
    problems.push(`stdout does not match /${pattern}/`);
  return problems;
}

function tail(text: string): string[] {
  const lines = text.replace(/\r/g, '').split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines.slice(-TAIL_LINES);
}

function outputDetails(f: Finished): string {
  const parts: string[] = [];
  const out = tail(f.stdout);
  const err = tail(f.stderr);
  if (out.length > 0) parts.push(`stdout, last ${out.length} lines:\n\n${fenced(out.join('\n'))}`);
  if (err.length > 0) parts.push(`stderr, last ${err.length} lines:\n\n${fenced(err.join('\n'))}`);
  return parts.length > 0 ? parts.join('\n\n') : 'The program printed nothing.';
}
