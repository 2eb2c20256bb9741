/**
 * The `http` check: one request, judged by status, JSON fields and body text. A connection that
 * fails or an answer that never comes is a failed check saying why, not an error: right after a
 * deploy, "connection refused" is an answer.
 */
import { lazyCheckKind } from '../kind.js';
import { type HttpCheckConfig, httpSettings } from './settings.js';

export type { HttpCheckConfig } from './settings.js';

export const httpCheck = lazyCheckKind<HttpCheckConfig>(
  {
    name: 'http',
    description: 'Call a URL and check the status, JSON fields and body of its answer',
    settings: httpSettings,
    iam: () => import('./iam.js'),
    describe: (c) => `${c.method} ${c.url} → ${c['expect-status'].join(' or ')}`,
  },
  () => import('./run.js'),
);
