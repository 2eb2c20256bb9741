/**
 * `phasegate workflow PLAN`: write the release workflow the plan implies (one job per phase),
 * or with `--kind plan` the plan workflow (a dry run on pull requests, docs/github.md); with
 * --check, exit 2 when the committed workflow differs from it, saying what differs and the
 * command that writes it again. docs/workflow.md.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { UserError } from '../core/errors.js';
import { lineDiff } from '../core/line-diff.js';
import { checkWritable } from '../core/output-paths.js';
import { candidatePaths } from '../core/paths.js';
import { plural } from '../core/text.js';
import type { Registry } from '../phases/registry.js';
import { loadPlan } from '../plan/load.js';
import type { Plan } from '../plan/types.js';
import { actionRefNeeded, parseActionRef } from '../release/workflow/action-ref.js';
import { changedParts } from '../release/workflow/compare.js';
import { workflowYaml } from '../release/workflow/generate.js';
import type { WorkflowOptions } from '../release/workflow/options.js';
import { planWorkflowYaml } from '../release/workflow/plan-workflow.js';
import type { Command } from './args.js';
import type { CliIo } from './io.js';

type WorkflowCommand = Extract<Command, { name: 'workflow' }>;

/** Per kind: the file and the variable holding the role (read-only for plans). */
const DEFAULTS = {
  release: { output: '.github/workflows/release.yml', roleVariable: 'RELEASE_ROLE_ARN' },
  plan: { output: '.github/workflows/plan.yml', roleVariable: 'PLAN_ROLE_ARN' },
};
const TAG_ENVIRONMENT = 'production';

export async function workflowCommand(
  command: WorkflowCommand,
  io: CliIo,
  registry: Registry,
): Promise<number> {
  const plan = await loadPlan(command.plan, { registry });
  const root = repositoryRoot(resolve(command.plan));
  // --output is a path from where the command runs; the default is the repository's own.
  const { kind } = command.options;
  const output = command.options.output
    ? resolve(command.options.output)
    : join(root, DEFAULTS[kind].output);
  const options = generationOptions(command, root);
  const text =
    kind === 'plan'
      ? planWorkflowYaml(plan, { ...options, paths: await planPaths(plan, root, registry) })
      : workflowYaml(plan, options);
  const shown = relative(process.cwd(), output) || output;
  if (command.options.check) return check(output, shown, text, command, io);
  checkWritable(output, '--output');
  await mkdir(dirname(output), { recursive: true });
  await writeFile(output, text);
  const jobs = kind === 'plan' ? ['plan'] : plan.phases.map((p) => p.id);
  io.stdout(`${shown}: written, ${plural(jobs.length, 'job')}: ${jobs.join(', ')}\n`);
  return 0;
}

/**
 * What a pull request must touch for the plan to run: the plan, and each file or folder its
 * phases name (a folder with everything under it), found as the plan finds them (core/paths.ts).
 */
async function planPaths(plan: Plan, root: string, registry: Registry): Promise<string[]> {
  const planFile = resolve(plan.file);
  const named = plan.phases.flatMap((p) => registry.phase(p.uses)?.files?.(p.with) ?? []);
  const found = await Promise.all(
    named.map(async (path) => {
      // The job runs in the repository root, wherever this command runs.
      const candidates = candidatePaths(path, planFile, root);
      for (const candidate of candidates) {
        const found = await stat(candidate).catch(() => undefined);
        if (found) return `${repositoryPath(candidate, root)}${found.isDirectory() ? '/**' : ''}`;
      }
      // Validation has checked the files a plan names; one missing still names its place.
      return repositoryPath(candidates[0] ?? path, root);
    }),
  );
  return [...new Set([repositoryPath(resolve(plan.file), root), ...found])];
}

async function check(
  output: string,
  shown: string,
  expected: string,
  command: WorkflowCommand,
  io: CliIo,
): Promise<number> {
  const regenerate = `regenerate it: ${regenerateCommand(command, undefined)}`;
  const committed = await readFile(output, 'utf8').catch(() => undefined);
  if (committed === undefined) throw new UserError(`${shown} does not exist`, regenerate);
  const diff = lineDiff(committed, expected);
  if (!diff) {
    io.stdout(`${shown}: matches ${command.plan}\n`);
    return 0;
  }
  const parts = changedParts(committed, expected);
  const where = parts.length > 0 ? `; it differs in: ${parts.join(', ')}` : '';
  io.stderr(
    `${shown} does not match ${command.plan}${where}\n(- as committed, + as the plan gives it)\n\n${diff}\n\n  ${regenerate}\n`,
  );
  return 2;
}

function generationOptions(command: WorkflowCommand, root: string): WorkflowOptions {
  const { options } = command;
  return {
    planPath: repositoryPath(resolve(command.plan), root),
    action: options.action ? parseActionRef(options.action) : localAction(root),
    roleVariable: variableName(options.roleVariable ?? DEFAULTS[options.kind].roleVariable),
    tagEnvironment: environmentName(options.tagEnvironment ?? TAG_ENVIRONMENT),
    command: regenerateCommand(command, root),
  };
}

/**
 * The command with the options as given: with `root`, run from the repository root (for the
 * header, the same wherever it is written from); without, as typed, for a hint to paste.
 */
function regenerateCommand(command: WorkflowCommand, root: string | undefined): string {
  const { options } = command;
  const plan = root ? repositoryPath(resolve(command.plan), root) : command.plan;
  const output =
    options.output && root ? fromRootPath(resolve(options.output), root) : options.output;
  const flags: [string, string | undefined][] = [
    ['--kind', options.kind === 'plan' ? 'plan' : undefined],
    ['--output', output],
    ['--action', options.action],
    ['--role-variable', options.roleVariable],
    ['--tag-environment', options.tagEnvironment],
  ];
  const given = flags.flatMap(([flag, value]) =>
    value === undefined ? [] : [flag, quoted(value)],
  );
  return ['phasegate workflow', quoted(plan), ...given].join(' ');
}

function quoted(arg: string): string {
  return /^[\w./@=:-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", "'\\''")}'`;
}

/** The nearest folder up from the plan holding .git (a folder, or a file in a worktree). */
function repositoryRoot(planFile: string): string {
  for (let dir = dirname(planFile); ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return process.cwd();
  }
}

/** A path as a workflow names it: relative to the repository root (the job's workspace), with /. */
function repositoryPath(file: string, root: string): string {
  const path = relative(root, file);
  if (path.startsWith('..') || isAbsolute(path)) {
    throw new UserError(
      `${file} is outside the repository ${root}`,
      'a workflow can only name files of its own repository: keep the plan (and --output) in it',
    );
  }
  return path.split(sep).join('/');
}

/** A file inside the repository relative to its root, one outside as an absolute path. */
function fromRootPath(file: string, root: string): string {
  const path = relative(root, file);
  return path.startsWith('..') || isAbsolute(path) ? file : path.split(sep).join('/');
}

/** `./` when the repository is phasegate's own (its action.yml is named phasegate). */
function localAction(root: string) {
  const file = join(root, 'action.yml');
  const name = existsSync(file) ? nameOf(readFileSync(file, 'utf8')) : undefined;
  if (name === 'phasegate') return { local: './' };
  throw actionRefNeeded(root);
}

function nameOf(source: string): unknown {
  try {
    return (parseYaml(source) as { name?: unknown } | null)?.name;
  } catch {
    return undefined;
  }
}

/**
 * GitHub's rules for configuration variable names: letters, digits and underscores, not
 * starting with a digit or GITHUB_ ("Store information in variables", naming conventions).
 */
function variableName(name: string): string {
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^GITHUB_/i.test(name)) return name;
  throw new UserError(
    `--role-variable "${name}" is not a GitHub variable name`,
    'write letters, digits and underscores, not starting with a digit or GITHUB_, e.g. --role-variable RELEASE_ROLE_ARN',
  );
}

/** GitHub environment names are at most 255 characters (Managing environments for deployment). */
function environmentName(name: string): string {
  if (name.trim() !== '' && name.length <= 255 && !/[\n\r]/.test(name)) return name;
  throw new UserError(
    `--tag-environment "${name}" is not an environment name`,
    'write the environment a tag push releases to, e.g. --tag-environment production',
  );
}
