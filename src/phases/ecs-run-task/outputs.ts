/**
 * The outputs an ecs-run-task phase writes, known before it runs (validation checks
 * references). `exit-code` and `task-definition-arn` are written when known.
 */
export const ECS_RUN_TASK_OUTPUTS = [
  'task-arn',
  'task-arns',
  'exit-code',
  'task-definition-arn',
] as const;
export type EcsRunTaskOutput = (typeof ECS_RUN_TASK_OUTPUTS)[number];
