/** The kind's steps, loaded when a plan uses the kind. A script cannot be undone. */
export { planSsmCommand as plan } from './plan.js';
export { runSsmCommand as run } from './run.js';
