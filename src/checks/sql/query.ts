/**
 * What a sql check may send: one statement that reads. Refusing writes here gives a clear message
 * when the plan is validated; the read-only transaction the check runs in is what guarantees it
 * (a function called by a SELECT can still try to write, and PostgreSQL then refuses).
 */
import { keyword, tokenize } from '../../sql/lexer.js';
import { splitStatements } from '../../sql/split.js';

const READING_STARTS = ['SELECT', 'WITH', 'SHOW', 'EXPLAIN'];

/** Words that only writing statements use (`SELECT … INTO` creates a table, `FOR UPDATE` locks). */
const WRITING_WORDS = new Set([
  'INSERT',
  'UPDATE',
  'DELETE',
  'MERGE',
  'TRUNCATE',
  'DROP',
  'ALTER',
  'CREATE',
  'GRANT',
  'REVOKE',
  'COPY',
  'CALL',
  'INTO',
  'VACUUM',
  'REINDEX',
  'CLUSTER',
  'LOCK',
]);

const HINT_READ = 'write one SELECT (or WITH, SHOW, EXPLAIN) that changes nothing';

export interface QueryProblem {
  message: string;
  hint: string;
}

export function readOnlyProblem(query: string): QueryProblem | undefined {
  const { statements, transactionControl, problems } = splitStatements(query);
  const broken = problems[0];
  if (broken) return { message: broken.message, hint: 'fix the query text' };
  const count = statements.length + transactionControl.length;
  if (count === 0) return { message: 'the query is empty', hint: HINT_READ };
  if (count > 1)
    return {
      message: `the query holds ${count} statements; a check runs one`,
      hint: 'keep one statement, or write one check per query',
    };
  const words = tokenize(query).flatMap((t) => keyword(t) ?? []);
  const first = words[0];
  if (first === undefined || !READING_STARTS.includes(first))
    return {
      message: `a check only reads; its query cannot start with ${first ?? 'that'}`,
      hint: `${HINT_READ}; changes belong in a migrate phase`,
    };
  const writing = words.find((w) => WRITING_WORDS.has(w));
  if (writing)
    return {
      message: `a check only reads; its query cannot use ${writing}`,
      hint: `${HINT_READ}; changes belong in a migrate phase`,
    };
  return undefined;
}
