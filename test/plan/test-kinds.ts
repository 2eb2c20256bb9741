/**
 * Small kinds registered by the plan tests themselves: the plan reader must work with whatever
 * kinds a build has, so the tests do not depend on the real ones.
 */

import type { CheckKind } from '../../src/checks/kind.js';
import {
  boolean,
  duration,
  number,
  object,
  optional,
  string,
  withDefault,
} from '../../src/core/shape.js';
import type { PhaseKind } from '../../src/phases/kind.js';
import { Registry } from '../../src/phases/registry.js';

const echoSettings = object({
  message: string({ description: 'What to print.' }),
  times: optional(number({ integer: true, min: 1, description: 'How often.' })),
});

/** Prints a message; can roll back (it undoes nothing, but says so). */
export const echoKind: PhaseKind<{ message: string; times?: number }> = {
  name: 'echo',
  description: 'Prints a message.',
  settings: echoSettings,
  plan: async ({ config }) => ({ summary: `would print ${config.message}` }),
  run: async ({ config }) => ({ summary: config.message, outputs: { message: config.message } }),
  rollback: async () => ({ summary: 'nothing to undo' }),
};

/** Waits; has no rollback, so `on-failure: rollback` on it is a mistake. */
export const waitKind: PhaseKind<{ for: number }> = {
  name: 'wait',
  description: 'Waits a while.',
  settings: object({ for: duration('How long to wait.') }),
  plan: async () => ({ summary: 'would wait' }),
  run: async () => ({ summary: 'waited' }),
};

export const expectCheck: CheckKind<{ value: string; equals: string; strict: boolean }> = {
  name: 'expect',
  description: 'Compares two texts.',
  settings: object({
    value: string(),
    equals: string(),
    strict: withDefault(boolean(), false),
  }),
  run: async ({ config }) => ({ ok: config.value === config.equals, summary: 'compared' }),
};

/**
 * Made-up kinds "designed but not built" in the test registry: the mechanism that refuses a
 * not-yet-available kind is tested with them, whatever the real build has.
 */
export const NOT_YET_AVAILABLE = { phases: ['teleport'], checks: ['telepathy'] };

export function testRegistry(): Registry {
  return new Registry({ phases: [echoKind, waitKind], checks: [expectCheck] }, NOT_YET_AVAILABLE);
}
