/**
 * What differs between two texts, line by line, in the unified form people read in reviews:
 * `-` for a line only in the first, `+` for one only in the second, a line of context around
 * each change. Meant for files of a few hundred lines (the LCS table is lines × lines).
 */

export interface LineDiffOptions {
  /** Unchanged lines shown before and after each change. */
  context?: number;
  /** At most this many lines of output; the rest is counted, not shown. */
  maxLines?: number;
}

type Op = { kind: ' ' | '-' | '+'; text: string };

/** The differing lines with their context; empty when the texts are equal. */
export function lineDiff(before: string, after: string, options: LineDiffOptions = {}): string {
  const { context = 1, maxLines = 40 } = options;
  const ops = diffOps(before.split('\n'), after.split('\n'));
  const near = nearChange(ops, context);
  const lines: string[] = [];
  ops.forEach((op, i) => {
    if (!near[i]) {
      if (lines.at(-1) !== '@@') lines.push('@@');
      return;
    }
    lines.push(`${op.kind}${op.text}`);
  });
  while (lines[0] === '@@') lines.shift();
  while (lines.at(-1) === '@@') lines.pop();
  if (!ops.some((op) => op.kind !== ' ')) return '';
  if (lines.length <= maxLines) return lines.join('\n');
  return [...lines.slice(0, maxLines), `… ${lines.length - maxLines} more lines`].join('\n');
}

/** The longest common subsequence, walked into keep / remove / add operations. */
function diffOps(a: string[], b: string[]): Op[] {
  const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      const row = lcs[i] as number[];
      row[j] =
        a[i] === b[j]
          ? (lcs[i + 1]?.[j + 1] ?? 0) + 1
          : Math.max(lcs[i + 1]?.[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      ops.push({ kind: ' ', text: a[i++] as string });
      j++;
    } else if (
      i < a.length &&
      (j >= b.length || (lcs[i + 1]?.[j] ?? 0) >= (lcs[i]?.[j + 1] ?? 0))
    ) {
      ops.push({ kind: '-', text: a[i++] as string });
    } else {
      ops.push({ kind: '+', text: b[j++] as string });
    }
  }
  return ops;
}

/** Which operations are a change or within `context` lines of one. */
function nearChange(ops: Op[], context: number): boolean[] {
  const near = ops.map(() => false);
  ops.forEach((op, i) => {
    if (op.kind === ' ') return;
    for (let k = Math.max(0, i - context); k <= Math.min(ops.length - 1, i + context); k++)
      near[k] = true;
  });
  return near;
}
