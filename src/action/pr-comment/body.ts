/**
 * The text of the plan comment: a hidden marker that finds it again on the next push, then the
 * plan's markdown, cut to fit a GitHub comment.
 *
 * GitHub refuses a longer comment body with 422 "body is too long (maximum is 65536
 * characters)" (the REST API's validation message for issue comments; the REST reference,
 * https://docs.github.com/en/rest/issues/comments, documents no other limit on `body`). The
 * length is measured here in UTF-16 code units, never fewer than characters, so a body that
 * passes here passes there.
 */

export const COMMENT_LIMIT = 65_536;

/** `<!-- phasegate plan: ca-a2a production -->`: one comment per app and environment. */
export function commentMarker(app: string, environment: string): string {
  // `--` cannot appear inside an HTML comment; the names are words, this keeps them so.
  const safe = (text: string) => text.replaceAll('--', '- -').replaceAll('>', '');
  return `<!-- phasegate plan: ${safe(app)} ${safe(environment)} -->`;
}

/** The marker and the markdown; when too long, cut at a line with a link to the full summary. */
export function commentBody(
  marker: string,
  markdown: string,
  runUrl: string | undefined,
  limit = COMMENT_LIMIT,
): string {
  const whole = `${marker}\n\n${markdown}`;
  if (whole.length <= limit) return whole;
  const where = runUrl ? `the step summary of [this run](${runUrl})` : "the run's step summary";
  const note = `\n\n---\n✂️ The plan is cut here: it is longer than a GitHub comment may be (${limit.toLocaleString('en-US')} characters). The whole plan is in ${where}.`;
  return `${cutAtLine(whole, limit - note.length)}${note}`;
}

/**
 * The longest run of whole lines that, with the code fences and `<details>` it leaves open
 * closed again, fits in `room`: the rest of the comment must not render as code.
 */
function cutAtLine(text: string, room: number): string {
  const kept: string[] = [];
  const open = { fence: '', details: 0 };
  let length = 0;
  for (const line of text.split('\n')) {
    const next = { ...open };
    track(line, next);
    const closing = closers(next);
    if (length + line.length + 1 + closing.length > room) break;
    kept.push(line);
    length += line.length + 1;
    Object.assign(open, next);
  }
  return kept.join('\n') + closers(open);
}

function track(line: string, open: { fence: string; details: number }): void {
  const trimmed = line.trim();
  if (open.fence) {
    if (trimmed === open.fence) open.fence = '';
    return;
  }
  const fence = /^(`{3,})/.exec(trimmed)?.[1];
  if (fence) open.fence = fence;
  else if (trimmed.startsWith('<details')) open.details++;
  else if (trimmed.startsWith('</details>')) open.details = Math.max(0, open.details - 1);
}

function closers(open: { fence: string; details: number }): string {
  return (open.fence ? `\n${open.fence}` : '') + '\n\n</details>'.repeat(open.details);
}
