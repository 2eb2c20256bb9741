import { createRequire as __phasegateCreateRequire } from 'node:module';
const require = __phasegateCreateRequire(import.meta.url);

// src/aws/ecs/polling.ts
var MAX_THROTTLED_INTERVAL_MS = 3e4;
function slowerInterval(ms) {
  return Math.min(MAX_THROTTLED_INTERVAL_MS, ms * 2);
}

export {
  slowerInterval
};
