/** The outputs an ssm-command phase writes, known before it runs (validation checks references). */
export const SSM_COMMAND_OUTPUTS = ['command-id', 'succeeded', 'failed'] as const;
export type SsmCommandOutput = (typeof SSM_COMMAND_OUTPUTS)[number];
