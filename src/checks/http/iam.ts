/** The `http` check calls the address it is given, never an AWS API: no IAM permission. */
export const actions: readonly string[] = [];

export function permissions(): [] {
  return [];
}
