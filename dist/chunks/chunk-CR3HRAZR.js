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
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

// src/core/markdown.ts
function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function cell(text) {
  return escapeHtml(oneLine(String(text ?? ""))).replace(/\|/g, "\\|");
}
function table(headers, rows) {
  return [
    `| ${headers.join(" | ")} |`,
    `| ${headers.map(() => "---").join(" | ")} |`,
    ...rows.map((row) => `| ${row.map(cell).join(" | ")} |`)
  ].join("\n");
}
function fenced(text, language = "text") {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  return `${fence}${language}
${text}
${fence}`;
}

export {
  asText,
  oneLine,
  excerpt,
  plural,
  escapeHtml,
  cell,
  table,
  fenced
};
