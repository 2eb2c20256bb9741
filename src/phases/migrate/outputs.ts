/** The outputs a migrate phase writes, known before it runs (validation checks references). */
export const MIGRATE_OUTPUTS = ['applied', 'pending', 'current-version'] as const;
export type MigrateOutput = (typeof MIGRATE_OUTPUTS)[number];
