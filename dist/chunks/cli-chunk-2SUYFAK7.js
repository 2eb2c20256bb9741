import { createRequire as __phasegateCreateRequire } from 'node:module';
const require = __phasegateCreateRequire(import.meta.url);
import {
  oneLine
} from "./cli-chunk-V74XWLEX.js";

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
function markdownAsText(markdown) {
  const out = [];
  let rows = [];
  const flush = () => {
    if (rows.length > 0) out.push(...alignedRows(rows));
    rows = [];
  };
  for (const line of markdown.split("\n")) {
    if (/^\s*\|.*\|\s*$/.test(line)) {
      if (!/^\s*\|(\s*:?-+:?\s*\|)+\s*$/.test(line)) rows.push(tableCells(line));
      continue;
    }
    flush();
    if (/^\s*(`{3,}|<\/?(details|summary)\b)/.test(line)) continue;
    out.push(inlineText(line.replace(/^> ?/, "  ").replace(/\s{2}$/, "")));
  }
  flush();
  return out.join("\n").replace(/\n{3,}/g, "\n\n");
}
function tableCells(line) {
  const inner = line.trim().slice(1, -1);
  return inner.split(/(?<!\\)\|/).map((c) => inlineText(c.trim().replace(/\\\|/g, "|")));
}
function alignedRows(rows) {
  const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  return rows.map(
    (r) => r.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ").trimEnd()
  );
}
function inlineText(text) {
  return text.replace(/\[([^\]]*)\]\(([^)]*)\)/g, "$1 ($2)").replace(/\*\*([^*]*)\*\*/g, "$1").replace(/`+([^`]*)`+/g, "$1").replace(/<br>/g, ", ").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

export {
  escapeHtml,
  cell,
  table,
  fenced,
  markdownAsText
};
