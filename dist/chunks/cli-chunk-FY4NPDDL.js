import { createRequire as __phasegateCreateRequire } from 'node:module';
const require = __phasegateCreateRequire(import.meta.url);
import {
  escapeHtml
} from "./cli-chunk-2SUYFAK7.js";
import {
  excerpt
} from "./cli-chunk-V74XWLEX.js";

// src/core/secret-forms.ts
var ESCAPES = [
  // The summary's own escaping (core/markdown.ts), and the full one other HTML writers use.
  escapeHtml,
  (text) => escapeHtml(text).replace(/"/g, "&quot;").replace(/'/g, "&#39;"),
  (text) => escapeHtml(text).replace(/"/g, "&quot;").replace(/'/g, "&#x27;"),
  // Inside a JSON string: `--json`, the `result` output, error messages quoting JSON.
  (text) => JSON.stringify(text).slice(1, -1),
  encodeURIComponent,
  // Markdown table cells escape pipes.
  (text) => text.replace(/\|/g, "\\|")
];
function secretForms(secret) {
  const forms = /* @__PURE__ */ new Set([secret]);
  for (const first of ESCAPES) {
    const once = first(secret);
    forms.add(once);
    for (const second of ESCAPES) forms.add(second(once));
  }
  return [...forms];
}

// src/core/secrets.ts
var MASK = "***";
var FRAGMENT = 8;
var SHORTEST = 3;
var SECRET_NAME = /authorization|token|key|secret|cookie|password|credential/i;
var Secrets = class {
  constructor(onAdd = () => {
  }) {
    this.onAdd = onAdd;
  }
  onAdd;
  /** Every form of every secret, exact; what the action hands to `core.setSecret`. */
  forms = /* @__PURE__ */ new Set();
  /**
   * Forms matched exactly, longest first: those registered without fragments go before the
   * window scan (so "Bearer <token>" is masked whole, not as "Bearer ***"), forms shorter than
   * a window after it (so one inside a longer secret does not split that secret's windows).
   */
  whole = [];
  short = [];
  /** Every 8-character window of every long form, and the first characters they start with. */
  windows = /* @__PURE__ */ new Set();
  starts = /* @__PURE__ */ new Set();
  add(value, options = {}) {
    if (value.length < SHORTEST) return;
    const fragments = options.fragments !== false && value.length >= FRAGMENT;
    for (const form of secretForms(value)) this.addForm(form, fragments);
    for (const line of value.split(/\r?\n/)) {
      const trimmed = line.trim();
      if (trimmed !== value && trimmed.length >= SHORTEST) this.add(trimmed, options);
    }
  }
  mask(text) {
    if (this.forms.size === 0 || text.length < SHORTEST) return text;
    let out = replaceAll(text, this.whole);
    if (this.windows.size > 0) out = this.maskWindows(out);
    return replaceAll(out, this.short);
  }
  /** Every string inside a JSON-able value masked, before it is serialized (and masked again). */
  maskValues(value) {
    if (typeof value === "string") return this.mask(value);
    if (Array.isArray(value)) return value.map((v) => this.maskValues(v));
    if (value && typeof value === "object")
      return Object.fromEntries(
        Object.entries(value).map(([k, v]) => [this.mask(k), this.maskValues(v)])
      );
    return value;
  }
  /** Mask first, then shorten: a cut must never leave a secret's prefix visible. */
  excerpt(text, length) {
    return excerpt(this.mask(text), length);
  }
  addForm(form, fragments) {
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
  maskWindows(text) {
    let out = "";
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
};
function replaceAll(text, forms) {
  let out = text;
  for (const form of forms) if (out.includes(form)) out = out.split(form).join(MASK);
  return out;
}
function longestFirst(forms) {
  return forms.sort((a, b) => b.length - a.length);
}

export {
  SECRET_NAME,
  Secrets
};
