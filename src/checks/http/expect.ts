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

/** How much of a body a failed check shows in its details. */
const BODY_EXCERPT = 2000;

export function judgeAnswer(
  what: string,
  expect: HttpExpectations,
  answer: HttpAnswer,
): CheckResult {
  const { problems, found } = compare(expect, answer);
  if (problems.length === 0)
    return { ok: true, summary: `${what}: ${[String(answer.status), ...found].join(', ')}` };
  return {
    ok: false,
    summary: `${what}: ${problems.join('; ')}`,
    details: bodyDetails(answer),
  };
}

function compare(expect: HttpExpectations, answer: HttpAnswer) {
  const problems: string[] = [];
  const found: string[] = [];
  const statuses = expect['expect-status'];
  if (!statuses.includes(answer.status))
    problems.push(`status ${answer.status}, expected ${statuses.join(' or ')}`);
  const json = expect['expect-json'];
  if (json && Object.keys(json).length > 0) {
    const compared = compareJson(json, answer.body);
    problems.push(...compared.problems);
    found.push(...compared.found);
  }
  for (const text of expect['expect-body-contains'] ?? [])
    if (!answer.body.includes(text))
      problems.push(`the body does not contain "${excerpt(text, 40)}"`);
  return { problems, found };
}

function compareJson(expected: Record<string, string>, body: string) {
  const document = parseJson(body);
  if (document === undefined) return { problems: ['the body is not JSON'], found: [] };
  const problems: string[] = [];
  const found: string[] = [];
  for (const [path, want] of Object.entries(expected)) {
    const got = asText(valueAt(document.value, path));
    if (got === undefined) problems.push(`${path} is missing, expected "${want}"`);
    else if (got !== want) problems.push(`${path} is "${excerpt(got, 60)}", expected "${want}"`);
    else found.push(`${path}=${excerpt(got, 40)}`);
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
