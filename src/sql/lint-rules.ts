/**
 * The dangerous-statement rules. Each reads one statement's tokens (comments removed, quoted
 * text and dollar bodies as single tokens) and returns the token to point at plus a message.
 * Bodies of functions and DO blocks are not looked into: they do not run when the migration does.
 */
import { keyword, type Token } from './lexer.js';
import {
  hasTopLevelWord,
  identifierName,
  readQualifiedName,
  sameTable,
  skipWords,
  splitTopLevelCommas,
  topLevel,
  wordsAt,
} from './syntax.js';

export const LINT_RULE_IDS = [
  'drop-table',
  'drop-column',
  'drop-schema',
  'drop-database',
  'truncate',
  'delete-without-where',
  'update-without-where',
  'alter-column-type',
  'set-not-null',
  'add-column-not-null-without-default',
  'create-index-without-concurrently',
] as const;

export type LintRuleId = (typeof LINT_RULE_IDS)[number];

export interface Hit {
  rule: LintRuleId;
  token: Token;
  message: string;
}

/** Tables created earlier in the pending files: empty, so locks and rewrites cost nothing. */
export interface RuleContext {
  isNewTable(name: string): boolean;
}

type Rule = (tokens: readonly Token[], ctx: RuleContext) => Hit[];

function hit(rule: LintRuleId, token: Token | undefined, message: string): Hit[] {
  return token ? [{ rule, token, message }] : [];
}

/** `DROP TABLE [IF EXISTS] a, b [CASCADE]` → ["a", "b"]. */
function droppedNames(tokens: readonly Token[], from: number): string[] {
  const at = skipWords(tokens, from, 'IF', 'EXISTS');
  return splitTopLevelCommas(tokens.slice(at))
    .map((part) => readQualifiedName(part, 0)?.name)
    .filter((name): name is string => name !== undefined);
}

const dropObjects: Rule = (t) => {
  if (wordsAt(t, 0, 'DROP', 'TABLE')) {
    const names = droppedNames(t, 2).join(', ');
    const cascade = t.some((token) => keyword(token) === 'CASCADE')
      ? ' CASCADE also drops the views and foreign keys that depend on it.'
      : '';
    return hit(
      'drop-table',
      t[0],
      `DROP TABLE deletes ${names} and every row in it, on every run that reaches it.${cascade}`,
    );
  }
  if (wordsAt(t, 0, 'DROP', 'SCHEMA')) {
    return hit(
      'drop-schema',
      t[0],
      `DROP SCHEMA deletes ${droppedNames(t, 2).join(', ')}; with CASCADE, every table in it.`,
    );
  }
  if (wordsAt(t, 0, 'DROP', 'DATABASE')) {
    return hit('drop-database', t[0], 'DROP DATABASE deletes a whole database.');
  }
  if (wordsAt(t, 0, 'TRUNCATE')) {
    return hit('truncate', t[0], 'TRUNCATE deletes every row of the table.');
  }
  return [];
};

/** The statement's own verb, after any `WITH … AS (…)` common table expressions. */
function mainVerb(tokens: readonly Token[]): { verb: string; at: number } | undefined {
  const verbs = new Set(['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'MERGE', 'VALUES', 'TABLE']);
  const first = keyword(tokens[0]) ?? '';
  if (verbs.has(first)) return { verb: first, at: 0 };
  if (first !== 'WITH') return undefined;
  const main = topLevel(tokens).find(({ token }) => verbs.has(keyword(token) ?? ''));
  return main ? { verb: keyword(main.token) ?? '', at: main.at } : undefined;
}

const unfilteredWrites: Rule = (t) => {
  const main = mainVerb(t);
  if (main === undefined || (main.verb !== 'DELETE' && main.verb !== 'UPDATE')) return [];
  if (hasTopLevelWord(t.slice(main.at), 'WHERE')) return [];
  const target = readQualifiedName(t, skipWords(t, skipWords(t, main.at + 1, 'FROM'), 'ONLY'));
  const table = target?.name ?? 'the table';
  return main.verb === 'DELETE'
    ? hit('delete-without-where', t[main.at], `DELETE without WHERE deletes every row of ${table}.`)
    : hit(
        'update-without-where',
        t[main.at],
        `UPDATE without WHERE changes every row of ${table}.`,
      );
};

/** The column-changing action of `ALTER TABLE`: ALTER [COLUMN] c …, DROP [COLUMN] c, ADD [COLUMN] c. */
function columnAfter(action: readonly Token[]): { column: string | undefined; next: number } {
  let at = skipWords(action, 1, 'COLUMN');
  at = skipWords(action, at, 'IF', 'NOT', 'EXISTS');
  at = skipWords(action, at, 'IF', 'EXISTS');
  return { column: identifierName(action[at]), next: at + 1 };
}

const NOT_COLUMNS = new Set(['CONSTRAINT', 'PRIMARY', 'UNIQUE', 'CHECK', 'FOREIGN', 'EXCLUDE']);
const SERIALS = new Set(['SERIAL', 'BIGSERIAL', 'SMALLSERIAL', 'SERIAL2', 'SERIAL4', 'SERIAL8']);

function alterAction(table: string, action: readonly Token[], ctx: RuleContext): Hit[] {
  const verb = keyword(action[0]);
  if (NOT_COLUMNS.has(keyword(action[1]) ?? '')) return [];
  const { column, next } = columnAfter(action);
  const where = `${table}.${column ?? '?'}`;
  if (verb === 'DROP') {
    return hit('drop-column', action[0], `DROP COLUMN deletes ${where} and the data in it.`);
  }
  if (ctx.isNewTable(table)) return [];
  if (
    verb === 'ALTER' &&
    (wordsAt(action, next, 'TYPE') || wordsAt(action, next, 'SET', 'DATA', 'TYPE'))
  ) {
    return hit(
      'alter-column-type',
      action[0],
      `changing the type of ${where} usually rewrites ${table} under an exclusive lock that blocks reads and writes.`,
    );
  }
  if (verb === 'ALTER' && wordsAt(action, next, 'SET', 'NOT', 'NULL')) {
    return hit(
      'set-not-null',
      action[0],
      `SET NOT NULL on ${where} scans ${table} under an exclusive lock, and fails if a row holds NULL; add a CHECK (… IS NOT NULL) NOT VALID constraint and validate it first.`,
    );
  }
  if (verb === 'ADD' && addsNotNullWithoutDefault(action.slice(next))) {
    return hit(
      'add-column-not-null-without-default',
      action[0],
      `adding ${where} as NOT NULL without a DEFAULT fails as soon as ${table} has a row.`,
    );
  }
  return [];
}

function addsNotNullWithoutDefault(definition: readonly Token[]): boolean {
  const words = topLevel(definition).map(({ token }) => keyword(token));
  const notNull = words.some((w, i) => w === 'NOT' && words[i + 1] === 'NULL');
  const filled = words.some((w) => w === 'DEFAULT' || w === 'GENERATED' || SERIALS.has(w ?? ''));
  return notNull && !filled;
}

const alterTable: Rule = (t, ctx) => {
  if (!wordsAt(t, 0, 'ALTER', 'TABLE')) return [];
  const at = skipWords(t, skipWords(t, 2, 'IF', 'EXISTS'), 'ONLY');
  const name = readQualifiedName(t, at);
  if (name === undefined) return [];
  const start = t[name.next]?.text === '*' ? name.next + 1 : name.next;
  return splitTopLevelCommas(t.slice(start)).flatMap((action) =>
    alterAction(name.name, action, ctx),
  );
};

/** `CREATE [UNIQUE] INDEX [IF NOT EXISTS] [name] ON [ONLY] table …` without CONCURRENTLY. */
const createIndex: Rule = (t, ctx) => {
  const indexAt = skipWords(t, 1, 'UNIQUE');
  if (!wordsAt(t, 0, 'CREATE') || !wordsAt(t, indexAt, 'INDEX')) return [];
  if (wordsAt(t, indexAt + 1, 'CONCURRENTLY')) return [];
  const on = t.findIndex((token, i) => i > indexAt && keyword(token) === 'ON');
  const table = on < 0 ? undefined : readQualifiedName(t, skipWords(t, on + 1, 'ONLY'))?.name;
  if (table === undefined || ctx.isNewTable(table)) return [];
  return hit(
    'create-index-without-concurrently',
    t[0],
    `CREATE INDEX without CONCURRENTLY blocks writes to ${table} until the index is built; use CREATE INDEX CONCURRENTLY in a file of its own.`,
  );
};

export const RULES: readonly Rule[] = [dropObjects, unfilteredWrites, alterTable, createIndex];

/** `CREATE [TEMP|UNLOGGED…] TABLE [IF NOT EXISTS] name` and materialized views: new, empty. */
export function createdTable(tokens: readonly Token[]): string | undefined {
  if (!wordsAt(tokens, 0, 'CREATE')) return undefined;
  const kindAt = tokens.findIndex(
    (t, i) => i > 0 && i < 5 && (keyword(t) === 'TABLE' || keyword(t) === 'VIEW'),
  );
  if (kindAt < 0) return undefined;
  if (keyword(tokens[kindAt]) === 'VIEW' && keyword(tokens[kindAt - 1]) !== 'MATERIALIZED')
    return undefined;
  return readQualifiedName(tokens, skipWords(tokens, kindAt + 1, 'IF', 'NOT', 'EXISTS'))?.name;
}

export function newTableTracker(
  initial: Iterable<string>,
): RuleContext & { add(name: string): void } {
  const names = new Set(initial);
  return {
    isNewTable: (name) => [...names].some((created) => sameTable(created, name)),
    add: (name) => {
      names.add(name);
    },
  };
}
