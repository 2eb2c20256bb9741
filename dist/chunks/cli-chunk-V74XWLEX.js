import { createRequire as __phasegateCreateRequire } from 'node:module';
const require = __phasegateCreateRequire(import.meta.url);

// src/core/text.ts
function asText(value) {
  if (value === void 0) return void 0;
  if (typeof value === "string") return value;
  if (value === null || typeof value !== "object") return String(value);
  return JSON.stringify(value);
}
function oneLine(text) {
  return text.replace(/\s*\n\s*/g, " ").trim();
}
function excerpt(text, length = 80) {
  const line = oneLine(text);
  return line.length > length ? `${line.slice(0, length - 1)}\u2026` : line;
}
function middleExcerpt(text, length) {
  const line = oneLine(text);
  if (line.length <= length) return line;
  const tail = Math.floor(length / 3);
  return `${line.slice(0, length - tail - 1)}\u2026${line.slice(line.length - tail)}`;
}
function plural(n, word, many = `${word}s`) {
  return `${n} ${wordFor(n, word, many)}`;
}
function wordFor(n, word, many = `${word}s`) {
  return n === 1 ? word : many;
}
var TASK_ID = /\b([0-9a-f]{8})[0-9a-f]{24}\b/g;
function shortTaskId(id) {
  return id.replace(TASK_ID, "$1");
}
function shortTaskIds(text) {
  return text.replace(/\btask ([0-9a-f]{32})\b/g, (_all, id) => `task ${shortTaskId(id)}`);
}

export {
  asText,
  oneLine,
  excerpt,
  middleExcerpt,
  plural,
  wordFor,
  shortTaskId,
  shortTaskIds
};
