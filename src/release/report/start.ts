/** The first line of every run: what is released where, from which version and commit. */
import type { RunInfo } from '../../plan/types.js';
import type { ReleaseStart } from '../session.js';

export function startLine(run: RunInfo, start: ReleaseStart): string {
  const from = run.currentVersion
    ? `${run.currentVersion} → ${run.version}`
    : `${run.version} (first release recorded here)`;
  const commit = run.commit ? `, commit ${run.commit.slice(0, 7)}` : '';
  const mode = run.dryRun ? ' (dry run: nothing will change)' : '';
  const record = start.recordLocation
    ? `release record: ${start.recordLocation}`
    : 'release record: none (record.store: none): every selected phase runs';
  return `${run.app} ${run.environment}: ${from}${commit}${mode}\n${record}`;
}
