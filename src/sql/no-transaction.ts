/**
 * Statements PostgreSQL refuses inside a transaction block ("… cannot run inside a transaction
 * block"). Each detector was checked against a PostgreSQL 15 server inside BEGIN/ROLLBACK; the
 * cases that depend on the catalog (REINDEX or CLUSTER of a partitioned table, DROP SUBSCRIPTION
 * of a subscription with a slot) cannot be seen in the text and need the file header instead,
 * except DROP SUBSCRIPTION, which is always treated as non-transactional (that is always safe).
 */
import { keyword, type Token } from './lexer.js';
import { skipWords, topLevel, wordsAt } from './syntax.js';

export interface ClassifyOptions {
  /**
   * The server's major version (e.g. 15). Before 12, `ALTER TYPE … ADD VALUE` cannot run in a
   * transaction; when unknown, 12 or later is assumed (every supported Aurora version).
   */
  serverMajorVersion?: number;
}

type Detector = (tokens: readonly Token[], options: ClassifyOptions) => string | undefined;

const FALSE_WORDS = new Set(['FALSE', 'OFF', '0']);

/** `name = false` / `name false` inside an option list: the option is explicitly turned off. */
function optionOff(tokens: readonly Token[], name: string): boolean {
  const at = tokens.findIndex((t) => t.text.toLowerCase() === name);
  if (at < 0) return false;
  const value = tokens[at + 1]?.text === '=' ? tokens[at + 2] : tokens[at + 1];
  return FALSE_WORDS.has((value?.text ?? '').toUpperCase().replace(/'/g, ''));
}

function hasWord(tokens: readonly Token[], word: string): boolean {
  return tokens.some((t) => keyword(t) === word);
}

const createIndex: Detector = (t) => {
  const at = skipWords(t, 1, 'UNIQUE');
  return wordsAt(t, 0, 'CREATE') && wordsAt(t, at, 'INDEX', 'CONCURRENTLY')
    ? 'CREATE INDEX CONCURRENTLY'
    : undefined;
};

const dropIndex: Detector = (t) =>
  wordsAt(t, 0, 'DROP', 'INDEX', 'CONCURRENTLY') ? 'DROP INDEX CONCURRENTLY' : undefined;

/** REINDEX (CONCURRENTLY) …, REINDEX … CONCURRENTLY, REINDEX SCHEMA/DATABASE/SYSTEM. */
const reindex: Detector = (t) => {
  if (!wordsAt(t, 0, 'REINDEX')) return undefined;
  const at = t.findIndex((token) => keyword(token) === 'CONCURRENTLY');
  if (at >= 0 && !FALSE_WORDS.has(keyword(t[at + 1]) ?? t[at + 1]?.text ?? '')) {
    return 'REINDEX CONCURRENTLY';
  }
  const target = topLevel(t.slice(1)).map(({ token }) => keyword(token))[0];
  return target === 'SCHEMA' || target === 'DATABASE' || target === 'SYSTEM'
    ? `REINDEX ${target}`
    : undefined;
};

const vacuum: Detector = (t) => (wordsAt(t, 0, 'VACUUM') ? 'VACUUM' : undefined);

/** Only the form without a table (re-cluster every clustered table) is refused. */
const cluster: Detector = (t) => {
  if (!wordsAt(t, 0, 'CLUSTER')) return undefined;
  const rest = topLevel(t.slice(1)).filter(({ token }) => keyword(token) !== 'VERBOSE');
  return rest.length === 0 ? 'CLUSTER without a table' : undefined;
};

const database: Detector = (t) => {
  if (wordsAt(t, 0, 'CREATE', 'DATABASE')) return 'CREATE DATABASE';
  if (wordsAt(t, 0, 'DROP', 'DATABASE')) return 'DROP DATABASE';
  if (wordsAt(t, 0, 'ALTER', 'DATABASE') && hasWord(t, 'TABLESPACE') && hasWord(t, 'SET')) {
    return 'ALTER DATABASE … SET TABLESPACE';
  }
  return undefined;
};

const tablespace: Detector = (t) => {
  if (wordsAt(t, 0, 'CREATE', 'TABLESPACE')) return 'CREATE TABLESPACE';
  if (wordsAt(t, 0, 'DROP', 'TABLESPACE')) return 'DROP TABLESPACE';
  return undefined;
};

const alterSystem: Detector = (t) =>
  wordsAt(t, 0, 'ALTER', 'SYSTEM') ? 'ALTER SYSTEM' : undefined;

const enumValue: Detector = (t, options) => {
  if ((options.serverMajorVersion ?? 12) >= 12) return undefined;
  const adds = t.some((token, i) => keyword(token) === 'ADD' && keyword(t[i + 1]) === 'VALUE');
  return wordsAt(t, 0, 'ALTER', 'TYPE') && adds
    ? 'ALTER TYPE … ADD VALUE (before PostgreSQL 12)'
    : undefined;
};

const detachConcurrently: Detector = (t) =>
  wordsAt(t, 0, 'ALTER', 'TABLE') && hasWord(t, 'DETACH') && hasWord(t, 'CONCURRENTLY')
    ? 'ALTER TABLE … DETACH PARTITION … CONCURRENTLY'
    : undefined;

const discardAll: Detector = (t) => (wordsAt(t, 0, 'DISCARD', 'ALL') ? 'DISCARD ALL' : undefined);

const prepared: Detector = (t) => {
  if (wordsAt(t, 0, 'COMMIT', 'PREPARED')) return 'COMMIT PREPARED';
  if (wordsAt(t, 0, 'ROLLBACK', 'PREPARED')) return 'ROLLBACK PREPARED';
  return undefined;
};

/** CREATE SUBSCRIPTION creates a replication slot unless told not to connect or not to. */
const subscription: Detector = (t) => {
  if (wordsAt(t, 0, 'CREATE', 'SUBSCRIPTION')) {
    const noSlot = optionOff(t, 'create_slot') || optionOff(t, 'connect');
    return noSlot ? undefined : 'CREATE SUBSCRIPTION (creates a replication slot)';
  }
  if (wordsAt(t, 0, 'DROP', 'SUBSCRIPTION')) return 'DROP SUBSCRIPTION';
  // ALTER SUBSCRIPTION name REFRESH PUBLICATION, or SET/ADD/DROP PUBLICATION unless refresh = false.
  if (!wordsAt(t, 0, 'ALTER', 'SUBSCRIPTION')) return undefined;
  if (wordsAt(t, 3, 'REFRESH', 'PUBLICATION')) return 'ALTER SUBSCRIPTION … REFRESH PUBLICATION';
  const changes = ['SET', 'ADD', 'DROP'].some((word) => wordsAt(t, 3, word, 'PUBLICATION'));
  if (changes && !optionOff(t, 'refresh')) return 'ALTER SUBSCRIPTION … PUBLICATION (with refresh)';
  return undefined;
};

const DETECTORS: readonly Detector[] = [
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
  subscription,
];

/**
 * The command, as words for a message, when PostgreSQL refuses to run this statement inside a
 * transaction block; undefined for an ordinary statement.
 */
export function nonTransactionalCommand(
  tokens: readonly Token[],
  options: ClassifyOptions = {},
): string | undefined {
  for (const detect of DETECTORS) {
    const command = detect(tokens, options);
    if (command !== undefined) return command;
  }
  return undefined;
}
