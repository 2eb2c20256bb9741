import { createRequire as __phasegateCreateRequire } from 'node:module';
const require = __phasegateCreateRequire(import.meta.url);
import {
  plural
} from "./cli-chunk-V74XWLEX.js";

// src/core/errors.ts
var UserError = class extends Error {
  name = "UserError";
  hint;
  constructor(message, hint) {
    super(message);
    this.hint = hint;
  }
};
var InvalidFileError = class extends UserError {
  name = "InvalidFileError";
  diagnostics;
  constructor(diagnostics) {
    const errors = diagnostics.filter((d) => d.severity === "error");
    super(`${plural(errors.length, "mistake")} found`);
    this.diagnostics = diagnostics;
  }
};
var PhaseFailure = class extends UserError {
  name = "PhaseFailure";
  details;
  outputs;
  /** What AWS goes on doing after the phase stopped waiting: "ECS goes on rolling out …". */
  goesOn;
  constructor(message, options = {}) {
    super(message, options.hint);
    if (options.cause !== void 0) this.cause = options.cause;
    this.details = options.details;
    this.outputs = options.outputs ?? {};
    this.goesOn = options.goesOn;
  }
};
function formatDiagnostic(d) {
  const where = d.position ? `${d.position.file}:${d.position.line}:${d.position.column}: ` : "";
  const hint = d.hint ? `
    ${d.hint}` : "";
  return `${where}${d.severity}: ${d.message}${hint}`;
}
var BUG_NOTE = "this is a bug in phasegate, please report it";
function bugReport(error, what = "phasegate hit an unexpected error") {
  const stack = error instanceof Error ? error.stack ?? error.message : String(error);
  return `${what}; ${BUG_NOTE}:
${stack}`;
}

export {
  UserError,
  InvalidFileError,
  PhaseFailure,
  formatDiagnostic,
  BUG_NOTE,
  bugReport
};
