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

/**
 * One line of at most `length` characters cut in the middle, for messages whose end matters as
 * much as their start ("CannotPullContainerError: … ref …/web:v2: not found").
 */
export function middleExcerpt(text: string, length: number): string {
  const line = oneLine(text);
  if (line.length <= length) return line;
  const tail = Math.floor(length / 3);
  return `${line.slice(0, length - tail - 1)}…${line.slice(line.length - tail)}`;
}

/**
 * "1 statement", "4 statements": every counted word goes through here. `many` is the plural when
 * it is not the word plus "s" ("phase section was" / "phase sections were").
 */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${wordFor(n, word, many)}`;
}

/** The word alone in the form a count of `n` takes: "task" for 1, "tasks" otherwise. */
export function wordFor(n: number, word: string, many = `${word}s`): string {
  return n === 1 ? word : many;
}

/** An ECS task id: 32 hex digits, the last part of the task's ARN. */
const TASK_ID = /\b([0-9a-f]{8})[0-9a-f]{24}\b/g;

/**
 * A task id as people read it: its first 8 hex digits, which tell a run's tasks apart. Outputs,
 * `--json` and console links keep the whole id.
 */
export function shortTaskId(id: string): string {
  return id.replace(TASK_ID, '$1');
}

/** Free text (an ECS service event: "has started 2 tasks: (task 3f2a…)") with short task ids. */
export function shortTaskIds(text: string): string {
  return text.replace(/\btask ([0-9a-f]{32})\b/g, (_all, id: string) => `task ${shortTaskId(id)}`);
}
