/** Small text helpers: values as text, one-line excerpts, counted words. */

/** A value as a check compares it: text as is, `null`, numbers and booleans as written, JSON else. */
export function asText(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value;
  if (value === null || typeof value !== 'object') return String(value);
  return JSON.stringify(value);
}

export function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

/** One line of at most `length` characters, for summaries. */
export function excerpt(text: string, length = 80): string {
  const line = oneLine(text);
  return line.length > length ? `${line.slice(0, length - 1)}…` : line;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
