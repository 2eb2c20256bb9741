/**
 * What counts as a leak, written independently of src/core/secrets.ts: the secret, any escaped
 * or encoded form a sink could write, or any 8-character fragment of those.
 */
const html = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const ENCODINGS: ((t: string) => string)[] = [
  (t) => t,
  html,
  (t) => html(t).replace(/"/g, '&quot;').replace(/'/g, '&#39;'),
  (t) => JSON.stringify(t).slice(1, -1),
  (t) => JSON.stringify(JSON.stringify(t)).slice(2, -2),
  encodeURIComponent,
  (t) => t.replace(/\|/g, '\\|'),
  (t) => html(t).replace(/\|/g, '\\|'),
];

/** Every fragment of a form of `secret` found in `text` (empty: no leak). */
export function leaks(text: string, secret: string, fragment = 8): string[] {
  const found = new Set<string>();
  for (const encode of ENCODINGS) {
    const form = encode(secret);
    if (text.includes(form)) found.add(form);
    for (let i = 0; i + fragment <= form.length; i++) {
      const piece = form.slice(i, i + fragment);
      if (text.includes(piece)) found.add(piece);
    }
  }
  return [...found];
}
