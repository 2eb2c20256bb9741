/** Command-line options → the typed settings a release run takes. */

import { parsePhaseList } from '../engine/selection.js';
import { parseVarAssignments } from '../plan/vars-input.js';
import type { ReleaseSettings } from '../release/settings.js';
import { resolveVersion } from '../release/version.js';
import type { RunOptions } from './args.js';

export function releaseSettings(
  file: string,
  o: RunOptions,
  dryRun: boolean,
  env: Record<string, string | undefined>,
  /** Commands that release nothing (migrate repair) need no version. */
  versionRequired = true,
): ReleaseSettings {
  const phases = parsePhaseList(o.phases);
  const { version, commit } = versionRequired
    ? resolveVersion(o.version, file, env)
    : { version: o.version ?? '', commit: undefined };
  return {
    planFile: file,
    environment: o.env ?? 'default',
    version,
    ...(commit ? { commit } : {}),
    dryRun,
    selection: { ...(phases ? { phases } : {}), ...(o.from ? { from: o.from } : {}) },
    force: o.force,
    vars: parseVarAssignments(o.vars),
    ...(o.maxParallel !== undefined ? { maxParallel: o.maxParallel } : {}),
    ...(o.sandbox ? { simulatedTime: true } : {}),
  };
}
