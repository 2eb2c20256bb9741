/**
 * The scenario's `logs:` section: how GetLogEvents pages. AWS: "A returned page might only be
 * partially full, or even empty. Partially full or empty pages don't necessarily mean that
 * pagination is finished" (botocore `logs` model, GetLogEvents). The defaults give full pages;
 * a rehearsal sets these so a reader that stops at the first short page fails here too.
 */
import { type Infer, number, object, withDefault } from '../../core/shape.js';
import { parseScenarioValue } from '../scenario-shapes.js';

export const logsSectionShape = object(
  {
    'empty-pages': withDefault(
      number({
        integer: true,
        min: 0,
        max: 10,
        description:
          'Empty pages GetLogEvents returns before each page that has events (with a new token ' +
          'each, so the end is still the token coming back unchanged).',
      }),
      0,
    ),
    'page-events': withDefault(
      number({
        integer: true,
        min: 1,
        max: 10_000,
        description: 'At most this many events a page, below the documented 10,000.',
      }),
      10_000,
    ),
  },
  { description: 'CloudWatch Logs: how GetLogEvents pages; see docs/sandbox.md#cloudwatch-logs.' },
);

export type LogsPaging = { emptyPages: number; pageEvents: number };

export function parseLogsSection(section: unknown): LogsPaging {
  const raw: Infer<typeof logsSectionShape> = parseScenarioValue(logsSectionShape, section ?? {}, [
    'logs',
  ]);
  return { emptyPages: raw['empty-pages'], pageEvents: raw['page-events'] };
}
