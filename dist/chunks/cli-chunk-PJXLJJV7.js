import { createRequire as __phasegateCreateRequire } from 'node:module';
const require = __phasegateCreateRequire(import.meta.url);

// src/core/plan-view.ts
function planItem(line, facts = [], blocks = []) {
  return { line, facts, blocks };
}

export {
  planItem
};
