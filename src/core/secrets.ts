/**
 * Every secret phasegate learns (SecureString values, passwords, secret headers) is registered
 * here. The action also hands it to `core.setSecret`; the CLI has no runner to mask its output,
 * so every log line, summary, output and error message passes through `mask` before it leaves.
 */
/** Names of headers, parameters and variables whose values are treated as secrets. */
export const SECRET_NAME = /authorization|token|key|secret|cookie|password|credential/i;

export class Secrets {
  private readonly values = new Set<string>();

  constructor(private readonly onAdd: (value: string) => void = () => {}) {}

  add(value: string): void {
    // Very short values would mask ordinary words everywhere; AWS secrets are never this short.
    if (value.length < 3 || this.values.has(value)) return;
    this.values.add(value);
    this.onAdd(value);
    // A multi-line secret also leaks line by line, so mask each line on its own too.
    for (const line of value.split(/\r?\n/))
      if (line.trim().length >= 3 && line !== value) this.add(line.trim());
  }

  mask(text: string): string {
    let out = text;
    // Longest first, so a secret that contains another is masked whole.
    for (const value of [...this.values].sort((a, b) => b.length - a.length))
      out = out.split(value).join('***');
    return out;
  }
}
