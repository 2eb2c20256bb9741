/**
 * The plan workflow a plan implies, as YAML text: on a pull request that touches the plan or a
 * file it names (migrations folders, task definition files), one job runs phasegate as a dry
 * run with read-only credentials and posts the plan as a comment on the pull request (the
 * action's `comment` input, on for a dry run on a pull_request event). Pure and deterministic,
 * like the release workflow, so `phasegate workflow --kind plan --check` can compare it.
 *
 * `pull_request`, never `pull_request_target`: the job runs the pull request's own code and
 * plan, so it must not get the base repository's write token and secrets; a pull request from a
 * fork gets a read-only token and no OIDC token (GitHub, "Events that trigger workflows",
 * pull_request; "Security hardening for GitHub Actions"), and its job fails to assume the role.
 */
import { Document } from 'yaml';
import type { Plan } from '../../plan/types.js';
import { HEADER, spaceOut } from './generate.js';
import { phasegateUses, plainText, setupSteps } from './jobs.js';
import type { WorkflowOptions } from './options.js';

export interface PlanWorkflowOptions extends WorkflowOptions {
  /** Paths filters, from the repository root: the plan and the files and folders it names. */
  paths: readonly string[];
}

/** A dry run reads; it needs no more than the shortest session STS grants (900 s). */
const JOB_MINUTES = 15;

/**
 * Read the repository, ask for an OIDC token, and write the plan comment: "Create an issue
 * comment" and "Update an issue comment" need the "Issues" or the "Pull requests" repository
 * permission (write) (https://docs.github.com/en/rest/issues/comments); on a pull request the
 * latter is the narrower one.
 */
const PERMISSIONS = { contents: 'read', 'id-token': 'write', 'pull-requests': 'write' };

export function planWorkflowYaml(plan: Plan, options: PlanWorkflowOptions): string {
  const environment = options.tagEnvironment;
  const doc = new Document({
    name: 'plan',
    on: { pull_request: { paths: [...options.paths] } },
    permissions: PERMISSIONS,
    concurrency: {
      // A newer push makes the running plan out of date: it is cancelled, the new one posts.
      group: `phasegate-plan-${plainText(plan.app)}-\${{ github.event.pull_request.number }}`,
      'cancel-in-progress': true,
    },
    jobs: {
      plan: {
        name: plainText(`plan ${plan.app} → ${environment}`),
        'runs-on': 'ubuntu-latest',
        'timeout-minutes': JOB_MINUTES,
        steps: [
          ...setupSteps(options.roleVariable, plan.region, JOB_MINUTES),
          {
            name: 'phasegate: plan',
            uses: phasegateUses(options.action),
            with: { plan: options.planPath, environment: plainText(environment), 'dry-run': true },
          },
        ],
      },
    },
  });
  doc.commentBefore = header(plan, options);
  spaceOut(doc.contents);
  return doc.toString({ lineWidth: 0 });
}

function header(plan: Plan, options: PlanWorkflowOptions): string {
  return [
    ` ${HEADER}.`,
    ` The plan of ${plan.app} from ${options.planPath} on pull requests that touch it: a dry run`,
    ` with read-only credentials (${options.roleVariable}: a role whose policy is`,
    ` phasegate iam-policy --read-only), posted as one comment on the pull request.`,
    ` After changing the plan, regenerate:  ${options.command}`,
    ` CI checks it is current:              ${options.command} --check`,
  ].join('\n');
}
