/**
 * What the record holds, as JSON values: one entry per phase and version, and the
 * environment's release state. Nothing secret goes in: outputs are masked before they are
 * written, and the digest is taken of the phase as the plan and the inputs decide it.
 */
import { createHash } from 'node:crypto';
import type { Secrets } from '../../core/secrets.js';
import { renderKnown, type TemplateScope } from '../../plan/interpolate.js';
import type { PhaseSpec } from '../../plan/types.js';

export type RecordedStatus = 'running' | 'succeeded' | 'failed' | 'cancelled';

/** Who ran a phase: the workflow run (id, attempt, link) or a CLI user on a machine. */
export interface RunIdentity {
  /** `github:<repository>/<run id>` or `cli:<user>@<host>/<pid>`: jobs of one run share it. */
  owner: string;
  runId?: string;
  attempt?: string;
  url?: string;
  actor?: string;
  commit?: string;
}

export interface PhaseEntry {
  phase: string;
  version: string;
  status: RecordedStatus;
  /** ISO times. */
  startedAt: string;
  endedAt?: string;
  run: RunIdentity;
  digest: string;
  outputs: Record<string, string>;
  summary?: string;
}

export interface ReleasedVersion {
  version: string;
  at: string;
  run: RunIdentity;
}

export interface ReleaseState {
  current?: ReleasedVersion;
  previous?: ReleasedVersion;
  /** Versions fully released here, newest first (at most RELEASED_KEPT), for promotion. */
  released: string[];
}

export const RELEASED_KEPT = 50;

/**
 * The phase as this run would run it: its kind, settings and gates with the plan's vars and the
 * run's inputs filled in, and its failure and time rules. Values from the environment, SSM and
 * earlier phases are left as templates (they may be secrets, and change between jobs), and
 * anything secret that is still in it is masked before hashing.
 */
export function phaseDigest(
  phase: PhaseSpec,
  scope: Pick<TemplateScope, 'inputs' | 'vars'>,
  secrets: Secrets,
): string {
  const gates = [...phase.gates.before, ...phase.gates.after].map((g) => ({
    uses: g.uses,
    with: g.with,
  }));
  const what = renderKnown(
    { uses: phase.uses, with: phase.with, gates, timeoutMs: phase.timeoutMs },
    { inputs: scope.inputs, vars: scope.vars, env: {}, github: {} },
    () => {},
  );
  const text = secrets.mask(canonicalJson(what));
  return `sha256:${createHash('sha256').update(text).digest('hex').slice(0, 16)}`;
}

/** JSON with object keys sorted, so the same settings always give the same text. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

export function parseEntry(text: string): PhaseEntry | undefined {
  const value = parseJson(text) as Partial<PhaseEntry> | undefined;
  return value && typeof value.phase === 'string' && typeof value.status === 'string'
    ? (value as PhaseEntry)
    : undefined;
}

export function parseState(text: string | undefined): ReleaseState {
  const value = text ? (parseJson(text) as Partial<ReleaseState> | undefined) : undefined;
  return {
    ...(value?.current ? { current: value.current } : {}),
    ...(value?.previous ? { previous: value.previous } : {}),
    released: Array.isArray(value?.released) ? value.released : [],
  };
}

/** A record someone edited by hand into something else is treated as absent, not trusted. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function withRelease(state: ReleaseState, released: ReleasedVersion): ReleaseState {
  const same = state.current?.version === released.version;
  return {
    current: released,
    ...(same
      ? state.previous
        ? { previous: state.previous }
        : {}
      : state.current
        ? { previous: state.current }
        : {}),
    released: [released.version, ...state.released.filter((v) => v !== released.version)].slice(
      0,
      RELEASED_KEPT,
    ),
  };
}
