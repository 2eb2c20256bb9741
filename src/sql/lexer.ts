/**
 * A PostgreSQL tokenizer just deep enough to split a migration file into statements and to
 * read a statement's leading keywords: it knows every way PostgreSQL hides a semicolon (quoted
 * text, identifiers, dollar-quoted bodies, comments) and nothing about grammar. It never throws:
 * an unterminated string or comment runs to the end of the text and is marked `unterminated`.
 *
 * Assumes `standard_conforming_strings = on` (the default since PostgreSQL 9.1): a backslash is
 * an escape only inside `E'…'` strings.
 */

export type TokenKind =
  | 'word'
  | 'quoted-identifier'
  | 'string'
  | 'dollar-string'
  | 'parameter'
  | 'number'
  | 'symbol'
  | 'semicolon'
  | 'line-comment'
  | 'block-comment';

export interface Token {
  kind: TokenKind;
  /** The token as written, quotes and comment markers included. */
  text: string;
  /** Offsets into the tokenized text: `text === source.slice(start, end)`. */
  start: number;
  end: number;
  /** 1-based, like editors; a column counts UTF-16 code units. */
  line: number;
  column: number;
  /** Set on a string, identifier, dollar body or block comment that reaches the end of the text. */
  unterminated?: true;
}

export function isComment(token: Token): boolean {
  return token.kind === 'line-comment' || token.kind === 'block-comment';
}

/** The keyword a token spells, upper-cased, or undefined when it is not a bare word. */
export function keyword(token: Token | undefined): string | undefined {
  return token?.kind === 'word' ? token.text.toUpperCase() : undefined;
}

const WORD_START = /[A-Za-z_\u0080-\uffff]/;
const WORD_PART = /[A-Za-z0-9_$\u0080-\uffff]/;
const DIGIT = /[0-9]/;
const NUMBER_PART = /[0-9A-Za-z_.]/;
const DOLLAR_TAG = /\$(?:[A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/y;

interface Scan {
  kind: TokenKind;
  end: number;
  unterminated?: boolean;
}

/** Offsets where each line starts; CRLF, LF and a lone CR all end a line. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

function lineIndexOf(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

function scanLineComment(text: string, i: number): Scan {
  let end = i + 2;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  return { kind: 'line-comment', end };
}

/** Block comments nest in PostgreSQL, unlike in C. */
function scanBlockComment(text: string, i: number): Scan {
  let depth = 0;
  let at = i;
  while (at < text.length) {
    if (text.startsWith('/*', at)) {
      depth++;
      at += 2;
    } else if (text.startsWith('*/', at)) {
      depth--;
      at += 2;
      if (depth === 0) return { kind: 'block-comment', end: at };
    } else at++;
  }
  return { kind: 'block-comment', end: text.length, unterminated: true };
}

/** A quoted run where the quote is escaped by doubling it (and, in E'' strings, by a backslash). */
function scanQuoted(text: string, i: number, kind: TokenKind, backslashEscapes: boolean): Scan {
  const quote = text[i];
  let at = i + 1;
  while (at < text.length) {
    const c = text[at];
    if (backslashEscapes && c === '\\') at += 2;
    else if (c === quote && text[at + 1] === quote) at += 2;
    else if (c === quote) return { kind, end: at + 1 };
    else at++;
  }
  return { kind, end: text.length, unterminated: true };
}

/** `$$…$$` or `$tag$…$tag$`; a `$` that opens no tag is a parameter (`$1`) or a lone symbol. */
function scanDollar(text: string, i: number): Scan {
  DOLLAR_TAG.lastIndex = i;
  const tag = DOLLAR_TAG.exec(text)?.[0];
  if (tag === undefined) {
    let end = i + 1;
    while (end < text.length && DIGIT.test(text[end] ?? '')) end++;
    return { kind: end > i + 1 ? 'parameter' : 'symbol', end };
  }
  const close = text.indexOf(tag, i + tag.length);
  if (close < 0) return { kind: 'dollar-string', end: text.length, unterminated: true };
  return { kind: 'dollar-string', end: close + tag.length };
}

function scanWhile(text: string, i: number, part: RegExp): number {
  let end = i + 1;
  while (end < text.length && part.test(text[end] ?? '')) end++;
  return end;
}

function scanWord(text: string, i: number): Scan {
  const end = scanWhile(text, i, WORD_PART);
  // E'…' (and e'…') is one token: a string in which backslash escapes the quote.
  if (end === i + 1 && (text[i] === 'E' || text[i] === 'e') && text[end] === "'") {
    return scanQuoted(text, end, 'string', true);
  }
  return { kind: 'word', end };
}

function scanAt(text: string, i: number): Scan {
  const c = text[i] ?? '';
  if (c === '-' && text[i + 1] === '-') return scanLineComment(text, i);
  if (c === '/' && text[i + 1] === '*') return scanBlockComment(text, i);
  if (c === "'") return scanQuoted(text, i, 'string', false);
  if (c === '"') return scanQuoted(text, i, 'quoted-identifier', false);
  if (c === '$') return scanDollar(text, i);
  if (c === ';') return { kind: 'semicolon', end: i + 1 };
  if (WORD_START.test(c)) return scanWord(text, i);
  if (DIGIT.test(c)) return { kind: 'number', end: scanWhile(text, i, NUMBER_PART) };
  return { kind: 'symbol', end: i + 1 };
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
}

/** Every token of `text` in order, comments included, whitespace left out. */
export function tokenize(text: string): Token[] {
  const starts = lineStarts(text);
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    if (isSpace(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const scan = scanAt(text, i);
    const lineIndex = lineIndexOf(starts, i);
    tokens.push({
      kind: scan.kind,
      text: text.slice(i, scan.end),
      start: i,
      end: scan.end,
      line: lineIndex + 1,
      column: i - (starts[lineIndex] ?? 0) + 1,
      ...(scan.unterminated ? { unterminated: true as const } : {}),
    });
    i = scan.end;
  }
  return tokens;
}
