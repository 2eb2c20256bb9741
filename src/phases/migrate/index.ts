/**
 * The `migrate` phase kind: versioned SQL migrations through the RDS Data API (or a direct
 * PostgreSQL connection), with Flyway-grade safety: a history table written in each file's
 * transaction, an advisory lock so runners may start at once, checksums, ordering, lint, and
 * patience with long statements and paused clusters. Migrations are not rolled back (no
 * `rollback`), so `on-failure: rollback` is refused for this kind when the plan is read.
 */
import { isPlainObject } from '../../core/shape.js';
import { lazyPhaseKind } from '../kind.js';
import { MIGRATE_OUTPUTS } from './outputs.js';
import { type MigrateConfig, migrateSettings } from './settings.js';

export type { MigrateConfig } from './settings.js';

export const migrateKind = lazyPhaseKind<MigrateConfig>(
  {
    name: 'migrate',
    description:
      'Apply versioned SQL migrations (migrations/NNN_description.sql) through the RDS Data API or a PostgreSQL connection, each file once, in its own transaction',
    settings: migrateSettings,
    iam: () => import('./iam.js'),
    canRollBack: false,
    outputs: () => MIGRATE_OUTPUTS,
    files: (settings) => {
      const dir = isPlainObject(settings) ? (settings.directory ?? 'migrations') : undefined;
      return typeof dir === 'string' && !dir.includes('${{') ? [dir.trim()] : [];
    },
    // Loaded when a plan has a migrate phase: the SQL reader and lint stay out of other start-ups.
    checkFiles: async (settings, context) =>
      (await import('./check-files.js')).checkMigrationFiles(settings, context),
  },
  () => import('./steps.js'),
);
