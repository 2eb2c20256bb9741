/**
 * Every secret phasegate learns (SecureString values, passwords, secret headers, env vars named
 * in the plan's `secrets:`) is registered here, and every sink (terminal, Actions log, step
 * summary, outputs, `--json`, annotations) passes its final text through `mask`.
 *
 * Exact matching alone is not enough: sinks escape text (HTML in the summary, JSON in `--json`
 * and the `result` output, `\|` in table cells, URL encoding in links), and excerpts shorten it.
 * So each secret is registered with its escaped forms, and any run of text made of 8-character
 * windows of a form is masked: no 8-character fragment of a secret reaches a sink.
 */
import { secretForms } from './secret-forms.js';
import { excerpt } from './text.js';

export const MASK = '***';
/** The shortest fragment that counts as a leak; also the window length of the scan. */
export const FRAGMENT = 8;
/** Very short values would mask ordinary words everywhere; AWS secrets are never this short. */
const SHORTEST = 3;

export interface AddOptions {
  /**
   * Mask 8-character fragments too (default). Off for a whole JSON SecretString, whose keys
   * (`"username":"`) would otherwise mask ordinary words; its values are registered on their own.
   */
  fragments?: boolean;
}

/** Names of headers, parameters and variables whose values are treated as secrets. */
export const SECRET_NAME = /authorization|token|key|secret|cookie|password|credential/i;

export class Secrets {
  /** Every form of every secret, exact; what the action hands to `core.setSecret`. */
  private readonly forms = new Set<string>();
  /**
   * Forms matched exactly, longest first: those registered without fragments go before the
   * window scan (so "Bearer <token>" is masked whole, not as "Bearer ***"), forms shorter than
   * a window after it (so one inside a longer secret does not split that secret's windows).
   */
  private whole: string[] = [];
  private short: string[] = [];
  /** Every 8-character window of every long form, and the first characters they start with. */
  private readonly windows = new Set<string>();
  private readonly starts = new Set<number>();

  constructor(private readonly onAdd: (value: string) => void = () => {}) {}

  add(value: string, options: AddOptions = {}): void {
    if (value.length < SHORTEST) return;
    const fragments = options.fragments !== false && value.length >= FRAGMENT;
    for (const form of secretForms(value)) this.addForm(form, fragments);
    // A multi-line secret also leaks line by line (cells join lines with a space), so each line
    // is a secret of its own.
    for (const line of value.split(/\r?\n/)) {
      const trimmed = line.trim();
      if (trimmed !== value && trimmed.length >= SHORTEST) this.add(trimmed, options);
    }
  }

  mask(text: string): string {
    if (this.forms.size === 0 || text.length < SHORTEST) return text;
    let out = replaceAll(text, this.whole);
    if (this.windows.size > 0) out = this.maskWindows(out);
    return replaceAll(out, this.short);
  }

  /** Every string inside a JSON-able value masked, before it is serialized (and masked again). */
  maskValues<T>(value: T): T {
    if (typeof value === 'string') return this.mask(value) as T;
    if (Array.isArray(value)) return value.map((v) => this.maskValues(v)) as T;
    if (value && typeof value === 'object')
      return Object.fromEntries(
        Object.entries(value).map(([k, v]) => [this.mask(k), this.maskValues(v)]),
      ) as T;
    return value;
  }

  /** Mask first, then shorten: a cut must never leave a secret's prefix visible. */
  excerpt(text: string, length?: number): string {
    return excerpt(this.mask(text), length);
  }

  private addForm(form: string, fragments: boolean): void {
    if (form.length < SHORTEST || this.forms.has(form)) return;
    this.forms.add(form);
    this.onAdd(form);
    if (fragments && form.length >= FRAGMENT) {
      for (let i = 0; i + FRAGMENT <= form.length; i++) {
        this.windows.add(form.slice(i, i + FRAGMENT));
        this.starts.add(form.charCodeAt(i));
      }
    } else if (form.length >= FRAGMENT) {
      this.whole = longestFirst([...this.whole, form]);
    } else {
      this.short = longestFirst([...this.short, form]);
    }
  }

  /**
   * One pass over the text: each position whose 8 characters are a window of a secret is
   * covered, and each run of covered characters becomes one mask. The first-character set
   * skips most positions without a substring, which keeps a 1 MiB summary fast.
   */
  private maskWindows(text: string): string {
    let out = '';
    let copied = 0;
    let runStart = -1;
    let runEnd = -1;
    for (let i = 0; i + FRAGMENT <= text.length; i++) {
      if (!this.starts.has(text.charCodeAt(i))) continue;
      if (!this.windows.has(text.slice(i, i + FRAGMENT))) continue;
      if (i <= runEnd) {
        runEnd = i + FRAGMENT;
        continue;
      }
      if (runStart >= 0) out += text.slice(copied, runStart) + MASK;
      copied = runEnd === -1 ? 0 : runEnd;
      runStart = i;
      runEnd = i + FRAGMENT;
    }
    if (runStart < 0) return text;
    return out + text.slice(copied, runStart) + MASK + text.slice(runEnd);
  }
}

function replaceAll(text: string, forms: readonly string[]): string {
  let out = text;
  for (const form of forms) if (out.includes(form)) out = out.split(form).join(MASK);
  return out;
}

function longestFirst(forms: string[]): string[] {
  return forms.sort((a, b) => b.length - a.length);
}
