import { createRequire as __phasegateCreateRequire } from 'node:module';
const require = __phasegateCreateRequire(import.meta.url);

// src/core/line-diff.ts
function lineDiff(before, after, options = {}) {
  const { context = 1, maxLines = 40 } = options;
  const ops = diffOps(before.split("\n"), after.split("\n"));
  const near = nearChange(ops, context);
  const lines = [];
  ops.forEach((op, i) => {
    if (!near[i]) {
      if (lines.at(-1) !== "@@") lines.push("@@");
      return;
    }
    lines.push(`${op.kind}${op.text}`);
  });
  while (lines[0] === "@@") lines.shift();
  while (lines.at(-1) === "@@") lines.pop();
  if (!ops.some((op) => op.kind !== " ")) return "";
  if (lines.length <= maxLines) return lines.join("\n");
  return [...lines.slice(0, maxLines), `\u2026 ${lines.length - maxLines} more lines`].join("\n");
}
function diffOps(a, b) {
  const lcs = Array.from({ length: a.length + 1 }, () => new Array(b.length + 1).fill(0));
  for (let i2 = a.length - 1; i2 >= 0; i2--) {
    for (let j2 = b.length - 1; j2 >= 0; j2--) {
      const row = lcs[i2];
      row[j2] = a[i2] === b[j2] ? (lcs[i2 + 1]?.[j2 + 1] ?? 0) + 1 : Math.max(lcs[i2 + 1]?.[j2] ?? 0, row[j2 + 1] ?? 0);
    }
  }
  const ops = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      ops.push({ kind: " ", text: a[i++] });
      j++;
    } else if (i < a.length && (j >= b.length || (lcs[i + 1]?.[j] ?? 0) >= (lcs[i]?.[j + 1] ?? 0))) {
      ops.push({ kind: "-", text: a[i++] });
    } else {
      ops.push({ kind: "+", text: b[j++] });
    }
  }
  return ops;
}
function nearChange(ops, context) {
  const near = ops.map(() => false);
  ops.forEach((op, i) => {
    if (op.kind === " ") return;
    for (let k = Math.max(0, i - context); k <= Math.min(ops.length - 1, i + context); k++)
      near[k] = true;
  });
  return near;
}

export {
  lineDiff
};
