/** The CLI's command line → one typed command; mistakes are UserErrors that point at --help. */
import { parseArgs } from 'node:util';
import { UserError } from '../core/errors.js';

export type Command =
  | { name: 'help'; topic?: string }
  | { name: 'validate'; plan: string; vars: string[] }
  | { name: 'plan' | 'run'; plan: string; options: RunOptions }
  | { name: 'sandbox'; port?: number; scenario?: string; database?: string }
  | { name: 'status'; plan: string; env?: string; version?: string; json: boolean }
  | {
      name: 'iam-policy';
      plan: string;
      env: string;
      account?: string;
      readOnly: boolean;
      vars: string[];
    }
  | { name: 'workflow'; plan: string; options: WorkflowFlags }
  | {
      name: 'migrate-repair' | 'migrate-unlock';
      plan: string;
      phase?: string;
      options: RunOptions;
    };

export interface RunOptions {
  env?: string;
  version?: string;
  phases?: string;
  from?: string;
  vars: string[];
  summary?: string;
  json: boolean;
  /** Run phases the record says are done, or whose needs are not done; allow a rollback. */
  force: boolean;
  /** `plan` exits 3 instead of 0 when nothing would change (terraform's -detailed-exitcode). */
  detailedExitcode: boolean;
  maxParallel?: number;
  sandbox: boolean;
  scenario?: string;
}

const RUN_OPTIONS = {
  env: { type: 'string' },
  version: { type: 'string' },
  phases: { type: 'string' },
  from: { type: 'string' },
  var: { type: 'string', multiple: true },
  summary: { type: 'string' },
  json: { type: 'boolean' },
  force: { type: 'boolean' },
  'detailed-exitcode': { type: 'boolean' },
  'max-parallel': { type: 'string' },
  sandbox: { type: 'boolean' },
  scenario: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const IAM_OPTIONS = {
  env: { type: 'string' },
  account: { type: 'string' },
  'read-only': { type: 'boolean' },
  var: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
} as const;

/** `phasegate workflow PLAN`: options as written; the command applies the defaults. */
export interface WorkflowFlags {
  output?: string;
  action?: string;
  roleVariable?: string;
  tagEnvironment?: string;
  /** Which workflow: release (one job per phase) or plan (a dry run on pull requests). */
  kind: 'release' | 'plan';
  check: boolean;
}

const WORKFLOW_OPTIONS = {
  output: { type: 'string' },
  action: { type: 'string' },
  'role-variable': { type: 'string' },
  'tag-environment': { type: 'string' },
  kind: { type: 'string' },
  check: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const SANDBOX_OPTIONS = {
  port: { type: 'string' },
  scenario: { type: 'string' },
  database: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export function parseCommand(argv: string[]): Command {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help')
    return { name: 'help', ...topic(rest[0]) };
  if (name === 'sandbox') return sandboxCommand(rest);
  if (name === 'migrate') return migrateCommand(rest);
  if (name === 'status') return statusCommand(rest);
  if (name === 'iam-policy') return iamPolicyCommand(rest);
  if (name === 'workflow') return workflowCommand(rest);
  if (name !== 'validate' && name !== 'plan' && name !== 'run') {
    throw new UserError(
      `unknown command "${name}"`,
      'commands: validate, plan, run, status, workflow, iam-policy, migrate, sandbox (see phasegate --help)',
    );
  }
  const { values, positionals } = parse(rest, RUN_OPTIONS);
  if (values.help) return { name: 'help', topic: name };
  const plan = onePlan(positionals, name);
  if (name === 'validate') return { name, plan, vars: values.var ?? [] };
  return {
    name,
    plan,
    options: {
      vars: values.var ?? [],
      json: values.json ?? false,
      force: values.force ?? false,
      detailedExitcode: values['detailed-exitcode'] ?? false,
      sandbox: values.sandbox ?? false,
      ...defined({
        env: values.env,
        version: values.version,
        phases: values.phases,
        from: values.from,
        summary: values.summary,
        scenario: values.scenario,
        maxParallel: wholeNumber(values['max-parallel'], '--max-parallel', 1),
      }),
    },
  };
}

const REPAIR_OPTIONS = { ...RUN_OPTIONS, phase: { type: 'string' } } as const;

/**
 * `phasegate migrate repair PLAN [--phase ID]`: accept changed checksums deliberately.
 * `phasegate migrate unlock PLAN [--phase ID]`: remove a lease a killed runner left.
 */
function migrateCommand(rest: string[]): Command {
  const [sub, ...args] = rest;
  if (sub !== 'repair' && sub !== 'unlock') {
    throw new UserError(
      `unknown migrate command "${sub ?? ''}"`,
      'write: phasegate migrate repair PLAN --phase ID, or phasegate migrate unlock PLAN --phase ID',
    );
  }
  const { values, positionals } = parse(args, REPAIR_OPTIONS);
  if (values.help) return { name: 'help', topic: 'migrate' };
  return {
    name: sub === 'repair' ? 'migrate-repair' : 'migrate-unlock',
    plan: onePlan(positionals, `migrate ${sub}`),
    ...defined({ phase: values.phase }),
    options: {
      vars: values.var ?? [],
      json: false,
      force: false,
      detailedExitcode: false,
      sandbox: false,
      ...defined({ env: values.env, version: values.version }),
    },
  };
}

const STATUS_OPTIONS = {
  env: { type: 'string' },
  version: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

function statusCommand(rest: string[]): Command {
  const { values, positionals } = parse(rest, STATUS_OPTIONS);
  if (values.help) return { name: 'help', topic: 'status' };
  return {
    name: 'status',
    plan: onePlan(positionals, 'status'),
    json: values.json ?? false,
    ...defined({ env: values.env, version: values.version }),
  };
}

/** `phasegate iam-policy PLAN --env NAME [--account ID] [--read-only]`: the policy a plan needs. */
function iamPolicyCommand(rest: string[]): Command {
  const { values, positionals } = parse(rest, IAM_OPTIONS);
  if (values.help) return { name: 'help', topic: 'iam-policy' };
  const plan = onePlan(positionals, 'iam-policy');
  if (!values.env)
    throw new UserError(
      'iam-policy needs --env: the policy is for one environment (its release record)',
      `write: phasegate iam-policy ${plan} --env production`,
    );
  if (values.account !== undefined && !/^\d{12}$/.test(values.account))
    throw new UserError(
      `--account must be a 12-digit AWS account id, got "${values.account}"`,
      'write --account 123456789012',
    );
  return {
    name: 'iam-policy',
    plan,
    env: values.env,
    readOnly: values['read-only'] ?? false,
    vars: values.var ?? [],
    ...defined({ account: values.account }),
  };
}

function workflowCommand(rest: string[]): Command {
  const { values, positionals } = parse(rest, WORKFLOW_OPTIONS);
  if (values.help) return { name: 'help', topic: 'workflow' };
  return {
    name: 'workflow',
    plan: onePlan(positionals, 'workflow'),
    options: {
      check: values.check ?? false,
      kind: workflowKind(values.kind),
      ...defined({
        output: values.output,
        action: values.action,
        roleVariable: values['role-variable'],
        tagEnvironment: values['tag-environment'],
      }),
    },
  };
}

function workflowKind(kind: string | undefined): WorkflowFlags['kind'] {
  if (kind === undefined || kind === 'release' || kind === 'plan') return kind ?? 'release';
  throw new UserError(
    `--kind "${kind}" is not a workflow phasegate writes`,
    'write --kind release (one job per phase, the default) or --kind plan (a dry run on pull requests)',
  );
}

function sandboxCommand(rest: string[]): Command {
  const { values, positionals } = parse(rest, SANDBOX_OPTIONS);
  if (values.help) return { name: 'help', topic: 'sandbox' };
  if (positionals.length > 0)
    throw new UserError(
      `sandbox takes no arguments, got "${positionals[0]}"`,
      'phasegate sandbox --scenario FILE',
    );
  return {
    name: 'sandbox',
    ...defined({
      port: wholeNumber(values.port, '--port'),
      scenario: values.scenario,
      database: values.database,
    }),
  };
}

type Options = Parameters<typeof parseArgs>[0] extends infer C
  ? C extends { options?: infer O }
    ? O
    : never
  : never;

function parse<O extends Options>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UserError(
      (error as Error).message.replace(/^TypeError \[\w+\]: /, ''),
      'see phasegate --help',
    );
  }
}

function onePlan(positionals: string[], command: string): string {
  if (positionals.length === 1 && positionals[0]) return positionals[0];
  const problem =
    positionals.length === 0
      ? 'needs a plan file'
      : `takes one plan file, got ${positionals.length}`;
  throw new UserError(`${command} ${problem}`, `write: phasegate ${command} phases/release.yml`);
}

function wholeNumber(text: string | undefined, flag: string, min = 0): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < min) {
    throw new UserError(
      `${flag} must be a whole number of at least ${min}, got "${text}"`,
      `write ${flag} 4`,
    );
  }
  return n;
}

function topic(name: string | undefined): { topic?: string } {
  return name ? { topic: name } : {};
}

/** Drops undefined values, which exactOptionalPropertyTypes would refuse. */
function defined<T extends Record<string, unknown>>(
  values: T,
): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}
