/**
 * The Node.js versions the CLI runs on. Node 20 is the oldest: the code targets it (esbuild
 * `node20`, `engines` in package.json), though it is past its upstream end of life (April 2026,
 * https://nodejs.org/en/about/previous-releases) and the AWS SDK for JavaScript drops it after
 * the first week of January 2027 (https://github.com/aws/aws-sdk-js-v3/issues/7983).
 */
const OLDEST_NODE_MAJOR = 20;

/** Why this Node.js cannot run the CLI, or undefined when it can. `version` as in `process.versions.node`. */
export function unsupportedNode(version: string): string | undefined {
  const major = Number.parseInt(version, 10);
  if (Number.isNaN(major) || major >= OLDEST_NODE_MAJOR) return undefined;
  return (
    `phasegate: Node.js ${version} is too old; phasegate needs Node.js ${OLDEST_NODE_MAJOR} or later ` +
    '(22 or 24 recommended).\n  Install a newer Node.js (https://nodejs.org) and run the command again.\n'
  );
}
