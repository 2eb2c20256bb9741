import { createRequire as __phasegateCreateRequire } from 'node:module';
const require = __phasegateCreateRequire(import.meta.url);
import {
  exportLines,
  startSandbox
} from "./cli-chunk-476EUYS5.js";
import "./cli-chunk-3WMBHACJ.js";
import "./cli-chunk-P5NTSUGJ.js";
import "./cli-chunk-V467Q2W7.js";
import "./cli-chunk-4KXVOQRE.js";
import "./cli-chunk-75MUJ4UL.js";
import "./cli-chunk-UXGSYE36.js";
import "./cli-chunk-75YOGVQ5.js";
import "./cli-chunk-V74XWLEX.js";
import "./cli-chunk-KHYJZ6HU.js";

// src/cli/sandbox-command.ts
async function serveSandbox(command, io) {
  const sandbox = await startSandbox({
    ...command.port !== void 0 ? { port: command.port } : {},
    ...command.scenario ? { scenario: command.scenario } : {},
    ...command.database ? { databaseUrl: command.database } : {}
  });
  io.stdout(`${exportLines(sandbox)}
`);
  io.stderr(
    `# sandbox listening on ${sandbox.url}; paste the lines above into a shell. Ctrl-C stops it.
`
  );
  await new Promise((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  await sandbox.close();
  return 0;
}
export {
  serveSandbox
};
