import { createRequire as __phasegateCreateRequire } from 'node:module';
const require = __phasegateCreateRequire(import.meta.url);

// src/sql/lexer.ts
function isComment(token) {
  return token.kind === "line-comment" || token.kind === "block-comment";
}
function keyword(token) {
  return token?.kind === "word" ? token.text.toUpperCase() : void 0;
}
var WORD_START = /[A-Za-z_\u0080-\uffff]/;
var WORD_PART = /[A-Za-z0-9_$\u0080-\uffff]/;
var DIGIT = /[0-9]/;
var NUMBER_PART = /[0-9A-Za-z_.]/;
var DOLLAR_TAG = /\$(?:[A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/y;
function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}
function lineIndexOf(starts, offset) {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = low + high + 1 >> 1;
    if ((starts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}
function scanLineComment(text, i) {
  let end = i + 2;
  while (end < text.length && text[end] !== "\n" && text[end] !== "\r") end++;
  return { kind: "line-comment", end };
}
function scanBlockComment(text, i) {
  let depth = 0;
  let at = i;
  while (at < text.length) {
    if (text.startsWith("/*", at)) {
      depth++;
      at += 2;
    } else if (text.startsWith("*/", at)) {
      depth--;
      at += 2;
      if (depth === 0) return { kind: "block-comment", end: at };
    } else at++;
  }
  return { kind: "block-comment", end: text.length, unterminated: true };
}
function scanQuoted(text, i, kind, backslashEscapes) {
  const quote = text[i];
  let at = i + 1;
  while (at < text.length) {
    const c = text[at];
    if (backslashEscapes && c === "\\") at += 2;
    else if (c === quote && text[at + 1] === quote) at += 2;
    else if (c === quote) return { kind, end: at + 1 };
    else at++;
  }
  return { kind, end: text.length, unterminated: true };
}
function scanDollar(text, i) {
  DOLLAR_TAG.lastIndex = i;
  const tag = DOLLAR_TAG.exec(text)?.[0];
  if (tag === void 0) {
    let end = i + 1;
    while (end < text.length && DIGIT.test(text[end] ?? "")) end++;
    return { kind: end > i + 1 ? "parameter" : "symbol", end };
  }
  const close = text.indexOf(tag, i + tag.length);
  if (close < 0) return { kind: "dollar-string", end: text.length, unterminated: true };
  return { kind: "dollar-string", end: close + tag.length };
}
function scanWhile(text, i, part) {
  let end = i + 1;
  while (end < text.length && part.test(text[end] ?? "")) end++;
  return end;
}
function scanWord(text, i) {
  const end = scanWhile(text, i, WORD_PART);
  if (end === i + 1 && (text[i] === "E" || text[i] === "e") && text[end] === "'") {
    return scanQuoted(text, end, "string", true);
  }
  return { kind: "word", end };
}
function scanAt(text, i) {
  const c = text[i] ?? "";
  if (c === "-" && text[i + 1] === "-") return scanLineComment(text, i);
  if (c === "/" && text[i + 1] === "*") return scanBlockComment(text, i);
  if (c === "'") return scanQuoted(text, i, "string", false);
  if (c === '"') return scanQuoted(text, i, "quoted-identifier", false);
  if (c === "$") return scanDollar(text, i);
  if (c === ";") return { kind: "semicolon", end: i + 1 };
  if (WORD_START.test(c)) return scanWord(text, i);
  if (DIGIT.test(c)) return { kind: "number", end: scanWhile(text, i, NUMBER_PART) };
  return { kind: "symbol", end: i + 1 };
}
function isSpace(code) {
  return code === 32 || code >= 9 && code <= 13;
}
function tokenize(text) {
  const starts = lineStarts(text);
  const tokens = [];
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
      ...scan.unterminated ? { unterminated: true } : {}
    });
    i = scan.end;
  }
  return tokens;
}

// src/sql/syntax.ts
function wordsAt(tokens, at, ...words) {
  return words.every((word, i) => keyword(tokens[at + i]) === word);
}
function skipWords(tokens, at, ...words) {
  return wordsAt(tokens, at, ...words) ? at + words.length : at;
}
function topLevel(tokens) {
  const result = [];
  let depth = 0;
  tokens.forEach((token, at) => {
    if (token.kind === "symbol" && token.text === "(") depth++;
    else if (token.kind === "symbol" && token.text === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0) result.push({ token, at });
  });
  return result;
}
function hasTopLevelWord(tokens, word) {
  return topLevel(tokens).some(({ token }) => keyword(token) === word);
}
function splitTopLevelCommas(tokens) {
  const parts = [[]];
  let depth = 0;
  for (const token of tokens) {
    if (token.kind === "symbol" && token.text === "(") depth++;
    if (token.kind === "symbol" && token.text === ")") depth = Math.max(0, depth - 1);
    if (depth === 0 && token.kind === "symbol" && token.text === ",") parts.push([]);
    else parts.at(-1)?.push(token);
  }
  return parts.filter((part) => part.length > 0);
}
function identifierName(token) {
  if (token?.kind === "word") return token.text.toLowerCase();
  if (token?.kind === "quoted-identifier") return token.text.slice(1, -1).replace(/""/g, '"');
  return void 0;
}
function readQualifiedName(tokens, at) {
  const parts = [];
  let i = at;
  for (; ; ) {
    const part = identifierName(tokens[i]);
    if (part === void 0)
      return parts.length > 0 ? { name: parts.join("."), next: i } : void 0;
    parts.push(part);
    i++;
    if (!(tokens[i]?.kind === "symbol" && tokens[i]?.text === "."))
      return { name: parts.join("."), next: i };
    i++;
  }
}
function sameTable(a, b) {
  if (a === b) return true;
  if (a.includes(".") && b.includes(".")) return false;
  return a.split(".").at(-1) === b.split(".").at(-1);
}

// src/sql/lint-rules.ts
var LINT_RULE_IDS = [
  "drop-table",
  "drop-column",
  "drop-schema",
  "drop-database",
  "truncate",
  "delete-without-where",
  "update-without-where",
  "alter-column-type",
  "set-not-null",
  "add-column-not-null-without-default",
  "create-index-without-concurrently"
];
function hit(rule, token, message) {
  return token ? [{ rule, token, message }] : [];
}
function droppedNames(tokens, from) {
  const at = skipWords(tokens, from, "IF", "EXISTS");
  return splitTopLevelCommas(tokens.slice(at)).map((part) => readQualifiedName(part, 0)?.name).filter((name) => name !== void 0);
}
var dropObjects = (t) => {
  if (wordsAt(t, 0, "DROP", "TABLE")) {
    const names = droppedNames(t, 2).join(", ");
    const cascade = t.some((token) => keyword(token) === "CASCADE") ? " CASCADE also drops the views and foreign keys that depend on it." : "";
    return hit(
      "drop-table",
      t[0],
      `DROP TABLE deletes ${names} and every row in it, on every run that reaches it.${cascade}`
    );
  }
  if (wordsAt(t, 0, "DROP", "SCHEMA")) {
    return hit(
      "drop-schema",
      t[0],
      `DROP SCHEMA deletes ${droppedNames(t, 2).join(", ")}; with CASCADE, every table in it.`
    );
  }
  if (wordsAt(t, 0, "DROP", "DATABASE")) {
    return hit("drop-database", t[0], "DROP DATABASE deletes a whole database.");
  }
  if (wordsAt(t, 0, "TRUNCATE")) {
    return hit("truncate", t[0], "TRUNCATE deletes every row of the table.");
  }
  return [];
};
function mainVerb(tokens) {
  const verbs = /* @__PURE__ */ new Set(["SELECT", "INSERT", "UPDATE", "DELETE", "MERGE", "VALUES", "TABLE"]);
  const first = keyword(tokens[0]) ?? "";
  if (verbs.has(first)) return { verb: first, at: 0 };
  if (first !== "WITH") return void 0;
  const main = topLevel(tokens).find(({ token }) => verbs.has(keyword(token) ?? ""));
  return main ? { verb: keyword(main.token) ?? "", at: main.at } : void 0;
}
var unfilteredWrites = (t) => {
  const main = mainVerb(t);
  if (main === void 0 || main.verb !== "DELETE" && main.verb !== "UPDATE") return [];
  if (hasTopLevelWord(t.slice(main.at), "WHERE")) return [];
  const target = readQualifiedName(t, skipWords(t, skipWords(t, main.at + 1, "FROM"), "ONLY"));
  const table = target?.name ?? "the table";
  return main.verb === "DELETE" ? hit("delete-without-where", t[main.at], `DELETE without WHERE deletes every row of ${table}.`) : hit(
    "update-without-where",
    t[main.at],
    `UPDATE without WHERE changes every row of ${table}.`
  );
};
function columnAfter(action) {
  let at = skipWords(action, 1, "COLUMN");
  at = skipWords(action, at, "IF", "NOT", "EXISTS");
  at = skipWords(action, at, "IF", "EXISTS");
  return { column: identifierName(action[at]), next: at + 1 };
}
var NOT_COLUMNS = /* @__PURE__ */ new Set(["CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN", "EXCLUDE"]);
var SERIALS = /* @__PURE__ */ new Set(["SERIAL", "BIGSERIAL", "SMALLSERIAL", "SERIAL2", "SERIAL4", "SERIAL8"]);
function alterAction(table, action, ctx) {
  const verb = keyword(action[0]);
  if (NOT_COLUMNS.has(keyword(action[1]) ?? "")) return [];
  const { column, next } = columnAfter(action);
  const where = `${table}.${column ?? "?"}`;
  if (verb === "DROP") {
    return hit("drop-column", action[0], `DROP COLUMN deletes ${where} and the data in it.`);
  }
  if (ctx.isNewTable(table)) return [];
  if (verb === "ALTER" && (wordsAt(action, next, "TYPE") || wordsAt(action, next, "SET", "DATA", "TYPE"))) {
    return hit(
      "alter-column-type",
      action[0],
      `changing the type of ${where} usually rewrites ${table} under an exclusive lock that blocks reads and writes.`
    );
  }
  if (verb === "ALTER" && wordsAt(action, next, "SET", "NOT", "NULL")) {
    return hit(
      "set-not-null",
      action[0],
      `SET NOT NULL on ${where} scans ${table} under an exclusive lock, and fails if a row holds NULL; add a CHECK (\u2026 IS NOT NULL) NOT VALID constraint and validate it first.`
    );
  }
  if (verb === "ADD" && addsNotNullWithoutDefault(action.slice(next))) {
    return hit(
      "add-column-not-null-without-default",
      action[0],
      `adding ${where} as NOT NULL without a DEFAULT fails as soon as ${table} has a row.`
    );
  }
  return [];
}
function addsNotNullWithoutDefault(definition) {
  const words = topLevel(definition).map(({ token }) => keyword(token));
  const notNull = words.some((w, i) => w === "NOT" && words[i + 1] === "NULL");
  const filled = words.some((w) => w === "DEFAULT" || w === "GENERATED" || SERIALS.has(w ?? ""));
  return notNull && !filled;
}
var alterTable = (t, ctx) => {
  if (!wordsAt(t, 0, "ALTER", "TABLE")) return [];
  const at = skipWords(t, skipWords(t, 2, "IF", "EXISTS"), "ONLY");
  const name = readQualifiedName(t, at);
  if (name === void 0) return [];
  const start = t[name.next]?.text === "*" ? name.next + 1 : name.next;
  return splitTopLevelCommas(t.slice(start)).flatMap(
    (action) => alterAction(name.name, action, ctx)
  );
};
var createIndex = (t, ctx) => {
  const indexAt = skipWords(t, 1, "UNIQUE");
  if (!wordsAt(t, 0, "CREATE") || !wordsAt(t, indexAt, "INDEX")) return [];
  if (wordsAt(t, indexAt + 1, "CONCURRENTLY")) return [];
  const on = t.findIndex((token, i) => i > indexAt && keyword(token) === "ON");
  const table = on < 0 ? void 0 : readQualifiedName(t, skipWords(t, on + 1, "ONLY"))?.name;
  if (table === void 0 || ctx.isNewTable(table)) return [];
  return hit(
    "create-index-without-concurrently",
    t[0],
    `CREATE INDEX without CONCURRENTLY blocks writes to ${table} until the index is built; use CREATE INDEX CONCURRENTLY in a file of its own.`
  );
};
var RULES = [dropObjects, unfilteredWrites, alterTable, createIndex];
function createdTable(tokens) {
  if (!wordsAt(tokens, 0, "CREATE")) return void 0;
  const kindAt = tokens.findIndex(
    (t, i) => i > 0 && i < 5 && (keyword(t) === "TABLE" || keyword(t) === "VIEW")
  );
  if (kindAt < 0) return void 0;
  if (keyword(tokens[kindAt]) === "VIEW" && keyword(tokens[kindAt - 1]) !== "MATERIALIZED")
    return void 0;
  return readQualifiedName(tokens, skipWords(tokens, kindAt + 1, "IF", "NOT", "EXISTS"))?.name;
}
function newTableTracker(initial) {
  const names = new Set(initial);
  return {
    isNewTable: (name) => [...names].some((created) => sameTable(created, name)),
    add: (name) => {
      names.add(name);
    }
  };
}

// src/sql/lint.ts
var EXCERPT_LENGTH = 100;
function excerpt(sql, length = EXCERPT_LENGTH) {
  const oneLine = sql.replace(/\s+/g, " ").trim();
  return oneLine.length <= length ? oneLine : `${oneLine.slice(0, length - 1)}\u2026`;
}
function lintFile(file, options = {}) {
  const failOn = new Set(options.failOn ?? []);
  const tracker = newTableTracker(options.createdBefore ?? []);
  const findings = [];
  const createdTables = [];
  for (const statement of file.statements) {
    for (const hit2 of RULES.flatMap((rule) => rule(statement.tokens, tracker))) {
      findings.push({
        rule: hit2.rule,
        severity: failOn.has(hit2.rule) ? "error" : "warning",
        file: file.path,
        statement: statement.index,
        line: hit2.token.line,
        column: hit2.token.column,
        excerpt: excerpt(statement.sql),
        message: hit2.message
      });
    }
    const created = createdTable(statement.tokens);
    if (created !== void 0) {
      tracker.add(created);
      createdTables.push(created);
    }
  }
  return { findings, createdTables };
}
function lintMigrations(files, options = {}) {
  const created = [];
  return files.flatMap((file) => {
    const result = lintFile(file, { ...options, createdBefore: created });
    created.push(...result.createdTables);
    return result.findings;
  });
}
function findingToDiagnostic(finding) {
  return {
    severity: finding.severity,
    message: `[${finding.rule}] statement ${finding.statement}: ${finding.message}`,
    hint: `${finding.excerpt}${finding.severity === "error" ? ` (refused: ${finding.rule} is in fail-on)` : ""}`,
    position: { file: finding.file, line: finding.line, column: finding.column }
  };
}

// src/sql/split.ts
var ROUTINE_STARTS = [
  ["CREATE", "FUNCTION"],
  ["CREATE", "PROCEDURE"],
  ["CREATE", "OR", "REPLACE", "FUNCTION"],
  ["CREATE", "OR", "REPLACE", "PROCEDURE"]
];
function startsWithWords(tokens, words) {
  return words.every((word, i) => keyword(tokens[i]) === word);
}
function isRoutineDefinition(tokens) {
  return ROUTINE_STARTS.some((words) => startsWithWords(tokens, words));
}
function track(depth, token, current) {
  if (token.kind === "symbol") {
    if (token.text === "(") depth.parens++;
    else if (token.text === ")") depth.parens = Math.max(0, depth.parens - 1);
    return;
  }
  const word = keyword(token);
  if (word === void 0) return;
  if (word === "ATOMIC" && keyword(current.at(-2)) === "BEGIN" && isRoutineDefinition(current)) {
    depth.blocks++;
  } else if (depth.blocks > 0 && word === "CASE") depth.blocks++;
  else if (depth.blocks > 0 && word === "END") depth.blocks--;
}
function groupStatements(tokens) {
  const groups = [];
  const depth = { parens: 0, blocks: 0 };
  let current = [];
  for (const token of tokens) {
    if (isComment(token)) continue;
    if (token.kind === "semicolon" && depth.parens === 0 && depth.blocks === 0) {
      if (current.length > 0) groups.push(current);
      current = [];
      continue;
    }
    current.push(token);
    track(depth, token, current);
  }
  if (current.length > 0) groups.push(current);
  return { groups, open: depth };
}
var TRANSACTION_WORDS = {
  BEGIN: "begin",
  START: "begin",
  COMMIT: "commit",
  END: "commit",
  ROLLBACK: "rollback",
  ABORT: "rollback"
};
function transactionControlKind(tokens) {
  const first = keyword(tokens[0]);
  const kind = first === void 0 ? void 0 : TRANSACTION_WORDS[first];
  if (kind === void 0) return void 0;
  const second = keyword(tokens[1]);
  if (first === "START" && second !== "TRANSACTION") return void 0;
  if (second === "PREPARED" || second === "TO") return void 0;
  if (kind === "rollback" && tokens.some((t) => keyword(t) === "TO")) return void 0;
  return kind;
}
function describeUnterminated(token) {
  switch (token.kind) {
    case "block-comment":
      return "this /* comment is never closed with */";
    case "dollar-string":
      return `this dollar-quoted body is never closed with ${/^\$[^$]*\$/.exec(token.text)?.[0]}`;
    case "quoted-identifier":
      return 'this quoted identifier is never closed with "';
    default:
      return "this quoted text is never closed with '";
  }
}
function findProblems(tokens, open, last) {
  const problems = tokens.filter((t) => t.unterminated).map((t) => ({ line: t.line, column: t.column, message: describeUnterminated(t) }));
  if (problems.length === 0 && last && (open.parens > 0 || open.blocks > 0)) {
    const what = open.blocks > 0 ? "a BEGIN ATOMIC body is" : "a parenthesis is";
    problems.push({
      line: last.line,
      column: last.column,
      message: `the file ends while ${what} still open, so the last statement runs to the end of the file`
    });
  }
  return problems;
}
function splitStatements(sql) {
  const tokens = tokenize(sql);
  const { groups, open } = groupStatements(tokens);
  const statements = [];
  const transactionControl = [];
  for (const group of groups) {
    const first = group[0];
    const last = group.at(-1);
    const text = sql.slice(first.start, last.end);
    const control = transactionControlKind(group);
    const at = { line: first.line, column: first.column };
    if (control) {
      transactionControl.push({ kind: control, ...at, text, after: statements.length });
      continue;
    }
    const index = statements.length + 1;
    statements.push({ index, ...at, offset: first.start, sql: text, tokens: group });
  }
  return {
    statements,
    transactionControl,
    problems: findProblems(tokens, open, groups.at(-1)?.[0])
  };
}

export {
  isComment,
  keyword,
  tokenize,
  splitStatements,
  wordsAt,
  skipWords,
  topLevel,
  LINT_RULE_IDS,
  lintMigrations,
  findingToDiagnostic
};
