/** Command-line options → the typed settings a release run takes. */

import { parsePhaseList } from '../engine/selection.js';
import { parseVarAssignments } from '../plan/vars-input.js';
import { defaultVersion, type ReleaseSettings } from '../release/release.js';
import type { RunOptions } from './args.js';

export function releaseSettings(
  file: string,
  o: RunOptions,
  dryRun: boolean,
  env: Record<string, string | undefined>,
): ReleaseSettings {
  const phases = parsePhaseList(o.phases);
  return {
    planFile: file,
    environment: o.env ?? 'default',
    version: o.version ?? defaultVersion(env),
    dryRun,
    selection: { ...(phases ? { phases } : {}), ...(o.from ? { from: o.from } : {}) },
    vars: parseVarAssignments(o.vars),
    ...(o.maxParallel !== undefined ? { maxParallel: o.maxParallel } : {}),
    ...(o.sandbox ? { simulatedTime: true } : {}),
  };
}
