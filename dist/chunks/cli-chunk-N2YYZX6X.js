import { createRequire as __phasegateCreateRequire } from 'node:module';
const require = __phasegateCreateRequire(import.meta.url);
import {
  UserError
} from "./cli-chunk-75YOGVQ5.js";

// src/core/paths.ts
import { stat } from "node:fs/promises";
import { dirname, isAbsolute, relative, resolve, sep } from "node:path";
function candidatePaths(path, planFile, cwd = process.cwd()) {
  if (isAbsolute(path)) return [path];
  const fromPlan = resolve(dirname(planFile), path);
  const fromCwd = resolve(cwd, path);
  return fromPlan === fromCwd ? [fromPlan] : [fromPlan, fromCwd];
}
async function locate(path, planFile, what) {
  const candidates = candidatePaths(path, planFile);
  for (const candidate of candidates) {
    const found = await stat(candidate).catch(() => void 0);
    if (what.kind === "file" ? found?.isFile() : found?.isDirectory()) return candidate;
  }
  throw new UserError(`${what.name} ${path} not found`, `looked at ${candidates.join(" and ")}`);
}
function shownPath(path, base = process.cwd()) {
  const inside = relative(base, resolve(base, path));
  if (inside === "") return ".";
  return inside.startsWith(`..${sep}`) || inside === ".." || isAbsolute(inside) ? path : inside;
}

export {
  candidatePaths,
  locate,
  shownPath
};
