/**
 * One job per phase. Each job checks out the repository, takes AWS credentials through OIDC and
 * runs phasegate for its one phase in the job's environment, so the environment's protection
 * rules and approvals apply to every phase.
 */
import { Scalar } from 'yaml';
import type { PhaseSpec, Plan } from '../../plan/types.js';
import type { WorkflowOptions } from './options.js';
import { PINNED_ACTIONS, type PinnedAction } from './pins.js';

export interface JobContext {
  plan: Plan;
  options: WorkflowOptions;
  /** The expression of the environment released to, e.g. ${{ inputs.environment || 'production' }}. */
  environment: string;
}

/**
 * Checkout, credentials and phasegate start in a minute or two; the margin keeps a job's
 * timeout from cutting the phase's own (which covers its gates) short.
 */
const JOB_MARGIN_MINUTES = 10;

/**
 * STS refuses a session shorter than 900 seconds (AssumeRoleWithWebIdentity, DurationSeconds);
 * longer than the role's MaxSessionDuration (1 hour unless raised) is refused too.
 */
const MIN_SESSION_SECONDS = 900;

export function phaseJob(phase: PhaseSpec, context: JobContext): Record<string, unknown> {
  const minutes = Math.ceil(phase.timeoutMs / 60_000) + JOB_MARGIN_MINUTES;
  return {
    name: plainText(phase.name),
    ...(phase.needs.length > 0 ? { needs: phase.needs, if: runsWhen(phase, context.plan) } : {}),
    'runs-on': 'ubuntu-latest',
    environment: context.environment,
    'timeout-minutes': minutes,
    steps: [
      ...setupSteps(context.options.roleVariable, context.plan.region, minutes),
      phasegateStep(phase, context),
    ],
  };
}

/**
 * The checkout (without keeping the token in .git/config) and AWS credentials through OIDC,
 * for a session that outlasts the job.
 */
export function setupSteps(roleVariable: string, region: string, minutes: number): object[] {
  return [
    {
      uses: pinned(PINNED_ACTIONS.checkout),
      with: { 'persist-credentials': false },
    },
    {
      uses: pinned(PINNED_ACTIONS.configureAwsCredentials),
      with: {
        'role-to-assume': `\${{ vars.${roleVariable} }}`,
        'aws-region': region,
        'role-duration-seconds': Math.max(MIN_SESSION_SECONDS, minutes * 60),
      },
    },
  ];
}

/**
 * The job's condition, the engine's rule for `needs` (engine/run-plan.ts): every phase it needs
 * succeeded, or failed with `on-failure: continue`. A job whose condition names no status
 * function gets an implied success(), which is false after any failure upstream; !cancelled()
 * replaces it, so the rule is exactly this one and a cancelled run starts nothing new. A need
 * that was skipped is not a success, so a failure skips everything after it, transitively.
 * "Re-run failed jobs" re-runs the failed jobs and the jobs that depend on them; the others
 * keep their results from the earlier attempt (GitHub docs, re-running workflows and jobs).
 */
export function runsWhen(phase: PhaseSpec, plan: Plan): string {
  const met = phase.needs.map((id) => {
    const need = plan.phases.find((p) => p.id === id);
    const result = `needs.${id}.result`;
    return need?.onFailure === 'continue'
      ? `(${result} == 'success' || ${result} == 'failure')`
      : `${result} == 'success'`;
  });
  return `\${{ ${['!cancelled()', ...met].join(' && ')} }}`;
}

/**
 * Workflow inputs reach phasegate only as action inputs (`with:`), never inside a `run:` line,
 * where a crafted value would be shell code (GitHub, script injection).
 */
function phasegateStep(phase: PhaseSpec, { options, environment }: JobContext) {
  return {
    name: `phasegate: ${phase.id}`,
    uses: phasegateUses(options.action),
    with: {
      plan: options.planPath,
      phases: phase.id,
      environment,
      version: '${{ inputs.version }}',
      'dry-run': '${{ inputs.dry-run == true }}',
      force: '${{ inputs.force == true }}',
    },
  };
}

/** The action that runs phasegate: `./` in its own repository, else a pinned release. */
export function phasegateUses(action: WorkflowOptions['action']): string | Scalar {
  return 'local' in action ? action.local : pinned(action);
}

function pinned(action: PinnedAction): Scalar {
  const node = new Scalar(action.uses);
  node.comment = ` ${action.version}`;
  return node;
}

/**
 * Text from the plan where GitHub evaluates `${{ }}` (a job's name, the concurrency group): a
 * plan's words stay words, never an expression GitHub would evaluate.
 */
export function plainText(text: string): string {
  return text.replaceAll('${{', '$ {{');
}

/** A string as the body of a single-quoted expression literal ('' is a quote inside one). */
export function literal(text: string): string {
  return text.replaceAll("'", "''");
}
