import { createRequire as __phasegateCreateRequire } from 'node:module';
const require = __phasegateCreateRequire(import.meta.url);
import {
  isComment,
  keyword,
  skipWords,
  splitStatements,
  tokenize,
  topLevel,
  wordsAt
} from "./cli-chunk-U3OTYJXE.js";
import {
  plural
} from "./cli-chunk-V74XWLEX.js";

// src/sql/files.ts
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";

// src/sql/names.ts
var MIGRATION_NAME = /^(\d+)_(.*)\.sql$/i;
var SQL_FILE = /\.sql$/i;
var FLYWAY_NAME = /^[VvRrUu](\d+(?:[._]\d+)*)__(.*)\.sql$/;
var DIGITS_THEN_REST = /^(\d+)[-.\s]*(.*)\.sql$/i;
function isSqlFile(fileName) {
  return SQL_FILE.test(fileName);
}
function looksLikeMigration(fileName) {
  return /^(?:[Vv])?\d/.test(fileName);
}
function describe(rest) {
  return rest.replace(/_/g, " ").replace(/\s+/g, " ").trim();
}
function slug(text) {
  const words = text.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  return words.length > 0 ? words.join("_") : "migration";
}
function parseMigrationName(fileName) {
  const match = MIGRATION_NAME.exec(fileName);
  if (match) {
    const versionText = match[1] ?? "";
    const description = describe(match[2] ?? "");
    const version = Number(versionText);
    if (!Number.isSafeInteger(version)) {
      return { message: `version ${versionText} is too large (at most 15 digits)` };
    }
    if (description === "") {
      return {
        message: `"${fileName}" has a version but no description`,
        rename: { version, slug: slug("describe the change") }
      };
    }
    return { version, versionText, description };
  }
  return misnamed(fileName);
}
function misnamed(fileName) {
  const message = `"${fileName}" does not follow the NNN_description.sql naming`;
  const flyway = FLYWAY_NAME.exec(fileName);
  if (flyway) {
    const [major, ...minor] = (flyway[1] ?? "").split(/[._]/);
    if (minor.length === 0)
      return { message, rename: { ...versionOf(major), slug: slug(flyway[2] ?? "") } };
    return { message: `${message}; dotted versions like ${flyway[1]} are not supported` };
  }
  const numbered = DIGITS_THEN_REST.exec(fileName);
  if (numbered)
    return { message, rename: { ...versionOf(numbered[1]), slug: slug(numbered[2] ?? "") } };
  return { message, rename: { slug: slug(fileName.replace(SQL_FILE, "")) } };
}
function versionOf(digits) {
  const version = Number(digits);
  return Number.isSafeInteger(version) ? { version } : {};
}
function isNameProblem(name) {
  return "message" in name;
}
var VersionAllocator = class {
  taken;
  width;
  next;
  constructor(existing) {
    this.taken = new Set(existing.map((v) => v.version));
    this.width = existing.length ? Math.max(...existing.map((v) => v.versionText.length)) : DEFAULT_WIDTH;
    this.next = existing.reduce((max, v) => Math.max(max, v.version), 0) + 1;
  }
  isFree(version) {
    return !this.taken.has(version);
  }
  claim(preferred) {
    let version = preferred;
    if (version === void 0 || !this.isFree(version)) {
      while (!this.isFree(this.next)) this.next++;
      version = this.next;
    }
    this.taken.add(version);
    return String(version).padStart(this.width, "0");
  }
};
var DEFAULT_WIDTH = 3;
function suggestedName(rename, versions) {
  return `${versions.claim(rename.version)}_${rename.slug}.sql`;
}

// src/sql/files.ts
var BOM = "\uFEFF";
function normalizeSql(text) {
  const withoutBom = text.startsWith(BOM) ? text.slice(1) : text;
  return withoutBom.replace(/\r\n?/g, "\n");
}
function migrationChecksum(text) {
  return createHash("sha256").update(normalizeSql(text), "utf8").digest("hex");
}
function shortChecksum(checksum) {
  return checksum.slice(0, 8);
}
function compareVersions(a, b) {
  return a.version - b.version;
}
function fileError(path, message, hint) {
  return {
    severity: "error",
    message,
    position: { file: path, line: 1, column: 1 },
    ...hint ? { hint } : {}
  };
}
var UTF8 = new TextDecoder("utf-8", { fatal: true });
async function readMigration(dir, fileName, name) {
  const path = join(dir, fileName);
  let text;
  try {
    text = UTF8.decode(await readFile(path));
  } catch {
    return fileError(path, `${fileName} is not valid UTF-8 text`, "save the file as UTF-8");
  }
  const content = normalizeSql(text);
  return { ...name, fileName, path, content, checksum: migrationChecksum(content) };
}
function rejectDuplicates(dir, named, versions) {
  const byVersion = /* @__PURE__ */ new Map();
  for (const n of named)
    byVersion.set(n.name.version, [...byVersion.get(n.name.version) ?? [], n]);
  const diagnostics = [];
  for (const group of byVersion.values()) {
    if (group.length < 2) continue;
    const all = group.map((n) => n.fileName).join(", ");
    for (const later of group.slice(1)) {
      const renamed = `${versions.claim()}_${later.fileName.replace(/^\d+_/, "")}`;
      diagnostics.push(
        fileError(
          join(dir, later.fileName),
          `version ${later.name.version} is used by more than one file: ${all}`,
          `give each file its own version, e.g. rename ${later.fileName} to ${renamed}`
        )
      );
    }
  }
  const unique = named.filter((n) => byVersion.get(n.name.version)?.length === 1);
  return { unique, diagnostics };
}
function misnamedDiagnostics(dir, misnamed2, versions) {
  const names = /* @__PURE__ */ new Map();
  for (const wantsFree of [true, false])
    for (const { fileName, problem } of misnamed2) {
      const { rename } = problem;
      if (!rename || names.has(fileName)) continue;
      const free = rename.version !== void 0 && versions.isFree(rename.version);
      if (free === wantsFree) names.set(fileName, suggestedName(rename, versions));
    }
  return misnamed2.map(({ fileName, problem }) => {
    const name = names.get(fileName);
    return fileError(join(dir, fileName), problem.message, name && `rename it to ${name}`);
  });
}
function ignoredEntry(dir, entry) {
  if (!entry.isFile() || !looksLikeMigration(entry.name)) return void 0;
  return {
    ...fileError(join(dir, entry.name), `${entry.name} is not a .sql file and is ignored`),
    severity: "warning",
    hint: "only files ending in .sql are migrations"
  };
}
function linkRefused(dir, entry) {
  return fileError(
    join(dir, entry.name),
    `${entry.name} is a symbolic link; migrations must be regular files`,
    "copy the file into the migrations folder instead of linking it"
  );
}
function sortEntries(dir, entries) {
  const sorted = { named: [], misnamed: [], ignored: [], diagnostics: [] };
  const sqlFiles = [];
  for (const entry of entries) {
    if (entry.isSymbolicLink()) sorted.diagnostics.push(linkRefused(dir, entry));
    else if (entry.isFile() && isSqlFile(entry.name)) sqlFiles.push(entry.name);
    else {
      sorted.ignored.push(entry.name);
      const warning = ignoredEntry(dir, entry);
      if (warning) sorted.diagnostics.push(warning);
    }
  }
  for (const fileName of sqlFiles) {
    const name = parseMigrationName(fileName);
    if (isNameProblem(name)) sorted.misnamed.push({ fileName, problem: name });
    else sorted.named.push({ fileName, name });
  }
  return sorted;
}
function orderWarnings(files) {
  const byName = [...files].sort((a, b) => a.fileName < b.fileName ? -1 : 1);
  if (byName.every((f, i) => f === files[i])) return [];
  const width = Math.max(...files.map((f) => f.versionText.length));
  return files.filter((f) => f.versionText.length < width).map((f) => {
    const padded = `${f.versionText.padStart(width, "0")}${f.fileName.slice(f.versionText.length)}`;
    return {
      ...fileError(
        f.path,
        `${f.fileName} runs as version ${f.version} but is listed after files that run later (names sort as text)`,
        `pad the version so names sort in the order files run: rename it to ${padded}`
      ),
      severity: "warning"
    };
  });
}
async function readMigrationDirectory(dir) {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    const message = `the migrations directory ${dir} does not exist or cannot be read`;
    return { files: [], ignored: [], diagnostics: [fileError(dir, message)] };
  }
  entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const { named, misnamed: misnamed2, ignored, diagnostics } = sortEntries(dir, entries);
  const versions = new VersionAllocator(named.map((n) => n.name));
  diagnostics.push(...misnamedDiagnostics(dir, misnamed2, versions));
  const { unique, diagnostics: duplicates } = rejectDuplicates(dir, named, versions);
  const files = [];
  for (const { fileName, name } of unique) {
    const read = await readMigration(dir, fileName, name);
    if ("severity" in read) diagnostics.push(read);
    else files.push(read);
  }
  files.sort(compareVersions);
  return { files, ignored, diagnostics: [...diagnostics, ...duplicates, ...orderWarnings(files)] };
}

// src/sql/no-transaction.ts
var FALSE_WORDS = /* @__PURE__ */ new Set(["FALSE", "OFF", "0"]);
function optionOff(tokens, name) {
  const at2 = tokens.findIndex((t) => t.text.toLowerCase() === name);
  if (at2 < 0) return false;
  const value = tokens[at2 + 1]?.text === "=" ? tokens[at2 + 2] : tokens[at2 + 1];
  return FALSE_WORDS.has((value?.text ?? "").toUpperCase().replace(/'/g, ""));
}
function hasWord(tokens, word) {
  return tokens.some((t) => keyword(t) === word);
}
var createIndex = (t) => {
  const at2 = skipWords(t, 1, "UNIQUE");
  return wordsAt(t, 0, "CREATE") && wordsAt(t, at2, "INDEX", "CONCURRENTLY") ? "CREATE INDEX CONCURRENTLY" : void 0;
};
var dropIndex = (t) => wordsAt(t, 0, "DROP", "INDEX", "CONCURRENTLY") ? "DROP INDEX CONCURRENTLY" : void 0;
var reindex = (t) => {
  if (!wordsAt(t, 0, "REINDEX")) return void 0;
  const at2 = t.findIndex((token) => keyword(token) === "CONCURRENTLY");
  if (at2 >= 0 && !FALSE_WORDS.has(keyword(t[at2 + 1]) ?? t[at2 + 1]?.text ?? "")) {
    return "REINDEX CONCURRENTLY";
  }
  const target = topLevel(t.slice(1)).map(({ token }) => keyword(token))[0];
  return target === "SCHEMA" || target === "DATABASE" || target === "SYSTEM" ? `REINDEX ${target}` : void 0;
};
var vacuum = (t) => wordsAt(t, 0, "VACUUM") ? "VACUUM" : void 0;
var cluster = (t) => {
  if (!wordsAt(t, 0, "CLUSTER")) return void 0;
  const rest = topLevel(t.slice(1)).filter(({ token }) => keyword(token) !== "VERBOSE");
  return rest.length === 0 ? "CLUSTER without a table" : void 0;
};
var database = (t) => {
  if (wordsAt(t, 0, "CREATE", "DATABASE")) return "CREATE DATABASE";
  if (wordsAt(t, 0, "DROP", "DATABASE")) return "DROP DATABASE";
  if (wordsAt(t, 0, "ALTER", "DATABASE") && hasWord(t, "TABLESPACE") && hasWord(t, "SET")) {
    return "ALTER DATABASE \u2026 SET TABLESPACE";
  }
  return void 0;
};
var tablespace = (t) => {
  if (wordsAt(t, 0, "CREATE", "TABLESPACE")) return "CREATE TABLESPACE";
  if (wordsAt(t, 0, "DROP", "TABLESPACE")) return "DROP TABLESPACE";
  return void 0;
};
var alterSystem = (t) => wordsAt(t, 0, "ALTER", "SYSTEM") ? "ALTER SYSTEM" : void 0;
var enumValue = (t, options) => {
  if ((options.serverMajorVersion ?? 12) >= 12) return void 0;
  const adds = t.some((token, i) => keyword(token) === "ADD" && keyword(t[i + 1]) === "VALUE");
  return wordsAt(t, 0, "ALTER", "TYPE") && adds ? "ALTER TYPE \u2026 ADD VALUE (before PostgreSQL 12)" : void 0;
};
var detachConcurrently = (t) => wordsAt(t, 0, "ALTER", "TABLE") && hasWord(t, "DETACH") && hasWord(t, "CONCURRENTLY") ? "ALTER TABLE \u2026 DETACH PARTITION \u2026 CONCURRENTLY" : void 0;
var discardAll = (t) => wordsAt(t, 0, "DISCARD", "ALL") ? "DISCARD ALL" : void 0;
var prepared = (t) => {
  if (wordsAt(t, 0, "COMMIT", "PREPARED")) return "COMMIT PREPARED";
  if (wordsAt(t, 0, "ROLLBACK", "PREPARED")) return "ROLLBACK PREPARED";
  return void 0;
};
var subscription = (t) => {
  if (wordsAt(t, 0, "CREATE", "SUBSCRIPTION")) {
    const noSlot = optionOff(t, "create_slot") || optionOff(t, "connect");
    return noSlot ? void 0 : "CREATE SUBSCRIPTION (creates a replication slot)";
  }
  if (wordsAt(t, 0, "DROP", "SUBSCRIPTION")) return "DROP SUBSCRIPTION";
  if (!wordsAt(t, 0, "ALTER", "SUBSCRIPTION")) return void 0;
  if (wordsAt(t, 3, "REFRESH", "PUBLICATION")) return "ALTER SUBSCRIPTION \u2026 REFRESH PUBLICATION";
  const changes = ["SET", "ADD", "DROP"].some((word) => wordsAt(t, 3, word, "PUBLICATION"));
  if (changes && !optionOff(t, "refresh")) return "ALTER SUBSCRIPTION \u2026 PUBLICATION (with refresh)";
  return void 0;
};
var DETECTORS = [
  createIndex,
  dropIndex,
  reindex,
  vacuum,
  cluster,
  database,
  tablespace,
  alterSystem,
  enumValue,
  detachConcurrently,
  discardAll,
  prepared,
  subscription
];
function nonTransactionalCommand(tokens, options = {}) {
  for (const detect of DETECTORS) {
    const command = detect(tokens, options);
    if (command !== void 0) return command;
  }
  return void 0;
}

// src/sql/transactional.ts
var NO_TRANSACTION_HEADER = "-- phasegate:no-transaction";
var HEADER = /^--\s*phasegate:\s*no-transaction\s*$/i;
var DIRECTIVE = /phasegate\s*:/i;
function leadingComments(tokens) {
  const firstCode = tokens.findIndex((t) => !isComment(t));
  return tokens.slice(0, firstCode < 0 ? tokens.length : firstCode).filter(isComment);
}
function hasNoTransactionHeader(sql) {
  return leadingComments(tokenize(sql)).some((t) => HEADER.test(t.text.trim()));
}
function at(file, line, column) {
  return { file, line, column };
}
function directiveWarnings(file, sql) {
  const tokens = tokenize(sql);
  const leading = new Set(leadingComments(tokens));
  return tokens.filter((t) => isComment(t) && DIRECTIVE.test(t.text)).filter((t) => !(leading.has(t) && HEADER.test(t.text.trim()))).map((t) => ({
    severity: "warning",
    message: leading.has(t) ? `unknown phasegate directive: ${t.text.trim()}` : "a phasegate directive after the first statement is ignored",
    hint: `write exactly "${NO_TRANSACTION_HEADER}" in the comment lines at the top of the file`,
    position: at(file, t.line, t.column)
  }));
}
function describe2(s) {
  return `statement ${s.index} (line ${s.line}: ${s.command})`;
}
function mixingError(file, found, ordinary) {
  const first = found[0];
  const list = found.map(describe2).join(", ");
  return {
    severity: "error",
    message: `${list} cannot run inside a transaction, but the file also has ${plural(ordinary, "ordinary statement")} that phasegate runs in one transaction`,
    hint: `move ${found.length === 1 ? "it to a migration file of its" : "them to a migration file of their"} own (such a file runs outside a transaction, statement by statement), or add "${NO_TRANSACTION_HEADER}" at the top if every statement of this file is safe to run again after a partial failure`,
    position: at(file, first.line, first.column)
  };
}
function controlDiagnostics(file, controls, mode, total) {
  return controls.flatMap((c) => {
    const position = at(file, c.line, c.column);
    if (c.kind === "rollback") {
      const message2 = `${c.text} would be ignored: phasegate commits the file when every statement succeeds`;
      return [{ severity: "error", message: message2, hint: "remove it", position }];
    }
    if (mode === "no-transaction") {
      const message2 = `${c.text} is ignored: this file runs outside a transaction, statement by statement`;
      return [{ severity: "warning", message: message2, position }];
    }
    if (c.after === 0 || c.after === total) return [];
    const message = `${c.text} in the middle of the file is ignored: phasegate runs the whole file in one transaction`;
    const hint = `split the file at line ${c.line} if the statements after it need the earlier ones committed first`;
    return [{ severity: "warning", message, hint, position }];
  });
}
function findNonTransactional(statements, options) {
  return statements.flatMap((s) => {
    const command = nonTransactionalCommand(s.tokens, options);
    return command ? [{ index: s.index, line: s.line, column: s.column, command }] : [];
  });
}
function transactionMode(file, sql, split, options = {}) {
  const declared = hasNoTransactionHeader(sql);
  const nonTransactional = findNonTransactional(split.statements, options);
  const mode = declared || nonTransactional.length > 0 ? "no-transaction" : "transaction";
  const ordinary = split.statements.length - nonTransactional.length;
  const diagnostics = [
    ...nonTransactional.length > 0 && ordinary > 0 && !declared ? [mixingError(file, nonTransactional, ordinary)] : [],
    ...controlDiagnostics(file, split.transactionControl, mode, split.statements.length),
    ...directiveWarnings(file, sql)
  ];
  return { mode, declared, nonTransactional, diagnostics };
}

// src/sql/prepare.ts
function splitDiagnostics(file, split) {
  const problems = split.problems.map(
    (p) => ({
      severity: "error",
      message: p.message,
      position: { file: file.path, line: p.line, column: p.column }
    })
  );
  if (split.statements.length > 0) return problems;
  return [
    ...problems,
    {
      // An empty file would be recorded as applied with nothing done: almost always a slip.
      severity: "error",
      message: `${file.fileName} has no statements`,
      hint: "write its SQL, or delete the file (an empty file would only be recorded as applied)",
      position: { file: file.path, line: 1, column: 1 }
    }
  ];
}
function prepareMigration(file, options = {}) {
  const split = splitStatements(file.content);
  const transaction = transactionMode(file.path, file.content, split, options);
  const migration = { ...file, ...split, transaction };
  return {
    migration,
    diagnostics: [...splitDiagnostics(file, split), ...transaction.diagnostics]
  };
}
async function prepareMigrations(dir, options = {}) {
  const read = await readMigrationDirectory(dir);
  const prepared2 = read.files.map((file) => prepareMigration(file, options));
  return {
    migrations: prepared2.map((p) => p.migration),
    ignored: read.ignored,
    diagnostics: [...read.diagnostics, ...prepared2.flatMap((p) => p.diagnostics)]
  };
}

export {
  shortChecksum,
  prepareMigration,
  prepareMigrations
};
