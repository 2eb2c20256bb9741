/**
 * Reads SQL text the way the Data API must before sending it: finds `:name` placeholders (turned
 * into PostgreSQL's `$n`) and statement-ending semicolons, skipping quoted text, comments,
 * `::` casts and `BEGIN ATOMIC … END` bodies, where neither means anything.
 */

export interface TranslatedSql {
  /** The SQL with `:name` replaced by `$1`, `$2`, … (a name used twice keeps one number). */
  text: string;
  /** Parameter names in `$n` order. */
  names: string[];
  /** How many statements the text holds (empty ones between semicolons are not counted). */
  statements: number;
}

const IDENT_START = /[A-Za-z_]/;
const IDENT_PART = /[A-Za-z0-9_$]/;

export function translateSql(sql: string): TranslatedSql {
  const scan = new Scanner(sql);
  scan.run();
  return { text: scan.out, names: scan.names, statements: scan.statements };
}

class Scanner {
  out = '';
  names: string[] = [];
  statements = 0;
  private i = 0;
  /** Whether the current statement has any content yet. */
  private content = false;
  /** Depth of `BEGIN ATOMIC` bodies (and `CASE` inside them, which also ends with END). */
  private atomicDepth = 0;
  private lastWord = '';

  constructor(private readonly sql: string) {}

  run(): void {
    while (this.i < this.sql.length) this.step();
    if (this.content) this.statements++;
  }

  private step(): void {
    const c = this.sql[this.i] as string;
    const next = this.sql[this.i + 1];
    if (c === '-' && next === '-') this.copyUntil('\n', false);
    else if (c === '/' && next === '*') this.blockComment();
    else {
      this.content ||= !/\s/.test(c) && c !== ';';
      this.token(c, next);
    }
  }

  private token(c: string, next: string | undefined): void {
    if (c === "'") this.quoted("'", this.isEscapeString());
    else if (c === '"') this.quoted('"', false);
    else if (c === '$' && this.dollarQuote()) return;
    else if (c === ':' && next === ':') this.copy(2);
    else if (c === ':' && next !== undefined && IDENT_START.test(next)) this.placeholder();
    else if (c === ';' && this.atomicDepth === 0) this.endStatement();
    else if (IDENT_START.test(c)) this.word();
    else this.copy(1);
  }

  private copy(n: number): void {
    this.out += this.sql.slice(this.i, this.i + n);
    this.i += n;
  }

  private copyUntil(end: string, inclusive: boolean): void {
    const at = this.sql.indexOf(end, this.i + 1);
    const stop = at < 0 ? this.sql.length : at + (inclusive ? end.length : 0);
    this.copy(stop - this.i);
  }

  private endStatement(): void {
    if (this.content) this.statements++;
    this.content = false;
    this.copy(1);
  }

  private blockComment(): void {
    let depth = 0;
    const start = this.i;
    while (this.i < this.sql.length) {
      if (this.sql.startsWith('/*', this.i)) {
        depth++;
        this.i += 2;
      } else if (this.sql.startsWith('*/', this.i)) {
        depth--;
        this.i += 2;
        if (depth === 0) break;
      } else this.i++;
    }
    this.out += this.sql.slice(start, this.i);
  }

  /** `E'…'` strings take backslash escapes; standard strings only double the quote. */
  private isEscapeString(): boolean {
    const before = this.sql[this.i - 1];
    const beforeThat = this.sql[this.i - 2];
    return (before === 'E' || before === 'e') && !(beforeThat && IDENT_PART.test(beforeThat));
  }

  private quoted(quote: string, backslashEscapes: boolean): void {
    const start = this.i;
    this.i++;
    while (this.i < this.sql.length) {
      const c = this.sql[this.i];
      if (backslashEscapes && c === '\\') this.i += 2;
      else if (c === quote && this.sql[this.i + 1] === quote) this.i += 2;
      else if (c === quote) {
        this.i++;
        break;
      } else this.i++;
    }
    this.out += this.sql.slice(start, this.i);
  }

  private dollarQuote(): boolean {
    const tag = /^\$(?:[A-Za-z_][A-Za-z0-9_]*)?\$/.exec(this.sql.slice(this.i))?.[0];
    const before = this.sql[this.i - 1];
    if (!tag || (before && IDENT_PART.test(before))) return false;
    const end = this.sql.indexOf(tag, this.i + tag.length);
    const stop = end < 0 ? this.sql.length : end + tag.length;
    this.copy(stop - this.i);
    return true;
  }

  private placeholder(): void {
    let end = this.i + 1;
    while (end < this.sql.length && IDENT_PART.test(this.sql[end] as string)) end++;
    const name = this.sql.slice(this.i + 1, end);
    let index = this.names.indexOf(name);
    if (index < 0) index = this.names.push(name) - 1;
    this.out += `$${index + 1}`;
    this.i = end;
  }

  private word(): void {
    let end = this.i;
    while (end < this.sql.length && IDENT_PART.test(this.sql[end] as string)) end++;
    const word = this.sql.slice(this.i, end).toUpperCase();
    if (word === 'ATOMIC' && this.lastWord === 'BEGIN') this.atomicDepth++;
    else if (word === 'CASE' && this.atomicDepth > 0) this.atomicDepth++;
    else if (word === 'END' && this.atomicDepth > 0) this.atomicDepth--;
    this.lastWord = word;
    this.copy(end - this.i);
  }
}
