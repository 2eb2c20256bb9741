import { createRequire as __phasegateCreateRequire } from 'node:module';
const require = __phasegateCreateRequire(import.meta.url);
import {
  prepareMigrations
} from "./cli-chunk-66RG3TEY.js";
import {
  LINT_RULE_IDS,
  findingToDiagnostic,
  lintMigrations
} from "./cli-chunk-U3OTYJXE.js";
import {
  isPlainObject,
  isTemplate
} from "./cli-chunk-4KXVOQRE.js";
import "./cli-chunk-75MUJ4UL.js";
import {
  locate,
  shownPath
} from "./cli-chunk-N2YYZX6X.js";
import {
  UserError
} from "./cli-chunk-75YOGVQ5.js";
import "./cli-chunk-V74XWLEX.js";
import "./cli-chunk-KHYJZ6HU.js";

// src/phases/migrate/check-files.ts
var DEFAULT_DIRECTORY = "migrations";
async function checkMigrationFiles(settings, context) {
  if (!isPlainObject(settings)) return [];
  const written = settings.directory;
  const directory = written ?? DEFAULT_DIRECTORY;
  if (typeof directory !== "string" || isTemplate(directory)) return [];
  const found = await locate(directory, context.planFile, {
    kind: "directory",
    name: "the migrations directory"
  }).catch((e) => e instanceof UserError ? e : Promise.reject(e));
  if (found instanceof UserError) return [missingDirectory(found, written, context)];
  const prepared = await prepareMigrations(shownPath(found));
  const findings = lintMigrations(
    prepared.migrations.map((m) => ({ path: m.path, statements: m.statements })),
    { failOn: failOnOf(settings["fail-on"]) }
  );
  return [...prepared.diagnostics, ...findings.map(asWarning)];
}
function asWarning(finding) {
  const d = findingToDiagnostic({ ...finding, severity: "warning" });
  if (finding.severity !== "error") return d;
  return {
    ...d,
    hint: `${d.hint}; the run refuses it while this file is pending (${finding.rule} is in fail-on): rewrite the statement before it is applied, or remove ${finding.rule} from fail-on`
  };
}
function missingDirectory(error, written, context) {
  const hint = written ? error.hint : `${error.hint}; without directory: the phase reads ${DEFAULT_DIRECTORY}/ (write directory: PATH)`;
  return {
    severity: "error",
    message: error.message,
    position: context.at(written === void 0 ? [] : ["directory"]),
    ...hint ? { hint } : {}
  };
}
function failOnOf(value) {
  const ids = LINT_RULE_IDS;
  return Array.isArray(value) ? value.filter((id) => typeof id === "string" && ids.includes(id)) : [];
}
export {
  checkMigrationFiles
};
