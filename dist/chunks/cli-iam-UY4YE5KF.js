import { createRequire as __phasegateCreateRequire } from 'node:module';
const require = __phasegateCreateRequire(import.meta.url);
import "./cli-chunk-KHYJZ6HU.js";

// src/checks/command/iam.ts
var actions = [];
function permissions() {
  return [];
}
export {
  actions,
  permissions
};
