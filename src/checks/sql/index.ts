/**
 * The `sql` check: one read-only query through the RDS Data API (the database may sit in a
 * private subnet), passing when it succeeds, or when its first value and row count are as
 * expected. A SQL error is a failed check quoting PostgreSQL, not an error of phasegate.
 */
import { excerpt, plural } from '../../core/text.js';
import { lazyCheckKind } from '../kind.js';
import { type SqlCheckConfig, sqlSettings } from './settings.js';

export type { SqlCheckConfig } from './settings.js';

export const sqlCheck = lazyCheckKind<SqlCheckConfig>(
  {
    name: 'sql',
    description:
      'Run one read-only query through the RDS Data API and check its first value or rows',
    settings: sqlSettings,
    iam: () => import('./iam.js'),
    describe: (c) => `${excerpt(c.query)} on ${clusterName(c['resource-arn'])}${expectation(c)}`,
  },
  () => import('./run.js'),
);

function clusterName(arn: string): string {
  return arn.split(':').at(-1) ?? arn;
}

function expectation(c: SqlCheckConfig): string {
  const parts = [
    ...(c.expect !== undefined ? [`expect "${c.expect}"`] : []),
    ...(c['expect-rows'] !== undefined ? [`expect ${plural(c['expect-rows'], 'row')}`] : []),
  ];
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}
