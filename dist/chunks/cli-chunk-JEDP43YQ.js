import { createRequire as __phasegateCreateRequire } from 'node:module';
const require = __phasegateCreateRequire(import.meta.url);
import {
  UserError
} from "./cli-chunk-75YOGVQ5.js";

// src/core/output-paths.ts
import { accessSync, constants, existsSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
function checkWritable(file, what) {
  const path = resolve(file);
  if (existsSync(path)) {
    if (statSync(path).isDirectory())
      throw new UserError(`${what} ${file} is a directory`, "name a file, e.g. summary.md");
    if (!writable(path))
      throw new UserError(`${what} ${file} cannot be written (permission denied)`);
    return;
  }
  const parent = nearestExisting(dirname(path));
  if (!statSync(parent).isDirectory())
    throw new UserError(`${what} ${file}: ${parent} is a file, not a directory`);
  if (!writable(parent))
    throw new UserError(`${what} ${file} cannot be created: ${parent} is not writable`);
}
function writable(path) {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
function nearestExisting(dir) {
  let at = dir;
  while (!existsSync(at) && dirname(at) !== at) at = dirname(at);
  return at;
}

export {
  checkWritable
};
