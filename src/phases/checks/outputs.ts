/** The outputs a checks phase writes, known before it runs (validation checks references). */
export const CHECKS_OUTPUTS = ['passed', 'failed'] as const;
export type ChecksOutput = (typeof CHECKS_OUTPUTS)[number];
