import {
  duration,
  type Infer,
  number,
  object,
  optional,
  refine,
  string,
  withDefault,
} from '../../core/shape.js';
import { readOnlyProblem } from './query.js';

const query = refine(
  string({ description: 'One statement that reads: SELECT, WITH, SHOW or EXPLAIN.' }),
  (text) => readOnlyProblem(text),
);

export const sqlSettings = object({
  'resource-arn': string({
    pattern: /^arn:aws[a-z-]*:rds:/,
    expected: 'an Aurora cluster ARN',
    hint: 'write arn:aws:rds:<region>:<account>:cluster:<name>',
    description: 'ARN of the Aurora cluster with the Data API enabled.',
  }),
  'secret-arn': string({
    pattern: /^arn:aws[a-z-]*:secretsmanager:/,
    expected: 'a Secrets Manager secret ARN',
    hint: 'write arn:aws:secretsmanager:<region>:<account>:secret:<name>',
    description: 'ARN of the secret holding the database credentials.',
  }),
  database: optional(string({ description: 'Database name (default: the secret’s).' })),
  query,
  expect: optional(
    string({ description: 'The first column of the first row, as text (true, 0, v5.1).' }),
  ),
  'expect-rows': optional(number({ integer: true, min: 0, description: 'Number of rows.' })),
  'resume-timeout': withDefault(
    duration('How long to wait for an auto-paused Aurora cluster to resume (default 60s).'),
    60_000,
  ),
});

export type SqlCheckConfig = Infer<typeof sqlSettings>;
