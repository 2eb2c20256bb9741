/** Judging an HTTP answer against an http check's expectations. */

import { fenced } from '../../core/markdown.js';
import { asText, excerpt } from '../../core/text.js';
import type { CheckResult } from '../kind.js';

export interface HttpExpectations {
  'expect-status': number[];
  'expect-json'?: Record<string, string>;
  'expect-body-contains'?: string[];
}

export interface HttpAnswer {
  status: number;
  body: string;
}

/** Masks secrets; text is masked before it is shortened, so a cut never shows a secret's prefix. */
export type Mask = (text: string) => string;

/** How much of a body a failed check shows in its details. */
const BODY_EXCERPT = 2000;

export function judgeAnswer(
  what: string,
  expect: HttpExpectations,
  answer: HttpAnswer,
  mask: Mask = (text) => text,
): CheckResult {
  // Compared as received (an expectation may name a secret); only what is shown is masked.
  const short = (text: string, length: number) => excerpt(mask(text), length);
  const { problems, found } = compare(expect, answer, short);
  if (problems.length === 0)
    return { ok: true, summary: `${what}: ${[String(answer.status), ...found].join(', ')}` };
  return {
    ok: false,
    summary: `${what}: ${problems.join('; ')}`,
    details: bodyDetails({ ...answer, body: mask(answer.body) }),
  };
}

type Short = (text: string, length: number) => string;

function compare(expect: HttpExpectations, answer: HttpAnswer, short: Short) {
  const problems: string[] = [];
  const found: string[] = [];
  const statuses = expect['expect-status'];
  if (!statuses.includes(answer.status))
    problems.push(`status ${answer.status}, expected ${statuses.join(' or ')}`);
  const json = expect['expect-json'];
  if (json && Object.keys(json).length > 0) {
    const compared = compareJson(json, answer.body, short);
    problems.push(...compared.problems);
    found.push(...compared.found);
  }
  for (const text of expect['expect-body-contains'] ?? [])
    if (!answer.body.includes(text))
      problems.push(`the body does not contain "${short(text, 40)}"`);
  return { problems, found };
}

function compareJson(expected: Record<string, string>, body: string, short: Short) {
  const document = parseJson(body);
  if (document === undefined) return { problems: ['the body is not JSON'], found: [] };
  const problems: string[] = [];
  const found: string[] = [];
  for (const [path, want] of Object.entries(expected)) {
    const got = asText(valueAt(document.value, path));
    if (got === undefined) problems.push(`${path} is missing, expected "${want}"`);
    else if (got !== want) problems.push(`${path} is "${short(got, 60)}", expected "${want}"`);
    else found.push(`${path}=${short(got, 40)}`);
  }
  return { problems, found };
}

function parseJson(body: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(body) };
  } catch {
    return undefined;
  }
}

/** `a.b.0.c`: map keys and list positions; undefined when any step is missing. */
export function valueAt(document: unknown, path: string): unknown {
  let current: unknown = document;
  for (const step of path.split('.')) {
    if (Array.isArray(current) && /^\d+$/.test(step)) current = current[Number(step)];
    else if (typeof current === 'object' && current !== null && Object.hasOwn(current, step))
      current = (current as Record<string, unknown>)[step];
    else return undefined;
  }
  return current;
}

function bodyDetails(answer: HttpAnswer): string {
  const shown =
    answer.body.length > BODY_EXCERPT
      ? `${answer.body.slice(0, BODY_EXCERPT)}\n… (${answer.body.length - BODY_EXCERPT} more characters)`
      : answer.body;
  return `Answer: status ${answer.status}\n\n${shown ? fenced(shown) : '(empty body)'}`;
}
