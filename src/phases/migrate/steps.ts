/** The kind's steps, loaded when a plan uses the kind. Migrations are not rolled back. */
export { planMigrations as plan } from './plan.js';
export { runMigrations as run } from './run.js';
