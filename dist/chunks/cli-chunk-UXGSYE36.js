import { createRequire as __phasegateCreateRequire } from 'node:module';
const require = __phasegateCreateRequire(import.meta.url);

// src/core/fargate-sizes.ts
var GB = 1024;
function steps(fromGb, toGb, stepGb) {
  const list = [];
  for (let gb = fromGb; gb <= toGb; gb += stepGb) list.push(gb * GB);
  return list;
}
var FARGATE_SIZES = [
  { cpu: 256, memory: [512, 1 * GB, 2 * GB], windows: false },
  { cpu: 512, memory: steps(1, 4, 1), windows: false },
  { cpu: 1024, memory: steps(2, 8, 1), windows: true },
  { cpu: 2048, memory: steps(4, 16, 1), windows: true },
  { cpu: 4096, memory: steps(8, 30, 1), windows: true },
  { cpu: 8192, memory: steps(16, 60, 4), windows: false },
  { cpu: 16384, memory: steps(32, 120, 8), windows: false }
];
function fargateSizes(windows) {
  return windows ? FARGATE_SIZES.filter((s) => s.windows) : FARGATE_SIZES;
}
function cpuUnits(value) {
  return amount(value, /^(\d+(?:\.\d+)?)\s*vcpu$/i, 1024);
}
function memoryMiB(value) {
  return amount(value, /^(\d+(?:\.\d+)?)\s*gb$/i, GB);
}
function amount(value, unit, factor) {
  if (typeof value === "number") return Number.isInteger(value) ? value : void 0;
  if (typeof value !== "string") return void 0;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text);
  const scaled = unit.exec(text);
  if (!scaled) return void 0;
  const result = Number(scaled[1]) * factor;
  return Number.isInteger(result) ? result : void 0;
}
function memoryListText(list) {
  if (list.length <= 4) return list.map(String).join(", ");
  const first = list[0] ?? 0;
  const step = (list[1] ?? first) - first;
  return `${first} to ${list.at(-1)} in steps of ${step} (MiB)`;
}

export {
  fargateSizes,
  cpuUnits,
  memoryMiB,
  memoryListText
};
