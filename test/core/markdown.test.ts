import { describe, expect, it } from 'vitest';
import { markdownAsText } from '../../src/core/markdown.js';

describe('markdownAsText', () => {
  it('turns a report into plain text: aligned tables, no emphasis, code marks or HTML', () => {
    const md = [
      '**1 file applied** on `documents`.',
      '',
      '| version | file | note |',
      '| ---: | --- | --- |',
      '| 1 | `001_a.sql` | a \\| b |',
      '| 12 | `012_longer.sql` | &lt;none&gt; |',
      '',
      '> (service a) started  ',
      '```text',
      'log line',
      '```',
      'see [the console](https://example.com/x)',
    ].join('\n');
    expect(markdownAsText(md)).toBe(
      [
        '1 file applied on documents.',
        '',
        'version  file            note',
        '1        001_a.sql       a | b',
        '12       012_longer.sql  <none>',
        '',
        '  (service a) started',
        'log line',
        'see the console (https://example.com/x)',
      ].join('\n'),
    );
  });
});
