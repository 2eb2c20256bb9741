/** Who is releasing: a workflow run (all its jobs and attempts share it) or a CLI process. */
import { hostname, userInfo } from 'node:os';
import type { RunIdentity } from './record/entries.js';

type Env = Record<string, string | undefined>;

export function runIdentity(
  env: Env,
  commit: string | undefined,
  url: string | undefined,
): RunIdentity {
  const withCommit = commit ? { commit } : {};
  if (env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY) {
    return {
      owner: `github:${env.GITHUB_REPOSITORY}/${env.GITHUB_RUN_ID}`,
      runId: env.GITHUB_RUN_ID,
      attempt: env.GITHUB_RUN_ATTEMPT ?? '1',
      ...(url ? { url } : {}),
      ...(env.GITHUB_ACTOR ? { actor: env.GITHUB_ACTOR } : {}),
      ...withCommit,
    };
  }
  const user = safeUser(env);
  return { owner: `cli:${user}@${hostname()}/${process.pid}`, actor: user, ...withCommit };
}

function safeUser(env: Env): string {
  try {
    return userInfo().username;
  } catch {
    return env.USER ?? 'someone';
  }
}
