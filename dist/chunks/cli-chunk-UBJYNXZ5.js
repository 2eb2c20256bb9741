import { createRequire as __phasegateCreateRequire } from 'node:module';
const require = __phasegateCreateRequire(import.meta.url);
import {
  fenced
} from "./cli-chunk-2SUYFAK7.js";
import {
  asText,
  excerpt
} from "./cli-chunk-V74XWLEX.js";

// src/checks/http/expect.ts
var BODY_EXCERPT = 2e3;
function judgeAnswer(what, expect, answer, mask = (text) => text) {
  const short = (text, length) => excerpt(mask(text), length);
  const { problems, found } = compare(expect, answer, short);
  if (problems.length === 0)
    return { ok: true, summary: `${what}: ${[String(answer.status), ...found].join(", ")}` };
  return {
    ok: false,
    summary: `${what}: ${problems.join("; ")}`,
    details: bodyDetails({ ...answer, body: mask(answer.body) })
  };
}
function compare(expect, answer, short) {
  const problems = [];
  const found = [];
  const statuses = expect["expect-status"];
  if (!statuses.includes(answer.status))
    problems.push(`status ${answer.status}, expected ${statuses.join(" or ")}`);
  const json = expect["expect-json"];
  if (json && Object.keys(json).length > 0) {
    const compared = compareJson(json, answer.body, short);
    problems.push(...compared.problems);
    found.push(...compared.found);
  }
  for (const text of expect["expect-body-contains"] ?? [])
    if (!answer.body.includes(text))
      problems.push(`the body does not contain "${short(text, 40)}"`);
  return { problems, found };
}
function compareJson(expected, body, short) {
  const document = parseJson(body);
  if (document === void 0) return { problems: ["the body is not JSON"], found: [] };
  const problems = [];
  const found = [];
  for (const [path, want] of Object.entries(expected)) {
    const got = asText(valueAt(document.value, path));
    if (got === void 0) problems.push(`${path} is missing, expected "${want}"`);
    else if (got !== want) problems.push(`${path} is "${short(got, 60)}", expected "${want}"`);
    else found.push(`${path}=${short(got, 40)}`);
  }
  return { problems, found };
}
function parseJson(body) {
  try {
    return { value: JSON.parse(body) };
  } catch {
    return void 0;
  }
}
function valueAt(document, path) {
  let current = document;
  for (const step of path.split(".")) {
    if (Array.isArray(current) && /^\d+$/.test(step)) current = current[Number(step)];
    else if (typeof current === "object" && current !== null && Object.hasOwn(current, step))
      current = current[step];
    else return void 0;
  }
  return current;
}
function bodyDetails(answer) {
  const shown = answer.body.length > BODY_EXCERPT ? `${answer.body.slice(0, BODY_EXCERPT)}
\u2026 (${answer.body.length - BODY_EXCERPT} more characters)` : answer.body;
  return `Answer: status ${answer.status}

${shown ? fenced(shown) : "(empty body)"}`;
}

export {
  judgeAnswer,
  valueAt
};
