/**
 * The CLI's entry point (`phasegate`); everything happens in `main()`, which tests call directly.
 * The Node.js version is checked before the rest is loaded, so an old Node gets a sentence, not a
 * syntax error from a module it cannot read.
 */
import { unsupportedNode } from './cli/node-version.js';

const tooOld = unsupportedNode(process.versions.node);
if (tooOld) {
  process.stderr.write(tooOld);
  process.exitCode = 2;
} else {
  const { main } = await import('./cli/main.js');
  process.exitCode = await main(process.argv.slice(2));
}
