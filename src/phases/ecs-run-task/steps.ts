/** The kind's steps, loaded when a plan uses the kind. A one-off task cannot be undone. */
export { planRunTask as plan } from './plan.js';
export { runRunTask as run } from './run.js';
