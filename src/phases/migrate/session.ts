/** What plan, run and repair share: the executor, table names, and who is applying. */
import { randomBytes } from 'node:crypto';
import { hostname, userInfo } from 'node:os';
import type { SqlExecutor } from '../../db/executor.js';
import type { WakeOptions } from '../../db/resume.js';
import { wakingExecutor } from '../../db/waking.js';
import type { PhaseContext } from '../kind.js';
import { type ConnectDeps, createExecutor } from './connect.js';
import { lockKey } from './lock.js';
import { type MigrateConfig, type TableNames, tableNames } from './settings.js';

/** The parts of a phase context the migrate functions use; `repairChecksums` takes the same. */
export type MigrateContext = Pick<
  PhaseContext<MigrateConfig>,
  'config' | 'aws' | 'secrets' | 'signal' | 'log' | 'run' | 'plan'
> &
  // The phase is known in a run; `migrate repair` and `unlock` may work without it.
  Partial<Pick<PhaseContext<MigrateConfig>, 'phase'>>;

export interface Session {
  executor: SqlExecutor;
  names: TableNames;
  lockKey: string;
  appliedBy: string;
  owner: string;
}

export function openSession(ctx: MigrateContext, env: ConnectDeps['env'] = process.env): Session {
  const names = tableNames(ctx.config);
  const appliedBy = appliedByOf(ctx.run);
  return {
    executor: wakingExecutor(
      createExecutor(ctx.config, { aws: ctx.aws, secrets: ctx.secrets, signal: ctx.signal, env }),
      wakeOptionsOf(ctx),
    ),
    names,
    lockKey: lockKey(names),
    appliedBy,
    owner: `${appliedBy.split(' ')[0]} ${randomBytes(4).toString('hex')}`,
  };
}

/** Every call that is safe to repeat waits out a paused or failing-over cluster this long. */
export function wakeOptionsOf(ctx: MigrateContext): WakeOptions {
  return {
    timeoutMs: ctx.config['resume-timeout'],
    firstBackoffMs: ctx.config['poll-interval'],
    signal: ctx.signal,
    log: ctx.log,
  };
}

/** "octocat https://github.com/o/r/actions/runs/1/attempts/1" in GitHub, "ana@laptop" elsewhere. */
export function appliedByOf(run: Pick<PhaseContext<unknown>['run'], 'actor' | 'runUrl'>): string {
  if (run.actor || run.runUrl) return [run.actor ?? 'github', run.runUrl].filter(Boolean).join(' ');
  return `${localUser()}@${hostname()}`;
}

function localUser(): string {
  try {
    return userInfo().username;
  } catch {
    return process.env.USER ?? 'unknown';
  }
}
