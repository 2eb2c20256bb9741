/**
 * What `phasegate status` shows of an environment's release record: the current and previous
 * version, and per version each phase with its status, time, actor and run link.
 */
import type { AwsClients } from '../aws/clients.js';
import { UserError } from '../core/errors.js';
import type { Plan } from '../plan/types.js';
import type { PhaseEntry, ReleasedVersion } from './record/entries.js';
import { openStore, ReleaseRecord } from './record/release-record.js';

export interface VersionStatus {
  version: string;
  phases: (Pick<PhaseEntry, 'phase' | 'status' | 'startedAt' | 'endedAt' | 'summary'> & {
    actor?: string;
    run?: string;
  })[];
}

export interface EnvironmentStatus {
  app: string;
  environment: string;
  record: string;
  current?: ReleasedVersion;
  previous?: ReleasedVersion;
  versions: VersionStatus[];
}

/** How many released versions are listed when no version is asked for. */
const LISTED = 3;

export async function environmentStatus(
  plan: Plan,
  environment: string,
  aws: AwsClients,
  version: string | undefined,
  signal: AbortSignal,
): Promise<EnvironmentStatus> {
  const store = openStore(plan, environment, aws);
  if (!store)
    throw new UserError(
      `${plan.file} keeps no release record (record.store: none)`,
      'remove record.store: none from the plan to keep one',
    );
  const record = new ReleaseRecord(store, { owner: 'status' });
  const state = await record.state(signal);
  const wanted = version ? [version] : state.released.slice(0, LISTED);
  const versions: VersionStatus[] = [];
  for (const v of wanted) {
    const entries = await record.phases(v, signal);
    const order = plan.phases.map((p) => p.id);
    versions.push({
      version: v,
      phases: [...entries.values()]
        .sort((a, b) => order.indexOf(a.phase) - order.indexOf(b.phase))
        .map((e) => ({
          phase: e.phase,
          status: e.status,
          startedAt: e.startedAt,
          ...(e.endedAt ? { endedAt: e.endedAt } : {}),
          ...(e.summary ? { summary: e.summary } : {}),
          ...(e.run.actor ? { actor: e.run.actor } : {}),
          run: e.run.url ?? e.run.owner,
        })),
    });
  }
  return {
    app: plan.app,
    environment,
    record: store.location,
    ...(state.current ? { current: state.current } : {}),
    ...(state.previous ? { previous: state.previous } : {}),
    versions,
  };
}

/** Plain text for a terminal. */
export function statusText(s: EnvironmentStatus): string {
  const when = (iso: string) => `${iso.slice(0, 16).replace('T', ' ')} UTC`;
  const released = (label: string, r: ReleasedVersion | undefined) =>
    r
      ? `${label}: ${r.version}, released ${when(r.at)}${r.run.actor ? ` by ${r.run.actor}` : ''} (${r.run.url ?? r.run.owner})`
      : `${label}: none`;
  const lines = [
    `${s.app} ${s.environment} (${s.record})`,
    released('current', s.current),
    released('previous', s.previous),
  ];
  if (s.versions.length === 0) lines.push('', 'no release recorded yet');
  for (const v of s.versions) {
    lines.push('', v.version);
    if (v.phases.length === 0) lines.push('  no phase recorded for this version');
    for (const p of v.phases)
      lines.push(
        `  ${p.phase.padEnd(18)} ${p.status.padEnd(10)} ${when(p.endedAt ?? p.startedAt)}  ${p.actor ?? ''}  ${p.run ?? ''}`.trimEnd(),
      );
  }
  return `${lines.join('\n')}\n`;
}
