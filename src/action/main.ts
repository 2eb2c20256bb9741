/**
 * The GitHub Action: read inputs, check the plan, run it, and tell the story in the step
 * summary, the outputs and annotations. `index.ts` only calls `run()`.
 */
import * as core from '@actions/core';
import { explainFailure } from '../aws/errors.js';
import { formatDuration } from '../core/duration.js';
import { BUG_NOTE, bugReport, InvalidFileError } from '../core/errors.js';
import { fenced } from '../core/markdown.js';
import { checkWritable } from '../core/output-paths.js';
import { Secrets } from '../core/secrets.js';
import { planHasChanges, type RunResult } from '../engine/result.js';
import type { Registry } from '../phases/registry.js';
import { builtinRegistry } from '../phases/registry.js';
import { graphText } from '../plan/graph.js';
import type { Plan } from '../plan/types.js';
import { loadReleasePlan, runRelease } from '../release/release.js';
import { runOutputs } from '../release/report/outputs.js';
import { planMistakesSummary } from '../release/report/plan-mistakes.js';
import { planText } from '../release/report/plan-view.js';
import { startLine } from '../release/report/start.js';
import { renderSummary } from '../release/report/summary.js';
import { cancelOnSignals } from '../release/signals.js';
import { type DeploymentReport, reportDeployment } from './deployments/index.js';
import { readInputs } from './inputs.js';
import { annotation, LiveLog, PhaseGroupLog } from './logger.js';
import { type PlanComment, planComment } from './pr-comment/index.js';
import { type ActionSinks, actionSinks } from './sinks.js';

export async function run(registry: Registry = builtinRegistry()): Promise<void> {
  // Each form of each secret goes to the runner too, so GitHub's own log masking covers them.
  const secrets = new Secrets((value) => core.setSecret(value));
  const out = actionSinks(secrets);
  const cancel = cancelOnSignals();
  let deployment: DeploymentReport | undefined;
  let comment: PlanComment | undefined;
  try {
    checkRunnerFiles(process.env);
    const settings = readInputs();
    if (settings.githubToken) secrets.add(settings.githubToken);
    const github = { env: process.env, signal: cancel.signal, debug: out.debug };
    comment = planComment(settings, out, github);
    const plan = await loadReleasePlan(settings, registry);
    deployment = reportDeployment(settings, plan, out, github);
    const logs = new Map<string, PhaseGroupLog>();
    const { result, run: info } = await runRelease(
      plan,
      settings,
      {
        secrets,
        releaseLog: new LiveLog('release', out),
        onStart: (run, start) => out.info(startLine(run, start)),
        logFor: (phase) => {
          const log = new PhaseGroupLog(phase.id, out);
          logs.set(phase.id, log);
          return log;
        },
        onPhaseStart: (phase) => out.info(`▶ ${phase.name} (${phase.uses}) started`),
        onPhaseEnd: (result) => logs.get(result.id)?.flush(`${result.name}: ${result.status}`),
      },
      { registry, env: process.env, signal: cancel.signal },
    );
    // Values masked before they are escaped into markdown and JSON; the sinks mask the final text.
    const shown = secrets.maskValues(result);
    const markdown = renderSummary({
      result: shown,
      run: info,
      planFile: plan.file,
      graph: graphText(plan.phases),
    });
    await out.summary(markdown);
    await comment?.post(markdown);
    await deployment?.finish(shown);
    report(shown, plan, out);
  } catch (error) {
    await deployment?.stopped(
      explainFailure(error)?.message ?? 'phasegate hit an unexpected error',
    );
    const markdown = await reportError(error, out);
    await comment?.post(markdown);
  } finally {
    cancel.dispose();
  }
}

function report(result: RunResult, plan: Plan, out: ActionSinks): void {
  for (const [name, value] of Object.entries(runOutputs(result, plan.phases)))
    out.setOutput(name, value);
  const took = formatDuration(result.endedAt - result.startedAt);
  if (result.status === 'succeeded' && result.mode === 'plan') {
    // The job log carries the plan as the CLI prints it; the summary has it as markdown.
    const plan = planText(result);
    if (plan) out.info(plan);
    const changes = planHasChanges(result) ? 'changes to make' : 'nothing would change';
    out.info(`phasegate: dry run succeeded in ${took}: ${changes}`);
    return;
  }
  if (result.status === 'succeeded') {
    out.info(`phasegate: release succeeded in ${took}`);
    return;
  }
  const failed = result.phases.find((p) => p.id === result.failedPhase);
  const goesOn = result.phases.flatMap((p) =>
    p.error?.goesOn ? [`${p.id}: ${p.error.goesOn}`] : [],
  );
  const after = goesOn.length > 0 ? `; ${goesOn.join('; ')}; check them or re-run` : '';
  const why = failed
    ? `phase ${failed.id} failed: ${failed.summary}`
    : `the run was ${result.status}${after}`;
  if (result.bug) for (const p of result.phases) if (p.error?.stack) out.error(p.error.stack);
  out.setFailed(`phasegate: ${why}${result.bug ? ` (${BUG_NOTE})` : ''}`);
}

/** The runner's output and summary files, checked before anything changes. */
function checkRunnerFiles(env: NodeJS.ProcessEnv): void {
  if (env.GITHUB_OUTPUT) checkWritable(env.GITHUB_OUTPUT, 'GITHUB_OUTPUT');
  if (env.GITHUB_STEP_SUMMARY) checkWritable(env.GITHUB_STEP_SUMMARY, 'GITHUB_STEP_SUMMARY');
}

/** Reports the error; the markdown that tells it, for the pull-request comment. */
async function reportError(error: unknown, out: ActionSinks): Promise<string> {
  // The output file may be what is wrong; the failure is reported either way.
  try {
    out.setOutput('status', 'invalid');
  } catch {}
  if (error instanceof InvalidFileError) {
    for (const d of error.diagnostics) {
      const text = d.hint ? `${d.message}\n${d.hint}` : d.message;
      (d.severity === 'error' ? out.error : out.warning)(text, {
        title: 'phasegate plan',
        ...annotation(d.position),
      });
    }
    const markdown = planMistakesSummary(error.diagnostics);
    await out.summary(markdown);
    out.setFailed(`phasegate: ${error.message} in the plan; nothing was changed`);
    return markdown;
  }
  const explained = explainFailure(error);
  const text = explained
    ? `phasegate: ${explained.message}${explained.hint ? `\n${explained.hint}` : ''}`
    : bugReport(error);
  out.setFailed(text);
  return `## ❌ phasegate could not make the plan\n\n${fenced(text)}`;
}
