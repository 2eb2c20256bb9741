/** The kind's steps, loaded when a plan uses the kind. */
export { planDeploy as plan } from './plan.js';
export { rollBack as rollback } from './rollback.js';
export { runDeploy as run } from './run.js';
