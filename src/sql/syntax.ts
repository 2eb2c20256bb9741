/**
 * Small readers over a statement's tokens (comments already removed by the splitter), shared by
 * the transaction classifier and the lint. They look at keywords and parentheses only, so text
 * inside quotes, dollar bodies and comments can never trigger a rule.
 */
import { keyword, type Token } from './lexer.js';

/** True when the tokens from `at` on spell `words` (upper-case keywords). */
export function wordsAt(tokens: readonly Token[], at: number, ...words: string[]): boolean {
  return words.every((word, i) => keyword(tokens[at + i]) === word);
}

/** Index just past `words` when they appear at `at`, otherwise `at` itself: for optional words. */
export function skipWords(tokens: readonly Token[], at: number, ...words: string[]): number {
  return wordsAt(tokens, at, ...words) ? at + words.length : at;
}

/** The tokens at parenthesis depth zero, each with its index in `tokens`. */
export function topLevel(tokens: readonly Token[]): { token: Token; at: number }[] {
  const result: { token: Token; at: number }[] = [];
  let depth = 0;
  tokens.forEach((token, at) => {
    if (token.kind === 'symbol' && token.text === '(') depth++;
    else if (token.kind === 'symbol' && token.text === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) result.push({ token, at });
  });
  return result;
}

/** Top-level keywords only: `WHERE` inside a subquery does not count for the outer statement. */
export function hasTopLevelWord(tokens: readonly Token[], word: string): boolean {
  return topLevel(tokens).some(({ token }) => keyword(token) === word);
}

/** Splits at top-level commas: the actions of `ALTER TABLE t a, b, c`. */
export function splitTopLevelCommas(tokens: readonly Token[]): Token[][] {
  const parts: Token[][] = [[]];
  let depth = 0;
  for (const token of tokens) {
    if (token.kind === 'symbol' && token.text === '(') depth++;
    if (token.kind === 'symbol' && token.text === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && token.kind === 'symbol' && token.text === ',') parts.push([]);
    else parts.at(-1)?.push(token);
  }
  return parts.filter((part) => part.length > 0);
}

/** An identifier's value: unquoted names fold to lower case, quoted ones keep their case. */
export function identifierName(token: Token | undefined): string | undefined {
  if (token?.kind === 'word') return token.text.toLowerCase();
  if (token?.kind === 'quoted-identifier') return token.text.slice(1, -1).replace(/""/g, '"');
  return undefined;
}

export interface QualifiedName {
  /** `public.revoked_tokens`, or `revoked_tokens` when written without a schema. */
  name: string;
  /** Index of the first token after the name. */
  next: number;
}

/** Reads `name`, `schema.name` or `db.schema.name` starting at `at`. */
export function readQualifiedName(tokens: readonly Token[], at: number): QualifiedName | undefined {
  const parts: string[] = [];
  let i = at;
  for (;;) {
    const part = identifierName(tokens[i]);
    if (part === undefined)
      return parts.length > 0 ? { name: parts.join('.'), next: i } : undefined;
    parts.push(part);
    i++;
    if (!(tokens[i]?.kind === 'symbol' && tokens[i]?.text === '.'))
      return { name: parts.join('.'), next: i };
    i++;
  }
}

/** True when two names may be the same table: equal, or equal once a schema is dropped. */
export function sameTable(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.includes('.') && b.includes('.')) return false;
  return a.split('.').at(-1) === b.split('.').at(-1);
}
