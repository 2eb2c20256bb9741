/** `phasegate --help`: short, with examples a release manager can paste. */
const GENERAL = `phasegate: run a release as gated phases against AWS

Usage:
  phasegate validate PLAN [--var k=v]...     check a plan file; no AWS call is made
  phasegate plan PLAN [options]               dry run: what each phase would change
  phasegate run PLAN [options]                run the release
  phasegate status PLAN --env E [--version V] [--json]
                                              what the release record says: current and
                                              previous version, each phase's status and run
  phasegate sandbox [--port N] [--scenario FILE] [--database URL]
                                              start the local AWS sandbox
  phasegate workflow PLAN [--check]           write the release workflow: one job per phase
                                              (--kind plan: the dry run on pull requests)
  phasegate migrate repair PLAN [--phase ID]  accept the checksums of changed applied migrations
  phasegate migrate unlock PLAN [--phase ID]  remove the migration lease a killed runner left
  phasegate iam-policy PLAN --env NAME [--account ID] [--read-only]
                                              the least-privilege IAM policy of the plan

Options for plan and run:
  --env NAME           environment shown in the summary and as \${{ inputs.environment }}
  --version V          release version (default: the tag of a tag-triggered run, else the commit)
  --phases a,b         run only these phases
  --from a             run phase a and every phase after it
  --force              run phases the release record says are done, or whose needs are not;
                       allow a version older than the current one (a rollback)
  --var k=v            override a plan variable (repeatable)
  --max-parallel N     phases that may run at once (default: the plan's max-parallel)
  --summary FILE       write the markdown step summary to FILE
  --json               print the result as JSON on stdout
  --sandbox            run against an in-process sandbox instead of AWS
  --scenario FILE      the sandbox scenario (default: sandbox/<plan name>.yml when it exists)

  --detailed-exitcode  plan: exit 3 when nothing would change (0 when something would)

Exit codes: 0 succeeded, 2 a mistake or a failed release (explained), 1 a bug in phasegate,
3 (plan --detailed-exitcode) nothing would change, 130 cancelled.

Examples:
  phasegate validate phases/ca-a2a.yml
  phasegate plan phases/ca-a2a.yml --env production --version v5.1
  phasegate run phases/ca-a2a.yml --env production --version v5.1 --summary summary.md
  phasegate run phases/ca-a2a.yml --from agents --version v5.1
  phasegate run phases/ca-a2a.yml --sandbox --scenario sandbox/ca-a2a.yml
  eval "$(phasegate sandbox --scenario sandbox/ca-a2a.yml)"   # then point any AWS client at it
`;

const TOPICS: Record<string, string> = {
  migrate: `phasegate migrate repair | unlock: accept changed migration files deliberately, or end a lease

Usage: phasegate migrate repair PLAN [--phase ID] [--var k=v]... [--env NAME] [--version V]

An applied migration file whose content changed stops every run before any change. When the
change is intended (a comment fixed, whitespace), repair replaces the recorded checksums with the
files' own, under the migration lock; no migration statement runs.
  --phase ID   the migrate phase whose database to repair (default: the plan's only one)

Usage: phasegate migrate unlock PLAN [--phase ID] [--var k=v]... [--env NAME] [--version V]

A runner killed while it applied a file outside a transaction leaves the migration lease; other
runners wait until it expires (lease-duration, 1 minute by default). unlock removes it at once
and says whose it was. Use it only when that runner is known to be gone.

Examples:
  phasegate migrate repair phases/ca-a2a.yml --phase migrate
  phasegate migrate unlock phases/ca-a2a.yml --phase migrate
`,
  'iam-policy': `phasegate iam-policy: the IAM policy a plan needs, scoped to what it names

Usage: phasegate iam-policy PLAN --env NAME [--account ID] [--read-only] [--var k=v]...

Reads the plan as validate does (no AWS call) and prints the policy JSON on stdout: each phase,
gate and check asks for the actions its settings need, on the clusters, services, families,
secrets, parameters and log groups it names, plus the release record under
/phasegate/<app>/<env>/. Notes on stderr say where a value only known at run time widened a
resource. docs/aws-setup.md: the OIDC role this policy belongs to.
  --env NAME     the environment (inputs.environment, and the release record's path)
  --account ID   the account of the ARNs (default: the one the plan's ARNs name, else *)
  --read-only    only Describe, List and Get: for dry runs (phasegate plan) on pull requests

Examples:
  phasegate iam-policy phases/ca-a2a.yml --env production > release-policy.json
  phasegate iam-policy phases/ca-a2a.yml --env production --read-only > plan-policy.json
`,
  workflow: `phasegate workflow: the GitHub Actions release workflow of a plan, one job per phase

Usage: phasegate workflow PLAN [--check] [--kind release|plan] [--output FILE] [--action REF]
                               [--role-variable NAME] [--tag-environment NAME]

Writes a workflow started by hand (workflow_dispatch: environment, version, dry-run, force) or
by pushing a v* tag, with one job per phase and the plan's needs, so "Re-run failed jobs"
re-runs the failed phase and the phases after it. docs/workflow.md explains it.
With --kind plan, writes the plan workflow instead: on pull requests touching the plan or the
files it names, a dry run with read-only credentials, posted as one comment (docs/github.md).
  --kind KIND              release (the default) or plan
  --check                  write nothing; exit 2 when FILE differs from what the plan gives
  --output FILE            the workflow file (default: .github/workflows/release.yml, or
                           plan.yml for --kind plan, in the plan's repository)
  --action REF             the phasegate action to run: ./ (the default in phasegate's own
                           repository) or "OWNER/phasegate@<full commit SHA> # <version>"
  --role-variable NAME     the repository or environment variable holding the role ARN
                           (default: RELEASE_ROLE_ARN; PLAN_ROLE_ARN for --kind plan)
  --tag-environment NAME   the environment a tag push releases to, and the plan workflow plans
                           (default: production)

Examples:
  phasegate workflow phases/ca-a2a.yml
  phasegate workflow phases/ca-a2a.yml --check
  phasegate workflow phases/ca-a2a.yml --kind plan
  phasegate workflow phases/shop.yml --action "acme/phasegate@<sha> # v1.0.0"
`,
  sandbox: `phasegate sandbox: a local ECS, SSM, CloudWatch Logs and RDS Data API

Usage: phasegate sandbox [--port N] [--scenario FILE] [--database URL]

Prints the export lines that point the AWS SDKs and CLI at it, then serves until Ctrl-C.
  --port N          port to listen on (default: a free one)
  --scenario FILE   services, task definitions, parameters, faults and time scale (docs/sandbox.md)
  --database URL    back the Data API with this PostgreSQL server instead of embedded PGlite

Example:
  phasegate sandbox --scenario sandbox/ca-a2a.yml --port 4566
`,
};

export function helpText(topic?: string): string {
  return (topic && TOPICS[topic]) || GENERAL;
}
