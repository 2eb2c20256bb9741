/**
 * `phasegate iam-policy PLAN --env NAME`: the least-privilege IAM policy of a plan for one
 * environment, as JSON on stdout (stable order, ready for `aws iam put-role-policy`); what was
 * widened and why, and what to look at, on stderr. Reads the plan as `validate` does; calls
 * nothing. docs/aws-setup.md says where the policy goes.
 */
import type { Secrets } from '../core/secrets.js';
import type { Registry } from '../phases/registry.js';
import { loadPlan } from '../plan/load.js';
import { parseVarAssignments } from '../plan/vars-input.js';
import { iamPolicy } from '../release/iam/policy.js';
import { registerPlanSecrets } from '../release/release.js';
import type { Command } from './args.js';
import type { CliIo } from './io.js';

type IamPolicyCommand = Extract<Command, { name: 'iam-policy' }>;

export async function iamPolicyCommand(
  command: IamPolicyCommand,
  io: CliIo,
  registry: Registry,
  secrets: Secrets,
): Promise<number> {
  const plan = await loadPlan(command.plan, { registry, vars: parseVarAssignments(command.vars) });
  // Settings are rendered with the environment: a `secrets:` value must not reach a note.
  registerPlanSecrets(plan, io.env, secrets);
  const { policy, notes, warnings } = await iamPolicy(plan, registry, {
    environment: command.env,
    readOnly: command.readOnly,
    env: io.env,
    ...(command.account ? { account: command.account } : {}),
  });
  for (const warning of warnings) io.stderr(`warning: ${warning}\n`);
  for (const note of notes) io.stderr(`note: ${note}\n`);
  io.stdout(`${JSON.stringify(policy, null, 2)}\n`);
  return 0;
}
