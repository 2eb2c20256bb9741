/** What `phasegate workflow` settles before generating: paths, the action, names. */
import type { ActionRef } from './action-ref.js';

export interface WorkflowOptions {
  /** The plan as the jobs name it: relative to the repository root, with `/`. */
  planPath: string;
  action: ActionRef;
  /** The repository or environment variable that holds the ARN of the role to assume. */
  roleVariable: string;
  /** The environment a tag push releases to; workflow_dispatch asks for one. */
  tagEnvironment: string;
  /** The command that writes this workflow again, named in its header. */
  command: string;
}
