import { createRequire as __phasegateCreateRequire } from 'node:module';
const require = __phasegateCreateRequire(import.meta.url);
import "./chunks/cli-chunk-KHYJZ6HU.js";

// src/cli/node-version.ts
var OLDEST_NODE_MAJOR = 20;
function unsupportedNode(version) {
  const major = Number.parseInt(version, 10);
  if (Number.isNaN(major) || major >= OLDEST_NODE_MAJOR) return void 0;
  return `phasegate: Node.js ${version} is too old; phasegate needs Node.js ${OLDEST_NODE_MAJOR} or later (22 or 24 recommended).
  Install a newer Node.js (https://nodejs.org) and run the command again.
`;
}

// src/cli.ts
var tooOld = unsupportedNode(process.versions.node);
if (tooOld) {
  process.stderr.write(tooOld);
  process.exitCode = 2;
} else {
  const { main } = await import("./chunks/cli-main-VKWWFZX4.js");
  process.exitCode = await main(process.argv.slice(2));
}
