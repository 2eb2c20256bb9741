/** Phase and check kinds for engine tests: they record what happened and do what they're told. */
import type { AwsClients } from '../../src/aws/clients.js';
import { createAwsClients } from '../../src/aws/clients.js';
import type { CheckKind } from '../../src/checks/kind.js';
import { PhaseFailure } from '../../src/core/errors.js';
import {
  boolean,
  type Infer,
  number,
  object,
  optional,
  record,
  string,
} from '../../src/core/shape.js';
import type { PhaseKind } from '../../src/phases/kind.js';
import { Registry } from '../../src/phases/registry.js';

const stepSettings = object({
  ms: optional(number({ min: 0 })),
  fail: optional(string()),
  bug: optional(boolean()),
  'ignore-signal': optional(boolean()),
  change: optional(string()),
  outputs: optional(record(string())),
});

export interface Journal {
  events: string[];
  running: number;
  maxRunning: number;
  rolledBack: unknown[][];
}

export function newJournal(): Journal {
  return { events: [], running: 0, maxRunning: 0, rolledBack: [] };
}

function wait(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    });
  });
}

export function stepKind(journal: Journal): PhaseKind<Infer<typeof stepSettings>> {
  return {
    name: 'step',
    description: 'test kind: waits, then succeeds, fails or throws as told',
    settings: stepSettings,
    async plan(ctx) {
      journal.events.push(`plan:${ctx.phase.id}`);
      return { summary: `would run ${ctx.phase.id}`, outputs: ctx.config.outputs ?? {} };
    },
    async run(ctx) {
      journal.events.push(`start:${ctx.phase.id}`);
      journal.running++;
      journal.maxRunning = Math.max(journal.maxRunning, journal.running);
      try {
        if (ctx.config.change) ctx.recordChange(ctx.config.change);
        ctx.log.info(`working on ${ctx.phase.id}`);
        await wait(ctx.config.ms ?? 0, ctx.config['ignore-signal'] ? undefined : ctx.signal);
        if (ctx.config.bug) throw new TypeError('cannot read properties of undefined');
        if (ctx.config.fail)
          throw new PhaseFailure(ctx.config.fail, { details: `details of ${ctx.phase.id}` });
        journal.events.push(`end:${ctx.phase.id}`);
        return {
          summary: `ran ${ctx.phase.id}`,
          outputs: ctx.config.outputs ?? {},
          details: `details of ${ctx.phase.id}`,
        };
      } finally {
        journal.running--;
      }
    },
    async rollback(ctx, changes) {
      journal.events.push(`rollback:${ctx.phase.id}`);
      journal.rolledBack.push([...changes]);
      return { summary: `undid ${changes.join(', ')}` };
    },
  };
}

const flagSettings = object({
  ok: boolean(),
  message: optional(string()),
  /** An error name to throw instead of answering: an AWS error, or `TypeError` for a bug. */
  throws: optional(string()),
});

export function flagCheck(journal: Journal): CheckKind<Infer<typeof flagSettings>> {
  return {
    name: 'flag',
    description: 'test check: passes when ok is true',
    settings: flagSettings,
    async run(ctx) {
      journal.events.push(`check:${ctx.check.name}`);
      if (ctx.config.throws === 'TypeError') throw new TypeError('a bug in the check');
      if (ctx.config.throws) throw Object.assign(new Error('denied'), { name: ctx.config.throws });
      return {
        ok: ctx.config.ok,
        summary: ctx.config.message ?? (ctx.config.ok ? 'fine' : 'not fine'),
      };
    },
  };
}

export function testRegistry(journal: Journal): Registry {
  return new Registry({ phases: [stepKind(journal)], checks: [flagCheck(journal)] });
}

/** Clients that are never called by the test kinds; a region is all they need. */
export function unusedAws(): AwsClients {
  return createAwsClients('eu-west-3');
}
