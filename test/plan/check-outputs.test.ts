/**
 * `${{ phases.X.outputs.Y }}` against the outputs X's kind declares: a name the kind never
 * writes is refused when the plan is read, naming the outputs it does write.
 */
import { describe, expect, it } from 'vitest';
import { builtinRegistry } from '../../src/phases/registry.js';
import { parsePlan } from '../../src/plan/load.js';

const registry = builtinRegistry();

function plan(phases: string): string {
  return `version: 1\napp: ca-a2a\nregion: eu-west-3\nphases:\n${phases}`;
}

const DEPLOY = `  - id: agents
    uses: ecs-deploy
    with:
      cluster: c
      services:
        - service: orchestrator
        - service: extractor
`;

function messages(source: string) {
  return parsePlan(source, 'p.yml', { registry }).diagnostics.map((d) => ({
    at: `${d.position?.line}:${d.position?.column}`,
    message: d.message,
    hint: d.hint,
  }));
}

describe('phase outputs named at validation', () => {
  it('ecs-deploy: an output of a service it does not deploy, with those it writes', () => {
    const found = messages(
      plan(`${DEPLOY}  - id: smoke
    uses: ecs-run-task
    with:
      cluster: c
      task-definition: \${{ phases.agents.outputs.orchestrator-task-definition }}
`),
    );
    expect(found).toEqual([
      {
        at: '16:24',
        message:
          'phases.agents.outputs.orchestrator-task-definition: phase "agents" has no output "orchestrator-task-definition" (ecs-deploy writes orchestrator-task-definition-arn, extractor-task-definition-arn)',
        hint: 'did you mean phases.agents.outputs.orchestrator-task-definition-arn?',
      },
    ]);
  });

  it('every kind declares its outputs: a wrong name for each is found at once', () => {
    const found = messages(
      plan(`  - id: migrate
    uses: migrate
    with: { resource-arn: a, secret-arn: s, database: d }
  - id: job
    uses: ecs-run-task
    with: { cluster: c, task-definition: job }
  - id: cmd
    uses: ssm-command
    with: { instance-ids: [i-0123456789abcdef0], commands: [echo] }
  - id: verify
    uses: checks
    with: { checks: [ { uses: http, with: { url: "https://example.com" } } ] }
  - id: report
    uses: ssm-command
    needs: [migrate, job, cmd, verify]
    with:
      instance-ids: [i-0123456789abcdef0]
      commands:
        - "echo \${{ phases.migrate.outputs.version }}"
        - "echo \${{ phases.job.outputs.exit_code }}"
        - "echo \${{ phases.cmd.outputs.status }}"
        - "echo \${{ phases.verify.outputs.passed }} \${{ phases.verify.outputs.ok }}"
`),
    );
    expect(found.map((f) => f.message)).toEqual([
      'phases.migrate.outputs.version: phase "migrate" has no output "version" (migrate writes applied, pending, current-version)',
      'phases.job.outputs.exit_code: phase "job" has no output "exit_code" (ecs-run-task writes task-arn, task-arns, exit-code, task-definition-arn)',
      'phases.cmd.outputs.status: phase "cmd" has no output "status" (ssm-command writes command-id, succeeded, failed)',
      'phases.verify.outputs.ok: phase "verify" has no output "ok" (checks writes passed, failed)',
    ]);
    expect(found[1]?.hint).toBe('did you mean phases.job.outputs.exit-code?');
    expect(found[3]?.hint).toBe(
      'read one of its outputs: phases.verify.outputs.passed, phases.verify.outputs.failed',
    );
  });

  it('an after gate reading its own phase: checked against the outputs too', () => {
    const found = messages(
      plan(`${DEPLOY}    gates:
      after:
        - uses: http
          with: { url: "https://x/\${{ phases.agents.outputs.orchestrator-arn }}" }
`),
    );
    expect(found.map((f) => f.message)).toEqual([
      expect.stringContaining('phase "agents" has no output "orchestrator-arn"'),
    ]);
  });

  it('a service name written as a template: its outputs are not known, nothing is refused', () => {
    const found = messages(
      plan(`vars: { svc: orchestrator }
${DEPLOY.replace('service: extractor', 'service: "${{ vars.svc }}"')}  - id: smoke
    uses: ecs-run-task
    with: { cluster: c, task-definition: "\${{ phases.agents.outputs.anything }}" }
`).replace('phases:\nvars: { svc: orchestrator }\n', 'vars: { svc: orchestrator }\nphases:\n'),
    );
    expect(found).toEqual([]);
  });

  it('the outputs that exist pass', () => {
    const found = messages(
      plan(`${DEPLOY}  - id: smoke
    uses: ecs-run-task
    with:
      cluster: c
      task-definition: \${{ phases.agents.outputs.extractor-task-definition-arn }}
`),
    );
    expect(found).toEqual([]);
  });
});
