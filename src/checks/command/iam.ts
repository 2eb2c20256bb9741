/**
 * The `command` check runs a program on the runner; phasegate calls no AWS API for it. The
 * program uses whatever the runner's credentials allow, which this policy does not cover.
 */
export const actions: readonly string[] = [];

export function permissions(): [] {
  return [];
}
